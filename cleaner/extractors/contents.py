"""A table of contents: the article's own section headings listed before the sections."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from cleaner.blocks import Block, TextStats, consecutive_runs
from cleaner.extractors.features import flattened_lines
from cleaner.languages import alternatives
from cleaner.prechecks import first_chars

__all__ = ["ContentsSettings", "contents_lines"]


@dataclass(frozen=True, slots=True)
class ContentsSettings:
    """What makes a list of lines a table of contents (see contents_lines)."""

    # Entries: at least this many lines in a row, each at most this many words (a heading,
    # "Why Should You Consider a Website Builder for Your Small Business?", is longer than a
    # menu item but no paragraph). Set on the wcxb and traf tune halves (e75ecfb): two entries
    # moved wcxb blocks tune +3 -5 pages, 8 words +4 -14, 16 words +2 -1 (summed 0.000).
    min_entries: int = 3
    max_words: int = 12
    # Between two headings the list names, a section holds a sentence of prose this long
    # (characters: the boundary step's min_prose, 12 word-equivalents).
    min_section_chars: int = 72
    # ... or a paragraph this long whatever its end: one running into a list ("Here's why
    # the service style is important-", wcxb tune 0336) is prose all the same.
    min_section_words: int = 20
    # A title of the list ("Table of Contents", "Contents hide") is a line of at most this many
    # words (the longest en phrase, "Table of Contents [hide]", has four).
    max_label_words: int = 4


SETTINGS = ContentsSettings()

# What a line's copy may print differently: a list's numbers (a section's and a subsection's,
# "2.1 1. Intro") or bullet, an icon, the case and the closing stop ("1. Intro:", "🔎 Intro"
# and "Intro" are one key).
_LEAD = re.compile(r"^(?:[\W_]*\d{1,2}(?:\.\d{1,2})*\b[.):]?\s*)*[\W_]*")
_TRAIL = " .:;,!?…"

# The list's title alone on its line, with or without a colon.
_LABEL = re.compile(rf"(?i:{alternatives('contents_label')})\s*:?")
_LABEL_FIRST = first_chars(_LABEL)


def _keys(blocks: Sequence[Block], stats: Sequence[TextStats | None], max_words: int) -> list[str]:
    """Each line as its copy repeats it (its key), "" for a line of more than ``max_words``
    words or removed: its case folded, a list's number or bullet and an icon left off its
    start, a closing stop off its end.

    >>> text = ["1. Intro:", "🔎 Intro", "2.1 1. Intro", "Intro", "2025: the year", "Straße",
    ...         "It starts with a long sentence."]
    >>> stats = [TextStats(len(t.split()), len(t), 0.3, False) for t in text]
    >>> _keys([Block(i, t) for i, t in enumerate(text)], stats, 4)
    ['intro', 'intro', 'intro', 'intro', '2025: the year', 'strasse', '']

    One loop, not a call a line, and an ASCII line's lower case read off its features
    (TextStats.lowered, prechecks.needle_text: ``text.lower()`` for an ASCII text) instead
    of made again: this runs on every short line of every text page (aeb blocks dumps, a
    pass, best of 7: 3.8 -> 3.3 ms).
    """
    keys: list[str] = []
    append = keys.append
    lead, trail = _LEAD.sub, _TRAIL
    for block, stat in zip(blocks, stats, strict=True):
        if stat is None or stat.words > max_words:
            append("")
            continue
        text = block.text
        # casefold() is lower() on ASCII text, and slower. Stats made without the lower-cased
        # text (lowered == "") lower it here.
        folded = (stat.lowered or text.lower()) if text.isascii() else text.casefold()
        if folded[:1].isalpha():  # nothing to strip at the start: most lines, no regex call
            append(folded.rstrip(trail))
        else:
            append(lead("", folded, count=1).rstrip(trail))
    return keys


def contents_lines(
    blocks: Sequence[Block],
    stats: Sequence[TextStats | None],
    settings: ContentsSettings = SETTINGS,
    flat: frozenset[int] | None = None,
) -> list[int]:
    """Indices of a text dump's lines that list the page's sections before them: a run of
    short lines each printed once more further down, in the same order, one section of prose
    apart ("In this article: Allgemeine Reisetipps / Praxistipps ... / Orte ...", each later
    a heading over its paragraphs). No reader counts the list as the article's text; the
    headings under it are.

    A menu printed again in the footer repeats its items next to each other, a thread's
    furniture ("Reply", "Quote") many times, a teaser box's headlines in another box with no
    prose between them: none of them is a table of contents.

    >>> text = ["Contents", "Intro", "Costs", "Verdict", "Intro",
    ...         "It starts with a long sentence about all of the things that we cover here.",
    ...         "Costs", "It goes on with a long sentence about all of the money that it costs us.",
    ...         "Verdict", "It ends with a long sentence about what we make of it, all told."]
    >>> blocks = [Block(i, t, line=i + 1) for i, t in enumerate(text)]
    >>> stats = [TextStats(len(t.split()), len(t), 0.3, t.endswith(".")) for t in text]
    >>> contents_lines(blocks, stats)
    [0, 1, 2, 3]

    The list's title on a line of its own ("Table of Contents", "Contents hide") goes with it,
    and stands for it where the list itself was a widget the dump left empty.

    ``flat``: the page's flattened lines (Page.facts), found here when not given.
    """
    if flat is None:
        flat = flattened_lines(blocks)
    return sorted(_labels(blocks, stats, settings, flat) + _entries(blocks, stats, settings, flat))


def _labels(
    blocks: Sequence[Block],
    stats: Sequence[TextStats | None],
    settings: ContentsSettings,
    flat: frozenset[int],
) -> list[int]:
    """Indices of the lines that only title a table of contents.

    >>> text = ["Table of Contents", "Contents hide", "The contents of the box were lost."]
    >>> blocks = [Block(i, t, line=i + 1) for i, t in enumerate(text)]
    >>> stats = [TextStats(len(t.split()), len(t), 0.3, t.endswith(".")) for t in text]
    >>> _labels(blocks, stats, SETTINGS, frozenset())
    [0, 1]
    """
    # A label's first letter is one of its phrases' (_LABEL_FIRST), in the features step's
    # lower-cased text (prechecks.needle_text folds what re's IGNORECASE equates, "İ" too):
    # a line opening with another letter needs no match (most lines of up to four words).
    # Any other first character (a space, none: stats made without that text) is tried.
    max_words, first_letters = settings.max_label_words, _LABEL_FIRST
    return [
        index
        for index, block in enumerate(blocks)
        if (stat := stats[index]) is not None
        and stat.words <= max_words
        and ((first := stat.lowered[:1]) in first_letters or not first.isalpha())
        and block.line not in flat
        and _LABEL.fullmatch(block.text.strip())
    ]


def _entries(
    blocks: Sequence[Block],
    stats: Sequence[TextStats | None],
    settings: ContentsSettings,
    flat: frozenset[int],
) -> list[int]:
    """Indices of the entries of contents_lines' lists."""
    # Only short lines can be an entry or its heading: the long ones need no key (this runs on
    # every text page, and reading the words of every paragraph was half its cost).
    keys = _keys(blocks, stats, settings.max_words)
    # Entries: short lines on a line of their own printed exactly twice, the first time here.
    # Counted first, as most pages hold too few such lines for a list.
    twice = {key for key, count in Counter(keys).items() if count == 2 and key}
    if len(twice) < settings.min_entries:
        return []
    later: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        if key in twice:
            later.setdefault(key, []).append(index)
    # In the order of their first copies (a dict keeps its keys' order).
    entries = [first for first, _ in later.values() if blocks[first].line not in flat]
    found_lines: list[int] = []
    for run in consecutive_runs(entries):
        if len(run) >= settings.min_entries and _sections_follow(run, later, keys, stats, settings):
            found_lines.extend(_first_entries(run, later[keys[run[0]]][1], keys))
            found_lines.extend(run)
    return found_lines


def _first_entries(run: list[int], first_copy: int, keys: list[str]) -> list[int]:
    """The lines right before ``run`` printed again between the list and its first entry's
    copy: entries too, whose heading the page prints once more elsewhere (the title's line
    again as the first section's heading: "Title ... Title / Costs ... Title ... Costs").
    Each key once: the title's own line may stand right above its entry."""
    between = set(keys[run[-1] + 1 : first_copy])
    start = run[0]
    taken: set[str] = set()
    while start > 0 and (key := keys[start - 1]) and key in between and key not in taken:
        taken.add(key)
        start -= 1
    return list(range(start, run[0]))


def _sections_follow(
    run: list[int],
    later: dict[str, list[int]],
    keys: list[str],
    stats: Sequence[TextStats | None],
    settings: ContentsSettings,
) -> bool:
    """True when the copies of ``run``'s lines come after it in its order, each one (but the
    last) followed by a sentence of prose before the next copy, or by the next copy itself: a
    section's heading right over its first subsection's. Most copies must stand apart, as a
    footer's menu repeats its items next to each other."""
    copies = [later[keys[index]][1] for index in run]
    if copies[0] <= run[-1] or any(b <= a for a, b in itertools.pairwise(copies)):
        return False
    gaps = [(a, b) for a, b in itertools.pairwise(copies) if b > a + 1]
    return 2 * len(gaps) >= len(copies) - 1 and all(
        any(_is_prose(stats[i], settings) for i in range(a + 1, b)) for a, b in gaps
    )


def _is_prose(stat: TextStats | None, settings: ContentsSettings) -> bool:
    return (
        stat is not None
        and stat.chars >= settings.min_section_chars
        and (stat.ends_sentence or stat.words >= settings.min_section_words)
    )
