"""Blocks repeated word for word (or nearly): captions and summaries shown twice."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import ClassVar

from cleaner.blocks import Block, Mark, Page
from cleaner.config import CleanerConfig

__all__ = ["DuplicateExtractor", "normalised_words"]

DUPLICATE_TEXT = "duplicate_text"
_WORD = re.compile(r"\w+")
# Shorter blocks repeat legitimately ("Advertisement", "Photos"); those are other steps' job.
_MIN_WORDS = 6
_NEAR = 0.75  # one word changed in a 17-word caption still passes
# A caption or standfirst is repeated within a few blocks; text repeated far apart is often
# legitimate (the same question put to several interviewees), and far chrome is trimmed anyway.
_MAX_GAP = 8


def normalised_words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text))


def _ends(text: str) -> tuple[str, str]:
    lowered = text.lower()
    first, last = lowered.split(None, 1)[0], lowered.rsplit(None, 1)[-1]
    return first.strip(_EDGE_PUNCTUATION), last.strip(_EDGE_PUNCTUATION)


_EDGE_PUNCTUATION = "\"'“”‘’«».,;:!?()[]—–-…"


def _close_in_length(a: int, b: int) -> bool:
    return a >= _MIN_WORDS and abs(a - b) <= max(2, 0.1 * max(a, b))


def _similar(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Equal, or nearly: word pairs (so order counts) overlap by ``_NEAR`` or more."""
    if a == b:
        return True
    if not _close_in_length(len(a), len(b)):
        return False
    pairs_a, pairs_b = set(pairwise(a)), set(pairwise(b))
    return len(pairs_a & pairs_b) / len(pairs_a | pairs_b) >= _NEAR


def first_occurrences(blocks: tuple[Block, ...]) -> dict[int, int]:
    """Map each block that repeats one of the few blocks before it to that block's id.

    Only the ``_MAX_GAP`` blocks before each block are compared, and words are normalised
    only for pairs whose lengths are close, so long prose pages cost little.
    """
    keys: dict[int, tuple[str, ...]] = {}

    def key(index: int) -> tuple[str, ...]:
        if index not in keys:
            keys[index] = normalised_words(blocks[index].text)
        return keys[index]

    repeats: dict[int, int] = {}
    eligible = [i for i, block in enumerate(blocks) if block.words >= _MIN_WORDS]
    # A repeat keeps its first or its last word: a cheap test before comparing word pairs.
    ends = {i: _ends(blocks[i].text) for i in eligible}
    for position, index in enumerate(eligible):
        words = blocks[index].words
        first, last = ends[index]
        for earlier in reversed(eligible[max(0, position - _MAX_GAP) : position]):
            if index - earlier > _MAX_GAP:
                break
            if earlier in repeats or not _close_in_length(blocks[earlier].words, words):
                continue
            if ends[earlier][0] != first and ends[earlier][1] != last:
                continue
            if _similar(key(earlier), key(index)):
                repeats[blocks[index].id] = blocks[earlier].id
                break
    return repeats


@dataclass(frozen=True)
class DuplicateExtractor:
    """Mark a block that repeats one of the few blocks just before it.

    Before: [p "Gen. Ducret said defeating ISIS will ..."] [p "Courtesy of French army"]
            [p "Gen. Ducret said defeating ISIS will ..."]
    After:  [p "Gen. Ducret said ..."] [...] [p "Gen. Ducret said ..." -> removed: duplicate_text]

    The first occurrence stays: the title step decides whether it is the summary.
    """

    name: ClassVar[str] = "duplicates"

    def run(self, page: Page, config: CleanerConfig) -> Page:
        repeats = first_occurrences(page.blocks)
        return page.with_marks(Mark(i, DUPLICATE_TEXT, self.name) for i in sorted(repeats))
