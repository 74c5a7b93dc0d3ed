"""Record -> bytes in each output format, and a writer that frames several records.

json and jsonl carry every key of the record; text and markdown open each document with a
front-matter header (:mod:`cleaner.io.text_formats`); xml follows trafilatura's layout
(:mod:`cleaner.io.xml_format`); csv is one row per record under a header row. What a format
cannot hold is refused before anything is cleaned (:func:`refused_options`): csv has one
cell per field, so no removed blocks and no links.

>>> format_record(Record(source="-", title="T", body="B"), OutputFormat.JSONL)[:27]
b'{"source":"-","url":null,"f'
"""

from __future__ import annotations

import csv
import io
from enum import StrEnum
from typing import BinaryIO

from cleaner.io.text_formats import to_markdown, to_text
from cleaner.io.xml_format import to_xml
from cleaner.record import RECORD_KEYS, Record, RecordOptions

__all__ = ["EXTENSIONS", "OutputFormat", "RecordWriter", "format_record", "refused_options"]


class OutputFormat(StrEnum):
    JSON = "json"
    JSONL = "jsonl"
    TEXT = "text"
    MARKDOWN = "markdown"
    XML = "xml"
    CSV = "csv"


# File extension of each format, for --output-dir.
EXTENSIONS = {
    OutputFormat.JSON: ".json",
    OutputFormat.JSONL: ".jsonl",
    OutputFormat.TEXT: ".txt",
    OutputFormat.MARKDOWN: ".md",
    OutputFormat.XML: ".xml",
    OutputFormat.CSV: ".csv",
}


def refused_options(output_format: OutputFormat, options: RecordOptions) -> list[str]:
    """The flags ``output_format`` cannot write, as the user typed them.

    >>> refused_options(OutputFormat.CSV, RecordOptions(with_removed=True, links=True))
    ['--with-removed', '--links']
    >>> refused_options(OutputFormat.MARKDOWN, RecordOptions(with_removed=True))
    []
    """
    if output_format is not OutputFormat.CSV:
        return []
    return [
        flag
        for flag, asked in (("--with-removed", options.with_removed), ("--links", options.links))
        if asked
    ]


def _csv_columns(record: Record) -> list[str]:
    return [*RECORD_KEYS, "comments"] if record.comments is not None else list(RECORD_KEYS)


def _csv_row(record: Record, *, header: bool) -> bytes:
    data = record.to_dict()
    data["authors"] = "; ".join(record.authors)
    columns = _csv_columns(record)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if header:
        writer.writerow(columns)
    writer.writerow(["" if data.get(c) is None else data[c] for c in columns])
    return buffer.getvalue().encode("utf-8")


def format_record(record: Record, output_format: OutputFormat) -> bytes:
    """Serialise one record as a document of its own; every format ends with a newline.

    >>> row = format_record(Record(source="-", title="T", body="B"), OutputFormat.CSV)
    >>> print(row.decode(), end="")
    source,url,fetched,title,summary,authors,published,modified,publisher,language,body
    -,,,T,,,,,,,B
    """
    if output_format is OutputFormat.JSON:
        return record.to_json(indent=True)
    if output_format is OutputFormat.JSONL:
        return record.to_json()
    if output_format is OutputFormat.MARKDOWN:
        return to_markdown(record).encode("utf-8")
    if output_format is OutputFormat.XML:
        return (to_xml(record) + "\n").encode("utf-8")
    if output_format is OutputFormat.CSV:
        return _csv_row(record, header=True)
    return to_text(record).encode("utf-8")


class RecordWriter:
    """Writes records one after another as one well-formed output.

    ``several`` says whether more than one record may come: then json is one array, xml one
    ``<docs>`` element, csv one header row, and text/markdown documents are separated by a
    blank line before the next header.
    """

    def __init__(self, out: BinaryIO, output_format: OutputFormat, *, several: bool) -> None:
        self._out, self._format, self._several, self._written = out, output_format, several, 0
        if several and output_format is OutputFormat.JSON:
            out.write(b"[\n")
        elif several and output_format is OutputFormat.XML:
            out.write(b"<docs>\n")

    def write(self, record: Record) -> None:
        first = self._written == 0
        if self._format is OutputFormat.CSV:
            data = _csv_row(record, header=first)
        else:
            data = format_record(record, self._format)
        if self._several and self._format is OutputFormat.JSON:
            data = (b"" if first else b",\n") + data.rstrip(b"\n")
        elif not first and self._format in (OutputFormat.TEXT, OutputFormat.MARKDOWN):
            data = b"\n" + data
        self._out.write(data)
        self._written += 1

    def close(self) -> None:
        if self._several and self._format is OutputFormat.JSON:
            self._out.write(b"\n]\n" if self._written else b"]\n")
        elif self._several and self._format is OutputFormat.XML:
            self._out.write(b"</docs>\n")
