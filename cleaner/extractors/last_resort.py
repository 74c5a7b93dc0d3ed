"""When the steps left (next to) nothing of an HTML page's chosen content, give back what only
its shape removed.

The HTML front end chooses the element that holds the content; the steps then drop the blocks
inside it that look like chrome. On a page whose content is a heading alone (a forum topic
whose posts load later), a category list or a short link list, those shape rules (a heading
with nothing under it, a list of short links, a run of short lines) take every block, and the
page comes out empty, or with a few placeholders ("Loading..."), where the chosen element was
the content. This step runs last and only on such a page (see :class:`LastResortSettings`):
blocks inside the chosen content that were removed for their shape or place alone
(:attr:`~cleaner.reasons.Trait.BY_SHAPE`) are kept again. Blocks removed on evidence
(a cookie notice's words, a box named "newsletter", a byline, the title) stay removed, and a
page with a body of its own is not touched.

Before: [h1 "Power banks and radios for the road" (in content) -> removed: orphan_heading]
After:  [h1 "Power banks and radios for the road" (in content) -> kept], note content_restored
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from types import MappingProxyType
from typing import ClassVar

from cleaner.blocks import Block, Note, Page
from cleaner.html.content import text_size
from cleaner.reasons import Trait, reasons_with

__all__ = ["CONTENT_RESTORED", "LastResortExtractor", "LastResortSettings"]

CONTENT_RESTORED = "content_restored"  # Note code: shape-removed content kept again
_BY_SHAPE = reasons_with(Trait.BY_SHAPE)


def _has_text(blocks: list[Block]) -> bool:
    return any(any(ch.isalnum() for ch in b.text) for b in blocks)


@dataclass(frozen=True, slots=True)
class LastResortSettings:
    """When the body counts as nothing left (wcxb tune, html4 round)."""

    # A body of fewer words than this is nothing left (placeholders: "Loading..." x10; wcxb
    # tune 15 -> 30: a service page's 18 words beside 800 in shape-removed blocks, 0.02 -> 0.52,
    # check unchanged) ...
    max_kept_words: int = 30
    # ... when the content's shape-removed blocks hold this many times its words (a category
    # page: 11 words of placeholders, 60 of link lists in the chosen <main>).
    restore_factor: float = 2.0


class LastResortExtractor:
    """Keep the chosen content's shape-removed blocks when next to nothing else is left."""

    name: ClassVar[str] = "last_resort"

    def __init__(self, settings: LastResortSettings | None = None) -> None:
        self.settings = settings or LastResortSettings()

    def run(self, page: Page) -> Page:
        if page.input_type != "html":
            return page
        kept = page.kept()
        # Words as the content choice counts them: a CJK paragraph is one "word" of white space.
        left = sum(text_size(b.text) for b in kept) if _has_text(kept) else 0
        if left >= self.settings.max_kept_words:
            return page
        restored = [
            b
            for b in page.blocks
            if b.dom is not None
            and b.dom.in_article
            and b.id in page.marks
            and page.marks[b.id].reason in _BY_SHAPE
        ]
        words = sum(text_size(b.text) for b in restored)
        if not _has_text(restored) or words < self.settings.restore_factor * left:
            return page
        back = {b.id for b in restored}
        marks = {i: mark for i, mark in page.marks.items() if i not in back}
        reasons = sorted({page.marks[b.id].reason.value for b in restored})
        detail = (
            f"the steps left {left} words; {len(restored)} blocks ({words} words) of the chosen "
            f"content removed only for their shape ({', '.join(reasons)}) are kept"
        )
        # The one step that takes marks back: the note says which, so explain still shows it.
        return dataclasses.replace(
            page,
            marks=MappingProxyType(marks),
            notes=(*page.notes, Note(self.name, CONTENT_RESTORED, detail)),
        )
