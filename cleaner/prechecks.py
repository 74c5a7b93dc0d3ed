"""Cheap tests before a pattern, derived from the pattern itself so they never reject a match.

A rule's regular expression is tried on most blocks of every page; nearly all of them fail.
Most patterns cannot match unless the text holds one of a few literal words ("privacy",
"cookie", ...): searching the lower-cased text for those first is far cheaper than the
pattern. Written by hand, such lists drift from their patterns (a pattern that accepts
"Politica" behind a needle "política" never sees it), so they are read off the parsed
pattern instead: :func:`required_literals` returns substrings one of which every match
contains, or None when the pattern has no such words.

>>> required_literals(re.compile(r"\\bpol[ií]tica de privacidad\\b|\\bimpressum\\b", re.I))
('impressum', 'politica de privacidad', 'política de privacidad')
>>> required_literals(re.compile(r"^[\\W_]+$")) is None
True
>>> needle_text("PRİVACY ſettings")  # what re's IGNORECASE equates, folded the same way
'privacy settings'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import product
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, NamedTuple

__all__ = ["first_chars", "first_chars_of", "needle_text", "required_literals", "trie_pattern"]

# Characters that re's IGNORECASE equates with another, which str.lower() does not: "İ"
# lowers to "i" plus a combining dot, "ı" and "ſ" stay as they are. Folded here so that
# every needle a match contains is found in needle_text() of its text.
_UNEVEN_CASES = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
# Most exact strings a pattern part may stand for before it is cut into needles.
_MAX_EXACT = 64
# Needles this short are all alike to the choice: ")" (every credit in brackets ends so) is a
# better test than sixteen agency names of two letters.
_SHORT_NEEDLE = 2


def needle_text(text: str, lowered: str | None = None) -> str:
    """``text`` lower-cased as needles are searched in it (see the module docstring);
    ``lowered`` is ``text.lower()`` if the caller has it already."""
    if lowered is None:
        lowered = text.lower()
    if lowered.isascii():
        return lowered
    if "ı" in lowered or "ſ" in lowered or "i\u0307" in lowered:
        return text.translate(_UNEVEN_CASES).lower()
    return lowered


class _Info(NamedTuple):
    """What one part of a pattern says: the exact strings it matches (None: too many to
    list), and a set of needles one of which each of its matches contains (None: none)."""

    exact: frozenset[str] | None
    needles: frozenset[str] | None


_EMPTY = _Info(frozenset({""}), None)
_ANYTHING = _Info(None, None)


def _score(needles: frozenset[str] | None) -> tuple[int, int]:
    """Higher is a better pre-check: long needles (up to a point), then few of them."""
    if not needles:
        return (-1, 0)
    shortest = min(len(n) for n in needles)
    return (min(shortest, 8) if shortest > _SHORT_NEEDLE else 0, -len(needles))


def _best(*choices: frozenset[str] | None) -> frozenset[str] | None:
    best = max(choices, key=_score)
    return _minimal(best) if best else None


def _minimal(needles: frozenset[str]) -> frozenset[str]:
    """``needles`` without those that contain another one (the other is found anyway)."""
    return frozenset(n for n in needles if not any(o != n and o in n for o in needles))


def _as_needles(exact: frozenset[str] | None) -> frozenset[str] | None:
    return exact if exact and all(exact) else None


def _folded(code: int) -> str:
    """One character of a pattern as needle_text() prints it: "ı" in a Turkish word must be
    the needle "i", as the text's "ı" (or "I") is folded to it."""
    return chr(code).translate(_UNEVEN_CASES).lower()


def _literal(code: int) -> _Info:
    return _Info(frozenset({_folded(code)}), None)


def _charset(items: list[tuple[Any, Any]], breaks: str) -> _Info:
    chars: set[str] = set()
    for op, value in items:
        if op is sre.LITERAL:
            chars.add(_folded(value))
        elif op is sre.RANGE and value[1] - value[0] < 8:
            chars.update(_folded(code) for code in range(value[0], value[1] + 1))
        else:  # negation, categories (\w, \s), wide ranges: too many characters
            return _ANYTHING
    if not chars.isdisjoint(breaks):
        return _ANYTHING
    return _Info(frozenset(chars), None)


def _branch(branches: list[Any], breaks: str) -> _Info:
    infos = [_sequence(branch, breaks) for branch in branches]
    exact: frozenset[str] | None = frozenset()
    for info in infos:
        if info.exact is None or exact is None:
            exact = None
            break
        exact = exact | info.exact
    if exact is not None and len(exact) > _MAX_EXACT:
        exact = None
    # Every match goes through one branch, so holds one needle of that branch.
    needles: frozenset[str] | None = frozenset()
    for info in infos:
        own = _best(info.needles, _as_needles(info.exact))
        if own is None or needles is None:
            needles = None
            break
        needles = needles | own
    return _Info(exact, needles)


def _repeat(low: int, high: int, item: list[Any], breaks: str) -> _Info:
    info = _sequence(item, breaks)
    if low == 0:
        if high == 1 and info.exact is not None:
            return _Info(info.exact | {""}, None)
        return _ANYTHING if high > 0 else _EMPTY
    needles = _best(info.needles, _as_needles(info.exact))
    exact = info.exact if low == high == 1 else None
    return _Info(exact, needles)


def _node(op: Any, value: Any, breaks: str) -> _Info:
    if op is sre.LITERAL:
        char = chr(value)
        return _ANYTHING if char in breaks else _literal(value)
    if op is sre.IN:
        return _charset(value, breaks)
    if op is sre.SUBPATTERN:
        return _sequence(value[3], breaks)
    if op is sre.ATOMIC_GROUP:
        return _sequence(value, breaks)
    if op is sre.BRANCH:
        return _branch(value[1], breaks)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _repeat(value[0], value[1], value[2], breaks)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _EMPTY  # zero width: matches no characters, requires none
    return _ANYTHING  # any character, a back-reference, a conditional group


def _sequence(items: Iterable[tuple[Any, Any]], breaks: str) -> _Info:
    """A concatenation: exact strings grow while they stay few; every run of them that
    ends, and every part's own needles, is a candidate; the best candidate wins."""
    exact: frozenset[str] | None = frozenset({""})
    candidates: list[frozenset[str] | None] = []
    for op, value in items:
        info = _node(op, value, breaks)
        if info.needles is not None:
            candidates.append(info.needles)
        if info.exact is None:
            candidates.append(_as_needles(exact))
            exact = None
            continue
        if exact is None:
            exact = info.exact
        elif len(exact) * len(info.exact) <= _MAX_EXACT:
            exact = frozenset(a + b for a, b in product(exact, info.exact))
        else:
            candidates.append(_as_needles(exact))
            exact = info.exact
    if exact is not None:
        candidates.append(_as_needles(exact))
    whole = exact if exact is not None and len(candidates) == 1 else None
    return _Info(whole, _best(*candidates) if candidates else None)


def required_literals(pattern: re.Pattern[str], breaks: str = "") -> tuple[str, ...] | None:
    """Lower-case substrings one of which every match of ``pattern`` contains, searched for in
    :func:`needle_text` of the text (sorted); None when no set of them can be derived.

    ``breaks`` are characters the text the pattern runs on may have where the text searched
    for needles has not (class names: the pattern sees "social-share", the needles
    "socialshare"): needles never span them.
    """
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    info = _sequence(parsed, breaks)
    needles = _best(info.needles, _as_needles(info.exact))
    return None if needles is None else tuple(sorted(needles))


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` as a substring, factored by shared prefixes.

    Python's ``re`` tries the branches of an alternation one by one at every position; a
    prefix tree tries at most one branch per character, about ten times faster here.

    >>> trie_pattern(("tag", "tags", "top", "nav"))
    '(?:nav|t(?:ag|op))'
    """
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        if "" in node:  # a shorter keyword ends here: the longer ones add nothing
            return ""
        branches = [re.escape(char) + emit(node[char]) for char in sorted(node)]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(tree)


def first_chars(pattern: re.Pattern[str]) -> frozenset[str]:
    """The characters a match of ``pattern`` can start with (lower case), for patterns that
    start with words: a cheap look at a text's first letter before the pattern.

    >>> sorted(first_chars(re.compile(r"(?:posted\\s+)?by|autor(?:in)?:", re.I)))
    ['a', 'b', 'p']
    """
    return first_chars_of(pattern.pattern, pattern.flags)


def first_chars_of(pattern: str, flags: int = 0) -> frozenset[str]:
    """:func:`first_chars` of the pattern ``pattern`` compiled with ``flags``, read off the
    parsed pattern without compiling it."""
    found = _first(sre_parse.parse(pattern, flags))
    if found is None:
        raise ValueError(f"a match of {pattern!r} can start with any character")
    return found


def _first(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """First characters of a sequence; None when it can start with anything or be empty."""
    chars: set[str] = set()
    for op, value in items:
        found, is_optional = _first_of(op, value)
        if found is None:
            return None
        chars |= found
        if not is_optional:
            return frozenset(chars)
    return None


def _first_of(op: Any, value: Any) -> tuple[frozenset[str] | None, bool]:
    """(first characters of one part, whether it can match nothing)."""
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return frozenset(), True  # zero width: the next part starts the match
    if op is sre.LITERAL:
        return frozenset({chr(value).lower()}), False
    if op is sre.IN:
        return _charset(value, "").exact, False
    if op is sre.SUBPATTERN:
        return _first(value[3]), False
    if op is sre.BRANCH:
        branches = [_first(branch) for branch in value[1]]
        if any(branch is None for branch in branches):
            return None, False
        return frozenset().union(*branches), False  # type: ignore[arg-type]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        return _first(value[2]), value[0] == 0
    return None, False
