"""Peer extractors behind one interface, so the benchmarks can put cleaner beside them.

Every peer takes a :class:`PeerPage` and returns a :class:`PeerResult` (body text and, where
the peer reads metadata, title/authors/published). A text dump is given to the HTML peers as
a minimal document with each non-empty line of the dump wrapped in ``<p>`` (html-escaped)::

    >>> wrap_dump("Title\\n\\n  Body & more\\n").split(b"<body>")[1]
    b'<p>Title</p><p>Body &amp; more</p></body></html>'

Peers whose package is not installed are reported by :func:`select_peers` and skipped.
No peer is given the page URL, because cleaner is not given it either; newspaper4k gets a
neutral placeholder URL and is told not to fetch images, so nothing touches the network.
"""

from __future__ import annotations

import codecs
import html
import importlib
import importlib.metadata
import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ADAPTER_VERSION",
    "PEERS",
    "Peer",
    "PeerPage",
    "PeerResult",
    "decode_html",
    "html_to_text",
    "select_peers",
    "wrap_dump",
]

# Bump when an adapter below changes what it returns, so cached peer outputs are recomputed.
ADAPTER_VERSION = "1"

# Dummy URL for peers that insist on one; it carries no hint about the page.
_PLACEHOLDER_URL = "http://localhost/page.html"


@dataclass(frozen=True, slots=True)
class PeerPage:
    """What a peer sees: HTML bytes (the page as served, or a wrapped dump) and the dump."""

    html: bytes
    dump: str | None = None  # the dump's text when the input is a dump, else None


@dataclass(frozen=True, slots=True)
class PeerResult:
    body: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Peer:
    """One extractor: ``name`` in tables, ``distribution`` for its version, ``run`` the call."""

    name: str
    distribution: str | None  # the PyPI name, for the version and the cache key; None: built in
    module: str | None  # imported to check the peer is installed
    run: Callable[[PeerPage], PeerResult] = field(repr=False)
    dumps_only: bool = False  # identity has no meaning on an HTML page
    # One-time set-up a first page may not trigger but a later one would (kept out of timings).
    prepare: Callable[[], None] | None = field(default=None, repr=False)

    def version(self) -> str:
        if self.distribution is None:
            return "builtin"
        return importlib.metadata.version(self.distribution)

    def is_installed(self) -> bool:
        if self.module is None or self.distribution is None:
            return True
        try:
            with warnings.catch_warnings():  # newspaper4k warns that nltk is missing on import
                warnings.simplefilter("ignore")
                importlib.import_module(self.module)
            importlib.metadata.version(self.distribution)
        except ImportError:
            return False
        except importlib.metadata.PackageNotFoundError:
            return False
        return True


# --- shared helpers -----------------------------------------------------------------------------


def wrap_dump(text: str) -> bytes:
    """A text dump as a minimal UTF-8 HTML document, one ``<p>`` per non-empty line."""
    paragraphs = "".join(
        f"<p>{html.escape(line.strip(), quote=False)}</p>"
        for line in text.splitlines()
        if line.strip()
    )
    document = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head>'
        f"<body>{paragraphs}</body></html>"
    )
    return document.encode("utf-8")


_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _declared_encoding(data: bytes) -> str | None:
    match = _DECLARED.search(data[:8192])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode_html(data: bytes) -> str:
    """Bytes -> text for peers that need ``str``: BOM, declared charset, UTF-8, detection.

    >>> decode_html('<meta charset="windows-1252"><p>caf\\xe9</p>'.encode("cp1252"))
    '<meta charset="windows-1252"><p>café</p>'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    declared = _declared_encoding(data)
    for candidate in (declared, "utf-8"):
        if candidate:
            try:
                return data.decode(candidate)
            except UnicodeDecodeError:
                pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    return data.decode(best.encoding if best else "cp1252", errors="replace")


_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th tr ul".split()
)
_SPACES = re.compile(r"[^\S\n]+")


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment, one paragraph per block element.

    >>> html_to_text("<div><p>One <b>two</b></p><p>Three</p>four<br>five</div>")
    'One two\\n\\nThree\\n\\nfour\\n\\nfive'
    """
    import lxml.html

    if not markup.strip():
        return ""
    root = lxml.html.fromstring(markup)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
            if element.tag.lower() != "br":
                element.text = "\n" + (element.text or "")
    text = lxml.html.tostring(root, method="text", encoding="unicode")
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n\n".join(line for line in lines if line)


# --- adapters ---------------------------------------------------------------------------------


def _trafilatura(page: PeerPage, *, fast: bool) -> PeerResult:
    from trafilatura import bare_extraction

    # bare_extraction's text is what extract(..., output_format="txt") returns, and one call
    # also gives the metadata that extract(..., with_metadata=True) would.
    document: Any = bare_extraction(
        page.html,
        fast=fast,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
    )
    if document is None:
        return PeerResult(body="")
    authors = tuple(a.strip() for a in (document.author or "").split(";") if a.strip())
    return PeerResult(
        body=document.text or "",
        title=document.title,
        authors=authors,
        published=document.date,
    )


def _prepare_trafilatura() -> None:
    # htmldate hands some date strings to dateparser, which loads all its locales on first use
    # (about 3 s of CPU); a string that is a date in no language makes it load them now.
    try:
        from htmldate.extractors import external_date_parser
    except ImportError:  # a future htmldate without this helper: nothing to prepare
        return
    external_date_parser("zzqx 12 3456 vv", "%Y-%m-%d")


def _trafilatura_full(page: PeerPage) -> PeerResult:
    return _trafilatura(page, fast=False)


def _trafilatura_fast(page: PeerPage) -> PeerResult:
    return _trafilatura(page, fast=True)


def _readability(page: PeerPage) -> PeerResult:
    from readability import Document

    document = Document(page.html)
    summary = document.summary(html_partial=True)
    return PeerResult(body=html_to_text(summary), title=document.short_title() or None)


def _newspaper(page: PeerPage) -> PeerResult:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import newspaper

        article = newspaper.Article(_PLACEHOLDER_URL, fetch_images=False)
        article.download(input_html=decode_html(page.html))
        article.parse()
    published = article.publish_date.isoformat() if article.publish_date else None
    return PeerResult(
        body=article.text or "",
        title=article.title or None,
        authors=tuple(article.authors or ()),
        published=published,
    )


def _justext(page: PeerPage) -> PeerResult:
    import justext

    stoplist = justext.get_stoplist("English") | justext.get_stoplist("German")
    paragraphs = justext.justext(page.html, stoplist)
    return PeerResult(body="\n\n".join(p.text for p in paragraphs if not p.is_boilerplate))


def _resiliparse(page: PeerPage) -> PeerResult:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding

    text = bytes_to_str(page.html, detect_encoding(page.html) or "utf-8")
    return PeerResult(body=extract_plain_text(text, main_content=True))


def _identity(page: PeerPage) -> PeerResult:
    if page.dump is None:
        raise ValueError("identity runs on text dumps only")
    return PeerResult(body=page.dump)


PEERS: dict[str, Peer] = {
    peer.name: peer
    for peer in (
        Peer(
            "trafilatura",
            "trafilatura",
            "trafilatura",
            _trafilatura_full,
            prepare=_prepare_trafilatura,
        ),
        Peer(
            "trafilatura_fast",
            "trafilatura",
            "trafilatura",
            _trafilatura_fast,
            prepare=_prepare_trafilatura,
        ),
        Peer("readability", "readability-lxml", "readability", _readability),
        Peer("newspaper4k", "newspaper4k", "newspaper", _newspaper),
        Peer("justext", "justext", "justext", _justext),
        Peer("resiliparse", "resiliparse", "resiliparse", _resiliparse),
        Peer("identity", None, None, _identity, dumps_only=True),
    )
}


def select_peers(names: Sequence[str]) -> tuple[list[Peer], list[str]]:
    """The installed peers among ``names`` (in order), and a note for each one skipped.

    >>> peers, notes = select_peers(["identity", "nonesuch"])
    >>> [peer.name for peer in peers], notes[0].split(" (")[0]
    (['identity'], 'nonesuch: unknown peer')
    """
    chosen: list[Peer] = []
    notes: list[str] = []
    for name in names:
        peer = PEERS.get(name)
        if peer is None:
            notes.append(f"{name}: unknown peer (known: {', '.join(PEERS)})")
        elif not peer.is_installed():
            notes.append(f"{name}: skipped, {peer.distribution} is not installed")
        else:
            chosen.append(peer)
    return chosen, notes
