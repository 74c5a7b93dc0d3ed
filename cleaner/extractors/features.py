"""Text features of every block, computed once per page (no state, no I/O)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import ClassVar

from cleaner.blocks import Block, Page, TextStats
from cleaner.config import CleanerConfig
from cleaner.language import stopwords

__all__ = ["FeaturesExtractor", "TextStats", "block_stats", "page_stopwords", "stats"]

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"""[.!?…:;。！？]["'”’»)\]]*$|["”»]$""")


def page_stopwords(page: Page) -> frozenset[str]:
    language = page.fields.get("language")
    return stopwords(language.value if language and isinstance(language.value, str) else None)


def stats(block: Block, stops: frozenset[str]) -> TextStats:
    """Features of one block's text.

    >>> s = stats(Block(0, "The council voted on Monday."), frozenset({"the", "on"}))
    >>> (s.words, s.stopword_share, s.ends_sentence)
    (5, 0.4, True)
    """
    text = block.text
    tokens = _WORD.findall(text)
    count = len(tokens)
    if not count:
        return TextStats(0, len(text), 0.0, False)
    stop = sum(map(stops.__contains__, map(str.lower, tokens)))
    return TextStats(
        words=count,
        chars=len(text),
        stopword_share=stop / count,
        ends_sentence=_SENTENCE_END.search(text) is not None,
    )


def block_stats(page: Page) -> tuple[TextStats, ...]:
    """The page's per-block features: the stored ones, or computed now if absent."""
    if len(page.stats) == len(page.blocks):
        return page.stats
    stops = page_stopwords(page)
    return tuple(stats(block, stops) for block in page.blocks)


@dataclass(frozen=True)
class FeaturesExtractor:
    """Compute the text features of every block once, for the steps that score blocks.

    Before: page.stats == ()
    After:  page.stats == (TextStats(words=5, stopword_share=0.4, ends_sentence=True, ...), ...)

    Runs after the language step, since stop-word share depends on the language.
    """

    name: ClassVar[str] = "features"

    def run(self, page: Page, config: CleanerConfig) -> Page:
        return replace(page, stats=block_stats(page))
