"""cleaner.datetimes: the direct reading of plain dates agrees with dateutil's; a value that
cannot be read costs that value only; one month table serves both readings."""

from __future__ import annotations

import itertools

import pytest
from dateutil.parser import parserinfo
from hypothesis import given
from hypothesis import strategies as st

import cleaner
from cleaner.datetimes import _format, _parse_fuzzy, _simple_date, find_date, find_dates, parse_date

_NUMBERS = ("0", "1", "01", "7", "09", "12", "13", "28", "29", "30", "31", "32", "99")
_YEARS = ("0999", "1000", "1800", "1900", "2020", "2100", "2101")


def _agrees(text: str, dayfirst: bool) -> bool:
    simple = _simple_date(text, dayfirst)
    return simple is None or _format(simple, has_time=False) == _parse_fuzzy(text, dayfirst)


@pytest.mark.parametrize("separator", [".", "/", "-"])
def test_numeric_dates_read_as_dateutil_reads_them(separator: str) -> None:
    # Every order question (day or month first, which value can be a month) and every
    # impossible day.
    texts = [
        f"{first}{separator}{second}{separator}{year}"
        for first, second, year in itertools.product(_NUMBERS, _NUMBERS, _YEARS[3:5])
    ]
    wrong = [(t, d) for t in texts for d in (False, True) if not _agrees(t, d)]
    assert wrong == []


def test_named_months_read_as_dateutil_reads_them() -> None:
    names = [name for names in parserinfo.MONTHS for name in names] + ["Foo", "Mai"]
    shapes = ("{m} {d}, {y}", "{m}. {d}, {y}", "{d} {m} {y}", "{d}. {m} {y}")
    texts = [
        shape.format(m=name, d=day, y=year)
        for name, day, year, shape in itertools.product(
            [*names, *(n.upper() for n in names)],
            ("0", "1", "09", "29", "31", "32"),
            _YEARS,
            shapes,
        )
    ]
    wrong = [t for t in texts if not _agrees(t, dayfirst=False)]
    assert wrong == []


def test_other_shapes_are_left_to_dateutil() -> None:
    for text in ("19 Nov 2019 07:09 GMT", "Tue, 29 Nov 2016", "2016-11-29", "29.11.16", "May 2016"):
        assert _simple_date(text, dayfirst=True) is None


@pytest.mark.parametrize(
    "stamp",
    [
        "2020-01-01T10:00:00+25:00",
        "2020-01-01T10:00:00+99",
        "Mon, 01 Jan 2020 10:00:00 +2500",
        "2020-01-01T10:00:00-24:00",
    ],
)
def test_an_offset_out_of_range_costs_the_value_only(stamp: str) -> None:
    # Issue 12: such an offset raised ValueError and failed the whole page.
    found = parse_date(stamp)
    assert found is None or not found.endswith(("+25:00", "+99:00", "-24:00"))
    html = (
        f'<html><head><meta property="article:published_time" content="{stamp}">'
        f'<meta name="date" content="2020-01-02"></head><body><p>{"The council voted. " * 20}'
        "</p></body></html>"
    )
    record = cleaner.clean(html)  # no ValueError
    assert record.body
    # The unreadable offset is dropped (the date and time the page shows stay) or the next
    # candidate wins; an offset of a day or more is never given.
    assert record.published is None or record.published[:10] in ("2020-01-01", "2020-01-02")
    assert record.published is None or not record.published.endswith(("+25:00", "-24:00"))


@given(st.text(max_size=60))
def test_parse_date_never_raises(text: str) -> None:
    parse_date(text)
    parse_date("2016-11-29T18:51:00" + text)
    find_date(text)


def test_one_month_table_for_both_readings() -> None:
    # An Austrian "Jänner" and an Italian "set." were read by one reader and not the other.
    assert find_date("Veröffentlicht am 3. Jänner 2020") == "2020-01-03"
    assert [d.value for d in find_dates("3. Jänner 2020")] == ["2020-01-03"]
    assert [d.value for d in find_dates("12 set 2019")] == ["2019-09-12"]


@pytest.mark.parametrize(
    ("line", "values"),
    [
        # Dumps glue a date to the label, name or year before it, and to the word after it.
        ("Publiziert17. Dezember 2024, 12:17", ["2024-12-17T12:17:00"]),
        ("Associated PressApril 28, 2023 GMT", ["2023-04-28"]),
        ("3. April 20223. April 2022 by mady", ["2022-04-03"]),
        ("sabado 07 de mayo del 2022Actualizado", ["2022-05-07"]),
        ("April 10, 20233 years ago", ["2023-04-10"]),
        ("Reply #3Dec 16, 2025 at 9:14 am", ["2025-12-16T09:14:00"]),  # a month after a digit
        # ... and the day's dot to the month ("8.Dezember 2010"), as a blog theme prints it.
        ("8.Dezember 2010 um 09:43 · Rezepte von Mutti", ["2010-12-08T09:43:00"]),
        ("Josef Průša December 19. 2025", ["2025-12-19"]),
        # Year first, with dots or slashes; Chinese and Japanese.
        ("Nuomonės2024.03.31 19:59", ["2024-03-31T19:59:00"]),
        ("2025/01/31 11:30", ["2025-01-31T11:30:00"]),
        ("2025•01•08", ["2025-01-08"]),  # a blog theme's bullets between the parts
        ("2025年1月14日 01時28分", ["2025-01-14T01:28:00"]),
        # Day, month and year with spaces; French abbreviations.
        ("24. 1. 2025 12:38", ["2025-01-24T12:38:00"]),
        # Dots between a month-first date's parts: a middle number above 12 is the day.
        ("11.14.2019 09:00 AM", ["2019-11-14T09:00:00"]),
        ("Stand: 05.08.2019", ["2019-08-05"]),  # both may be the month: day first
        ("Publié le 18 juil. 2024 à 08:01", ["2024-07-18T08:01:00"]),
        # Abbreviations no other language spells: German, Spanish, Portuguese, Dutch.
        ("Rezept vom 2 Mrz. 2014", ["2014-03-02"]),
        ("27 de Abr de 2022", ["2022-04-27"]),
        ("5 ene. 2020", ["2020-01-05"]),
        ("3 fev 2021", ["2021-02-03"]),
        ("12 mrt. 2021, 10:15", ["2021-03-12T10:15:00"]),
        # Months with letters beyond Latin-1, in the genitive: Polish, Czech, Turkish; Norwegian.
        ("3 października 2021 r.", ["2021-10-03"]),
        ("14. února 2022", ["2022-02-14"]),
        ("14 Şubat 2022, 12:00", ["2022-02-14T12:00:00"]),
        ("14. desember 2022", ["2022-12-14"]),
        ("16 мая 2018 г.", ["2018-05-16"]),  # Russian; Ukrainian
        ("14 лютого 2022", ["2022-02-14"]),
        ("2024년 9월 2일 17:07", ["2024-09-02"]),  # Korean
        # A clock that is no time of day costs the clock, not the date.
        ("+++ 28.01.2022 – 29.01.2022", ["2022-01-28"]),
    ],
)
def test_written_and_glued_forms_in_lines(line: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(line, day_first=True)] == values


@pytest.mark.parametrize(
    "line",
    [
        "In 2019 11 people died on the bridge",  # a year and a number are no date
        "Call 2024 123 4567 for tickets",
        "ISBN 978-3-16-148410-0",
        "By Theresa May 2016",  # a month's name that is a surname
        "Version 2.Marz-Release 2020",  # a word that starts like a month is none
        "Die Entscheidung fiel am Montag, sagte der Rat.",
        "Build 2024-05-06T12:00Z-rc1",  # a stamp glued to more: not a date line's date
    ],
)
def test_prose_that_merely_mentions_numbers_gives_no_date(line: str) -> None:
    assert find_dates(line, day_first=True) == []
