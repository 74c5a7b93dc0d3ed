"""Bytes -> Page for HTML: decoding, metadata, errors."""

from __future__ import annotations

import pytest

from cleaner.config import CleanerConfig
from cleaner.errors import InputTooLargeError, NoArticleError
from cleaner.html.page import load_html_page


def test_legacy_charset_is_decoded_from_its_declaration() -> None:
    raw = '<html><head><meta charset="windows-1252"></head><body><p>Café “menu”</p></body></html>'
    page = load_html_page(raw.encode("cp1252"), "x.html", CleanerConfig())
    assert [b.text for b in page.blocks] == ["Café “menu”"]


def test_xhtml_with_xml_declaration_in_latin1() -> None:
    raw = (
        '<?xml version="1.0" encoding="iso-8859-1"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>fête</p></body></html>'
    ).encode("iso-8859-1")
    assert [b.text for b in load_html_page(raw, "x", CleanerConfig()).blocks] == ["fête"]


def test_page_carries_dom_features_and_input_type() -> None:
    page = load_html_page(
        b"<html><body><article><p>Hello there.</p></article></body></html>", "-", CleanerConfig()
    )
    (block,) = page.blocks
    assert page.input_type == "html"
    assert block.dom is not None and block.dom.in_article and block.dom.tag == "p"
    assert block.dom.path == "html/body/article/p"


def test_page_without_visible_text_is_no_article() -> None:
    with pytest.raises(NoArticleError):
        load_html_page(b"<html><body><script>x()</script></body></html>", "-", CleanerConfig())


def test_size_limit_is_enforced() -> None:
    with pytest.raises(InputTooLargeError):
        load_html_page(b"<p>" + b"x" * 500 + b"</p>", "-", CleanerConfig(max_input_bytes=100))


def test_metadata_fields_reach_the_page() -> None:
    raw = b'<html lang="en"><head><title>A title</title></head><body><p>Body.</p></body></html>'
    page = load_html_page(raw, "-", CleanerConfig())
    assert "title" in page.fields


def test_utf8_page_with_one_broken_sequence_is_not_mojibake() -> None:
    text = "<html><body><p>Specjalną uchwałę w obronie fundacji przyjęto dziś.</p><p>papieros"
    page = load_html_page(text.encode() + b"\xc3...</p></body></html>", "-", CleanerConfig())
    assert page.blocks[0].text == "Specjalną uchwałę w obronie fundacji przyjęto dziś."
