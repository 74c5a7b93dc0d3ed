"""The summary (dek): a standfirst the page shows twice, as text and as a photo caption."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import Field, Mark, Page
from cleaner.extractors.duplicates import first_occurrences
from cleaner.reasons import Reason

__all__ = ["SummaryExtractor"]


@dataclass(frozen=True, slots=True)
class SummarySettings:
    """The summary step's tuned numbers (first text pipeline, 790ddd1; no figure recorded)."""

    # The repeat follows the standfirst closely (a photo credit or two in between) ...
    max_gap: int = 4
    # ... and comes before most of the article's text.
    max_share_before: float = 0.4


SETTINGS = SummarySettings()


@dataclass(frozen=True)
class SummaryExtractor:
    """Take a standfirst repeated as a caption as the summary, and drop it from the body.

    Before: [p "Gen. Ducret said defeating ISIS will ..."] [p "Courtesy of French army"]
            [p "Gen. Ducret said defeating ISIS will ..." (removed: duplicate_text)]
            [p "Even as Iraqi forces ..."] ...
    After:  [p "Gen. Ducret said ..." -> removed: summary]; summary = "Gen. Ducret said ..."

    A paragraph shown once is left in the body: without the repeat, a standfirst cannot be
    told from a first paragraph in a text dump.
    """

    name: ClassVar[str] = "summary"

    def run(self, page: Page) -> Page:
        repeats = [m.block_id for m in page.marks.values() if m.reason is Reason.DUPLICATE_TEXT]
        if not repeats:
            return page
        total = sum(len(b.text) for b in page.blocks) or 1
        before = 0
        originals = {
            original: repeat
            for repeat, original in first_occurrences(page.blocks[: max(repeats) + 1]).items()
        }
        for block in page.blocks:
            repeat = originals.get(block.id)
            if (
                repeat is not None
                and repeat - block.id <= SETTINGS.max_gap
                and not page.is_removed(block.id)
            ):
                if before / total > SETTINGS.max_share_before:
                    return page
                page = page.with_marks([Mark(block.id, Reason.SUMMARY, self.name)])
                return page.with_field(
                    "summary", Field(block.text, "text:repeated_standfirst", block.id)
                )
            before += len(block.text)
        return page
