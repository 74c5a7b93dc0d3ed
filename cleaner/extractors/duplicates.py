"""Blocks repeated word for word (or nearly): captions and summaries shown twice."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import ClassVar

from cleaner.blocks import Block, Mark, Page, page_facts
from cleaner.reasons import Reason

__all__ = ["DuplicateExtractor", "normalised_words"]


@dataclass(frozen=True, slots=True)
class DuplicateSettings:
    """The duplicates step's tuned numbers (790ddd1 and later; no figures recorded)."""

    # Shorter blocks repeat legitimately ("Advertisement", "Photos"); those are other steps' job.
    min_words: int = 6
    # Word pairs shared for a near repeat: one word changed in a 17-word caption still passes
    # (8520d17).
    near: float = 0.75
    # A caption or standfirst is repeated within a few blocks; text repeated far apart is often
    # legitimate (the same question put to several interviewees), and far chrome is trimmed
    # anyway (fd6adaa).
    max_gap: int = 8


SETTINGS = DuplicateSettings()

_WORD = re.compile(r"\w+")


def normalised_words(text: str) -> tuple[str, ...]:
    """The words of ``text``, lower-cased.

    >>> normalised_words("Photo: AP/Jane Doe"), normalised_words("Über Straße")
    (('photo', 'ap', 'jane', 'doe'), ('über', 'straße'))
    """
    if text.isascii():
        # Lower-casing ASCII changes no character from word to non-word: one call for the
        # line, not one per word (the words of long paragraphs were half this step's time).
        return tuple(_WORD.findall(text.lower()))
    # Elsewhere case folding may change a word's letters ("İ" lowers to "i" and a
    # combining dot, no word character): each word lowered as it was found.
    return tuple(map(str.lower, _WORD.findall(text)))


# Stripped from a block's first and last words, lower-cased alone (blocks can be long, and
# first_occurrences reads the two words of most of them), before they are compared.
_EDGE_PUNCTUATION = "\"'“”‘’«».,;:!?()[]—–-…"


def _close_in_length(a: int, b: int) -> bool:
    return a >= SETTINGS.min_words and abs(a - b) <= max(2, 0.1 * max(a, b))


def _similar(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Equal, or nearly: word pairs (so order counts) overlap by ``SETTINGS.near`` or more."""
    if a == b:
        return True
    if not _close_in_length(len(a), len(b)):
        return False
    pairs_a, pairs_b = set(pairwise(a)), set(pairwise(b))
    return len(pairs_a & pairs_b) / len(pairs_a | pairs_b) >= SETTINGS.near


def first_occurrences(blocks: tuple[Block, ...]) -> dict[int, int]:
    """Map each block that repeats one of the few blocks before it to that block's id.

    Only blocks at most ``SETTINGS.max_gap`` before each block are compared, and only those that
    share its first or its last word (a repeat keeps one of them), so long prose pages
    cost little.

    >>> caption = "Soldiers fire at enemy positions near the town on Thursday."
    >>> first_occurrences((Block(0, caption), Block(1, "Photo: AP"), Block(2, caption)))
    {2: 0}
    """
    words_of: dict[int, tuple[str, ...]] = {}
    repeats: dict[int, int] = {}
    by_first: dict[str, list[int]] = {}
    by_last: dict[str, list[int]] = {}
    min_words, gap, edge = SETTINGS.min_words, SETTINGS.max_gap, _EDGE_PUNCTUATION
    # The long enough blocks picked in one comprehension, and their end words found inline
    # (_ends, written out): a loop body and a call per block were most of this step's cost.
    for index in [i for i, block in enumerate(blocks) if block.words >= min_words]:
        block = blocks[index]
        text = block.text
        first = text.split(None, 1)[0].lower().strip(edge)
        last = text.rsplit(None, 1)[-1].lower().strip(edge)
        with_first, with_last = by_first.get(first), by_last.get(last)
        # Most blocks share neither end word with any of the max_gap blocks before them (the
        # nearest one sharing it is each list's last): nothing to compare.
        if (with_first and index - with_first[-1] <= gap) or (
            with_last and index - with_last[-1] <= gap
        ):
            earlier = _recent(with_first, index) | _recent(with_last, index)
            nearest_first = sorted(earlier - repeats.keys(), reverse=True)
            original = _repeated(blocks, index, nearest_first, words_of)
            if original is not None:
                repeats[block.id] = blocks[original].id
        if with_first is None:
            by_first[first] = [index]
        else:
            with_first.append(index)
        if with_last is None:
            by_last[last] = [index]
        else:
            with_last.append(index)
    return repeats


def _repeated(
    blocks: tuple[Block, ...], index: int, earlier: list[int], words_of: dict[int, tuple[str, ...]]
) -> int | None:
    """The first of ``earlier`` (nearest first) that block ``index`` repeats; ``words_of``
    caches each block's words."""
    words = blocks[index].words
    for other in earlier:
        if not _close_in_length(blocks[other].words, words):
            continue
        for i in (other, index):
            if i not in words_of:
                words_of[i] = normalised_words(blocks[i].text)
        if _similar(words_of[other], words_of[index]):
            return other
    return None


def _recent(indices: list[int] | None, index: int) -> set[int]:
    """The ``indices`` at most ``SETTINGS.max_gap`` before ``index`` (``indices`` is ascending)."""
    found: set[int] = set()
    for earlier in reversed(indices or ()):
        if index - earlier > SETTINGS.max_gap:
            break
        found.add(earlier)
    return found


@dataclass(frozen=True)
class DuplicateExtractor:
    """Mark a block that repeats one of the few blocks just before it.

    Before: [p "Gen. Ducret said defeating ISIS will ..."] [p "Courtesy of French army"]
            [p "Gen. Ducret said defeating ISIS will ..."]
    After:  [p "Gen. Ducret said ..."] [...] [p "Gen. Ducret said ..." -> removed: duplicate_text]

    The first occurrence stays: the title step decides whether it is the summary.
    """

    name: ClassVar[str] = "duplicates"

    def run(self, page: Page) -> Page:
        # A page fact: the summary step reads the same map (see SummaryExtractor.run).
        repeats = page_facts(page).of(first_occurrences)
        return page.with_marks(
            Mark(i, Reason.DUPLICATE_TEXT, self.name)
            for i, original in sorted(repeats.items())
            if not _outside_content(page, original)
        )


def _outside_content(page: Page, block_id: int) -> bool:
    """True when the HTML markup put the block outside the content: a teaser copy of the
    article's first paragraph above it. The copy inside the article is then the one to keep
    (traf tune: an intro lost to its own teaser). Text dumps have no such mark."""
    mark = page.marks.get(block_id)
    return mark is not None and mark.reason is Reason.OUTSIDE_CONTENT
