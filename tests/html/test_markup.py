"""MarkupExtractor: marks from the front end's DOM judgements; nothing on text dumps."""

from __future__ import annotations

from cleaner.blocks import Block, BlockKind, DomFeatures, Note, Page
from cleaner.config import CleanerConfig
from cleaner.extractors.markup import MarkupExtractor
from cleaner.html.page import load_html_page
from cleaner.html.second_opinion import LISTING_CONTENT
from cleaner.reasons import Reason


def _dom(
    *, in_article: bool = True, boilerplate: Reason | None = None, link_density: float = 0.0
) -> DomFeatures:
    return DomFeatures(link_density=link_density, in_article=in_article, boilerplate=boilerplate)


def test_docstring_example() -> None:
    raw = (
        b"<html><body><nav><ul><li><a href='/'>Home</a></li></ul></nav><article>"
        b"<p>The council voted on Monday to approve the plan for the harbour district.</p>"
        b"<div class='share-tools'><a href='#'>Share on Facebook</a></div></article></body></html>"
    )
    config = CleanerConfig()
    page = MarkupExtractor().run(load_html_page(raw, "-", config))
    got = [(b.text, page.marks[b.id].reason if b.id in page.marks else None) for b in page.blocks]
    assert got == [
        ("Home", "nav_container"),
        ("The council voted on Monday to approve the plan for the harbour district.", None),
        ("Share on Facebook", "share_bar"),
    ]


def test_reasons() -> None:
    blocks = (
        Block(0, "Menu", dom=_dom(in_article=False)),
        Block(1, "Great comment", dom=_dom(boilerplate=Reason.COMMENT_SECTION)),
        Block(2, "Body text stays.", dom=_dom()),
        Block(3, "Other story", kind=BlockKind.LIST_ITEM, dom=_dom(link_density=1.0)),
        Block(4, "14:20", dom=_dom()),
    )
    page = MarkupExtractor().run(Page("-", "html", blocks))
    assert {i: m.reason for i, m in page.marks.items()} == {
        0: "outside_content",
        1: "comment_section",
        3: "link_list",
        4: "timestamp",
    }
    assert all(m.by == "markup" for m in page.marks.values())


def test_does_nothing_on_text_dumps() -> None:
    page = Page("-", "text", (Block(0, "Menu"), Block(1, "Body text.")))
    assert MarkupExtractor().run(page) is page


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
    page = MarkupExtractor().run(Page("-", "html", blocks))
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
    page = MarkupExtractor().run(Page("-", "html", blocks))
    assert {i: m.reason for i, m in page.marks.items()} == {0: "link_list"}


def test_bare_label_over_a_removed_run_goes_and_prose_that_mentions_it_stays() -> None:
    links = Reason.RELATED_LINKS
    blocks = (
        Block(0, "The council voted on the plan, as the table of contents below explains.",
              dom=_dom()),
        Block(1, "Table of contents", dom=_dom()),
        Block(2, "First part", kind=BlockKind.LIST_ITEM, dom=_dom(boilerplate=links)),
        Block(3, "Second part", kind=BlockKind.LIST_ITEM, dom=_dom(boilerplate=links)),
        Block(4, "Explore further", dom=_dom()),
        Block(5, "The vote was close, and the plan still needs money.", dom=_dom()),
        Block(6, "Short line", dom=_dom()),
        Block(7, "One removed line", dom=_dom(boilerplate=links)),
        Block(8, "The work starts in March.", dom=_dom()),
    )  # fmt: skip
    page = MarkupExtractor().run(Page("-", "html", blocks))
    # A label followed by prose, or by a single removed line, is kept.
    assert {i: m.reason for i, m in page.marks.items()} == {
        1: "orphan_heading",
        2: "related_links",
        3: "related_links",
        7: "related_links",
    }


def test_a_listings_short_items_are_no_bare_labels() -> None:
    meta = Reason.ARTICLE_META
    blocks = (
        Block(0, "Remote", dom=_dom()),
        Block(1, "Full-Time", dom=_dom(boilerplate=meta)),
        Block(2, "Senior", dom=_dom(boilerplate=meta)),
    )
    notes = (Note("html", LISTING_CONTENT, "a list"),)
    page = MarkupExtractor().run(Page("-", "html", blocks, notes=notes))
    assert 0 not in page.marks


def test_a_sign_off_a_source_or_a_count_over_a_box_is_no_label() -> None:
    box = Reason.RELATED_LINKS
    for last_line in ("Cheers, Anna", "[Wired]", "34 votes"):
        blocks = (
            Block(0, "The vote was close, and the plan still needs money.", dom=_dom()),
            Block(1, last_line, dom=_dom()),
            Block(2, "Other story", dom=_dom(boilerplate=box)),
            Block(3, "Third story", dom=_dom(boilerplate=box)),
        )
        page = MarkupExtractor().run(Page("-", "html", blocks))
        assert 1 not in page.marks, last_line


def test_a_label_over_a_menu_stays() -> None:
    # A shop's section title over its menu is content; a menu is no box a label introduces.
    menu = Reason.NAV_CONTAINER
    blocks = (
        Block(0, "The Archive Series", dom=_dom()),
        Block(1, "Oceanographer", dom=_dom(boilerplate=menu)),
        Block(2, "Ships", dom=_dom(boilerplate=menu)),
    )
    assert 0 not in MarkupExtractor().run(Page("-", "html", blocks)).marks


def _cards(lede: str, count: int) -> list[Block]:
    """``count`` teaser cards: a linked headline, then its lede."""
    blocks = []
    for n in range(count):
        blocks.append(Block(0, f"Headline {n}", kind=BlockKind.HEADING, dom=_dom(link_density=1)))
        blocks.append(Block(0, lede, dom=_dom()))
    return blocks


def _numbered(blocks: list[Block]) -> tuple[Block, ...]:
    return tuple(
        Block(i, b.text, kind=b.kind, dom=b.dom, words=len(b.text.split()))
        for i, b in enumerate(blocks)
    )


def test_linked_headlines_over_ledes_on_a_collection_are_kept() -> None:
    lede = "The council approved the harbour plan on Monday after a long debate."
    page = MarkupExtractor().run(Page("-", "html", _numbered(_cards(lede, 3))))
    assert page.marks == {}


def test_linked_headlines_under_an_article_stay_link_lists() -> None:
    # An article's related teasers are cards too, but most of the prose is the article's.
    body = "The council voted on Monday to approve the plan for the harbour district. " * 4
    lede = "The council approved the harbour plan on Monday after a long debate."
    blocks = _numbered([Block(0, body, dom=_dom()), *_cards(lede, 3)])
    page = MarkupExtractor().run(Page("-", "html", blocks))
    assert {i: m.reason for i, m in page.marks.items()} == {
        1: "link_list",
        3: "link_list",
        5: "link_list",
    }


def test_linked_headlines_over_links_or_two_cards_stay_link_lists() -> None:
    # Over short links only ("See all reviews"), a linked heading is a list's item; and two
    # cards are a related box, not a collection.
    link = Block(0, "See all reviews", dom=_dom(link_density=1.0))
    lede = "The council approved the harbour plan on Monday after a long debate."
    over_links = _numbered([b for n in range(3) for b in (_cards(lede, 1)[0], link)])
    page = MarkupExtractor().run(Page("-", "html", over_links))
    assert len(page.marks) == 6
    page = MarkupExtractor().run(Page("-", "html", _numbered(_cards(lede, 2))))
    assert {i: m.reason for i, m in page.marks.items()} == {0: "link_list", 2: "link_list"}


def test_links_listed_under_the_articles_clause_are_kept() -> None:
    clause = "Here are some of the free courses the university offers this year:"
    blocks = _numbered(
        [
            Block(0, clause, dom=_dom()),
            Block(
                0, "Introduction to Open Source", kind=BlockKind.LIST_ITEM, dom=_dom(link_density=1)
            ),
            Block(0, "Text Analytics 101", kind=BlockKind.LIST_ITEM, dom=_dom(link_density=1)),
            Block(0, "Other story", dom=_dom(link_density=1.0)),
        ]
    )
    page = MarkupExtractor().run(Page("-", "html", blocks))
    assert {i: m.reason for i, m in page.marks.items()} == {3: "link_list"}


def test_links_under_a_label_or_a_sentence_stay_link_lists() -> None:
    # "Read also:" is a label, not the article's clause; a sentence ending in a full stop
    # introduces nothing. The clause's words in prose, mid-sentence, are kept as prose.
    item = Block(0, "Council approves the harbour plan", kind=BlockKind.LIST_ITEM)
    linked = Block(item.id, item.text, kind=item.kind, dom=_dom(link_density=1.0))
    for intro in ("Read also:", "Here are some of the courses: the council voted on them."):
        blocks = _numbered([Block(0, intro, dom=_dom()), linked, linked])
        page = MarkupExtractor().run(Page("-", "html", blocks))
        assert {page.marks[1].reason, page.marks[2].reason} == {"link_list"}
        assert 0 not in page.marks or intro == "Read also:"


def test_only_the_run_of_items_under_the_clause_is_kept() -> None:
    # Two lists of links: the first under the article's clause, the second after a paragraph
    # that ends a sentence; a plain item in the first list does not part it.
    clause = "Here are some of the free courses the university offers this year:"
    link = dict(kind=BlockKind.LIST_ITEM, dom=_dom(link_density=1.0))
    blocks = _numbered(
        [
            Block(0, clause, dom=_dom()),
            Block(0, "Introduction to Open Source", **link),
            Block(
                0, "A course on the history of the harbour", kind=BlockKind.LIST_ITEM, dom=_dom()
            ),
            Block(0, "Text Analytics 101", **link),
            Block(0, "The council voted on Monday to approve the plan.", dom=_dom()),
            Block(0, "Other story", **link),
            Block(0, "Third story", **link),
        ]
    )
    page = MarkupExtractor().run(Page("-", "html", blocks))
    assert {i: m.reason for i, m in page.marks.items()} == {5: "link_list", 6: "link_list"}
