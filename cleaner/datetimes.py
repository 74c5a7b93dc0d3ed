"""Date strings found in HTML markup -> ISO 8601, or nothing.

Markup dates come in many shapes (``2016-11-29T18:51:00+01:00``, ``Tue, 29 Nov 2016 18:51``,
``29. November 2016``, ``29.11.2016``). We keep what the page says and no more: a date with
no time stays a date, a time with no zone stays naive, and an offset is kept as given.

>>> parse_date("2016-12-02T18:51:00+01:00")
'2016-12-02T18:51:00+01:00'
>>> parse_date("Fri, 02 Dec 2016 18:51")
'2016-12-02T18:51:00'
>>> parse_date("29. November 2016")
'2016-11-29'
>>> find_date("Veröffentlicht am 3. März 2020, 10:15 Uhr")
'2020-03-03'
>>> parse_date("0001-01-01") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from types import MappingProxyType

from dateutil import parser as dateutil_parser
from dateutil.tz import tzoffset

__all__ = ["find_date", "parse_date"]

# Longer than any real date string; dateutil on a paragraph is slow and finds nonsense.
_MAX_DATE_CHARS = 80
_MIN_YEAR = 1800
_MAX_YEAR = 2100
# Values CMSs print when a date is unset (epoch, spreadsheet zero, SQL zero).
_PLACEHOLDERS = frozenset(("1900-01-01", "1970-01-01", "1899-12-30", "1899-12-31"))

_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?)?"
)
_ISO_COMPACT = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")
# Day-month-year with dots or dashes is the European order; with slashes it is ambiguous
# (02/10/2020 is 2 October in Britain, February 10 in the US) and the page's language decides.
_DAY_FIRST = re.compile(r"\b\d{1,2}[.-]\s?\d{1,2}[.-]\s?\d{2,4}\b")
_SLASHED = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")

# Month names of the languages we meet most, mapped to English for dateutil (which skips
# weekday names in fuzzy mode).
_MONTHS: Mapping[str, str] = MappingProxyType({
    "januar": "January", "jänner": "January", "janvier": "January", "enero": "January",
    "gennaio": "January", "januari": "January", "janeiro": "January",
    "februar": "February", "février": "February", "fevrier": "February", "febrero": "February",
    "febbraio": "February", "februari": "February", "fevereiro": "February",
    "märz": "March", "maerz": "March", "mars": "March", "marzo": "March", "maart": "March",
    "março": "March", "avril": "April", "abril": "April", "aprile": "April",
    "mai": "May", "mayo": "May", "maggio": "May", "mei": "May", "maio": "May",
    "juni": "June", "juin": "June", "junio": "June", "giugno": "June", "junho": "June",
    "juli": "July", "juillet": "July", "julio": "July", "luglio": "July", "julho": "July",
    "august": "August", "août": "August", "aout": "August", "agosto": "August",
    "augustus": "August", "septembre": "September", "septiembre": "September",
    "settembre": "September", "setembro": "September", "oktober": "October",
    "octobre": "October", "octubre": "October", "ottobre": "October", "outubro": "October",
    "novembre": "November", "noviembre": "November", "novembro": "November",
    "dezember": "December", "décembre": "December", "decembre": "December",
    "diciembre": "December", "dicembre": "December", "dezembro": "December",
})  # fmt: skip
_MONTH_WORD = re.compile(
    r"(?<!\w)(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?(?!\w)", re.I
)
_MONTH_NAMES = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# Date-shaped substrings of running text.
_TEXT_DATE = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\b\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{4}\b(?:,?\s+\d{1,2}:\d{2})?"
    r"|\b\d{2}\.\d{2}\.\d{2}\b(?!\.\d)"  # 28.01.22
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{_MONTH_NAMES}\s+\d{{4}}\b"
    rf"|\b{_MONTH_NAMES}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b",
    re.I,
)
# Two defaults differing in every field: a field that differs between the two parses was not
# in the string.
_DEFAULT_A = datetime(2001, 1, 1, 0, 0, 0)
_DEFAULT_B = datetime(2002, 2, 2, 1, 1, 1)


def _zone(name: str | None, offset: int | None) -> tzinfo | None:
    # Named zones other than UTC are ambiguous ("IST"); keep only explicit offsets.
    return tzoffset(name, offset) if offset is not None else None


def _format(moment: datetime, has_time: bool) -> str | None:
    day = moment.date().isoformat()
    if not _MIN_YEAR <= moment.year <= _MAX_YEAR or day in _PLACEHOLDERS:
        return None
    if not has_time:
        return day
    offset = moment.utcoffset()
    stamp = moment.replace(tzinfo=None, microsecond=0).isoformat()
    return stamp if offset is None else stamp + _format_offset(offset)


def _format_offset(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def _parse_iso(text: str) -> str | None:
    match = _ISO.match(text) or _ISO_COMPACT.fullmatch(text)
    if match is None:
        return None
    parts = match.groupdict()
    try:
        moment = datetime(int(parts["y"]), int(parts["m"]), int(parts["d"]))
        if parts.get("H") is None:
            return _format(moment, has_time=False)
        moment = moment.replace(
            hour=int(parts["H"]), minute=int(parts["M"]), second=int(parts["S"] or 0)
        )
    except ValueError:
        return None
    zone = parts.get("tz")
    if zone:
        moment = moment.replace(tzinfo=_parse_offset(zone))
    return _format(moment, has_time=True)


def _parse_offset(zone: str) -> timezone:
    if zone == "Z":
        return UTC
    digits = zone[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:4] or 0)
    return timezone(timedelta(minutes=-minutes if zone[0] == "-" else minutes))


# The commonest shapes, which dateutil always reads the same way ("21.12.2021", "August 5,
# 2019", "27. November 2018"): read directly, they cost a hundredth of dateutil's fuzzy parse
# (twice, see below). The rules are dateutil's own (``_ymd.resolve_ymd``); a test compares
# both readings on every day, month, separator and order.
_NUMERIC_DATE = re.compile(r"([0-9]{1,2})([./-])([0-9]{1,2})\2([0-9]{4})")
_NAMED_MONTH_FIRST = re.compile(r"([A-Za-z]+)\.? ([0-9]{1,2}), ([0-9]{4})")
_NAMED_DAY_FIRST = re.compile(r"([0-9]{1,2})\.? ([A-Za-z]+) ([0-9]{4})")
_MONTH_NUMBERS: Mapping[str, int] = MappingProxyType({
    name.lower(): number
    for number, names in enumerate(dateutil_parser.parserinfo.MONTHS, 1)
    for name in names
})  # fmt: skip
_FIRST_SIMPLE_YEAR = 1000  # below four significant digits dateutil's year rules apply


def _simple_date(text: str, dayfirst: bool) -> datetime | None:
    """The date of a plain "D.M.YYYY", "Month D, YYYY" or "D Month YYYY", else None.

    >>> _simple_date("04/05/2022", dayfirst=False), _simple_date("04/05/2022", dayfirst=True)
    (datetime.datetime(2022, 4, 5, 0, 0), datetime.datetime(2022, 5, 4, 0, 0))
    >>> _simple_date("Sept. 3, 2019", dayfirst=False)
    datetime.datetime(2019, 9, 3, 0, 0)
    >>> _simple_date("31.02.2019", dayfirst=True) is None  # no such day: dateutil decides
    True
    """
    match = _NUMERIC_DATE.fullmatch(text)
    if match is not None:
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if first > 31:
            return None
        if first > 12 or (dayfirst and second <= 12):
            return _valid_date(year, second, first)
        return _valid_date(year, first, second)
    named = _NAMED_MONTH_FIRST.fullmatch(text)
    if named is not None:
        month, day, year_text = named.group(1), named.group(2), named.group(3)
    else:
        named = _NAMED_DAY_FIRST.fullmatch(text)
        if named is None:
            return None
        day, month, year_text = named.group(1), named.group(2), named.group(3)
    number = _MONTH_NUMBERS.get(month.lower())
    if number is None or int(day) > 31:
        return None
    return _valid_date(int(year_text), number, int(day))


def _valid_date(year: int, month: int, day: int) -> datetime | None:
    if year < _FIRST_SIMPLE_YEAR:
        return None
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def _parse_loose(text: str, month_first: bool) -> str | None:
    english = _MONTH_WORD.sub(lambda m: _MONTHS[m.group(1).lower()], text)
    dayfirst = bool(_DAY_FIRST.search(english)) or (
        not month_first and _SLASHED.search(english) is not None
    )
    simple = _simple_date(english, dayfirst)
    if simple is not None:
        return _format(simple, has_time=False)
    return _parse_fuzzy(english, dayfirst)


def _parse_fuzzy(english: str, dayfirst: bool) -> str | None:
    """dateutil's fuzzy reading of a date among words, if it has a year, month and day."""
    try:
        first = dateutil_parser.parse(
            english, default=_DEFAULT_A, dayfirst=dayfirst, fuzzy=True, tzinfos=_zone
        )
        second = dateutil_parser.parse(
            english, default=_DEFAULT_B, dayfirst=dayfirst, fuzzy=True, tzinfos=_zone
        )
    except (ValueError, OverflowError, TypeError):
        return None
    # A date needs its year, month and day written out; "May 2016" is not a publication day.
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None
    return _format(first, has_time=(first.hour, first.minute) == (second.hour, second.minute))


def parse_date(text: str, *, month_first: bool = False) -> str | None:
    """The ISO 8601 form of a date string from markup, or None if it is not a full date.

    ``month_first`` reads an ambiguous ``02/10/2020`` as February 10 (US English pages).

    >>> parse_date("2016-11-29")
    '2016-11-29'
    >>> parse_date("2016-11-29T10:00:00Z")
    '2016-11-29T10:00:00+00:00'
    >>> parse_date("2016-02-30") is None
    True
    >>> parse_date("02/10/2020"), parse_date("02/10/2020", month_first=True)
    ('2020-10-02', '2020-02-10')
    """
    text = text.strip()
    if not text or len(text) > _MAX_DATE_CHARS or not any(c.isdigit() for c in text):
        return None
    if text[:4].isdigit():
        iso = _parse_iso(text)
        if iso is not None or _ISO.match(text):
            return iso
    return _parse_loose(text, month_first)


def find_date(text: str, *, month_first: bool = False) -> str | None:
    """The first full date written somewhere in a short piece of text (a byline, a label).

    >>> find_date("Posted on June 3, 2019 by admin")
    '2019-06-03'
    >>> find_date("12 comments") is None
    True
    """
    english = _MONTH_WORD.sub(lambda m: _MONTHS[m.group(1).lower()], text)
    for match in _TEXT_DATE.finditer(english):
        found = parse_date(match.group(0), month_first=month_first)
        if found is not None:
            return found
    return None
