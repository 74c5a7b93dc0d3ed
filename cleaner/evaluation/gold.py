"""Read gold annotations and extracted records from JSON Lines files, and match them.

Every gold kind shares one loader: article-extraction-benchmark rows ``{"id", "url", "body"}``,
trafilatura-evaluation rows ``{"id", "url", "with", "without", "title", "author", "date"}``,
WCXB rows (both, plus ``"type"``) and fundus rows (``body``, title, author, date).

A record is matched to a gold row (:func:`match_records`) by, in this order:

1. its own ``"id"`` key;
2. the stem of its ``"source"``: the file name without ``.txt``/``.html``/``.gz`` extensions
   (:func:`source_stem`), except for a member of an archive or JSONL file
   (``crawl.warc.gz#3``, ``pages.jsonl#L12``), whose file name names the container, not the page;
3. its ``"url"``, compared after light normalisation (:func:`normalise_url`).

>>> record_id({"source": "../shared/bench/aeb/html/0a1b.html.gz", "body": ""})
'0a1b'
>>> record_id({"id": "x7", "source": "-"})
'x7'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any
from urllib.parse import urlsplit

import orjson

__all__ = [
    "GoldFormatError",
    "Matching",
    "load_gold",
    "match_records",
    "normalise_url",
    "read_jsonl",
    "read_records",
    "record_id",
    "source_stem",
]

# Extensions a benchmark file name may carry after its id ("<id>.html.gz", "<id>.txt").
_ID_EXTENSIONS = (".gz", ".html", ".htm", ".txt")
# `cleaner batch` names a page inside a container "<file>#<offset>" (WARC/ARC record) or
# "<file>#L<line>" (JSONL line): the file name is the container's, so it identifies no page.
_MEMBER = re.compile(r"#L?\d+$")


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


def record_id(record: Mapping[str, Any]) -> str | None:
    """The gold id a record belongs to, or None when it names neither an id nor a source."""
    if record.get("id"):
        return str(record["id"])
    return source_stem(record)


def source_stem(record: Mapping[str, Any]) -> str | None:
    """The record's source file name without page extensions; None for stdin or no source.

    >>> source_stem({"source": "out/0042.html.gz"}), source_stem({"source": "c.warc.gz#3"})
    ('0042', None)
    """
    source = record.get("source")
    if not source or source == "-" or _MEMBER.search(str(source)):
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


def read_records(path: Path | str | IO[bytes]) -> list[dict[str, Any]]:
    """Every record of a JSON Lines file, in order; ``path`` may be an open binary stream."""
    if isinstance(path, Path | str):
        with open(path, "rb") as stream:
            return list(read_jsonl(stream))
    return list(read_jsonl(path))


def normalise_url(url: object) -> str | None:
    """A URL in the form used for matching: scheme, ``www.``, fragment and a trailing slash
    do not count, nor does the case of the host. None when there is no URL.

    >>> normalise_url("https://WWW.Example.com/a/b/?q=1#top"), normalise_url(" ")
    ('example.com/a/b?q=1', None)
    """
    text = str(url or "").strip()
    if not text:
        return None
    parts = urlsplit(text)
    if not parts.netloc:  # not an absolute URL: compare the text as it is
        return text
    host = parts.netloc.lower().removeprefix("www.")
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{parts.path.rstrip('/')}{query}"


@dataclass(frozen=True, slots=True)
class Matching:
    """Records by the gold id they matched, and how the matching went."""

    records: dict[str, dict[str, Any]]
    how: Counter[str] = field(default_factory=Counter)  # "id" / "source" / "url" -> records
    unmatched: tuple[str, ...] = ()  # records that match no gold row (source, url or "#n")
    duplicates: int = 0  # records for a gold row that an earlier record matched (replaced it)


def _gold_by_url(gold: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    by_url: dict[str, str] = {}
    for identifier, row in gold.items():
        url = normalise_url(row.get("url"))
        if url is not None:
            by_url.setdefault(url, identifier)  # two rows with one URL: the first one
    return by_url


def _describe(record: Mapping[str, Any], number: int) -> str:
    return str(record.get("source") or record.get("url") or record.get("id") or f"#{number}")


def match_records(
    records: Iterable[Mapping[str, Any]], gold: Mapping[str, Mapping[str, Any]]
) -> Matching:
    """Match each record to a gold row by id, then source stem, then URL (see above).

    >>> gold = {"p1": {"url": "https://a.org/x"}, "p2": {"url": "https://a.org/y"}}
    >>> matching = match_records([{"source": "c.warc.gz#0", "url": "http://a.org/y/"},
    ...                           {"source": "d/p1.html"}, {"source": "d/zz.html"}], gold)
    >>> sorted(matching.records), dict(matching.how), matching.unmatched
    (['p1', 'p2'], {'url': 1, 'source': 1}, ('d/zz.html',))
    """
    by_url = _gold_by_url(gold)
    matched: dict[str, dict[str, Any]] = {}
    how: Counter[str] = Counter()
    unmatched: list[str] = []
    duplicates = 0
    for number, record in enumerate(records, start=1):
        candidates = (
            ("id", str(record["id"]) if record.get("id") else None),
            ("source", source_stem(record)),
            ("url", by_url.get(normalise_url(record.get("url")) or "")),
        )
        found = next(((by, key) for by, key in candidates if key and key in gold), None)
        if found is None:
            unmatched.append(_describe(record, number))
            continue
        by, key = found
        duplicates += key in matched
        matched[key] = dict(record)
        how[by] += 1
    return Matching(matched, how, tuple(unmatched), duplicates)
