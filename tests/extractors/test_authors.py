"""AuthorExtractor: bylines and contact lines give the authors and leave the body."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from cleaner.datetimes import MONTHS
from cleaner.extractors import authors
from cleaner.extractors.authors import (
    AuthorExtractor,
    names_in_byline,
    names_in_contact,
    names_of_thread_starter,
)
from cleaner.reasons import Reason
from tests.helpers import text_page as _page

PROSE = "The council voted on Monday to close the bridge for repairs, officials said."


def test_docstring_example() -> None:
    page = _page("By Jane Doe and John Smith", PROSE, "Contact Howard Altman at (813) 225-3112.")
    after = AuthorExtractor().run(page)
    assert after.marks[0].reason == Reason.BYLINE
    assert after.marks[2].reason == Reason.CONTACT_LINE
    assert {m.by for m in after.marks.values()} == {"authors"}
    assert after.fields["authors"].value == ("Jane Doe", "John Smith")
    assert after.fields["authors"].source == "text:byline"
    assert [b.text for b in after.kept()] == [PROSE]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Marcus Ellery, Associated Press", ("Marcus Ellery",)),
        ("By Jane Doe and John Smith, Associated Press", ("Jane Doe", "John Smith")),
        ("By HANNAH LOWE and RAFAEL ORTIZ", ("Hannah Lowe", "Rafael Ortiz")),
        ("By Priya Nandakumar and Tom Keller", ("Priya Nandakumar", "Tom Keller")),
        ("by Oliver Strand", ("Oliver Strand",)),
        ("Von Katrin Albers", ("Katrin Albers",)),
        ("Par Camille Fontaine", ("Camille Fontaine",)),
        ("Written by Ellen Barsky", ("Ellen Barsky",)),
        ("By Jean-Luc de la Croix", ("Jean-Luc de la Croix",)),
        ("By Anna Berg, Tom Lund and Eva Holm", ("Anna Berg", "Tom Lund", "Eva Holm")),
        # Dumps glue "By" to the name at an element border, and a date to the name.
        ("ByNina Pineda", ("Nina Pineda",)),
        ("Veröffentlicht vonChris Jung 28. Februar 2016", ("Chris Jung",)),
        ("By Jaime Marchwinski December 7, 2015", ("Jaime Marchwinski",)),
        ("By Angela Kaye Carpenter Updated on February 16, 2026", ("Angela Kaye Carpenter",)),
        ("By Theresa May", ("Theresa May",)),
        # One byline grammar for text and markup: words the markup reader had, the text lacked.
        ("Af Jens Hansen og Mette Holm", ("Jens Hansen", "Mette Holm")),
        ("przez Jan Kowalski", ("Jan Kowalski",)),
        ("Autore: Mario Rossi e Luca Bianchi", ("Mario Rossi", "Luca Bianchi")),
        ("Verfasser: Jan Weber", ("Jan Weber",)),
        ("By: Jane Doe", ("Jane Doe",)),
        # A team or a paper signs with its article.
        ("By The Diggs Team", ("The Diggs Team",)),
        ("By Jane Doe and The Editorial Board", ("Jane Doe", "The Editorial Board")),
    ],
)
def test_names_in_byline(line: str, names: tuple[str, ...]) -> None:
    assert names_in_byline(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Autorin: Maria Schmidt", ("Maria Schmidt",)),
        ("Autor: Jan Weber", ("Jan Weber",)),
    ],
)
def test_a_labelled_byline_gives_its_author(line: str, names: tuple[str, ...]) -> None:
    # The cheap test before the byline pattern once rejected "Autorin" (it wanted the word
    # "autor" on its own), so the pattern, which accepts it, was never tried.
    after = AuthorExtractor().run(_page(line, PROSE))
    assert after.fields["authors"].value == names
    assert after.marks[0].reason == Reason.BYLINE


@pytest.mark.parametrize(
    "text",
    [
        "By the numbers: a look back",
        "By the end of The Long War, the town had emptied.",
        "By The",
        "By Monday, the water had receded.",
        "By 2030 the city expects to double its bus fleet.",
        "By Staff Reports",
        "Byron Keller won the race.",
        # A short byline word glued to a capital starts a brand name as often as a byline.
        "DoorDash Flagship Office",
        "DiMarca Rental Car",
        PROSE,
    ],
)
def test_not_a_byline(text: str) -> None:
    assert names_in_byline(text) == ()
    assert AuthorExtractor().run(_page(text)).marks == {}


def test_the_lead_letter_class_takes_every_letter_a_byline_word_can_start_with() -> None:
    # The class before the byline patterns' words may only turn away lines none of the words
    # matches: every character a word's first letter matches (case folded, "ſ" for "s") is
    # in it.
    everything = "".join(map(chr, range(0x110000)))
    letter = re.compile(authors._INITIAL)
    for initial in authors._INITIALS:
        for char in re.findall(f"(?i:{re.escape(initial)})", everything):
            assert letter.fullmatch(char), (initial, char)


def test_month_names_are_letters_only() -> None:
    # A name word is tried as a month only before a run of letters and a figure: every
    # character a month name's letter matches (case folded) must be a letter.
    everything = "".join(map(chr, range(0x110000)))
    letters = re.compile(r"[^\W\d_]")
    # One class of them all: re matches its letters case folded as each letter alone (the
    # test above checks it for a byline word's first letters).
    chars = re.escape("".join(sorted({char for month in MONTHS for char in month})))
    for match in re.findall(f"(?i:[{chars}])", everything):
        assert letters.fullmatch(match), match


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe December 7, 2015", ("Jane Doe",)),
        ("By Jane Doe Dec. 7, 2015", ("Jane Doe",)),
        ("By Theresa May", ("Theresa May",)),
        ("By Jane Doe Updated on Monday", ("Jane Doe",)),
    ],
)
def test_a_date_after_the_names_is_no_part_of_them(line: str, names: tuple[str, ...]) -> None:
    assert names_in_byline(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("— By Jane Doe", ("Jane Doe",)),
        ("| Written by Jane Doe", ("Jane Doe",)),
        ("»» Autorin: Nadja Zinsmeister", ("Nadja Zinsmeister",)),
        ("Contact Us", ()),
        ("__ Sports by Jane Doe", ()),
    ],
)
def test_marks_before_a_byline_word(line: str, names: tuple[str, ...]) -> None:
    assert names_in_byline(line) == names


def test_byline_after_a_posting_date() -> None:
    line = "Posted on March 3, 2021 by Ellen Barsky"
    after = AuthorExtractor().run(_page(line, PROSE))
    assert after.fields["authors"].value == ("Ellen Barsky",)
    assert after.marks[0].reason == Reason.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "© 2025 The Magazine | Website by Studio Name",  # a site's credit in its footer
        "Cards Series 1 by Jane Doe",  # a product's or a story's title: no date before "by"
        "Why the Firm Saw $3.7M Growth by Improving Their Website",
    ],
)
def test_by_and_names_after_a_figure_is_no_byline(line: str) -> None:
    for page in (_page(PROSE, line), replace(_page(PROSE, line), input_type="html")):
        after = AuthorExtractor().run(page)
        assert "authors" not in after.fields
        assert after.marks == {}


def test_a_byline_with_its_stamp_glued_on_is_read_past_the_byline_word_limit() -> None:
    line = (
        "By Jane Doe – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by John Roe, Senior Editor"
    )
    assert authors.SETTINGS.max_byline_words < len(line.split())
    after = AuthorExtractor().run(_page(line, PROSE))
    assert after.fields["authors"].value == ("Jane Doe",)
    assert after.marks[0].reason == Reason.BYLINE


def test_a_long_dated_line_with_by_inside_is_prose() -> None:
    # Within the limit of a line that starts as a byline, but not one: a dateline's "by" is
    # read only in a line of a byline's length.
    line = (
        "Veröffentlicht am 3. Mai 2014 von Fabian, nachdem der Stadtrat über den Neubau der "
        "Brücke und die Kosten der Sanierung gestritten hatte."
    )
    assert authors.SETTINGS.max_byline_words < len(line.split())
    assert len(line.split()) <= authors.SETTINGS.max_glued_byline_words
    after = AuthorExtractor().run(_page(line, PROSE))
    assert "authors" not in after.fields
    assert after.marks == {}
    short = "Veröffentlicht am 3. Mai 2014 von Fabian, nachdem der Stadtrat stritt."
    assert AuthorExtractor().run(_page(short, PROSE)).fields["authors"].value == ("Fabian",)


def test_contact_line() -> None:
    line = "Contact Howard Altman at or (813) 225-3112. Follow @haltman."
    assert names_in_contact(line) == ("Howard Altman",)
    after = AuthorExtractor().run(_page(PROSE, line))
    assert after.marks[1].reason == Reason.CONTACT_LINE
    assert after.fields["authors"].value == ("Howard Altman",)
    assert after.fields["authors"].source == "text:contact_line"


def test_first_byline_wins_later_ones_are_still_removed() -> None:
    page = _page("By Jane Doe", PROSE, "By Rick Stone")  # the second is a related story's
    after = AuthorExtractor().run(page)
    assert after.fields["authors"].value == ("Jane Doe",)
    assert sorted(after.marks) == [0, 2]


def test_long_block_starting_with_by_is_prose() -> None:
    text = (
        "By Jane Doe's own account, the campaign had run out of money weeks before the vote, "
        "and volunteers paid for the final mailings themselves."
    )
    assert AuthorExtractor().run(_page(text)).marks == {}


@pytest.mark.parametrize(
    ("label", "line", "names"),
    [
        ("Von", "Thomas Steinberg", ("Thomas Steinberg",)),
        ("By", "Jane Doe and John Smith", ("Jane Doe", "John Smith")),
        ("Author of the article:", "Jody Robbins", ("Jody Robbins",)),
        ("Autoren", "Jelko Djuren und Jutta Klaukien", ("Jelko Djuren", "Jutta Klaukien")),
        ("Auteur", "Uriel Gadessaud", ("Uriel Gadessaud",)),
    ],
)
def test_a_byline_split_over_two_lines(label: str, line: str, names: tuple[str, ...]) -> None:
    page = _page("Council approves bridge plan", label, line, PROSE)
    after = AuthorExtractor().run(page)
    assert after.fields["authors"].value == names
    assert after.marks[1].reason == after.marks[2].reason == Reason.BYLINE
    assert 3 not in after.marks


@pytest.mark.parametrize(
    ("label", "line"),
    [
        ("By", "the numbers"),  # lower case: no name
        ("Von", "Berlin aus gesehen"),
        ("By", "Staff Writer"),  # a role, not a person
        # A sentence after the label line is prose, however it starts.
        ("Von", "Thomas Steinberg hat den Plan am Montag im Rat vorgestellt und verteidigt."),
    ],
)
def test_a_label_line_before_no_name_is_no_byline(label: str, line: str) -> None:
    after = AuthorExtractor().run(_page(label, line, PROSE))
    assert "authors" not in after.fields
    assert 1 not in after.marks


def test_a_label_line_in_html_is_left_to_the_markup() -> None:
    # Only text dumps set label and names on lines of their own; HTML says who wrote a page
    # in its markup, so the HTML metadata is not moved.
    page = replace(_page("Von", "Thomas Steinberg", PROSE), input_type="html")
    assert "authors" not in AuthorExtractor().run(page).fields


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Veröffentlicht am 12. Juni 2017 von gizzmo", ("gizzmo",)),
        ("Veröffentlicht am 17. Dezember 2019 von Simon Dückert", ("Simon Dückert",)),
        ("von eseppelt · 31. Oktober 2023", ("eseppelt",)),
        ("Erstellt von Fabian am Dienstag 6. Mai 2014", ("Fabian",)),
        ("27. Januar 2014 by Barbara Russ / Kategorien: Event, Fashion", ("Barbara Russ",)),
        ("Posted in Datenschutz by damianduchamps on August 3, 2019", ("damianduchamps",)),
        ("Dezember 10, 2019 · von freeman1984 · in Uncategorized", ("freeman1984",)),
        ("by oz on December 4, 2006", ("oz",)),
    ],
)
def test_a_dateline_names_its_author_or_handle(line: str, names: tuple[str, ...]) -> None:
    after = AuthorExtractor().run(_page(line, PROSE))
    assert after.fields["authors"].value == names
    assert after.marks[0].reason == Reason.BYLINE
    assert 1 not in after.marks


@pytest.mark.parametrize(
    "line",
    [
        "Prices rose by 5 percent on 3 May 2020",  # no name after "by"
        "Posted by admin on May 3, 2020",  # a role, not a person
        "Die Preise stiegen bis 2020 von 5 auf 7 Euro",
        "Berlin, 3. März 2020: Grüße von Berlin aus nach Hamburg",  # "von" inside the line
        "The bridge was closed by engineers in the spring of 2020",  # no date
        "Work finished by Friday, 3 May 2020",  # a weekday, not a name
    ],
)
def test_a_dated_line_with_by_but_no_author(line: str) -> None:
    after = AuthorExtractor().run(_page(line, PROSE))
    assert "authors" not in after.fields
    assert after.marks == {}


def test_a_dateline_handle_in_html_is_left_to_the_markup() -> None:
    page = replace(_page("Veröffentlicht am 12. Juni 2017 von gizzmo", PROSE), input_type="html")
    assert "authors" not in AuthorExtractor().run(page).fields


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von: Nadja Zinsmeister", ("Nadja Zinsmeister",)),
        ("Von: JÖRG ZSCHOCHE", ("Jörg Zschoche",)),
        ("By: Jane Doe and John Smith", ("Jane Doe", "John Smith")),
    ],
)
def test_a_byline_word_written_as_a_label(line: str, names: tuple[str, ...]) -> None:
    after = AuthorExtractor().run(_page(line, PROSE))
    assert after.fields["authors"].value == names
    assert after.marks[0].reason == Reason.BYLINE


def test_a_colon_after_by_in_prose_is_no_byline() -> None:
    line = "Gefragt von: einem Leser aus Berlin, der die Brücke jeden Tag mit dem Rad überquert."
    after = AuthorExtractor().run(_page(line, PROSE))
    assert "authors" not in after.fields
    assert after.marks == {}


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Thread starter boobaloobie", ("boobaloobie",)),
        ("Thread starter Chris Hall", ("Chris Hall",)),
        ("Themenstarter Hans_W", ("Hans_W",)),
    ],
)
def test_a_forum_threads_starter_is_its_author(line: str, names: tuple[str, ...]) -> None:
    after = AuthorExtractor().run(_page("Catering event for the first time", line, PROSE))
    assert after.fields["authors"].value == names
    assert after.marks[1].reason == Reason.BYLINE


@pytest.mark.parametrize(
    "text",
    [
        "The thread starter asked how to prepare the food for a hundred guests.",
        "Thread starter",
        "Thread starter admin",
    ],
)
def test_a_mention_of_a_thread_starter_names_no_author(text: str) -> None:
    assert "authors" not in AuthorExtractor().run(_page(text, PROSE)).fields


def test_a_dateline_whose_day_was_read_as_a_list_marker_names_its_author() -> None:
    # "3. April 2022 by mady": the segmenter took "3." for a list marker.
    page = _page("April 2022 by mady", PROSE)
    page = replace(page, blocks=[replace(page.blocks[0], marker="3."), *page.blocks[1:]])
    assert AuthorExtractor().run(page).fields["authors"].value == ("mady",)


def test_a_numbered_item_that_mentions_by_and_a_month_names_no_author() -> None:
    page = _page("Prices rose by 5 percent in April", PROSE)
    page = replace(page, blocks=[replace(page.blocks[0], marker="3."), *page.blocks[1:]])
    assert "authors" not in AuthorExtractor().run(page).fields


def test_a_repeated_byline_line_gets_the_same_names_and_a_marked_copy_its_own() -> None:
    # Lines printed twice are read once (a per-page memo): the copy gets the same names, while
    # the same text with a day for a list marker is a dateline of its own.
    page = _page("April 2022 by mady", PROSE, "By Jane Doe", "April 2022 by mady", "By Jane Doe")
    after = AuthorExtractor().run(page)
    assert after.fields["authors"].value == ("Jane Doe",)
    assert sorted(after.marks) == [2, 4]
    day = replace(page.blocks[3], marker="3.")
    after = AuthorExtractor().run(replace(page, blocks=[*page.blocks[:3], day, page.blocks[4]]))
    assert sorted(after.marks) == [2, 3, 4]


def test_an_article_starts_a_name_but_is_no_handle() -> None:
    # "The" may start a team's name after "By", never stand alone as a forum handle.
    assert names_of_thread_starter("Thread starter The Diggs Team") == ("The Diggs Team",)
    assert names_of_thread_starter("Thread starter the") == ()
