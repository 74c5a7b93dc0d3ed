"""Marked page -> article record."""

from __future__ import annotations

from cleaner.blocks import Field, Page
from cleaner.config import CleanerConfig
from cleaner.record import Record, Removed

__all__ = ["assemble"]


def _text(field: Field | None) -> str | None:
    if field is None:
        return None
    value = field.value
    return value if isinstance(value, str) else "; ".join(value)


def _names(field: Field | None) -> tuple[str, ...]:
    if field is None:
        return ()
    return (field.value,) if isinstance(field.value, str) else tuple(field.value)


def body_text(page: Page) -> str:
    """The body: kept blocks in page order, one blank line between paragraphs."""
    return "\n\n".join(block.text for block in page.kept())


def assemble(page: Page, config: CleanerConfig) -> Record:
    """Build the record from the fields and the blocks no step removed."""
    removed = None
    if config.with_removed:
        by_id = {block.id: block for block in page.blocks}
        removed = tuple(
            Removed(mark.by, mark.reason, by_id[mark.block_id].text)
            for mark in sorted(page.marks.values(), key=lambda m: m.block_id)
        )
    fields = page.fields
    return Record(
        source=page.source,
        url=_text(fields.get("url")),
        title=_text(fields.get("title")),
        summary=_text(fields.get("summary")),
        authors=_names(fields.get("authors")),
        published=_text(fields.get("published")),
        modified=_text(fields.get("modified")),
        publisher=_text(fields.get("publisher")),
        language=_text(fields.get("language")),
        body=body_text(page),
        removed=removed,
        kinds=tuple(block.kind.value for block in page.kept()),
    )
