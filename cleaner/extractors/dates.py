"""Date lines -> ``published`` and ``modified`` (ISO 8601), read by :mod:`cleaner.datetimes`."""

from __future__ import annotations

import collections
import itertools
import re
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import ClassVar

from cleaner.blocks import Block, Field, Mark, Page, consecutive_runs, page_facts
from cleaner.datetimes import (
    HINT_PAIRS,
    DateMention,
    find_dates,
    has_modified_label,
    has_published_label,
    may_hold_date,
    may_hold_hint_digits,
)
from cleaner.languages import alternatives, words
from cleaner.needles import Screen, automaton, needle_masks, scan, screen_hits
from cleaner.prechecks import needle_text, required_literals
from cleaner.reasons import Reason, Trait, reasons_with

__all__ = ["DateExtractor", "HeadlineDateExtractor", "text_with_day"]


@dataclass(frozen=True, slots=True)
class DateSettings:
    """The dates step's word limits (first text pipeline, 790ddd1; no figure recorded)."""

    # A date line is short, or labelled; a date inside a prose sentence is not a dateline.
    max_line_words: int = 30
    # A line ending in a full stop with more words than this is a sentence ...
    sentence_words: int = 8
    # ... and a line of up to this many words holding a date is a date line, marked as such
    # (longer ones give their date only when labelled).
    date_line_words: int = 12
    # An update date stands for the publication date (text dumps, no other date) only in
    # this first share of the page: at its foot it dates a service page or a document
    # (issue 13, wcxb inscriptis dates tune/check 0.722/0.719 anywhere -> 0.745/0.734; 0.5
    # and 0.35 lost traf tune 0.743 -> 0.737).
    fallback_max_position: float = 0.7
    # Text dumps: a date within this many blocks before the headline, or after the article's
    # start, is the article's own; an earlier date on the page is the masthead's day, a
    # ticker's or a teaser's (issue 13 round 3, dates tune/check: traf blocks 0.739/0.708 ->
    # 0.771/0.757, fundus blocks 0.812/0.782 -> 0.857/0.831, wcxb inscriptis 0.748/0.736 ->
    # 0.748/0.744; windows of 1-5 before and 2-8 after gave the same within a page or two).
    headline_before: int = 3
    headline_after: int = 3
    # ... unless more dated lines than this come before it: the posts of a thread, each
    # dated, whose first gives the thread's date (wcxb forums; without the limit wcxb tune
    # 0.741, with 3/5/any: traf check 0.743/0.764/0.771, wcxb tune 0.748/0.746/0.741).
    thread_dated_lines: int = 4
    # Text dumps: this many date lines in a row are a list of events or posts, each dated; the
    # page's date is the first outside it, if any (issue 13 round 6, dates tune | check: traf
    # blocks and inscriptis +1 | +1 page, wcxb blocks 0 | -1, wcxb inscriptis 0 | +1 -1,
    # fundus unchanged; 2 lost a wcxb tune page, 4 and runs with one line between gave no
    # more).
    dated_list_lines: int = 3
    # Text dumps: a page whose every dated line stands in a run of at least this many, each at
    # most teaser_list_gap blocks after the one before (a teaser's date, its title, its lede,
    # the next teaser's date), newest first, its first date printed as the others and as far
    # from the next as the items stand apart, is a listing of dated items (a blog's index, a
    # news archive, an episode list): it gives no date, as each date is an item's and the page
    # shows none of its own (_a_listing). wcxb gold dates no listing or collection page but
    # two of 113 tune ones. (Stop 42, dates tune | check pages: wcxb blocks and inscriptis +9 |
    # +6 each (0.7710 -> 0.7832 | 0.7484 -> 0.7563; 0.7778 -> 0.7900 | 0.7708 -> 0.7787), no
    # page lost; traf and fundus unchanged. A gap of 6: +8 | +5 each; 5 items at 6: +1 -2 | +2
    # each. Without the guards, read off every short line of the tune pages: 4 or 5 items,
    # or a gap of 8, lost wcxb tune pages, 8 to 10 items gained fewer.)
    teaser_list_items: int = 6
    teaser_list_gap: int = 8
    # Text dumps: a date that a "published" label opens its line with ("Posted on August 2,
    # 2019", "Veröffentlicht am 3. Juni 2021": at most this many words before the date) is the
    # page's, over an earlier unlabelled one (a recent-posts sidebar's "Science links
    # (December 14th 2019)"). (Issue 13 round 15, dates tune | check: traf blocks 0.856 ->
    # 0.863 | 0.778 -> 0.785, inscriptis 0.856 -> 0.863 | 0.785 -> 0.792; wcxb and fundus
    # dumps unchanged. The label anywhere in the 40 characters before the date instead: traf
    # blocks check +1 -1.)
    label_words: int = 3
    # Text dumps: a teaser repeating the page's headline, this many blocks at most above the
    # date stamp that opens its lede, dates the page itself ("Strava-Update: POI bei
    # Routen-Tool" / "26.01.2022Strava wertet ...") when nothing dates the headline.
    teaser_reach: int = 3
    # Text dumps: a line that is no date line (too long, or a sentence) whose byline ("Von
    # Paulina Cwiartka, Online-Redakteurin 05.11.2025, 18:00 Uhr Archäologie: ...") opens it,
    # with its date after at most this many words, or holds it inside ("... Saturday By
    # Matthew Cappucci April 26, 2024 ..."): a dump that glued the byline to the lede (a page
    # flattened onto one line, get_text() with no separator) still dates the page there; the
    # line stays body text. (Issue 13 round 18, dates tune | check pages: six blocks and
    # inscriptis dump sets 0 | +1 (traf inscriptis 0.792 -> 0.799); one-line traf +2 | +2,
    # fundus +7 | +2, wcxb +3 | +2; soup-text traf, fundus, wcxb +1 each | fundus +1; other
    # styles 0 to +1 | 0 to +1; no page lost. Not tuned: 6 words hold a name and a role. A
    # "published" label opening the line too: wcxb blocks tune -1, quoted mails' "Date:"
    # headers. Only lines over max_line_words: 16 style records lose their right date, as
    # one-line pieces are short.)
    head_words: int = 6
    head_chars: int = 120
    # Text dumps that gave no date at all: a line of the headline window that is no date line
    # (a sentence, or long) gives its first date when at most this many words stand before it
    # on the line: a byline and its stamp glued to the lede ("Andrew Lampinen Dec 16, 2025 36
    # 13 4 Share I get asked ...", "dpa am 25.01.2022 Bogotá (dpa) - ..."), a dump that joined
    # the stamp to its neighbours (get_text() with no separator, a page flattened onto one
    # line); a date further into the line is one the prose mentions. (Stop 44, tuned on the
    # tune halves of every traf, wcxb and aeb style: 6 words gained 8 wcxb and 4 traf one-line
    # pages, 12 gained 12 and 4, and two more soup-text pages, a glued title before the
    # byline; each lost the same two shop pages before "ends" bounded a date. Dates tune |
    # check pages: traf blocks and inscriptis 0 | +1 each (0.7986 -> 0.8056, 0.8125 ->
    # 0.8194), wcxb blocks and inscriptis +1 | +1 each; fundus and aeb dumps unchanged;
    # one-line traf +4 | +5, fundus +7 | +4, wcxb +14 -1 | +17 -2; soup-text traf +2 | +3,
    # fundus +2 | +3, wcxb +9 | +2 -4; the other styles 0 to +2 | -1 to +2.)
    lede_words: int = 12


SETTINGS = DateSettings()

# A period's bound just before a date: the word, then only spaces, a colon or an opening
# bracket. A forum member's join date ("Joined Nov 4, 2011", "Registriert: 18.09.2008") is
# one too (issue 13 round 15, dates tune | check: wcxb blocks and inscriptis 0 | +1 page,
# traf and fundus dumps unchanged). One short word may come between: an article ("bis zum
# 31. August 2020", "ab dem 1. November") or a weekday's abbreviation ("Joined: Mon Jul 24,
# 2017"); not a longer one ("seit Jahren, 3. Mai 2020" is prose). (Stop 37, dates tune |
# check: wcxb blocks 0.7588 -> 0.7602 | unchanged; traf, fundus, wcxb inscriptis unchanged.)
_BOUND = re.compile(
    rf"(?<!\w)(?:{alternatives('date_bound')})\s*[:(\[]?\s*"
    r"(?:(?<=[\s:(\[])[^\W\d_]{1,4}[.,]?\s+)?$",
    re.IGNORECASE,
)
# An example's marker just before a date ("bei Datumsangaben kein Abstand (z.B.: 9.9.2019)"):
# a style guide's or a form's sample date, not the page's; its line is still a date line.
# (Issue 13 round 10, dates tune | check: traf blocks and inscriptis 0.837 -> 0.843 |
# unchanged; wcxb, fundus, aeb and the html sets unchanged, bodies too.) Kept at the stop 45
# ablation (dates34) as plainly right though its support is one traf tune page (a style
# guide's "(z.B.: 9.9.2019)"): off, that page's date goes wrong in both shipped dumps and ten
# other styles; no check page, no fundus page, no HTML page moves.
_EXAMPLE = re.compile(rf"(?<!\w)(?:{alternatives('date_example')})\s*[:,(\[]?\s*$", re.IGNORECASE)
# A reference's access date ("Retrieved 3 May 2020", "Archived 2017-11-21 at the Wayback
# Machine", "abgerufen am 3. Mai 2020"): when a reader looked, not when the page appeared.
# Kept at the stop 45 ablation (dates34) as plainly right though its support is two tune pages
# (a wiki's references, wcxb: both shipped dumps and seven other styles; a traf page in lynx
# and one-line); no check page, no fundus page, no HTML page moves without it.
_CITED = re.compile(rf"(?<!\w)(?:{alternatives('date_cited')})(?:\s+on)?\s*:?\s*$", re.IGNORECASE)
# A dash between two dates that makes them a period: a digit, the dash, only spaces after it.
_RANGE_DASH = re.compile(r"\d\s*[–—-]\s*$")
_EMBED_SIGNATURE = re.compile(r"^[—–-]\s*\S.{0,80}\(@\w+\)")
# A byline opening a line, the name after it: "By Jane Doe", "Von: Jörg Zschoche".
_HEAD_BYLINE = re.compile(rf"\s*(?:{alternatives('byline_by')})\s*:?\s+\w", re.IGNORECASE)
# A byline inside a long line: a capitalised "By" ("Von", "Par", ...), one to three
# capitalised names (_NAME_WORD), then the date ("... both Friday and Saturday By Matthew
# Cappucci April 26, 2024 at 11:24 a.m. ...": a page flattened onto one line).
_CAPITALISED_WORDS = tuple(word[0].upper() + word[1:] for word in words("byline_by"))
_MID_BYLINE = re.compile(rf"(?<!\w)(?:{'|'.join(_CAPITALISED_WORDS)})\s*:?\s+")
# The same words found in one C pass over a line (an Aho-Corasick automaton): ten substring
# searches, then the date hint's regex, cost 4.5 ms a pass over the long lines of the aeb
# inscriptis dumps; the automaton, then the hint, 2.7 ms (the pattern itself 9.2 ms).
# The same pass finds a year glued to a letter (_GLUED_YEAR), so that _may_hold_byline lets
# a long line holding one through to _glued_mentions: a regex search of every long line cost
# a pass over the aeb blocks dumps about 4 ms more, these needles nothing. (A glued year makes
# _mid_byline_mentions try its pattern in vain: the pattern wants a byline word.)
_GLUED_NEEDLES = tuple(
    f"{year}{letter}" for year in range(1990, 2100) for letter in string.ascii_letters
)
_BYLINE_WORDS = automaton(dict.fromkeys((*_CAPITALISED_WORDS, *_GLUED_NEEDLES), 1))
# The glued years alone, tried before _glued_mentions' pattern on each line that is no date
# line: with the pattern's scan of those lines the rule cost a pass over the aeb blocks dumps
# 25 M instructions (1%), with the automatons 9 M (2,620.9 -> 2,629.7 M, +0.3%).
_GLUED_SCREEN = automaton(dict.fromkeys(_GLUED_NEEDLES, 1))
_NAME_WORD = re.compile(r"[A-ZÀ-Þ][\w'.-]*,?\s+")
_MID_BYLINE_TRIES = 3  # the first few capitalised "By"s of a line
# What may stand between a byline's name and its date inside a long line: nothing, a
# separator ("By John Walk - January 10, 2020", "By Evan Symon , August 14, 2020") or a short
# lower-case word ("Par Nicolas Gutierrez C. le 14.09.2020 à 11h46", "Von Jane Doe am 3. Mai
# 2020"), as the same byline reads on a line of its own in the other dumps of the page. (Stop
# 41, dates tune | check pages: traf one-line +1 | +1; the other traf styles unchanged.)
_BYLINE_JOINT = re.compile(r"(?:[-–—|/·•,]|[^\W\d_A-ZÀ-Þ]{1,3})?\s*")


# The date hint's pairs (HINT_PAIRS), found in the features step's one scan of each line: a
# line holding none is no candidate, decided without a call (a call and a search per line cost
# the dates steps about 1.5% of cleaning an aeb dump). A line with other characters than ASCII
# is read whenever it holds a "." or "/": another script's digits (_lines_to_read). The dates
# steps read a third as many lines as with the hint's single literals.
SCREEN = Screen.of((HINT_PAIRS,), max_words=SETTINGS.max_line_words)


# A bar between spaced fields: a meta line ("28.04.2021 - 07:18 | Quelle: dpa-afx | Lesedauer
# etwa 4 min."), no prose sentence, though its last field ends with a full stop. (Stop 39,
# dates tune | check pages: traf soup-text +1 | 0, fundus soup-text +1 | 0, wcxb inscriptis
# and html-text 0 | +1 each; every other traf, wcxb and fundus style unchanged. Two bars or
# more: only the traf soup-text page.)
_FIELD_BAR = " | "


def _candidate(block: Block) -> bool:
    """Date lines are short, or labelled; a date inside a prose sentence is not a dateline,
    nor is the signature of an embedded post ("— Jane Doe (@jdoe) November 18, 2019"). Asked
    only of a line that may hold a date (:func:`may_hold_date`, :meth:`_LineDates.of`)."""
    if block.words > SETTINGS.max_line_words:
        return False
    if _EMBED_SIGNATURE.search(block.text):
        return False
    text = block.text.rstrip()
    # A teaser's sentence cut with an ellipsis ("… hat die Vorgabe vom 22.12.2020 …") is
    # prose too: "..." ends with a full stop already, the one-character "…" does not. Kept at
    # the stop 45 ablation (dates34) as the full stop's plain twin, though its support is one
    # traf tune page (both shipped dumps, seven other styles); no check, fundus or HTML page.
    is_sentence = text.endswith((".", "…")) and block.words > SETTINGS.sentence_words
    return not is_sentence or _FIELD_BAR in text or _is_labelled(text)


class _DayOrder:
    """The page's day/month order (:func:`_day_first`), worked out on the first line that
    needs it: it reads the whole page, and only a date with slashes can be read both ways
    ("06/01/2026"; a dotted one is day first, a named month says itself)."""

    __slots__ = ("_page", "_value")

    def __init__(self, page: Page) -> None:
        self._page = page
        self._value: bool | None = None

    def day_first(self, block: Block) -> bool:
        """The order to read ``block``'s dates in (False when no order can change them)."""
        if "/" not in block.text:
            return False
        if self._value is None:
            self._value = _day_first(self._page)
        return self._value


class _LineDates:
    """The dates of a page's candidate lines (:func:`_candidate`, :func:`_mentions`), read
    once per distinct line: a line printed again (a menu's or a teaser list's, at the head
    and the foot of a dump: a fifth of an aeb page's candidates) holds the same dates, as
    they depend on its text, its list marker (text_with_day) and the page's day order only.
    """

    __slots__ = ("_blocks", "_flat", "_heads", "_page", "_seen", "_text_dump", "order")

    def __init__(self, page: Page, *, text_dump: bool) -> None:
        self.order = _DayOrder(page)
        self._blocks = page.blocks
        self._text_dump = text_dump
        self._page = page
        self._flat: frozenset[int] | None = None  # _page_lines, worked out on first need
        self._seen: dict[tuple[str, str], list[tuple[DateMention, bool]]] = {}
        self._heads: set[tuple[str, str]] = set()  # lines dated by a byline in them only

    def of(self, block: Block) -> list[tuple[DateMention, bool]]:
        """``block``'s dates with whether each is bounded; [] for no candidate line."""
        if (
            self._text_dump
            and block.id
            and block.line
            and self._blocks[block.id - 1].line == block.line
            and not block.marker
        ):
            # A piece of a line the segmenter cut (most dumps' lines are one block each).
            block = _with_cut_day(self._blocks[block.id - 1], block, self.order)
        key = (block.text, block.marker)
        found = self._seen.get(key)
        if found is None:
            if block.words <= SETTINGS.max_line_words and not may_hold_date(block.text):
                # No date in it at all: no date line, and no byline's date either. Most
                # short lines hold a hint's literal (a full stop), few a date's shape: the
                # byline's look (_head_mentions) on each cost the dates step 2,000 calls a
                # pass over the aeb blocks dumps.
                found = []
            elif _candidate(block):
                found = _mentions(block, self.order.day_first(block), self._text_dump)
            elif self._text_dump:
                found = _head_mentions(block, self.order) or _glued_mentions(block, self.order)
                if not found and block.line in self._flattened():
                    found = _flat_opening(block, self.order)
                if found:
                    self._heads.add(key)
            else:
                found = []
            self._seen[key] = found
        if found and self._text_dump and _wrapped_after_bound(self._blocks, block, found[0][0]):
            found = [(found[0][0], True), *found[1:]]
        return found

    def _flattened(self) -> frozenset[int]:
        if self._flat is None:
            self._flat = _page_lines(self._page)
        return self._flat

    def is_head(self, block: Block) -> bool:
        """Whether ``block``'s date came from a byline in a line that is no date line."""
        return (block.text, block.marker) in self._heads


# A day the segmenter cut off as the end of the piece before, on the same input line
# ("Publikumsvoting beim Wiener Content Award gestartet17." / "September 2011Kommentar
# hinzufügen": a page flattened onto one line, or get_text() with no separator, cut at the
# day's full stop); not a number's decimals ("Version 3.17."). The other dumps of the page
# give "gestartet17. September 2011Kommentar" whole. (Stop 41, dates tune | check pages: traf
# soup-text +3 | +1; the six shipped dump sets and the other traf styles unchanged.)
_CUT_DAY = re.compile(r"(?<![\d.])(?:[12]\d|3[01]|0?[1-9])\.$")


def _with_cut_day(before: Block, block: Block, order: _DayOrder) -> Block:
    """``block`` with the day cut off the end of the piece ``before`` read back as its list
    marker (:func:`text_with_day`), when the two pieces are of one input line and the day
    opens a date there; else ``block`` itself.

    >>> order = _DayOrder(Page("doc", "text", ()))
    >>> _with_cut_day(Block(0, "Award gestartet17.", line=4),
    ...               Block(1, "September 2011Kommentar", line=4), order).marker
    '17.'
    >>> _with_cut_day(Block(0, "Version 3.17.", line=4), Block(1, "May 2020", line=4), order).marker
    ''
    """
    if before.line != block.line or not block.text[:1].isalpha():
        return block
    day = _CUT_DAY.search(before.text)
    if day is None:
        return block
    found = find_dates(f"{day[0]} {block.text}", day_first=order.day_first(block), dump_forms=True)
    if not found or found[0].start != 0:
        return block
    return replace(block, marker=day[0])


def _flat_opening(block: Block, order: _DayOrder) -> list[tuple[DateMention, bool]]:
    """The date opening a piece of a page flattened onto one line (:func:`_page_lines`) that
    is no date line, when it is the piece's only date; bounded or not; [] for none. The
    segmenter cut the page at its sentence ends, so the date stamp under the headline opens
    the lede's first sentence ("December 29th 2019 Tweet This Ever since ..."), where every
    other dump gives it a line of its own; a piece with more dates is a dated list's run.
    (Stop 41, dates tune | check pages: traf one-line +3 | +5, soup-text +1 | -1; only on a
    line holding half the page's blocks, the same. With the byline joint and the cut day,
    every style: traf one-line +4 | +6, soup-text +4 | +1 -1; fundus one-line +2 | +6,
    soup-text +3 | 0; wcxb one-line +1 -1 | +6 -1, soup-text -1 | +2 (a thread's answer
    dated "Dec 31, 2024If you were ...", a product page's machine stamp); the six shipped
    dump sets and every other style unchanged.)

    >>> order = _DayOrder(Page("doc", "text", ()))
    >>> [m.value for m, _ in _flat_opening(Block(0, "December 29th 2019 Tweet This Ever"
    ...     " since the API went away, I looked for another way."), order)]
    ['2019-12-29']
    >>> _flat_opening(Block(0, "8. April 2020 Uniqz 1. April 2020 Hundedecke mit Namen."), order)
    []
    """
    found = find_dates(block.text, day_first=order.day_first(block), dump_forms=True)
    if len(found) != 1 or found[0].start != 0:
        return []
    return [(found[0], _bounded(block.text, 0))]


def _page_lines(page: Page) -> frozenset[int]:
    """A text dump's input lines that hold at least half its blocks: a page flattened onto one
    line, cut into pieces by the segmenter."""
    facts = page_facts(page)
    half = len(page.blocks) / 2
    return frozenset(line for line in facts.flattened_lines if facts.line_pieces[line] >= half)


def _lines_to_read(
    blocks: Iterable[Block], hinted: list[int | None], text_dump: bool
) -> Iterator[Block]:
    """The lines that may give a date: a short one holding a date's literal (``hinted``, from
    the features step's scan: 0 for none, None for not scanned; a line of other characters
    than ASCII when it holds a "." or "/", as a date of other digits may stand in it: see
    SCREEN), a longer one (not scanned) only in a text dump and only when a byline may stand
    in it (:func:`_may_hold_byline`)."""
    max_words = SETTINGS.max_line_words
    for block in blocks:
        if block.words > max_words:
            if text_dump and _may_hold_byline(block.text):
                yield block
        elif hinted[block.id] != 0 or (
            not (text := block.text).isascii() and ("." in text or "/" in text)
        ):
            yield block


def _may_hold_byline(text: str) -> bool:
    """Whether a line too long to be a candidate may hold a byline with its date
    (:func:`_head_mentions`) or a glued date stamp (:func:`_glued_mentions`): a date's digits
    (:func:`may_hold_hint_digits`), and a byline word at its head, a capitalised one inside, or a
    year glued to a letter. False is decided here, before the per-line cache and the calls
    (2,700 long lines a pass over the aeb blocks dumps, about 90% without either).

    >>> _may_hold_byline("Von Jörg Zschoche 15.05.2023"), _may_hold_byline("Prices rose")
    (True, False)
    """
    # The hint's digits first (:func:`may_hold_hint_digits`): a long line with none (849 of
    # 1,090 in the aeb blocks dumps) holds no date, and skips the automaton's scan (about 70
    # instructions a character; the digits' look about 12).
    return may_hold_hint_digits(text) and (
        _HEAD_BYLINE.match(text, 0, SETTINGS.head_chars) is not None
        or next(_BYLINE_WORDS.iter(text), None) is not None
    )


# A date whose year is glued to the letters after it ("Luke KimDecember 17, 2025TLDR Spice
# Cayenne is ...", "gestartet17. September 2011Kommentar"): a dump that joins elements with no
# space between (get_text() without a separator, inscriptis on inline stamps) glued a date
# stamp, its own element, to the next one; no sentence writes a word onto a year. Long lines
# reach it through _may_hold_byline's screen (_BYLINE_WORDS holds ASCII letters after a
# year from 1990). (Stop 39,
# dates tune | check pages: wcxb soup-text +10 | +9 (0.709 -> 0.722 | 0.701 -> 0.713), wcxb
# blocks 0 | +1 (0.740 -> 0.742), inscriptis +1 | +1, w3m +1 | +1, lynx and markdownify 0 |
# +1; traf soup-text +1 | -1, fundus soup-text +1 | 0; no other page moved.) The date must
# be glued to what stands before it too, or follow a "published" label: a spaced date before
# a glued link is a link's title ("Horoscope Tomorrow, 20th December 2025Horoscope Today").
_GLUED_YEAR = re.compile(r"(?:19|20)\d\d(?=[^\W\d_])")  # not after a digit: looked at below
_GLUED_REACH = 40  # characters before the glued year where its date is looked for
_GLUED_DATE_CHARS = 26  # "17 de septiembre de 2025": the longest date a year ends
_GLUED_LABEL_REACH = 20  # "Published on July 18, 2025Online ...": the label before the date


def _glued_mentions(block: Block, order: _DayOrder) -> list[tuple[DateMention, bool]]:
    """The first date of a line that is no date line whose year is glued to the letters after
    it, and which is glued to what stands before it or follows a "published" label
    (:data:`_GLUED_YEAR`); bounded or not; [] for none.

    >>> order = _DayOrder(Page("doc", "text", ()))
    >>> [m.value for m, _ in _glued_mentions(Block(0, "Spice Cayenne: Built for Scale"
    ...     " Luke KimDecember 17, 2025TLDRSpice Cayenne is the next-generation ..."), order)]
    ['2025-12-17']
    >>> _glued_mentions(Block(0, "The club was founded in 1998 and won in 2004Final ..."), order)
    []
    """
    text = block.text
    if next(_GLUED_SCREEN.iter(text), None) is None:
        return []
    years = (y for y in _GLUED_YEAR.finditer(text) if not text[y.start() - 1 : y.start()].isdigit())
    for year in itertools.islice(years, _MID_BYLINE_TRIES):
        end = year.end()
        before = max(0, end - _GLUED_REACH)
        found = find_dates(text[before:end], day_first=order.day_first(block), dump_forms=True)
        if not found or found[-1].is_modified:
            continue
        start = before + found[-1].start
        if end - start > _GLUED_DATE_CHARS or start == 0:
            continue
        label = text[max(0, start - _GLUED_LABEL_REACH) : start]
        if not text[start - 1].isspace() or has_published_label(label):
            return [(DateMention(found[-1].value, False, start), _bounded(text, start))]
    return []


def _head_mentions(block: Block, order: _DayOrder) -> list[tuple[DateMention, bool]]:
    """The date a byline gives in a line that is no date line (too long, or a sentence; a
    dump's short pieces of a flattened page are such lines too): opening it, the date after
    at most :attr:`DateSettings.head_words` words, or inside it
    (:func:`_mid_byline_mentions`); bounded or not; [] for none.

    >>> order = _DayOrder(Page("doc", "text", ()))
    >>> [m.value for m, _ in _head_mentions(Block(0, "Von Jörg Zschoche 15.05.2023 - 13:52"
    ...     " Uhr Es war bereits der zwölfte Einsatz in der Bundesliga."), order)]
    ['2023-05-15T13:52:00']
    >>> _head_mentions(Block(0, "By March 3, 2020, every employee must file the forms."), order)
    []
    """
    head = block.text[: SETTINGS.head_chars]
    if _HEAD_BYLINE.match(head) is None:
        return _mid_byline_mentions(block, order)
    if not may_hold_date(head):
        return []
    found = find_dates(head, day_first=order.day_first(block), dump_forms=True)
    if not found or found[0].is_modified:
        return []
    # "By March 3, 2020, ...": a deadline, no byline; the name comes between.
    if not 2 <= len(head[: found[0].start].split()) <= SETTINGS.head_words:
        return []
    return [(found[0], _bounded(head, found[0].start))]


def _mid_byline_mentions(block: Block, order: _DayOrder) -> list[tuple[DateMention, bool]]:
    """The date right after a byline inside a long line (:data:`_MID_BYLINE`); [] for none.

    >>> order = _DayOrder(Page("doc", "text", ()))
    >>> [m.value for m, _ in _mid_byline_mentions(Block(0, "Storms are possible on Friday and"
    ...     " Saturday By Matthew Cappucci April 26, 2024 at 11:24 a.m. Severe ..."), order)]
    ['2024-04-26T11:24:00']
    >>> _mid_byline_mentions(Block(0, "Prices rose by 3% on March 3, 2020 ..."), order)
    []
    """
    text = block.text
    # The words' cheap test first: on every long line of a page, the pattern's scan cost the
    # dates step as much as the rest of it (aeb blocks dumps). 286 of 2,594 long lines (aeb
    # inscriptis) hold a word, 191 a date's hint: the words' one pass goes first.
    if next(_BYLINE_WORDS.iter(text), None) is None or not may_hold_date(text):
        return []
    for match in itertools.islice(_MID_BYLINE.finditer(text), _MID_BYLINE_TRIES):
        position = match.end()
        for _ in range(3):  # one to three names, then the date
            name = _NAME_WORD.match(text, position)
            if name is None:
                break
            position = name.end()
            after = text[position : position + SETTINGS.head_chars]
            found = find_dates(after, day_first=order.day_first(block), dump_forms=True)
            if (
                found
                and _BYLINE_JOINT.fullmatch(after, 0, found[0].start) is not None
                and not found[0].is_modified
            ):
                mention = DateMention(found[0].value, False, position + found[0].start)
                return [(mention, _bounded(text, position + found[0].start))]
    return []


# A line a text dump's wrapping cut off before its date: the previous line ends with a
# period's bound word ("Heizungsoptimierung (bis" / "31.12.2021)"), so the date bounds a
# period too (issue 13 round 17, dates tune | check: traf lynx 0.850 -> 0.856 | unchanged,
# html2text 0.843 -> 0.850 | unchanged, wcxb one-line unchanged | 0.648 -> 0.650; the six
# blocks and inscriptis dump sets, other traf, wcxb and fundus styles unchanged).
_LEADING = frozenset(" ([")


def _wrapped_after_bound(blocks: tuple[Block, ...], block: Block, first: DateMention) -> bool:
    """Whether ``block`` opens with its first date and the line above ends with a bound word."""
    if block.id == 0 or any(c not in _LEADING for c in block.text[: first.start]):
        return False
    above = blocks[block.id - 1].text
    return _bounded(above + " ", len(above) + 1)


def _day_first(page: Page) -> bool:
    """Whether the page's numeric dates are read day first: as its own unambiguous ones are
    in a text dump ("28/11/2025" on the page makes "06/01/2026" the 6th of January), else
    by its language (English month first)."""
    if page.input_type == "text":
        order = _numeric_order(page)
        if order is not None:
            return order
    language = page.fields.get("language")
    return bool(language and language.value not in ("en",))


# A numeric date with a slash or a dash ("28/11/2025", "11-28-2025"); dotted dates are always
# day first (cleaner.datetimes).
_NUMERIC_TAIL = re.compile(r"[/-](\d{1,2})[/-](?:\d{4}|\d{2})(?![\d/-])")
_MAX_FIRST_DIGITS = 2
_BEFORE_FIRST = frozenset("0123456789/-")  # "2025-12-12", "1/12/11/2020": no day or month


def _numeric_order(page: Page) -> bool | None:
    """True (day first) or False (month first) when the page's numeric dates that can be read
    one way only all agree; None when they do not, or there are none."""
    day_first = month_first = False
    text = "\n".join(block.text for block in page.blocks)
    # The pattern starts at the first separator, which the regex engine finds fast; the first
    # number is read back here (a pattern that starts with it cost 4x as much).
    for match in _NUMERIC_TAIL.finditer(text):
        end = start = match.start()
        while start > 0 and end - start < _MAX_FIRST_DIGITS + 1 and text[start - 1].isdigit():
            start -= 1
        if not 0 < end - start <= _MAX_FIRST_DIGITS or text[start - 1 : start] in _BEFORE_FIRST:
            continue
        a, b = int(text[start:end]), int(match[1])
        day_first |= 12 < a <= 31 and 1 <= b <= 12
        month_first |= 12 < b <= 31 and 1 <= a <= 12
    return day_first if day_first != month_first else None


def _mentions(block: Block, day_first: bool, text_dump: bool) -> list[tuple[DateMention, bool]]:
    """The dates of a candidate line, each with whether it starts or ends a period ("seit 1.
    Januar 2020", "Video verfügbar bis 28.02.2021") or is an example ("z.B.: 9.9.2019"): a
    contract's, an offer's, a sample, never the page's date, though its line is still a date
    line. In a text dump, a day the segmenter took for a list marker ("3." of "3. April
    2022") is read back in front of the line."""
    text = text_with_day(block) if text_dump else block.text
    found = find_dates(text, day_first=day_first, dump_forms=text_dump)
    bounded = [_bounded(text, m.start) for m in found]
    if text_dump:
        # "12.01.26 — 10.04.26", "Price valid Feb 13, 2026 - Mar 15, 2026": both ends of a
        # period (an event's, an offer's), neither the page's date.
        for i, (first, second) in enumerate(itertools.pairwise(found)):
            if _RANGE_DASH.search(text, first.start, second.start):
                bounded[i] = bounded[i + 1] = True
    return list(zip(found, bounded, strict=True))


# The reach of _bounded's look before a date (characters).
_BOUND_REACH = 24
# _bounded's patterns, each tried only where the window before the date holds one of its
# literals (prechecks.required_literals; bit i for pattern i), found in one automaton pass:
# the three searches tried every language's phrases at each position of the window, 5 us
# a date (aeb dumps), and most windows hold none of them.
_BOUND_PATTERNS = (_BOUND, _EXAMPLE, _CITED)
_BOUND_LITERALS = [required_literals(pattern) for pattern in _BOUND_PATTERNS]
_BOUND_UNSCREENED = sum(1 << bit for bit, found in enumerate(_BOUND_LITERALS) if found is None)
_BOUND_SCREEN = automaton(needle_masks(found or () for found in _BOUND_LITERALS))


def _bounded(text: str, start: int) -> bool:
    """Whether the date at ``start`` bounds a period or is an example: no page's date."""
    before = max(0, start - _BOUND_REACH)
    found = _BOUND_UNSCREENED
    if _BOUND_SCREEN is not None:
        found |= scan(_BOUND_SCREEN, needle_text(text[before:start]))
    if not found:  # most dates
        return False
    return any(
        found >> bit & 1 and pattern.search(text, before, start) is not None
        for bit, pattern in enumerate(_BOUND_PATTERNS)
    )


def text_with_day(block: Block) -> str:
    """A text dump's line with the day the segmenter took for a list marker read back in
    front of it ("3." of "3. April 2022 by mady"); other lines as they are.

    >>> text_with_day(Block(0, "April 2022 by mady", marker="3."))
    '3. April 2022 by mady'
    """
    if block.marker[:-1].isdigit() and block.marker.endswith("."):
        return f"{block.marker} {block.text}"
    return block.text


def _is_labelled(text: str) -> bool:
    return has_published_label(text) or has_modified_label(text)


def _earliest(values: list[str]) -> str | None:
    """The earliest day of a line's dates ("2018-08-29 14:15:57 2018-06-22 10:20:00": a
    dump glues the updated and the published date, in either order); the first of that day.
    (Issue 13 round 12, dates tune | check: traf blocks and inscriptis 0.843 -> 0.850 |
    unchanged, wcxb blocks 0.745 -> 0.747 | unchanged, wcxb inscriptis 0.752 -> 0.753 |
    0.754 -> 0.755; fundus and the HTML sets unchanged; no page lost.)

    >>> _earliest(["2018-08-29T14:15:57", "2018-06-22T10:20:00", "2018-06-22T10:20:00"])
    '2018-06-22T10:20:00'
    """
    return min(values, key=lambda value: value[:10]) if values else None


def _opens_with_published_label(block: Block, mentions: list[DateMention]) -> bool:
    """Whether one of a line's publication-like dates comes right after a "published" label
    that opens the line (:attr:`DateSettings.label_words`).

    >>> line = Block(0, "Posted on August 2, 2019 Author Daniel Lemire")
    >>> _opens_with_published_label(line, find_dates(line.text))
    True
    >>> line = Block(0, "A new study published in Nature on August 2, 2019")
    >>> _opens_with_published_label(line, find_dates(line.text))
    False
    """
    if not has_published_label(block.text):  # the label's cheap test first
        return False
    text = text_with_day(block)
    return any(
        not mention.is_modified
        and len(text[: mention.start].split()) <= SETTINGS.label_words
        and has_published_label(text[: mention.start])
        for mention in mentions
    )


def _under_label_alone(page: Page, block: Block, mentions: list[DateMention]) -> bool:
    """Whether a text dump's line opens with a publication-like date and the line above is a
    "published" label alone ("Posted on" / "August 2, 2019": a dump that cut the label off).
    (Issue 13 round 17, dates tune | check: traf soup-lines 0.824 -> 0.830 | 0.764 -> 0.771,
    wcxb w3m and markdownify unchanged | +1 page each; the six blocks and inscriptis dump
    sets, the other traf, wcxb and fundus styles unchanged.)"""
    if block.id == 0 or not mentions or mentions[0].is_modified:
        return False
    if text_with_day(block)[: mentions[0].start].strip():
        return False
    above = page.blocks[block.id - 1]
    return (
        above.words <= SETTINGS.label_words
        and not may_hold_date(above.text)
        and has_published_label(above.text)
    )


def _labelled_first(dated: list[tuple[str, int]], labelled: set[int]) -> tuple[str, int] | None:
    """The first of a text dump's dated lines that a "published" label opens (block ids in
    ``labelled``), unless an earlier line gives the same day (that line stays the date's: a
    byline beside it).

    >>> _labelled_first([("2019-12-14", 3), ("2019-08-02", 9)], {9})
    ('2019-08-02', 9)
    >>> _labelled_first([("2019-08-02", 3), ("2019-08-02", 9)], {9}) is None
    True
    """
    for i, (value, block_id) in enumerate(dated):
        if block_id in labelled:
            return None if any(day == value for day, _ in dated[:i]) else (value, block_id)
    return None


_COMMENT_FURNITURE = reasons_with(Trait.COMMENT_FURNITURE)


def _comment_date(page: Page, block: Block) -> bool:
    """Whether a text dump's dated line is a comment's stamp: the comments step marked it, or
    the line above it, as a commenter's header ("sarah sagt:" / "Juli 30, 2013 um 2:33 pm")."""
    for block_id in (block.id, block.id - 1):
        mark = page.marks.get(block_id)
        if mark is not None and mark.reason in _COMMENT_FURNITURE:
            return True
    return False


def _is_date_line(block: Block) -> bool:
    return block.words <= SETTINGS.date_line_words or _is_labelled(block.text)


def _publication(
    dated: list[tuple[str, int]], date_lines: list[int], text_dump: bool
) -> tuple[str, int] | None:
    """The page's publication date among its lines' first dates: the first, but in a text dump
    the first outside a dated list (:func:`_listed`, of date lines and of longer lines with a
    date) when there is one.

    >>> _publication([("2020-02-20", 3), ("2020-02-13", 4), ("2020-02-06", 5),
    ...               ("2019-09-21", 9)], [3, 4, 5, 9], text_dump=True)
    ('2019-09-21', 9)
    """
    if not dated:
        return None
    if text_dump:
        # A dated item too long for a date line ("✂ Neu – in 2020 für diesen besonderen
        # Abitur-Jahrgang im Coronajahr 1. August 2020") is still one of the list's: it must
        # not break the run and become the page's date (issue 13 round 8, dates tune | check:
        # wcxb blocks and inscriptis 0 | +2 pages each, traf and fundus unchanged).
        listed = _listed(sorted({*date_lines, *(line for _, line in dated)}))
        return next((line for line in dated if line[1] not in listed), dated[0])
    return dated[0]


def _listed(date_lines: list[int]) -> set[int]:
    """Date lines (block ids, in order) in a run of at least
    :attr:`DateSettings.dated_list_lines` adjacent ones: a list of events or posts, each
    dated ("20.02.2020 20:00 Stammtisch"), whose dates are theirs, not the page's.

    >>> sorted(_listed([2, 10, 11, 12, 20, 22]))
    [10, 11, 12]
    """
    runs = consecutive_runs(date_lines)
    return {line for run in runs if len(run) >= SETTINGS.dated_list_lines for line in run}


def _all_listed(lines: list[int]) -> bool:
    """Whether the dated lines (block ids, in order) all stand in runs of at least
    :attr:`DateSettings.teaser_list_items`, each at most :attr:`DateSettings.teaser_list_gap`
    blocks after the one before: a listing of dated teasers, not a page with a date of its own.

    >>> _all_listed([4, 8, 12, 16, 20, 24]), _all_listed([2, 30, 34, 38, 42, 46, 50])
    (True, False)
    """
    runs = consecutive_runs(lines, gap=SETTINGS.teaser_list_gap)
    return bool(runs) and all(len(run) >= SETTINGS.teaser_list_items for run in runs)


def _newest_first(dated: list[tuple[str, int]]) -> bool:
    """Whether the page's dated lines fall from one to the next more often than they rise: a
    listing's or an archive's order, newest first; a thread's posts and comments run oldest
    first.

    >>> _newest_first([("2025-12-09", 4), ("2025-11-25", 8), ("2025-11-22", 12)])
    True
    >>> _newest_first([("2026-02-20T16:55:00", 2), ("2026-02-20T17:07:00", 7)])
    False
    """
    falls = sum(1 for (a, _), (b, _) in itertools.pairwise(dated) if a > b)
    rises = sum(1 for (a, _), (b, _) in itertools.pairwise(dated) if a < b)
    return falls > rises and dated[0][0][:10] > dated[-1][0][:10]


_SKELETON_DROP = re.compile(r"[^\W\d_]+|\s+")
_SKELETON_DIGITS = re.compile(r"\d+")


def _skeleton(text: str) -> str:
    """A date line's print without its words: its numbers as "0" and its marks up to its last
    digit ("By Jane Doe • Dec. 19, 2025" -> "•.0,0", "46m - Dec 15, 2025" -> "0-0,0").

    >>> _skeleton("By Jane Doe • Dec. 19, 2025"), _skeleton("12/09/2025 | Chalkbeat")
    ('•.0,0', '0/0/0')
    """
    last = max((i for i, char in enumerate(text) if char.isdigit()), default=-1)
    bare = _SKELETON_DROP.sub("", text[: last + 1])
    return _SKELETON_DIGITS.sub("0", bare)


def _printed_alike(page: Page, line: int, dated: list[int]) -> bool:
    """Whether the dated line ``line`` is printed as at least half the page's ``dated`` lines
    are (:func:`_skeleton`): one item of a list like the others, not the page's own stamp in a
    print of its own ("Published: 3 May 2024, 10:32" over a list of "2 May 2024")."""
    own = _skeleton(page.blocks[line].text)
    alike = sum(1 for other in dated if _skeleton(page.blocks[other].text) == own)
    return 2 * alike >= len(dated)


def _a_listing(
    page: Page, published: tuple[str, int] | None, dated: list[tuple[str, int]], marked: list[int]
) -> bool:
    """Whether a text dump's date ``published`` is the first item's of a listing of dated
    teasers (:attr:`DateSettings.teaser_list_items`): newest first (:func:`_newest_first`),
    every dated line in a long run (:func:`_all_listed`), the date as far from the next as the
    items stand apart (:func:`_first_item`) and printed as the others are
    (:func:`_printed_alike`). Each guard keeps pages that have a date of their own: without
    the order a forum thread's first post lost its date (wcxb inscriptis tune -1; check -1
    and -2 per dump); without the print traf check moved +1 -1 per dump; without the spacing
    one fundus tune page lost its date in each dump, and with the spacing allowed one block
    more, in the inscriptis dump still."""
    if published is None or not _newest_first(dated):
        return False
    lines = sorted({*marked, *(line for _, line in dated)})
    return (
        _all_listed(lines)
        and _first_item(lines, published[1])
        and _printed_alike(page, published[1], [line for _, line in dated])
    )


def _first_item(lines: list[int], line: int) -> bool:
    """Whether the dated line ``line`` stands no further from the next one than the list's
    items mostly stand apart: an item of it, not a short article's own date line over a list
    below (its text and the list's header in between).

    >>> _first_item([10, 15, 20, 25, 29, 34], 10), _first_item([2, 12, 15, 18, 21, 24], 2)
    (True, False)
    """
    later = [after for after in lines if after > line]
    if not later:
        return False
    gaps = collections.Counter(b - a for a, b in itertools.pairwise(lines))
    usual = gaps.most_common(1)[0][0]
    return later[0] - line <= usual


def _with_dates(
    page: Page, published: tuple[str, int] | None, modified: tuple[str, int] | None
) -> Page:
    if published:
        page = page.with_field("published", Field(published[0], "text:date_line", published[1]))
    if modified:
        page = page.with_field("modified", Field(modified[0], "text:date_line", modified[1]))
    return page


@dataclass(frozen=True)
class DateExtractor:
    """Read publication and modification dates from date lines, and drop those lines.

    Before: [p "Fight ISIS 11/29/16 [Last modified: Friday, December 2, 2016 6:51pm]"]
    After:  [... -> removed: date_line]; published = "2016-11-29",
            modified = "2016-12-02T18:51:00"

    The first unlabelled (or "published") date is the publication date (of several on one
    line, the earliest: a dump glues the updated date to the published one); in a text dump,
    a date a "published" label opens its line with (or stands alone on the line above) wins
    over an earlier one. A date after "updated"/"modified" is the modification date, and in a
    text dump the publication date too when the page gives no other. (A buyer's review's date
    under a shop's reviews header gave none from the twelfth round to stop 45: one traf tune
    page in every dump style, no check, fundus, aeb or HTML page; taken out as fitted.) In a
    text dump, a list of dated lines (events, posts) gives the page's date only when no other
    line does, and a listing of dated teasers, newest first, gives none (:func:`_a_listing`).
    Numeric dates are read month first in English pages and day first elsewhere.
    """

    name: ClassVar[str] = "dates"
    screens: ClassVar[tuple[Screen, ...]] = (SCREEN,)

    def run(self, page: Page) -> Page:
        text_dump = page.input_type == "text"
        dates = _LineDates(page, text_dump=text_dump)
        dated: list[tuple[str, int]] = []  # each line's first publication-like date, in order
        modified: tuple[str, int] | None = None
        marks = []
        labelled: set[int] = set()  # dated lines a "published" label opens (text dumps)
        read = page.blocks_to_read("published", "modified")
        for block in _lines_to_read(read, screen_hits(page, SCREEN), text_dump):
            found = dates.of(block)
            if not found:
                continue
            if _is_date_line(block) and not dates.is_head(block):
                marks.append(Mark(block.id, Reason.DATE_LINE, self.name))
            unbounded = [mention for mention, bounded in found if not bounded]
            value = _earliest([m.value for m in unbounded if not m.is_modified])
            if value is not None:
                dated.append((value, block.id))
                if text_dump and (
                    _opens_with_published_label(block, unbounded)
                    or _under_label_alone(page, block, unbounded)
                ):
                    labelled.add(block.id)
            if modified is None:
                modified = next(((m.value, block.id) for m in unbounded if m.is_modified), None)
        page = page.with_marks(marks)
        marked = [mark.block_id for mark in marks]
        published = _publication(dated, marked, text_dump)
        if text_dump:
            published = _labelled_first(dated, labelled) or published
            if _a_listing(page, published, dated, marked):
                published = None  # each date is an item's, and the page gives none of its own
            else:
                published = _update_standing_in(page, published, modified)
        return _with_dates(page, published, modified)


def _update_standing_in(
    page: Page, published: tuple[str, int] | None, modified: tuple[str, int] | None
) -> tuple[str, int] | None:
    """A text dump's publication date, or its update date standing in for it: a page that
    shows only when it was updated was published then or before; that date is closer than
    none (issue 13, tune and check halves of traf, fundus, wcxb dumps). Not for HTML: markup
    that declares no publication date, on a page showing "Last updated", is a service or
    documentation page more often (wcxb html dates tune 0.753 -> 0.745 with it). (An update
    date on the byline above the first other date stood in for it too, from issue 13 round 15
    to stop 45: a rule of two wcxb tune pages that moved no check page, fundus page or other
    dump style's page; taken out as fitted.)"""
    if modified is None or published is not None:
        return published
    share = modified[1] / max(1, len(page.blocks))
    return modified if share < SETTINGS.fallback_max_position else published


def _headline_window(page: Page) -> tuple[int, int] | None:
    """The blocks around the headline where the article's own date line sits."""
    if page.article_span is None:
        return None
    start = page.article_span[0]
    title = page.fields.get("title")
    anchor = title.block_id if title is not None and title.block_id is not None else start
    return anchor - SETTINGS.headline_before, max(anchor, start) + SETTINGS.headline_after


def _stays(page: Page, anchor: int | None, window: tuple[int, int]) -> bool:
    """Whether the dates step's date, read from block ``anchor``, stays: it is on a date line
    in the window already (most pages), as every date in the window comes after it. (A date
    on the author's byline anywhere, from issue 13 round 6, and one after "originally
    published", stayed too until stop 45: one traf and one wcxb tune page, no check, fundus
    or aeb page in any dump style; taken out as fitted.)"""
    if anchor is None:
        return False
    return window[0] <= anchor <= window[1] and _is_date_line(page.blocks[anchor])


@dataclass(frozen=True)
class HeadlineDateExtractor:
    """In a text dump, the date by the headline is the publication date, not an earlier one.

    Before: [p "Wednesday, 8 July 2020" (date_line)] ... [h "Council approves bridge plan"]
            [p "24 April 2020" (date_line)] [p "The council voted on Monday ..."];
            published = "2020-07-08" (the first date on the page: the masthead's day)
    After:  published = "2020-04-24"

    Runs after the title step: the window is a few blocks before the headline (the article's
    start when no title was found) to a few blocks after the article's start. A date line
    there wins over a mention in prose; a "modified" date never does. When more dated lines
    than a thread's first few come before it, the page is a thread of dated posts and its
    first date stays. When the window holds no date, the page's own teaser further down
    (:func:`_own_teaser_date`) dates the article.
    (A date line just above an undated window beat the dates step's date from issue 13
    round 16 to stop 45: one traf tune page in every dump style, no check, fundus or aeb
    page; taken out as fitted.) When nothing replaced it, an update date standing in for the
    publication date from below the article's last block is dropped
    (:func:`_update_below_article`), and so is a comment's stamp there
    (:func:`_comment_below_article`). A text dump that gave no date at all takes one glued
    near the start of a line in the window that is no date line (:func:`_lede_date`). HTML
    pages keep the date the markup or the dates step gave.
    """

    name: ClassVar[str] = "headline_date"

    def run(self, page: Page) -> Page:
        if page.input_type == "text" and "published" not in page.fields:
            return _lede_date(page)
        dated = self._by_headline(page)
        published = dated.fields.get("published")
        if published is page.fields.get("published") and (
            _update_below_article(dated) or _comment_below_article(dated)
        ):
            return dated.without_field("published")
        return dated

    def _by_headline(self, page: Page) -> Page:
        published = page.fields.get("published")
        window = _headline_window(page)
        if page.input_type != "text" or published is None or window is None:
            return page
        low, high = window
        if _stays(page, published.block_id, window):
            return page
        dates = _LineDates(page, text_dump=True)
        dated_before = 0  # blocks before the window with a publication-like date
        in_window: list[tuple[Block, str]] = []
        lines = page.blocks[: max(0, high + 1)]
        for block in _lines_to_read(lines, screen_hits(page, SCREEN), text_dump=True):
            value = _earliest(
                [m.value for m, bounded in dates.of(block) if not bounded and not m.is_modified]
            )
            if value is None:
                continue
            if block.id < low:
                dated_before += 1
            else:
                in_window.append((block, value))
        if not in_window:
            return _own_teaser_date(page, published, high, dates.order)
        block, value = next(((b, v) for b, v in in_window if _is_date_line(b)), in_window[0])
        dated_before += sum(1 for b, _ in in_window if b.id < block.id)
        if dated_before > SETTINGS.thread_dated_lines or value == published.value:
            return page
        # Rank 1: beats the dates step's first date (rank 0); text dumps have no markup.
        return page.with_field("published", Field(value, "text:date_by_headline", block.id, rank=1))


def _lede_date(page: Page) -> Page:
    """A text dump that gave no date: the first date of the headline window's lines, when the
    first of them holding one is no date line (:func:`_candidate`: a date line there was the
    dates step's to give or to turn down) and the date stands near its start
    (:attr:`DateSettings.lede_words`), neither bounded nor an update's.

    Before: [h "The problem of cognitive hysteresis"] [p "Dan Davies Dec 12, 2025 33 25 5
            Share Just a thought on the general subject of ..."]; no published date
    After:  published = "2025-12-12"
    """
    window = _headline_window(page)
    if window is None:
        return page
    low, high = window
    order = _DayOrder(page)
    for block in page.blocks[max(0, low) : high + 1]:
        if not may_hold_date(block.text):
            continue
        found = _mentions(block, order.day_first(block), text_dump=True)
        if not found:
            continue
        if _candidate(block):
            return page
        first, bounded = found[0]
        if len(text_with_day(block)[: first.start].split()) > SETTINGS.lede_words:
            continue
        if bounded or first.is_modified:
            return page
        return page.with_field("published", Field(first.value, "text:lede_date", block.id, rank=1))
    return page


def _comment_below_article(page: Page) -> bool:
    """Whether a text dump's date is a comment's stamp (:func:`_comment_date`) below the
    article's last block: the page showed no date of its own above its comments, and a
    comment's day is not the article's. (Stop 40, dates tune | check pages: traf blocks and
    inscriptis +1 | +1 each (0.8758 -> 0.8824 | 0.7917 -> 0.7986 and 0.8056 -> 0.8125); wcxb
    blocks and inscriptis -1 | 0 each (a page whose first comment fell on the article's day);
    fundus unchanged; traf html2text, lynx, w3m, markdownify, html-text +1 | +1. Every date
    below a comment's stamp dropped in the dates step instead: the same on the shipped dumps,
    but fundus html2text check -1.)"""
    at = _published_below_article(page)
    return at is not None and _comment_date(page, page.blocks[at])


def _update_below_article(page: Page) -> bool:
    """Whether a text dump's date is its update date standing in for the publication date
    (:func:`_update_standing_in`) from a line below the article's last block: a service's,
    a document's or a wiki's "This page was last modified on Jul 8, 2025", which dates the
    page's upkeep, not an article. Only an update date under the article; one above it or
    in it still stands in. (Stop 38, dates tune | check pages: wcxb blocks +4 | +3 (0.7615 ->
    0.7669 | 0.7365 -> 0.7404), inscriptis +4 -1 | +3 (0.7683 -> 0.7724 | 0.7589 -> 0.7628);
    traf and fundus dumps unchanged. Only more than 5 blocks below: wcxb tune +1 / +2, check
    +3 / +3; more than 15: tune +1 / +1, check 0 / +1.)"""
    at = _published_below_article(page)
    modified = page.fields.get("modified")
    return (
        at is not None
        and modified is not None
        and modified.block_id == at
        and modified.value == page.fields["published"].value
    )


def _published_below_article(page: Page) -> int | None:
    """The block id of a text dump's publication date when its line is below the article's
    last block; None otherwise."""
    published = page.fields.get("published")
    if (
        page.input_type == "text"
        and page.article_span is not None
        and published is not None
        and published.block_id is not None
        and published.block_id > page.article_span[1]
    ):
        return published.block_id
    return None


def _own_teaser_date(page: Page, published: Field, high: int, order: _DayOrder) -> Page:
    """A text dump whose headline has no date by it: a later teaser of the page itself (its
    headline repeated, then a lede that a date stamp opens) gives the page's date, over the
    dates step's first date (a masthead's day, another teaser's); not when the line above
    the repeated headline opens with a date (:func:`_dated_above`).

    Before: [h "Strava-Update: POI bei Routen-Tool"] ... [p "Strava-Update: POI bei
            Routen-Tool"] [p "26.01.2022Strava wertet ..."]; published = "2021-06-04"
    After:  published = "2022-01-26"
    """
    title = page.fields.get("title")
    if title is None or title.block_id is None:
        return page
    headline = page.blocks[title.block_id].text.strip()
    for block in page.blocks[high + 1 :]:
        if block.text.strip() != headline:
            continue
        if _dated_above(page, block, order):
            return page  # a list that puts each date above its title: the one below is the next's
        for below in page.blocks[block.id + 1 : block.id + 1 + SETTINGS.teaser_reach]:
            found = _opening_date(below, order)
            if found is not None and not found.is_modified:
                value = found.value
                if value == published.value:
                    return page
                return page.with_field(
                    "published", Field(value, "text:date_by_headline", below.id, rank=1)
                )
    return page


def _dated_above(page: Page, block: Block, order: _DayOrder) -> bool:
    """Whether the line above ``block`` opens with a date: a list of posts that dates each one
    above its title ("27. Januar 2014" / headline / "24. Januar 2014" / next title).
    (Issue 13 round 17, dates tune | check: traf soup-lines 0.830 -> 0.837 | unchanged; the
    six blocks and inscriptis dump sets, other traf, wcxb and fundus styles unchanged.)"""
    if block.id == 0:
        return False
    above = page.blocks[block.id - 1]
    return _opening_date(above, order) is not None and _is_date_line(above)


def _opening_date(block: Block, order: _DayOrder) -> DateMention | None:
    """The first date of ``block`` when it opens the line (a teaser's date stamp), else None."""
    found = find_dates(block.text, day_first=order.day_first(block), dump_forms=True)
    return found[0] if found and found[0].start == 0 else None
