"""Cleaning never reaches out (issue 6): no socket, no DNS lookup, for any fixture or hostile page.

Two checks. Python level: every way to open a connection or resolve a name is replaced by a
function that records the attempt and raises, and the whole fixture set is cleaned. C level
(libxml2 has its own HTTP and FTP client): pages whose DTD, entities, XInclude, stylesheets and
images point at a canary server on 127.0.0.1 are cleaned, and the server must see no connection.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import cleaner
from cleaner.errors import CleanerError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
_SEED_PAGE = """<!DOCTYPE html><html><head><title>Harbour dredging approved</title></head><body>
<article><h1>Harbour dredging approved</h1><p>The harbour commission approved the dredging plan
by a narrow vote on Tuesday, saying the work would start in early spring and last four months.</p>
<p>Fishermen welcomed the decision but feared the cost would be passed on through mooring fees,
which have already doubled in the past decade, and asked for a review next year.</p></article>
</body></html>"""


def _fixture_paths() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".txt", ".html") and p.is_file())


@pytest.fixture()
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Block every Python-level way to the network; the list collects what was tried."""
    tried: list[str] = []

    def refuse(name: str) -> Callable[..., Any]:
        def blocked(*args: object, **kwargs: object) -> Any:
            tried.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"network access blocked by test_no_network: {name}")

        return blocked

    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
                 "gethostbyaddr", "getnameinfo"):  # fmt: skip
        monkeypatch.setattr(socket, name, refuse(name))
    return tried


def _clean_all(pages: list[tuple[str, bytes]]) -> int:
    cleaned = 0
    for source, data in pages:
        try:
            cleaner.clean(data, source=source)
            cleaner.analyse(data, source=source)
        except CleanerError:
            continue
        cleaned += 1
    return cleaned


def test_socket_is_blocked(attempts: list[str]) -> None:
    """The guard itself works (otherwise the test below would prove nothing)."""
    with pytest.raises(OSError, match="blocked"):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(OSError, match="blocked"):
        socket.getaddrinfo("example.com", 80)
    assert len(attempts) == 2


def test_fixtures_never_touch_the_network(attempts: list[str]) -> None:
    pages = [(str(path), path.read_bytes()) for path in _fixture_paths()]
    pages.append(("seed.html", _SEED_PAGE.encode()))
    assert _clean_all(pages) >= 1
    assert attempts == []


@pytest.fixture()
def canary() -> Iterator[tuple[str, list[bytes]]]:
    """A TCP server on 127.0.0.1 that records every connection made to it."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.2)
    seen: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(1)
                try:
                    seen.append(connection.recv(4096) or b"<connected>")
                except OSError:
                    seen.append(b"<connected>")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}", seen
    stop.set()
    thread.join()
    server.close()


def _pages_pointing_at(base: str) -> list[tuple[str, bytes]]:
    head = (
        f'<link rel="stylesheet" href="{base}/style.css"><script src="{base}/app.js"></script>'
        f'<base href="{base}/"><meta http-equiv="refresh" content="0; url={base}/next">'
        f'<link rel="canonical" href="{base}/canonical">'
    )
    body = (
        f'<img src="{base}/pixel.gif"><iframe src="{base}/frame"></iframe>'
        f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{base}/xinclude"/>'
        f'<object data="{base}/object"></object><p>&remote;</p>'
    )
    page = _SEED_PAGE.replace("</head>", head + "</head>").replace(
        "</article>", body + "</article>"
    )
    doctype = f'<!DOCTYPE html SYSTEM "{base}/dtd" [<!ENTITY remote SYSTEM "{base}/entity">]>'
    xhtml = '<?xml version="1.0"?>\n' + page.replace("<!DOCTYPE html>", doctype)
    xml = f'<?xml version="1.0"?><!DOCTYPE r SYSTEM "{base}/x.dtd"><r>&remote;</r>'
    return [
        ("remote.html", page.encode()),
        ("remote.xhtml", xhtml.encode()),
        ("remote.xml", xml.encode()),
        ("remote.txt", f"See {base}/story for more.\n\n{_SEED_PAGE}".encode()),
    ]


def test_hostile_pages_never_connect(attempts: list[str], canary: tuple[str, list[bytes]]) -> None:
    base, seen = canary
    _clean_all(_pages_pointing_at(base))
    assert attempts == []
    assert seen == []


def test_canary_sees_a_connection(canary: tuple[str, list[bytes]]) -> None:
    """Control: the canary does notice a client (so an empty list above means something)."""
    base, seen = canary
    port = int(base.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=5) as client:
        client.sendall(b"GET / HTTP/1.0\r\n\r\n")
        client.recv(1)
    assert seen
