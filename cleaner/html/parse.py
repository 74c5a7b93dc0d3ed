"""Decoded page -> lxml tree, safely.

The parser never touches the network, drops comments and processing instructions, keeps
libxml2's limits on (``huge_tree`` off) and expands only the built-in HTML character
references, never entities a page declares. Input over ``max_bytes`` is rejected before any
parsing, so a hostile page cannot blow up memory.

The tree is always built from UTF-8 bytes with the encoding forced: the text has already been
decoded (see :mod:`cleaner.io.decode`), so a stale ``<meta charset>`` or an XML declaration
(XHTML) cannot make lxml decode it a second time, wrongly.
"""

from __future__ import annotations

import lxml.html
from lxml import etree

from cleaner.errors import InputTooLargeError, NoArticleError

__all__ = ["parse_html"]


def _parser() -> etree.HTMLParser:
    # A new parser per page: lxml parsers keep state and are not safe to share across threads.
    parser = etree.HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,  # depth and text-node limits off: the size guard above bounds memory
        collect_ids=False,
    )
    # lxml.html's own parser picks each element's class in a Python callback, once per
    # element the walk touches; a C-level default lookup gives the same HtmlElement class
    # (comments and processing instructions are dropped anyway) at a fraction of the cost.
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=lxml.html.HtmlElement))
    return parser


def parse_html(data: str | bytes, *, max_bytes: int) -> lxml.html.HtmlElement:
    """Parse a page (text, or bytes already known to be UTF-8) into its root element.

    >>> root = parse_html('<?xml version="1.0" encoding="iso-8859-1"?><html><p>caf\\xe9</p></html>',
    ...                   max_bytes=1000)
    >>> root.findtext(".//p")
    'café'
    >>> parse_html("<p>" + "x" * 100, max_bytes=50)
    Traceback (most recent call last):
    ...
    cleaner.errors.InputTooLargeError: HTML page of 103 bytes is over the limit of 50 bytes
    """
    raw = data.encode("utf-8", errors="replace") if isinstance(data, str) else data
    if len(raw) > max_bytes:
        raise InputTooLargeError(
            f"HTML page of {len(raw)} bytes is over the limit of {max_bytes} bytes"
        )
    if not raw.strip():
        raise NoArticleError("empty HTML page")
    try:
        root = etree.fromstring(raw, _parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise NoArticleError(f"no HTML document in input ({error})") from None
    if root is None or not isinstance(root, lxml.html.HtmlElement):
        raise NoArticleError("no HTML document in input")
    return root
