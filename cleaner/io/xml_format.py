"""Record -> XML in trafilatura's layout, so that a pipeline reading its ``--xml`` output can
read cleaner's.

The root is ``<doc>`` with trafilatura's metadata attributes (``title``, ``author`` joined
by ``"; "``, ``date`` as YYYY-MM-DD, ``url``, ``hostname``, ``sitename``, ``description``,
``language``), plus cleaner's own (``source``, ``published``, ``modified``, ``fetched``).
``<main>`` holds the body as trafilatura writes it: ``<p>``, ``<head rend="h2">``,
``<list rend="ul"><item>``, ``<quote>``, ``<code>``, ``<table><row><cell>`` (the first row's
cells with ``role="head"``) and ``<ref target>`` for links; ``<comments>`` follows, empty
when there are none. With removed blocks, ``<removed>`` comes last (trafilatura has none).
Several documents are wrapped in one ``<docs>`` element, so the output stays one XML document.

>>> from cleaner.record import Record
>>> print(to_xml(Record(source="a.html", title="T", body="One & two."), pretty=False))
<doc title="T" source="a.html"><main><p>One &amp; two.</p></main><comments/></doc>
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from urllib.parse import urlsplit

from lxml import etree

from cleaner.io.text_formats import table_rows
from cleaner.record import Link, Record

__all__ = ["build", "to_xml"]

# Characters XML 1.0 cannot hold (C0 controls but tab/LF/CR, surrogates, U+FFFE/FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ELEMENT = {"heading": "head", "quote": "quote", "pre": "code"}


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _attributes(record: Record) -> dict[str, str]:
    hostname = urlsplit(record.url).hostname if record.url else None
    values = {
        "sitename": record.publisher,
        "title": record.title,
        "author": "; ".join(record.authors) or None,
        "date": record.published[:10] if record.published else None,
        "url": record.url,
        "hostname": hostname,
        "description": record.summary,
        "language": record.language,
        "source": record.source,
        "published": record.published,
        "modified": record.modified,
        "fetched": record.fetched,
    }
    return {key: _clean(value) for key, value in values.items() if value}


def _fill(element: etree._Element, text: str, links: Sequence[Link]) -> None:
    """Set ``element``'s text, with each link's text as a ``<ref target>`` child."""
    cursor, last = 0, None
    for link in links:
        at = text.find(link.text, cursor)
        if at < 0:
            continue
        before = _clean(text[cursor:at])
        if last is None:
            element.text = before
        else:
            last.tail = before
        last = etree.SubElement(element, "ref", target=_clean(link.url))
        last.text = _clean(link.text)
        cursor = at + len(link.text)
    rest = _clean(text[cursor:])
    if last is None:
        element.text = rest
    else:
        last.tail = rest


def _table(parent: etree._Element, rows: list[list[str]]) -> None:
    table = etree.SubElement(parent, "table")
    for number, cells in enumerate(rows):
        row = etree.SubElement(table, "row")
        for text in cells:
            cell = (
                etree.SubElement(row, "cell", role="head")
                if number == 0
                else etree.SubElement(row, "cell")
            )
            cell.text = _clean(text)


def _runs(record: Record) -> Iterator[tuple[str, list[int]]]:
    """(kind, paragraph indices) of runs of list items and table rows; one index otherwise."""
    paragraphs = record.paragraphs
    kinds = (
        record.kinds if len(record.kinds) == len(paragraphs) else ("paragraph",) * len(paragraphs)
    )
    run_kind, run = "", []
    for index, kind in enumerate(kinds):
        if kind in ("list_item", "table") and kind == run_kind:
            run.append(index)
            continue
        if run:
            yield run_kind, run
        run_kind, run = kind, [index]
    if run:
        yield run_kind, run


def _main(doc: etree._Element, record: Record) -> None:
    main = etree.SubElement(doc, "main")
    paragraphs = record.paragraphs
    links: dict[int, list[Link]] = {}
    for link in record.links or ():
        links.setdefault(link.paragraph, []).append(link)
    for kind, indices in _runs(record):
        if kind == "table":
            _table(main, table_rows([paragraphs[i] for i in indices]))
            continue
        if kind == "list_item":
            parent = etree.SubElement(main, "list", rend="ul")
            for index in indices:
                _fill(etree.SubElement(parent, "item"), paragraphs[index], links.get(index, []))
            continue
        (index,) = indices
        element = etree.SubElement(main, _ELEMENT.get(kind, "p"))
        if kind == "heading":
            element.set("rend", "h2")
        _fill(element, paragraphs[index], links.get(index, []))


def build(record: Record) -> etree._Element:
    """The ``<doc>`` element of one record."""
    doc = etree.Element("doc", _attributes(record))
    _main(doc, record)
    comments = etree.SubElement(doc, "comments")
    for paragraph in (record.comments or "").split("\n\n"):
        if paragraph:
            etree.SubElement(comments, "p").text = _clean(paragraph)
    if record.removed is not None:
        removed = etree.SubElement(doc, "removed")
        for block in record.removed:
            entry = etree.SubElement(
                removed, "block", extractor=block.extractor, reason=block.reason
            )
            entry.text = _clean(block.text)
    return doc


def to_xml(record: Record, *, pretty: bool = True) -> str:
    """One record as a ``<doc>`` element (no XML declaration: the output is UTF-8)."""
    return etree.tostring(build(record), encoding="unicode", pretty_print=pretty).rstrip("\n")
