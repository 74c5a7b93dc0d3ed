"""Page: marks and fields are added, never replaced, and a step reads only what can matter."""

from __future__ import annotations

import dataclasses

import pytest

from cleaner.blocks import Block, Field, Mark, Note, Page, PageFacts, consecutive_runs
from cleaner.needles import NeedleIndex
from cleaner.reasons import Reason
from tests.helpers import text_page


def test_a_block_keeps_its_first_mark() -> None:
    page = text_page("Home", "Body text.").with_marks([Mark(0, Reason.NAV_CONTAINER, "a")])
    after = page.with_marks(
        [
            Mark(0, Reason.SKIP_LINK, "b"),
            Mark(1, Reason.BYLINE, "b"),
            Mark(1, Reason.DATE_LINE, "b"),
        ]
    )
    assert after.marks[0].reason is Reason.NAV_CONTAINER
    assert after.marks[1].reason is Reason.BYLINE
    assert list(after.marks) == [0, 1]  # earlier marks first, as steps made them


def test_marks_on_marked_blocks_only_leave_the_page_as_it_is() -> None:
    page = text_page("Home", "Body text.").with_marks([Mark(0, Reason.NAV_CONTAINER, "a")])
    assert page.with_marks([Mark(0, Reason.SKIP_LINK, "b")]) is page
    assert page.with_marks([]) is page


def test_a_field_of_higher_rank_stays() -> None:
    page = text_page("x").with_field("title", Field("Markup", "meta:og:title", rank=50))
    assert page.with_field("title", Field("Text", "text:heading_block")) is page
    assert (
        page.with_field("title", Field("Better", "jsonld:headline", rank=60)).fields["title"].value
        == "Better"
    )


def test_blocks_to_read_are_all_while_a_field_is_missing() -> None:
    page = text_page("By Jane Doe", "Body text.").with_marks(
        [Mark(0, Reason.OUTSIDE_CONTENT, "markup")]
    )
    assert [b.id for b in page.blocks_to_read("authors")] == [0, 1]
    filled = page.with_field("authors", Field(("Jane Doe",), "jsonld:author", rank=60))
    # The step's own value would lose now: only blocks it can still mark are read.
    assert [b.id for b in filled.blocks_to_read("authors")] == [1]
    assert [b.id for b in filled.blocks_to_read("authors", "published")] == [0, 1]


def test_adding_marks_or_a_field_keeps_every_other_field_of_the_page() -> None:
    # Page._with spells out the page's fields: one added to Page must be passed on there too.
    page = Page(
        "src",
        "text",
        (Block(0, "a"), Block(1, "b")),
        article_span=(0, 1),
        stats=(None, None),
        notes=(Note("html", "reveal_hidden", "x"),),
    )
    page = dataclasses.replace(page, needles=NeedleIndex.of(()), facts=PageFacts(page.blocks))
    marked = page.with_marks([Mark(0, Reason.NAVIGATION_RUN, "navigation")])
    filled = marked.with_field("title", Field("T", source="text:title"))
    for name in (f.name for f in dataclasses.fields(Page)):
        if name not in ("marks", "fields"):
            assert getattr(filled, name) is getattr(page, name), name
    assert dict(filled.marks) == {0: Mark(0, Reason.NAVIGATION_RUN, "navigation")}
    assert filled.fields["title"].value == "T"


@pytest.mark.parametrize(
    ("ids", "runs"),
    [
        ([], []),
        ([0], [[0]]),
        ([1, 2, 3, 7, 8, 10], [[1, 2, 3], [7, 8], [10]]),
        ([2, 2, 3], [[2], [2, 3]]),  # a repeated id starts a run of its own
        ([5, 4, 5], [[5], [4, 5]]),
    ],
)
def test_consecutive_runs(ids: list[int], runs: list[list[int]]) -> None:
    assert consecutive_runs(iter(ids)) == runs


def test_unsetting_a_field_keeps_every_other_field_and_mark() -> None:
    page = text_page("One.", "Two.").with_field("title", Field("T", "test"))
    page = page.with_field("published", Field("2025-07-08", "test"))
    page = page.with_marks([Mark(1, Reason.NAVIGATION_RUN, "navigation")])
    unset = page.without_field("published")
    assert dict(unset.fields) == {"title": page.fields["title"]}
    assert unset.marks == page.marks and unset.blocks is page.blocks
    assert unset.without_field("published") is unset  # nothing to unset: the same page
