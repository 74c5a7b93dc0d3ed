"""Bylines and contact lines -> ``authors``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import Block, Field, Mark, Page
from cleaner.bylines import AND, BY, GLUED_BY, LABELS, PARTICLES, ROLE_WORDS, VERBS
from cleaner.datetimes import MONTHS
from cleaner.languages import alternatives, words
from cleaner.prechecks import needle_text, required_literals, trie_pattern
from cleaner.reasons import Reason

__all__ = ["AuthorExtractor", "names_in_byline"]


@dataclass(frozen=True, slots=True)
class AuthorSettings:
    """The authors step's word limits (first text pipeline, 790ddd1; no figure recorded)."""

    # A byline is short: a name or two, a role, an agency.
    max_byline_words: int = 16
    # A contact line adds an e-mail address, a phone number and a handle.
    max_contact_words: int = 30


SETTINGS = AuthorSettings()

_PARTICLE = rf"(?:{'|'.join(PARTICLES)})"
# A date, or its label, right after the names is no part of them ("By Jane Doe December 7,
# 2015", "By Jane Doe Updated on ..."); a month name alone still is ("By Theresa May").
_DATE_AFTER = (
    rf"(?i:(?:{'|'.join(sorted(MONTHS))})\.?\s*\d|"
    rf"(?:{alternatives('published_label')}|{alternatives('modified_label')})\b)"
)
_NAME_WORD = rf"(?!{_DATE_AFTER})(?:[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?|[A-ZÀ-ÖØ-Þ]\.)"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD}){{1,3}}"
_JOIN = rf"(?:,|\b(?:{AND})(?!\w)|&)"
_NAMES = rf"(?P<names>{_NAME}(?:\s*{_JOIN}\s*{_NAME})*)"
# Dumps glue words at element borders ("ByJ.R. Stone", "Veröffentlicht vonChris Jung"), so the
# space after "by", "von" or a label is optional when a capital follows; not after the shorter
# words, which start brand names as often ("DoorDash", "DiMarca", "AVG.").
_BYLINE = re.compile(
    rf"^[\W_]{{0,6}}(?i:(?:{VERBS})\s+)?(?:(?i:{GLUED_BY}|(?:{LABELS})\s*:)"
    rf"(?:\s+|(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ.]))|(?i:{BY})\s+)\s*{_NAMES}",
)
# "Posted on March 3, 2021 by Ellen Barsky", "November 18, 2019 7:45 am PST by Joe Rossignol"
_TRAILING_BY = re.compile(
    rf"(?:\d|\b[ap]m|\b(?i:{alternatives('dateline_verb')}))\b.{{0,30}}?\s"
    rf"(?i:{alternatives('dateline_by')})\s+{_NAMES}\s*$"
)
_CONTACT = re.compile(rf"^(?i:{alternatives('contact_label')})\s+{_NAMES}\s+(?:at|@|on|via)\b")
_SPLIT = re.compile(rf"\s*{_JOIN}\s*")
# Words that follow "By" in phrases that are not bylines ("By the numbers", "By Monday").
_NOT_NAMES = frozenset(words("not_a_name"))


def _clean_name(name: str) -> str | None:
    name = name.strip(" .,;")
    parts = name.split()
    if len(parts) < 2 or parts[0].lower() in _NOT_NAMES:
        return None
    # A role ends the name ("Jane Doe Staff Writer"); a role alone is no name ("IGN Staff").
    roles = [i for i, part in enumerate(parts) if part.lower().strip(".,") in ROLE_WORDS]
    if roles:
        parts = parts[: roles[0]]
        if len(parts) < 2:
            return None
        name = " ".join(parts)
    if name.isupper():
        name = name.title()
    return name


def names_in_byline(text: str) -> tuple[str, ...]:
    """Author names of a byline, or () when ``text`` is not one.

    >>> names_in_byline("By Jane Doe and John Smith, Associated Press")
    ('Jane Doe', 'John Smith')
    >>> names_in_byline("By the numbers: a look back")
    ()
    """
    match = _BYLINE.match(text.strip())
    if match is None:
        return ()
    names = (_clean_name(n) for n in _SPLIT.split(match.group("names")))
    return tuple(dict.fromkeys(n for n in names if n))


def names_after_date(text: str) -> tuple[str, ...]:
    """Names at the end of a dateline ("... 2021 by Ellen Barsky").

    >>> names_after_date("Posted on March 3, 2021 by Ellen Barsky")
    ('Ellen Barsky',)
    """
    match = _TRAILING_BY.search(text.strip())
    if match is None:
        return ()
    names = (_clean_name(n) for n in _SPLIT.split(match.group("names")))
    return tuple(dict.fromkeys(n for n in names if n))


def names_in_contact(text: str) -> tuple[str, ...]:
    """Names of a reporter's contact line.

    >>> names_in_contact("Contact Howard Altman at or (813) 225-3112. Follow @haltman.")
    ('Howard Altman',)
    """
    match = _CONTACT.match(text.strip())
    if match is None:
        return ()
    names = (_clean_name(n) for n in _SPLIT.split(match.group("names")))
    return tuple(dict.fromkeys(n for n in names if n))


# Words one of which every byline, dateline byline and contact line holds, read off their
# patterns: a line with none of them is not tried.
_NEEDLES = re.compile(
    trie_pattern(
        sorted({n for p in (_BYLINE, _TRAILING_BY, _CONTACT) for n in required_literals(p) or ()})
    )
)


def _may_name_authors(block: Block) -> bool:
    """Cheap test before the name patterns: a byline word must be in the line."""
    return _NEEDLES.search(needle_text(block.text)) is not None


def _find(blocks: Sequence[Block]) -> tuple[list[tuple[Block, tuple[str, ...], Reason]], str]:
    candidates = [
        b for b in blocks if b.words <= SETTINGS.max_contact_words and _may_name_authors(b)
    ]
    bylines = [
        (b, names_in_byline(b.text) or names_after_date(b.text), Reason.BYLINE)
        for b in candidates
        if b.words <= SETTINGS.max_byline_words
    ]
    contacts = [(b, names_in_contact(b.text), Reason.CONTACT_LINE) for b in candidates]
    found_bylines = [hit for hit in bylines if hit[1]]
    found_contacts = [hit for hit in contacts if hit[1]]
    if found_bylines:
        return found_bylines + found_contacts, "text:byline"
    return found_contacts, "text:contact_line"


@dataclass(frozen=True)
class AuthorExtractor:
    """Read author names from bylines ("By ...") or contact lines, and drop those lines.

    Before: [p "By Jane Doe and John Smith"] ... [p "Contact Howard Altman at (813) 225-3112."]
    After:  [... -> removed: byline] ... [... -> removed: contact_line];
            authors = ("Jane Doe", "John Smith")

    A byline beats a contact line; only the first byline's names are taken, since later
    ones belong to related stories.
    """

    name: ClassVar[str] = "authors"

    def run(self, page: Page) -> Page:
        hits, source = _find(page.blocks_to_read("authors"))
        if not hits:
            return page
        page = page.with_marks(Mark(b.id, reason, self.name) for b, _, reason in hits)
        block, names, _ = hits[0]
        return page.with_field("authors", Field(names, source=source, block_id=block.id))
