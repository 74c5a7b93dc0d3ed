"""INPUTS -> a lazy stream of work items, in a stable order (so a resumed run sees the same keys).

An input is a directory (walked recursively, sorted, hidden entries and non-regular files
skipped, symlinked directories followed once so loops end), a document file (plain, ``.gz``
or ``.zst``), a WARC/ARC archive (each HTTP response with a page in it is one item, with
its target URI and capture date), a JSONL file of ``{"url", "html"}`` or ``{"text"}`` objects
(one item per line; a ``fetched`` or ``timestamp`` string is the capture date), a pipe
(``<(zcat page.html.gz)``: read here, since a worker cannot open this process's descriptors),
or ``-``: a list of such inputs on standard input, one per line (``find … | cleaner batch -``).

What kind a file is comes from its name (``.warc``, ``.arc``, ``.jsonl``, ``.ndjson``, each
optionally ``.gz``/``.zst``); anything else is a document, sniffed later from its bytes. A
pipe is an archive when its bytes start like one, JSONL with ``--jsonl``, else a document.

A directory walk takes pages only (:func:`is_page_file`): ``.html``, ``.htm``, ``.xhtml``,
``.txt`` (plain, ``.gz`` or ``.zst``), archives, and other uncompressed files whose first
bytes sniff as HTML. JSONL files are taken with ``--jsonl``; with ``--glob`` the patterns
decide instead. What is passed over is counted in ``skipped`` by reason. A file named on the
command line (or on standard input) is always taken: the user chose it.

>>> input_kind("crawl/CC-MAIN-0001.warc.gz")
<InputKind.ARCHIVE: 'archive'>
>>> input_kind("pages.jsonl.zst"), input_kind("page.html.gz")
(<InputKind.JSONL: 'jsonl'>, <InputKind.DOCUMENT: 'document'>)
"""

from __future__ import annotations

import contextlib
import dataclasses
import fnmatch
import os
import stat
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, BinaryIO

import orjson

from cleaner.batch.capture import capture_date
from cleaner.batch.compression import (
    GZIP_MAGIC,
    Compression,
    compression_for,
    open_decompressed,
    strip_compression_suffix,
)
from cleaner.batch.items import WorkItem
from cleaner.config import InputType
from cleaner.errors import CleanerError
from cleaner.io.names import STDIN
from cleaner.io.readers import read_stream
from cleaner.io.sniff import sniff_input_type

__all__ = [
    "STDIN",
    "InputKind",
    "InputOptions",
    "StdinIsPageError",
    "count_items",
    "input_kind",
    "is_page_file",
    "iter_items",
    "stdin_paths",
]

_ARCHIVE_SUFFIXES = (".warc", ".arc")
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
# What a directory walk takes as a page by its name (after .gz/.zst).
_PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt")
# Bytes read to sniff a file of another name, and to tell what a pipe holds.
_SNIFF_BYTES = 4096
_ARCHIVE_MAGIC = (b"WARC/", b"filedesc://")
# JSONL keys holding the capture date, in order of preference. Not "date": scrapers' output
# (trafilatura's JSON, for one) uses it for the publication date.
_JSONL_DATE_KEYS = ("fetched", "timestamp")
# Responses worth cleaning; images, scripts and style sheets in a crawl are skipped.
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/xml", "application/xml")


class InputKind(StrEnum):
    DOCUMENT = "document"
    ARCHIVE = "archive"
    JSONL = "jsonl"


def _never(path: str) -> bool:
    return False


@dataclass(frozen=True, slots=True, kw_only=True)
class InputOptions:
    """How to expand INPUTS.

    ``exclude`` names files the run writes itself (outputs inside an input directory);
    ``read_payloads=False`` only counts items (for the progress bar's total).
    """

    max_bytes: int
    globs: tuple[str, ...] = ()
    jsonl_field: str | None = None
    # Take JSONL files in directory walks, and read pipes as JSONL.
    jsonl: bool = False
    exclude: Callable[[str], bool] = field(default=_never)
    read_payloads: bool = True


def input_kind(path: str) -> InputKind:
    name = strip_compression_suffix(os.path.basename(path)).lower()
    if name.endswith(_ARCHIVE_SUFFIXES):
        return InputKind.ARCHIVE
    if name.endswith(_JSONL_SUFFIXES):
        return InputKind.JSONL
    return InputKind.DOCUMENT


def _failed(path: str, kind: str, message: str, suffix: str = "") -> WorkItem:
    return WorkItem(
        key=os.path.abspath(path) + suffix, source=path + suffix, failure=(kind, message)
    )


def _matches(root: str, path: str, globs: tuple[str, ...]) -> bool:
    name = os.path.basename(path)
    relative = os.path.relpath(path, root)
    return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(relative, g) for g in globs)


def _sniffs_as_html(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return True  # taken, so that the failure to read it becomes an error entry
    return bool(head) and sniff_input_type(head) is InputType.HTML


def is_page_file(path: str, *, jsonl: bool = False) -> str | None:
    """None when a directory walk takes ``path``, else the reason it is skipped.

    >>> is_page_file("crawl/a.html.gz"), is_page_file("x.jsonl"), is_page_file("x.zst")
    (None, 'jsonl_without_flag', 'not_a_page')
    """
    kind = input_kind(path)
    if kind is InputKind.ARCHIVE:
        return None
    if kind is InputKind.JSONL:
        return None if jsonl else "jsonl_without_flag"
    if strip_compression_suffix(path).lower().endswith(_PAGE_SUFFIXES):
        return None
    if compression_for(path) is Compression.NONE and _sniffs_as_html(path):
        return None
    return "not_a_page"


def _sorted_entries(path: str) -> list[os.DirEntry[str]]:
    with os.scandir(path) as entries:
        return sorted(entries, key=lambda entry: entry.name)


def _directory_identity(path: str) -> tuple[int, int]:
    stat = os.stat(path)
    return stat.st_dev, stat.st_ino


class _Walker:
    """Depth-first, sorted walk over directories; remembers directories already entered."""

    def __init__(self, options: InputOptions, skipped: Counter[str]) -> None:
        self._options = options
        self._skipped = skipped
        self._seen: set[tuple[int, int]] = set()

    def _enter(self, path: str) -> Iterator[os.DirEntry[str]] | WorkItem | None:
        try:
            identity = _directory_identity(path)
            if identity in self._seen:
                self._skipped["seen_directory"] += 1  # a symlink loop, or a directory twice
                return None
            self._seen.add(identity)
            return iter(_sorted_entries(path))
        except OSError as error:
            return _failed(path, "input", f"cannot list directory ({error.strerror or error})")

    def walk(self, root: str) -> Iterator[str | WorkItem]:
        """Yield the file paths under ``root``, or a failed item for a directory we cannot read."""
        first = self._enter(root)
        if not isinstance(first, Iterator):
            if first is not None:
                yield first
            return
        stack = [first]
        while stack:
            entry = next(stack[-1], None)
            if entry is None:
                stack.pop()
                continue
            kind = self._classify(entry)
            if kind == "dir":
                entered = self._enter(entry.path)
                if isinstance(entered, Iterator):
                    stack.append(entered)
                elif entered is not None:
                    yield entered
            elif kind == "file" and self._takes(root, entry.path):
                yield entry.path

    def _takes(self, root: str, path: str) -> bool:
        options = self._options
        if options.exclude(path):
            return False
        if options.globs:
            return _matches(root, path, options.globs)
        skipped = is_page_file(path, jsonl=options.jsonl)
        if skipped is not None:
            self._skipped[skipped] += 1
        return skipped is None

    def _classify(self, entry: os.DirEntry[str]) -> str:
        if entry.name.startswith("."):
            self._skipped["hidden"] += 1
            return "skip"
        try:
            if entry.is_dir():
                return "dir"
            if entry.is_file():
                return "file"
        except OSError:
            pass
        self._skipped["not_a_regular_file"] += 1  # sockets, FIFOs, devices, broken symlinks
        return "skip"


def _http_ok(record: Any) -> bool:
    headers = record.http_headers
    if headers is None:
        return True
    status = headers.get_statuscode() or "200"
    return str(status).startswith("2")


def _is_page(record: Any) -> bool:
    headers = record.http_headers
    content_type = headers.get_header("Content-Type") if headers is not None else None
    if not content_type:
        return True
    return content_type.split(";")[0].strip().lower() in _PAGE_TYPES


def _read_payload(record: Any, options: InputOptions) -> bytes | tuple[str, str]:
    """The response body, or the (kind, message) of why it cannot be had."""
    if not options.read_payloads:
        return b""
    limit = options.max_bytes
    try:
        data: bytes = record.content_stream().read(limit + 1)
    except Exception as error:  # warcio raises plain exceptions for bad transfer encodings
        return ("decode", f"cannot read the response body ({error})")
    if len(data) > limit:
        return ("too_large", f"response body is over the limit of {limit} bytes")
    if getattr(record.raw_stream, "limit", 0):
        # The archive ended inside this record (a crawler stopped mid-write).
        return ("input", "truncated archive record")
    return data


def _archive_item(record: Any, records: Any, path: str, options: InputOptions) -> WorkItem:
    payload = _read_payload(record, options)
    # Only after the body is read: warcio finds the offset by reading to the record's end.
    offset = records.get_record_offset()
    key, source = f"{os.path.abspath(path)}#{offset}", f"{path}#{offset}"
    url = record.rec_headers.get_header("WARC-Target-URI")
    fetched = capture_date(record.rec_headers.get_header("WARC-Date"))
    if isinstance(payload, tuple):
        return WorkItem(key=key, source=source, url=url, fetched=fetched, failure=payload)
    return WorkItem(key=key, source=source, data=payload, url=url, fetched=fetched)


@contextlib.contextmanager
def _open_archive(path: str) -> Iterator[BinaryIO]:
    # warcio reads gzip itself, member by member, so offsets stay those of the .warc.gz file
    # (as CDX indexes give them); only zstd needs unwrapping first.
    if path.lower().endswith((".zst", ".zstd")):
        with open_decompressed(path) as stream:
            yield stream
    else:
        with open(path, "rb") as stream:
            yield stream


def _archive_records(
    path: str, stream: BinaryIO, options: InputOptions, skipped: Counter[str]
) -> Iterator[WorkItem]:
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

    records = ArchiveIterator(stream, arc2warc=True)
    for record in records:
        if record.rec_type != "response":
            skipped["archive_not_response"] += 1
        elif not _http_ok(record):
            skipped["archive_http_status"] += 1
        elif not _is_page(record):
            skipped["archive_not_a_page"] += 1
        else:
            yield _archive_item(record, records, path, options)


def _archive_stream_items(
    path: str, stream: BinaryIO, options: InputOptions, skipped: Counter[str]
) -> Iterator[WorkItem]:
    try:
        yield from _archive_records(path, stream, options, skipped)
    except Exception as error:  # ArchiveLoadFailed, OSError, zlib.error: the rest is unreadable
        yield _failed(
            path, "input", f"cannot read archive ({error})".replace("\n", " "), "#unreadable"
        )


def _archive_items(path: str, options: InputOptions, skipped: Counter[str]) -> Iterator[WorkItem]:
    try:
        with _open_archive(path) as stream:
            yield from _archive_stream_items(path, stream, options, skipped)
    except OSError as error:
        yield _failed(
            path, "input", f"cannot read archive ({error.strerror or error})", "#unreadable"
        )


def _bounded_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line), or None for a line over ``limit`` bytes (never held whole)."""
    number = 0
    while line := stream.readline(limit + 1):
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def _jsonl_capture_date(entry: dict[str, Any]) -> str | None:
    for name in _JSONL_DATE_KEYS:
        if fetched := capture_date(entry.get(name)):
            return fetched
    return None


def _jsonl_item(line: bytes, key: str, source: str, field_name: str | None) -> WorkItem | None:
    if not line.strip():
        return None
    try:
        entry = orjson.loads(line)
    except orjson.JSONDecodeError:
        return WorkItem(key=key, source=source, failure=("input", "line is not JSON"))
    if not isinstance(entry, dict):
        return WorkItem(key=key, source=source, failure=("input", "line is not a JSON object"))
    name = field_name or ("html" if "html" in entry else "text")
    value = entry.get(name)
    if not isinstance(value, str):
        return WorkItem(key=key, source=source, failure=("input", f'no "{name}" text on this line'))
    url = entry.get("url")
    return WorkItem(
        key=key,
        source=source,
        data=value,
        url=url if isinstance(url, str) else None,
        fetched=_jsonl_capture_date(entry),
    )


def _jsonl_lines(path: str, stream: BinaryIO, options: InputOptions) -> Iterator[WorkItem]:
    key = os.path.abspath(path)
    for number, line in _bounded_lines(stream, options.max_bytes):
        line_key, line_source = f"{key}#L{number}", f"{path}#L{number}"
        if line is None:
            yield WorkItem(
                key=line_key,
                source=line_source,
                failure=("too_large", f"line is over the limit of {options.max_bytes} bytes"),
            )
        elif item := _jsonl_item(line, line_key, line_source, options.jsonl_field):
            yield item


def _jsonl_items(path: str, options: InputOptions) -> Iterator[WorkItem]:
    try:
        with open_decompressed(path) as stream:
            yield from _jsonl_lines(path, stream, options)
    except Exception as error:  # OSError, gzip/zstd errors: the rest of the file is unreadable
        yield _failed(path, "input", f"cannot read JSONL file ({error})", "#unreadable")


def _is_pipe(path: str) -> bool:
    """A FIFO or character device (``<(…)``, ``/dev/stdin``): only this process can read it."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode) or stat.S_ISSOCK(mode)


def _starts_like_archive(head: bytes) -> bool:
    """WARC or ARC bytes, also inside gzip (warcio reads the members itself)."""
    if head.startswith(GZIP_MAGIC):
        with contextlib.suppress(zlib.error):
            head = zlib.decompressobj(wbits=31).decompress(head, 64)
    return head.startswith(_ARCHIVE_MAGIC)


def _pipe_items(path: str, options: InputOptions, skipped: Counter[str]) -> Iterator[WorkItem]:
    """The items of a pipe, read here: an archive, JSONL lines (``--jsonl``) or one page."""
    try:
        with open(path, "rb") as stream:
            if _starts_like_archive(stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]):
                yield from _archive_stream_items(path, stream, options, skipped)
            elif options.jsonl:
                yield from _jsonl_lines(path, stream, options)
            else:
                data = read_stream(stream, options.max_bytes)
                yield WorkItem(key=os.path.abspath(path), source=path, data=data)
    except CleanerError as error:  # too large
        yield _failed(path, error.kind, str(error))
    except OSError as error:
        yield _failed(path, "input", f"cannot read ({error.strerror or error})")


def _file_items(path: str, options: InputOptions, skipped: Counter[str]) -> Iterator[WorkItem]:
    kind = input_kind(path)
    if kind is InputKind.ARCHIVE:
        yield from _archive_items(path, options, skipped)
    elif kind is InputKind.JSONL:
        yield from _jsonl_items(path, options)
    else:
        yield WorkItem(key=os.path.abspath(path), source=path, path=path)


def _input_items(
    path: str, options: InputOptions, skipped: Counter[str], walker: _Walker
) -> Iterator[WorkItem]:
    if os.path.isdir(path):
        for found in walker.walk(path):
            if isinstance(found, WorkItem):
                yield found
            else:
                yield from _file_items(found, options, skipped)
    elif _is_pipe(path):
        if options.read_payloads:
            yield from _pipe_items(path, options, skipped)
        else:
            yield _failed(path, "input", "not read while counting")  # a pipe is read once
    elif os.path.lexists(path):
        if not options.exclude(path):
            yield from _file_items(path, options, skipped)
    else:
        yield _failed(path, "input", "no such file")


class StdinIsPageError(CleanerError):
    """``batch -`` got page text on standard input instead of a list of paths."""

    kind = "usage"


def _looks_like_page_text(lines: list[str]) -> bool:
    """True when none of the first lines names a file and they read like a page: markup, a
    line longer than any path, or a sentence of eight words or more."""
    named = [line for line in lines if line.strip()]
    if not named or any(os.path.lexists(line) for line in named):
        return False
    head = "\n".join(named).encode("utf-8", "surrogateescape")
    return (
        sniff_input_type(head) is InputType.HTML
        or any(len(line) > 4096 or line.lstrip().startswith("<") for line in named)
        or any(len(line.split()) >= 8 for line in named)
    )


def stdin_paths(stream: BinaryIO, *, lookahead: int = 20) -> Iterator[str]:
    """The paths listed on ``stream``, one per line, as file names (bytes that are not UTF-8
    kept as surrogate escapes, so they still open the file).

    Raises :class:`StdinIsPageError` at once, before a path is yielded, when the first lines
    are page text: ``cat page.txt | cleaner batch -`` would otherwise fail once per line.
    """
    lines = []
    for raw in stream:
        lines.append(os.fsdecode(raw.rstrip(b"\r\n")))
        if len(lines) >= lookahead:
            break
    if _looks_like_page_text(lines):
        raise StdinIsPageError(
            "standard input holds page text, not a list of paths (batch - reads one path per "
            "line); clean it with: cleaner clean -"
        )
    return _chain_lines(lines, stream)


def _chain_lines(first: list[str], stream: BinaryIO) -> Iterator[str]:
    yield from first
    for raw in stream:
        yield os.fsdecode(raw.rstrip(b"\r\n"))


def _expand_stdin(inputs: Iterable[str], stdin: Iterable[str] | None) -> Iterator[str]:
    for argument in inputs:
        if argument != STDIN:
            yield argument
            continue
        lines = stdin if stdin is not None else stdin_paths(_stdin_buffer())
        for line in lines:
            path = line.rstrip("\r\n")
            if path:
                yield path


def _stdin_buffer() -> BinaryIO:
    import sys

    return sys.stdin.buffer


def iter_items(
    inputs: Iterable[str],
    options: InputOptions,
    skipped: Counter[str] | None = None,
    stdin: Iterable[str] | None = None,
) -> Iterator[WorkItem]:
    """Every work item of ``inputs``, lazily; ``skipped`` counts what was passed over and why."""
    skipped = Counter() if skipped is None else skipped
    walker = _Walker(options, skipped)
    for path in _expand_stdin(inputs, stdin):
        yield from _input_items(path, options, skipped, walker)


def count_items(inputs: Iterable[str], options: InputOptions) -> int:
    """How many items ``iter_items`` will yield, without reading any document."""
    counting = dataclasses.replace(options, read_payloads=False)
    return sum(1 for _ in iter_items(inputs, counting))
