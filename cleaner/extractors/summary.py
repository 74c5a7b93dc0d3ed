"""The summary (dek): a standfirst the page shows twice, as text and as a photo caption."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import Block, Field, Mark, Page, page_facts
from cleaner.extractors.duplicates import first_occurrences
from cleaner.languages import alternatives
from cleaner.reasons import Reason
from cleaner.record import words

__all__ = ["SummaryExtractor", "record_summary", "teaser_start"]


@dataclass(frozen=True, slots=True)
class SummarySettings:
    """The summary step's tuned numbers (first text pipeline, 790ddd1; no figure recorded)."""

    # The repeat follows the standfirst closely (a photo credit or two in between) ...
    max_gap: int = 4
    # ... and comes before most of the article's text.
    max_share_before: float = 0.4
    # A standfirst is a sentence or two: this many words at least, ending like a sentence.
    # A headline, kicker or breadcrumb the page shows twice is shorter or has no full stop
    # (issue 13 round 2: of the 165 summaries taken on the tune halves of traf blocks, wcxb
    # inscriptis and fundus blocks, 47 were the page's headline, most of the rest
    # breadcrumbs, video notices and comments).
    min_words: int = 12


SETTINGS = SummarySettings()

# A sentence's end, a closing quote or bracket allowed after it.
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*\s*$")
# Where a teaser link can start inside a summary: its start, or after a sentence's end, an
# ellipsis, "[…]" or a separator ("Bridge closes… Continue reading", "... | Read more").
_TEASER_AT = re.compile(r"(?:[.!?…»›|]|\[(?:…|\.\.\.)\])\s*")
_READ_MORE = re.compile(
    rf"(?:{alternatives('read_more')}|^(?:{alternatives('teaser_end')})\b)", re.IGNORECASE
)


def teaser_start(text: str) -> int | None:
    """Where a "Continue reading ..." teaser link starts in ``text``, or None.

    >>> text = "The council approved the plan… Continue reading"
    >>> text[: teaser_start(text)]
    'The council approved the plan… '
    >>> teaser_start("Readers who continue reading past the lede are rare.") is None
    True
    """
    starts = [0] + [m.end() for m in _TEASER_AT.finditer(text)]
    return next((i for i in starts if _READ_MORE.match(text[i:].strip())), None)


def record_summary(summary: str | None, first_paragraph: str | None) -> str | None:
    """The summary a record shows: never a "read more" teaser, never a copy of the first
    body paragraph (either holding the other's words: a meta description that is the
    lede's first sentence, a standfirst the body repeats).

    >>> record_summary("Bridge closes… Continue reading", "Traffic was heavy on Monday.")
    'Bridge closes…'
    >>> record_summary("Bridge closes for a year.", "Bridge closes for a year, the city said.")
    >>> record_summary("Bridge closes for a year.", "Traffic was heavy on Monday.")
    'Bridge closes for a year.'
    """
    if summary is None:
        return None
    cut = teaser_start(summary)
    if cut is not None:
        summary = summary[:cut].rstrip(" |»›-–")  # its own text only, nothing added
    if not words(summary):
        return None
    if first_paragraph is not None:
        own, first = f" {words(summary)} ", f" {words(first_paragraph)} "
        if own in first or first in own:
            return None
    return summary


def _standfirst_like(block: Block) -> bool:
    """A sentence of some length, not a teaser: what a standfirst looks like."""
    return (
        block.words >= SETTINGS.min_words
        and _SENTENCE_END.search(block.text) is not None
        and teaser_start(block.text) is None
    )


@dataclass(frozen=True)
class SummaryExtractor:
    """Take a standfirst repeated as a caption as the summary, and drop it from the body.

    Before: [p "Gen. Ducret said defeating ISIS will ..."] [p "Courtesy of French army"]
            [p "Gen. Ducret said defeating ISIS will ..." (removed: duplicate_text)]
            [p "Even as Iraqi forces ..."] ...
    After:  [p "Gen. Ducret said ..." -> removed: summary]; summary = "Gen. Ducret said ..."

    A paragraph shown once is left in the body: without the repeat, a standfirst cannot be
    told from a first paragraph in a text dump. Only a sentence of some length is a
    standfirst: a headline or breadcrumb shown twice is not, and a teaser never is.
    """

    name: ClassVar[str] = "summary"

    def run(self, page: Page) -> Page:
        # The duplicates step's map of repeats, a page fact it found already. With no repeat
        # at all, no original below has one: the page stays as it is (most pages), without a
        # look at its marks.
        occurrences = page_facts(page).of(first_occurrences)
        if not occurrences:
            return page
        repeats = [m.block_id for m in page.marks.values() if m.reason is Reason.DUPLICATE_TEXT]
        if not repeats:
            return page
        total = sum(len(b.text) for b in page.blocks) or 1
        before = 0
        # The repeats up to the last marked one: first_occurrences reads the blocks in order,
        # so its map of the blocks up to there is the page's map cut there.
        last = max(repeats)
        originals = {original: repeat for repeat, original in occurrences.items() if repeat <= last}
        for block in page.blocks:
            repeat = originals.get(block.id)
            if (
                repeat is not None
                and repeat - block.id <= SETTINGS.max_gap
                and not page.is_removed(block.id)
                and _standfirst_like(block)
            ):
                if before / total > SETTINGS.max_share_before:
                    return page
                page = page.with_marks([Mark(block.id, Reason.SUMMARY, self.name)])
                return page.with_field(
                    "summary", Field(block.text, "text:repeated_standfirst", block.id)
                )
            before += len(block.text)
        return page
