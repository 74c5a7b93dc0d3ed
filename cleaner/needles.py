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

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import ahocorasick

__all__ = ["NeedleIndex", "Screened", "automaton", "scan"]


def automaton(masks: Mapping[str, int]) -> Any:
    """An automaton finding every needle of ``masks`` in a text, with its bit mask as the
    value (None for no needles; the package has no type stubs)."""
    if not masks:
        return None
    found = ahocorasick.Automaton()
    for needle, mask in masks.items():
        found.add_word(needle, mask)
    found.make_automaton()
    return found


def scan(screen: Any, lowered: str) -> int:
    """The bit masks of the needles ``screen`` finds in ``lowered``, OR-ed (0 for none).

    >>> scan(automaton({"share": 1, "subscribe": 2, "sub": 4}), "subscribe and share")
    7
    """
    found = 0
    for _, mask in screen.iter(lowered):
        found |= mask
    return found


class Screened(Protocol):
    """A rule set as an index sees it: its needles, each with the bits of the rules that
    need it, and its rules' count and longest line."""

    @property
    def masks(self) -> Mapping[str, int]: ...

    @property
    def width(self) -> int: ...

    @property
    def max_words(self) -> int: ...


@dataclass(frozen=True, slots=True, eq=False)
class NeedleIndex:
    """The needles of several rule sets in one automaton. A line's hits (:meth:`hits`) hold
    each rule set's bits side by side; :meth:`place` tells where one rule set's own lie.

    >>> class Rules:  # two rule sets: two rules, then one
    ...     def __init__(self, masks, width): self.masks, self.width = masks, width
    ...     max_words = 12
    >>> first, second = Rules({"share": 1, "tweet": 2}, 2), Rules({"share": 1}, 1)
    >>> index = NeedleIndex.of((first, second))
    >>> hits = index.hits("share this", 2)
    >>> [hits >> shift & mask for shift, mask in (index.place(first), index.place(second))]
    [1, 1]
    >>> index.place(Rules({"tweet": 1}, 1)) is None  # not in the index
    True
    """

    # Kept so that no rule set's id() in ``shifts`` is ever reused by another object.
    rule_sets: tuple[Screened, ...]
    screen: Any  # an ahocorasick.Automaton, or None when no rule set has needles
    shifts: Mapping[int, int]  # id() of a rule set -> where its bits start in the hits
    max_words: int  # no rule set judges a longer line: none is scanned

    @classmethod
    def of(cls, rule_sets: Iterable[Screened]) -> NeedleIndex:
        kept = tuple(rule_sets)
        masks: dict[str, int] = {}
        shifts: dict[int, int] = {}
        shift = 0
        for rules in kept:
            shifts[id(rules)] = shift
            for needle, mask in rules.masks.items():
                masks[needle] = masks.get(needle, 0) | mask << shift
            shift += rules.width
        longest = max((rules.max_words for rules in kept), default=0)
        return cls(kept, automaton(masks), shifts, longest)

    def hits(self, lowered: str, words: int) -> int:
        """Every rule set's needle bits for a line of ``words`` words (``lowered`` is its
        ``cleaner.prechecks.needle_text``)."""
        if words > self.max_words or self.screen is None:
            return 0
        return scan(self.screen, lowered)

    def place(self, rules: Screened) -> tuple[int, int] | None:
        """Where the bits of ``rules`` lie in a line's hits: ``hits >> shift & mask`` gives
        them. None when this index does not hold ``rules`` (they then scan lines themselves)."""
        shift = self.shifts.get(id(rules))
        return None if shift is None else (shift, (1 << rules.width) - 1)
