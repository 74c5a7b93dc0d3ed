"""cleaner.html.metadata.index: one walk finds what the readers need, in page order."""

from __future__ import annotations

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from cleaner.html.metadata.index import _BYLINE_HEAD, _BYLINE_START, UNSHOWN_TAGS, index_page


def _starts_byline(text: str) -> bool:
    return _BYLINE_START.match(text[:_BYLINE_HEAD].lstrip()) is not None


def _byline_elements(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The definition: elements whose text, or a child's tail, starts like a byline."""
    found = []
    for element in root.iter(etree.Element):
        if element.text and element.tag not in UNSHOWN_TAGS and _starts_byline(element.text):
            found.append(element)
        if element.tail and _starts_byline(element.tail) and element.getparent() is not None:
            found.append(element.getparent())
    return found


_RUNS = st.sampled_from(
    ["By Jane Doe", "  von Max Muster", "Autor: X", "Posted by admin", "Text", "Bye", "by ",
     " " * 50 + "By Late", "Das ist", "\u00a0By Jane", "Written  by  Jo", ""]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_RUNS, _RUNS, st.sampled_from(["p", "span", "script", "b"])), max_size=6))
def test_byline_texts_follow_the_definition(parts: list[tuple[str, str, str]]) -> None:
    body = "".join(f"<{tag}>{text}</{tag}>{tail}" for text, tail, tag in parts)
    root = lxml.html.fromstring(f"<html><body><div>{body}</div></body></html>")
    assert index_page(root).byline_texts == _byline_elements(root)


def test_elements_by_tag_class_and_itemprop() -> None:
    root = lxml.html.fromstring(
        "<html><head><meta property='og:title' content='T'><title>T</title></head><body>"
        "<h1 class='entry-title'>A</h1><h2 class='post_title'>B</h2><div class='Byline'>C</div>"
        "<span itemprop='author'>D</span><div property='schema:name'>E</div>"
        "<meta property='og:x'></body></html>"
    )
    index = index_page(root)
    assert [e.text for e in index.by_class["title"]] == ["A", "B"]
    assert [e.text for e in index.by_class["byline"]] == ["C"]
    assert [e.text for e in index.itemprops] == ["D", "E"]
    assert [e.get("property") for e in index.by_tag["meta"]] == ["og:title", "og:x"]
    assert index.texts == ["A", "B", "C", "D", "E"]  # not the <title>: it is not shown
