"""Bylines and contact lines -> ``authors``."""

from __future__ import annotations

import re
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import ClassVar

from cleaner.blocks import Block, Field, Mark, Page, TextStats
from cleaner.bylines import AND, BY, GLUED_BY, LABELS, PARTICLES, ROLE_WORDS, VERBS
from cleaner.datetimes import MONTHS, find_dates, may_hold_date
from cleaner.extractors.dates import text_with_day
from cleaner.extractors.features import block_stats, needle_text_of, page_stopwords
from cleaner.languages import alternatives, words
from cleaner.needles import Screen, screen_hits, screen_lines
from cleaner.prechecks import first_chars, needle_text, required_literals, trie_pattern
from cleaner.reasons import Reason

__all__ = ["AuthorExtractor", "NameLineExtractor", "names_in_byline"]


@dataclass(frozen=True, slots=True)
class AuthorSettings:
    """The authors step's word limits (first text pipeline, 790ddd1; no figure recorded)."""

    # A byline is short: a name or two, a role, an agency.
    max_byline_words: int = 16
    # A line that starts as a byline ("By ...") may run on: a dump glues the byline's date
    # stamp, an update and a fact-checker to it ("By Jane Doe – Updated Sep 9, 2025 at 1:00 PM
    # EST | Fact-checked by John Roe"). Its start anchors it, so it is read up to this many
    # words when a separator, a figure, "on" or "at" follows its names (_glued_byline); a
    # dateline's "by" inside a line keeps the shorter limit, as longer such lines are prose
    # that mentions a date (stop 45, authors tune | check pages against 16: wcxb blocks
    # +5 | +1, inscriptis +5 | +1; traf and fundus (held out) unchanged; 24 read alike by
    # every line, the traf tune half lost a page per dump to prose read as a dateline).
    max_glued_byline_words: int = 24
    # The names on the line after a label line ("Von" / "Jane Doe und John Smith"): two
    # names and "und", or a newsroom's name.
    max_label_names: int = 7
    # A contact line adds an e-mail address, a phone number and a handle.
    max_contact_words: int = 30
    # A bare name line (no "By") counts right beside the date line (issue 13: authors tune
    # traf blocks 0.566 -> 0.605, fundus 0.346 -> 0.406, wcxb inscriptis 0.619 -> 0.636;
    # check 0.538 =, 0.328 -> 0.464, 0.607 -> 0.626). Two blocks away, or beside the
    # headline, took menu labels: wcxb check 0.576, traf check 0.462 ...
    name_line_reach: int = 1
    # ... and holds this many words: a first name and a surname, a middle name or initial.
    name_line_max_words: int = 4


SETTINGS = AuthorSettings()

_PARTICLE = rf"(?:{'|'.join(PARTICLES)})"
_PARTICLES = frozenset(PARTICLES)
# A date, or its label, right after the names is no part of them ("By Jane Doe December 7,
# 2015", "By Jane Doe Updated on ..."); a month name alone still is ("By Theresa May"). It is
# tried before every word of every name: a word of letters before a figure is looked for
# first, as the month names are letters only (tests/test_authors.py checks), and the two
# hundred of them are otherwise tried one by one.
_DATE_AFTER = (
    rf"(?i:(?=[^\W\d_]+\.?\s*\d)(?:{'|'.join(sorted(MONTHS))})\.?\s*\d|"
    rf"(?:{alternatives('published_label')}|{alternatives('modified_label')})\b)"
)
_NAME_WORD = rf"(?!{_DATE_AFTER})(?:[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?|[A-ZÀ-ÖØ-Þ]\.)"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD}){{1,3}}"
_JOIN = rf"(?:,|\b(?:{AND})(?!\w)|&)"
_NAMES = rf"(?P<names>{_NAME}(?:\s*{_JOIN}\s*{_NAME})*)"
# Up to six marks before a byline's first word ("— ", "| "), and that word's first letter looked
# at before the words themselves: the patterns' alternations of words in every language are
# entered one by one and are slow to fail, and nearly every line tried is no byline ("Contact
# Us", "Sports"). The letter class is every word's first letter under the same case folding,
# so a line it turns away matches none of the words (tests/test_authors.py checks the class
# against every character); the marks cannot stand where a letter must.
_INITIALS = first_chars(re.compile(rf"(?:{VERBS})|(?:{GLUED_BY})|(?:{LABELS})|(?:{BY})", re.I))
_INITIAL = rf"(?i:[{re.escape(''.join(sorted(_INITIALS)))}])"
_LEAD = rf"[\W_]{{0,6}}(?={_INITIAL})"
# Dumps glue words at element borders ("ByJ.R. Stone", "Veröffentlicht vonChris Jung"), so the
# space after "by", "von" or a label is optional when a capital follows; not after the shorter
# words, which start brand names as often ("DoorDash", "DiMarca", "AVG.").
_BYLINE = re.compile(
    rf"^{_LEAD}(?i:(?:{VERBS})\s+)?(?:(?i:{GLUED_BY}|(?:{LABELS})\s*:)"
    rf"(?:\s+|(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ.]))|(?i:{BY})\s+)\s*{_NAMES}",
)
# A line that is only the byline's words, the names on the next line ("Von" / "Jane Doe",
# "Author of the article:" / "Jane Doe"): pages that style the label apart from the name.
_LABEL_LINE = re.compile(rf"^{_LEAD}(?i:(?:(?:{VERBS})\s+)?(?:{BY})|(?:{LABELS}))\s*:?\s*$")
_CONTACT = re.compile(rf"^(?i:{alternatives('contact_label')})\s+{_NAMES}\s+(?:at|@|on|via)\b")
_SPLIT = re.compile(rf"\s*{_JOIN}\s*")
# A line that is nothing but a person's name, or two joined ("Jane Doe", "Jan van Dijk").
_NAME_LINE = re.compile(rf"{_NAMES}\s*")
_WORD = re.compile(r"\w+")
# "By Jane" is a byline the grammar did not take (one name): not a bare name line.
_STARTS_WITH_BY = re.compile(rf"\W*(?i:{BY})\b")
# Words that follow "By" in phrases that are not bylines ("By the numbers", "By Monday"); an
# article may start a team's name ("By The Diggs Team"), capitalised as the grammar wants.
NAME_ARTICLES = frozenset(words("name_article"))
_NOT_NAMES = frozenset(words("not_a_name")) - NAME_ARTICLES


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


def _names_of(match: re.Match[str] | None) -> tuple[str, ...]:
    """The distinct cleaned names of a match's ``names`` group, or () without a match."""
    if match is None:
        return ()
    names = (_clean_name(n) for n in _SPLIT.split(match.group("names")))
    return tuple(dict.fromkeys(n for n in names if n))


def names_in_byline(text: str) -> tuple[str, ...]:
    """Author names of a byline, or () when ``text`` is not one.

    >>> names_in_byline("By Jane Doe and John Smith, Associated Press")
    ('Jane Doe', 'John Smith')
    >>> names_in_byline("By the numbers: a look back")
    ()
    """
    return _names_of(_BYLINE.match(text.strip()))


# A dateline's author after "by"/"von" (text dumps): the names, or the one-word handle a blog
# signs with ("Veröffentlicht am 12. Juni 2017 von gizzmo", "von eseppelt · 31. Oktober
# 2023", "27. Januar 2014 by Barbara Russ / Kategorien: Event"), when the line starts there
# or after its date or a byline verb, and a separator, the line's end, "on"/"am" or a digit
# follows.
_DATELINE_BY = re.compile(rf"(?<!\w)(?i:{BY})\s+")
_DATELINE_HEAD = re.compile(rf"(?i:{VERBS}|{alternatives('dateline_verb')})\b")
_DATELINE_NAMES = re.compile(_NAMES)
_HANDLE = re.compile(r"[^\W\d_][\w.\-]{1,29}")
_AFTER_DATELINE_NAMES = re.compile(
    rf"\s*(?:$|[·|/•,(–—-]|\d|(?i:{alternatives('date_on')}|{alternatives('date_at')})\b)"
)
_NOT_A_HANDLE = frozenset((*words("not_a_name"), *words("role_word"), *MONTHS))


# A forum thread's opener, as its software labels it ("Thread starter boobaloobie"): a handle,
# often one word in lower case (text dumps).
_THREAD_STARTER = re.compile(rf"^[\W_]{{0,6}}(?i:{alternatives('thread_starter')})\s*:?\s+")


def names_of_thread_starter(text: str) -> tuple[str, ...]:
    """The names, or the one-word handle, a forum labels as the thread's opener.

    >>> names_of_thread_starter("Thread starter boobaloobie")
    ('boobaloobie',)
    >>> names_of_thread_starter("Thread starter Chris Hall")
    ('Chris Hall',)
    >>> names_of_thread_starter("The thread starter asked about it")
    ()
    """
    label = _THREAD_STARTER.match(text.strip())
    if label is None:
        return ()
    rest = text.strip()[label.end() :]
    names = _names_of(_NAME_LINE.fullmatch(rest))
    if names:
        return names
    handle = _HANDLE.fullmatch(rest)
    return (rest,) if handle and rest.lower() not in _NOT_A_HANDLE else ()


# "Von: Jane Doe", "By: Jane Doe": the byline word with a colon, as a label (text dumps).
_COLON_BYLINE = re.compile(rf"^{_LEAD}(?i:{BY})\s*:\s*{_NAMES}")


def names_in_colon_byline(text: str) -> tuple[str, ...]:
    """Names of a byline whose "by" word is written as a label.

    >>> names_in_colon_byline("Von: Nadja Zinsmeister")
    ('Nadja Zinsmeister',)
    """
    return _names_of(_COLON_BYLINE.match(text.strip()))


def names_in_dateline(text: str) -> tuple[str, ...]:
    """The author a dated line names after "by", "von", ... (see _DATELINE_BY).

    >>> names_in_dateline("Veröffentlicht am 12. Juni 2017 von gizzmo")
    ('gizzmo',)
    >>> names_in_dateline("Erstellt von Fabian am Dienstag 6. Mai 2014")
    ('Fabian',)
    >>> names_in_dateline("Prices rose by 5 percent on 3 May 2020")
    ()
    """
    bys = list(_DATELINE_BY.finditer(text))
    dates = find_dates(text, day_first=True, dump_forms=True) if bys else []
    if not dates:
        return ()
    for by in bys:
        head = text[: by.start()]
        opens = not head.strip(" ·|/•–—-,") or _DATELINE_HEAD.search(head)
        if not (opens or any(d.start < by.start() for d in dates)):
            continue
        tail = text[by.end() :]
        names = _DATELINE_NAMES.match(tail)
        if names and _AFTER_DATELINE_NAMES.match(tail, names.end()):
            return _names_of(names)
        handle = _HANDLE.match(tail)
        if (
            handle
            and handle.group(0).lower().rstrip(".") not in _NOT_A_HANDLE
            and _AFTER_DATELINE_NAMES.match(tail, handle.end())
        ):
            return (handle.group(0).rstrip("."),)
    return ()


def names_in_contact(text: str) -> tuple[str, ...]:
    """Names of a reporter's contact line.

    >>> names_in_contact("Contact Howard Altman at or (813) 225-3112. Follow @haltman.")
    ('Howard Altman',)
    """
    return _names_of(_CONTACT.match(text.strip()))


# Words one of which every byline (a dateline's too: its "by" is the byline's word), contact
# line and thread opener holds, read off their patterns: a line with none of them is not tried.
_NEEDLE_WORDS = sorted(
    {n for p in (_BYLINE, _CONTACT, _THREAD_STARTER) for n in required_literals(p) or ()}
)
_NEEDLES = re.compile(trie_pattern(_NEEDLE_WORDS))


def _may_name_authors(block: Block, lowered: str = "") -> bool:
    """Cheap test before the name patterns, for a line the features step did not scan: a
    byline word must be in the line. ``lowered`` is the line's ``needle_text`` when the
    caller has it."""
    return _NEEDLES.search(lowered or needle_text(block.text)) is not None


def names_after_label(label: str, line: str) -> tuple[str, ...]:
    """Names of a line that follows a line holding only the byline's words.

    >>> names_after_label("Von", "Thomas Steinberg")
    ('Thomas Steinberg',)
    >>> names_after_label("Von", "Berlin aus gesehen")
    ()
    """
    if _LABEL_LINE.match(label.strip()) is None or len(line.split()) > SETTINGS.max_label_names:
        return ()
    return _names_of(_NAME_LINE.fullmatch(line.strip()))


def _label_lines(
    blocks: Sequence[Block],
    stats: Sequence[TextStats | None],
    found: Sequence[int | None],
    lines: Sequence[int],
    skipped: Container[int] = (),
) -> list[tuple[Block, tuple[str, ...], Reason]]:
    """Bylines split over two lines: the label line, then the names. ``blocks``: the page's;
    ``lines``: the indices of those whose scan found a label's word or that were not scanned;
    ``skipped``: ids of blocks not to read (neither line of a pair may be one)."""
    hits = []
    # The lines whose scan found a label's word (or that were not scanned) only: few lines
    # hold one, and a loop body per pair of lines was most of this test's cost. Then word
    # counts and the label's words: the label pattern is slow to fail.
    last = len(blocks) - 1
    labels = [
        index
        for index in lines
        if index < last and index not in skipped and index + 1 not in skipped
    ]
    for index in labels:
        label, line = blocks[index], blocks[index + 1]
        if (
            label.words <= _LABEL_MAX_WORDS
            and line.words <= SETTINGS.max_label_names
            and (
                found[label.id] is not None
                or _LABEL_NEEDLES.search(needle_text_of(stats[label.id]) or needle_text(label.text))
            )
        ):
            names = names_after_label(label.text, line.text)
            if names:
                hits += [(label, names, Reason.BYLINE), (line, names, Reason.BYLINE)]
    return hits


# The longest label line: "Author of the article:".
_LABEL_MAX_WORDS = 4
_LABEL_WORDS = required_literals(_LABEL_LINE) or ("",)
_LABEL_NEEDLES = re.compile(trie_pattern(_LABEL_WORDS))
# Both needle tests above, looked for in the features step's one scan of each line: a regex
# of alternatives searched in every short line cost a tenth of the authors step's time. The
# contact line's own words too: a byline's candidate lines need not be tried as contact lines
# (the same needles, so the scan meets no more of them).
_CONTACT_WORDS = required_literals(_CONTACT)
# A byline's candidate line is tried as a thread's opener only where the scan met its own
# words ("starter", "author"): most candidates hold none, and the test costs a call and a
# pattern (the same needles, so no more scanning).
_THREAD_WORDS = required_literals(_THREAD_STARTER)
_AUTHOR_BIT, _LABEL_BIT, _CONTACT_BIT, _THREAD_BIT = 1, 2, 4, 8
SCREEN = Screen.of(
    (_NEEDLE_WORDS, _LABEL_WORDS, _CONTACT_WORDS, _THREAD_WORDS),
    max_words=SETTINGS.max_contact_words,
)


def _byline_names(block: Block, text_dump: bool, bits: int | None = None) -> tuple[str, ...]:
    """``bits``: the block's bits of ``SCREEN`` when the features step scanned it (None: every
    test is tried).

    A line that does not start as a byline names its author only as a dump's dateline, whose
    "by" follows a date the dates parser reads or a byline verb (names_in_dateline). A looser
    reading, "by" and names within 30 characters after any digit or "am"/"pm" ("... 2021 by
    Ellen Barsky", on HTML and dumps alike), took footers and titles more often than bylines
    ("© 2025 The Magazine | Website by Studio Name", "Cards Series 1 by Jane Doe"); it was
    removed (stop 45, ablation, authors tune | check pages: wcxb blocks +2 -1 | +4 -1,
    inscriptis +2 -1 | +6 -1; fundus (held out) +1 | +1 per dump; traf inscriptis 0 | +1;
    wcxb HTML -1 | +4, traf HTML -1 | 0).
    """
    if block.words > SETTINGS.max_byline_words:
        return _names_of(_glued_byline(block.text))
    names = names_in_byline(block.text)
    if names or not text_dump:
        return names
    if may_hold_date(block.text):
        # The line's day may have been read as a list marker ("3." / "April 2022 by mady").
        names = names_in_dateline(text_with_day(block))
    if not names and ":" in block.text:
        names = names_in_colon_byline(block.text)
    if not names and (bits is None or bits & _THREAD_BIT):
        names = names_of_thread_starter(block.text)
    return names


def _glued_byline(text: str) -> re.Match[str] | None:
    """The byline a line past the byline's word limit starts with, when a separator, a figure,
    "on" or "at" follows its names (a stamp glued on: "By Jane Doe – Updated Sep 9, 2025 ..."),
    not more words ("By Jane Doe's own account, the campaign ...": prose).

    >>> _glued_byline("By Jane Doe | Updated Sep 9, 2025 at 1:00 PM").group("names")
    'Jane Doe'
    >>> _glued_byline("By Jane Doe's own account, the campaign ran out of money") is None
    True
    """
    text = text.strip()
    match = _BYLINE.match(text)
    return match if match and _AFTER_DATELINE_NAMES.match(text, match.end()) else None


def _bylines(
    candidates: Sequence[Block], found: Sequence[int | None], *, text_dump: bool
) -> list[tuple[Block, tuple[str, ...], Reason]]:
    """Each candidate line with the names it gives as a byline (maybe none); ``found``: the
    page's bits of ``SCREEN``, by block id.

    A line printed again (a menu at the head and the foot of a dump: a fifth of an aeb
    page's candidates) takes its first print's names: they depend on its text alone, and on
    its list marker, which may be the day of a dateline (text_with_day).
    """
    names_of: dict[tuple[str, str], tuple[str, ...]] = {}
    hits = []
    for block in candidates:
        key = (block.text, block.marker)
        names = names_of.get(key)
        if names is None:
            names = names_of[key] = _byline_names(block, text_dump, found[block.id])
        hits.append((block, names, Reason.BYLINE))
    return hits


def _find(
    blocks: Sequence[Block],
    stats: Sequence[TextStats | None],
    found: Sequence[int | None],
    lines: Mapping[int, Sequence[int]],
    *,
    text_dump: bool,
    skipped: Container[int] = (),
) -> tuple[list[tuple[Block, tuple[str, ...], Reason]], str]:
    """``blocks``: the page's; ``lines``: by bit of ``SCREEN``, the indices of the blocks
    whose scan found one of its needles or that were not scanned (their bits in ``found``
    are None: :func:`cleaner.needles.screen_lines`); ``skipped``: ids of blocks not to read
    (:meth:`cleaner.blocks.Page.blocks_to_read`)."""
    limit = SETTINGS.max_contact_words
    # A line the features step did not scan (its bits None) is tried only when it holds a
    # byline's word (_may_name_authors): a cheaper test than the patterns.
    candidates = [
        b
        for index in lines[_AUTHOR_BIT]
        if (b := blocks[index]).words <= limit
        and index not in skipped
        and (found[index] is not None or _may_name_authors(b, needle_text_of(stats[index])))
    ]
    bylines = _bylines(
        [b for b in candidates if b.words <= SETTINGS.max_glued_byline_words],
        found,
        text_dump=text_dump,
    )
    contacts = [
        (b, names_in_contact(b.text), Reason.CONTACT_LINE)
        for b in candidates
        if (bits := found[b.id]) is None or bits & _CONTACT_BIT
    ]
    found_bylines = sorted(
        [hit for hit in bylines if hit[1]]
        + (_label_lines(blocks, stats, found, lines[_LABEL_BIT], skipped) if text_dump else []),
        key=lambda hit: hit[0].id,
    )
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
    ones belong to related stories. In a text dump a byline may be split over two lines, its
    words ("Von", "Author of the article:") on one and the names alone on the next.
    """

    name: ClassVar[str] = "authors"
    screens: ClassVar[tuple[Screen, ...]] = (SCREEN,)

    def run(self, page: Page) -> Page:
        # Marked blocks are skipped once the field is set (Page.blocks_to_read).
        skipped = () if page.blocks_to_read("authors") is page.blocks else page.marks
        hits, source = _find(
            page.blocks,
            block_stats(page),
            screen_hits(page, SCREEN),
            {bit: screen_lines(page, SCREEN, bit) for bit in (_AUTHOR_BIT, _LABEL_BIT)},
            text_dump=page.input_type == "text",
            skipped=skipped,
        )
        if not hits:
            return page
        page = page.with_marks(Mark(b.id, reason, self.name) for b, _, reason in hits)
        block, names, _ = hits[0]
        return page.with_field("authors", Field(names, source=source, block_id=block.id))


# Marks a name line may carry: the navigation step takes short lines for menu items, and the
# boundary may leave the line just outside the article.
_NAME_LINE_MARKS = frozenset((Reason.NAVIGATION_RUN, Reason.OUTSIDE_ARTICLE))


def _unclaimed(page: Page, block_id: int) -> bool:
    """A block on the page that no step gave a reason other than a menu's or the span's."""
    mark = page.marks.get(block_id)
    in_page = 0 <= block_id < len(page.blocks)
    return in_page and (mark is None or mark.reason in _NAME_LINE_MARKS)


class _CommonWords:
    """Words the page writes in lower case somewhere, and its language's stop words: no
    person's name is among them ("Gute Nachbarn" is a section, as "gute" shows; "Tweet This").

    ``word in common`` is asked of the few words of one or two name-shaped lines, so each is
    looked for in the page's text instead of first collecting every word of the page (that
    collection was three quarters of the name-line step: 6.1 of 8.4 ms on the 90 aeb blocks
    dumps). A lower-case word is one of the page's words (``\\w+`` runs, outside e-mail
    addresses) where it stands between two non-word characters.

    >>> common = _CommonWords(Page("p", "text", (Block(0, "Gute Nachbarn: gute Ideen."),)))
    >>> "gute" in common, "nachbarn" in common, "the" in common, "ideen." in common
    (True, False, True, False)
    """

    __slots__ = ("_page", "_raw", "_text")

    def __init__(self, page: Page) -> None:
        self._page = page
        self._raw: str | None = None  # the page's text, once a word needs it
        self._text: str | None = None  # the same without its addresses, once a word needs it

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if word in page_stopwords(self._page):
            return True
        # Only a run of word characters with a lower-case letter was collected.
        if not word.islower() or _WORD.fullmatch(word) is None:
            return False
        if self._raw is None:
            self._raw = "\n".join(b.text for b in self._page.blocks)
        if word not in self._raw:  # most names: the page never writes them in lower case
            return False
        if self._text is None:
            self._text = _without_addresses(self._raw)
        return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", self._text) is not None


# An e-mail address writes its owner's name in lower case ("jane.doe@cbc.ca"): no evidence
# that the name is a common word (issue 13 round 5, authors tune | check: fundus blocks +1 | 0
# pages, wcxb inscriptis 0 | +1, traf unchanged; web addresses too lost traf "NDR Info" to
# "ndr.de/info" and a wcxb check page).
_AT_TO_SPACE = re.compile(r"@\S*")


def _without_addresses(text: str) -> str:
    """``text`` without its words that hold an "@" (found from the "@", which the regex engine
    finds fast, back to the space before it).

    >>> _without_addresses("mail yasmine.hassan@cbc.ca or @jdoe today")
    'mail  or  today'
    """
    kept, end = [], 0
    for match in _AT_TO_SPACE.finditer(text):
        start = match.start()
        while start > end and not text[start - 1].isspace():
            start -= 1
        kept.append(text[end:start])
        end = match.end()
    kept.append(text[end:])
    return "".join(kept)


def _is_role(text: str) -> bool:
    """A person's role or degrees after the name: a role word ("Editor"), or only letters in
    capitals ("MS, RD, FAND")."""
    words = _WORD.findall(text)
    if not words or len(words) > SETTINGS.name_line_max_words + 2:
        return False
    return any(w.lower() in ROLE_WORDS for w in words) or all(w.isupper() for w in words)


def _with_text(block: Block, text: str) -> Block:
    """``block`` holding only ``text``, a part of its own (its word count counted again:
    ``replace`` would carry the whole line's)."""
    return replace(block, text=text, words=len(text.split()))


def _names_of_line(block: Block, common: Container[str]) -> tuple[str, ...]:
    """The names of a line that holds only a name; ``common``: the page's common words."""
    head, comma, tail = block.text.partition(",")
    if comma and _is_role(tail):
        # "Audrey Huang, Print Managing Editor", "Dylan Bailey, MS, RD": the name, then its role
        # (issue 13 round 5, authors tune | check: wcxb inscriptis +3 | 0 pages, traf blocks
        # 0 | +1, fundus unchanged; no page lost).
        block = _with_text(block, head)
    if not 2 <= block.words <= SETTINGS.name_line_max_words or _STARTS_WITH_BY.match(block.text):
        return ()
    match = _NAME_LINE.fullmatch(block.text.strip().rstrip(","))
    if match is None:
        return ()
    # A name's particles ("von", "van") are common words; its other words are not.
    words = [w for w in _WORD.findall(block.text) if len(w) > 2 and w not in _PARTICLES]
    if any(w.lower() in common for w in words):
        return ()
    return _names_of(match)


# What separates a name from the date after it on one line ("Jane Doe | 29. Dezember 2022",
# "Jane Doe · CBC News · Posted: Aug 8, 2024", "Jane Doe — 2. Februar 2022").
_BEFORE_DATE = re.compile(r"\s*[|·•—–/]\s*|,\s+|\s+-\s+")


def _names_before_date(block: Block, common: Container[str]) -> tuple[str, ...]:
    """The names a date line starts with: its text before the first date, up to the first
    separator, when that is a bare name line."""
    mentions = find_dates(block.text, day_first=True)
    if not mentions or mentions[0].start == 0:
        return ()
    head = _BEFORE_DATE.split(block.text[: mentions[0].start].strip(" |·•—–/,-"), maxsplit=1)[0]
    if not head:
        return ()
    return _names_of_line(_with_text(block, head), common)


# "von flerche", "by oz": a blog's byline with the one-word handle it signs with.
_HANDLE_BYLINE = re.compile(rf"[\W_]{{0,6}}(?i:{BY})\s+(?P<handle>{_HANDLE.pattern})")


def _handle_byline(page: Page, block_id: int) -> tuple[str, ...]:
    """The handle of a line that is only "by" and one word, no stop word of the page's
    language and no word that follows "by" in other phrases ("by admin", "by Monday")."""
    block = page.blocks[block_id]
    if block.words != 2:
        return ()
    match = _HANDLE_BYLINE.fullmatch(block.text.strip())
    if match is None:
        return ()
    handle = match.group("handle").rstrip(".")
    if handle.lower() in _NOT_A_HANDLE or handle.lower() in page_stopwords(page):
        return ()
    return (handle,)


@dataclass(frozen=True)
class NameLineExtractor:
    """In a text dump, a line holding only a person's name right beside the date line, or
    right under the headline, is the byline, when the page has no byline ("By ...").

    Before: [p "Council approves new bridge plan"] [p "Jane Doe"]
            [p "November 29, 2016" (date_line)] [p "The council voted on Monday ..."]
    After:  [p "Jane Doe" -> removed: byline]; authors = ("Jane Doe",)

    The date line itself may start with the name: "Jane Doe | November 29, 2016" (the line
    is already removed as the date line). A line of "by" and one word there is a blog's
    byline with its handle ("von flerche"; issue 13 round 5, authors tune | check: traf
    blocks +1 | 0 pages, wcxb inscriptis +3 -1 | +2, fundus blocks 0 | +1).

    Only in text dumps (HTML says who wrote a page in its markup); only capitalised words,
    none a stop word or written in lower case anywhere on the page ("Gute Nachbarn" is a
    section, as "gute" shows); only lines no step marked, or marked a menu item.
    """

    name: ClassVar[str] = "name_line"

    def run(self, page: Page) -> Page:
        if "authors" in page.fields or page.input_type != "text":
            return page
        published = page.fields.get("published")
        if published is None or published.block_id is None:
            return page
        reach, anchor = SETTINGS.name_line_reach, published.block_id
        common = _CommonWords(page)
        names = _names_before_date(page.blocks[anchor], common)
        if names:
            return page.with_field("authors", Field(names, "text:name_before_date", anchor))
        near = [i for i in range(anchor - reach, anchor + reach + 1) if i != anchor]
        near = [i for i in near if _unclaimed(page, i)]
        # The line right under the headline, where a page prints its byline without "By"
        # (issue 13 round 3, authors tune/check: wcxb inscriptis 0.678/0.673 -> 0.687/0.681,
        # fundus blocks 0.534/0.544 -> 0.549/0.552, traf blocks 0.725/0.646 -> 0.732/0.639).
        title = page.fields.get("title")
        if title is not None and title.block_id is not None:
            below = title.block_id + 1
            if below not in near and below != anchor and _unclaimed(page, below):
                near.append(below)
        for i in near:
            names = _names_of_line(page.blocks[i], common) or _handle_byline(page, i)
            if names:
                page = page.with_marks([Mark(i, Reason.BYLINE, self.name)])
                return page.with_field("authors", Field(names, "text:name_line", i))
        return page
