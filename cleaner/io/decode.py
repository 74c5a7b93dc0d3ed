"""Bytes of unknown encoding -> text, without crashing and without mojibake.

Order of evidence: byte-order mark, then the charset the page declares (HTML ``<meta>``,
XML declaration), then strict UTF-8, then statistical detection on a bounded prefix
(charset-normalizer; whole-page detection costs about a second on a large page), then
``bs4.UnicodeDammit``, and finally cp1252 with replacement, which cannot fail.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from cleaner.errors import DecodeError

__all__ = ["Decoded", "declared_charset", "decode_bytes", "looks_binary"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DETECT_PREFIX = 64 * 1024
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]{2,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([a-zA-Z0-9_.\-]{2,40})""",
    re.IGNORECASE,
)
# Control bytes that never occur in text (tab, LF, FF, CR and ESC excepted).
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13, 27))
_CONTROL_TABLE = bytes.maketrans(_CONTROL, b"\x00" * len(_CONTROL))
_ASCII_BYTES = bytes(range(0x80))


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    method: str  # "bom", "declared", "utf-8", "western", "detected", "dammit", "fallback"


def declared_charset(head: bytes) -> str | None:
    """The charset a page declares in its first bytes, if Python knows it.

    >>> declared_charset(b'<meta charset="ISO-8859-1">')
    'iso8859-1'
    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=bogus">')
    """
    match = _DECLARED.search(head[:4096])
    if match is None:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii", "replace").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # Pages that say latin-1 or ascii are, in practice, cp1252 (as browsers assume).
    if codec in ("iso8859-1", "ascii") and _has_c1_controls(head):
        return "cp1252"
    return codec


_C1_CONTROL = re.compile(rb"[\x80-\x9f]")


def _has_c1_controls(data: bytes) -> bool:
    return _C1_CONTROL.search(data) is not None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


# File signatures of formats people find in crawls and that are never a page.
_BINARY_MAGIC = (
    b"%PDF-", b"PK\x03\x04", b"\x7fELF", b"GIF87a", b"GIF89a", b"\x89PNG", b"\xff\xd8\xff",
    b"\x00\x00\x01\x00", b"RIFF", b"OggS", b"\x1a\x45\xdf\xa3",
)  # fmt: skip


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any 8-bit or UTF-8 encoding.

    >>> looks_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")
    True
    >>> looks_binary("Grüße aus Köln".encode("utf-8"))
    False
    """
    sample = data[:8192]
    if not sample:
        return False
    if sample.startswith(_BINARY_MAGIC):
        return True
    controls = len(sample) - len(sample.translate(_CONTROL_TABLE).replace(b"\x00", b""))
    return controls / len(sample) > 0.05


def _high_byte_share(data: bytes) -> float:
    sample = data[:_DETECT_PREFIX]
    return len(sample.translate(None, _ASCII_BYTES)) / max(1, len(sample))


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:_DETECT_PREFIX]))
    if not matches:
        return None
    best = matches[0]
    # Latin-1 French or German reads equally well as cp1250 or cp1257 to the detector; among
    # equally good candidates, the far more common cp1252 is the right guess.
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    if any(m.encoding == "cp1252" for m in tied):
        return "cp1252"
    return str(best.encoding)


def _dammit(data: bytes) -> Decoded | None:
    """bs4's candidates, each tried strictly by us: UnicodeDammit itself would replace bad
    bytes and log about it on stderr."""
    from bs4.dammit import EncodingDetector

    for encoding in EncodingDetector(data[:_DETECT_PREFIX]).encodings:
        text = _try(data, encoding)
        if text is not None:
            return Decoded(text, encoding, "dammit")
    return None


def _attempt(data: bytes, encoding: str | None, method: str) -> Decoded | None:
    if encoding is None:
        return None
    text = _try(data, encoding)
    return None if text is None else Decoded(text, encoding, method)


def _by_marks(data: bytes) -> Decoded | None:
    """Evidence in the bytes themselves: a byte-order mark, or UTF-16's zero bytes."""
    bom = next((encoding for mark, encoding in _BOMS if data.startswith(mark)), None)
    return _attempt(data, bom, "bom") or _attempt(data, _utf16_without_bom(data), "utf-16-sniffed")


def _by_statistics(data: bytes) -> Decoded:
    # Mostly-ASCII text with a few accented letters is Western European; statistical
    # detectors misread such short evidence as CJK, so only detect when there is plenty.
    if len(data) < 256 or _high_byte_share(data) < 0.1:
        return Decoded(data.decode("cp1252", errors="replace"), "cp1252", "western")
    found = _attempt(data, _detect(data), "detected") or _dammit(data)
    return found or Decoded(data.decode("cp1252", errors="replace"), "cp1252", "fallback")


def decode_bytes(data: bytes, *, allow_declared: bool = True) -> Decoded:
    """Decode ``data``; raise :class:`DecodeError` only for binary data.

    >>> decode_bytes("café".encode("cp1252")).text
    'café'
    >>> decode_bytes(codecs.BOM_UTF16_LE + "hé".encode("utf-16-le")).method
    'bom'
    """
    marked = _by_marks(data)
    if marked is not None:
        return marked
    if looks_binary(data):
        raise DecodeError("binary data, not text")
    declared = declared_charset(data) if allow_declared else None
    return (
        _attempt(data, declared, "declared")
        or _attempt(data, "utf-8", "utf-8")
        or _by_statistics(data)
    )
