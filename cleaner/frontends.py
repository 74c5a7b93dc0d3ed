"""Bytes -> Page: sniff the input type, decode, and segment into blocks.

One pipeline, two front ends: text dumps go through :mod:`cleaner.text.segment`, HTML pages
through :mod:`cleaner.html`. Both produce the same :class:`~cleaner.blocks.Page`.
"""

from __future__ import annotations

import dataclasses
import re

from cleaner.blocks import Note, Page
from cleaner.config import CleanerConfig, InputType
from cleaner.errors import InputTooLargeError, NoArticleError
from cleaner.io.decode import decode_bytes
from cleaner.io.mojibake import repaired
from cleaner.io.sniff import maybe_decompress, sniff_input_type
from cleaner.text.segment import segment_text

__all__ = ["load_page"]

_SURROGATE = re.compile("[\ud800-\udfff]")
_WORD = re.compile(r"\w")
_BLOCK_TAG = re.compile(rb"<(?:p|li|h[1-6]|tr|td|dd|dt|blockquote|pre|figcaption)[\s>/]", re.I)
# Counting tags in the raw bytes costs a regex scan; only large pages can hold that many.
_TAG_COUNT_FROM = 1024 * 1024


_LONG_TAG = re.compile(rb"<([a-zA-Z][^\s<>/]*)[^<>]{20000,}>")
# libxml2 reads the attributes of one element in quadratic time: 100k of them take minutes.
_MAX_ATTRIBUTES = 5000
ATTRIBUTES_DROPPED = "attributes_dropped"  # Note code: an element's attributes were left out
_EQUALS_RUN = b"=" * (_MAX_ATTRIBUTES + 1)
_NOT_TAG_PUNCTUATION = bytes(b for b in range(256) if b not in b"<>=")


def _drop_huge_attribute_lists(raw: bytes) -> tuple[bytes, int]:
    """Give an element of thousands of attributes its bare tag (``<div ...>`` -> ``<div>``)
    before libxml2 spends minutes on it; return the bytes and how many tags lost theirs.

    Such a tag is page furniture (a widget's state written into ``data-`` attributes), not the
    article: refusing the page for it lost articles that a browser shows (issue 12). Only tags
    over 20 kB are counted (a long data: URI is one attribute), and every ``=`` counts as one
    attribute, an upper bound (a URL's query holds several).
    """
    # The tag scan below costs half as much as parsing the page (fundus HTML: 5 ms a page,
    # an eighth of cleaning it), so two C loops come first. A page with fewer "=" in all
    # cannot hold an element over the limit; nor can one whose "<", ">" and "=" alone show no
    # run of more "=" than the limit between two brackets (2 of the 248 bench pages that
    # pass the first test pass this one).
    if len(raw) < _TAG_COUNT_FROM // 16 or raw.count(b"=") <= _MAX_ATTRIBUTES:
        return raw, 0
    if _EQUALS_RUN not in raw.translate(None, _NOT_TAG_PUNCTUATION):
        return raw, 0
    dropped = 0

    def bare(match: re.Match[bytes]) -> bytes:
        nonlocal dropped
        if match.group().count(b"=") <= _MAX_ATTRIBUTES:
            return match.group()
        dropped += 1
        return b"<" + match.group(1) + b">"

    return _LONG_TAG.sub(bare, raw), dropped


def _check_tag_count(raw: bytes, max_blocks: int) -> None:
    """Refuse a page with more block tags than blocks allowed, before parsing it: parsing
    and segmenting a million paragraphs costs about a gigabyte."""
    if len(raw) < _TAG_COUNT_FROM:
        return
    count = sum(1 for _ in _BLOCK_TAG.finditer(raw))
    if count > max_blocks:
        raise InputTooLargeError(f"{count} block elements, over the limit of {max_blocks} blocks")


def load_page(data: bytes | str, source: str, config: CleanerConfig) -> Page:
    """Turn raw input into a page of blocks, ready for the pipeline."""
    if isinstance(data, str):
        raw = data.encode("utf-8", errors="surrogatepass")
    else:
        raw = maybe_decompress(data, limit=config.max_input_bytes)
    if len(raw) > config.max_input_bytes:
        raise InputTooLargeError(
            f"{len(raw)} bytes is over the limit of {config.max_input_bytes} bytes"
        )
    input_type = config.input_type
    if input_type is InputType.AUTO:
        input_type = sniff_input_type(raw)
    if input_type is InputType.HTML:
        from cleaner.html.page import load_html_page

        _check_tag_count(raw, config.max_blocks)
        raw, dropped = _drop_huge_attribute_lists(raw)
        page = load_html_page(raw, source, config)
        if dropped:
            note = Note(
                "html",
                ATTRIBUTES_DROPPED,
                f"{dropped} element(s) with over {_MAX_ATTRIBUTES} attributes read without them",
            )
            page = dataclasses.replace(page, notes=(*page.notes, note))
        if len(page.blocks) > config.max_blocks:
            raise InputTooLargeError(
                f"{len(page.blocks)} blocks, over the limit of {config.max_blocks} blocks"
            )
        return page
    if isinstance(data, str):
        # Lone surrogates (from surrogateescape) are not text and cannot be written as JSON.
        text = _SURROGATE.sub("\ufffd", data)
    else:
        text = decode_bytes(raw, allow_declared=False).text
    # A dump saved after a wrong decoding upstream ("fÃ¼r"): the words are only found (and the
    # body is only right) once it is undone.
    text = repaired(text)
    if _WORD.search(text) is None:  # empty, or only (Unicode) white space and punctuation
        raise NoArticleError("no text in input")
    blocks = segment_text(text, config.max_blocks)
    if not blocks:
        raise NoArticleError("no text in input")
    return Page(source=source, input_type="text", blocks=blocks)
