"""Blocks repeated word for word (or nearly): captions and summaries shown twice."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import Block, Mark, Page
from cleaner.config import CleanerConfig
from cleaner.extractors.features import block_stats

__all__ = ["DuplicateExtractor", "normalised_words"]

DUPLICATE_TEXT = "duplicate_text"
_WORD = re.compile(r"\w+")
# Shorter blocks repeat legitimately ("Advertisement", "Photos"); those are other steps' job.
_MIN_WORDS = 6
_NEAR = 0.85
# A caption or standfirst is repeated within a few blocks; text repeated far apart is often
# legitimate (the same question put to several interviewees), and far chrome is trimmed anyway.
_MAX_GAP = 8


def normalised_words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text))


_TRAILING = "\"'“”‘’«».,;:!?()[]—–-…"


def _key(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The features step's tokens, compared as words: no edge punctuation, one apostrophe."""
    if len(tokens) < _MIN_WORDS:
        return tokens
    cleaned = (t.strip(_TRAILING).replace("’", "'") for t in tokens)
    return tuple(t for t in cleaned if t)


def _similar(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > max(2, 0.1 * max(len(a), len(b))):
        return False
    set_a, set_b = set(a), set(b)
    return len(set_a & set_b) / len(set_a | set_b) >= _NEAR


def first_occurrences(
    blocks: tuple[Block, ...], keys: list[tuple[str, ...]] | None = None
) -> dict[int, int]:
    """Map each repeated block's id to the id of its first occurrence.

    ``keys`` are the blocks' normalised words when the caller already has them.
    """
    # Near repeats are looked for only among blocks with the same first word: cheap, and a
    # repeated caption keeps its opening.
    by_first: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    exact: dict[tuple[str, ...], int] = {}
    repeats: dict[int, int] = {}
    for index, block in enumerate(blocks):
        key = keys[index] if keys is not None else normalised_words(block.text)
        if len(key) < _MIN_WORDS:
            continue
        original = exact.get(key)
        if original is None:
            candidates = by_first.get(key[0], [])
            original = next((i for i, k in candidates[-50:] if _similar(k, key)), None)
        if original is None or block.id - original > _MAX_GAP:
            exact[key] = block.id
            by_first.setdefault(key[0], []).append((block.id, key))
        else:
            repeats[block.id] = original
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
        keys = [_key(features.tokens) for features in block_stats(page)]
        repeats = first_occurrences(page.blocks, keys)
        return page.with_marks(Mark(i, DUPLICATE_TEXT, self.name) for i in sorted(repeats))
