"""Needle screens: the literals a rule's pattern needs, found in a line in one pass.

A rule set (:class:`cleaner.extractors.rules.RuleSet`) tries a rule's regex only on lines
holding one of the rule's needles. Finding them takes an Aho-Corasick pass over the line,
which costs about as much as the rest of a rule set's work: the five rule steps each scanned
every short line. A :class:`NeedleIndex` holds the needles of several rule sets in one
automaton, so the features step scans each line once and each rule set reads its own bits
from the result (aeb inscriptis dumps, per 90 pages, best of 5: the five rule steps 163 -> 94
ms, the features step 58 -> 85 ms; every bench record identical).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import ahocorasick

from cleaner.blocks import page_facts

if TYPE_CHECKING:
    from cleaner.blocks import Page

__all__ = [
    "NeedleIndex",
    "Screen",
    "Screened",
    "automaton",
    "needle_masks",
    "scan",
    "screen_hits",
    "screen_lines",
]


# The order in which a trie node's children are tried. pyahocorasick keeps them in the order
# they were added and looks a character up by walking that list, once per character of every
# scanned line (most fall back to the root, whose list has a child for most letters). Adding
# the needles sorted by this order puts the characters most frequent in text first: the space,
# then the letters by their frequency in the dumps' lowered lines (aeb blocks + inscriptis,
# 1.2 M characters scanned a pass; the order of English text, and the order counted from
# those lines gave the same figure). The hits are the same whatever the order. The scan of the
# 23,137 lines of those dumps: 332 -> 279 M instructions a pass.
_SCAN_ORDER = " etaoinsrhldcumfpgwybvkjxqz"
_RANK = {char: rank for rank, char in enumerate(_SCAN_ORDER)}


def _scan_rank(needle: str) -> tuple[int, ...]:
    """A needle's sort key: the rank of each of its characters in ``_SCAN_ORDER`` (any other
    character after those, by its code point).

    >>> sorted(["ad", "tweet", " read", "4/"], key=_scan_rank)
    [' read', 'tweet', 'ad', '4/']
    """
    return tuple(_RANK.get(char, len(_RANK) + ord(char)) for char in needle)


def needle_masks(needle_sets: Iterable[Iterable[str]]) -> dict[str, int]:
    """Each needle's bit mask: bit i set for every needle set i that holds it (the values
    :func:`automaton` finds, one bit a pattern or a rule).

    >>> needle_masks((("by", "von"), ("more", "von")))
    {'by': 1, 'von': 3, 'more': 2}
    """
    masks: dict[str, int] = {}
    for bit, needles in enumerate(needle_sets):
        for needle in needles:
            masks[needle] = masks.get(needle, 0) | 1 << bit
    return masks


def automaton(masks: Mapping[str, int]) -> Any:
    """An automaton finding every needle of ``masks`` in a text, with its bit mask as the
    value (None for no needles; the package has no type stubs)."""
    if not masks:
        return None
    found = ahocorasick.Automaton()
    for needle in sorted(masks, key=_scan_rank):  # the trie's children in _SCAN_ORDER
        found.add_word(needle, masks[needle])
    found.make_automaton()
    return found


def scan(screen: Any, lowered: str) -> int:
    """The bit masks of the needles ``screen`` finds in ``lowered``, OR-ed (0 for none).

    >>> scan(automaton({"share": 1, "subscribe": 2, "sub": 4}), "subscribe and share")
    7
    """
    # A loop, not reduce(or_, map(...)): most lines hold no hit or one, and the two iterators
    # cost more than the loop's turns (features._stats_of, cleaning the aeb dumps, a pass:
    # blocks 2,438.5 -> 2,418.8 M instructions, inscriptis 2,464.0 -> 2,440.1 M).
    hits = 0
    for _, mask in screen.iter(lowered):
        hits |= mask
    return hits


class Screened(Protocol):
    """A rule set as an index sees it: its needles, each with the bits of the rules that
    need it, its rules' count and longest line, and the longest line each rule judges."""

    @property
    def masks(self) -> Mapping[str, int]: ...

    @property
    def width(self) -> int: ...

    @property
    def max_words(self) -> int: ...

    @property
    def bit_words(self) -> tuple[int, ...]: ...


@dataclass(frozen=True, slots=True, eq=False)
class NeedleIndex:
    """The needles of several rule sets in one automaton. A line's hits (:meth:`hits`) hold
    each rule set's bits side by side; :meth:`place` tells where one rule set's own lie.

    >>> class Rules:  # two rule sets: two rules, then one
    ...     def __init__(self, masks, width): self.masks, self.width = masks, width
    ...     max_words = 12
    ...     bit_words = (12, 12)
    >>> first, second = Rules({"share": 1, "tweet": 2}, 2), Rules({"share": 1}, 1)
    >>> index = NeedleIndex.of((first, second))
    >>> hits = index.hits("share this", 2)
    >>> [hits >> shift & mask for shift, mask in (index.place(first), index.place(second))]
    [1, 1]
    >>> index.place(Rules({"tweet": 1}, 1)) is None  # not in the index
    True

    A line is scanned only for the needles of the rules that judge a line of its length (a
    rule set's ``bit_words``); the bits of the others are 0, and they never read them.
    """

    # Kept so that no rule set's id() in ``shifts`` is ever reused by another object.
    rule_sets: tuple[Screened, ...]
    # By a line's word count (0 to max_words), the automaton of the rule sets judging such a
    # line (None: none has needles). Prose lines then skip the needles of the sets for short
    # lines, whose two-letter words ("by", "da") hit in most sentences: each hit is a turn of
    # the Python loop in hits().
    screens: tuple[Any, ...]
    shifts: Mapping[int, int]  # id() of a rule set -> where its bits start in the hits
    max_words: int  # no rule set judges a longer line: none is scanned

    @classmethod
    def of(cls, rule_sets: Iterable[Screened]) -> NeedleIndex:
        kept = tuple(rule_sets)
        shifts: dict[int, int] = {}
        shift = 0
        for rules in kept:
            shifts[id(rules)] = shift
            shift += rules.width
        longest = max((rules.max_words for rules in kept), default=0)
        # One automaton per distinct rule's max_words, for the lines up to it, holding only
        # the bits of the rules that judge such a line: a rule set's max_words is that of its
        # longest rule, and a line longer than its other rules' set their bits for nothing (a
        # rule set tried the line, and each rule turned it down by its length). Per rule, not
        # per rule set: aeb blocks, a rule set's tries 8,988 -> 6,219 lines a pass.
        tiers: dict[int, Any] = {}
        for limit in sorted({words for rules in kept for words in rules.bit_words}):
            masks: dict[str, int] = {}
            for rules in kept:
                judging = sum(
                    1 << bit for bit, words in enumerate(rules.bit_words) if words >= limit
                )
                for needle, mask in rules.masks.items():
                    if mask & judging:
                        masks[needle] = masks.get(needle, 0) | (mask & judging) << shifts[id(rules)]
            tiers[limit] = automaton(masks)
        limits = sorted(tiers)
        screens = tuple(
            next((tiers[limit] for limit in limits if limit >= words), None)
            for words in range(longest + 1)
        )
        return cls(kept, screens, shifts, longest)

    def hits(self, lowered: str, words: int) -> int:
        """Every rule set's needle bits for a line of ``words`` words (``lowered`` is its
        ``cleaner.prechecks.needle_text``). The features step writes this out in its loop
        over a page's lines (``features._stats_of``, a call a line saved): a change here is
        made there too (tests/extractors/test_features.py checks that the two agree)."""
        if words > self.max_words:
            return 0
        screen = self.screens[words]
        if screen is None:
            return 0
        # scan()'s loop, without the call: this runs on every line of every page.
        hits = 0
        for _, mask in screen.iter(lowered):
            hits |= mask
        return hits

    def place(self, rules: Screened) -> tuple[int, int] | None:
        """Where the bits of ``rules`` lie in a line's hits: ``hits >> shift & mask`` gives
        them. None when this index does not hold ``rules`` (they then scan lines themselves)."""
        shift = self.shifts.get(id(rules))
        return None if shift is None else (shift, (1 << rules.width) - 1)


@dataclass(frozen=True, slots=True, eq=False)
class Screen:
    """Needles a step's patterns need, looked for in the features step's one scan of a line:
    a step that tries a pattern on nearly every short line (most fail, each failure costing
    about a microsecond) then tries it only where one of its needles is (:func:`screen_hits`).
    Each needle set has one bit, in the order given.

    >>> screen = Screen.of((("by", "von"), ("more",)), max_words=8)
    >>> index = NeedleIndex.of((screen,))
    >>> index.hits("read more by jane", 4), index.hits("home", 1)
    (3, 0)
    """

    masks: Mapping[str, int]
    width: int
    max_words: int  # the longest line the step looks at: longer ones need not be scanned

    @property
    def bit_words(self) -> tuple[int, ...]:
        """The longest line each bit is read on: ``max_words``, for every bit."""
        return (self.max_words,) * self.width

    @classmethod
    def of(cls, needle_sets: Sequence[Iterable[str] | None], *, max_words: int) -> Screen:
        """A screen of ``needle_sets`` (cleaner.prechecks.required_literals of the patterns;
        a pattern without needles cannot be screened: ValueError)."""
        for bit, needles in enumerate(needle_sets):
            if not needles or "" in needles:
                raise ValueError(f"needle set {bit} is empty: nothing to screen lines with")
        masks = needle_masks(needles or () for needles in needle_sets)
        return cls(masks, len(needle_sets), max_words)


def screen_hits(page: Page, screen: Screen) -> list[int | None]:
    """Per block of ``page``, the bits of ``screen`` whose needles its line holds, as the
    features step found them; None for a block it did not scan with ``screen`` (one removed
    before it, or a page whose index does not hold ``screen``): try the patterns there. Only
    lines of up to ``screen.max_words`` words may be judged by their bits."""
    index = page.needles
    place = index.place(screen) if index is not None else None
    if place is None or len(page.stats) != len(page.blocks):
        return [None] * len(page.blocks)
    shift, mask = place
    facts = page_facts(page)
    array = facts.hit_array
    if array is not None:  # every line scanned: all its lines' bits at once, in C
        return ((array >> shift) & mask).tolist()  # type: ignore[no-any-return]
    # ``h and``: None stays None, and a line with no needle at all (most) stays 0 untouched.
    return [h and h >> shift & mask for h in facts.needle_hits]


def screen_lines(page: Page, screen: Screen, bits: int) -> list[int]:
    """Indices of the blocks of ``page`` to try ``screen``'s patterns of ``bits`` (of its
    own) on, in page order: those whose line holds a needle of one of ``bits``, and those
    the features step did not scan with ``screen`` (one removed before it; every block of a
    page whose index does not hold ``screen``). A step with a test cheaper than its pattern
    for an unscanned line tells them by :func:`screen_hits`' None. Only lines of up to
    ``screen.max_words`` words may be judged by their bits: a longer line is listed only
    when it was not scanned.

    A step that tries only the lines holding its needles found them with a comprehension
    over every block of the page, once per needle set: a Python turn per line, for the few
    lines that hold one. Every line's hits are read at once in C when all were scanned.
    """
    index = page.needles
    place = index.place(screen) if index is not None else None
    if place is None or len(page.stats) != len(page.blocks):
        return list(range(len(page.blocks)))
    shift = place[0]
    facts = page_facts(page)
    array = facts.hit_array
    if array is None:  # some block not scanned (None), or a hit needs the sign bit
        return [i for i, h in enumerate(facts.needle_hits) if h is None or h >> shift & bits]
    import numpy  # loaded already: the array is one

    found: list[int] = numpy.flatnonzero((array >> shift) & bits).tolist()
    return found
