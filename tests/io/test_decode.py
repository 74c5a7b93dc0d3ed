"""decode_bytes: any encoding in, text out; DecodeError only for binary data."""

from __future__ import annotations

import codecs

import pytest

from cleaner.errors import DecodeError
from cleaner.io.decode import declared_charset, decode_bytes, looks_binary

GERMAN = "Grüße aus Köln: Der Stadtrat beschließt ein neues Radwegenetz für die Innenstadt.\n"
FRENCH = "À Noël, l'élève a déjà mangé une crème brûlée et un gâteau à la châtaigne.\n"
QUOTES = "“Nobody wants another shutdown,” she said — it’s “inclined” to accept.\n"


def test_docstring_examples() -> None:
    assert decode_bytes("café".encode("cp1252")).text == "café"
    assert decode_bytes(codecs.BOM_UTF16_LE + "hé".encode("utf-16-le")).method == "bom"


@pytest.mark.parametrize(
    ("data", "method"),
    [
        (GERMAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + GERMAN.encode("utf-8"), "bom"),
        (codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le"), "bom"),
        (codecs.BOM_UTF16_BE + GERMAN.encode("utf-16-be"), "bom"),
        (codecs.BOM_UTF32_LE + GERMAN.encode("utf-32-le"), "bom"),
        (GERMAN.encode("utf-16-le"), "utf-16-sniffed"),
        (GERMAN.encode("utf-16-be"), "utf-16-sniffed"),
    ],
)
def test_unicode_encodings(data: bytes, method: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.text.lstrip("\ufeff") == GERMAN
    assert decoded.method == method


@pytest.mark.parametrize("text", [GERMAN, FRENCH, QUOTES])
def test_short_western_text_in_cp1252(text: str) -> None:
    assert decode_bytes(text.encode("cp1252")).text == text


ACCENTED = (
    "Élèves, enseignants et parents étaient réunis à l'école Émile-Zola où l'on a fêté Noël. "
)


@pytest.mark.parametrize(
    "text",
    [
        GERMAN * 20,
        pytest.param(
            ACCENTED * 10,
            marks=pytest.mark.xfail(
                strict=True,
                reason="bug: latin-1 French with >10% high bytes is detected as cp1250 (mojibake)",
            ),
        ),
    ],
)
def test_long_western_text_in_latin1(text: str) -> None:
    assert decode_bytes(text.encode("latin-1")).text == text


def test_long_cyrillic_text_in_cp1251() -> None:
    text = "Городской совет в четверг утвердил новый план строительства велосипедных дорожек.\n"
    assert decode_bytes((text * 20).encode("cp1251")).text == text * 20


def test_declared_charset_is_used_for_html() -> None:
    page = '<meta charset="windows-1251"><p>Привет, мир</p>'.encode("cp1251")
    decoded = decode_bytes(page)
    assert decoded.method == "declared"
    assert "Привет, мир" in decoded.text


def test_declared_charset_is_ignored_for_text_dumps() -> None:
    data = 'The page said <meta charset="utf-16"> once. Café.'.encode()
    assert decode_bytes(data, allow_declared=False).text == data.decode("utf-8")


def test_declared_charset_helper() -> None:
    assert declared_charset(b'<meta charset="ISO-8859-1">') == "iso8859-1"
    assert declared_charset(b"<meta charset=bogus>") is None
    assert declared_charset(b'<?xml version="1.0" encoding="utf-8"?>') == "utf-8"
    # Pages that say latin-1 but hold C1 bytes are cp1252, as browsers assume.
    assert declared_charset(b'<meta charset="iso-8859-1"> \x93quoted\x94') == "cp1252"


def test_empty_input_decodes_to_empty_text() -> None:
    assert decode_bytes(b"").text == ""


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        b"\x7fELF\x02\x01\x01" + b"\x00" * 200,
        bytes(range(32)) * 10,
    ],
)
def test_binary_data_raises_decode_error(data: bytes) -> None:
    assert looks_binary(data)
    with pytest.raises(DecodeError):
        decode_bytes(data)


def test_text_is_not_binary() -> None:
    assert not looks_binary(GERMAN.encode("utf-8"))
    assert not looks_binary(b"tabs\tand\r\nnewlines\x0cand form feeds")
    assert not looks_binary(b"")


def test_undecodable_bytes_never_raise() -> None:
    # Invalid UTF-8 with a high share of high bytes: detection may guess, but never fails.
    data = bytes(range(128, 256)) * 8
    decoded = decode_bytes(data)
    assert isinstance(decoded.text, str)
    assert decoded.text
