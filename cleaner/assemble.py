"""Marked page -> article record, holding what the caller asked for (:class:`RecordOptions`).

The pipeline decides what is article; this module only reads its decisions. Output options
(removed blocks, comments, tables) are applied here, so they never change how a page is
cleaned.

>>> from cleaner.blocks import Block, BlockKind, Mark
>>> blocks = (Block(0, "Menu"), Block(1, "Prose."), Block(2, "a | b", BlockKind.TABLE))
>>> page = Page("-", "text", blocks)
>>> page = page.with_marks([Mark(0, "navigation_run", "navigation")])
>>> assemble(page).body
'Prose.\\n\\na | b'
>>> assemble(page, RecordOptions(tables=False, with_removed=True)).removed[-1].reason
'table_excluded'
"""

from __future__ import annotations

from cleaner.blocks import Block, BlockKind, Field, Page
from cleaner.extractors.summary import record_summary
from cleaner.reasons import Reason
from cleaner.record import Record, RecordOptions, Removed

__all__ = ["COMMENT_SECTION", "TABLE_EXCLUDED", "assemble"]

# The HTML front end's reason for blocks inside a reader-comment section (DomFeatures).
COMMENT_SECTION = Reason.COMMENT_SECTION
# Reason of a table row left out of the body because tables were not asked for.
TABLE_EXCLUDED = "table_excluded"
_OPTIONS = "options"  # the "extractor" of what an output option left out
_DEFAULT = RecordOptions()


def _text(field: Field | None) -> str | None:
    if field is None:
        return None
    value = field.value
    return value if isinstance(value, str) else "; ".join(value)


def _names(field: Field | None) -> tuple[str, ...]:
    if field is None:
        return ()
    return (field.value,) if isinstance(field.value, str) else tuple(field.value)


def _body_blocks(page: Page, options: RecordOptions) -> tuple[list[Block], list[Block]]:
    """The blocks of the body, and the kept ones an option left out."""
    kept = page.kept()
    if options.tables:
        return kept, []
    body = [b for b in kept if b.kind is not BlockKind.TABLE]
    return body, [b for b in kept if b.kind is BlockKind.TABLE]


def _removed(page: Page, left_out: list[Block]) -> tuple[Removed, ...]:
    by_id = {block.id: block for block in page.blocks}
    marked = [
        (mark.block_id, Removed(mark.by, mark.reason, by_id[mark.block_id].text))
        for mark in page.marks.values()
    ]
    marked += [(b.id, Removed(_OPTIONS, TABLE_EXCLUDED, b.text)) for b in left_out]
    return tuple(removed for _, removed in sorted(marked, key=lambda pair: pair[0]))


def _comments(page: Page) -> str:
    """The text of the page's comment sections, as the HTML front end marked them.

    Headings ("12 comments", "Leave a reply") are left out. A text dump has no markup to
    tell a comment from prose, so its comments are always empty.
    """
    return "\n\n".join(
        block.text
        for block in page.blocks
        if block.dom is not None
        and block.dom.boilerplate == COMMENT_SECTION
        and block.kind is not BlockKind.HEADING
    )


def _summary(summary: str | None, body: list[Block]) -> str | None:
    # Never a teaser, never a copy of the first paragraph: the record would carry the same
    # text twice (issue 13: the summary repeated the first paragraph on a third of pages).
    return record_summary(summary, body[0].text if body else None)


def assemble(page: Page, options: RecordOptions = _DEFAULT) -> Record:
    """Build the record from the fields and the blocks no step removed."""
    body, left_out = _body_blocks(page, options)
    fields = page.fields
    return Record(
        source=page.source,
        url=_text(fields.get("url")),
        title=_text(fields.get("title")),
        summary=_summary(_text(fields.get("summary")), body),
        authors=_names(fields.get("authors")),
        published=_text(fields.get("published")),
        modified=_text(fields.get("modified")),
        publisher=_text(fields.get("publisher")),
        language=_text(fields.get("language")),
        body="\n\n".join(block.text for block in body),
        removed=_removed(page, left_out) if options.with_removed else None,
        comments=_comments(page) if options.comments else None,
        kinds=tuple(block.kind.value for block in body),
    )
