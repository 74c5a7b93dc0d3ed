"""A table of contents: the article's own section headings listed before the sections."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from cleaner.blocks import Block, TextStats, consecutive_runs
from cleaner.extractors.features import flattened_lines

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


SETTINGS = ContentsSettings()

# What a line's copy may print differently: a list's number or bullet, an icon, the case and
# the closing stop ("1. Intro:", "🔎 Intro" and "Intro" are one key).
_LEAD = re.compile(r"^[\W_]*(?:\d{1,2}\b[.):]?\s*)?[\W_]*")
_TRAIL = " .:;,!?…"


def _key(text: str) -> str:
    """A line as its copy repeats it.

    >>> _key("1. Intro:"), _key("🔎 Intro"), _key("Intro")
    ('intro', 'intro', 'intro')
    """
    folded = text.casefold()
    if folded[:1].isalpha():  # nothing to strip at the start: most lines, and no regex call
        return folded.rstrip(_TRAIL)
    return _LEAD.sub("", folded, count=1).rstrip(_TRAIL)


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
    [1, 2, 3]

    ``flat``: the page's flattened lines (Page.facts), found here when not given.
    """
    # Only short lines can be an entry or its heading: the long ones need no key (this runs on
    # every text page, and reading the words of every paragraph was half its cost).
    max_words = settings.max_words
    keys = [
        _key(block.text) if (stat := stats[index]) is not None and stat.words <= max_words else ""
        for index, block in enumerate(blocks)
    ]
    # Entries: short lines on a line of their own printed exactly twice, the first time here.
    # Counted first, as most pages hold too few such lines for a list.
    twice = {key for key, count in Counter(keys).items() if count == 2 and key}
    if len(twice) < settings.min_entries:
        return []
    later: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        if key in twice:
            later.setdefault(key, []).append(index)
    if flat is None:
        flat = flattened_lines(blocks)
    # In the order of their first copies (a dict keeps its keys' order).
    entries = [first for first, _ in later.values() if blocks[first].line not in flat]
    found_lines: list[int] = []
    for run in consecutive_runs(entries):
        if len(run) >= settings.min_entries and _sections_follow(run, later, keys, stats, settings):
            found_lines.extend(run)
    return found_lines


def _sections_follow(
    run: list[int],
    later: dict[str, list[int]],
    keys: list[str],
    stats: Sequence[TextStats | None],
    settings: ContentsSettings,
) -> bool:
    """True when the copies of ``run``'s lines come after it in its order, each one (but the
    last) followed by a sentence of prose before the next copy."""
    copies = [later[keys[index]][1] for index in run]
    if copies[0] <= run[-1] or any(b <= a for a, b in itertools.pairwise(copies)):
        return False
    return all(
        any(_is_prose(stats[i], settings) for i in range(a + 1, b))
        for a, b in itertools.pairwise(copies)
    )


def _is_prose(stat: TextStats | None, settings: ContentsSettings) -> bool:
    return stat is not None and stat.ends_sentence and stat.chars >= settings.min_section_chars
