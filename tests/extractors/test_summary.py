"""SummaryExtractor: a standfirst repeated as a caption becomes the summary."""

from __future__ import annotations

from cleaner.blocks import Page
from cleaner.extractors.duplicates import DuplicateExtractor
from cleaner.extractors.summary import SummaryExtractor
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
