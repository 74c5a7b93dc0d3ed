"""Copyright lines -> ``publisher``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import Field, Mark, Page
from cleaner.extractors.features import block_stats, needle_text_of
from cleaner.languages import alternatives
from cleaner.needles import Screen, screen_lines
from cleaner.prechecks import needle_text, required_literals
from cleaner.reasons import Reason

__all__ = ["PublisherExtractor", "publisher_from_copyright"]


@dataclass(frozen=True, slots=True)
class PublisherSettings:
    """The publisher step's limits (first text pipeline, 790ddd1; no figure recorded)."""

    # A copyright line is short; a long block mentioning copyright is reporting.
    max_words: int = 30
    # A publisher's name is short: longer text after "©" is a sentence ...
    max_name_chars: int = 60
    # ... or a list of credits.
    max_name_words: int = 6


SETTINGS = PublisherSettings()

_COPYRIGHT = re.compile(
    r"^(?:[^.!?]{0,40}?\s(?=©))?(?:©|\(c\)|copyright(?:\s*©)?)\s*(?:\d{4}\s*(?:[-–]\s*\d{2,4})?)?\s*,?\s*"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
# Where the credited name ends.
_NAME_END = re.compile(rf"\.\s|\.$|,\s|\||·|•|{alternatives('rights_reserved')}", re.IGNORECASE)
# "Image copyright Getty Images" credits a photo, not the page.
_MEDIA_CREDIT = re.compile(rf"^\W*({alternatives('media_word')})s?\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
# A copyright notice shows a sign, a year or "all rights reserved"; "Copyright" followed by
# words alone is a headline or a section about copyright ("Copyright law for artists"), and
# taking it for the footer would end the article there (the copyright line is a wall).
_NOTICE = re.compile(
    rf"©|\(c\)|\b(19|20)\d{{2}}\b|{alternatives('rights_reserved')}", re.IGNORECASE
)
_NOT_A_NAME = re.compile(r"^(?:\d+|by|the|all rights reserved|reserved)?$", re.IGNORECASE)
_LEADING = re.compile(r"^[\s,;:–|-]+")
_TRAILING = re.compile(
    r"[\s,;:–|-]+$|\s+(19|20)\d{2}$|\s+(?:inc|llc|ltd|gmbh|ag|s\.a|plc)\.?$", re.IGNORECASE
)


# What every copyright line holds ("©", "(c)", "copyright"), read off the pattern: a literal
# test first, as this runs on every short block of every page.
_NEEDLES = required_literals(_COPYRIGHT) or ("",)
# The same test in the features step's one scan of each line (cleaner.needles).
_SCREEN = Screen.of((_NEEDLES,), max_words=SETTINGS.max_words)


def _may_be_copyright(text: str, lowered: str = "") -> bool:
    """``lowered`` is the text's ``needle_text`` when the caller has it."""
    lowered = lowered or needle_text(text)
    return any(needle in lowered for needle in _NEEDLES)


def publisher_from_copyright(text: str) -> str | None:
    """The name a copyright line credits, or None.

    >>> publisher_from_copyright("© 2017 Tampa Bay Times")
    'Tampa Bay Times'
    >>> publisher_from_copyright("Copyright 2019 The Associated Press. All rights reserved.")
    'The Associated Press'
    >>> publisher_from_copyright("The council approved the budget.") is None
    True
    >>> publisher_from_copyright("Copyright law for artists") is None
    True
    """
    if len(text.split()) > SETTINGS.max_words or not _may_be_copyright(text):
        return None
    if _MEDIA_CREDIT.match(text) or not _NOTICE.search(text):
        return None
    match = _COPYRIGHT.match(text.strip())
    if match is None:
        return None
    rest = match.group("rest")
    end = _NAME_END.search(rest)
    name = _TRAILING.sub("", (rest[: end.start()] if end else rest).strip())
    name = _LEADING.sub("", _TRAILING.sub("", name)).strip()
    if _NOT_A_NAME.match(name) or len(name) > SETTINGS.max_name_chars:
        return None
    if len(name.split()) > SETTINGS.max_name_words:
        return None
    return name


@dataclass(frozen=True)
class PublisherExtractor:
    """Read the publisher from a copyright line and drop the line.

    Before: [p "© 2017 Tampa Bay Times"]
    After:  [p "© 2017 Tampa Bay Times" -> removed: copyright_line]; publisher = "Tampa Bay Times"

    A copyright line with a year wins over a bare "© Name" (which is usually a photo credit).
    """

    name: ClassVar[str] = "publisher"
    screens: ClassVar[tuple[Screen, ...]] = (_SCREEN,)

    def run(self, page: Page) -> Page:
        # Marked blocks are skipped once the field is set (Page.blocks_to_read).
        skipped = () if page.blocks_to_read("publisher") is page.blocks else page.marks
        blocks, limit, stats = page.blocks, SETTINGS.max_words, block_stats(page)
        # The lines holding a needle, or not scanned (few are), read off every line's hits at
        # once; then publisher_from_copyright's own needle test on the features step's
        # lower-cased text, which turns away a line not scanned that holds none.
        found = [
            (b, publisher_from_copyright(b.text))
            for index in screen_lines(page, _SCREEN, 1)
            if (b := blocks[index]).words <= limit
            and index not in skipped
            and _may_be_copyright(b.text, needle_text_of(stats[index]))
        ]
        hits = [(b, name) for b, name in found if name]
        if not hits:
            return page
        page = page.with_marks(Mark(b.id, Reason.COPYRIGHT_LINE, self.name) for b, _ in hits)
        with_year = [(b, name) for b, name in hits if _YEAR.search(b.text)]
        block, name = (with_year or hits)[-1]
        return page.with_field("publisher", Field(name, source="text:copyright", block_id=block.id))
