"""The front ends' guards against pathological markup keep the page's text."""

from __future__ import annotations

import cleaner
from cleaner.config import CleanerConfig
from cleaner.frontends import ATTRIBUTES_DROPPED, _drop_huge_attribute_lists, load_page
from tests.badinput.make_corpus import ARTICLE_MARKER, article_html


def _page(widget_attributes: int) -> bytes:
    """An article beside a widget that writes its state into ``widget_attributes`` attributes."""
    attributes = " ".join(f'data-s{i}="{i}"' for i in range(widget_attributes))
    filler = "var state = 0;\n" * 5000  # a page large enough to be scanned at all
    return article_html(
        extra_head=f"<script>{filler}</script>",
        extra_body=f"<div {attributes}>widget</div>",
    ).encode()


def test_an_element_with_thousands_of_attributes_is_read_without_them() -> None:
    page = load_page(_page(6000), "many.html", CleanerConfig())
    assert [note.code for note in page.notes] == [ATTRIBUTES_DROPPED]
    assert ARTICLE_MARKER in cleaner.clean(_page(6000)).body


def test_a_long_tag_under_the_limit_keeps_its_attributes() -> None:
    page = load_page(_page(3000), "some.html", CleanerConfig())
    assert not page.notes
    assert ARTICLE_MARKER in cleaner.clean(_page(3000)).body


def test_many_attributes_spread_over_many_elements_are_all_kept() -> None:
    # 8,000 "=" on the page, but no element holds more than two: nothing is dropped.
    cells = "".join(f'<td class="c{i}" id="d{i}">{i}</td>' for i in range(4000))
    raw = f"<html><body><table><tr>{cells}</tr></table></body></html>".encode()
    assert _drop_huge_attribute_lists(raw) == (raw, 0)


def test_a_run_of_equals_signs_in_text_is_no_element() -> None:
    # A run of "=" outside any tag (a script's divider) passes the quick look; the tag scan
    # finds no element over the limit in it.
    raw = article_html(extra_head=f"<script>// {'=' * 70000}\n</script>").encode()
    assert _drop_huge_attribute_lists(raw) == (raw, 0)
