"""What kind of input is this? Decided from the bytes, never from the file name."""

from __future__ import annotations

import re
import zlib

from cleaner.config import InputType
from cleaner.errors import DecodeError, InputTooLargeError

__all__ = ["GZIP_MAGIC", "maybe_decompress", "sniff_input_type"]

GZIP_MAGIC = b"\x1f\x8b"
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*|<\?[^>]*>\s*)*"  # comments, <?xml ...?> and other instructions
    # any doctype, also one with an internal subset (<!DOCTYPE x [<!ENTITY ...>]>), then <html
    rb"(?:<!doctype\s[^\[>]*(?:\[.*?\]\s*)?>\s*(?:<!--.*?-->\s*)*)?"
    rb"<(?:!doctype\s+html|html|head|body|meta|title)",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(rb"</?(?:p|div|span|a|br|table|td|li|script|article|section)\b[^>]*>", re.I)
# A fragment of markup may start with an element ("<script ...>", "<style>", "<br />") that
# ends its line or runs into the next tag; not an autolink ("<https://...>", Markdown), nor
# a dump whose title names an element ("<table>: The Table element - HTML | MDN").
_TAG_START = re.compile(
    rb"<(?:script|style|link|meta|noscript|div|p|span|a|br|b|table|ul|ol|li|header|nav|main"
    rb"|section|article|form|img|h[1-6])\b[^>]*>[ \t]*(?:<|\r?\n)",
    re.I,
)
# Markup puts tags on a good share of its lines; a text dump that quotes markup (a guide's
# code samples, a comment form's "<span>Name</span>" printed as text) holds them on a few.
# On the wcxb dumps the quoting pages tag at most 1 line in 12 (30 of 2,994 were read as
# HTML, each then one block); a fragment of markup tags most of its lines.
_MIN_TAGGED_LINES = 0.2


def maybe_decompress(data: bytes, *, limit: int) -> bytes:
    """Gunzip ``data`` if it is gzip, reading at most ``limit`` bytes (bomb-safe).

    >>> import gzip
    >>> maybe_decompress(gzip.compress(b"hello"), limit=100)
    b'hello'
    >>> maybe_decompress(b"plain", limit=100)
    b'plain'
    """
    if not data.startswith(GZIP_MAGIC):
        return data
    inflater = zlib.decompressobj(wbits=31)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as error:
        raise DecodeError(f"corrupt gzip data ({error})") from None
    if len(out) > limit:
        raise InputTooLargeError(f"gzip data inflates past the limit of {limit} bytes")
    if not inflater.eof and not out:
        raise DecodeError("truncated gzip data")
    return out


def sniff_input_type(data: bytes) -> InputType:
    """HTML when the bytes start like markup or are dense with tags; text otherwise.

    >>> sniff_input_type(b"<!DOCTYPE html><html><body><p>x</p></body></html>")
    <InputType.HTML: 'html'>
    >>> sniff_input_type(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY c "&#169;">]><html><p>x')
    <InputType.HTML: 'html'>
    >>> sniff_input_type(b"Make us your home page\\n\\nToday's top headlines")
    <InputType.TEXT: 'text'>
    >>> sniff_input_type(b"<div><p>One</p><p>Two</p><p>Three</p></div>")
    <InputType.HTML: 'html'>
    """
    head = data[:4096].lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")
    if b"\x00" in data[:64]:
        head = data[:8192].replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")
    if _HTML_START.match(head) or _TAG_START.match(head):
        return InputType.HTML
    sample = data[:65536]
    tags = len(_HTML_TAGS.findall(sample))
    if (
        tags >= 5
        and tags * 40 > sample.count(b"\n") + 1
        and _tagged_share(sample) >= _MIN_TAGGED_LINES
    ):
        return InputType.HTML
    return InputType.TEXT


def _tagged_share(sample: bytes) -> float:
    """The share of the non-blank lines of ``sample`` that hold a tag."""
    lines = [line for line in sample.splitlines() if line.strip()]
    return sum(1 for line in lines if _HTML_TAGS.search(line)) / max(1, len(lines))
