"""Small corpora for the batch tests: text dumps and WARC files, handed out as fixtures."""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable
from pathlib import Path

import pytest

_PARAGRAPHS = (
    "The city council voted on Monday evening to close the old river bridge to all traffic "
    "while engineers carry out repairs that are expected to last until the end of the year.",
    "Officials said the decision followed an inspection in the spring that found corrosion in "
    "several steel beams, and that a ferry service would run every twenty minutes meanwhile.",
    "Local shop owners near the bridge said they feared losing customers, although the mayor "
    "promised a support fund and free parking in the town centre for the months of the works.",
)


def article(number: int) -> str:
    """A short, distinct text dump: a menu line, a headline, three paragraphs, a footer."""
    body = "\n\n".join(f"{p} Report number {number}." for p in _PARAGRAPHS)
    return f"Home | News | Sport\n\nBridge to close for repairs, part {number}\n\n{body}\n\n© Daily"


def write_docs(
    directory: Path, count: int, *, start: int = 0, gzipped_every: int = 0
) -> list[Path]:
    """``count`` text dumps in ``directory``; every ``gzipped_every``-th one as ``.txt.gz``."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(start, start + count):
        data = article(number).encode("utf-8")
        if gzipped_every and number % gzipped_every == 0:
            path = directory / f"doc{number:05d}.txt.gz"
            path.write_bytes(gzip.compress(data))
        else:
            path = directory / f"doc{number:05d}.txt"
            path.write_bytes(data)
        paths.append(path)
    return paths


def write_warc(
    path: Path, pages: list[tuple[str, bytes, str, str]], dates: list[str] | None = None
) -> None:
    """A gzipped WARC of (url, body, HTTP status line, content type) responses, plus a request.

    ``dates`` sets each response's WARC-Date (warcio writes the current time otherwise).
    """
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for number, (url, body, status, content_type) in enumerate(pages):
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": dates[number]} if dates else None,
            )
            writer.write_record(record)
        request = writer.create_warc_record(
            pages[0][0], "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        )
        writer.write_record(request)


def _arc_record(header: str, body: bytes) -> bytes:
    return f"{header} {len(body)}\n".encode() + body + b"\n"


def write_arc(path: Path, pages: list[tuple[str, str, bytes]]) -> None:
    """An ARC (version 1) file of (url, 14-digit date, body) text/html responses."""
    listing = b"1 0 test\nURL IP-address Archive-date Content-type Archive-length\n"
    data = _arc_record(f"filedesc://{path.name} 0.0.0.0 20000101000000 text/plain", listing)
    for url, date, body in pages:
        response = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
        data += _arc_record(f"{url} 192.0.2.1 {date} text/html", response)
    path.write_bytes(data)


@pytest.fixture(name="article")
def article_fixture() -> Callable[[int], str]:
    return article


@pytest.fixture(name="write_docs")
def write_docs_fixture() -> Callable[..., list[Path]]:
    return write_docs


@pytest.fixture(name="write_arc")
def write_arc_fixture() -> Callable[[Path, list[tuple[str, str, bytes]]], None]:
    return write_arc


@pytest.fixture(name="write_warc")
def write_warc_fixture() -> Callable[..., None]:
    return write_warc
