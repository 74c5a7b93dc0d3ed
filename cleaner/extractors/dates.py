"""Date lines -> ``published`` and ``modified`` (ISO 8601)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import Block, Field, Mark, Page
from cleaner.config import CleanerConfig
from cleaner.reasons import Reason

__all__ = ["MONTH_NAMES", "DateExtractor", "DateMention", "find_dates"]

_MONTHS = {
    # English, German, French, Spanish, Italian, Dutch, Portuguese: name or prefix -> number
    "jan": 1, "januar": 1, "janvier": 1, "enero": 1, "gennaio": 1, "januari": 1, "janeiro": 1,
    "feb": 2, "februar": 2, "février": 2, "fevrier": 2, "febrero": 2, "febbraio": 2,
    "februari": 2, "fevereiro": 2,
    "mar": 3, "märz": 3, "maerz": 3, "mars": 3, "marzo": 3, "maart": 3, "março": 3,
    "apr": 4, "avril": 4, "abril": 4, "aprile": 4,
    "may": 5, "mai": 5, "mayo": 5, "maggio": 5, "mei": 5, "maio": 5,
    "jun": 6, "juni": 6, "juin": 6, "junio": 6, "giugno": 6, "junho": 6,
    "jul": 7, "juli": 7, "juillet": 7, "julio": 7, "luglio": 7, "julho": 7,
    "aug": 8, "august": 8, "août": 8, "aout": 8, "agosto": 8, "augustus": 8,
    "sep": 9, "sept": 9, "september": 9, "septembre": 9, "septiembre": 9, "settembre": 9,
    "setembro": 9,
    "oct": 10, "okt": 10, "oktober": 10, "octobre": 10, "octubre": 10, "ottobre": 10, "outubro": 10,
    "nov": 11, "november": 11, "novembre": 11, "noviembre": 11, "novembro": 11,
    "dec": 12, "dez": 12, "dezember": 12, "décembre": 12, "decembre": 12, "diciembre": 12,
    "dicembre": 12, "december": 12, "dezembro": 12,
}  # fmt: skip
# Every month name and abbreviation above, and the English names the prefix rule reaches.
MONTH_NAMES = frozenset(_MONTHS) | frozenset(
    "january february march april june july october".split()
)
_MONTH_WORD = r"(?P<month>[A-Za-zÀ-ÿ]{3,10})\.?"
_TIME = (
    r"(?:,?\s*(?:at|um|à|a las|alle|-|–|\|)?\s*(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})"
    r"(?::(?P<second>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?(?:\s*(?:uhr|h))?)?"
)
_PATTERNS = (
    re.compile(  # 2016-11-29, 2016-11-29T18:51:00
        r"\b(?P<year>(?:19|20)\d{2})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})"
        r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?\b"
    ),
    re.compile(  # 14:52, 9 November 2022 (a live blog's clock before the date)
        rf"\b(?P<hour>\d{{1,2}})[:.h](?P<minute>\d{{2}})\s*(?P<ampm>[ap]\.?\s?m\.?)?(?:\s*(?:uhr|h))?"
        rf",?\s+(?:on\s+|am\s+|le\s+)?(?:\w+,?\s+)?(?P<day>\d{{1,2}})(?:\.|er|st|nd|rd|th)?\s+"
        rf"(?:de\s+)?{_MONTH_WORD}\s+(?:de\s+)?(?P<year>(?:19|20)\d{{2}})\b",
        re.IGNORECASE,
    ),
    re.compile(  # Friday, December 2, 2016 6:51pm / Nov. 24, 2016
        rf"\b{_MONTH_WORD}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{{2}}){_TIME}",
        re.IGNORECASE,
    ),
    re.compile(  # 2. Dezember 2016, 2 décembre 2016 à 18h51, 2 de diciembre de 2016
        rf"\b(?P<day>\d{{1,2}})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?{_MONTH_WORD}\s+(?:de\s+)?"
        rf"(?P<year>(?:19|20)\d{{2}}){_TIME}",
        re.IGNORECASE,
    ),
    re.compile(  # 11/29/16, 29.11.2016, 29/11/2016
        rf"(?<![\d/.])(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)(?P<year>(?:19|20)?\d{{2}})"
        rf"(?![\d/.]\d){_TIME}"
    ),
)
_MODIFIED = re.compile(
    r"(?:last )?(?:modified|updated|update|edited|revised|aktualisiert|geändert|"
    r"mis à jour|actualizado|aggiornato|bijgewerkt)",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(
    r"published|posted|veröffentlicht|erschienen|publié|publicado|pubblicato|gepubliceerd|"
    r"created|first published|\bdate\b|datum|erstellt|geschrieben am|abgelegt",
    re.IGNORECASE,
)
_MAX_LINE_WORDS = 30
_EMBED_SIGNATURE = re.compile(r"^[—–-]\s*\S.{0,80}\(@\w+\)")
# Every pattern above needs a four-digit year or a d/m/y-style group; most lines have neither.
_HINT = re.compile(r"(?:19|20)\d\d|\d[/.]\d{1,2}[/.]\d")
_FIRST_YEAR = 1995


@dataclass(frozen=True, slots=True)
class DateMention:
    value: str  # ISO 8601: a date, or a naive datetime when the line gives a time
    is_modified: bool
    start: int  # character offset in the line


def _month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    if word in _MONTHS:
        return _MONTHS[word]
    return _MONTHS.get(word[:3]) if len(word) >= 3 and word[:3] in _MONTHS else None


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 and year < 70 else year + 1900 if year < 100 else year


def _numeric_day_month(match: re.Match[str], day_first: bool) -> tuple[int, int]:
    a, b = int(match["a"]), int(match["b"])
    if match["sep"] == "." or a > 12:
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


def _to_iso(match: re.Match[str], day_first: bool, today: dt.date) -> str | None:
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
        clock = _hour(match)
        value = dt.datetime(date.year, date.month, date.day, *clock) if clock else None
    except ValueError:
        return None
    if not _FIRST_YEAR <= date.year <= today.year + 1:
        return None
    return value.isoformat() if value else date.isoformat()


def find_dates(
    text: str, *, day_first: bool = False, today: dt.date | None = None
) -> list[DateMention]:
    """Every date in a short line, with whether a "modified/updated" label precedes it.

    >>> [(d.value, d.is_modified) for d in find_dates(
    ...     "Fight ISIS 11/29/16 [Last modified: Friday, December 2, 2016 6:51pm]")]
    [('2016-11-29', False), ('2016-12-02T18:51:00', True)]
    >>> [d.value for d in find_dates("Veröffentlicht am 2. Dezember 2016, 18:51 Uhr")]
    ['2016-12-02T18:51:00']
    """
    today = today or dt.date.today()
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            value = _to_iso(match, day_first, today)
            if value is None:
                continue
            taken.append(match.span())
            previous_end = max((e for s, e in taken if e <= match.start()), default=0)
            label = text[max(previous_end, match.start() - 40) : match.start()]
            found.append(DateMention(value, bool(_MODIFIED.search(label)), match.start()))
    return sorted(found, key=lambda d: d.start)


def _candidate(block: Block) -> bool:
    """Date lines are short, or labelled; a date inside a prose sentence is not a dateline,
    nor is the signature of an embedded post ("— Jane Doe (@jdoe) November 18, 2019")."""
    if block.words > _MAX_LINE_WORDS or _HINT.search(block.text) is None:
        return False
    if _EMBED_SIGNATURE.search(block.text):
        return False
    text = block.text.rstrip()
    is_sentence = text.endswith(".") and block.words > 8
    return not is_sentence or bool(_PUBLISHED.search(text) or _MODIFIED.search(text))


def _is_date_line(block: Block) -> bool:
    return block.words <= 12 or bool(_PUBLISHED.search(block.text) or _MODIFIED.search(block.text))


@dataclass(frozen=True)
class DateExtractor:
    """Read publication and modification dates from date lines, and drop those lines.

    Before: [p "Fight ISIS 11/29/16 [Last modified: Friday, December 2, 2016 6:51pm]"]
    After:  [... -> removed: date_line]; published = "2016-11-29",
            modified = "2016-12-02T18:51:00"

    The first unlabelled (or "published") date is the publication date; a date after
    "updated"/"modified" is the modification date. Numeric dates are read month first in
    English pages and day first elsewhere.
    """

    name: ClassVar[str] = "dates"

    def run(self, page: Page, config: CleanerConfig) -> Page:
        language = page.fields.get("language")
        day_first = bool(language and language.value not in ("en",))
        published: tuple[str, int] | None = None
        modified: tuple[str, int] | None = None
        marks = []
        for block in page.blocks_to_read("published", "modified"):
            if not _candidate(block):
                continue
            mentions = find_dates(block.text, day_first=day_first)
            if not mentions:
                continue
            if _is_date_line(block):
                marks.append(Mark(block.id, Reason.DATE_LINE, self.name))
            for mention in mentions:
                if mention.is_modified and modified is None:
                    modified = (mention.value, block.id)
                elif not mention.is_modified and published is None:
                    published = (mention.value, block.id)
        page = page.with_marks(marks)
        if published:
            page = page.with_field("published", Field(published[0], "text:date_line", published[1]))
        if modified:
            page = page.with_field("modified", Field(modified[0], "text:date_line", modified[1]))
        return page
