"""NameLineExtractor: a bare name line beside the date line is the byline of a text dump."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner.blocks import Field
from cleaner.extractors.authors import NameLineExtractor
from cleaner.extractors.dates import DateExtractor
from cleaner.reasons import Reason
from tests.helpers import text_page as _page

PROSE = "The council voted on Monday to close the bridge for repairs, officials said."
HEADLINE = "Council approves new bridge plan"


def _run(*lines: str, language: str | None = "en") -> dict[str, object]:
    page = DateExtractor().run(_page(*lines, language=language))
    after = NameLineExtractor().run(page)
    found = after.fields.get("authors")
    marks = {after.blocks[m.block_id].text: m.reason for m in after.marks.values()}
    return {"authors": found.value if found else None, "marks": marks}


def test_docstring_example() -> None:
    page = DateExtractor().run(_page(HEADLINE, "Jane Doe", "November 29, 2016", PROSE))
    after = NameLineExtractor().run(page)
    assert after.fields["authors"].value == ("Jane Doe",)
    assert after.fields["authors"].source == "text:name_line"
    assert after.marks[1].reason == Reason.BYLINE
    assert after.marks[1].by == "name_line"


def test_a_name_after_the_date_line_counts_too() -> None:
    assert _run(HEADLINE, "November 29, 2016", "Leah C. Stokes", PROSE)["authors"] == (
        "Leah C. Stokes",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Tweet This",  # a stop word: a button
        "Gute Nachbarn",  # "gute" is written in lower case in the prose below
        "By Associated",  # a byline the grammar did not take, not a bare name
        "Jane Doe said the bridge will close",  # prose that merely mentions a name
    ],
)
def test_lines_that_are_no_bare_name(line: str) -> None:
    prose = "Wir haben gute Nachbarn, sagt der Rat." if "Gute" in line else PROSE
    assert _run(HEADLINE, line, "November 29, 2016", prose)["authors"] is None


def test_a_name_two_lines_from_the_date_is_not_taken() -> None:
    assert _run("Jane Doe", HEADLINE, "November 29, 2016", PROSE)["authors"] is None


def test_no_date_line_no_name_line() -> None:
    assert _run(HEADLINE, "Jane Doe", PROSE)["authors"] is None


def test_html_pages_are_left_to_their_markup() -> None:
    page = DateExtractor().run(_page(HEADLINE, "Jane Doe", "November 29, 2016", PROSE))
    html_page = replace(page, input_type="html")
    assert NameLineExtractor().run(html_page) is html_page


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Arne Sjöström | 29. Dezember 2022 | HR-Welt", ("Arne Sjöström",)),
        ("Yasmine Hassan · CBC News · Posted: Aug 08, 2024 4:00 AM EDT", ("Yasmine Hassan",)),
        ("Nicole Collignon22. Februar 2020", ("Nicole Collignon",)),  # glued by the dump
        ("Jane Doe — November 29, 2016", ("Jane Doe",)),
    ],
)
def test_a_date_line_that_starts_with_the_name(line: str, names: tuple[str, ...]) -> None:
    page = DateExtractor().run(_page(HEADLINE, line, PROSE, language="en"))
    after = NameLineExtractor().run(page)
    assert after.fields["authors"].value == names
    assert after.fields["authors"].source == "text:name_before_date"


@pytest.mark.parametrize(
    "line",
    [
        "Berlin | 29. Dezember 2022",  # one word: a place
        "Monday, November 29, 2016",
        "Updated | November 29, 2016",
        "The council met | November 29, 2016",  # a lower-case word: no name
    ],
)
def test_a_date_line_that_starts_with_no_name(line: str) -> None:
    assert _run(HEADLINE, line, PROSE)["authors"] is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Christoph von Ritter", ("Christoph von Ritter",)),  # "von" is a German stop word
        ("Amelie Siekmann,", ("Amelie Siekmann",)),  # the comma before a second credit
    ],
)
def test_a_name_line_with_a_particle_or_a_trailing_comma(line: str, names: tuple[str, ...]) -> None:
    prose = "Der Rat hat am Montag von der Brücke gesprochen, sagte ein Sprecher der Stadt."
    assert _run(HEADLINE, line, "29. November 2016", prose, language="de")["authors"] == names


def test_a_particle_does_not_make_common_words_a_name() -> None:
    # "gute" is written in lower case in the prose: "Gute von Nachbarn" is no person.
    prose = "Wir haben gute Nachbarn von nebenan, sagt der Rat der Stadt am Montag."
    line = "Gute von Nachbarn"
    assert _run(HEADLINE, line, "29. November 2016", prose, language="de")["authors"] is None


def _with_title(*lines: str, title: int) -> dict[str, object]:
    page = DateExtractor().run(_page(*lines, language="en"))
    page = page.with_field("title", Field(lines[title], "test", title))
    after = NameLineExtractor().run(page)
    found = after.fields.get("authors")
    return {"authors": found.value if found else None, "marks": after.marks}


def test_a_name_right_under_the_headline() -> None:
    lines = (HEADLINE, "Jane Doe", PROSE, PROSE, "November 29, 2016", PROSE)
    found = _with_title(*lines, title=0)
    assert found["authors"] == ("Jane Doe",)


def test_a_name_two_lines_under_the_headline_is_not_taken() -> None:
    lines = (HEADLINE, PROSE, "Jane Doe", PROSE, "November 29, 2016", PROSE)
    assert _with_title(*lines, title=0)["authors"] is None


def test_a_sentence_under_the_headline_is_no_name() -> None:
    lines = (HEADLINE, "Jane Doe said the bridge will close", PROSE, "November 29, 2016", PROSE)
    assert _with_title(*lines, title=0)["authors"] is None


@pytest.mark.parametrize(("line", "handle"), [("von flerche", "flerche"), ("by oz", "oz")])
def test_by_and_a_one_word_handle_beside_the_date_line(line: str, handle: str) -> None:
    found = _run(HEADLINE, line, "November 29, 2016", PROSE)
    assert found["authors"] == (handle,)
    assert found["marks"][line] == Reason.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "by the",  # a stop word
        "by admin",  # a role, not a person
        "Delivered by hand",  # more than "by" and a word
        "By 2030",  # a number
    ],
)
def test_lines_with_by_that_name_no_handle(line: str) -> None:
    assert _run(HEADLINE, line, "November 29, 2016", PROSE)["authors"] is None


def test_a_by_handle_line_far_from_the_date_is_not_taken() -> None:
    assert _run("by oz", HEADLINE, "November 29, 2016", PROSE)["authors"] is None


def test_a_name_the_page_writes_in_lower_case_only_in_an_e_mail_address() -> None:
    contact = "Write to yasmine.hassan@cbc.ca with tips for the bureau, she said on Monday."
    found = _run(HEADLINE, "Yasmine Hassan", "November 29, 2016", PROSE, contact)
    assert found["authors"] == ("Yasmine Hassan",)


def test_a_name_the_page_writes_in_lower_case_in_prose_is_a_common_word() -> None:
    prose = "The council voted to keep the green park open, officials said on Monday."
    assert _run(HEADLINE, "Green Park", "November 29, 2016", prose)["authors"] is None


def test_a_name_the_page_writes_in_lower_case_only_inside_longer_words_stays_a_name() -> None:
    # "doe" in "does" and "hassan" in "hassans" are no words of the page (_CommonWords looks
    # for the word between two non-word characters).
    prose = "Nobody does it better, the hassans_club wrote on Monday about the old bridge."
    found = _run(HEADLINE, "Jane Doe", "November 29, 2016", PROSE, prose)
    assert found["authors"] == ("Jane Doe",)
    found = _run(HEADLINE, "Yasmine Hassan", "November 29, 2016", PROSE, prose)
    assert found["authors"] == ("Yasmine Hassan",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Audrey Huang, Print Managing Editor", ("Audrey Huang",)),
        ("Dylan Bailey, MS, RD, FAND", ("Dylan Bailey",)),
    ],
)
def test_a_name_line_with_a_role_after_a_comma(line: str, names: tuple[str, ...]) -> None:
    assert _run(HEADLINE, line, "November 29, 2016", PROSE)["authors"] == names


@pytest.mark.parametrize(
    "line",
    [
        "Paris, Texas",  # no role after the comma
        "Berlin, Hamburg, Munich and Cologne",  # places
        "Jane Doe, who edited the report",  # prose that mentions a name
    ],
)
def test_lines_with_a_comma_that_name_no_author(line: str) -> None:
    assert _run(HEADLINE, line, "November 29, 2016", PROSE)["authors"] is None
