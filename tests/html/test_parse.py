"""Safe parsing: size limit, empty input, XHTML declarations, no external entities."""

from __future__ import annotations

import pytest

from cleaner.errors import InputTooLargeError, NoArticleError
from cleaner.html.parse import parse_html


def test_parses_text_with_an_xml_declaration() -> None:
    page = '<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>fête</p></body></html>'
    assert parse_html(page, max_bytes=1000).findtext(".//p") == "fête"


def test_rejects_a_page_over_the_limit_before_parsing() -> None:
    with pytest.raises(InputTooLargeError):
        parse_html(b"<p>" + b"x" * 200, max_bytes=100)


@pytest.mark.parametrize("page", [b"", b"   \n"])
def test_empty_input_is_no_article(page: bytes) -> None:
    with pytest.raises(NoArticleError):
        parse_html(page, max_bytes=100)


def test_declared_entities_are_never_expanded() -> None:
    page = (
        b'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b"<html><body><p>a &xxe; b</p></body></html>"
    )
    text = parse_html(page, max_bytes=10_000).findtext(".//p") or ""
    assert "root:" not in text


def test_comments_and_processing_instructions_are_dropped() -> None:
    root = parse_html(
        b"<html><body><p>a<!-- secret -->b<?php echo 1; ?></p></body></html>", max_bytes=1000
    )
    assert "".join(root.find(".//p").itertext()) == "ab"
