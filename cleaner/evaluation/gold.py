"""Read gold annotations and extracted records from JSON Lines files, matched by page id.

Two gold kinds share one loader: article-extraction-benchmark rows ``{"id", "url", "body"}``
and trafilatura-evaluation rows ``{"id", "url", "with", "without", "title", "author", "date"}``.
A record is matched to its gold row by ``id``: the record's own ``"id"`` key when it has one,
otherwise the file name of its ``"source"`` without the ``.txt``/``.html``/``.gz`` extensions.

>>> record_id({"source": "../shared/bench/aeb/html/0a1b.html.gz", "body": ""})
'0a1b'
>>> record_id({"id": "x7", "source": "-"})
'x7'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any

import orjson

__all__ = [
    "GoldFormatError",
    "load_gold",
    "load_records",
    "read_jsonl",
    "record_id",
]

# Extensions a benchmark file name may carry after its id ("<id>.html.gz", "<id>.txt").
_ID_EXTENSIONS = (".gz", ".html", ".htm", ".txt")


class GoldFormatError(ValueError):
    """A JSON Lines file holds a line that is not a JSON object, or a row without an id."""


def read_jsonl(stream: IO[bytes]) -> Iterator[dict[str, Any]]:
    """Yield the JSON object on each non-blank line; raise GoldFormatError naming the line.

    >>> import io
    >>> list(read_jsonl(io.BytesIO(b'{"id": "a"}\\n\\n{"id": "b"}\\n')))
    [{'id': 'a'}, {'id': 'b'}]
    """
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            row = orjson.loads(line)
        except orjson.JSONDecodeError as error:
            raise GoldFormatError(f"line {number}: not valid JSON ({error})") from None
        if not isinstance(row, dict):
            raise GoldFormatError(f"line {number}: expected a JSON object")
        yield row


def record_id(record: dict[str, Any]) -> str | None:
    """The gold id a record belongs to, or None when it names neither an id nor a source."""
    if record.get("id"):
        return str(record["id"])
    source = record.get("source")
    if not source or source == "-":
        return None
    name = PurePosixPath(str(source).replace("\\", "/")).name
    stripped = True
    while stripped:  # "<id>.html.gz" loses both extensions, "<id>.v2.txt" keeps ".v2"
        stripped = False
        for extension in _ID_EXTENSIONS:
            if name.lower().endswith(extension) and len(name) > len(extension):
                name, stripped = name[: -len(extension)], True
    return name


def _gold_id(row: dict[str, Any]) -> str | None:
    return str(row["id"]) if row.get("id") else None


def _index(
    rows: Iterable[dict[str, Any]], identify: Callable[[dict[str, Any]], str | None]
) -> dict[str, dict[str, Any]]:
    indexed: dict[str, dict[str, Any]] = {}
    for number, row in enumerate(rows, start=1):
        identifier = identify(row)
        if identifier is None:
            raise GoldFormatError(f"row {number}: no id to match it by")
        indexed[identifier] = row  # a later row for the same page replaces an earlier one
    return indexed


def load_gold(path: Path | str) -> dict[str, dict[str, Any]]:
    """Gold rows by id. Raises OSError when unreadable, GoldFormatError when malformed."""
    with open(path, "rb") as stream:
        return _index(read_jsonl(stream), _gold_id)


def load_records(path: Path | str | IO[bytes]) -> dict[str, dict[str, Any]]:
    """Record dicts by gold id (see :func:`record_id`); ``path`` may be an open binary stream."""
    if isinstance(path, Path | str):
        with open(path, "rb") as stream:
            return _index(read_jsonl(stream), record_id)
    return _index(read_jsonl(path), record_id)
