"""Sniffing HTML from the bytes: XHTML with an XML prolog and a DTD internal subset."""

from __future__ import annotations

import pytest

from cleaner.config import InputType
from cleaner.io.sniff import sniff_input_type

_SUBSET = "".join(f'<!ENTITY e{i} "&#{160 + i};">\n' for i in range(40))


@pytest.mark.parametrize(
    "prolog",
    [
        f'<?xml version="1.0"?>\n<!DOCTYPE x [\n{_SUBSET}]>\n',
        f'<?xml version="1.0"?>\n<?xml-stylesheet href="a.css"?>\n<!DOCTYPE html [\n{_SUBSET}]>\n',
        '<!-- saved page -->\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "xhtml11.dtd">\n',
    ],
)
def test_xhtml_prologs_are_html(prolog: str) -> None:
    page = prolog + "<html><body><p>The ferry leaves at nine.</p></body></html>"
    assert sniff_input_type(page.encode()) is InputType.HTML


def test_a_text_dump_that_mentions_doctype_is_text() -> None:
    dump = b"How to write <!DOCTYPE html> at the top of a page\n\nStart every page with it."
    assert sniff_input_type(dump) is InputType.TEXT


def test_a_dump_that_quotes_markup_on_a_few_lines_is_text() -> None:
    # A comment list that printed its markup as text: tags on one line in ten.
    prose = "".join(
        f"A line of the article, number {i}, with nothing odd in it.\n" for i in range(9)
    )
    dump = (prose + "  <span>Donald Elam</span> Wed, 12/03/2025 - 02:42\n") * 10
    assert sniff_input_type(dump.encode()) is InputType.TEXT


@pytest.mark.parametrize(
    "fragment",
    [
        b'<script src="/cdn/app.js"></script>\n' + b"var a = 1;\n" * 300 + b"<p>Text</p>",
        b"<div>\n<p>One</p>\n<p>Two</p>\n<p>Three</p>\n<p>Four</p>\n</div>\n",
    ],
)
def test_markup_fragments_are_html(fragment: bytes) -> None:
    assert sniff_input_type(fragment) is InputType.HTML


def test_a_markdown_dump_opening_with_an_autolink_is_text() -> None:
    assert sniff_input_type(b"<https://example.org/news>\n\nThe ferry leaves at nine.") is (
        InputType.TEXT
    )


def test_a_dump_whose_title_names_an_element_is_text() -> None:
    dump = (
        b"<table>: The Table element - HTML | MDN\n\nSkip to main content\n\nThe <table> element."
    )
    assert sniff_input_type(dump) is InputType.TEXT
