"""Navigation runs: many short, link-like lines in a row."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import Block, BlockKind, Mark, Page, TextStats
from cleaner.config import CleanerConfig
from cleaner.extractors.features import CLOCK_STAMP, block_stats
from cleaner.extractors.markup import is_listing

__all__ = ["NavigationExtractor"]

NAVIGATION_RUN = "navigation_run"
# Fewer short lines in a row are subheadings, datelines or a short quote, not a menu.
_MIN_RUN = 3


# A clock time or date alone on a line stamps a live-blog entry or a story; it is no menu item.
_DATE_STAMP = re.compile(r"^\W*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\W*$")


def _is_link_like(block: Block, features: TextStats | None, max_words: int) -> bool:
    if block.dom is not None:
        # With markup we know what is a link: short unlinked rows (table cells, a fact
        # box) are content.
        return block.dom.link_density > 0.5 and block.kind is not BlockKind.TABLE
    if features is None or features.words > max_words or features.ends_sentence:
        return False
    return not (CLOCK_STAMP.match(block.text) or _DATE_STAMP.match(block.text))


@dataclass(frozen=True)
class NavigationExtractor:
    """Mark runs of three or more short, sentence-less blocks (menus, section lists, footers).

    Before: [p "Home"] [p "World"] [p "Business"] [p "Sport"] [p "The council voted ..."]
    After:  [p "Home" -> removed: navigation_run] ... [p "Sport" -> removed: navigation_run]
            [p "The council voted ..."]
    """

    name: ClassVar[str] = "navigation"

    def run(self, page: Page, config: CleanerConfig) -> Page:
        if is_listing(page):
            return page  # a listing's items are runs of short lines, and they are the content
        run: list[int] = []
        marks: list[Mark] = []
        for block, features in zip(page.blocks, block_stats(page), strict=True):
            if _is_link_like(block, features, config.max_nav_words):
                run.append(block.id)
                continue
            if len(run) >= _MIN_RUN:
                marks.extend(Mark(i, NAVIGATION_RUN, self.name) for i in run)
            run = []
        if len(run) >= _MIN_RUN:
            marks.extend(Mark(i, NAVIGATION_RUN, self.name) for i in run)
        return page.with_marks(marks)
