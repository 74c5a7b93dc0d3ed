"""The article boundary: the span of the page where the article's prose runs."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import ClassVar

from cleaner.blocks import Block, Mark, Page, TextStats
from cleaner.config import CleanerConfig
from cleaner.extractors.features import CLOCK_STAMP, block_stats
from cleaner.extractors.markup import is_listing

__all__ = ["BoundaryExtractor", "TrimExtractor", "article_span", "block_values"]

OUTSIDE_ARTICLE = "outside_article"
# Characters per word-equivalent: scores in "words" that also work for scripts without spaces.
_CHARS_PER_WORD = 6.0
_MIN_STOPWORD_SHARE = 0.2
_SHORT_PENALTY = 4.0
_LONG_PROSE = 60.0  # word-equivalents
_MARKED_PENALTY = 6.0
# Marks an article never runs across: the comment section and the copyright footer.
_WALLS = frozenset({"comment_prompt", "comment_meta", "copyright_line"})
_WALL_PENALTY = 1e6
# A part of the page counts as holding the article when its best run is at least this big.
_MIN_ARTICLE = 50.0
_MIN_SHARE_OF_BEST = 0.2
# Marks that usually open a section after the article ("Related stories"), but also head
# boxes inside it: the span crosses one only for a good amount of prose.
_TERMINATORS = _WALLS | {"related_header", "comment_count"}
_TERMINATOR_PENALTY = 40.0
# Section breaks ("* * *", "___") sit inside articles as often as around them.
_NEUTRAL = frozenset({"separator_line"})
_NEUTRAL_PENALTY = 0.5
_COMMENT_META = "comment_meta"
_MIN_COMMENT_META = 2
_COMMENT_OPENER_REACH = 12


def _value(
    block: Block, features: TextStats | None, mark: Mark | None, config: CleanerConfig
) -> float:
    """How much a block adds to the article span: prose adds its size, chrome subtracts."""
    size = len(block.text) / _CHARS_PER_WORD  # = features.chars, which a removed block lacks
    if mark is not None:
        if mark.reason in _WALLS:
            return -_WALL_PENALTY
        if mark.reason in _TERMINATORS:
            return -_TERMINATOR_PENALTY
        if mark.reason in _NEUTRAL:
            return -_NEUTRAL_PENALTY
        return -max(_MARKED_PENALTY, 0.5 * size)
    if features is None:  # only removed blocks lack features, and those have a mark
        return -_MARKED_PENALTY
    if size >= config.min_prose_words and features.ends_sentence:
        prose = features.stopword_share >= _MIN_STOPWORD_SHARE or features.words < 3
        return size if prose else 0.3 * size
    if features.ends_sentence and size >= 4:
        return 0.5 * size
    if size >= _LONG_PROSE and features.stopword_share >= _MIN_STOPWORD_SHARE:
        # Whole paragraphs run together (a dump that lost its line breaks) end however the
        # last one does; their length and stop words still say prose.
        return 0.5 * size
    return -_SHORT_PENALTY


def _comment_zone_start(page: Page) -> int | None:
    """Index where a comment section begins: the first comment mark of a run of several.

    Comments are prose too, and a long thread outweighs a short article; once the
    per-comment furniture (timestamps, ratings) shows up, nothing after it is the article.
    """
    meta = [m.block_id for m in page.marks.values() if m.reason == _COMMENT_META]
    if len(meta) < _MIN_COMMENT_META:
        return None
    first_meta = min(meta)
    openers = [
        m.block_id
        for m in page.marks.values()
        if m.reason in _TERMINATORS
        and first_meta - _COMMENT_OPENER_REACH <= m.block_id <= first_meta
    ]
    return min(openers, default=first_meta)


def _markup_value(block: Block, features: TextStats | None, mark: Mark | None) -> float:
    """With markup, the ``markup`` step has already chosen the content: every block it kept
    counts for the span. The text rules' walls do not cut it: comment sections are already
    marked by their containers, and inside the chosen element a "© 2019 <name>" photo credit
    or a line like "To which he replied:" sits in the middle of articles as often as at their
    end (wcxb tune 0.7791 -> 0.7852, check 0.8185 -> 0.8262; no set lost)."""
    if mark is not None or features is None:  # no features: removed before they were read
        return -_MARKED_PENALTY
    return max(1.0, features.chars / _CHARS_PER_WORD)


def block_values(page: Page, config: CleanerConfig) -> list[float]:
    if page.input_type == "html":
        values = [
            _markup_value(block, features, page.marks.get(block.id))
            for block, features in zip(page.blocks, block_stats(page), strict=True)
        ]
    else:
        values = [
            _value(block, features, page.marks.get(block.id), config)
            for block, features in zip(page.blocks, block_stats(page), strict=True)
        ]
    # The comment zone is a text-dump rule too (see _markup_value).
    zone = _comment_zone_start(page) if page.input_type != "html" else None
    if zone is not None:
        values[zone:] = [-abs(v) for v in values[zone:]]
    return values


def _best_run(values: list[float], offset: int) -> tuple[float, tuple[int, int] | None]:
    """The run with the largest total value (Kadane): (total, (start, end)) or (0, None)."""
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for index, value in enumerate(values):
        if total <= 0:
            total, start = value, index
        else:
            total += value
        if total > best:
            best, best_span = total, (offset + start, offset + index)
    return best, best_span


def article_span(values: list[float]) -> tuple[int, int] | None:
    """Indices [start, end] of the article: the best run, walls respected.

    Walls (comment sections, the copyright footer) split the page into parts. Comment
    threads and footers come after the article and can outweigh a short one, so the first
    part holding a substantial run wins over larger ones further down.

    >>> article_span([-4, 30, 20, -6, 25, -6, -6, -6, -6, -6, 10])
    (1, 4)
    >>> article_span([-4, 60, 20, -_WALL_PENALTY, 90, 80, 70])
    (1, 2)
    """
    parts: list[tuple[float, tuple[int, int] | None]] = []
    start = 0
    for index, value in enumerate([*values, -_WALL_PENALTY]):
        if value <= -_WALL_PENALTY:
            parts.append(_best_run(values[start:index], start))
            start = index + 1
    overall = max((total for total, _ in parts), default=0.0)
    enough = max(_MIN_ARTICLE, _MIN_SHARE_OF_BEST * overall)
    return next((span for total, span in parts if span and total >= enough), None) or next(
        (span for total, span in parts if total == overall and span), None
    )


@dataclass(frozen=True)
class BoundaryExtractor:
    """Find where the article starts and ends; record it on the page for later steps.

    Before: [p "Home"] [p "World"] [p "Even as Iraqi forces ..."] ... [p "Islamic State in Libya."]
            [p "© 2017 Tampa Bay Times"] [li "Quiet college dropout turned bomber"] ...
    After:  page.article_span = (2, 30); ``trim`` later drops every block outside it.

    Prose-like blocks (long, ending in sentence punctuation, with stop words) count for the
    span, chrome and marked blocks against it; the span is the run with the largest sum, so
    trailing chrome goes even when no rule names it.
    """

    name: ClassVar[str] = "boundary"

    def run(self, page: Page, config: CleanerConfig) -> Page:
        if is_listing(page):
            return page  # a listing's items, not a run of prose, are its content
        span = article_span(block_values(page, config))
        if span is None:
            return page
        start, end = page.blocks[span[0]].id, page.blocks[span[1]].id
        if (
            start > 0
            and not page.is_removed(start - 1)
            and CLOCK_STAMP.match(page.blocks[start - 1].text)
        ):
            start -= 1  # the first entry's time stamp of a live blog
        return replace(page, article_span=(start, end))


@dataclass(frozen=True)
class TrimExtractor:
    """Drop every block outside the article span (runs last, so other reasons come first).

    Before: article_span = (2, 30); [p "Home"] [p "Even as ..."] ... [li "Quiet college dropout"]
    After:  [p "Home" -> removed: outside_article] ... [li "Quiet ..." -> removed: outside_article]
    """

    name: ClassVar[str] = "trim"

    def run(self, page: Page, config: CleanerConfig) -> Page:
        if page.article_span is None:
            return page
        start, end = page.article_span
        outside = (b for b in page.blocks if b.id < start or b.id > end)
        return page.with_marks(Mark(b.id, OUTSIDE_ARTICLE, self.name) for b in outside)
