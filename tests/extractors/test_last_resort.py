"""LastResortExtractor: an HTML page left with no text keeps its content's shape-removed blocks."""

from __future__ import annotations

import pytest

from cleaner import analyse, clean
from cleaner.blocks import Block, DomFeatures, Mark, Page
from cleaner.errors import NoArticleError
from cleaner.extractors.last_resort import (
    CONTENT_RESTORED,
    LastResortExtractor,
    LastResortSettings,
)
from cleaner.reasons import Reason

IN = DomFeatures(link_density=0.0, in_article=True)
OUT = DomFeatures(link_density=0.0, in_article=False)
HEADING = "Power banks and radios for the road"


def _page(*blocks: tuple[str, DomFeatures, Reason | None], input_type: str = "html") -> Page:
    built = tuple(Block(i, text, dom=dom) for i, (text, dom, _) in enumerate(blocks))
    marks = [Mark(i, reason, "test") for i, (_, _, reason) in enumerate(blocks) if reason]
    return Page("test", input_type, built).with_marks(marks)


def test_docstring_example() -> None:
    page = _page(("Home", OUT, Reason.NAV_CONTAINER), (HEADING, IN, Reason.ORPHAN_HEADING))
    after = LastResortExtractor().run(page)
    assert [b.text for b in after.kept()] == [HEADING]
    assert [n.code for n in after.notes] == [CONTENT_RESTORED]
    assert after.marks == {0: Mark(0, Reason.NAV_CONTAINER, "test")}


def test_a_page_with_text_left_is_not_touched() -> None:
    page = _page(("Radios", IN, Reason.LINK_LIST), ("A line of the article.", IN, None))
    assert LastResortExtractor().run(page) is page


def test_evidence_and_outside_blocks_stay_removed() -> None:
    page = _page(
        ("We use cookies to improve your visit.", IN, Reason.COOKIE_NOTICE),
        ("Subscribe to our newsletter", IN, Reason.NEWSLETTER_BOX),
        ("Radios (4)", OUT, Reason.LINK_LIST),
        (HEADING, IN, Reason.TITLE),
    )
    assert LastResortExtractor().run(page) is page


def test_every_shape_reason_comes_back_inside_the_content() -> None:
    page = _page(
        ("Radios (4)", IN, Reason.LINK_LIST),
        ("Power Banks (158)", IN, Reason.NAVIGATION_RUN),
        ("Camera Accessories (10)", IN, Reason.OUTSIDE_ARTICLE),
        ("By Jane Doe", IN, Reason.BYLINE),
    )
    after = LastResortExtractor().run(page)
    assert [b.text for b in after.kept()] == [
        "Radios (4)",
        "Power Banks (158)",
        "Camera Accessories (10)",
    ]


def test_text_dumps_are_not_touched() -> None:
    page = _page((HEADING, IN, Reason.ORPHAN_HEADING), input_type="text")
    assert LastResortExtractor().run(page) is page


def test_a_page_whose_content_is_one_heading_is_not_empty() -> None:
    html = (
        "<html><body><nav><a href=/>Home</a> <a href=/c>Categories</a></nav>"
        f"<main><h2>{HEADING} and the questions riders asked us about them this week</h2>"
        "</main><footer><a href=/p>Privacy</a></footer></body></html>"
    )
    explanation = analyse(html.encode())
    assert CONTENT_RESTORED in [n.code for n in explanation.page.notes]
    assert HEADING in clean(html.encode()).body


def test_a_page_with_nothing_but_chrome_is_still_empty() -> None:
    html = "<html><body><nav><a href=/>Home</a> <a href=/c>Categories</a></nav></body></html>"
    with pytest.raises(NoArticleError):
        clean(html.encode())


def test_placeholders_left_beside_shape_removed_content_count_as_nothing() -> None:
    page = _page(
        ("Loading...", IN, None),
        ("Loading...", IN, None),
        ("Video Game Deals", IN, Reason.LINK_LIST),
        ("Nintendo Switch consoles and games", IN, Reason.LINK_LIST),
        ("PlayStation 5 consoles and games", IN, Reason.LINK_LIST),
    )
    after = LastResortExtractor(LastResortSettings(max_kept_words=15)).run(page)
    assert len(after.kept()) == 5


def test_a_short_body_is_kept_as_it_is_when_little_else_was_removed() -> None:
    page = _page(("Ferry times change on Monday.", IN, None), ("Timetable", IN, Reason.LINK_LIST))
    assert LastResortExtractor().run(page) is page


def test_a_cjk_body_is_counted_by_its_characters() -> None:
    # One "word" between white space, yet a whole paragraph.
    body = "市議会は月曜日、港湾地区の新しい計画を承認した。工事は来年春に始まる予定だ。"
    page = _page((body, IN, None), ("関連記事 一覧 ニュース", IN, Reason.LINK_LIST))
    assert LastResortExtractor().run(page) is page
