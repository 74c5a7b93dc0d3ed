"""The links inside a record's paragraphs, for ``--links``: a second look at the HTML.

The front end keeps no link targets (a block is text), and the pipeline has no use for them,
so this reads them only when asked, after cleaning: the page is parsed again, and each
``<a href>`` is given to the body paragraph its enclosing block element became. Nothing here
changes the record's body; the writers render the links (Markdown ``[text](url)``, XML
``<ref target>``), and JSON keeps them in ``links``.

>>> html = b'<p>Read <a href="/report.pdf">the report</a> first.</p><nav><a href="/">Home</a></nav>'
>>> find_links(html, ["Read the report first."], base_url="https://example.com/news/a")
[Link(paragraph=0, text='the report', url='https://example.com/report.pdf')]
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urljoin

import lxml.html

from cleaner.html.parse import parse_html
from cleaner.io.decode import decode_bytes
from cleaner.record import Link

__all__ = ["find_links"]

# Elements whose text the front end turns into one block (or a few, split at <br>).
_BLOCK_TAGS = frozenset(
    "p li td th h1 h2 h3 h4 h5 h6 blockquote pre dd dt figcaption caption div section "
    "article main body".split()
)
# An enclosing element whose text is only found inside a paragraph (a <p> split at <br>, a
# table cell of a row) must be at least this long, or a short menu item would match any
# paragraph that happens to contain its word.
_MIN_CONTAINED_CHARS = 30
_SKIPPED_SCHEMES = ("javascript:", "data:", "vbscript:")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _enclosing_text(anchor: lxml.html.HtmlElement) -> str:
    element = anchor.getparent()
    while element is not None and element.tag not in _BLOCK_TAGS:
        element = element.getparent()
    return _flat((element if element is not None else anchor).text_content())


def _paragraph_of(enclosing: str, paragraphs: Sequence[str]) -> int | None:
    for index, paragraph in enumerate(paragraphs):
        if paragraph == enclosing:
            return index
    if len(enclosing) >= _MIN_CONTAINED_CHARS:
        for index, paragraph in enumerate(paragraphs):
            if enclosing in paragraph or (
                len(paragraph) >= _MIN_CONTAINED_CHARS and paragraph in enclosing
            ):
                return index
    return None


def _target(href: str, base_url: str | None) -> str | None:
    href = href.strip()
    if not href or href.startswith("#") or href.lower().startswith(_SKIPPED_SCHEMES):
        return None
    return urljoin(base_url, href) if base_url else href


def find_links(
    data: bytes | str, paragraphs: Sequence[str], *, base_url: str | None = None
) -> list[Link]:
    """Every ``<a href>`` whose text lies in one of ``paragraphs`` (the body's), in page order.

    Relative targets are resolved against the page's ``<base href>``, else ``base_url``.
    """
    text = data if isinstance(data, str) else decode_bytes(data).text
    root = parse_html(text, max_bytes=max(1, 4 * len(text)))
    flat = [_flat(paragraph) for paragraph in paragraphs]
    base = root.find(".//base[@href]")
    if base is not None:
        base_url = urljoin(base_url or "", base.get("href", "")) or base_url
    links = []
    for anchor in root.iter("a"):
        url = _target(anchor.get("href") or "", base_url)
        label = _flat(anchor.text_content())
        if url is None or not label:
            continue
        index = _paragraph_of(_enclosing_text(anchor), flat)
        if index is not None and label in flat[index]:
            links.append(Link(index, label, url))
    return links
