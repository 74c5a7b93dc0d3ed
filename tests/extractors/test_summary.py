"""SummaryExtractor: a standfirst repeated as a caption becomes the summary; a record's summary is
never a teaser or a copy of the first paragraph."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.blocks import Page
from cleaner.extractors.duplicates import DuplicateExtractor
from cleaner.extractors.summary import SummaryExtractor, record_summary
from cleaner.reasons import Reason
from tests.helpers import text_page as _page

STANDFIRST = (
    "Gen. Ducret said defeating ISIS will mark the start of a new battle worldwide against "
    "the jihadi group."
)
PROSE = (
    "Even as Iraqi forces are bogged down in a bloody fight to recapture Mosul, a new coalition "
    "is being formed to take on the jihadi group when it finally loses control of the city."
)
MORE = (
    "That coalition will take a more global approach to fighting jihadis than an existing "
    "coalition run by U.S. Central Command, according to a French general."
)
LAST = (
    "The French people are well aware of the danger, having been hit by attacks, including "
    "the coordinated assault in Paris that killed more than 120 people."
)


def test_docstring_example() -> None:
    page = _page(STANDFIRST, "Courtesy of French army", STANDFIRST, PROSE, MORE)
    page = DuplicateExtractor().run(page)
    after = SummaryExtractor().run(page)
    assert after.marks[0].reason == Reason.SUMMARY
    assert after.marks[0].by == "summary"
    assert after.fields["summary"].value == STANDFIRST
    assert after.fields["summary"].block_id == 0
    assert after.marks[2].reason == "duplicate_text"  # the repeat, from the duplicates step
    assert [b.text for b in after.kept()] == ["Courtesy of French army", PROSE, MORE]


def _summarised(page: Page) -> Page:
    return SummaryExtractor().run(DuplicateExtractor().run(page))


def test_paragraph_shown_once_is_not_a_summary() -> None:
    page = _page(STANDFIRST, PROSE)
    after = _summarised(page)
    assert after.marks == {}
    assert "summary" not in after.fields


def test_without_a_duplicate_mark_the_step_does_nothing() -> None:
    # The summary step reads the duplicates step's marks; run alone it finds no repeat.
    page = _page(STANDFIRST, STANDFIRST, PROSE)
    assert SummaryExtractor().run(page) is page


def test_repeat_far_from_the_original_is_not_a_standfirst() -> None:
    fillers = [f"Filler line number {n} of the page." for n in range(6)]
    after = _summarised(_page(STANDFIRST, *fillers, STANDFIRST))
    assert "summary" not in after.fields


def test_repeat_late_in_the_page_is_not_a_standfirst() -> None:
    # A pull quote repeated near the end, after most of the article's text.
    after = _summarised(_page(PROSE, MORE, LAST, STANDFIRST, STANDFIRST))
    assert list(after.marks) == [4]  # the repeat is still a duplicate
    assert "summary" not in after.fields


HEADLINE = "Council approves plan to replace the old bridge"


def test_a_headline_shown_twice_is_not_a_summary() -> None:
    # The headline is short and has no full stop: it stays for the title step.
    after = _summarised(_page(HEADLINE, "Photo: City Hall", HEADLINE, PROSE, MORE, LAST))
    assert "summary" not in after.fields
    assert 0 not in after.marks


def test_a_teaser_shown_twice_is_not_a_summary() -> None:
    teaser = (
        "Gen. Ducret said defeating ISIS will mark the start of a new battle worldwide … "
        "Continue reading"
    )
    after = _summarised(_page(teaser, teaser, PROSE, MORE, LAST))
    assert "summary" not in after.fields


def test_a_standfirst_that_mentions_reading_on_is_still_a_summary() -> None:
    # "continue reading" inside the sentence, not as the link after it.
    standfirst = (
        "Fewer people continue reading a long article past its second paragraph, a study of "
        "online news readers found."
    )
    after = _summarised(_page(standfirst, "Courtesy of the university", standfirst, PROSE))
    assert after.fields["summary"].value == standfirst


@pytest.mark.parametrize(
    ("summary", "first", "expected"),
    [
        # The first paragraph holds the summary (a meta description that is the lede's start).
        (STANDFIRST, f"{STANDFIRST} He spoke in Tampa.", None),
        # The summary holds the first paragraph.
        (f"{STANDFIRST} He spoke in Tampa.", STANDFIRST, None),
        # The same words, other punctuation and case.
        (STANDFIRST.upper(), STANDFIRST.replace(",", ""), None),
        # A summary of its own.
        (STANDFIRST, PROSE, STANDFIRST),
        # The teaser link goes, the sentence stays; a teaser alone is no summary.
        (f"{STANDFIRST} Continue reading", PROSE, STANDFIRST),
        ("Weiterlesen", PROSE, None),
        ("Read more »", PROSE, None),
        # No body: nothing to repeat.
        (STANDFIRST, None, STANDFIRST),
        (None, PROSE, None),
    ],
)
def test_record_summary(summary: str | None, first: str | None, expected: str | None) -> None:
    assert record_summary(summary, first) == expected


def test_the_record_never_repeats_the_first_paragraph_as_its_summary() -> None:
    # Through the whole pipeline: an HTML meta description that is the lede's first sentence.
    html = (
        "<html><head><title>Coalition</title>"
        f'<meta name="description" content="{STANDFIRST}"></head><body><article>'
        f"<h1>French liaison has confidence</h1><p>{STANDFIRST} {PROSE}</p><p>{MORE}</p>"
        f"<p>{LAST}</p></article></body></html>"
    )
    record = cleaner.clean(html)
    assert record.body.startswith(STANDFIRST)
    assert record.summary is None
