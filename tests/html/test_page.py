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
    assert block.dom is not None and block.dom.in_article
    assert block.dom.boilerplate is None and block.dom.link_density == 0.0


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


def _in_article(html: str) -> list[str]:
    page = load_html_page(html.encode(), "-", CleanerConfig())
    return [b.text for b in page.blocks if b.dom is not None and b.dom.in_article]


_BUTTONS = "<div>" + "<a href='/start'>Get started for free</a> " * 6 + "</div>"


def test_the_sections_of_a_landing_pages_main_are_all_its_content() -> None:
    # Rows of buttons between the sections sink every container above the largest section.
    sections = [
        "<section><h2>Plan</h2><p>Plan the work of a whole team in one place, from the first "
        "idea to the day it ships.</p><p>Every plan shows who does what and by when, and what "
        "each piece of work waits for.</p><p>When a date moves, the plan moves the work that "
        "hangs on it and tells the people who do it.</p></section>",
        "<section><h2>Track</h2><p>Track each task as it moves, and see at a glance what is "
        "late.</p></section>",
        "<section><h2>Share</h2><p>Share the plan with clients, who can comment on any "
        "task.</p></section>",
    ]
    html = "<html><body><main>" + _BUTTONS.join(sections) + "</main></body></html>"
    page = load_html_page(html.encode(), "-", CleanerConfig())
    assert [note.code for note in page.notes] == ["main_landmark"]
    kept = _in_article(html)
    assert any(text.startswith("Track each task") for text in kept)
    assert any(text.startswith("Share the plan") for text in kept)


def test_an_article_that_holds_most_of_the_mains_prose_stays_the_content() -> None:
    prose = "The council voted on Monday to approve the plan for the new harbour. " * 4
    html = (
        f"<html><body><main><article><p>{prose}</p><p>{prose}</p></article>{_BUTTONS}"
        "<section><p>Our newsletter reaches readers every week, sign up below.</p></section>"
        "</main></body></html>"
    )
    page = load_html_page(html.encode(), "-", CleanerConfig())
    assert "main_landmark" not in [note.code for note in page.notes]
    assert not any(text.startswith("Our newsletter") for text in _in_article(html))
