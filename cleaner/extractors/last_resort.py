"""When the steps left nothing of an HTML page's chosen content, give back what only its shape
removed.

The HTML front end chooses the element that holds the content; the steps then drop the blocks
inside it that look like chrome. On a page whose content is a heading alone (a forum topic
whose posts load later), a category list or a short link list, those shape rules (a heading
with nothing under it, a list of short links, a run of short lines) take every block, and the
page comes out empty, where the chosen element was the content. This step runs last and only
on such a page: blocks inside the chosen content that were removed for their shape or place
alone (:attr:`~cleaner.reasons.Trait.BY_SHAPE`) are kept again. Blocks removed on evidence
(a cookie notice's words, a box named "newsletter", a byline, the title) stay removed, and a
page with any text left is not touched.

Before: [h1 "Power banks and radios for the road" (in content) -> removed: orphan_heading]
After:  [h1 "Power banks and radios for the road" (in content) -> kept], note content_restored
"""

from __future__ import annotations

import dataclasses
from types import MappingProxyType
from typing import ClassVar

from cleaner.blocks import Block, Note, Page
from cleaner.reasons import Trait, reasons_with

__all__ = ["CONTENT_RESTORED", "LastResortExtractor"]

CONTENT_RESTORED = "content_restored"  # Note code: shape-removed content kept again
_BY_SHAPE = reasons_with(Trait.BY_SHAPE)


def _has_text(blocks: list[Block]) -> bool:
    return any(any(ch.isalnum() for ch in b.text) for b in blocks)


class LastResortExtractor:
    """Keep the chosen content's shape-removed blocks when nothing else is left."""

    name: ClassVar[str] = "last_resort"

    def run(self, page: Page) -> Page:
        if page.input_type != "html" or _has_text(page.kept()):
            return page
        restored = [
            b
            for b in page.blocks
            if b.dom is not None
            and b.dom.in_article
            and b.id in page.marks
            and page.marks[b.id].reason in _BY_SHAPE
        ]
        if not _has_text(restored):
            return page
        back = {b.id for b in restored}
        marks = {i: mark for i, mark in page.marks.items() if i not in back}
        words = sum(b.words for b in restored)
        reasons = sorted({page.marks[b.id].reason.value for b in restored})
        detail = (
            f"the steps left no text; {len(restored)} blocks ({words} words) of the chosen "
            f"content removed only for their shape ({', '.join(reasons)}) are kept"
        )
        # The one step that takes marks back: the note says which, so explain still shows it.
        return dataclasses.replace(
            page,
            marks=MappingProxyType(marks),
            notes=(*page.notes, Note(self.name, CONTENT_RESTORED, detail)),
        )
