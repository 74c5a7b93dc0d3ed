"""MarkupExtractor: marks from the front end's DOM judgements; nothing on text dumps."""

from __future__ import annotations

from cleaner.blocks import Block, BlockKind, DomFeatures, Page
from cleaner.config import CleanerConfig
from cleaner.extractors.markup import MarkupExtractor
from cleaner.html.page import load_html_page


def _dom(
    *, in_article: bool = True, boilerplate: str = "", link_density: float = 0.0
) -> DomFeatures:
    return DomFeatures(
        tag="p",
        path="html/body/p",
        depth=3,
        link_density=link_density,
        class_tokens=frozenset(),
        in_article=in_article,
        boilerplate=boilerplate,
    )


def test_docstring_example() -> None:
    raw = (
        b"<html><body><nav><ul><li><a href='/'>Home</a></li></ul></nav><article>"
        b"<p>The council voted on Monday to approve the plan for the harbour district.</p>"
        b"<div class='share-tools'><a href='#'>Share on Facebook</a></div></article></body></html>"
    )
    config = CleanerConfig()
    page = MarkupExtractor().run(load_html_page(raw, "-", config), config)
    got = [(b.text, page.marks[b.id].reason if b.id in page.marks else None) for b in page.blocks]
    assert got == [
        ("Home", "nav_container"),
        ("The council voted on Monday to approve the plan for the harbour district.", None),
        ("Share on Facebook", "share_bar"),
    ]


def test_reasons() -> None:
    blocks = (
        Block(0, "Menu", dom=_dom(in_article=False)),
        Block(1, "Great comment", dom=_dom(boilerplate="comment_section")),
        Block(2, "Body text stays.", dom=_dom()),
        Block(3, "Other story", kind=BlockKind.LIST_ITEM, dom=_dom(link_density=1.0)),
        Block(4, "14:20", dom=_dom()),
    )
    page = MarkupExtractor().run(Page("-", "html", blocks), CleanerConfig())
    assert {i: m.reason for i, m in page.marks.items()} == {
        0: "outside_content",
        1: "comment_section",
        3: "link_list",
        4: "timestamp",
    }
    assert all(m.by == "markup" for m in page.marks.values())


def test_does_nothing_on_text_dumps() -> None:
    page = Page("-", "text", (Block(0, "Menu"), Block(1, "Body text.")))
    assert MarkupExtractor().run(page, CleanerConfig()) is page


def test_link_only_paragraph_and_label_over_removed_links() -> None:
    body = "Body text that goes on after the list of links, as articles do."
    blocks = (
        Block(0, "Body text stays.", dom=_dom()),
        Block(1, "Read also", kind=BlockKind.HEADING, dom=_dom()),
        Block(2, "Other story", kind=BlockKind.LIST_ITEM, dom=_dom(link_density=1.0)),
        Block(3, "Third story", kind=BlockKind.LIST_ITEM, dom=_dom(link_density=1.0)),
        Block(4, body, dom=_dom()),
        Block(5, "Next: a teaser headline", dom=_dom(link_density=1.0)),
        Block(6, "Half linked text here", dom=_dom(link_density=0.5)),
    )
    page = MarkupExtractor().run(Page("-", "html", blocks), CleanerConfig())
    assert {i: m.reason for i, m in page.marks.items()} == {
        1: "orphan_heading",
        2: "link_list",
        3: "link_list",
        5: "link_list",
    }


def test_labelled_link_line_is_a_link_list() -> None:
    text = "Read also: Council approves the harbour plan"
    link = len("Council approves the harbour plan")
    blocks = (
        Block(0, text, dom=_dom(link_density=link / len(text))),
        Block(1, "Note: the vote was close, and the plan still needs money.", dom=_dom()),
    )
    page = MarkupExtractor().run(Page("-", "html", blocks), CleanerConfig())
    assert {i: m.reason for i, m in page.marks.items()} == {0: "link_list"}
