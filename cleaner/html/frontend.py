"""Raw HTML bytes -> Page: decode, parse once, read metadata, segment, choose the content.

>>> from cleaner.config import CleanerConfig
>>> page = load_html_page(b"<html><body><p>Hello there.</p></body></html>", "-", CleanerConfig())
>>> page.input_type, [b.text for b in page.blocks]
('html', ['Hello there.'])
"""

from __future__ import annotations

from types import MappingProxyType

from cleaner.blocks import Page
from cleaner.config import CleanerConfig
from cleaner.errors import InputTooLargeError, NoArticleError
from cleaner.html.content import build_blocks
from cleaner.html.metadata import extract_metadata
from cleaner.html.parse import parse_html
from cleaner.html.segment import segment_html
from cleaner.io.decode import decode_bytes

__all__ = ["load_html_page"]

_UTF8 = frozenset({"utf-8", "utf_8", "utf8"})


def load_html_page(raw: bytes, source: str, config: CleanerConfig) -> Page:
    """Turn one HTML page into a :class:`Page` of blocks carrying DOM features."""
    if len(raw) > config.max_input_bytes:
        raise InputTooLargeError(
            f"{len(raw)} bytes is over the limit of {config.max_input_bytes} bytes"
        )
    decoded = decode_bytes(raw)
    # Already-valid UTF-8 is handed to lxml as it is: re-encoding the text would cost a copy.
    if decoded.encoding in _UTF8 and decoded.method != "bom":
        root = parse_html(raw, max_bytes=config.max_input_bytes)
    else:
        root = parse_html(decoded.text, max_bytes=config.max_input_bytes)
    fields, declared_body = extract_metadata(root)
    blocks = build_blocks(segment_html(root), declared_body)
    if not blocks:
        raise NoArticleError("no visible text in the HTML page")
    return Page(
        source=source,
        input_type="html",
        blocks=blocks,
        fields=MappingProxyType(dict(fields)),
        declared_body=declared_body,
    )
