"""Record -> bytes in each output format (json, jsonl, text, markdown)."""

from __future__ import annotations

from enum import StrEnum

from cleaner.record import Record

__all__ = ["OutputFormat", "format_record"]


class OutputFormat(StrEnum):
    JSON = "json"
    JSONL = "jsonl"
    TEXT = "text"
    MARKDOWN = "markdown"


def _markdown(record: Record) -> str:
    parts = []
    if record.title:
        parts.append(f"# {record.title}")
    byline = " · ".join(
        x
        for x in (
            "By " + ", ".join(record.authors) if record.authors else "",
            record.published or "",
        )
        if x
    )
    if byline:
        parts.append(f"*{byline}*")
    if record.summary:
        parts.append(f"> {record.summary}")
    kinds = record.kinds if len(record.kinds) == len(record.paragraphs) else ()
    for index, paragraph in enumerate(record.paragraphs):
        kind = kinds[index] if kinds else "paragraph"
        if kind == "heading":
            parts.append(f"## {paragraph}")
        elif kind == "list_item":
            parts.append(f"- {paragraph}")
        elif kind == "quote":
            parts.append(f"> {paragraph}")
        elif kind == "pre":
            parts.append(f"```\n{paragraph}\n```")
        else:
            parts.append(paragraph)
    return "\n\n".join(parts) + "\n"


def format_record(record: Record, output_format: OutputFormat) -> bytes:
    """Serialise one record; every format ends with a newline.

    >>> format_record(Record(source="-", title="T", body="B"), OutputFormat.TEXT)
    b'T\\n\\nB\\n'
    >>> format_record(Record(source="-", title="T", body="B"), OutputFormat.MARKDOWN)
    b'# T\\n\\nB\\n'
    """
    if output_format is OutputFormat.JSON:
        return record.to_json(indent=True)
    if output_format is OutputFormat.JSONL:
        return record.to_json()
    if output_format is OutputFormat.MARKDOWN:
        return _markdown(record).encode("utf-8")
    text = "\n\n".join(x for x in (record.title, record.body) if x)
    return (text + "\n").encode("utf-8")
