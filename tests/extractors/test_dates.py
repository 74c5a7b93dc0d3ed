"""DateExtractor: date lines give published/modified (ISO 8601) and leave the body."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace

import pytest

from cleaner.blocks import Block, BlockKind, Field, Mark, Page
from cleaner.datetimes import find_dates, may_hold_date
from cleaner.extractors.dates import SCREEN, DateExtractor, _bounded
from cleaner.needles import NeedleIndex
from cleaner.reasons import Reason
from cleaner.text.segment import segment_text
from tests.helpers import text_page as _page

TODAY = dt.date(2024, 6, 1)
PROSE_LINE = "The council voted on Monday to close the bridge for repairs, officials said."


def _found(text: str, *, day_first: bool = False) -> list[tuple[str, bool]]:
    return [(d.value, d.is_modified) for d in find_dates(text, day_first=day_first, today=TODAY)]


def test_docstring_example() -> None:
    line = "Fight ISIS 11/29/16 [Last modified: Friday, December 2, 2016 6:51pm]"
    after = DateExtractor().run(_page(line))
    assert after.marks[0].reason == Reason.DATE_LINE
    assert after.marks[0].by == "dates"
    assert after.fields["published"].value == "2016-11-29"
    assert after.fields["modified"].value == "2016-12-02T18:51:00"
    assert after.fields["published"].source == "text:date_line"


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Nov. 2, 2020", [("2020-11-02", False)]),
        ("Sept. 14, 2019", [("2019-09-14", False)]),
        ("March 9, 2023 at 8:15 a.m.", [("2023-03-09T08:15:00", False)]),
        ("Published: 12 January 2024", [("2024-01-12", False)]),
        ("17 August 2023", [("2023-08-17", False)]),
        ("2019-03-14T09:30:00", [("2019-03-14T09:30:00", False)]),
        ("29.11.2016", [("2016-11-29", False)]),
        ("2. Dezember 2016, 18:40 Uhr", [("2016-12-02T18:40:00", False)]),
        ("Veröffentlicht am 2. Dezember 2016, 18:51 Uhr", [("2016-12-02T18:51:00", False)]),
        ("Aktualisiert am 3. Dezember 2016", [("2016-12-03", True)]),
        (
            "Publié le 14 octobre 2022 à 07h30, mis à jour le 14 octobre 2022 à 11h05",
            [("2022-10-14T07:30:00", False), ("2022-10-14T11:05:00", True)],
        ),
        (
            "Published Feb. 14, 2019 at 4:12 p.m. | Updated Feb. 14, 2019 at 6:30 p.m.",
            [("2019-02-14T16:12:00", False), ("2019-02-14T18:30:00", True)],
        ),
        ("Friday, December 2, 2016 6:51pm", [("2016-12-02T18:51:00", False)]),
        ("Dec 2, 2016 12:05 am", [("2016-12-02T00:05:00", False)]),
        # A thread's last post dates its last activity, as an update does.
        ("13 replies 8 participants last post by JWoodguy13 Aug 7, 2023", [("2023-08-07", True)]),
        ("Last post: 01/12/2023 at 6:49 pm", [("2023-01-12T18:49:00", True)]),
        ("Letzter Beitrag: 01.12.2023", [("2023-12-01", True)]),
        ("Atualizado em 3 de maio de 2020", [("2020-05-03", True)]),
        # Prose that mentions the words is no label.
        ("The last post office closed on March 3, 2020.", [("2020-03-03", False)]),
    ],
)
def test_find_dates(line: str, found: list[tuple[str, bool]]) -> None:
    assert _found(line) == found


@pytest.mark.parametrize(
    "line",
    [
        "March 3, 2099",  # after next year: not a publication date
        "June 5, 1990",  # before the web
        "February 30, 2016",
        "Call 555-0142 for tickets",
        "Room 12/3",
        "The score was 3.5.",
    ],
)
def test_not_a_date(line: str) -> None:
    assert _found(line) == []


def test_numeric_dates_are_month_first_in_english_and_day_first_elsewhere() -> None:
    assert _found("03/04/2016") == [("2016-03-04", False)]
    assert _found("03/04/2016", day_first=True) == [("2016-04-03", False)]
    assert _found("13/04/2016") == [("2016-04-13", False)]  # 13 cannot be a month
    german = DateExtractor().run(_page("03/04/2016", language="de"))
    assert german.fields["published"].value == "2016-04-03"


def test_time_before_the_date() -> None:
    assert _found("Last updated: 14:52, 9 November 2022") == [("2022-11-09T14:52:00", True)]


def test_german_date_line_in_a_dump() -> None:
    page = Page("test", "text", segment_text("Von Katrin Albers\n\n2. Dezember 2016, 18:40 Uhr\n"))
    after = DateExtractor().run(page)
    assert after.fields["published"].value == "2016-12-02T18:40:00"


def test_date_inside_a_prose_sentence_is_not_a_date_line() -> None:
    text = "The law took effect on January 1, 2021, after two years of debate in the legislature."
    after = DateExtractor().run(_page(text))
    assert after.marks == {}
    assert "published" not in after.fields


@pytest.mark.parametrize("ellipsis", ["…", " …", "..."])
def test_a_teasers_sentence_cut_with_an_ellipsis_gives_no_date(ellipsis: str) -> None:
    text = f"The council put the rule of January 1, 2021 back on the table for a vote{ellipsis}"
    after = DateExtractor().run(_page(text))
    assert "published" not in after.fields


def test_a_short_date_line_ending_in_an_ellipsis_keeps_its_date() -> None:
    after = DateExtractor().run(_page("Posted January 1, 2021 …"))
    assert after.fields["published"].value == "2021-01-01"


def test_first_unlabelled_date_is_published_and_a_labelled_one_modified() -> None:
    page = _page("Updated Nov. 3, 2020", "Nov. 2, 2020", "Nov. 1, 2020")
    after = DateExtractor().run(page)
    assert after.fields["published"].value == "2020-11-02"
    assert after.fields["modified"].value == "2020-11-03"
    assert after.fields["published"].block_id == 1
    assert sorted(after.marks) == [0, 1, 2]


def test_page_without_dates_is_unchanged() -> None:
    page = _page("The council voted on Monday.")
    assert DateExtractor().run(page).fields == {}


def test_with_dates_from_markup_only_unmarked_date_lines_are_read() -> None:
    page = (
        _page("Updated March 3, 2021", "Posted March 1, 2021", "The council voted.")
        .with_field("published", Field("2021-03-01", "jsonld:datePublished", rank=60))
        .with_field("modified", Field("2021-03-03", "jsonld:dateModified", rank=60))
        .with_marks([Mark(0, Reason.OUTSIDE_CONTENT, "markup")])
    )
    after = DateExtractor().run(page)
    assert after.marks[0].reason == "outside_content"
    assert after.marks[1].reason == Reason.DATE_LINE
    assert after.fields["published"].source == "jsonld:datePublished"


def test_an_updated_date_alone_is_also_the_publication_date() -> None:
    prose = "Der Rat hat am Montag beschlossen, die Brücke zu schliessen, sagte ein Sprecher."
    after = DateExtractor().run(_page("Aktualisiert am 28.01.2020, 15:49 Uhr", prose))
    assert after.fields["published"].value == "2020-01-28T15:49:00"
    assert after.fields["modified"].value == "2020-01-28T15:49:00"


def test_an_updated_date_at_the_foot_of_the_page_is_not_the_publication_date() -> None:
    # A service page or a document says when it was last updated at its foot.
    prose = "The council voted on Monday to close the bridge for repairs, officials said."
    after = DateExtractor().run(_page(prose, prose, prose, "Last updated: January 28, 2020"))
    assert "published" not in after.fields
    assert after.fields["modified"].value == "2020-01-28"


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("10 mayo, 2022", [("2022-05-10", False)]),
        ("Published: 28 Apr, 2020 CET.", [("2020-04-28", False)]),
        ("8 Nov, 2021 at 10:15", [("2021-11-08T10:15:00", False)]),
        ("29 / Dezember / 2022", [("2022-12-29", False)]),
        ("29-Dec-2022 10:00", [("2022-12-29T10:00:00", False)]),
        ("Published on 25.Jun.2019 in Vol 7, No 6 (2019): June", [("2019-06-25", False)]),
        # published, then updated, glued: the first date ends where the next one starts
        ("15/01/201614/01/2016", [("2016-01-15", False)]),
        # a dotted date's year glued to the next element's digits (the blocks dump)
        ("19.12.20212021 war für ihn die erfolgreichste Saison.", [("2021-12-19", False)]),
    ],
)
def test_day_month_comma_year_is_read_in_dumps_only(
    line: str, found: list[tuple[str, bool]]
) -> None:
    assert [(d.value, d.is_modified) for d in find_dates(line, today=TODAY, dump_forms=True)] == (
        found
    )
    assert _found(line) == []


def test_day_month_comma_year_gives_the_date_of_a_dump_not_of_html() -> None:
    page = _page("Víctor Castellanos", "10 mayo, 2022", language="es")
    assert DateExtractor().run(page).fields["published"].value == "2022-05-10"
    html = replace(page, input_type="html")
    assert "published" not in DateExtractor().run(html).fields


def test_prose_with_a_day_month_comma_year_is_no_date_line() -> None:
    text = "On 10 May, 2022 was the day the council finally voted to close the old bridge."
    after = DateExtractor().run(_page(text))
    assert after.marks == {}
    assert "published" not in after.fields


@pytest.mark.parametrize(
    "line",
    [
        "Tabelle 3-2020-4",
        "Size 10-M-2020",
        "Artikel 12/2020 gelesen",
        "Part 2025-1-0314 of the catalogue",
        "Tel. 19.12.212021",  # a two-digit year ends nowhere: no date
    ],
)
def test_codes_with_dashes_and_slashes_are_no_dump_dates(line: str) -> None:
    assert find_dates(line, today=TODAY, dump_forms=True) == []


def test_a_day_taken_for_a_list_marker_is_read_back() -> None:
    # "3. April 2022" alone on a line: the segmenter reads "3." as a list marker.
    block = Block(0, "April 20223. April 2022 by mady", BlockKind.LIST_ITEM, marker="3.")
    after = DateExtractor().run(_page(block, language="de"))
    assert after.fields["published"].value == "2022-04-03"
    numbered = Block(0, "Punkte im Jahr 2022 gesammelt", BlockKind.LIST_ITEM, marker="3.")
    assert "published" not in DateExtractor().run(_page(numbered, language="de")).fields


@pytest.mark.parametrize(
    "line",
    [
        "Contracting-Beratung (bis 31.12.2018)",
        "Generalsekretär ist seit 1. Januar 2020 Marc Frings",
        "Offer valid until March 3, 2020",
        "Abierto desde 3 de marzo de 2020",
        # A forum member's join date starts their membership, not the page.
        "Joined Nov 4, 2011 Messages 65,334",
        "Beiträge: 1626 Registriert: 18.09.2008, 05:56",
        # One short word between: an article, a weekday's abbreviation.
        "Das Angebot gilt bis zum 31. August 2020",
        "Ab dem 8. Oktober 2020 geöffnet",
        "Posts: 1520 Joined: Mon Jul 24, 2017 9:28 am",
        # A poster's group's founding date, in the same profile line.
        "Posts: 4032 Founded: Dec 11, 2021 Ex-Nation",
        # A game's, a film's or a product's release.
        "Release date: Aug 21, 2012",
        "Release Date: 8 Nov, 2021",
        "Releases May 8, 2026 1h 56m R",
        "Expected availability: Apr 01, 2026",
        "Python 3.14, released on October 7, 2025",
        # An offer's end.
        "Sale ends 03/31/2026",
        "Coupon expires: May 8, 2026",
    ],
)
def test_a_date_that_bounds_a_period_is_not_the_page_date(line: str) -> None:
    assert "published" not in DateExtractor().run(_page(line, language="de")).fields


def test_a_date_wrapped_onto_the_line_after_its_bound_word_bounds_a_period() -> None:
    # lynx wraps "Heizungsoptimierung (bis 31.12.2021)" after "bis": the date opens the next line.
    page = _page("Heizungsoptimierung (bis", "31.12.2021)", "27.01.2022 Mineralöl", language="de")
    assert DateExtractor().run(page).fields["published"].value == "2022-01-27"


def test_a_release_date_split_from_its_field_label_is_not_the_page_date() -> None:
    # A game shop's table: "Developer" / "Gaijin" / "Released" / "15 Aug, 2013", each its own
    # line in a dump; the page's own date comes further down.
    page = _page("Developer", "Gaijin Entertainment", "Released", "15 Aug, 2013", "3 May 2020")
    assert DateExtractor().run(page).fields["published"].value == "2020-05-03"


def test_a_line_above_that_merely_mentions_a_bound_word_keeps_the_date() -> None:
    # The line above ends in prose ("... bis"), but not right before this line's date, or a
    # word after the date's start ("Bericht 31.12.2021") keeps the date the page's.
    for lines in (
        ("Von Montag bis Freitag geöffnet", "31.12.2021"),
        ("Geöffnet bis", "Bericht 31.12.2021"),
    ):
        after = DateExtractor().run(_page(*lines, language="de"))
        assert after.fields["published"].value == "2021-12-31"


def test_words_that_merely_contain_a_bound_word_keep_their_date() -> None:
    # "Abgelegt" starts with "ab", "Tillman" with "till": neither bounds a period.
    # "Joined by the mayor on March 3, 2020": a word after "joined" makes it no join date.
    for line in (
        "Abgelegt am 3. März 2020",
        "Tillman, March 3, 2020",
        "Joined by the mayor on March 3, 2020",
        "Founded by two students in a garage, March 3, 2020",
        "Unfounded rumours, March 3, 2020",
        "The release date was moved again, March 3, 2020",
        "Release dates, March 3, 2020",
        "The studio releases, March 3, 2020",
        "Unreleased demos, March 3, 2020",
        # A press release's own date: a weekday's full name between.
        "Released Tuesday, March 3, 2020",
        "Availability of parts, March 3, 2020",
        # A longer word between the bound word and the date: prose, no period.
        "Seit Jahren, 3. März 2020",
        "Until tomorrow, March 3, 2020",
        "The trail ends at the lake, March 3, 2020",
        "Weekends, March 3, 2020",
        "The offer expires in a week, March 3, 2020",
    ):
        assert DateExtractor().run(_page(line, language="de")).fields["published"].value == (
            "2020-03-03"
        )


@pytest.mark.parametrize(
    "line",
    [
        "bei Datumsangaben kein Abstand zwischen Tag und Monat und Jahr (z.B.: 9.9.2019)",
        "Write the date in full, e.g. 9 September 2019",
        "Indique la date, par exemple 9 septembre 2019",
    ],
)
def test_a_date_given_as_an_example_is_not_the_page_date(line: str) -> None:
    # A style guide's or a form's sample date: the line is still about dates, not dated.
    assert "published" not in DateExtractor().run(_page(line, language="de")).fields


def test_the_page_date_after_a_sample_date_is_still_read() -> None:
    lines = ("Dates without spaces (e.g. 9.9.2019)", "Posted on 3 March 2020 by the editors")
    after = DateExtractor().run(_page(*lines, language="en"))
    assert after.fields["published"].value == "2020-03-03"


def test_words_that_merely_end_like_an_example_marker_keep_their_date() -> None:
    # "Ausgabe.g." holds "e.g." inside a word: no example marker before the date.
    for line in ("Ausgabe.g. 3. März 2020", "Ausgabe vom 3. März 2020"):
        assert DateExtractor().run(_page(line, language="de")).fields["published"].value == (
            "2020-03-03"
        )


@pytest.mark.parametrize(
    "line",
    [
        "12.01.26 — 10.04.26",
        "Price valid Feb 13, 2026 - Mar 15, 2026 or while supply lasts",
        "DATE: 2025-12-12 - 2025-12-17",
    ],
)
def test_two_dates_joined_by_a_dash_are_a_period_not_the_page_date(line: str) -> None:
    assert "published" not in DateExtractor().run(_page(line)).fields


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Dec 15, 2025 - 10:30", "2025-12-15T10:30:00"),  # a time after the dash
        ("Posted Dec 15, 2025 - read the 2 replies from Dec 20, 2025", "2025-12-15"),
        ("Published Dec 15, 2025 | Updated Dec 20, 2025", "2025-12-15"),
    ],
)
def test_a_dash_after_a_date_alone_makes_no_period(line: str, value: str) -> None:
    assert DateExtractor().run(_page(line)).fields["published"].value == value


def test_a_dumps_unambiguous_numeric_date_sets_the_order_of_the_others() -> None:
    # An English page that writes day first: "28/11/2025" can only be read one way.
    page = _page("Published 06/01/2026", "Comment posted 28/11/2025", language="en")
    assert DateExtractor().run(page).fields["published"].value == "2026-01-06"


def test_a_dumps_numeric_dates_without_evidence_follow_the_language() -> None:
    page = _page("Published 06/01/2026", "Call 12-34-56 for more", language="en")
    assert DateExtractor().run(page).fields["published"].value == "2026-06-01"


def test_conflicting_numeric_dates_follow_the_language() -> None:
    page = _page("Published 06/01/2026", "28/11/2025", "11/28/2025", language="en")
    assert DateExtractor().run(page).fields["published"].value == "2026-06-01"


def test_a_list_of_dated_events_does_not_date_the_page() -> None:
    page = _page(
        "20.02.2020 20:00 Stammtisch",
        "13.02.2020 20:00 Stammtisch",
        "06.02.2020 20:00 Vorstandssitzung",
        "Vereinsabend im Clubhaus",
        "21. September 2019",
        "Der Verein traf sich am Samstag zu seinem jährlichen Fest im Clubhaus am See.",
        language="de",
    )
    after = DateExtractor().run(page)
    assert after.fields["published"].value == "2019-09-21"
    assert all(after.marks[i].reason == Reason.DATE_LINE for i in (0, 1, 2, 4))


def test_two_date_lines_in_a_row_are_no_list() -> None:
    page = _page("24 April 2020", "25 April 2020", "The council voted on Monday.", "3 May 2020")
    assert DateExtractor().run(page).fields["published"].value == "2020-04-24"


def test_a_page_of_dated_lines_only_keeps_its_first_date() -> None:
    page = _page("24 April 2020 Meeting", "25 April 2020 Meeting", "26 April 2020 Meeting")
    assert DateExtractor().run(page).fields["published"].value == "2020-04-24"


def test_a_dated_list_in_html_is_left_alone() -> None:
    lines = ("20 February 2020", "13 February 2020", "6 February 2020", "Club", "21 September 2019")
    page = replace(_page(*lines), input_type="html")
    assert DateExtractor().run(page).fields["published"].value == "2020-02-20"


def test_a_longer_dated_item_inside_a_dated_list_is_one_of_its_items() -> None:
    # The third item is too long for a date line, yet dated like the others: the list runs on
    # through it, and the page's date is the first outside it.
    page = _page(
        "Geschenkidee zur Goldhochzeit 29. September 2020",
        "Ihr Logo als Stickerei 31. August 2020",
        "Neu in 2020 für den besonderen Abitur-Jahrgang im Coronajahr mit Namen 1. August 2020",
        "Namenskissen in Arbeit 23. Juli 2020",
        "Über uns",
        "3. Mai 2019",
        language="de",
    )
    assert DateExtractor().run(page).fields["published"].value == "2019-05-03"


def _teasers(days: list[int], *, own: tuple[str, ...] = ()) -> list[str]:
    """A page of dated teasers (date, title, lede), each ``days`` a day of May 2025, after
    ``own`` lines."""
    lines = ["Latest posts", *own]
    for day in days:
        lines += [f"May {day}, 2025", f"Council notes, part {day}", "What the council said."]
    return lines


def test_a_listing_of_dated_teasers_gives_no_date() -> None:
    # A blog's index: every date is an item's, newest first, and the page shows none of its own.
    page = _page(*_teasers([20, 18, 15, 12, 9, 6, 3]))
    after = DateExtractor().run(page)
    assert "published" not in after.fields
    assert after.marks[1].reason == Reason.DATE_LINE


def test_a_listing_keeps_no_update_date_standing_in() -> None:
    page = _page(*_teasers([20, 18, 15, 12, 9, 6]), "Last updated: June 2, 2025")
    after = DateExtractor().run(page)
    assert "published" not in after.fields
    assert after.fields["modified"].value == "2025-06-02"


def test_a_thread_of_dated_posts_keeps_its_first_date() -> None:
    # Posts run oldest first: the first post dates the thread.
    page = _page(*_teasers([3, 6, 9, 12, 15, 18, 20]))
    assert DateExtractor().run(page).fields["published"].value == "2025-05-03"


def test_a_short_dated_list_gives_its_first_date() -> None:
    page = _page(*_teasers([20, 18, 15, 12, 9]))
    assert DateExtractor().run(page).fields["published"].value == "2025-05-20"


def test_a_short_articles_own_date_over_a_list_of_teasers_stays() -> None:
    # The article's date stands further from the list's first date than the items do from
    # each other: its text and the list's header lie between.
    own = ("May 21, 2025", PROSE_LINE, PROSE_LINE, "More from the council")
    page = _page(*_teasers([20, 18, 15, 12, 9, 6, 3], own=own))
    assert DateExtractor().run(page).fields["published"].value == "2025-05-21"


def test_an_own_date_printed_apart_from_a_list_stays() -> None:
    # Its print is not the items': the page's own stamp, not one of the list.
    own = ("Published: 21.05.2025, 10:32",)
    page = _page(*_teasers([20, 18, 15, 12, 9, 6, 3], own=own))
    assert DateExtractor().run(page).fields["published"].value == "2025-05-21T10:32:00"


def test_a_listing_in_html_keeps_its_first_date() -> None:
    page = replace(_page(*_teasers([20, 18, 15, 12, 9, 6, 3])), input_type="html")
    assert DateExtractor().run(page).fields["published"].value == "2025-05-20"


def test_a_prose_sentence_with_a_date_does_not_make_two_date_lines_a_list() -> None:
    # The sentence mentions a date but is no candidate line: the two date lines stay no list.
    page = _page(
        "24 April 2020",
        "25 April 2020",
        "The council met again on 3 May 2020 to vote on the plan for the bridge.",
        "Club news",
        "1 June 2019",
    )
    assert DateExtractor().run(page).fields["published"].value == "2020-04-24"


def test_of_glued_updated_and_published_dates_the_earliest_is_published() -> None:
    after = DateExtractor().run(_page("2018-08-29 14:15:57 2018-06-22 10:20:0022.06.2018 10:20"))
    assert after.fields["published"].value == "2018-06-22T10:20:00"


def test_a_labelled_update_after_the_date_is_still_the_modified_one() -> None:
    after = DateExtractor().run(_page("Published 2 March 2020, updated 1 February 2021"))
    assert after.fields["published"].value == "2020-03-02"
    assert after.fields["modified"].value == "2021-02-01"


def test_a_date_a_published_label_opens_its_line_with_wins_over_an_earlier_one() -> None:
    prose = "The parser reads a gigabyte of JSON per second on one core, the author says."
    page = _page(
        "Recent Posts",
        "Science and Technology links (December 14th 2019)",
        "Are 64-bit random identifiers free from collision?",
        "JSON parsing: simdjson vs. JSON for Modern C++",
        prose,
        "Posted on August 2, 2019 Author Daniel Lemire",
    )
    after = DateExtractor().run(page)
    assert after.fields["published"].value == "2019-08-02"
    assert after.fields["published"].block_id == 5


def test_a_sentence_that_mentions_publishing_before_a_date_gives_no_label() -> None:
    page = _page(
        "Science and Technology links (December 14th 2019)",
        "A study published in Nature on August 2, 2019 found more.",
    )
    assert DateExtractor().run(page).fields["published"].value == "2019-12-14"


def test_a_published_label_alone_on_the_line_above_labels_the_date() -> None:
    # A dump that cuts "Posted on August 2, 2019" into two lines.
    page = _page("Science and Technology links (December 14th 2019)", "Posted on", "August 2, 2019")
    after = DateExtractor().run(page)
    assert after.fields["published"].value == "2019-08-02"
    assert after.fields["published"].block_id == 2


def test_a_line_above_that_mentions_publishing_labels_no_date() -> None:
    # A sentence about publishing above, or a date that does not open its line: no label.
    for above, line in (
        ("The paper was published today.", "August 2, 2019"),
        ("Posted on", "Reviewed on August 2, 2019"),
    ):
        page = _page("Science and Technology links (December 14th 2019)", above, line)
        assert DateExtractor().run(page).fields["published"].value == "2019-12-14"


def test_a_labelled_line_with_the_first_lines_day_leaves_the_date_on_the_first() -> None:
    page = _page("Jane Doe", "August 2, 2019", "Posted on August 2, 2019")
    assert DateExtractor().run(page).fields["published"].block_id == 1


def test_a_threads_first_post_dates_it_not_its_last_post() -> None:
    page = _page(
        "2.1K views 13 replies 8 participants last post by JWoodguy13 Aug 7, 2023",
        "#1 · Aug 5, 2023 (Edited)",
        "My table saw trips the breaker whenever I rip thick oak. Any ideas what to check first?",
        "#2 · Aug 5, 2023",
    )
    after = DateExtractor().run(page)
    assert after.fields["published"].value == "2023-08-05"
    assert after.fields["modified"].value == "2023-08-07"


@pytest.mark.parametrize(
    "line",
    [
        "Official website Archived 2017-11-21 at the Wayback Machine",
        "Retrieved 3 May 2020",
        "Last checked: 2020-05-03",
        "Stadtportal, abgerufen am 3. Mai 2020",
        "Projektbeschreibung. sdef:Context/get?mode=about, Zugriff am 20.05.2018.",
        "Letzter Zugriff: 20.05.2018",
        "Portal da cidade, acesso em 3 de maio de 2020",
    ],
)
def test_a_references_access_date_is_not_the_page_date(line: str) -> None:
    assert "published" not in DateExtractor().run(_page(line, language="de")).fields


def test_prose_that_mentions_archives_keeps_its_date() -> None:
    page = _page("Archived footage from March 3, 2020")
    assert DateExtractor().run(page).fields["published"].value == "2020-03-03"
    for line in (
        "Zugriffszahlen vom 3. Mai 2020",
        "Zugriff auf die Akten seit Jahren, 3. Mai 2020",
    ):
        assert DateExtractor().run(_page(line, language="de")).fields["published"].value == (
            "2020-05-03"
        )


def test_an_update_date_above_the_first_date_leaves_the_first_date() -> None:
    prose = "The best platforms to sell courses, tested one by one over three months."
    page = _page("Last Updated on December 11, 2023", prose, prose, "November 15, 2022")
    assert DateExtractor().run(page).fields["published"].value == "2022-11-15"


def test_a_repeated_date_line_gets_the_same_dates_and_a_marked_copy_its_own() -> None:
    # Lines printed twice are read once (a per-page memo): the copy is a date line too, while
    # the same text with a day for a list marker ("3." of "3. April 2022") is read on its own.
    page = _page("Nov. 2, 2020", "April 2022", "Nov. 2, 2020", "April 2022")
    after = DateExtractor().run(page)
    assert after.fields["published"].value == "2020-11-02"
    assert sorted(after.marks) == [0, 2]
    day = replace(page.blocks[3], marker="3.")
    after = DateExtractor().run(replace(page, blocks=[*page.blocks[:3], day]))
    assert after.fields["published"].value == "2020-11-02"
    assert sorted(after.marks) == [0, 2, 3]


def test_a_byline_opening_a_long_line_dates_the_page_and_the_line_stays() -> None:
    # A dump flattened onto one line glues the byline to the lede: no date line, yet the
    # byline's date is the page's; the line is body text, not marked.
    lede = " ".join(["Tief verborgen unter dem dichten Regenwald fanden Forscher Städte."] * 4)
    page = _page(f"Von Paulina Cwiartka , Online-Redakteurin 05.11.2025, 18:00 Uhr {lede}")
    after = DateExtractor().run(page)
    assert after.fields["published"].value == "2025-11-05T18:00:00"
    assert not after.marks


@pytest.mark.parametrize(
    "line",
    [
        # A deadline after "By", no name between: prose.
        "By March 3, 2020, every employee must file the forms, the memo says, and the office"
        " will check each of them before the end of the month, as it did last year too.",
        # The date too far into the line: a sentence that mentions a day.
        "By the end of the long and difficult negotiations that had started on March 3, 2020,"
        " the two sides agreed on a plan for the harbour and the new rail line to the coast.",
    ],
)
def test_a_long_line_that_merely_opens_with_by_gives_no_date(line: str) -> None:
    assert "published" not in DateExtractor().run(_page(line)).fields


def test_a_byline_inside_a_long_line_dates_the_page() -> None:
    line = (
        "Strong tornadoes are possible across the central states both Friday and Saturday"
        " By Matthew Cappucci April 26, 2024 at 11:24 a.m. EDT Severe thunderstorms are"
        " likely to bring hail and damaging winds to much of the Plains this weekend."
    )
    after = DateExtractor().run(_page(line))
    assert after.fields["published"].value == "2024-04-26T11:24:00"
    assert not after.marks


@pytest.mark.parametrize(
    ("joint", "value"),
    [
        (" le ", "2020-09-14T11:46:00"),  # "Par Nicolas Gutierrez C. le 14.09.2020 à 11h46"
        (" - ", "2020-09-14T11:46:00"),  # "By John Walk - January 10, 2020"
        (" / ", "2020-09-14T11:46:00"),
    ],
)
def test_a_byline_inside_a_long_line_may_have_a_joint_before_its_date(
    joint: str, value: str
) -> None:
    line = (
        "Covid-19 et infox : comment une rumeur devient réalité Par Nicolas Gutierrez C."
        f"{joint}14.09.2020 à 11h46 Les informations non vérifiées ont envahi les réseaux"
        " sociaux depuis le début de la pandémie, et les rumeurs se propagent très vite."
    )
    after = DateExtractor().run(_page(line, language="fr"))
    assert after.fields["published"].value == value


def test_a_byline_inside_a_long_line_with_a_word_before_the_date_gives_no_date() -> None:
    # A longer word between the name and the date: a sentence that mentions a day.
    line = (
        "The council met again last week By Order Of The Mayor, later than 14.09.2020 the"
        " harbour was closed to every ship, and the fishermen had to find other work for"
        " the whole of the winter season, as the local paper reported at the time."
    )
    assert "published" not in DateExtractor().run(_page(line, language="de")).fields


def test_a_long_line_that_merely_mentions_by_and_a_day_gives_no_date() -> None:
    line = (
        "Prices were driven by rising costs on March 3, 2020, and by the shortages that"
        " followed, the report says; By then the Federal Reserve had already cut rates twice"
        " and the markets had started to fall across the whole of the country and abroad."
    )
    assert "published" not in DateExtractor().run(_page(line)).fields


def test_the_screens_pairs_find_every_line_that_may_hold_a_date() -> None:
    # Every string of up to five of these characters that may hold a date (may_hold_date)
    # holds one of the screen's pairs, or has a non-ASCII digit and a "." or "/" (such a
    # line is read without its hits: _lines_to_read).
    index = NeedleIndex.of((SCREEN,))
    for size in range(1, 6):
        for chars in itertools.product("0129./ a\u0663", repeat=size):
            text = "".join(chars)
            if may_hold_date(text):
                other = not text.isascii() and ("." in text or "/" in text)
                assert index.hits(text, 1) or other, text
    assert index.hits("home. about us. 09 items", 5) == 0
    assert index.hits("12.03.2024", 1) and index.hits("march 3, 2020", 3)


@pytest.mark.parametrize(
    ("text", "bounded"),
    [
        ("Gültig seit 1. Januar 2020", True),
        ("Format (z.B.: 9.9.2019)", True),
        ("Retrieved 3 May 2020", True),
        ("Archived 2017-11-21", True),
        ("Published 3 May 2020", False),
        ("3 May 2020", False),
        # The words far before the date, out of reach: the date itself is no bound's.
        ("Valid until the end of the season, they said on 3 May 2020", False),
    ],
)
def test_a_date_after_a_bound_an_example_or_a_citation_is_bounded(text: str, bounded: bool) -> None:
    # The patterns are tried only where the window before the date holds their literals.
    start = next(i for i, char in enumerate(text) if char.isdigit())
    assert _bounded(text, start) is bounded


def test_a_meta_line_of_barred_fields_ending_in_a_full_stop_dates_the_page() -> None:
    # A dump that ends the meta line at its reading time's "min.": fields, not a sentence.
    line = "28.04.2021 - 07:18 | Quelle: dpa-afx topthem... | Lesedauer etwa 4 min."
    after = DateExtractor().run(_page(line, PROSE_LINE))
    assert after.fields["published"].value == "2021-04-28T07:18:00"


def test_a_sentence_that_mentions_a_pipe_and_a_day_gives_no_date() -> None:
    # A pipe inside prose, with no spaces around it, separates no fields.
    line = "The search for cats|dogs on 28.04.2021 returned more pages than any query before."
    after = DateExtractor().run(_page(line, PROSE_LINE))
    assert "published" not in after.fields


def test_a_date_glued_between_a_name_and_the_lede_dates_the_page() -> None:
    # A dump joining elements with no space (get_text() without a separator) glues the date
    # stamp to the author before it and to the lede after it: no sentence's date.
    line = (
        "Spice Cayenne: The Next-Generation Data Accelerator Luke KimDecember 17, 2025TLDR"
        " Spice Cayenne is the next-generation accelerator that we built for performance"
        " and for the scale of the largest data sets our customers keep in the cloud."
    )
    after = DateExtractor().run(_page(line))
    assert after.fields["published"].value == "2025-12-17"
    assert not after.marks


def test_a_labelled_date_glued_to_the_lede_dates_the_page() -> None:
    line = (
        "Let us help you find your best fit university! By Reyan Perumal Published on July 18,"
        " 2025Online classes have significantly grown in popularity over the past years, and"
        " students now choose them for their flexibility and their lower costs."
    )
    assert DateExtractor().run(_page(line)).fields["published"].value == "2025-07-18"


@pytest.mark.parametrize(
    "line",
    [
        # A year glued to a word, with no date before it.
        "The club was founded in 1998 and has played in the league ever since 2004Final"
        " rounds included, the coach said, and the fans were there for every game of it.",
        # A spaced date before a glued link: a link's title, not a stamp.
        "Horoscope Tomorrow, 20th December 2025Horoscope Today Sensex Today Share Price Live"
        " Updates Advance Tax Payment Deadline Quote of the Day by Warren Buffett FIFA peace"
        " prize Is Cloudflare Down Today IPO Allotment Status Live Cyclone News",
    ],
)
def test_a_year_glued_in_prose_or_after_a_spaced_date_gives_no_date(line: str) -> None:
    assert "published" not in DateExtractor().run(_page(line)).fields


def _flattened(*pieces: str) -> Page:
    """A text page whose pieces the segmenter cut from one input line (line 1)."""
    return _page(*(Block(i, text, line=1) for i, text in enumerate(pieces)))


def test_a_piece_of_a_flattened_page_opening_with_its_one_date_dates_the_page() -> None:
    # The page on one line, cut at its sentence ends: the headline, then the date stamp glued
    # to the lede's first sentence ("December 29th 2019 Tweet This Ever since ...").
    page = _flattened(
        "Home Blog About Contact Subscribe",
        "How To Scrape Google With Python",
        "December 29th 2019 Tweet This Ever since the search API went away, I have been"
        " looking for another way.",
        "So I made my own, and here is a quick guide to it.",
    )
    assert DateExtractor().run(page).fields["published"].value == "2019-12-29"


def test_a_flattened_piece_with_several_dates_or_a_line_of_its_own_gives_no_date() -> None:
    # A dated list's items run together: the piece opens with one item's date, not the page's.
    listed = _flattened(
        "Blog posts",
        "8. April 2020 ✂ 13 Jahre Uniqz 1. April 2020 ✂ Hundedecke mit Namen 22. März 2020 ✂"
        " Geschenkidee zum Abitur.",
        "Start ✂ Anlässe ✂ Geburt, Taufe",
    )
    assert "published" not in DateExtractor().run(listed).fields
    # The same sentence on a line of its own (not a flattened page's piece): prose.
    alone = _page(
        "December 29th 2019 Tweet This Ever since the search API went away, I have been"
        " looking for another way."
    )
    assert "published" not in DateExtractor().run(alone).fields


def test_a_day_cut_off_the_piece_before_is_read_back_in_front_of_its_month() -> None:
    # The segmenter took the day's full stop for a sentence end ("... gestartet17." /
    # "September 2011Kommentar hinzufügen"): the two pieces of one line give the date.
    page = _page(
        Block(0, "Publikumsvoting beim Wiener Content Award gestartet17.", line=3),
        Block(1, "September 2011Kommentar hinzufügen", line=3),
        language="de",
    )
    assert DateExtractor().run(page).fields["published"].value == "2011-09-17"


def test_a_number_before_a_month_on_another_line_or_with_decimals_is_no_day() -> None:
    for before in (Block(0, "Wir feiern Version 3.17.", line=3), Block(0, "Kapitel 17.", line=2)):
        page = _page(before, Block(1, "September 2011 Rückblick", line=3), language="de")
        assert "published" not in DateExtractor().run(page).fields
