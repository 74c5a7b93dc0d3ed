"""Line rules: a pattern, the longest block it may judge, and the reason it records.

Boilerplate phrases also occur inside real sentences ("readers can subscribe to ..."), so
each rule only judges blocks up to ``max_words`` long: a call to action is short.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter
from typing import Any, Protocol

from cleaner.blocks import Block, Mark, Page
from cleaner.extractors.features import block_stats, needle_text_of, page_facts
from cleaner.needles import automaton, needle_masks, scan
from cleaner.prechecks import first_chars_of, needle_text, required_literals
from cleaner.reasons import Reason

__all__ = ["LineRule", "RuleSet", "StartMatcher", "marks_for", "rule"]


class _Searcher(Protocol):
    """What a rule set matches a line with: a compiled pattern, or its branches."""

    def search(self, text: str, /) -> object: ...


@dataclass(frozen=True, slots=True)
class LineRule:
    """One pattern. ``literals`` (lower-case substrings, one of which every match contains)
    let a rule set skip the rule's full regex on most lines: finding a few literals in the
    lower-cased line is far cheaper than a case-insensitive pattern tried at every position.
    They are read off the pattern (:mod:`cleaner.prechecks`), so they never reject a line the
    pattern would match (None when none can be derived)."""

    reason: Reason
    pattern: re.Pattern[str]
    max_words: int = 12
    literals: frozenset[str] | None = None
    # What the rule set calls to match a line: the pattern, or its branches (_Branches).
    searcher: _Searcher | None = None

    def __post_init__(self) -> None:
        if self.searcher is None:
            object.__setattr__(self, "searcher", self.pattern)


def rule(
    reason: Reason, pattern: str, max_words: int = 12, literals: frozenset[str] | None = None
) -> LineRule:
    """A case-insensitive rule, with the literals its pattern requires: read off the pattern,
    or ``literals`` when the caller knows a rarer set that every match holds too (the arrows
    of a pager link, where the pattern's reading gives its words, common in prose)."""
    compiled = re.compile(pattern, re.IGNORECASE)
    if literals is not None:
        return LineRule(reason, compiled, max_words, literals)
    found = required_literals(compiled)
    searcher: _Searcher | None = None
    if found is not None:
        searcher = _Branches.of(pattern)
        if searcher is None and pattern.startswith("^("):
            try:
                searcher = StartMatcher.of(pattern)
            except ValueError:  # not one alternation and what follows it
                searcher = None
        if searcher is None:
            searcher = _StartOrAnywhere.of(pattern)
    return LineRule(
        reason, compiled, max_words, None if found is None else frozenset(found), searcher
    )


# re tries each branch not anchored at the line's start ("^") at every position of a line;
# a pattern with fewer such branches is searched whole, as the screen costs about what it
# saves. Set on the lines aeb blocks tries (us a search, whole -> split): newsletter prompt
# (21 unanchored branches) 23.4 -> 2.9, comments' prompt (18) 10.4 -> 2.0, cookie notice
# (17) 12.7 -> 8.7, paywall prompt (9) 5.5 -> 3.6, privacy link (9) 1.0 -> 1.4; comment
# meta (0 of 8) 0.7 -> 1.0, read more (0 of 9) 0.2 -> 0.9.
_FEWEST_UNANCHORED = 9


class _Branches:
    """A long alternation searched branch by branch, each only on lines holding one of its
    own literals (one automaton pass finds which). re tries every branch at every position
    of a line: chrome's newsletter prompt (29 branches in five languages) took 23 us a
    search on aeb's lines, the few branches whose words a line holds 3 us. ``A|B`` matches
    somewhere exactly when ``A`` or ``B`` does, so the branches find what the whole did."""

    __slots__ = ("branches", "screen")

    def __init__(self, screen: Any, branches: tuple[re.Pattern[str], ...]) -> None:
        self.screen = screen
        self.branches = branches

    @classmethod
    def of(cls, pattern: str) -> _Branches | None:
        """The branches of ``pattern``, or None where few are unanchored, a branch has no
        literals to screen it by, or they may refer to each other's groups."""
        if re.search(r"\\[1-9]|\(\?P=|\(\?\(|^\(\?[a-zA-Z]+\)", pattern):
            return None
        pieces = top_branches(pattern)
        if sum(not piece.startswith("^") for piece in pieces) < _FEWEST_UNANCHORED:
            return None
        branches = tuple(re.compile(piece, re.IGNORECASE) for piece in pieces)
        literal_sets = [required_literals(branch) for branch in branches]
        if any(literals is None for literals in literal_sets):
            return None
        return cls(automaton(needle_masks(found or () for found in literal_sets)), branches)

    def search(self, text: str, /) -> object:
        found = scan(self.screen, needle_text(text))
        branches = self.branches
        while found:
            low = found & -found
            match = branches[low.bit_length() - 1].search(text)
            if match is not None:
                return match
            found ^= low
        return None


class _StartOrAnywhere:
    """An alternation whose branches anchored at the line's start ("^") are tried there only
    and the others searched: re enters every branch at every position of a line, and an
    anchored branch fails there only once entered. The comments' policy pattern (11 of its
    16 branches anchored) took 6.7 us a search on the lines aeb tries it on, split 2.0 us.
    ``A|B`` matches somewhere exactly when ``A`` or ``B`` does, and a branch that opens with
    "^" (no multi-line flag: rule patterns have none) can match at the start only.

    >>> found = _StartOrAnywhere.of(r"^leave a comment|comments are closed")
    >>> bool(found.search("Leave a comment")), bool(found.search("Sorry, comments are closed"))
    (True, True)
    >>> found.search("You can leave a comment") is None
    True
    """

    __slots__ = ("anywhere", "start")

    def __init__(self, start: re.Pattern[str], anywhere: re.Pattern[str]) -> None:
        self.start = start
        self.anywhere = anywhere

    @classmethod
    def of(cls, pattern: str) -> _StartOrAnywhere | None:
        """The split of ``pattern``, or None where its branches are all anchored or none is
        (re tries a wholly anchored alternation at the start only), or they may refer to
        each other's groups or set a flag for the whole pattern."""
        if re.search(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[a-zA-Z]+\)", pattern):
            return None
        pieces = top_branches(pattern)
        start = [piece for piece in pieces if piece.startswith("^")]
        anywhere = [piece for piece in pieces if not piece.startswith("^")]
        if not start or not anywhere:
            return None
        return cls(_joined(start), _joined(anywhere))

    def search(self, text: str, /) -> object:
        return self.start.match(text) or self.anywhere.search(text)


def _joined(pieces: list[str]) -> re.Pattern[str]:
    """The alternation of ``pieces``, as rule() compiles a pattern."""
    return re.compile("|".join(f"(?:{piece})" for piece in pieces), re.IGNORECASE)


class StartMatcher:
    """A pattern ``^(A|B|...)rest`` matched at a line's start with only the branches that may
    open with the line's first character (an ASCII one; any other tries the whole pattern).

    A long case-insensitive alternation is slow to fail in re: every branch is entered at
    the line's start (a related header's phrases in fifteen languages, tried on "Zurück zur
    Startseite": 58 us). A branch whose match cannot begin with the line's first character
    (:func:`cleaner.prechecks.first_chars`'s reading of it) cannot match there, so leaving it
    out changes no answer: whether a match exists, and where it ends, as the engine tries
    the branches left in the same order. A capturing group around the alternation stays
    group 1; the groups inside the branches are numbered without the left-out ones.

    >>> header = StartMatcher.of(r"^(most read|more news|top stories)\\s*:?$")
    >>> header.match("More news:") is not None, header.match("Home") is None
    (True, True)
    """

    __slots__ = ("_alternation", "_body", "_by_char", "_flags", "_open", "_pattern", "_tail")

    def __init__(self, pattern: re.Pattern[str], body: str, opening: str, tail: str) -> None:
        self._pattern = pattern
        self._body = body  # the alternation
        self._open = opening  # "(" or "(?:", as the pattern's group opens
        self._tail = tail
        self._flags = pattern.flags
        # Each branch with the ASCII characters it may open with (None: any), read on the first
        # line that needs them; and the pattern of the branches each character opens, built
        # on its first line: an import then costs nothing more.
        self._alternation: list[tuple[str, frozenset[str] | None]] | None = None
        self._by_char: dict[str, re.Pattern[str] | None] = {}

    @classmethod
    def of(cls, pattern: str, flags: int = re.IGNORECASE) -> StartMatcher:
        """The matcher of ``pattern``, which must open with "^(" and the group that holds the
        alternation (ValueError otherwise)."""
        compiled = re.compile(pattern, flags)
        closing = next(
            (i for i, char, depth in _structure(pattern) if char == ")" and depth == 0), -1
        )
        if (
            not pattern.startswith("^(")
            or closing < 0
            or pattern[closing + 1 : closing + 2] in ("?", "*", "+", "{")  # an optional group
            or any(char == "|" and depth == 0 for _, char, depth in _structure(pattern))
            or compiled.flags & re.MULTILINE
            or re.search(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[a-zA-Z]+\)", pattern)
        ):
            raise ValueError(f"{pattern!r} is no '^(A|B|...)rest' pattern")
        body, opening = pattern[2:closing], "("
        if body.startswith("?"):
            if not body.startswith("?:"):
                raise ValueError(f"{pattern!r}: a group of its own kind opens it")
            body, opening = body[2:], "(?:"
        return cls(compiled, body, opening, pattern[closing + 1 :])

    def match(self, text: str) -> re.Match[str] | None:
        char = text[:1]
        if not char.isascii() or not char:
            return self._pattern.match(text)
        try:
            pattern = self._by_char[char]
        except KeyError:
            pattern = self._by_char[char] = self._for(char)
        return None if pattern is None else pattern.match(text)

    # The pattern is anchored at the line's start, with no other top-level branch: re's
    # search tries it there only, as match does.
    search = match

    def _for(self, char: str) -> re.Pattern[str] | None:
        """The pattern with the branches that may open with the ASCII ``char`` (None: no
        branch may)."""
        if self._alternation is None:
            flags = self._flags
            self._alternation = [
                (piece, _ascii_openers(piece, flags)) for piece in top_branches(self._body)
            ]
        kept = [piece for piece, openers in self._alternation if openers is None or char in openers]
        if not kept:
            return None
        # Both cases of a letter open the same branches: one pattern for them (compiling is
        # what a matcher costs, once a process).
        key = (self._pattern, tuple(kept))
        found = _KEPT.get(key)
        if found is None:
            found = _KEPT[key] = re.compile(
                f"^{self._open}{'|'.join(kept)}){self._tail}", self._flags
            )
        return found


_KEPT: dict[tuple[re.Pattern[str], tuple[str, ...]], re.Pattern[str]] = {}


def _ascii_openers(piece: str, flags: int) -> frozenset[str] | None:
    """The ASCII characters a match of the pattern ``piece`` may open with: both cases of each
    of its first characters (:func:`cleaner.prechecks.first_chars`, lower case) in ASCII, and
    those that ``flags`` make equal to one outside it ("s" and "ſ", "k" and the Kelvin sign
    under IGNORECASE). None (any) where the first characters are unknown, or one of them is
    several characters (the lower case of "İ")."""
    head = piece[:1]
    if head.isalpha() and piece[1:2] not in _QUANTIFIERS:
        first: frozenset[str] = frozenset({head.lower()})  # a phrase's letter: no parse
    else:
        try:
            first = first_chars_of(piece, flags)
        except ValueError:  # a branch that may start with anything, or match nothing
            return None
    openers: set[str] = set()
    for char in first:
        if len(char) != 1:
            return None
        if char.isascii():
            openers.update((char, char.upper()))
        else:
            openers.update(_ascii_equals(char, flags))
    return frozenset(openers)


_QUANTIFIERS = ("?", "*", "+", "{")


@cache
def _ascii_equals(char: str, flags: int) -> tuple[str, ...]:
    """The ASCII letters ``flags`` make equal to the character ``char``."""
    same = re.compile(re.escape(char), flags).fullmatch
    return tuple(letter for letter in string.ascii_letters if same(letter))


def top_branches(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` at its top level, a group that is a whole
    alternative opened into its own.

    >>> top_branches(r"(?:a|b[|)])|(c|d)e|(?:f)")
    ['a', 'b[|)]', '(c|d)e', 'f']
    """
    pieces = []
    for piece in _split(pattern):
        inner = _group_body(piece)
        pieces.extend([piece] if inner is None else top_branches(inner))
    return pieces


def _split(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level "|"."""
    pieces, start = [], 0
    for i, char, depth in _structure(pattern):
        if char == "|" and depth == 0:
            pieces.append(pattern[start:i])
            start = i + 1
    pieces.append(pattern[start:])
    return pieces


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    r"""Each character of ``pattern`` outside an escape and a character class, with its index
    and the group depth after it: what both the split at "|" and the group test read.

    >>> [(i, c, d) for i, c, d in _structure(r"(a\|[|)])|b") if c in "|()"]
    [(0, '(', 1), (8, ')', 0), (9, '|', 0)]
    """
    depth, i = 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(pattern, i) + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        yield i, char, depth
        i += 1


def _class_end(pattern: str, i: int) -> int:
    """The index of the "]" closing the character class opened at ``i``."""
    i += 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    while pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


def _group_body(piece: str) -> str | None:
    """The inside of ``piece`` when it is one group, plain or non-capturing, and nothing
    else (a capturing group's number does not matter: rules only ask whether a line
    matches)."""
    if not piece.startswith("(") or not piece.endswith(")"):
        return None
    if piece.startswith("(?") and not piece.startswith("(?:"):
        return None
    closing = next((i for i, char, depth in _structure(piece) if char == ")" and not depth), -1)
    if closing != len(piece) - 1:
        return None
    return piece[3:-1] if piece.startswith("(?:") else piece[1:-1]


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Rules checked together: a block gets the reason of the first rule that matches it."""

    rules: tuple[LineRule, ...]
    max_words: int
    # Every needle of the rules that have needles, in one Aho-Corasick automaton: one pass over
    # a line finds all of them, so a line holding none is tried only against the rules without
    # needles (``unscreened``), and a line holding some only against the rules they belong
    # to. re tries a pattern at every position of the line: one search per rule set took a
    # ninth of the CPU of cleaning an aeb dump, the automaton half of that (bench/speed.py).
    # A needle's value in the automaton is the bit mask of the rules that need it (``masks``;
    # rule i's bit is 1 << i): a line's hits are OR-ed into one int, which cost less than
    # collecting them into a set.
    # The pipeline's rule sets share one scan per line (cleaner.needles.NeedleIndex).
    masks: Mapping[str, int] = field(default_factory=dict)
    screen: Any = None  # an ahocorasick.Automaton (the package has no type stubs)
    unscreened: tuple[LineRule, ...] = ()
    # The longest line a rule without needles judges (-1: every rule has needles): a longer
    # line holding no needle matches no rule, so :func:`marks_for` skips it without a call.
    unscreened_words: int = -1
    # The bits of the rules without needles (1 << i for rule i), always tried: a line holding
    # needles is tried against the rules of its bits and these, in the rules' order.
    always: int = 0

    @classmethod
    def of(cls, *rules: LineRule) -> RuleSet:
        # A rule without needles has no needle in the masks: its bit is in ``always``.
        masks = needle_masks(r.literals or () for r in rules)
        unscreened = tuple(r for r in rules if r.literals is None)
        longest = max(r.max_words for r in rules)
        unscreened_words = max((r.max_words for r in unscreened), default=-1)
        screen = automaton(masks)
        always = sum(1 << index for index, r in enumerate(rules) if r.literals is None)
        return cls(rules, longest, masks, screen, unscreened, unscreened_words, always)

    @property
    def width(self) -> int:
        """How many bits the rules take in a line's needle hits."""
        return len(self.rules)

    @property
    def bit_words(self) -> tuple[int, ...]:
        """The longest line each rule (each bit) judges: a longer line needs none of its
        needles looked for (cleaner.needles.NeedleIndex)."""
        return tuple(line_rule.max_words for line_rule in self.rules)

    def reason(self, block: Block, lowered: str = "", found: int | None = None) -> Reason | None:
        """The reason of the first rule matching ``block``; ``lowered`` is its
        ``needle_text`` and ``found`` its needle bits (:meth:`NeedleIndex.place`), when the
        caller has them."""
        # This is the hottest code in the pipeline: locals, and no call per rule.
        words = block.words
        if words > self.max_words:
            return None
        text = block.text
        if self.screen is None:
            return _first_match(self.rules, words, text)
        if found is None:
            found = scan(self.screen, lowered or needle_text(text))
        if not found:
            return _first_match(self.unscreened, words, text)
        # The rules to try, lowest bit (first rule) first: a line's few needle bits and the
        # rules without needles, not a turn of the loop for each of a set's rules (chrome has
        # 28, and a line holding needles holds those of two at most, most often).
        rules, pending = self.rules, found | self.always
        while pending:
            low = pending & -pending
            line_rule = rules[low.bit_length() - 1]
            if words <= line_rule.max_words and line_rule.searcher.search(text) is not None:  # type: ignore[union-attr]
                return line_rule.reason
            pending ^= low
        return None


def _first_match(rules: tuple[LineRule, ...], words: int, text: str) -> Reason | None:
    for line_rule in rules:
        if words <= line_rule.max_words and line_rule.pattern.search(text) is not None:
            return line_rule.reason
    return None


def marks_for(page: Page, rules: RuleSet, by: str) -> Iterator[Mark]:
    """A mark for each unmarked block that some rule matches (the first rule's reason).

    Blocks another step already marked are skipped: a block keeps its first mark anyway.
    Where the features step scanned the page with an index holding ``rules``, the rules read
    their needle bits from its hits instead of scanning each line again.
    """
    marks = page.marks
    reason_of = rules.reason
    place = page.needles.place(rules) if page.needles is not None else None
    if place is None:
        for block, stats in zip(page.blocks, block_stats(page), strict=True):
            if block.id not in marks:
                reason = reason_of(block, needle_text_of(stats))
                if reason is not None:
                    yield Mark(block.id, reason, by)
        return
    shift, mask = place
    blocks, hits = page.blocks, page_facts(page).needle_hits
    # A page prints many lines more than once (its menus at the head and the foot, "Share"):
    # a line judged before, with the same words and needle hits, gets the same reason.
    judged: dict[str, tuple[int, int | None, Reason | None]] = {}
    for i in _lines_to_try(page, place, rules.unscreened_words):
        block, found = blocks[i], hits[i]
        if block.id in marks:
            continue
        earlier = judged.get(block.text)
        if earlier is not None and earlier[0] == block.words and earlier[1] == found:
            reason = earlier[2]
        else:
            # A block removed before the features step has no hits: the rules scan it.
            reason = (
                reason_of(block) if found is None else reason_of(block, found=found >> shift & mask)
            )
            judged[block.text] = (block.words, found, reason)
        if reason is not None:
            yield Mark(block.id, reason, by)


def _lines_to_try(page: Page, place: tuple[int, int], quiet: int) -> list[int]:
    """Indices of the lines a rule set may match, read off the features step's needle hits
    (its bits at ``place``): most lines hold none of its needles, and then only its rules
    without needles can match, on a line no longer than ``quiet`` words (-1: it has none).
    One pass over the hits in C (PageFacts.hit_array) or one list comprehension, instead of a
    loop body per line, as each of the rule sets ran over every line of a page. Marked lines
    may be left out (marks_for skips them).
    """
    shift, mask = place
    facts = page_facts(page)
    hits = facts.needle_hits
    array = facts.hit_array
    if quiet < 0:  # every rule has needles
        if array is not None:
            return _flatnonzero((array >> shift) & mask)
        return [i for i, h in enumerate(hits) if h is None or (h and h >> shift & mask)]
    if array is not None:
        # Most short lines, in C: and of them, the marked ones left out, which marks_for
        # would skip one by one (chrome's rule without needles judges lines of up to 20
        # words; by its turn, other steps have marked 10,241 of the 14,296 lines of the aeb
        # blocks dumps it tried a pass).
        return _flatnonzero(_unmarked(page, (array >> shift) & mask | (facts.of(_words) <= quiet)))
    blocks = page.blocks
    return [
        i
        for i, h in enumerate(hits)
        if h is None or (h and h >> shift & mask) or blocks[i].words <= quiet
    ]


def _words(blocks: tuple[Block, ...]) -> Any:
    """The blocks' word counts as a numpy array (a page fact: PageFacts.of)."""
    import numpy  # loaded already: the page's hits are an array

    return numpy.fromiter(map(_WORD_COUNT, blocks), dtype=numpy.int64, count=len(blocks))


_WORD_COUNT = attrgetter("words")


def _unmarked(page: Page, selected: Any) -> Any:
    """``selected`` (a flag per block, as a numpy array) without the page's marked blocks (a
    block's id is its index in ``page.blocks``)."""
    if page.marks:
        import numpy  # loaded already: ``selected`` is an array

        marked = numpy.fromiter(page.marks, dtype=numpy.intp, count=len(page.marks))
        selected[marked] = 0
    return selected


def _flatnonzero(array: Any) -> list[int]:
    """The indices of ``array``'s non-zero items, as ints."""
    import numpy  # loaded already: the array is one

    return numpy.flatnonzero(array).tolist()
