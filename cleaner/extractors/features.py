"""Cheap text features shared by the extractors (no state, no I/O)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleaner.blocks import Block, Page
from cleaner.language import stopwords

__all__ = ["TextStats", "page_stopwords", "stats", "words_of"]

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"""[.!?…:;]["'”’»)\]]*$|["”»]$""")


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


@dataclass(frozen=True, slots=True)
class TextStats:
    words: int
    chars: int
    stopword_share: float  # share of words that are stop words of the page's language
    ends_sentence: bool
    capitalised_share: float  # share of words starting with an upper-case letter
    digit_share: float  # share of characters that are digits


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
        return TextStats(0, len(text), 0.0, False, 0.0, 0.0)
    stop = sum(1 for t in tokens if t.lower() in stops)
    capitalised = sum(1 for t in tokens if t[0].isupper())
    digits = sum(1 for c in text if c.isdigit())
    return TextStats(
        words=count,
        chars=len(text),
        stopword_share=stop / count,
        ends_sentence=bool(_SENTENCE_END.search(text)),
        capitalised_share=capitalised / count,
        digit_share=digits / max(1, len(text)),
    )
