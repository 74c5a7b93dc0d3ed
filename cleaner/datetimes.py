"""The one date parser: dates in markup values and in lines of text -> ISO 8601, or nothing.

Both front ends read dates here, with one month table (every language's names and
abbreviations, from :mod:`cleaner.languages`). Two readings:

* a value that markup says is a date (:func:`parse_date`, :func:`find_date`): any of many
  shapes (``2016-11-29T18:51:00+01:00``, ``Tue, 29 Nov 2016 18:51``, ``29. November 2016``,
  ``29.11.2016``);
* every date in a short line of text (:func:`find_dates`), with whether a "modified" or
  "updated" label precedes it: the text steps' date lines.

We keep what the page says and no more: a date with no time stays a date, a time with no
zone stays naive, and an offset is kept as given. A value that cannot be read (a day that
does not exist, a zone offset out of range) gives nothing, never an error.

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
>>> parse_date("2020-01-01T10:00:00+25:00") is None  # no such offset
True
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from types import MappingProxyType

from dateutil import parser as dateutil_parser
from dateutil.tz import tzoffset

from cleaner.languages import LANGUAGES, alternatives
from cleaner.languages.en import ENGLISH
from cleaner.prechecks import needle_text, required_literals

__all__ = [
    "HINT_PAIRS",
    "MODIFIED_LABEL",
    "MONTHS",
    "MONTH_NAMES",
    "PUBLISHED_LABEL",
    "DateMention",
    "find_date",
    "find_dates",
    "has_modified_label",
    "has_published_label",
    "may_hold_date",
    "may_hold_hint_digits",
    "parse_date",
]

# Every month name and abbreviation of every language -> its number (1-12).
MONTHS: Mapping[str, int] = MappingProxyType({
    name: number
    for language in LANGUAGES
    for table in (language.months, language.month_abbreviations)
    for number, names in enumerate(table, 1)
    for name in names
})  # fmt: skip
# Every month's full name in every language (no abbreviations): words that say a date.
MONTH_NAMES: frozenset[str] = frozenset(
    name for language in LANGUAGES for names in language.months for name in names
)
# dateutil reads English names only: the first name of each English month.
_ENGLISH_MONTHS = tuple(names[0] for names in ENGLISH.months)

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

# Month names dateutil does not know, mapped to English for it (it skips weekday names in
# fuzzy mode): every language's full names but those English spells the same.
_TO_ENGLISH: Mapping[str, str] = MappingProxyType({
    name: _ENGLISH_MONTHS[number - 1]
    for language in LANGUAGES
    if language.code != "en"
    for number, names in enumerate(language.months, 1)
    for name in names
    if name != _ENGLISH_MONTHS[number - 1]
})  # fmt: skip
_MONTH_WORD = re.compile(
    r"(?<!\w)(" + "|".join(sorted(_TO_ENGLISH, key=len, reverse=True)) + r")\.?(?!\w)", re.I
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
    # Named zones other than UTC are ambiguous ("IST"); keep only explicit offsets, and only
    # those a zone can have (less than a day).
    if offset is None or abs(offset) >= 24 * 3600:
        return None
    return tzoffset(name, offset)


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
        offset = _parse_offset(zone)
        if offset is None:
            return None  # "+25:00": the moment cannot be read, so the value gives nothing
        moment = moment.replace(tzinfo=offset)
    return _format(moment, has_time=True)


def _parse_offset(zone: str) -> timezone | None:
    """The zone of "Z", "+01:00", "-0530"; None for an offset no zone has (a day or more).

    >>> _parse_offset("+05:30"), _parse_offset("+25:00")
    (datetime.timezone(datetime.timedelta(seconds=19800)), None)
    """
    if zone == "Z":
        return UTC
    digits = zone[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:4] or 0)
    if minutes >= 24 * 60:
        return None
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
    english = _MONTH_WORD.sub(lambda m: _TO_ENGLISH[m.group(1).lower()], text)
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
        # A date needs its year, month and day written out; "May 2016" is not a publication
        # day.
        if (first.year, first.month, first.day) != (second.year, second.month, second.day):
            return None
        return _format(first, has_time=(first.hour, first.minute) == (second.hour, second.minute))
    except (ValueError, OverflowError, TypeError):  # no such date, zone or number
        return None


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
    english = _MONTH_WORD.sub(lambda m: _TO_ENGLISH[m.group(1).lower()], text)
    for match in _TEXT_DATE.finditer(english):
        found = parse_date(match.group(0), month_first=month_first)
        if found is not None:
            return found
    return None


# --- dates in a line of text ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DateMention:
    value: str  # ISO 8601: a date, or a naive datetime when the line gives a time
    is_modified: bool
    start: int  # character offset in the line


# Latin letters with their accents, and Cyrillic: "lutego", "października", "Şubat",
# "марта". Ranges, not the class of every letter ([^\W\d_]), which cost the whole clean
# 0.8% more instructions on aeb inscriptis dumps.
_LINE_MONTH = r"(?P<month>[A-Za-zÀ-ɏЀ-ӿ]{3,12})\.?"
# A month before the day ("December 2, 2016") is English usage: the narrower class is tried
# at every word's start of every candidate line, so its width costs (0.5% of the whole clean).
_FIRST_MONTH = r"(?P<month>[A-Za-zÀ-ÿ]{3,10})\.?"
_ORDINAL = rf"(?:\.|{alternatives('ordinal')})"
_OF = rf"(?:(?:{alternatives('date_of')})\s+)?"
_OCLOCK = alternatives("oclock")
_TIME = (
    rf"(?:,?\s*(?:{alternatives('date_at')}|-|–|\|)?\s*(?P<hour>\d{{1,2}})[:.h](?P<minute>\d{{2}})"
    rf"(?::(?P<second>\d{{2}}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?(?:\s*(?:{_OCLOCK}))?)?"
)
# Dumps glue a date to the label or name before it ("Publiziert17. Dezember 2024", "Associated
# PressApril 28, 2023") and to what follows ("2022Actualizado", "20233 years"): a date
# starts after anything but a digit (a month name: at a word start, or a capital after a
# lower-case letter or a digit, "#3Dec 16, 2025"); a date the year starts ends before any
# digit. (The digit: stop 40, dates tune | check pages: wcxb blocks 0 | +2, inscriptis
# 0 | +1; traf and fundus unchanged.)
_NOT_AFTER_DIGIT = r"(?<!\d)"
_NOT_BEFORE_DIGIT = r"(?!\d)"
_MONTH_START = r"(?:\b|(?<=[a-zà-ÿ0-9])(?=[A-ZÀ-Þ]))"
_LINE_PATTERNS = (
    re.compile(  # 2016-11-29, 2016-11-29T18:51:00, 2024.03.31 19:59, 2025/01/31, 2025•01•08
        rf"{_NOT_AFTER_DIGIT}(?P<year>(?:19|20)\d{{2}})(?P<isep>[-./•])(?P<mon>\d{{1,2}})"
        rf"(?P=isep)(?P<day>\d{{1,2}}){_NOT_BEFORE_DIGIT}"
        r"(?:(?:[T ]|\s+)(?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?\b"
    ),
    re.compile(  # 2025年1月14日 (Chinese and Japanese)
        rf"{_NOT_AFTER_DIGIT}(?P<year>(?:19|20)\d{{2}})\s*年\s*(?P<mon>\d{{1,2}})\s*月\s*"
        r"(?P<day>\d{1,2})\s*日(?:\s*(?P<hour>\d{1,2})[:時](?P<minute>\d{2}))?"
    ),
    re.compile(  # 2024년 9월 2일 (Korean)
        rf"{_NOT_AFTER_DIGIT}(?P<year>(?:19|20)\d{{2}})\s*년\s*(?P<mon>\d{{1,2}})\s*월\s*"
        r"(?P<day>\d{1,2})\s*일"
    ),
    re.compile(  # 14:52, 9 November 2022 (a live blog's clock before the date)
        rf"\b(?P<hour>\d{{1,2}})[:.h](?P<minute>\d{{2}})\s*(?P<ampm>[ap]\.?\s?m\.?)?(?:\s*(?:{_OCLOCK}))?"
        rf",?\s+(?:(?:{alternatives('date_on')})\s+)?(?:\w+,?\s+)?(?P<day>\d{{1,2}}){_ORDINAL}?\s+"
        rf"{_OF}{_LINE_MONTH}\s+{_OF}(?P<year>(?:19|20)\d{{2}}){_NOT_BEFORE_DIGIT}",
        re.IGNORECASE,
    ),
    re.compile(  # Friday, December 2, 2016 6:51pm / Nov. 24, 2016 / December 19. 2025 (month first)
        rf"{_MONTH_START}{_FIRST_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?[,.]?\s+"
        rf"(?P<year>(?:19|20)\d{{2}}){_TIME}",
        re.IGNORECASE,
    ),
    re.compile(  # 2. Dezember 2016, 8.Dezember 2016, 2 décembre 2016 à 18h51, 2 de mayo de 2016
        rf"{_NOT_AFTER_DIGIT}(?P<day>\d{{1,2}})(?:\.|{_ORDINAL}?\s+){_OF}{_LINE_MONTH}\s+{_OF}"
        rf"(?P<year>(?:19|20)\d{{2}}){_TIME}",
        re.IGNORECASE,
    ),
    re.compile(  # 11/29/16, 29.11.2016, 29/11/2016, 24. 1. 2025
        rf"(?<![\d/.])(?P<a>\d{{1,2}})(?P<sep>[/.]) ?(?P<b>\d{{1,2}})(?P=sep) ?"
        rf"(?P<year>(?:19|20)?\d{{2}})(?![\d/.]\d){_TIME}"
    ),
)
# Read in text dumps only (``dump_forms``): a comma between month and year after the day
# ("10 mayo, 2022", "28 Apr, 2020"). In HTML the markup gives the date, and a page whose
# markup gives none shows such a date on event and archive pages more often than on
# articles (wcxb html dates tune 0.753 -> 0.751, traf html check 0.764 -> 0.757 with it).
# Also a month name between slashes, dashes or dots ("29 / Dezember / 2022", "29-Dec-2022",
# "25.Jun.2019"), and a
# numeric date glued to any digits after its four-digit year: the next date
# ("15/01/201614/01/2016": published, then updated) or the lede's opening year ("19.12.20212021
# war ..."), which the line pattern leaves alone as it cannot tell where the year ends. The
# blocks dump joins a page's inline elements with no space where inscriptis puts one; a
# four-digit year ends where its width does. (Stop 43, any digits instead of a whole next
# date, dates tune | check pages: fundus blocks, held out, 0 | +1 (0.856 -> 0.864, its author
# too); traf, wcxb, aeb and fundus inscriptis unchanged; the shorter lookahead cost a pass over
# the aeb blocks dumps 2.4 M instructions less. An ISO date's two-digit day glued to digits,
# "2025-11-0314 min read", moved no page: dropped.)
_DUMP_PATTERNS = (
    *_LINE_PATTERNS,
    re.compile(
        rf"{_NOT_AFTER_DIGIT}(?P<day>\d{{1,2}}){_ORDINAL}?\s+{_OF}{_LINE_MONTH},\s+"
        rf"(?P<year>(?:19|20)\d{{2}}){_NOT_BEFORE_DIGIT}{_TIME}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"{_NOT_AFTER_DIGIT}(?P<day>\d{{1,2}})\s*(?P<msep>[/.-])\s*{_LINE_MONTH}\s*(?P=msep)\s*"
        rf"(?P<year>(?:19|20)\d{{2}}){_NOT_BEFORE_DIGIT}{_TIME}",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2})"
        r"(?=\d)"
    ),
)
# Each pattern with the literals one of which its every match holds (cleaner.prechecks; None
# for none): a line without them skips the pattern. Every candidate line is searched with
# every pattern, each from every position; the CJK and Korean ones ("年", "년"), the comma and
# slash forms rarely apply (aeb blocks dumps: find_dates 12.9 -> 9.9 ms per 90 pages).
_LINE_SCREENED = tuple((pattern, required_literals(pattern)) for pattern in _LINE_PATTERNS)
_DUMP_SCREENED = tuple((pattern, required_literals(pattern)) for pattern in _DUMP_PATTERNS)
# The labels a line gives its dates: "Updated", "Aktualisiert"; "Published", "Veröffentlicht am".
MODIFIED_LABEL = re.compile(alternatives("modified_label"), re.IGNORECASE)
PUBLISHED_LABEL = re.compile(alternatives("published_label"), re.IGNORECASE)
# Words one of which every label holds (cleaner.prechecks): a text holding none is not
# searched. Searched on a line, a label's pattern cost about 200,000 instructions (aeb blocks
# dumps: 1% of the whole clean); few lines hold a label's word.
_MODIFIED_WORDS = required_literals(MODIFIED_LABEL)
_PUBLISHED_WORDS = required_literals(PUBLISHED_LABEL)


def _labelled(pattern: re.Pattern[str], words: tuple[str, ...] | None, text: str) -> bool:
    if words is not None:
        lowered = needle_text(text)
        for word in words:
            if word in lowered:
                break
        else:
            return False
    return pattern.search(text) is not None


def has_modified_label(text: str) -> bool:
    """Whether ``text`` holds a "modified" label ("Updated", "Aktualisiert").

    >>> has_modified_label("Last updated: June 3"), has_modified_label("Posted June 3")
    (True, False)
    """
    return _labelled(MODIFIED_LABEL, _MODIFIED_WORDS, text)


def has_published_label(text: str) -> bool:
    """Whether ``text`` holds a "published" label ("Published", "Veröffentlicht am").

    >>> has_published_label("Veröffentlicht am 3. Juni"), has_published_label("3. Juni")
    (True, False)
    """
    return _labelled(PUBLISHED_LABEL, _PUBLISHED_WORDS, text)


# Every pattern above needs a four-digit year or a d/m/y-style group; most lines have neither.
# Written to start with one digit class (a year's "19"/"20" checked behind it), which re
# skips to: 2.5x as fast as the plain alternation "(?:19|20)\d\d|\d[/.] ?\d{1,2}[/.] ?\d",
# with the same matches (125,064 dump lines of every set).
_HINT = re.compile(r"\d(?:(?<=1)9\d\d|(?<=2)0\d\d|[/.] ?\d{1,2}[/.] ?\d)")
_FIRST_YEAR = 1995


# Pairs of which every hint holds one when its digits are ASCII: a year's "19" or "20", or a
# digit before a "." or "/". The dates step finds them in the features step's one scan of each
# line (cleaner.needles) and searches only the lines holding one. Pairs, not the hint's single
# literals (".", "/", "0", "9"; cleaner.prechecks): with those every full stop was a hit, and
# the aeb dumps' lines held four times as many.
_YEAR_STARTS = ("19", "20")
_NUMERIC_MARKS = "./"
HINT_PAIRS = (*_YEAR_STARTS, *(digit + mark for digit in "0123456789" for mark in _NUMERIC_MARKS))


def may_hold_hint_digits(text: str) -> bool:
    r"""Whether ``text`` holds what :data:`HINT_PAIRS` screens for, in any script's digits: a
    year's start, or a digit (as ``\d`` reads one: "3.4.20", "٣.٤.٢٠") right before a "."
    or a "/". False: no date in it, without the hint's pattern (which costs about 100
    instructions a character on a line of other characters than ASCII; this about 12).

    >>> may_hold_hint_digits("Prices rose 3% in May."), may_hold_hint_digits("in 2020")
    (False, True)
    >>> may_hold_hint_digits("am 3.4.21 – Preis"), may_hold_hint_digits("am ٣.٤.٢٠")
    (True, True)
    """
    for start in _YEAR_STARTS:
        if start in text:
            return True
    for mark in _NUMERIC_MARKS:
        position = text.find(mark, 1)
        while position > 0:
            if text[position - 1].isdecimal():  # str.isdecimal: what re's \d matches
                return True
            position = text.find(mark, position + 1)
    return False


def may_hold_date(text: str) -> bool:
    """A cheap look before :func:`find_dates`: False when no date pattern can match."""
    return _HINT.search(text) is not None


def _month_number(word: str) -> int | None:
    """A month's number from its name, abbreviation, or a word its abbreviation starts."""
    word = word.lower().rstrip(".")
    if word in MONTHS:
        return MONTHS[word]
    return MONTHS.get(word[:3]) if len(word) >= 3 else None


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 and year < 70 else year + 1900 if year < 100 else year


def _numeric_day_month(match: re.Match[str], day_first: bool) -> tuple[int, int]:
    a, b = int(match["a"]), int(match["b"])
    # Dots mean day first ("05.08.2019"), unless the middle number cannot be a month: a US
    # site's dotted stamp is month first ("11.14.2019 09:00 AM"), and it gave no date at all.
    # (Stop 40, dates tune | check pages: traf blocks and inscriptis 0 | +1 each, wcxb
    # -1 | +1 each (a dated teaser list read on a page without a date), fundus unchanged.)
    if a > 12 or (match["sep"] == "." and b <= 12):
        return a, b
    if b > 12:
        return b, a
    return (a, b) if day_first else (b, a)


def _hour(match: re.Match[str]) -> tuple[int, int, int] | None:
    if not match.groupdict().get("hour"):
        return None
    hour, minute = int(match["hour"]), int(match["minute"])
    second = int(match["second"]) if match.groupdict().get("second") else 0
    ampm = (match.groupdict().get("ampm") or "").replace(".", "").replace(" ", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return hour, minute, second


def _with_clock(date: dt.date, clock: tuple[int, int, int] | None) -> dt.datetime | None:
    """The date at ``clock``; None when there is none or it is no time of day ("28.01.2022 –
    29.01.2022" reads "29.01" as a clock: the date stays, the clock goes)."""
    if clock is None:
        return None
    try:
        return dt.datetime(date.year, date.month, date.day, *clock)
    except ValueError:
        return None


def _line_iso(match: re.Match[str], day_first: bool, today: dt.date) -> str | None:
    groups = match.groupdict()
    try:
        if groups.get("a"):
            day, month = _numeric_day_month(match, day_first)
        elif groups.get("month"):
            number = _month_number(match["month"])
            if number is None:
                return None
            day, month = int(match["day"]), number
        else:
            day, month = int(match["day"]), int(match["mon"])
        date = dt.date(_year(match["year"]), month, day)
    except ValueError:
        return None
    value = _with_clock(date, _hour(match))
    if not _FIRST_YEAR <= date.year <= today.year + 1:
        return None
    return value.isoformat() if value else date.isoformat()


def _readable_matches(
    pattern: re.Pattern[str], text: str, day_first: bool, today: dt.date
) -> Iterator[tuple[re.Match[str], str]]:
    """The matches of ``pattern`` that read as dates; after one that does not, the search
    goes on from its next character, so "PressApril 28, 2023" still gives "April 28, 2023"."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        value = _line_iso(match, day_first, today)
        if value is None:
            position = match.start() + 1
            continue
        yield match, value
        position = match.end()


def find_dates(
    text: str, *, day_first: bool = False, today: dt.date | None = None, dump_forms: bool = False
) -> list[DateMention]:
    """Every date in a short line, with whether a "modified/updated" label precedes it.

    Numeric dates are read month first unless ``day_first`` (pages not in English);
    ``dump_forms`` also reads the forms only text dumps are read for ("10 mayo, 2022").

    >>> [(d.value, d.is_modified) for d in find_dates(
    ...     "Fight ISIS 11/29/16 [Last modified: Friday, December 2, 2016 6:51pm]")]
    [('2016-11-29', False), ('2016-12-02T18:51:00', True)]
    >>> [d.value for d in find_dates("Veröffentlicht am 2. Dezember 2016, 18:51 Uhr")]
    ['2016-12-02T18:51:00']
    """
    today = today or dt.date.today()
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    lowered = needle_text(text)
    for pattern, literals in _DUMP_SCREENED if dump_forms else _LINE_SCREENED:
        if literals is not None:
            for literal in literals:  # a loop, not any(): this runs per pattern and line
                if literal in lowered:
                    break
            else:
                continue
        for match, value in _readable_matches(pattern, text, day_first, today):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append(match.span())
            previous_end = max((e for s, e in taken if e <= match.start()), default=0)
            label = text[max(previous_end, match.start() - 40) : match.start()]
            found.append(DateMention(value, has_modified_label(label), match.start()))
    return sorted(found, key=lambda d: d.start)
