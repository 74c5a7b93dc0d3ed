"""Record -> plain text or Markdown, each document opened by a front-matter header.

Every document starts with a YAML front matter block (``---`` lines around ``title``,
``authors``, ``date``, ``source`` and ``url``, values written as JSON, which YAML reads), as
trafilatura's text and Markdown outputs with metadata do. Several documents in one stream
are thus separated by a line that cannot be mistaken for the article: the next header.

Markdown renders the body's block kinds (headings, list items, quotes, code, GFM tables);
text keeps the paragraphs as they are. The summary is shown in Markdown unless the first
paragraph already holds it. ``links`` are written as ``[text](url)`` in both; comments and
removed blocks (when the record has them) follow the body in a section of their own.

>>> from cleaner.record import Record
>>> record = Record(source="a.html", title="T", authors=("A",), body="One.\\n\\nTwo.")
>>> print(to_text(record), end="")
---
title: "T"
authors: ["A"]
date: null
source: "a.html"
url: null
---
<BLANKLINE>
One.
<BLANKLINE>
Two.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import orjson

from cleaner.record import Link, Record

__all__ = ["front_matter", "gfm_table", "table_rows", "to_markdown", "to_text", "with_links"]

_COLUMN_GAP = re.compile(r"\s{2,}")
_MARKDOWN_PREFIX = {"heading": "## ", "list_item": "- ", "quote": "> "}


def _json(value: object) -> str:
    return orjson.dumps(value).decode("utf-8")


def front_matter(record: Record) -> str:
    """The header: ``---``, one ``key: value`` line per field, ``---``."""
    fields = {
        "title": record.title,
        "authors": list(record.authors),
        "date": record.published,
        "source": record.source,
        "url": record.url,
    }
    lines = [f"{key}: {_json(value)}" for key, value in fields.items()]
    return "\n".join(["---", *lines, "---"])


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _escape_cell(text: str) -> str:
    return text.replace("|", "\\|")


def _cells(row: str) -> list[str]:
    # The HTML front end joins cells with " | "; a layout dump draws columns 2+ spaces apart.
    cells = row.split(" | ") if " | " in row else _COLUMN_GAP.split(row.strip())
    return [cell.strip() for cell in cells]


def table_rows(paragraphs: Sequence[str]) -> list[list[str]]:
    """The cells of table paragraphs (a row each, or a layout dump's rows on lines of one),
    every row padded to the same number of cells.

    >>> table_rows(["Team | Points", "Leeds | 12", "York  3\\nHull"])
    [['Team', 'Points'], ['Leeds', '12'], ['York', '3'], ['Hull', '']]
    """
    rows = [_cells(line) for p in paragraphs for line in p.split("\n") if line.strip()]
    width = max((len(cells) for cells in rows), default=1)
    return [cells + [""] * (width - len(cells)) for cells in rows]


def gfm_table(paragraphs: Sequence[str]) -> str:
    """Table paragraphs as a GitHub-flavoured Markdown table, the first row as its header.

    >>> print(gfm_table(["Team | Points", "Leeds | 12", "York  3"]))
    | Team | Points |
    | --- | --- |
    | Leeds | 12 |
    | York | 3 |
    """
    rows = table_rows(paragraphs)
    lines = ["| " + " | ".join(_escape_cell(cell) for cell in cells) + " |" for cells in rows]
    width = len(rows[0]) if rows else 1
    lines.insert(1, "| " + " | ".join(["---"] * width) + " |")
    return "\n".join(lines)


def _escape_label(label: str) -> str:
    return label.replace("[", "\\[").replace("]", "\\]")


def _escape_url(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def with_links(paragraph: str, links: Sequence[Link]) -> str:
    """``paragraph`` with each link's text, in order, written as ``[text](url)``.

    >>> with_links("See the report and the map.", [Link(0, "the map", "https://x.org/m")])
    'See the report and [the map](https://x.org/m).'
    """
    out, cursor = [], 0
    for link in links:
        at = paragraph.find(link.text, cursor)
        if at < 0:
            continue
        out.append(paragraph[cursor:at])
        out.append(f"[{_escape_label(link.text)}]({_escape_url(link.url)})")
        cursor = at + len(link.text)
    out.append(paragraph[cursor:])
    return "".join(out)


def _linked_paragraphs(record: Record) -> list[str]:
    paragraphs = record.paragraphs
    if not record.links:
        return paragraphs
    by_paragraph: dict[int, list[Link]] = {}
    for link in record.links:
        by_paragraph.setdefault(link.paragraph, []).append(link)
    return [with_links(p, by_paragraph.get(i, [])) for i, p in enumerate(paragraphs)]


def _markdown_blocks(record: Record, paragraphs: list[str]) -> Iterator[str]:
    kinds = (
        record.kinds if len(record.kinds) == len(paragraphs) else ("paragraph",) * len(paragraphs)
    )
    table: list[str] = []
    for kind, paragraph in zip(kinds, paragraphs, strict=True):
        if kind == "table":
            table.append(paragraph)
            continue
        if table:
            yield gfm_table(table)
            table = []
        if kind == "pre":
            yield f"```\n{paragraph}\n```"
        else:
            yield _MARKDOWN_PREFIX.get(kind, "") + paragraph
    if table:
        yield gfm_table(table)


def _removed_table(record: Record) -> str:
    rows = [
        f"| {r.extractor} | {r.reason} | {_escape_cell(_one_line(r.text))} |"
        for r in record.removed or ()
    ]
    return "\n".join(["| extractor | reason | text |", "| --- | --- | --- |", *rows])


def to_markdown(record: Record) -> str:
    """The record as Markdown: header, title, byline, summary, body, then extra sections."""
    parts = [front_matter(record)]
    if record.title:
        parts.append(f"# {record.title}")
    byline = " · ".join(
        x
        for x in ("By " + ", ".join(record.authors) if record.authors else "", record.published)
        if x
    )
    if byline:
        parts.append(f"*{byline}*")
    if record.summary and not record.summary_is_repeated:
        parts.append(f"> {record.summary}")
    parts.extend(_markdown_blocks(record, _linked_paragraphs(record)))
    if record.comments:
        parts += ["* * *", "**Comments**", record.comments]
    if record.removed is not None:
        parts += ["* * *", "**Removed by cleaner**", _removed_table(record)]
    return "\n\n".join(parts) + "\n"


def to_text(record: Record) -> str:
    """The record as plain text: header, then the body's paragraphs as they are."""
    parts = [front_matter(record), *_linked_paragraphs(record)]
    if record.comments:
        parts += ["== Comments ==", record.comments]
    if record.removed is not None:
        lines = [f"{r.extractor} ({r.reason}): {_one_line(r.text)}" for r in record.removed]
        parts += ["== Removed ==", *(["\n".join(lines)] if lines else [])]
    return "\n\n".join(parts) + "\n"
