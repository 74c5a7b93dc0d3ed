"""cleaner.datetimes: the direct reading of plain dates agrees with dateutil's."""

from __future__ import annotations

import itertools

import pytest
from dateutil.parser import parserinfo

from cleaner.datetimes import _format, _parse_fuzzy, _simple_date

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
