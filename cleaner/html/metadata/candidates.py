"""Candidates for metadata fields and how the best one is chosen.

Every place a value can come from is a :class:`Candidate` with a source name and a rank; for
each field the highest-ranked candidate that survives cleaning wins, page order breaking ties.

>>> context = PageContext(site_names=(), month_first=False)
>>> found = best(
...     [Candidate("title", " ", "h1", RANK_HEADING), Candidate("title", "Rain", "title", 10)],
...     lambda candidate, context: str(candidate.value).strip(), context)
>>> found.value, found.source
('Rain', 'title')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from cleaner.blocks import Field

__all__ = [
    "FIELD_NAMES",
    "RANK_BYLINE",
    "RANK_HEADING",
    "RANK_JSONLD_ARTICLE",
    "RANK_LOCALE",
    "RANK_MARKUP",
    "RANK_META",
    "RANK_OPENGRAPH",
    "RANK_PAGE",
    "RANK_TEXT",
    "RANK_TITLE_TAG",
    "RANK_URL_DATE",
    "Candidate",
    "Cleaner",
    "PageContext",
    "Value",
    "best",
    "first_clean",
    "first_value",
]

FIELD_NAMES = (
    "title", "authors", "published", "modified", "publisher", "language", "summary", "url",
)  # fmt: skip

RANK_JSONLD_ARTICLE = 60
RANK_OPENGRAPH = 50
RANK_PAGE = 45
RANK_META = 40
RANK_LOCALE = 35
RANK_MARKUP = 30
RANK_BYLINE = 20
RANK_HEADING = 12
RANK_TITLE_TAG = 10
RANK_URL_DATE = 15
RANK_TEXT = 5

Value = str | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Candidate:
    name: str  # the field it may fill
    value: Value  # as found; cleaned when chosen
    source: str
    rank: int


@dataclass(frozen=True, slots=True)
class PageContext:
    """What cleaning a value needs to know about the page."""

    site_names: tuple[str, ...]  # declared publisher names and the host name
    month_first: bool  # US English: 02/10/2020 is February 10
    # Dates already read on this page, by (text, read as bare markup): a byline date is read
    # once to choose the published date and again to check the day it prints.
    dates: dict[tuple[str, bool], str] = field(default_factory=dict, compare=False)


Cleaner = Callable[[Candidate, PageContext], Value]


def first_value(value: Value) -> str:
    return value if isinstance(value, str) else (value[0] if value else "")


def first_clean(
    candidates: Iterable[Candidate], clean: Cleaner, context: PageContext
) -> Field | None:
    """The first candidate, in the order given, that survives cleaning.

    A value that cannot be read costs that candidate only, never the page: the cleaners
    return nothing for one, and an error one of them still raises on an odd value (a date
    library's) is taken the same way.
    """
    for candidate in candidates:
        try:
            value = clean(candidate, context)
        except (ValueError, OverflowError):
            continue
        if value:
            return Field(value, source=candidate.source, rank=candidate.rank)
    return None


def best(candidates: Iterable[Candidate], clean: Cleaner, context: PageContext) -> Field | None:
    """The highest-ranked candidate that survives cleaning; page order breaks ties."""
    return first_clean(sorted(candidates, key=lambda c: -c.rank), clean, context)
