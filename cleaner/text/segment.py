"""Whole-page text dump -> blocks.

Three dump styles are common and one segmenter handles them all:

* "copy all" dumps: one block per line, blank lines between blocks;
* layout dumps from text browsers (inscriptis, ``lynx -dump`` without wrapping): indentation and
  ``* ``/``1.`` list markers, no blank lines between items;
* hard-wrapped dumps (``lynx -dump``, ``w3m -dump``, ``fmt``): paragraphs folded at a fixed width;
  the folded lines are joined back into one block.

Link syntax of two more styles is dropped when a dump is full of it: Markdown from
``html2text`` (``[text](url)``, ``**bold**``, ``# Heading``) and lynx's ``[12]`` link numbers.
Only characters are deleted, never added, so a block's text stays a subsequence of the input.

A page flattened into one line (the text of minified HTML) has no layout left at all; its long
line is cut into sentences, the only units it still has, so that the steps can judge them
(see :func:`_unflattened`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from cleaner.blocks import Block, BlockKind
from cleaner.credits import AGENCIES, CREDITED_AS_WRITTEN
from cleaner.datetimes import MONTH_NAMES, MONTHS, PUBLISHED_LABEL
from cleaner.errors import InputTooLargeError
from cleaner.languages import alternatives, words
from cleaner.languages.services import share_services
from cleaner.languages.stopwords import stopwords
from cleaner.prechecks import needle_text, required_literals
from cleaner.reasons import Reason

__all__ = [
    "FLAT_SHARE",
    "HEADER_LEADS",
    "READING_TIME",
    "SHARE_BUTTONS",
    "UNSPACED",
    "is_menu_run",
    "segment_text",
]

_CONTROL_CHARS = "".join(map(chr, (*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F)))
_CONTROL = re.compile(f"[{re.escape(_CONTROL_CHARS)}]")
# Every language's month names and abbreviations, longest first (cleaner.datetimes.MONTHS).
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# "2. Dezember 2016" starts like an ordered-list item but is a (German, Danish ...) date: a
# month's name or abbreviation (or a word the abbreviation starts) after the day.
_DATE_NOT_MARKER = re.compile(
    rf"^\d{{1,2}}\.\s+({_MONTH_NAMES})\w*\.?\s+\d{{2,4}}\b",
    re.IGNORECASE,
)
_MARKER_START = frozenset("*•◦▪·+-–#[0123456789")
# The one-character markers of _MARKER (no date starts with one).
_BULLETS = frozenset("*•◦▪·+-–#")
_MARKER = re.compile(r"^([*•◦▪·+\-–]|\d{1,3}[.)]|\[\d{1,3}\]|#)\s+(?=\S)")
# Hard-wrapped dumps fold at a fixed width; "copy all" lines are far longer than this.
_MAX_WRAP_WIDTH = 100
_MIN_WRAP_WIDTH = 40
_MAX_OVER_WIDTH = 0.02  # share of a folded dump's long lines that may run past its width
# A folded dump's lines that a paragraph goes on after end near its width: at least this many
# such lines, and this share of them (an address or a no-break space cuts a few short). 0.6,
# not 0.75: traf lynx 0.8469|0.8355 -> 0.8493|0.8390, fundus lynx 0.8532|0.8689 ->
# 0.8538|0.8734, other styles and the shipped dumps identical.
_MIN_HELD = 4
_HELD_NEAR = 0.6


# Every part has a length bound: a page of unclosed links or "**" must cost linear time. A
# URL's run stops at the first space or bracket, so its bound can hold an image inlined as a
# data: URI (4,000-7,000 characters of base64 in html2text dumps; left whole, it counted as a
# long block of prose). An image's alt text and a title can hold a whole caption (an embedded
# post's picture: 1,000-1,800 characters), so their bound is 2,000: at 300 the image stayed
# as text, paragraphs longer than the article's, and the span took them (traf tune page F1
# 0). A link's text keeps 300: at 2,000 a bracket the text never closed reached a link far
# on (traf html2text check page 0.8 -> 0). Two branches, not a conditional group (which cost
# the markdown dumps 9% more time). Styles tune|check, before -> after: markdownify aeb
# 0.9566|0.9097 -> 0.9566|0.9325 (a check page 0 -> 0.993), traf 0.8932|0.8631 ->
# 0.8964|0.8696, fundus 0.8846|0.8967 -> 0.8864|0.8993, wcxb 0.7782|0.7943 -> 0.7788|0.7951;
# html2text traf 0.8676|0.8434 -> 0.8702|0.8450, fundus 0.8687|0.8739 -> 0.8701|0.8771, aeb
# check 0.9299 -> 0.9310 (html2text-nowrap alike); every other style and the shipped dumps
# identical.
_MARKDOWN_LINK = re.compile(
    r"(?:(!)\[[^\[\]\n]{0,2000}|\[([^\[\]\n]{0,300}))\]"
    r"\((?:[^()\s\[\]]|\([^()\s]{0,200}\)|-\s{1,3}){0,100000}"
    r"(?:\s+\"[^\"]{0,2000}\")?\)"
)
_MARKDOWN_EMPHASIS = re.compile(
    r"\*\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*\*|__(?=\S)([^_\n]{1,300}?)(?<=\S)__"
    # Italics (html2text writes <em> as "_word_"): a single mark opens only where no word
    # character or mark stands before it and closes only where none follows, so "snake_case",
    # "2*3*4" and a "* " list marker stay as they are.
    r"|(?<![\w_])_(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])_(?![\w_])"
    r"|(?<![\w*])\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])"
)
_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+")
_LYNX_REFERENCE = re.compile(r"\[\d{1,4}\](?=\S)")
# Characters a terminal draws two columns wide (Unicode's East Asian Wide and Fullwidth): the
# Hangul, CJK and kana blocks and the full-width forms.
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)

# Wide characters of the scripts written without spaces (Han, kana, CJK punctuation and the
# full-width forms, not Hangul): a dump folds their text between any two characters, and the
# boundary step tells a spaced CJK piece (a menu's items) by them.
UNSPACED = re.compile(
    "[\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uff60]"
)


def _is_unspaced(character: str) -> bool:
    return not character.isascii() and UNSPACED.match(character) is not None


# A dump is in one of these styles when it has at least this many of its marks.
_MIN_STYLE_MARKS = 3
_STYLE_SCAN = 200_000  # characters of the page the style is judged on
_KINDS = {"#": BlockKind.HEADING, ">": BlockKind.QUOTE}


class _Style(NamedTuple):
    markdown: bool
    lynx: bool


def _has_marks(pattern: re.Pattern[str], literal: str, text: str) -> bool:
    # Finding the literal every mark contains is far cheaper than running the pattern over a
    # page that has none; and a find stops at the few it needs where a count reads the page.
    # One character is looked for far faster than two: most pages have no "]" at all, and
    # "](" searched through them cost 3.3 ms a pass (aeb inscriptis; the character 0.02 ms).
    if literal[0] not in text:
        return False
    at = 0
    for _ in range(_MIN_STYLE_MARKS):
        at = text.find(literal, at, _STYLE_SCAN)
        if at < 0:
            return False
        at += len(literal)
    return len(pattern.findall(text, 0, _STYLE_SCAN)) >= _MIN_STYLE_MARKS


def _style(text: str) -> _Style:
    return _Style(
        markdown=_has_marks(_MARKDOWN_LINK, "](", text),
        lynx=_has_marks(_LYNX_REFERENCE, "[", text),
    )


def _emphasised(match: re.Match[str]) -> str:
    return next(group for group in match.groups() if group is not None)


def _link_text(match: re.Match[str]) -> str:
    return "" if match.group(1) else match.group(2)  # an image goes whole


def _drop_link_syntax(content: str, style: _Style) -> str:
    """Delete link markup: ``[text](url)`` keeps ``text``, an image goes whole."""
    if style.markdown and ("](" in content or "*" in content or "_" in content):
        # A linked image ("[![alt](img)](url)") is a link around an image: the first pass
        # drops the image, the second the link left empty.
        for _ in range(2):
            content, count = _MARKDOWN_LINK.subn(_link_text, content)
            if not count or "](" not in content:
                break
        content = _MARKDOWN_EMPHASIS.sub(_emphasised, content)
    if style.lynx and "[" in content:
        content = _LYNX_REFERENCE.sub("", content)
    return content


class _Line(NamedTuple):
    number: int
    indent: int
    marker: str
    text: str
    blank_before: int
    # Columns the line took in the dump beyond its text's length, in all and before its first
    # word: the link numbers lynx printed ("[12]"), which the link syntax took out. The dump
    # was folded with them in, so the fold width and whether a word would have fit are judged
    # on the line as it was.
    extra: int = 0
    lead: int = 0
    # Wide (CJK) characters in the line: a terminal draws each two columns wide, and a dump
    # folded for one (w3m) counts them so; lynx counts them as one.
    wide: int = 0


# A heading's underline (Markdown's setext heading, as markdownify writes h1 and h2: "Title"
# over "=====" or "-----"): read as the blank line that ends the heading, not as text, which
# joined it to the heading ("... for the Holidays =====", then the page's title). markdownify
# titles, check: traf 0.076 -> 0.618, fundus 0.032 -> 0.568, wcxb 0.046 -> 0.486; bodies
# check traf, fundus, wcxb up, aeb -1 page; every other style and the shipped dumps identical.
_UNDERLINE = re.compile(r"={3,}|-{3,}")


def _split_lines(text: str) -> tuple[list[_Line], _Style]:
    text = _without_controls(_unix_breaks(text))
    style = _style(text)
    # Wide characters are counted line by line only on a page written in them. One character
    # in 16 tells: a CJK page has them in every line, and a few in a page of Latin script (a
    # name in Chinese) do not change how it was folded. The whole page would cost a regex
    # step per character on every non-ASCII page (a tenth of segmenting an aeb dump).
    count_wide = not text.isascii() and _WIDE.search(text[::16]) is not None
    # Markdown links are dropped once a paragraph's lines are joined: converters wrap them.
    lynx = _Style(markdown=False, lynx=True) if style.lynx else None
    lines: list[_Line] = []
    append = lines.append
    # _Line(...) runs the NamedTuple's Python-level __new__; the tuple's own makes the same
    # object without that call, once per line of every page.
    new = tuple.__new__
    maybe_items: list[int] = []  # indented lines that start with "o ": see _third_level_items
    blanks = 0
    markdown = style.markdown
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw:  # half the lines of a blocks dump: no tab test or strip for them
            blanks += 1
            continue
        # An expression, not a statement: _split_lines is at the complexity limit.
        raw = raw.expandtabs(4) if "\t" in raw else raw
        content = raw.strip()
        if not content:
            blanks += 1
            continue
        # Only white space precedes the first character of ``content``; strip() gives the line
        # itself back when it has none at either end (most lines), and that needs no search.
        indent = 0 if content is raw else raw.index(content[0])
        marker = ""
        if markdown and content[0] == ">":  # a Markdown quote: "> text", "> > text"
            content, marker = content.lstrip("> "), ">"
        extra = lead = 0
        if lynx is not None:
            content, extra, lead = _lynx_line(content, lynx)
        if not content or (
            content[0] in "=-" and not blanks and _took_underline(content, lines, style)
        ):
            blanks += 1
            continue
        if not marker and content[0] in _MARKER_START:  # the regexes only where one may be
            # "* Home" read as _list_marker reads it, without the call and its two regexes: a
            # layout dump (inscriptis) marks half its lines so (aeb: 7,300 of 14,900). The
            # line is stripped: a word follows the space.
            if content[1:2] == " " and content[0] in _BULLETS:
                marker, content = content[0], content[2:].lstrip()
            else:
                marker, content = _list_marker(content)
        elif indent and not marker and content.startswith("o "):
            maybe_items.append(len(lines))
        wide = len(_WIDE.findall(content)) if count_wide and not content.isascii() else 0
        append(new(_Line, (number, indent, marker, content, blanks, extra, lead, wide)))
        blanks = 0
    return _third_level_items(lines, maybe_items) if maybe_items else lines, style


def _lynx_line(folded: str, lynx: _Style) -> tuple[str, int, int]:
    """A lynx dump's line without its link numbers, and the columns they took in all and
    before its first word (_Line's ``extra`` and ``lead``).

    >>> _lynx_line("[12]Home [13]News", _Style(markdown=False, lynx=True))
    ('Home News', 8, 4)
    """
    content = " ".join(_drop_link_syntax(folded, lynx).split())
    lead = 0
    if folded[:1] == "[" and (first := _LYNX_REFERENCE.match(folded)) is not None:
        lead = first.end()
    return content, len(folded) - len(content), lead


def _unix_breaks(text: str) -> str:
    """``text`` with every line break as "\\n".

    One character is looked for before two: "\\r\\n" searched through a page that has no
    "\\r" (nearly every page) cost 1.0-1.4 ms a pass (CPU, aeb inscriptis), "\\r" 0.03 ms.

    >>> _unix_breaks("a\\r\\nb\\rc\\nd")
    'a\\nb\\nc\\nd'
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _without_controls(text: str) -> str:
    """``text`` without its control characters (_CONTROL_CHARS).

    Nearly no page has one: each is looked for on its own, a ``memchr`` over the page in C
    (over its low bytes on a page of two-byte characters, nearly all of them). The regex's
    search over the page cost twice as much as the page's UTF-8 with the control bytes
    deleted (aeb blocks dumps, a pass: 2.2 -> 1.0 ms), and that as much again as these
    searches (aeb blocks + inscriptis dumps, a pass: 43 -> 21 M instructions).

    >>> _without_controls("a\\x00b\\x7fc\\té"), _without_controls("no control")
    ('abc\\té', 'no control')
    """
    for char in _CONTROL_CHARS:
        if char in text:
            return _CONTROL.sub("", text)
    return text


def _took_underline(content: str, lines: list[_Line], style: _Style) -> bool:
    """True when ``content`` underlines the last line (a heading's, see _UNDERLINE); in a
    Markdown dump, a heading as long as a flattened page's line is marked as one, to be cut
    (see _markdown_unflattened)."""
    if not lines or _UNDERLINE.fullmatch(content) is None:
        return False
    if style.markdown and len(lines[-1].text) >= _FLAT_LINE:
        lines[-1] = lines[-1]._replace(marker="#")
    return True


def _third_level_items(lines: list[_Line], maybe: list[int]) -> list[_Line]:
    """The lines with inscriptis's third-level list marker ("o") read as a marker; ``maybe``
    holds the indices of the indented lines that start with "o ".

    Layout dumps mark nested list items "*", "+", then "o". Unmarked, a mega menu's third
    level reads as a paragraph of many lines. "o" is a word too ("o que", "o", "or"), so a
    line takes it for a marker only when indented and next to another such line at its indent.

    >>> [(l.marker, l.text) for l in _third_level_items([
    ...     _Line(1, 8, "", "o News", 0), _Line(2, 8, "", "o Videos", 0),
    ...     _Line(3, 4, "", "o que eles disseram", 0)], [0, 1, 2])]
    [('o', 'News'), ('o', 'Videos'), ('', 'o que eles disseram')]
    """
    candidates = set(maybe)
    # The neighbours written out and the line built by the tuple's own __new__: a mega menu has
    # hundreds of such items, and _replace() is a Python-level call a line. An item's indent
    # is what its neighbours are judged by, and a replacement keeps it.
    new = tuple.__new__
    for at in maybe:
        number, indent, _, text, *rest = lines[at]
        if (at - 1 in candidates and lines[at - 1].indent == indent) or (
            at + 1 in candidates and lines[at + 1].indent == indent
        ):
            lines[at] = new(_Line, (number, indent, "o", text[2:].lstrip(), *rest))
    return lines


def _list_marker(content: str) -> tuple[str, str]:
    """A line's list or heading marker and the text after it ("" and the line if none).

    >>> _list_marker("* Home"), _list_marker("## Subhead"), _list_marker("2. Dezember 2016")
    (('*', 'Home'), ('#', 'Subhead'), ('', '2. Dezember 2016'))
    """
    match = _MARKER.match(content)
    if match is not None and not _DATE_NOT_MARKER.match(content):
        return match.group(1), content[match.end() :].strip()
    if content[0] == "#":
        heading = _MARKDOWN_HEADING.match(content)
        if heading is not None and heading.end() < len(content):
            return "#", content[heading.end() :].strip()
    return "", content


class _Fold(NamedTuple):
    """How a hard-wrapped dump was folded: at ``width`` columns, wide characters counted as
    two columns or as one."""

    width: int
    wide: bool


def _wrap_width(lines: list[_Line]) -> _Fold | None:
    """How a hard-wrapped dump was folded, or None when it is not folded.

    A folded dump has no line much longer than the fold width, and many lines end within
    a few characters of it. Wide characters are tried at two columns first, then at one.
    """
    fold = _fold_width(lines, wide=True)
    if fold is None and _has_wide(lines):
        fold = _fold_width(lines, wide=False)
    return fold


def _has_wide(lines: list[_Line]) -> bool:
    """True when a line holds a wide character.

    A loop, not any() over a generator: it runs over every line of most pages (those not
    folded), and a generator's step per line cost twice the loop's.

    >>> _has_wide([_Line(1, 0, "", "Home", 0), _Line(2, 0, "", "東京", 0, wide=2)])
    True
    """
    for line in lines:
        if line.wide:
            return True
    return False


def _fold_width(lines: list[_Line], wide: bool) -> _Fold | None:
    # The columns of each line (_width_of), summed inline: this runs over every line of a page.
    if wide:
        lengths = [
            line.indent + len(line.text) + line.extra + line.wide
            for line in lines
            if not line.marker
        ]
    else:
        lengths = [line.indent + len(line.text) + line.extra for line in lines if not line.marker]
    lengths.sort()  # a list comprehension sorted in place: no generator step per line
    # Menus and buttons are short in every style; the folded prose lines tell the width.
    long = [length for length in lengths if length >= _MIN_WRAP_WIDTH]
    if len(long) < 4:
        return None
    width = long[int(len(long) * 0.98) - 1]
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return None
    # A browser cannot fold a word longer than the width (an address, an inline script's
    # text): a few such lines stand out of a folded dump, many mean it is not folded.
    over = len(long) - bisect.bisect_right(long, width + 20)
    if over > _MAX_OVER_WIDTH * len(long):
        return None
    near = sum(1 for length in long if width - 15 <= length <= width)
    if near >= 0.5 * len(long) or _held_lines_near(lines, wide, width):
        return _Fold(width, wide)
    return None


def _held_lines_near(lines: list[_Line], wide: bool, width: int) -> bool:
    """True when the long lines another line follows with no blank line between mostly end
    near ``width``: a folded dump of a short article among teasers and headlines, whose long
    lines are mostly not folded ones, but whose paragraphs were all cut near the width.
    """
    held = [
        _width_of(line, wide)
        for line, after in itertools.pairwise(lines)
        if not line.marker
        and not after.blank_before
        and not after.marker
        and _width_of(line, wide) >= _MIN_WRAP_WIDTH
    ]
    near = sum(1 for length in held if width - 15 <= length <= width)
    return len(held) >= _MIN_HELD and near >= _HELD_NEAR * len(held)


def _width_of(line: _Line, wide: bool) -> int:
    """The columns ``line`` took in the dump, its indent included."""
    return line.indent + len(line.text) + line.extra + (line.wide if wide else 0)


def _continues(previous: _Line, line: _Line, fold: _Fold) -> bool:
    """True when ``line`` is the folded tail of ``previous`` in a hard-wrapped dump."""
    if line.blank_before or line.marker:
        return False
    expected_indent = previous.indent + (len(previous.marker) + 1 if previous.marker else 0)
    if line.indent not in (previous.indent, expected_indent):
        return False
    if line.wide and _is_unspaced(line.text[0]):
        # Text without spaces breaks between any two characters: its first "word" is one.
        first = 2 if fold.wide else 1
    else:
        first = line.lead + len(_first_word(previous, line))
    used = _width_of(previous, fold.wide) + (len(previous.marker) + 1 if previous.marker else 0)
    return used + 1 + first > fold.width


def _first_word(previous: _Line, line: _Line) -> str:
    """The first unbreakable piece of ``line``: its first word, or its first two when the
    line goes on with a sentence ``previous`` broke off in lower case.

    A no-break space (``&nbsp;``) binds two words, and a browser's dump draws it as a plain
    space: "Apha ulutsha&nbsp;luzakusetyenziselwa" folds before "ulutsha", which alone would
    have fit. The dump cannot tell, so a sentence that runs on in lower case is given the
    benefit of the doubt.
    """
    words = line.text.split(" ", 2)
    if (
        len(words) > 1
        and line.text[0].islower()
        and previous.text[-1] not in _SENTENCE_END
        and previous.text[-1].isalnum()
    ):
        return f"{words[0]} {words[1]}"
    return words[0]


def _in_column(previous: _Line, line: _Line, fold: _Fold) -> bool:
    """True when both lines are far shorter than the fold: a narrow table column (w3m draws
    a layout table's columns at their own widths), where the fold cannot tell whether a line
    goes on and the sentence test of unfolded dumps (:func:`_is_fragment`) is asked instead.

    Half the fold width: the sentence test for every line of a folded dump the fold did not
    join cost checks (fundus lynx check 0.8689 -> 0.8682, traf lynx 0.8355 -> 0.8350); for
    the short lines only, tune rises (fundus lynx 0.8435 -> 0.8481) and no check falls.
    """
    limit = fold.width // 2
    return _width_of(previous, fold.wide) < limit and _width_of(line, fold.wide) < limit


_SENTENCE_END = frozenset('.!?…:;"”»')
_CONTINUATION_START = frozenset(",.;:)]’”")
# What only the rest of a sentence starts with, however short the line before it.
_CLOSING_START = frozenset(",.;:)")
# A line this long that stops mid-sentence was cut, not ended.
_MIN_FRAGMENT_HOST = 6


def _is_fragment(group: list[_Line], line: _Line, following: _Line | None = None) -> bool:
    """True when ``line`` continues the sentence the last line of ``group`` broke off: dumps
    that put every text node on its own line cut paragraphs at links, emphasis and ``<br>``.

    >>> host = [_Line(1, 0, "", "Officials said the bridge, which opened in", 0)]
    >>> [_is_fragment(host, _Line(2, 0, "", text, 0)) for text in
    ...  ("the spring of 1931, will close.", "1931 last year, will close.", "Harbour Canal", "828")]
    [True, True, False, False]
    """
    previous = group[-1]
    if line.blank_before or line.marker or previous.text[-1] in _SENTENCE_END:
        return False
    # A list item broke off mid-sentence hosts the rest ("– Am Samstag ... ist ein 74-Jähriger
    # in" + "Richtung Ortsmitte"), unless it is indented as a layout dump draws lists.
    if previous.marker and (len(previous.text.split()) < _MIN_FRAGMENT_HOST or previous.indent):
        return False
    if line.text[0] in _CLOSING_START:
        return True  # no text starts with ". Then" or ", said": a node after a link or <em>
    short = _MIN_FRAGMENT_HOST
    if not _words_at_least(group, short) and len(line.text.split()) < short:
        return False  # two short lines: menu items, not a sentence
    first = line.text[0]
    if _is_sandwiched(line, following):
        return True
    if first.isdigit():  # "30 points" in a sentence; not a count, a date or a table row
        head = line.text.split(None, 2)
        return len(head) > 1 and head[1][0].islower()
    return first.islower() or first in _CONTINUATION_START


# A linked or emphasised name or noun on a line of its own ("an und verlor das" + "Bewusstsein"
# + ". Trotz ..."): so short a line between a host that broke off mid-sentence and a line that
# starts as only the rest of a sentence does (a closing mark, a lower-case word) is inside that
# sentence, whatever its case.
_MAX_SANDWICHED_WORDS = 3


# Before a closing mark (". Trotz", ", the conglomerate") the evidence is stronger, and a
# longer linked name fits ("led by" + "French billionaire Bernard Arnault" + "."): styles
# soup-lines traf 0.8369|0.8123 -> 0.8379|0.8127, aeb tune +0.0004; shipped dumps identical.
_MAX_SANDWICHED_BEFORE_CLOSING = 8


def _is_sandwiched(line: _Line, following: _Line | None) -> bool:
    if following is None or following.blank_before or following.marker:
        return False
    if line.text[-1] in _SENTENCE_END:
        return False
    start = following.text[0]
    if start in _CLOSING_START:
        return len(line.text.split()) <= _MAX_SANDWICHED_BEFORE_CLOSING
    return start.islower() and len(line.text.split()) <= _MAX_SANDWICHED_WORDS


def _words_at_least(group: list[_Line], count: int) -> bool:
    """True when ``group`` holds ``count`` words or more; reads only its last lines, so a
    page-long run of fragments costs no more than a short one."""
    seen = 0
    for part in reversed(group):
        seen += len(part.text.split())
        if seen >= count:
            return True
    return False


_COLUMN_GAP = re.compile(r"\S {2,}(?=\S)")


def _is_table_row(line: _Line) -> bool:
    """A layout dump draws a table as rows of columns two or more spaces apart."""
    # Every gap holds two spaces: a prose line without them is not searched through.
    return not line.marker and "  " in line.text and len(_COLUMN_GAP.findall(line.text)) >= 2


def _same_table(previous: _Line, line: _Line) -> bool:
    """True when ``line`` is the next row of the table ``previous`` belongs to.

    >>> header = _Line(1, 4, "", "Pos.  Driver        Points", 0)
    >>> _same_table(header, _Line(2, 4, "", "1     Kyle Busch    5040", 0))
    True
    >>> _same_table(header, _Line(2, 4, "", "The standings after 36 races.", 0))
    False
    """
    return (
        not line.blank_before
        and line.indent == previous.indent
        and "  " in line.text
        and _is_table_row(line)
        and _is_table_row(previous)
    )


# A line that holds nearly all of the page (FLAT_SHARE) is a page flattened into one line; a
# glued line this long is cut at a lower glue density (see _unflattened).
_FLAT_LINE = 2000
FLAT_SHARE = 0.9
# A long line with this many glue points per character ("MenuHomeNewsSport", "closed.The")
# is the texts of many elements run together (soup get_text() of minified HTML, textContent),
# whatever its share of the page: 5 per 1,000 characters; long lines of the shipped dumps
# hardly reach it (aeb/traf/fundus: 6 of 13 lines of 2,000+ characters, wcxb 20 of 301).
_GLUED_SHARE = 0.005
# At twice that density a line is cut at every element joint as well (see _joints_split), and
# a line of 1,000 characters is long enough (an article paragraph with the footer glued on):
# styles soup-text aeb 0.864|0.899 -> 0.885|0.916, traf 0.836|0.809 -> 0.840|0.818; at 500
# characters wcxb inscriptis check -0.0005.
_JOINTS_SHARE = 0.01
_GLUED_LINE = 1000
# A shorter line is cut too when its glue points are denser still and most of its words are
# capitalised: teaser headlines and menu items run together ("NewsLatestMost Read14:48In
# Footsteps of ..."). Prose with brand names glues as densely ("HigherEdJobs has partnered
# with TopResume"), but most of its words are lower-case (at a 0.4 share the gain went; with
# no share test wcxb blocks lost 11-28 pages, 0.0006-0.0009). Code glues densely too
# ("setIsOnline(status.isOnline); }"); its braces, semicolons and "=" mark it (without that
# test wcxb blocks and inscriptis lost 20 pages each, documentation code samples).
# styles soup-text tune|check traf 0.8590|0.8307 -> 0.8599|0.8330, fundus 0.8516|0.8592 ->
# 0.8528|0.8605, wcxb 0.7252|0.7484 -> 0.7256|0.7482; blocks and inscriptis equal but one
# fundus check page up each.
_GLUED_SHORT_LINE = 300
_GLUED_SHORT_SHARE = 0.015
_GLUED_SHORT_PROSE = 0.55  # share of lower-case words at which a line reads as prose
_CODE_MARK = re.compile(r"[{};=]")
_CODE_MARKS = 3
_UPPER = "A-ZÀ-ÖØ-ÞΆ-ΏΑ-ΩА-ЯЁ"
_LOWER = "a-zà-ÿά-ώа-яё"
# Hebrew, Arabic and Devanagari letters have no case: after a full stop the next sentence starts
# with one of them, so a stop before one ends a sentence as a stop before a capital does.
# Without it a page in those scripts flattened onto one line was never cut (fundus one-line
# tune|check 0.8408|0.8487 -> 0.8478|0.8528: a tune page 0 -> 0.927, a check page 0 -> 0.288;
# aeb, traf, wcxb one-line and the eight shipped dumps sets identical; fundus soup-text tune +1).
# Korean is left out: Hangul after a stop cost a fundus and a wcxb check page.
_CASELESS = "\u0590-\u05ff\u0600-\u06ff\u0900-\u097f"
# A sentence ends at . ! ? or … (and closing quotes or brackets) before white space, or glued
# to the next capitalised word, as flattening joins the texts of two elements ("story.Related").
# A separator between spaces ("Home | News") parts two menu items; it is dropped. A stop after
# a one- or two-digit number is a day or an ordinal ("27. Januar 2014"), not a sentence end
# (one-line style, traf tune/check 0.740/0.747 -> 0.745/0.749; aeb equal).
# Chinese and Japanese end a sentence with a full stop, exclamation or question mark of their
# own (。！？), closing brackets or quotes after it, and go on without a space: a break before
# whatever follows, but a quotative particle after a closed quote ("「大丈夫だ！」と言った"
# goes on). Without it, a page in those scripts flattened onto one line was hardly
# cut at all. One-line style tune|check: fundus 0.81461|0.82563 -> 0.81775|0.82571 (+3 -0, +2
# -0; a Chinese tune page 0.469 -> 0.966), traf 0.78411|0.79648 -> 0.78404|0.79648 (two
# Chinese tune pages +1 -1 snippet: the first sentence left on the date stamp's line); get_text()
# fundus check +1 page; dates up on fundus and traf one-line; every other style identical.
# A copyright sign with a year after a sentence end starts a piece too: the page's footer run
# into the text before it (". © 2023 Reuters. All rights reserved"), which the publisher step
# reads as a wall only alone; glued, the span ran on past it to the page's end. A photo's
# credit has no year ("... Berlin. © DPA Images | ..."). One-line tune|check: aeb 0.93208|
# 0.91109 -> 0.93208|0.91303 (check +2 -0), fundus 0.82139|0.82702 -> 0.82202|0.82702 (tune
# +2 -0); soup-text, soup-lines and lynx of both identical.
_SENTENCE_BREAK = re.compile(
    rf"((?<!\b\d)(?<!\b\d\d)[.!?…][\"'”’»)\]]{{0,3}}|[。！？][」』”’）]{{0,3}})"
    rf"(?:(?:(?<=[。！？])(?![」』”’）])|(?<=[。！？][」』”’）])(?![とっ」』”’）]))\s*(?=\S)"
    rf"|\s+(?=[\"“‘«(\[]?[{_UPPER}{_CASELESS}0-9]|©\s?(?:19|20)\d\d)|(?=[{_UPPER}][{_LOWER}]))"
    r"|(\S)\s+[|·•]\s+"
)


# A flattened page runs a section's header into the text around it, with no sentence end
# between them ("... 24-48 hours. © Regan You may also like: Sharing is caring!", "Reddit
# breakfast canning Related Posts How to Make ..."): the piece is cut before a related-section
# header (a capitalised one: "more from the" in a sentence is no header) that ends in a colon
# or runs into a capitalised word, and after its colon, so that the related step reads the
# header alone and the boundary sees where the article ends; a tag or teaser label before its
# colon ("... Tags: bridges, Tampa") is cut before. Pieces only: the text is never changed.
# One-line style tune|check, before -> after: aeb 0.8968|0.8469 -> 0.8993|0.8601, traf
# 0.7535|0.7625 -> 0.7592|0.7664, fundus 0.7860|0.7917 -> 0.7895|0.7953, wcxb 0.7485|0.7669 ->
# 0.7494|0.7676; no other style moved (soup-text aeb tune one page up). Requiring the word
# before the header to be capitalised too (a menu's or a tag's, not a sentence's) lost the
# gain: tag lists in lower case run into headers (aeb check 0.8600 -> 0.8475).
# A header printed in lower case ("... in the economy. related news FIIs bullish ...") is cut
# before too, but only right after a sentence end and before a capitalised word or a figure:
# prose hardly starts a sentence in lower case. With the hashtag run below, one-line style
# tune|check: aeb 0.92954|0.91109 -> 0.93033|0.91109 (+1 tune page), fundus 0.82120|0.82669 ->
# 0.82120|0.82674 (tune +0 -1, check +2 -0); soup-text and lynx identical.
_CAPITAL = f"(?-i:[{_UPPER}])"
_HEADER_INSIDE = re.compile(
    rf"(?<=\S )(?={_CAPITAL})"
    rf"(?:(?:{alternatives(Reason.RELATED_HEADER)})(?::|(?=\s+(?:{_CAPITAL}|[0-9])))"
    rf"|(?:{alternatives('tag_label')}|{alternatives('teaser_label')})(?=:))",
    re.IGNORECASE,
)
# (A pattern of its own, led by the stop: as a branch of the one above it cost a fifth more.)
_HEADER_AFTER_STOP = re.compile(
    rf"[.!?…] (?=(?-i:[{_LOWER}]))(?:{alternatives(Reason.RELATED_HEADER)})"
    rf"(?=\s+(?:{_CAPITAL}|[0-9]))",
    re.IGNORECASE,
)


def _cut(text: str, bounds: Sequence[int], edges: str | None = None) -> list[str]:
    """``text`` cut at ``bounds`` (ascending offsets), each piece stripped of white space (or
    of the characters ``edges``), empty ones dropped; ``[text]`` as it is when there is no bound.

    >>> _cut("Home News The bridge closed.", [9]), _cut(" x ", [])
    (['Home News', 'The bridge closed.'], [' x '])
    """
    if not bounds:
        return [text]
    pieces = (text[a:b].strip(edges) for a, b in itertools.pairwise([0, *bounds, len(text)]))
    return [piece for piece in pieces if piece]


def _cut_around(text: str, matches: Iterable[re.Match[str]]) -> list[str]:
    """``text`` cut before and after every one of ``matches`` (in order), each a piece."""
    return _cut(text, [bound for match in matches for bound in match.span()])


def _header_split(text: str) -> list[str]:
    """``text`` cut before every glued section header, and after its colon.

    >>> _header_split("It sets in a day. © Regan You may also like: Sharing is caring!")
    ['It sets in a day. © Regan', 'You may also like:', 'Sharing is caring!']
    >>> _header_split("He said more from the interview would come on Sunday.")
    ['He said more from the interview would come on Sunday.']
    """
    bounds: list[int] = []
    for match in _HEADER_INSIDE.finditer(text):
        bounds.append(match.start())
        if text[match.end() - 1] == ":":
            bounds.append(match.end())
    # Past the stop and its space.
    bounds.extend(match.start() + 2 for match in _HEADER_AFTER_STOP.finditer(text))
    return _cut(text, sorted(bounds))


# A copyright footer run into the menu before it ("... Contact Us © 2019 Sputnik. All rights
# reserved", "Fale Conosco Copyright © 2010 AUTORACING") is cut before its sign too: alone,
# the publisher step reads it as the wall it is. A year after the sign or "Copyright": a
# photo's credit has none ("© REUTERS / POOL"); a name follows the year, capitalised (a
# sentence that mentions "© 2019 by them" goes on in lower case). Flat pieces only.
# One-line tune|check: aeb 0.93288|0.91303 -> 0.93288|0.91335 (check +1 -0), fundus
# 0.82289|0.82722 -> 0.82348|0.82854 (+2 -1, +3 -0); soup-text identical.
_COPYRIGHT_GLUED = re.compile(
    rf"(?<=\w )(?:(?:Copyright|\(c\))\s*)?©\s?(?:19|20)\d\d(?:[-–](?:19|20)\d\d)?,? [{_UPPER}0-9]"
)


# A picture's credit with a year ("Photo https://... © 2024 Hinterland of Things"): a picture
# word this many characters before the sign at most (a link to the picture between them) makes
# the notice the picture's, inside the article, not the page's footer: cut off, it walled the
# rest of the article off the span (wcxb one-line tune 0.77530 -> 0.77574, that page 0.587 ->
# 0.909; no other page of the four one-line sets moved). In the singular only: a menu's
# "Photos" item runs into the footer ("Home Photos Videos © 2024 The Daily").
_PICTURE_WORD = re.compile(rf"\b(?:{alternatives('picture')})\b", re.IGNORECASE)
_PICTURE_REACH = 120


def _copyright_split(text: str) -> list[str]:
    """``text`` cut before a copyright footer with a year, not a picture's credit.

    >>> _copyright_split("Terms of Use Contact Us © 2019 Sputnik. All rights reserved")
    ['Terms of Use Contact Us', '© 2019 Sputnik. All rights reserved']
    >>> _copyright_split("It rained. Photo: Jo Lee © 2019 Sputnik The bridge closed.")
    ['It rained. Photo: Jo Lee © 2019 Sputnik The bridge closed.']
    """
    return _cut(
        text,
        [
            match.start()
            for match in _COPYRIGHT_GLUED.finditer(text)
            if _PICTURE_WORD.search(text, max(0, match.start() - _PICTURE_REACH), match.start())
            is None
        ],
    )


# A prompt that opens a comment section, run into the text around it on a flattened page
# ("... Davis Cup Join the Conversation When submitting content ...", "Reply Leave a Comment
# Cancel Reply"), is cut out as a piece: alone, the chrome step reads it as the comment prompt
# it is, a wall the article's span never crosses (glued, the span ran on into the comments).
# Capitalised, after a word and before a capitalised word, a figure, "©" or the end: prose
# that asks to "leave a comment" in a sentence goes on in lower case. Flat pieces only.
# One-line tune|check: aeb 0.93208|0.91303 -> 0.93288|0.91303 (+1 -0), fundus 0.82202|0.82702
# -> 0.82289|0.82722 (+6 -0, +2 -0); soup-text, soup-lines and lynx of both identical.
# A prompt that starts its piece (the sentence before it ended: "... think? Be the first to
# comment Add a new comment # AI ...") is cut off the text after it too: unflattened it was a
# line of its own, the wall that ends the span; glued, the span ran on (oneline30: the same
# tune pages unflattened against flattened). One-line tune|check: wcxb 0.77856|0.79022 ->
# 0.77883|0.79023 (+1 -0, +2 -0), fundus (held out) check 0.86173 -> 0.86196 (+1 -0); aeb and
# traf identical. The start alone moved no tune page (the en word "be the first to comment"
# the wcxb one); its check and held-out pages moved with it.
_COMMENT_OPENER = re.compile(
    rf"(?<=\S )(?={_CAPITAL})(?:{alternatives('comment_opener')})"
    rf"(?=:|\s*$|\s+(?-i:[©{_UPPER}0-9]))",
    re.IGNORECASE,
)
# The same prompt at a piece's start, matched there alone (an alternative start in the pattern
# above was tried at every character of the flat line).
_COMMENT_OPENER_FIRST = re.compile(
    rf"(?={_CAPITAL})(?:{alternatives('comment_opener')})(?=:|\s*$|\s+(?-i:[©{_UPPER}0-9]))",
    re.IGNORECASE,
)

# What every opening prompt holds, read off its pattern: a line without any is not scanned.
_OPENER_NEEDLES = required_literals(_COMMENT_OPENER) or ("",)


def _may_hold(text: str, needles: tuple[str, ...]) -> bool:
    """False when ``text`` holds none of ``needles`` (so no match of their pattern)."""
    lowered = needle_text(text)
    return any(needle in lowered for needle in needles)


# A page has one comment section, after its article; an opener further up is a link to it, in
# the post's meta line under the headline or byline ("Dezember 10, 2019 · von freeman1984 ·
# Hinterlasse einen Kommentar Qualität war ..."), where the article follows it: cut there, it
# walled the article off from the page's top and the span could take the top instead (traf
# one-line check, a page 1.0 -> 0.0). So of the openers run into the text on both sides, only
# the line's last group is cut: the comment section's prompts sit within this many characters
# of each other ("Join the conversation Show comments", "Leave a Reply Cancel reply").
# An opener that ends its piece ("... bronze badges Add a comment | 2 Answers": a Q&A post's
# own comment link, each post a part of the thread) is cut wherever it stands. One-line
# tune|check: traf 0.79859|0.80651 -> 0.79859|0.80866 (check +1 -0: that page 0.0 -> 1.0),
# wcxb 0.76887|0.78167 -> 0.76884|0.78200 (tune +0 -2: two Q&A threads 0.756 -> 0.744, 0.814
# -> 0.806; check +1 -0); aeb and fundus identical. The gap is not tuned (300: a prompt's row).
_OPENER_GROUP_GAP = 300


def _last_openers_split(texts: list[str], whole: str) -> list[str]:
    """``texts``, the pieces of the flat line ``whole`` in order, with the comment openers of
    the line's last group, and those that end a piece, cut out; the others stay glued.

    >>> line = "Jo Lee Leave a comment " + "The bridge closed. " * 20 + "Leave a Reply Cancel"
    >>> [piece[:30] for piece in _last_openers_split([line], line)]
    ['Jo Lee Leave a comment The bri', 'Leave a Reply', 'Cancel']
    """
    first = _last_opener_group(whole)
    pieces: list[str] = []
    offset = 0
    for text in texts:
        found = whole.find(text, offset)
        offset = found if found >= 0 else offset
        pieces.extend(_cut_around(text, _openers_to_cut(text, first - offset)))
    return pieces


def _openers_to_cut(text: str, group: int) -> list[re.Match[str]]:
    """The comment openers of ``text`` from offset ``group`` on, and one that ends it."""
    first = _COMMENT_OPENER_FIRST.match(text)
    return [
        match
        for match in (*((first,) if first else ()), *_COMMENT_OPENER.finditer(text))
        if match.start() >= group or match.end() == len(text)
    ]


def _last_opener_group(whole: str) -> int:
    """Where the last group of comment openers on ``whole`` starts (its length if none)."""
    starts = [(match.start(), match.end()) for match in _COMMENT_OPENER.finditer(whole)]
    if not starts:
        return len(whole)
    first = starts[-1][0]
    for start, end in reversed(starts[:-1]):
        if first - end > _OPENER_GROUP_GAP:
            break
        first = start
    return first


# A run of hashtags (two or more, a tag of up to three words: "#Local Markets"), with the tag
# label before it, is a tag line that a flattened page runs into the date before it and the
# next section's header after it ("... 01:38 pm tags #Local Markets #Nifty #Sensex most
# popular Most expensive ..."): it is cut out as a piece, so that the header starts one.
# Figures: with the lower-case header above.
_HASHTAG = r"#[^\W\d_][\w-]*"
_HASHTAG_RUN = re.compile(
    rf"(?<!\S)(?:(?:{alternatives('tag_label')}):?\s+)?{_HASHTAG}"
    rf"(?:\s+(?:{_CAPITAL}\w*\s+){{0,2}}{_HASHTAG})+(?!\w)",
    re.IGNORECASE,
)


def _hashtag_split(text: str) -> list[str]:
    """``text`` cut before and after every run of two hashtags or more (and its tag label).

    >>> _hashtag_split("pm tags #Local Markets #Nifty #Sensex most popular Most read")
    ['pm', 'tags #Local Markets #Nifty #Sensex', 'most popular Most read']
    """
    if "#" not in text:
        return [text]
    return _cut_around(text, _HASHTAG_RUN.finditer(text))


# A flattened page prints its headline twice in a row (the breadcrumb's last item or the
# page title, then the heading), run into the breadcrumb before it and the first sentence
# after it ("... E-mail info@x.com Home News Ascom wins a deal Ascom wins a deal October 12,
# 2017 Ascom and GE announce ..."): a run of five words or more repeated right after itself
# is cut out of its piece, each copy a piece, so that neither the address and breadcrumb nor
# the headline ride on the first sentence's weight. Prose hardly repeats five words on end;
# twenty words at most (a headline's length: a listing's repeated cards are longer), and only
# on the line that holds a whole page (on shorter glued lines, lists repeat their items).
# One-line style tune|check: aeb 0.9068|0.8705 -> 0.9096|0.8731, fundus 0.8044|0.8095 ->
# 0.8062|0.8097, traf 0.7725|0.7831 -> 0.7711|0.7831 (a blog's lyrics: its "Posted by" byline
# left the repeated chorus's piece and was read as the article's start), wcxb 0.7498|0.7714 ->
# 0.7499|0.7712. Every length on every glued line moved wcxb soup-text tune 0.7335 -> 0.7327.
_REPEATED = re.compile(r"(?<!\S)((?:\S+\s+){4,19}?\S+)\s+\1(?!\S)")


def _repeat_split(text: str) -> list[str]:
    """``text`` cut before, between and after the two copies of a phrase repeated in a row.

    >>> for piece in _repeat_split("Home News Bridge to close on Monday Bridge to close on "
    ...                            "Monday May 2, 2019 The bridge closed."):
    ...     print(piece)
    Home News
    Bridge to close on Monday
    Bridge to close on Monday
    May 2, 2019 The bridge closed.
    >>> _repeat_split("It rained and rained and rained on the old bridge all day.")
    ['It rained and rained and rained on the old bridge all day.']
    """
    match = _REPEATED.search(text)
    if match is None:
        return [text]
    middle = match.start(1) + len(match.group(1))
    return _cut(text, [match.start(), middle, match.end()])


# A flattened page starts with its <title> ("Emirates inks order for 30 Boeing jets | CNBC Skip
# Navigation ...") and prints the headline again further on, run into the breadcrumb or the
# trending bar before it and the date or first sentence after it ("... Trending: Impeachment
# transcripts Emirates inks order for 30 Boeing jets By Jo Lee - 11/19/19 The carrier ..."):
# the longest run of the line's first words (five at least, as _REPEATED's, and a headline's
# length at most) that recurs later is cut out wherever it recurs, and off the text after it
# at the start, so that the headline is judged alone and the chrome around it never rides on
# the first sentence. One-line style tune|check (with the labelled-date cut below): aeb
# 0.9121|0.8732 -> 0.9191|0.8858, traf 0.7763|0.7837 -> 0.7798|0.7854, fundus 0.8069|0.8164
# -> 0.8093|0.8204; soup-text identical but a fundus tune page up. Four words at least: traf
# tune 0.7811, but traf check 0.7809 (one page 0.857 -> 0).
_TITLE_MIN_WORDS = 5
_TITLE_MAX_WORDS = 25
# The breadcrumb, the heading, a share line and a related list may each print the title
# again; more copies are a repeated element's (3 lost three fundus tune pages, by 0.001-0.003).
_TITLE_MAX_COPIES = 5


def _title_bounds(text: str) -> list[int]:
    """Where the page's title (its longest leading run of words that recurs) starts and ends,
    at every place it stands in ``text``; none when no such run recurs.

    >>> text = "Bridge to close for a year | Courier Home News Bridge to close for a year May 2"
    >>> [text[a:b] for a, b in itertools.pairwise([0, *_title_bounds(text), len(text)])]
    ['Bridge to close for a year', ' | Courier Home News ', 'Bridge to close for a year', ' May 2']
    >>> _title_split(text)
    ['Bridge to close for a year', 'Courier Home News', 'Bridge to close for a year', 'May 2']
    """
    ends = [match.end() for match in itertools.islice(_WORD.finditer(text), _TITLE_MAX_WORDS)]
    title = ""
    for end in ends[_TITLE_MIN_WORDS - 1 :]:
        prefix = text[:end]
        if _next_whole(text, prefix, len(prefix)) < 0:
            break
        title = prefix
    if not title:
        return []
    bounds = [len(title)]
    at = _next_whole(text, title, len(title))
    while at >= 0:
        bounds.extend((at, at + len(title)))
        if len(bounds) > 2 * _TITLE_MAX_COPIES + 1:
            return []  # printed again and again: a menu's or a paragraph's words, no title
        at = _next_whole(text, title, at + len(title))
    return bounds


_WORD = re.compile(r"\S+")


def _next_whole(text: str, phrase: str, start: int) -> int:
    """Where ``phrase`` next stands in ``text`` from ``start`` as whole words; -1 if nowhere."""
    at = text.find(phrase, start)
    while at >= 0:
        end = at + len(phrase)
        if text[at - 1 : at].isspace() and (end == len(text) or not text[end].isalnum()):
            return at
        at = text.find(phrase, at + 1)
    return -1


def _title_split(text: str) -> list[str]:
    """``text`` (a whole flattened page) cut around its title wherever the title recurs."""
    # The separator between the title and the site's name ("Title | Site") goes with the cut,
    # and so does a colon at a cut (leaving it: one-line aeb tune 0.9200 -> 0.9195, traf tune
    # 0.7825 -> 0.7818, three pages down).
    return _cut(text, _title_bounds(text), _TITLE_SEPARATORS)


_TITLE_SEPARATORS = " |·•-–—:"


# A month's abbreviation before a day or a year ("Dec. 18, 2025", "Read now Feb. 25, 2026",
# "in Jan. 2019", "18 déc. 2025") ends no sentence: its stop is the abbreviation's. Cut there,
# a flattened page's date stamps fell apart ("By Elaine Chen Dec." and "18, 2025 National
# ..."), and neither the stamp cuts nor the dates step read them. Abbreviations only (MONTHS
# less the full names: "in May. 25 people ..." ends a sentence); before a day (one or two
# figures, not a list's "5.") only capitalised, as a date writes it: "set", "mar" and "gen"
# are words too ("a good set. 25 people came"). One-line tune|check (pages up/down): aeb
# 0.94985|0.91694 -> 0.95007|0.91745 (+2 -1 | +2 -0), traf 0.82936|0.82051 -> 0.83012|0.82051,
# fundus 0.84833|0.85721 -> 0.84836|0.85770, wcxb 0.77579|0.78812 -> 0.77593|0.78827 (+6 -3 |
# +7 -1); soup-text aeb tune -1 (a caption's date the gold keeps, now read as a date), fundus
# check -1, wcxb +1 | +1; the shipped dumps identical.
_MONTH_ABBREVIATIONS = frozenset(MONTHS) - MONTH_NAMES
_DAY = re.compile(r"\s\d{1,2}\b(?!\.)")
_YEAR_AFTER = re.compile(r"\s(?:19|20)\d\d\b")
# So does a title's abbreviation before a name ("Gov. Kristi Noem", "Dr. Jo Lee": the
# name_title words, capitalised) and a name's initial ("Timothy B. Lee", "Christian P.
# Stadtfeld": one capital after a capitalised word, before a capitalised one): cut there, the
# name's halves went to two pieces, and a byline or a credit lost its name. One-line
# tune|check (pages up/down), after the month rule: aeb 0.95007|0.91745 -> 0.94917|0.91879
# (+0 -2 | +2 -0), traf 0.83012|0.82051 -> 0.83486|0.82159 (+1 | +1: "in St. Truiden" had cut
# a tune page's article off, 0 -> 1), fundus (held out) 0.84836|0.85770 -> 0.84902|0.85785
# (+6 -0 | +4 -0), wcxb 0.77593|0.78827 -> 0.77530|0.78829 (+17 -24 | +14 -11: a table of
# laureates' names with initials and a street's "Gough St." lost the cuts that made them
# sentences). Titles alone: aeb check 0.91858, wcxb tune 0.77546; a title after a capitalised
# word left out ("Gough St.", but "South Dakota Gov." too): aeb check 0.91766; after a house
# number and a name left out: wcxb tune 0.77561 but check 0.78823.
_NAME_TITLES = frozenset(words("name_title"))
_NAME_AFTER = re.compile(rf"\s[{_UPPER}]")
_ABBREVIATION_WORD = 5  # characters of the longest abbreviation ("mevr", "sept", "févr")


def _abbreviation_stop(text: str, stop: int) -> bool:
    """True when the full stop at ``stop`` ends an abbreviation, not a sentence: a month's
    before a day or a year, a title's or an initial before a name.

    >>> _abbreviation_stop("By Elaine Chen Dec. 18, 2025 National", 18)
    True
    >>> _abbreviation_stop("It was a good set. 25 people came.", 17)
    False
    >>> _abbreviation_stop("by Timothy B. Lee", 12), _abbreviation_stop("Gov. Noem", 3)
    (True, True)
    >>> _abbreviation_stop("It is plan b. Lee said so.", 12)
    False
    """
    before = text[max(0, stop - _ABBREVIATION_WORD - 1) : stop].rsplit(None, 1)[-1:]
    word = before[0].lstrip("([") if before else ""
    if not word:
        return False
    if _NAME_AFTER.match(text, stop + 1) is not None and word[0].isupper():
        if word.lower() in _NAME_TITLES:
            return True
        previous = text[: stop - 1].rstrip().rsplit(None, 1)[-1:]
        named = bool(previous) and previous[0].isalpha() and previous[0][0].isupper()
        return len(word) == 1 and len(before[0]) == 1 and named
    if word.lower() not in _MONTH_ABBREVIATIONS:
        return False
    if _YEAR_AFTER.match(text, stop + 1) is not None:
        return True
    return word[0].isupper() and _DAY.match(text, stop + 1) is not None


def _sentence_split(text: str) -> list[str]:
    """``text`` cut after every sentence end (a month's abbreviation before a date is none)
    and at separators, which are dropped.

    >>> _sentence_split("Home | News The bridge closed Dec. 18, 2025. It opened in 1931.")
    ['Home', 'News The bridge closed Dec. 18, 2025.', 'It opened in 1931.']
    """
    texts: list[str] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        if match.group(1) == "." and _abbreviation_stop(text, match.start(1)):
            continue
        end = match.end(1) if match.group(1) else match.end(2)
        texts.append(text[start:end])
        start = match.end()
    if start < len(text):
        texts.append(text[start:])
    return texts


def _sentences(line: _Line, glued: bool = False, flat: bool = False) -> list[_Line]:
    """``line`` cut after every sentence end and at separators (and, on a ``glued`` line, at
    every element joint; on the ``flat`` line that holds a whole page, around a phrase repeated
    in a row); each piece keeps the line's number.

    >>> [p.text for p in _sentences(_Line(1, 0, "", "Home | News The bridge closed. It opened "
    ...                                 "in 1931.Related stories", 0))]
    ['Home', 'News The bridge closed.', 'It opened in 1931.', 'Related stories']
    """
    segments = _title_split(line.text) if flat else [line.text]
    texts = [part for segment in segments for part in _sentence_split(segment)]
    if glued:
        texts = [part for text in texts for part in _joints_split(text)]
    texts = [part for text in texts for part in _hashtag_split(text)]
    texts = _credits_joined([part for text in texts for part in _header_split(text)])
    for split in (
        _credit_split,
        _picture_credit_split,
        _reading_time_split,
        _share_split,
        _label_split,
        _button_split,
    ):
        texts = [part for text in texts for part in split(text)]
    if _has_one_comment_count(line.text):
        texts = [part for text in texts for part in _comment_count_split(text)]
    if flat:
        texts = [part for text in texts for part in _repeat_split(text)]
        if _may_hold(line.text, _OPENER_NEEDLES):
            texts = _last_openers_split(texts, line.text)
        if "©" in line.text:
            texts = [part for text in texts for part in _copyright_split(text)]
        texts = [part for text in texts for part in _about_split(text)]
        texts = [part for text in texts for part in _more_link_split(text)]
        texts = _dates_split(texts)
        texts = [part for text in texts for part in _stamp_split(text)]
        texts = [part for text in texts for part in _byline_split(text)]
        texts = [part for text in texts for part in _name_bio_split(text)]
    return [line._replace(text=piece) for text in texts for piece in _menu_split(text)]


# A flattened page runs a menu's section or a teaser into its "View more..." link, whose dots
# end the piece as a sentence's stop would ("Affecting your organisation Overview Ransomware
# attack Malware View more..."): the link is cut off the piece's end, so that the items before
# it end no sentence and count as a menu's, not as prose. A link is capitalised; prose that
# trails off ("... to read more...") is not. One-line wcxb tune +1 page (0.7746 -> 0.7751 with
# the header-led run below); every other set and style identical.
_MORE_LINK_END = re.compile(
    rf"(?<=\S )(?={_CAPITAL})(?:{alternatives('teaser_end')})\s?(?:\.\.\.|…)$", re.IGNORECASE
)


def _more_link_split(text: str) -> list[str]:
    """``text`` cut before a "read more" link with dots that ends it.

    >>> _more_link_split("Affecting your family Overview Hacked account View more...")
    ['Affecting your family Overview Hacked account', 'View more...']
    >>> _more_link_split("We did not read more... than we had to.")
    ['We did not read more... than we had to.']
    """
    if not text.endswith(("...", "…")):
        return [text]
    match = _MORE_LINK_END.search(text)
    return [text] if match is None else _cut(text, [match.start()])


# A flattened page runs a picture's caption, closed by its credit in brackets ("... Hong Kong
# (Image: GETTY )", "... (AP Photo/Jane Doe)"), into the sentence after it: the piece is cut
# after the credit, so that the captions step reads the caption with its credit at its end.
# One-line style tune|check: aeb 0.9096|0.8731 -> 0.9121|0.8730 (a check page 0.936 -> 0.934),
# fundus 0.8059|0.8128 -> 0.8067|0.8136 (+7 pages, none down); traf and every other style of
# aeb, traf and fundus identical (soup-text aeb tune +1 page). get_text() glues the next
# element to the credit ("(Image: GETTY )“Other ..."), so no space need follow it: soup-text
# tune|check aeb 0.9255|0.9192 -> 0.9269|0.9192, fundus 0.8527|0.8694 -> 0.8545|0.8698; every
# other cell and the shipped dumps identical.
_BRACKETED_CREDIT = rf"\((?:\w+ )?(?:{alternatives('picture')})s?(?: \w+)?\s*[:/][^()]{{1,60}}\)"
_CREDIT_INSIDE = re.compile(
    rf"(?<=\S ){_BRACKETED_CREDIT}(?=\s*[\"“‘«]?{_CAPITAL})",
    re.IGNORECASE,
)

# A caption's credit in brackets after the caption's last sentence ("... voids and filaments.
# (Image: © TNG Collaboration) The formation of ...") starts a piece of its own after the cut
# at the sentence end: it is joined back to the caption, where _credit_split ends the piece
# after it and the captions step reads the caption with its credit. A word may follow the
# picture's ("(Image credit: ...)"). One-line style tune|check: aeb 0.9216|0.9000 ->
# 0.9253|0.9032, fundus 0.8124|0.8226 -> 0.8131|0.8230, traf identical, wcxb +1 -1 page per
# half (means up at the fifth decimal); get_text() aeb check 0.9184 -> 0.9192, fundus +2 tune
# pages; the other styles and the shipped dumps identical.
_LEADING_CREDIT = re.compile(_BRACKETED_CREDIT, re.IGNORECASE)


def _credits_joined(texts: list[str]) -> list[str]:
    """The pieces, with a piece that starts with a picture's credit in brackets joined to the
    piece before it.

    >>> _credits_joined(["It shows voids.", "(Image credit: TNG) The galaxies formed.", "(A) B"])
    ['It shows voids. (Image credit: TNG) The galaxies formed.', '(A) B']
    """
    if not any(text[:1] == "(" for text in texts[1:]):
        return texts
    joined = texts[:1]
    for text in texts[1:]:
        if text[:1] == "(" and _LEADING_CREDIT.match(text) is not None:
            joined[-1] = f"{joined[-1]} {text}"
        else:
            joined.append(text)
    return joined


# A credit that ends in a photo agency, after a slash, a bar, a colon or the sign ("Sanjeev
# Verma/Hindustan Times/Getty Images", "Foto: dpa", "© Getty Images"), is run into the next
# sentence the same way: the piece is cut after it (the agency's case as written, and never
# "Getty" before "Images"). One-line style tune|check: aeb 0.9191|0.8858 -> 0.9192|0.8858,
# traf 0.7787|0.7854 -> 0.7808|0.7861, fundus 0.8093|0.8202 -> 0.8101|0.8214 (+41 -5 pages);
# soup-text aeb and traf identical, fundus tune +1 page.
# A word of up to five lower-case letters may follow the agency ("J. Scott Applewhite / AP file
# During the call ..."). With the name over a bio (_name_over_bio), one-line style tune|check:
# aeb 0.93033|0.91109 -> 0.93208|0.91109 (+2 tune pages), fundus 0.82120|0.82674 -> 0.82133|
# 0.82698 (+2 -2, +3 -1); soup-text fundus 0.85824|0.87940 -> 0.85826|0.87944; lynx identical.
_AGENCY_CREDIT = re.compile(
    rf"(?:[/|©:]\s?|\bvia ){AGENCIES}(?!\w| Images)(?: (?-i:[{_LOWER}]){{1,5}})?"
    rf"(?=\s+[\"“‘«]?{_CAPITAL})",
)


_CREDIT_MARKS = ("/", "|", "©", ":", "via ")


def _credit_split(text: str) -> list[str]:
    """``text`` cut after every picture's credit in brackets, or ending in an agency, that a
    capitalised word follows.

    >>> _credit_split("Troops were sent to the city (Image: GETTY ) The protests began in June.")
    ['Troops were sent to the city (Image: GETTY )', 'The protests began in June.']
    >>> _credit_split("The photo (image: see below) shows it.")
    ['The photo (image: see below) shows it.']
    >>> _credit_split("It is dry. Jo Lee/Getty Images Smoke came. A Getty Images Deal")
    ['It is dry. Jo Lee/Getty Images', 'Smoke came. A Getty Images Deal']
    """
    # A credit needs one of its marks: the test is far cheaper than the pattern on every piece.
    credited = any(mark in text for mark in _CREDIT_MARKS)
    bounds = [match.end() for match in _AGENCY_CREDIT.finditer(text)] if credited else []
    if "(" in text:
        bounds = sorted([*bounds, *(match.end() for match in _CREDIT_INSIDE.finditer(text))])
    return _cut(text, bounds)


# A flattened page runs a picture's credit, label and name, into the sentence after it
# ("Foto: Frank Lerche Die Piratenpartei hat ...", "Credit: Matthew Richardson Testing heart
# rate monitors ...", "Photo by ev on Unsplash By the time we ..."): the piece is cut after the
# name, so that the captions step reads the credit alone (photo_credit). The name is the words
# before the first one that starts a sentence: a capitalised function word ("The", "Die",
# "If"), or a capitalised word that a lower-case word follows (not one a name joins: "Tobias
# König und Michael Romstöck"); after a name in capitals ("Foto: WITTERS Läuft ..."), any
# capitalised word. A name has a few words: with no sentence start within reach the piece
# stays whole. A credit inside a piece ("The Hoka 7. Photo: iRunFar/Eszter Horanyi With a
# breadth ...") is cut before its label too. Found on the traf and wcxb one-line tune halves.
# One-line style tune|check: traf 0.8257|0.8198 -> 0.8312|0.8205 (+5 -0, +1 -0), aeb
# 0.94943|0.91673 -> 0.94964|0.91687 (+1 -0, +1 -0), wcxb 0.77246|0.78753 -> 0.77252|0.78753
# (+20 -5, +17 -8), fundus (held out) 0.84777|0.85302 -> 0.84767|0.85366 (+14 -7, +15 -4);
# soup-text traf tune +1, fundus +2 -1 | +3 -1, wcxb check +1; html-text and the eight shipped
# dumps sets identical.
_CREDIT_LEAD = re.compile(
    rf"(?:^|(?<=\S ))(?={_CAPITAL})(?:(?:{alternatives('picture')})s?(?: credits?)?|credits?)"
    rf"(?:(?: by| courtesy(?: of)?)(?:\s*:)?|\s*:)\s+(?=\S)",
    re.IGNORECASE,
)
_CREDIT_NEEDLES = required_literals(_CREDIT_LEAD) or ("",)  # "foto", "photo", "credit", ...
_CREDIT_NAME_WORDS = 5  # "Johanna Link / Donna Magazin": words of a name, a slash is one
_CREDIT_NAME_GUESS = 2  # a first and a last name, where nothing else tells where it ends
# Lower-case words a credit's name holds: "Tobias König und Michael Romstöck", "Jan van Dijk",
# "Jane Doe for The Times".
_NAME_JOINS = frozenset((*words("name_and"), *words("name_particle"), *words("credit_source"), "&"))
_STOPWORD_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
# jusText's lists hold content words too ("great", "König"); a name may hold those, hardly
# a short article, pronoun or conjunction.
_FUNCTION_WORD_LETTERS = 4
_SENTENCE_WORD = re.compile(rf"^[\"“„‘«]?[{_UPPER}][{_LOWER}'’-]*[,:]?$")
_LOWER_WORD = re.compile(rf"^[{_LOWER}]")
_NAME_OR_WORD = re.compile(r"\S+")


@functools.cache
def _function_words() -> frozenset[str]:
    """The short stop words of the languages credits are written in, lower-cased."""
    return frozenset(
        word
        for code in _STOPWORD_LANGUAGES
        for word in stopwords(code)
        if len(word) <= _FUNCTION_WORD_LETTERS
    )


def _starts_sentence(tokens: list[str], at: int, in_capitals: bool) -> bool:
    word = tokens[at]
    if _SENTENCE_WORD.match(word) is None:
        return False
    if in_capitals or word.strip('"“„‘«,:').lower() in _function_words():
        return True
    following = tokens[at + 1] if at + 1 < len(tokens) else ""
    return _LOWER_WORD.match(following) is not None and following not in _NAME_JOINS


def _picture_credit_split(text: str) -> list[str]:
    """``text`` cut around every picture's credit in it that a sentence follows: before its
    label and after its name.

    >>> _picture_credit_split("Foto: Frank Lerche Die Partei hat einen Plan veröffentlicht.")
    ['Foto: Frank Lerche', 'Die Partei hat einen Plan veröffentlicht.']
    >>> _picture_credit_split("Photo by ev on Unsplash By the time we knew, it was late.")
    ['Photo by ev on Unsplash', 'By the time we knew, it was late.']
    >>> _picture_credit_split("The Hoka 7. Photo: iRunFar/Eszter Horanyi With a breadth of shoes")
    ['The Hoka 7.', 'Photo: iRunFar/Eszter Horanyi', 'With a breadth of shoes']
    >>> _picture_credit_split("Photos: the mayor at the opening of the new bridge.")
    ['Photos: the mayor at the opening of the new bridge.']
    """
    bounds = _agency_credit_bound(text)
    if not _may_hold(text, _CREDIT_NEEDLES):
        return _cut(text, bounds) if bounds else [text]
    for lead in _CREDIT_LEAD.finditer(text):
        if bounds and lead.start() < bounds[-1]:
            continue  # a label inside the name or the sentence a credit before was cut at
        after = _credit_end(text, lead.end())
        if after is not None:
            bounds.extend((lead.start(), after))
    return _cut(text, bounds) if bounds else [text]


# A credit with no label leads a piece as an agency's name: "Getty Images Kristi Noem, governor
# of ...", "REUTERS/Brendan McDermid The U.S. benchmark ...". Only as credits write it, "Getty
# Images" or in capitals: prose names an agency at a sentence's start ("Getty Images took a
# different approach", "Bloomberg News reported"), and goes on in lower case. Found on the
# aeb one-line tune half. One-line style tune|check: aeb 0.94974|0.91687 -> 0.94985|0.91687
# (+2 -0), fundus (held out) 0.84767|0.85367 -> 0.84777|0.85374 (+7 -0, +6 -0), wcxb
# 0.77253|0.78753 -> 0.77254|0.78754 (+1 -0, +2 -0), traf identical; soup-text fundus check
# +1; html-text and the shipped dumps identical.
_AGENCY_LEAD = re.compile(rf"^{AGENCIES}(?: (?:Photo|Images))?(?=/\S| {_CAPITAL})", re.IGNORECASE)


def _agency_credit_bound(text: str) -> list[int]:
    """Where the sentence after an agency's credit that leads ``text`` begins ([] if none).

    >>> text = "REUTERS/Brendan McDermid The U.S. index fell."
    >>> _agency_credit_bound(text), _agency_credit_bound("Getty Images took a new approach.")
    ([25], [])
    """
    lead = _AGENCY_LEAD.match(text)
    if lead is None:
        return []
    if not (lead.group().split()[0].isupper() or lead.group() in CREDITED_AS_WRITTEN):
        return []
    if text[lead.end()] != "/":
        return [lead.end()]
    after = _credit_end(text, lead.end() + 1)
    return [] if after is None else [after]


def _credit_end(text: str, start: int) -> int | None:
    """Where the sentence after a credit's name (from ``start``) begins, if within reach."""
    spans = [match.span() for match in _NAME_OR_WORD.finditer(text, start, start + 200)]
    tokens = [text[a:b] for a, b in spans]
    if not tokens or tokens[0].lower() in _function_words():
        return None
    in_capitals = len(tokens[0]) > 1 and tokens[0].isupper()
    for at in range(1, min(len(tokens), _CREDIT_NAME_WORDS + 1)):
        if _starts_sentence(tokens, at, in_capitals and tokens[at - 1].isupper()):
            # Capitalised words all the way ("Anita Drenckhahn Diese Seite war ..."): a
            # name is a first and a last name, and a sentence may start with a noun.
            if at > _CREDIT_NAME_GUESS and all(_is_plain_capitalised(w) for w in tokens[:at]):
                at = _CREDIT_NAME_GUESS
            return spans[at][0]
    return None


def _is_plain_capitalised(word: str) -> bool:
    return _SENTENCE_WORD.match(word) is not None and word[-1].isalpha()


# A flattened page runs a story's reading time into the byline, date or first sentence around
# it ("... Nov 18, 2019 at 9:24 pm ET • 2 min read The Steelers spent ...", "Tempo de leitura:
# 1 minuto Nunca ouviu ..."): it is cut out as a piece of its own, which the chrome step
# removes (READING_TIME, the same pattern).
READING_TIME = (
    rf"(?:\d{{1,3}}\s?(?:min\w*\.?\s+)?(?:{alternatives(Reason.READING_TIME)})"
    rf"|(?:{alternatives(Reason.READING_TIME)}):?\s+\d{{1,3}}\s?min\w*\.?)(?!\w)"
)
_READING_TIME = re.compile(rf"(?<!\S){READING_TIME}", re.IGNORECASE)


def _reading_time_split(text: str) -> list[str]:
    """``text`` cut before and after every reading time in it.

    >>> _reading_time_split("By Bryan DeArdo Nov 18, 2019 • 2 min read The Steelers spent it.")
    ['By Bryan DeArdo Nov 18, 2019 •', '2 min read', 'The Steelers spent it.']
    >>> _reading_time_split("Tempo de leitura: 1 minuto Nunca ouviu o grupo?")
    ['Tempo de leitura: 1 minuto', 'Nunca ouviu o grupo?']
    >>> _reading_time_split("It took me 5 minutes to read the reading time of the page.")
    ['It took me 5 minutes to read the reading time of the page.']
    """
    return _cut_around(text, _READING_TIME.finditer(text))


# A flattened page runs a comment section's count into its first comment ("2 comments Cherie
# McCluney August 17, 2019 ..."): the count before a capitalised name is cut out as a piece,
# which the comments step reads as the section's header (comment_count); not on a line that
# holds more than one (a listing's items). Tune|check: one-line aeb 0.9264|0.9033 ->
# 0.9264|0.9047 (+1 tune, +2 check), wcxb 0.76557|0.77691 -> 0.76559|0.77700 (+10 -1, +7 -0);
# get_text() aeb check 0.9213 -> 0.9241 (+1); the shipped dumps identical. On every line
# with a count (the single-count test left out): aeb one-line check 0.9069 (+3), but wcxb
# one-line check 0.77685 (+11 -3; held out, not read).
# A section's bare title ("... Custom Sign » Comments Sheri says July 31, 2018 ...") is cut
# out too when the first comment's "<name> says" follows it: uncut, the thread's opening
# prompt was lost and the blog post with its readers' comments read as a forum's thread.
# One-line wcxb tune 0.77492 -> 0.77579 (+1 -0, the page it was found on: 0.28 -> 0.92);
# every other set and half, soup-text and the eight shipped dumps sets identical.
_COMMENT_COUNT = re.compile(
    rf"(?<!\S)(?:\d{{1,5}} (?:{alternatives('comments')})(?=\s+{_CAPITAL})"
    rf"|(?={_CAPITAL})(?:{alternatives('comments')})"
    rf"(?=\s+{_CAPITAL}\w*(?: {_CAPITAL}\w*){{0,2}} (?:{alternatives('says')})\b))",
    re.IGNORECASE,
)


def _has_one_comment_count(text: str) -> bool:
    """True when ``text`` holds one comment count before a name: a comment section has one
    header, a listing of posts or threads a count in every item."""
    if not any(stem in text for stem in ("omment", "oment", "OMMENT", "OMENT")):
        return False
    return len(_COMMENT_COUNT.findall(text)) == 1


def _comment_count_split(text: str) -> list[str]:
    """``text`` cut before and after a comment count that a name follows.

    >>> _comment_count_split("More stories 2 comments Cherie McCluney I made this jam today.")
    ['More stories', '2 comments', 'Cherie McCluney I made this jam today.']
    >>> _comment_count_split("The post drew 2 comments in an hour.")
    ['The post drew 2 comments in an hour.']
    """
    return _cut_around(text, _COMMENT_COUNT.finditer(text))


# A flattened page runs a share bar's buttons into the sentences around it ("... 20:13 Share
# this on WhatsApp Nesta página ...", "Facebook Twitter Email The latest wave of ...", "858
# shares Pinterest Facebook Twitter Mix Flipboard Reddit This holiday season ..."): a run of
# two buttons or more, one of them a service's name, is cut out as a piece of its own, which
# the chrome step removes (share_prompt, SHARE_BUTTONS: the same pattern). The names as a
# button writes them (capitalised), a count beside a button, and a "Share ... on" before a
# service in any case; commas or lower-case words between names are prose's. One-line style
# tune|check: aeb 0.9203|0.8931 -> 0.9210|0.8990, traf 0.7825|0.7878 -> 0.7828|0.7927, fundus
# 0.8105|0.8214 -> 0.8117|0.8222, wcxb 0.7602|0.7753 -> 0.7614|0.7757; get_text() and html-text
# fundus +1 tune page; the shipped dumps identical. Without the chrome rule (the buttons cut
# out but kept): aeb 0.9209|0.8988, traf check 0.7920.
_SHARE_SERVICE = share_services(written_as_buttons=True)
_SHARE_BUTTON = r"E-?mail|Print|Tweet|Share|Pin [Ii]t|Copy [Ll]ink"
_SHARE_ON = (
    r"(?:Click to )?(?:Share|SHARE)(?: this(?: story| article| post| page)?)?:?(?: (?:on|via|ON))?"
    rf" (?i:{_SHARE_SERVICE}|e-?mail)"
)
_SHARE_TOKEN = rf"(?:{_SHARE_ON}|{_SHARE_SERVICE}|{_SHARE_BUTTON})(?: \d{{1,6}})?(?!\w)"
SHARE_BUTTONS = (
    rf"(?:\d{{1,6}} [Ss]hares? )?(?:{_SHARE_ON}(?!\w)|{_SHARE_TOKEN}(?: {_SHARE_TOKEN})+)"
    rf"(?: {_SHARE_TOKEN})*"
)
_SHARE_RUN = re.compile(rf"(?<!\S){SHARE_BUTTONS}")
_SHARE_NAMED = re.compile(rf"(?i:{_SHARE_SERVICE})")


def _share_split(text: str) -> list[str]:
    """``text`` cut before and after every run of share buttons that names a service.

    >>> _share_split("Oct 22, 2010 Share this on WhatsApp Nesta página você terá tudo.")
    ['Oct 22, 2010', 'Share this on WhatsApp', 'Nesta página você terá tudo.']
    >>> _share_split("Facebook Twitter Email The latest wave of startups is here.")
    ['Facebook Twitter Email', 'The latest wave of startups is here.']
    >>> _share_split("She said the share on Facebook and Twitter fell. Print it, Email it.")
    ['She said the share on Facebook and Twitter fell. Print it, Email it.']
    """
    if _SHARE_NAMED.search(text) is None:  # a name first: far cheaper than the run's pattern
        return [text]
    runs = _SHARE_RUN.finditer(text)
    return _cut_around(text, (run for run in runs if _SHARE_NAMED.search(run.group())))


# A flattened page runs an ad slot's label into the sentence after it ("... the launch.
# Advertisement Disney's tech teams ...", "ADVERTISEMENT Noem later tweeted ..."): a label
# that leads a piece before a capitalised word is cut off it, each label a piece, which the
# chrome step removes (advertisement). Not "Ad" nor "Advertising", which lead names ("Ad Age",
# "Advertising Standards Authority"). One-line style tune|check: aeb 0.9210|0.8990 ->
# 0.9214|0.9000, fundus 0.8117|0.8222 -> 0.8124|0.8226 (+20 -2 pages), wcxb 0.7614|0.7757 equal
# (+14 pages, none down), traf identical; get_text() fundus +1 page per half; the other styles
# and the shipped dumps identical.
_LEADING_LABEL = re.compile(
    rf"(?!(?:ad|advertising)\b)(?:{alternatives(Reason.ADVERTISEMENT)})(?=\s+[\"“‘«]?{_CAPITAL})",
    re.IGNORECASE,
)


# A label glued inside a piece is cut out of it too when its shape shows it is no word of
# the sentence around it: written in capitals ("... Outside ADVERTISEMENT U.S. ..."), after a
# closing bracket or a colon ("(paywall-free) Advertisement Agerblad said ..."), or before a
# dash ("LEARN MORE Advertisement - Continue Reading Below"); and before a capitalised word,
# a figure, a dash or the piece's end. A capitalised noun in German prose ("ohne Werbung Geld
# verdienen") has none of these shapes. One-line style tune|check: aeb 0.9481|0.9167 ->
# 0.9494|0.9167 (tune +1), traf 0.8249|0.8198 -> 0.8257|0.8198 (tune +1), fundus 0.8478|0.8528
# -> 0.8478|0.8530 (+1 -0, +2 -1), wcxb 0.7725|0.7875 equal (+6 -2, +3 -1); soup-text,
# html-text and the eight shipped dumps sets identical.
_INSIDE_LABEL = re.compile(
    rf"(?:(?<=[)\]:] )(?={_CAPITAL})|(?<=\S )(?=(?-i:[{_UPPER}]{{2}})))"
    rf"(?!(?:ad|advertising)\b)(?:{alternatives(Reason.ADVERTISEMENT)})"
    rf"(?=\s*$|\s+[-–—]\s|\s+[\"“‘«]?(?:{_CAPITAL}|[0-9#]))"
    rf"|(?<=\S )(?={_CAPITAL})(?!(?:ad|advertising)\b)(?:{alternatives(Reason.ADVERTISEMENT)})"
    rf"(?=\s+[-–—]\s)",
    re.IGNORECASE,
)


# Every inside label holds one of these (its pattern's literals, "ad" among them): a piece
# without any is passed over without the pattern's search of every position.
_INSIDE_LABEL_NEEDLES = required_literals(_INSIDE_LABEL) or ("",)


def _label_split(text: str) -> list[str]:
    """``text`` with the ad labels that lead it cut off, each a piece, and those glued inside
    it cut out.

    >>> _label_split("Advertisement Advertisement Disney's tech teams isolated it.")
    ['Advertisement', 'Advertisement', "Disney's tech teams isolated it."]
    >>> _label_split("Advertisement revenue rose. Advertising Standards Authority")
    ['Advertisement revenue rose. Advertising Standards Authority']
    >>> _label_split("It rose (paywall-free) Advertisement Agerblad said ADVERTISEMENT 1 more")
    ['It rose (paywall-free)', 'Advertisement', 'Agerblad said', 'ADVERTISEMENT', '1 more']
    >>> _label_split("Sie wollen ohne Werbung Geld verdienen.")
    ['Sie wollen ohne Werbung Geld verdienen.']
    """
    if _may_hold(text, _INSIDE_LABEL_NEEDLES) and _INSIDE_LABEL.search(text) is not None:
        inside = _cut_around(text, _INSIDE_LABEL.finditer(text))
        return [part for piece in inside for part in _leading_labels(piece)]
    return _leading_labels(text)


def _leading_labels(text: str) -> list[str]:
    if not text[:1].isupper():
        return [text]
    bounds: list[int] = []
    at = 0
    while (match := _LEADING_LABEL.match(text, at)) is not None and text[at].isupper():
        bounds.append(match.end())
        at = match.end() + 1
        while text[at : at + 1].isspace():
            at += 1
    return _cut(text, bounds)


# A flattened page runs a menu's or a dialog's button into the sentence after it ("Close
# Experts and brokerages are of the view ...", "Close Are you a student?"): a button that
# leads a piece before a sentence's start (a capitalised word, then a lower-case one) is cut
# off it, a piece the chrome step removes (skip_link). "Search Engine Optimization is ..."
# goes on with a name and stays whole. Found on the traf one-line tune half. One-line style
# tune|check: aeb 0.94964|0.91687 -> 0.94974|0.91687 (+1 -0), traf 0.83119|0.82051 ->
# 0.83043|0.82051 (-1 tune page: a page's span moved), wcxb 0.77252|0.78753 -> 0.77253|0.78753
# (+5 -0, +6 -0), fundus (held out) 0.84767|0.85366 -> 0.84767|0.85367 (+2 -0, +1 -0);
# soup-text aeb tune +1, wcxb +2 -0 | +1 -0; html-text and the shipped dumps identical.
_LEADING_BUTTON = re.compile(
    rf"(?:{alternatives(Reason.SKIP_LINK)})(?=\s+[\"“„‘«]?{_CAPITAL}\w*,?\s+(?-i:[{_LOWER}]))",
    re.IGNORECASE,
)


def _button_split(text: str) -> list[str]:
    """``text`` with the button that leads it cut off.

    >>> _button_split("Close Experts and brokerages are of the view that it holds.")
    ['Close', 'Experts and brokerages are of the view that it holds.']
    >>> _button_split("Search Engine Optimization is what the agency sells.")
    ['Search Engine Optimization is what the agency sells.']
    """
    if not text[:1].isupper():
        return [text]
    match = _LEADING_BUTTON.match(text)
    return [text] if match is None else _cut(text, [match.end()])


# A flattened page runs an author box's header into its bio ("Sobre Carlos Nadalim Pai de
# Francesco e Teresa ..., Carlos Nadalim é ..."): where "About" and a run of capitalised words
# lead a piece and the bio's first words name that person again, the piece is cut after the
# name, the longest such run of two or three words (a full name: a one-word "About Us" finds
# its "Contact Us" in a footer's menu), so that the bios step reads the header alone over the
# bio. A heading that starts with "About" goes on with prose that does not repeat its words.
_ABOUT_LEAD = re.compile(rf"(?:{alternatives('about')}) (?={_CAPITAL})", re.IGNORECASE)
_ABOUT_NAME_WORDS = 3
_ABOUT_NAMED_WITHIN = 30  # words after the header, as the bios step reads a box's bio


def _about_split(text: str) -> list[str]:
    """``text`` cut after an "About <name>" header that leads it, when the words after it
    name that person again.

    >>> _about_split("Sobre Carlos Nadalim Pai de Francesco, Carlos Nadalim é pedagogo.")
    ['Sobre Carlos Nadalim', 'Pai de Francesco, Carlos Nadalim é pedagogo.']
    >>> _about_split("About Face The album was recorded in one week.")
    ['About Face The album was recorded in one week.']
    >>> _about_split("About Us Press Code Privacy Policy Contact Us")
    ['About Us Press Code Privacy Policy Contact Us']
    >>> _about_split("About Leeds City Council Office Leeds City Council Office is ...")
    ['About Leeds City Council Office Leeds City Council Office is ...']
    """
    lead = _ABOUT_LEAD.match(text)
    if lead is None:
        return [text]
    words = [word.strip(",.;:’'") for word in text[lead.end() :].split()]
    for size in range(min(_ABOUT_NAME_WORDS, len(words) - 1), 1, -1):
        name, rest = words[:size], words[size : size + _ABOUT_NAMED_WITHIN]
        if not all(word[:1].isupper() for word in name) or not rest[0][:1].isupper():
            continue
        again = _found_at(rest, name)
        if again < 0:
            continue
        if rest[again + size : again + size + 1] == rest[:1]:
            # The name goes on past the run as the header gives it ("About Georgetown
            # University Medical Center Georgetown University Medical Center is ..."): an
            # institution's longer name, whose "About" box wcxb's gold keeps, not a person's.
            return [text]
        cut = lead.end() + len(" ".join(text[lead.end() :].split()[:size]))
        return [text[:cut], text[cut:].lstrip()]
    return [text]


def _found_at(words: list[str], phrase: list[str]) -> int:
    """The index in ``words`` where ``phrase`` starts, or -1."""
    size = len(phrase)
    for at in range(len(words) - size + 1):
        if words[at : at + size] == phrase:
            return at
    return -1


# A flattened page runs a story's date stamp into its first sentence ("October 12, 2017 Ascom
# and GE announce ...", "11.18.19 T-Swift is ..."): a date (with its time) that leads a piece
# before a capitalised word is cut off it, so that the dates step reads it alone. A year of
# figures has two digits or is this century's or the last ("3.2.1199" is a version number:
# cut off, it moved a recipe's span to its comments, traf tune 0.75 -> 0). One-line style
# tune|check: aeb 0.9121|0.8730 -> 0.9121|0.8732 (+1 page each half, none down), fundus
# 0.8067|0.8136 -> 0.8067|0.8164 (+9 -4 pages), traf 0.7746|0.7837 -> 0.7750|0.7837 (+1 -1);
# soup-text fundus tune +2 pages, aeb and traf identical. (_MAX_DATED_PIECES: wcxb.)
_DATE_STAMP = (
    rf"(?:(?:{_MONTH_NAMES})\.? \d{{1,2}},? \d{{4}}|\d{{1,2}}\.? (?:{_MONTH_NAMES})\.? \d{{4}}"
    r"|\d{1,2}[./]\d{1,2}[./](?:(?:19|20)\d{2}|\d{2})(?!\d))"
    r"(?:,? (?:at )?\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?"
)
_LEADING_DATE = re.compile(rf"^{_DATE_STAMP}(?=\s+[\"“‘«]?{_CAPITAL})", re.IGNORECASE)
# A date a label leads ("Veröffentlicht am 12. Juni 2017 Zur ...", "Erscheinungsdatum
# 25.01.2022 Kategorien ..."): the dates step takes a labelled line of any length for a date
# line, so the first sentence run into it went with it. Cut after the date; up to three words
# before it, one of them the label, and any word after it ("... 2017 von gizzmo"). A caption's
# date in brackets ("(Published Monday, Nov. 18, 2019) The suspect said ...") is cut after its
# closing bracket, glued or not (a comma after the weekday counts).
_LABELLED_DATE = re.compile(
    rf"^(?P<open>\()?(?P<label>(?:[^\W\d][\w-]*[:,]? ){{1,3}}){_DATE_STAMP}(?(open)\)|(?=\s))",
    re.IGNORECASE,
)
_LABEL_REACH = 60  # characters: three words, a label and a date's first figure at most
# A byline a dash parts from its date ("By Tess Bonn - 11/19/19 06:56 AM EST South Dakota Gov.
# Kristi Noem ...", "By Ariel H - October 26, 2020 Believe it or not ..."): cut after the date,
# so that the byline and date are read alone and the first sentence is read without them.
# One-line style tune|check: aeb 0.9214|0.9000 -> 0.9216|0.9000 (+1 tune page), traf tune
# authors 0.497 -> 0.503 and dates 0.627 -> 0.634; every other cell identical.
_BYLINE_DATE = re.compile(
    rf"^(?:{alternatives('byline_by')}) (?:[^\W\d][\w.'’-]* ){{1,4}}[-–—•] {_DATE_STAMP}(?=\s)",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d")


# More pieces than this led by a date are a listing's cards, each with its date, which the
# gold keeps: left whole. Without the limit, wcxb one-line tune|check 0.75698|0.77383 ->
# 0.75701|0.77365 (a blog index's cards lost their dates); with 5, 0.75701|0.77385 (+38 -6
# pages) and aeb, traf, fundus as without it; 2 lost fundus check 0.8164 -> 0.8138.
_MAX_DATED_PIECES = 5


# A date with its clock time inside a flattened piece: a comment's or a post's stamp between
# its author and its text ("2 comments Cherie McCluney August 17, 2019 - 2:19 pm I made this
# jam today ...", "Reply Regan August 19, 2019 - 5:48 pm Hi Cherie, ..."), a byline's stamp
# before the first sentence ("By Phil Helsel Nov. 19, 2019, 8:41 AM UTC A New York man ...")
# is cut out as a piece of its own, so that the dates step reads it alone and neither the
# name before it nor the text after it rides on it. A time zone in capitals goes with it
# (case-sensitive: "09:01 AM The" must not take "The"). Prose writes a date and time after a
# lower-case word ("on May 2, 2019 at 10:00 Mayor Lee ..."): not cut there. One-line style
# tune|check: aeb 0.9253|0.9030 -> 0.9264|0.9033 (+5 -0 pages each half), traf 0.7828|0.7934
# -> 0.7828|0.7940, fundus 0.8133|0.8231 -> 0.8135|0.8241 (check +6 -0), wcxb 0.7618|0.7756 ->
# 0.7611|0.7760; dates rose (fundus check 0.496 -> 0.520), but a fundus check title and a
# fundus get_text() check author fell a page each. Every other style and the shipped dumps
# identical. The clock is optional ("By Elaine Chen Dec. 18, 2025 National Biotech Reporter"),
# but a stamp without one after a closing bracket is an embedded post's signature ("— Jo Lee
# (@jolee) November 18, 2019"), which stays with the post, and one after a single word is a
# sentence's date ("On May 2, 2019 ..."). One-line tune|check: aeb
# 0.92925|0.90895 -> 0.92963|0.91155 (+3 -1, +5 -0), fundus 0.81832|0.82619 -> 0.81941|0.82658
# (+12 -0, +13 -1); without the bracket test aeb tune fell to 0.92818 (embedded tweets).
# The word between the date and its time is the language's (date_at: "at", "um", "à"): with
# "at" alone a German comment's stamp ("Anna sagt: Juli 30, 2013 um 2:33 pm Warum ...") stayed
# in its text, and a recipe's thread outweighed the recipe (traf inscriptis flattened, tune).
# One-line tune|check: traf 0.83486|0.82159 -> 0.83563|0.82202 (+1 -0, +1 -1), wcxb
# 0.77633|0.78829 -> 0.77633|0.78872 (check +1), fundus (held out) check 0.85785 -> 0.85958
# (+1 -0), aeb and the other aeb styles identical.
_TIMED_STAMP = re.compile(
    rf"(?<=\S )(?:(?:{_MONTH_NAMES})\.? \d{{1,2}},? \d{{4}}"
    rf"|\d{{1,2}}\.? (?:{_MONTH_NAMES})\.? \d{{4}})"
    rf"(?:,?(?: (?:{alternatives('date_at')})| [-–—•|])? \d{{1,2}}:\d{{2}}"
    r"(?-i:(?: ?(?:[ap]m|[AP]M))?(?: [A-Z]{2,4}(?![\w-]))?))?"
    rf"(?=\s+[\"“‘«]?{_CAPITAL})",
    re.IGNORECASE,
)


_YEAR = re.compile(r"\d{4}")
# A comment's header names its author with "says" before the stamp ("Sharon says July 14, 2015
# at 3:53 pm Goodness, ..."): the stamp is cut out after it, with its clock time (prose hardly
# writes "says May 2, 2019 at 10:00"), so that "Sharon says" stands alone as the comments step
# reads it (comment_meta). Found on a wcxb one-line tune page (a recipe's comments kept).
# One-line style tune|check: wcxb 0.77254|0.78754 -> 0.77460|0.78790 (+6 -0, +2 -0), fundus
# (held out) 0.84777|0.85374 -> 0.84777|0.85598 (check +1 -0), traf 0.83043|0.82051 ->
# 0.82936|0.82051 (-1 tune page, whose gold keeps a reader's comment), aeb identical;
# soup-text, html-text and the shipped dumps identical.
_COMMENT_SAYS = re.compile(rf"\s(?:{alternatives('says')}):? $", re.IGNORECASE)


def _stamp_split(text: str) -> list[str]:
    """``text`` cut before and after every date (with its time, if any) that follows a word
    not in lower case, and no closing bracket when it has no time.

    >>> _stamp_split("Reply Regan August 19, 2019 - 5:48 pm Hi Cherie, I am glad.")
    ['Reply Regan', 'August 19, 2019 - 5:48 pm', 'Hi Cherie, I am glad.']
    >>> _stamp_split("It opened on May 2, 2019 at 10:00 Mayor Lee said.")
    ['It opened on May 2, 2019 at 10:00 Mayor Lee said.']
    >>> _stamp_split("By Elaine Chen Dec. 18, 2025 National Biotech Reporter")
    ['By Elaine Chen', 'Dec. 18, 2025', 'National Biotech Reporter']
    >>> _stamp_split("So it goes. — Jo Lee (@jolee) November 18, 2019 Still, it rained.")
    ['So it goes. — Jo Lee (@jolee) November 18, 2019 Still, it rained.']
    """
    if _YEAR.search(text) is None:  # far cheaper than the stamp's pattern
        return [text]
    stamps = [
        match
        for match in _TIMED_STAMP.finditer(text)
        if (
            not text[text.rfind(" ", 0, match.start() - 1) + 1].islower()
            and (":" in match.group() or _signs_undated(text[: match.start()].rstrip()))
        )
        or (":" in match.group() and _COMMENT_SAYS.search(text, 0, match.start()) is not None)
    ]
    return _cut_around(text, stamps)


def _signs_undated(before: str) -> bool:
    """True when ``before``, the piece's text up to a date without a time, ends in a name that
    signs it: two words at least (one is a sentence's first: "On May 2, 2019 ..."), and no
    closing bracket (an embedded post's handle: "— Jo Lee (@jolee) November 18, 2019")."""
    return " " in before and not before.endswith(")")


def _dates_split(texts: list[str]) -> list[str]:
    """The pieces with their leading date stamps cut off (_date_split), unless more than a
    story's few date lines lead with one: then they are the dates of a listing's cards.

    >>> _dates_split(["May 2, 2019 It closed.", "Home"])
    ['May 2, 2019', 'It closed.', 'Home']
    >>> cards = [f"May {day}, 2019 Bridge news of the day." for day in range(1, 7)]
    >>> _dates_split(cards) == cards
    True
    """
    cut = [_date_split(text) for text in texts]
    if sum(1 for parts in cut if len(parts) > 1) > _MAX_DATED_PIECES:
        return texts
    return [part for parts in cut for part in parts]


def _date_split(text: str) -> list[str]:
    """``text`` with a leading date stamp cut off as a piece of its own.

    >>> _date_split("October 12, 2017 Ascom and GE Healthcare announce a partnership.")
    ['October 12, 2017', 'Ascom and GE Healthcare announce a partnership.']
    >>> _date_split("11.18.19 T-Swift is beefing with The Carlyle Group.")
    ['11.18.19', 'T-Swift is beefing with The Carlyle Group.']
    >>> _date_split("Veröffentlicht am 12. Juni 2017 Zur Republik wird es keine Insel geben.")
    ['Veröffentlicht am 12. Juni 2017', 'Zur Republik wird es keine Insel geben.']
    >>> _date_split("May 2019 was the wettest month on record.")
    ['May 2019 was the wettest month on record.']
    """
    if not text[:1].isalnum() and not text.startswith("("):
        return [text]
    match = _LEADING_DATE.match(text)
    if match is None:
        # A figure first, among a piece's first words: far cheaper than the date's pattern.
        if _FIGURE.search(text, 0, _LABEL_REACH) is None:
            return [text]
        match = _labelled_date(text)
        if match is None:
            return [text]
    return [match.group(), text[match.end() :].strip()]


def _labelled_date(text: str) -> re.Match[str] | None:
    """The date a publishing label or a capitalised byline leads ``text`` with, if any.

    >>> _labelled_date("By Tess Bonn - 11/19/19 06:56 AM EST South Dakota Gov. Noem").group()
    'By Tess Bonn - 11/19/19 06:56 AM EST'
    >>> _labelled_date("by the river - 11/19/19 it rained") is None
    True
    """
    match = _LABELLED_DATE.match(text)
    if match is not None and PUBLISHED_LABEL.search(match.group("label")) is not None:
        return match
    return _BYLINE_DATE.match(text) if text[0].isupper() else None


# A byline run into the first sentence once its date stamp is cut off ("By Phil Helsel A New
# York man pleaded guilty ..."): the authors step took the whole piece for a byline, and the
# first sentence with it. Cut after a name of two or three capitalised words when a word no
# name holds (an article, a pronoun: not_a_name) follows it, capitalised. With the bracketed
# labelled date above, one-line tune|check: fundus 0.81832|0.82608 -> 0.81832|0.82619 (check +3
# -0, author 0.208 -> 0.224), wcxb 0.76619|0.77738 -> 0.76620|0.77738 (+3 -0, +3 -1; authors up on
# both halves), traf tune author 0.516 -> 0.523; aeb, and every other style measured, identical.
_BYLINE_NAME = re.compile(
    rf"^(?:{alternatives('byline_by')}) (?:{_CAPITAL}[\w.'’-]* ){{2,3}}"
    rf"(?=(?={_CAPITAL})(?:{alternatives('not_a_name')}) \S)",
    re.IGNORECASE,
)


def _byline_split(text: str) -> list[str]:
    """``text`` cut after a leading byline's name when a sentence follows it.

    >>> _byline_split("By Phil Helsel A New York man pleaded guilty on Monday.")
    ['By Phil Helsel', 'A New York man pleaded guilty on Monday.']
    >>> _byline_split("By Monday The Council had voted.")
    ['By Monday The Council had voted.']
    """
    match = _BYLINE_NAME.match(text)
    return _cut(text, [match.end()]) if match else [text]


# An author box prints the author's name over the bio that starts with it, and a flattened
# page runs the two together ("Phil Helsel Phil Helsel is a reporter for NBC News."): the
# piece is cut between the copies, so that the bios step reads a bio that starts with a name
# (its pattern allows three words before the bio's verb) and the name line above it.
# Flat pieces only. Figures: with the agency credit's word (_AGENCY_CREDIT).
_BIO_AFTER_WORD = re.compile(rf" (?:{alternatives('bio')})")
_NAME_WORD = re.compile(rf"{_CAPITAL}[\w.'’-]*")
_NAME_WORDS = 3  # a name of two or three words


def _name_over_bio(text: str) -> int | None:
    """Where the bio starts that repeats the name before it, or None.

    (The bio's verb is looked for first: a pattern with the name's back-reference, tried at
    every word of every flat piece, cost 3% of segmenting a one-line dump.)
    """
    for match in _BIO_AFTER_WORD.finditer(text):
        words = text[: match.start()].split(" ")
        for size in range(_NAME_WORDS, 1, -1):
            name = words[-size:]
            if (
                len(words) >= 2 * size
                and words[-2 * size : -size] == name
                and all(_NAME_WORD.fullmatch(word) for word in name)
            ):
                return match.start() - len(" ".join(name))
    return None


def _name_bio_split(text: str) -> list[str]:
    """``text`` cut between a name and the bio that starts with the same name.

    >>> _name_bio_split("Phil Helsel Phil Helsel is a reporter for NBC News.")
    ['Phil Helsel', 'Phil Helsel is a reporter for NBC News.']
    >>> _name_bio_split("She met Jo Lee Jo Lee is a writer she admired.")
    ['She met Jo Lee', 'Jo Lee is a writer she admired.']
    """
    bio = _name_over_bio(text)
    return [text] if bio is None else _cut(text, [bio])


# Where two elements' texts met without a space on a glued line ("Republik ÖsterreichWer sind"):
# a capitalised word right after three lower-case letters. Shorter heads are names' ("McDonald",
# "YouTube"), which stay whole; longer ones ("PlayStation") are cut like a joint.
_JOINT = re.compile(rf"(?<=[{_LOWER}]{{3}})(?=[{_UPPER}][{_LOWER}])")


def _joints_split(text: str) -> list[str]:
    """
    >>> _joints_split("Ebenen des Handelns in ÖsterreichWer sind die Akteure?")
    ['Ebenen des Handelns in Österreich', 'Wer sind die Akteure?']
    """
    bounds = [match.start() for match in _JOINT.finditer(text)]
    return [text[a:b] for a, b in itertools.pairwise([0, *bounds, len(text)])]


# A flattened page runs menus into the sentences around them ("... show - site.com Skip to
# Article Menu Home World Sport Business The bridge closed on Monday."): a run of more
# capitalised words than a name or a title holds is cut out of its piece, so that the menu is
# judged as a menu and never carries a sentence's weight. Short lower-case words ("to", "&",
# "of") occur in menus too; they do not end a run.
_MENU_WORDS = 8
_SHORT_WORD = 3
_SENTENCE_WORDS = 2  # of the three words after a sentence's first, lower-case ones


# Flattening that joins the texts of elements without a space glues their words together
# ("site.comSkip to MenuHomeNews"): a capital after a lower-case letter, a figure or a closing
# mark starts a word of its own, as a space would. Names such as "McDonald" or "YouTube" are
# cut too; that only makes them two capitalised words of a run, and the text is never changed.
_GLUED_AFTER = rf"[{_LOWER}0-9.!?:;,)\]›»”%]"
# A copyright sign glued to a menu's last item ("Site MapCondé Nast Store© 2019 Condé Nast.")
# starts the footer's notice: it is a word of its own, and no menu item (see _is_capitalised).
# The glue point and the sign share one cheap look-ahead screen: this runs at every character.
_WORD_BREAK = re.compile(rf"\s|(?=[{_UPPER}©])(?:(?<={_GLUED_AFTER})(?=.[{_LOWER}])|(?=©)(?<=\S))")
# The glue points, each counted as the capital after it: a search skips to a capital in C,
# where "(?<=after)(?=[upper][lower])" tried both look-arounds at every character (the aeb
# blocks dumps have 500 lines of 300 characters or more to count a pass: 4.5 -> 1.0 ms). The
# count is the same: a match takes only the capital, and no capital is a _GLUED_AFTER
# character, so no glue point right after one is lost.
_GLUE_POINT = re.compile(rf"[{_UPPER}](?<={_GLUED_AFTER}.)(?=[{_LOWER}])")


def _word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every word of ``text``: parted by one white-space character or a glue
    point (an empty span marks two in a row).

    >>> s = "Home NewsSport"; [s[a:b] for a, b in _word_spans(s)]
    ['Home', 'News', 'Sport']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _WORD_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _is_capitalised(word: str) -> bool:
    """True for a word a menu run holds: capitalised, a short lower-case word, or a
    separator. Scripts without case ("뉴스") have no such runs: their words end one."""
    first = word[0]
    if first == "©":
        return False  # a copyright notice ends a menu run: the publisher step reads it whole
    return first.isupper() or (first.islower() and len(word) <= _SHORT_WORD) or not first.isalnum()


# Title-case headlines hold short lower-case words ("How the Council Voted to Close the
# Bridge"); a menu's items hardly any ("Home News Local Sport Business Sign in").
_MENU_SHORT_SHARE = 0.1


# A piece led by a related section's header into a headline that ends a sentence ("Latest
# News Can You Sue Social Security to Receive Your Benefits?": _header_split cut it before the
# header) is the section's start, not a menu: left to the related step, which marks it a
# header, it ends the span where a menu run's small cost let the span run on into the teasers
# after it. Any header-led run (no stop needed) took site menus at the top of the page
# ("Related Topics Images Contents ...") for headers: wcxb one-line tune +4 -6, fundus check
# -1. With the stop, and the "View more..." cut above, one-line tune|check: wcxb 0.77460|
# 0.78790 -> 0.77514|0.78797 (+3 -1, +3 -0); aeb, traf, fundus, soup-text and the eight
# shipped dumps sets identical. boundary._headed_menus weighs the runs left to the menus.
HEADER_LEADS = re.compile(
    rf"(?:{alternatives(Reason.RELATED_HEADER)})(?=\s+(?:{_CAPITAL}|[0-9]))", re.IGNORECASE
)


def is_menu_run(text: str) -> bool:
    """True when ``text`` is a run of menu items: many capitalised words, hardly a short
    lower-case one among them (the units :func:`_menu_split` cuts out of a flattened page).
    A run led by a related section's header into a headline is that section's (see
    HEADER_LEADS).

    >>> is_menu_run("Riverside Courier Home News Local Sport Business Opinion Subscribe Sign in")
    True
    >>> is_menu_run("How the City Council Voted to Close the Old Harbour Bridge")
    False
    >>> is_menu_run("Latest News Can You Sue Social Security to Receive Your Benefits?")
    False
    """
    words = [text[start:end] for start, end in _word_spans(text) if start < end]
    if len(words) < _MENU_WORDS or not all(_is_capitalised(word) for word in words):
        return False
    if text[-1] in ".!?" and HEADER_LEADS.match(text) is not None:
        return False
    short = sum(1 for word in words if word[0].islower())
    return short <= _MENU_SHORT_SHARE * len(words)


def _menu_split(text: str) -> list[str]:
    """``text`` with every long run of capitalised words cut out as a piece of its own.

    >>> _menu_split("Home World UK Sport Business Tech Opinion Video The bridge closed on Monday.")
    ['Home World UK Sport Business Tech Opinion Video', 'The bridge closed on Monday.']
    >>> for piece in _menu_split("Bridge to close - site.com Skip to Menu Home News Sport "
    ...                          "Tech Video Travel Style The bridge closed."):
    ...     print(piece)
    Bridge to close - site.com
    Skip to Menu Home News Sport Tech Video Travel Style
    The bridge closed.
    >>> _menu_split("New York City Mayor Eric Adams said on Monday that it would close.")
    ['New York City Mayor Eric Adams said on Monday that it would close.']
    >>> _menu_split("Bridge closes - site.comSkip to MenuHomeNewsSportTechVideoThe bridge closed.")
    ['Bridge closes - site.com', 'Skip to MenuHomeNewsSportTechVideo', 'The bridge closed.']
    """
    spans = _word_spans(text)
    if len(spans) < _MENU_WORDS or any(start == end for start, end in spans):
        return [text]
    words = [text[start:end] for start, end in spans]
    cuts: list[int] = []
    index = 0
    while index < len(words):
        if not _is_capitalised(words[index]):
            index += 1
            continue
        end = index
        while end < len(words) and _is_capitalised(words[end]):
            end += 1
        if end - index >= _MENU_WORDS:
            following = words[end : end + 3]
            # The run's last capitalised word starts the sentence after it: "... Video The
            # bridge closed", "... Sign in Library to open on Sundays".
            sentence = sum(1 for word in following if word[0].islower()) >= _SENTENCE_WORDS
            first = end - 1
            while sentence and first > index and not words[first][0].isupper():
                first -= 1
            cuts.extend((index, first if sentence else end))
        index = end
    bounds = sorted({cut for cut in cuts if 0 < cut < len(words)})
    if not bounds:
        return [text]
    edges = [0, *bounds, len(words)]
    return [text[spans[a][0] : spans[b - 1][1]] for a, b in itertools.pairwise(edges)]


# A flattened page shorter than _FLAT_LINE is cut when it holds this many sentence ends: an
# article's few paragraphs among its menus. With fewer it is a listing's or a product's page
# (a schedule of team names), whose gold keeps the items the cut would judge a menu. Tune
# pages equal at 3, 4 and 5; 6 lost a tune page each on traf and wcxb; 3 a wcxb check page
# (0.941 -> 0.482).
_SHORT_PAGE_SENTENCES = 4


def _has_sentences(text: str) -> bool:
    """True when ``text`` holds at least _SHORT_PAGE_SENTENCES sentence ends.

    >>> _has_sentences("Home News. It closed. It opened. It rained. Contact")
    True
    >>> _has_sentences("Schedule Week 1. Team A v Team B. Team C v Team D")
    False
    """
    count = 0
    for match in _SENTENCE_BREAK.finditer(text):
        if match.group(1):
            count += 1
            if count >= _SHORT_PAGE_SENTENCES:
                return True
    return False


def _unflattened(lines: list[_Line], max_blocks: int | None) -> list[_Line]:
    """The lines, with a line that holds nearly all of a flattened page cut into sentences,
    and so is every long line whose element texts were glued together without a space (a
    shorter one when they are glued densely, or when they are capitalised items).

    Each kept sentence becomes a paragraph of the body: the page has no other paragraphs
    left. A paragraph this long in an ordinary dump holds too little of its page to be cut,
    and hardly a glue point.
    """
    # The lengths once, without a key call or a generator step per line: most pages (all but
    # 21 of the 90 aeb dumps) have a line this long, and this runs on every line of a page.
    lengths = [len(line.text) for line in lines]
    most = max(lengths, default=0)
    if most < _GLUED_SHORT_LINE:
        return lines
    longest = lines[lengths.index(most)]  # the first of the longest, as max(key=...) gave
    total = sum(lengths)
    # The line that holds nearly the whole page (FLAT_SHARE), if one does: a flattened page.
    whole = longest if len(longest.text) >= FLAT_SHARE * total else None
    joints: dict[int, bool] = {}  # line to cut (its index) -> whether at element joints too
    # Only the long lines, picked from the lengths: a few of a page's.
    for at in [at for at, length in enumerate(lengths) if length >= _GLUED_SHORT_LINE]:
        line = lines[at]
        text = line.text
        points = _glue_points(text)  # counted once: each test below reads it
        # The line that holds the whole page is cut however short it is (from the length
        # every line here has) once it holds a few sentences (_has_sentences): a short page
        # flattened is still no paragraph. One-line tune|check, against 2,000 characters at
        # least: aeb 0.9192|0.8858 -> 0.9200|0.8931 (a check page 0.426 -> 0.919), traf
        # 0.7808|0.7861 -> 0.7825|0.7878, wcxb 0.7578|0.7742 -> 0.7600|0.7747; fundus, the
        # other styles and the shipped dumps identical. Without the sentence test: wcxb
        # 0.7595|0.7730 (listings' menus cut out).
        if (
            (line is whole and (len(text) >= _FLAT_LINE or _has_sentences(text)))
            or (
                len(text) >= _GLUED_LINE
                and (
                    (len(text) >= _FLAT_LINE and _is_glued(text, points=points))
                    or _is_glued(text, _JOINTS_SHARE, points)
                )
            )
            or (_is_glued(text, _GLUED_SHORT_SHARE, points) and _reads_as_headlines(text))
        ):
            joints[at] = _is_glued(text, _JOINTS_SHARE, points)
    if not joints:
        return lines
    cut: list[_Line] = []
    for at, line in enumerate(lines):
        if at in joints:
            cut.extend(_sentences(line, joints[at], line is whole))
        else:
            cut.append(line)
    if max_blocks is not None and len(cut) > max_blocks:
        return lines  # left whole rather than refused: the page itself is within the limit
    return cut


# Elements' texts a dump ran together on one line with the HTML's own white space between
# them ("Home     Companies   Economy   Property"): three or more spaces, three times or more.
# Tables drawn as aligned columns have such gaps too, row after row; they stay whole.
# styles soup-text aeb 0.8850|0.9166 -> 0.8974|0.9184, traf 0.8515|0.8203 -> 0.8596|0.8307.
_WIDE_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_MIN_WIDE_GAPS = 3
# A table row shares its indent or column starts with a row near it, even with a cell's second
# line between them (wcxb tune: a prize table whose rows are two lines apart, comparison tables
# whose header starts its columns elsewhere).
_TABLE_REACH = 4
_SHARED_COLUMNS = 2
# ... and at least this share of the columns of the row with fewer: a long menu line of a
# hundred items shares two or three column starts with any gapped line near it by chance.
_SHARED_COLUMN_SHARE = 0.5


def _columns(line: _Line) -> set[int]:
    return {line.indent + gap.end() for gap in _WIDE_GAP.finditer(line.text)}


def _in_aligned_table(lines: list[_Line], at: int) -> bool:
    """True when a line near ``lines[at]`` is parted by wide gaps too and starts where it
    does or starts columns where it does: a table's rows. Elements run together stand at
    whatever indent the HTML's white space gave them."""
    line = lines[at]
    columns = _columns(line)
    near = lines[max(0, at - _TABLE_REACH) : at] + lines[at + 1 : at + 1 + _TABLE_REACH]
    return any(
        (other.indent == line.indent and len(_WIDE_GAP.findall(other.text)) >= _MIN_WIDE_GAPS)
        or _shares_columns(columns, _columns(other))
        for other in near
    )


def _shares_columns(columns: set[int], others: set[int]) -> bool:
    shared = len(columns & others)
    return shared >= max(_SHARED_COLUMNS, _SHARED_COLUMN_SHARE * min(len(columns), len(others)))


def _ungapped(lines: list[_Line]) -> list[_Line]:
    """The lines, with a line whose elements are parted by wide gaps cut at them and after
    every sentence end, as a flattened line is (each piece keeps the line's number, so the
    pieces stay blocks of their own).

    >>> line = _Line(1, 0, "", "Home   News   Sport   The bridge closed.", 0)
    >>> [p.text for p in _ungapped([line])]
    ['Home', 'News', 'Sport', 'The bridge closed.']
    """
    # A loop, not any() over a generator (a generator step per line of every page): the
    # first line with a wide gap, if any.
    for line in lines:
        if "   " in line.text:
            break
    else:
        return lines
    cut: list[_Line] = []
    for at, line in enumerate(lines):
        if "   " not in line.text:  # no wide gap, no item beside: most lines of a layout dump
            cut.append(line)
            continue
        if len(_WIDE_GAP.findall(line.text)) < _MIN_WIDE_GAPS or _in_aligned_table(lines, at):
            cut.extend(_beside_items(line))
            continue
        glued = _is_glued(line.text, _JOINTS_SHARE)
        for piece in _WIDE_GAP.split(line.text):
            cut.extend(_sentences(line._replace(text=piece), glued))
    return cut


# A list item drawn beside another element: a wide gap, then a bullet ("... the tour ended.
#      * Council votes on budget"): a layout dump (inscriptis) draws a page's columns side by
# side on one line, the article's paragraph in one and a teaser list's items in the next,
# row after row, so the lines look like an aligned table's and stayed whole: the paragraph
# then ended in a headline, no sentence, and the span left it out. Cut whatever the
# alignment: a table's cell seldom starts with a bullet. traf inscriptis tune 0.8813 ->
# 0.8824 (+1 page), check equal; wcxb inscriptis pages +7 -4 (two-column link lists, means
# equal to 4 places); fundus and aeb inscriptis, the blocks dumps identical.
_ITEM_BESIDE = re.compile(r"(?<=\S) {3,}(?=[*•] \S)")


def _beside_items(line: _Line) -> list[_Line]:
    """``line``, cut before each list item drawn beside what precedes it (_ITEM_BESIDE); the
    items keep their bullet as their marker.

    >>> [(p.marker, p.text) for p in _beside_items(_Line(1, 0, "", "It ended.     * Votes", 0))]
    [('', 'It ended.'), ('*', 'Votes')]
    """
    if "   " not in line.text or _ITEM_BESIDE.search(line.text) is None:
        return [line]
    first, *items = _ITEM_BESIDE.split(line.text)
    pieces = [line._replace(text=first)]
    pieces.extend(line._replace(marker=item[0], text=item[2:].strip()) for item in items)
    return pieces


def _glue_points(text: str) -> int:
    return len(_GLUE_POINT.findall(text))


def _is_glued(text: str, share: float = _GLUED_SHARE, points: int | None = None) -> bool:
    """True when ``text`` has at least ``share`` glue points per character (``points``: their
    count, when the caller has it)."""
    return (_glue_points(text) if points is None else points) >= share * len(text)


def _reads_as_headlines(text: str) -> bool:
    """True for a densely glued line of 300 characters or more (see _GLUED_SHORT_LINE) that
    is capitalised items run together, not prose or code.

    >>> _reads_as_headlines("NewsLatestMost ReadIn Footsteps of Katy PerryKylie Jenner's Ex Set "
    ...                     "for First GigBridge Reopens After Two YearsCouncil Votes on BudgetAll "
    ...                     "NewsSportWeatherTravelHealthScienceTechnologyCultureOpinionVideo "
    ...                     "PodcastsNewslettersContact UsAbout UsCareersAdvertise With UsTerms of "
    ...                     "UsePrivacy PolicyCookie SettingsAccessibilitySitemap")
    True
    >>> _reads_as_headlines("HigherEdJobs has partnered with TopResume, one of the leading "
    ...                     "resume writing services, to offer exclusive pricing to the "
    ...                     "HigherEdJobs community. TopResume's team of Certified Professional "
    ...                     "Resume Writers "
    ...                     "have years of experience reviewing resumes and cover letters, and "
    ...                     "they know what recruiters look for.")
    False
    """
    if len(_CODE_MARK.findall(text)) >= _CODE_MARKS:
        return False
    words = text.split()
    lower = sum(1 for word in words if word[0].islower())
    return lower < _GLUED_SHORT_PROSE * len(words)


def _check_count(count: int, max_blocks: int) -> None:
    if count > max_blocks:
        raise InputTooLargeError(f"{count} non-empty lines, over the limit of {max_blocks} blocks")


def segment_text(text: str, max_blocks: int | None = None) -> tuple[Block, ...]:
    """Split a text dump into blocks.

    >>> [b.text for b in segment_text("Title\\n\\n  * Home\\n  * News\\nBody text.")]
    ['Title', 'Home', 'News', 'Body text.']
    >>> segment_text("  1. First item").__getitem__(0).marker
    '1.'
    """
    # A text has fewer line breaks than characters: nearly no page needs them counted.
    if max_blocks is not None and len(text) > 4 * max_blocks and text.count("\n") > 4 * max_blocks:
        _check_count(sum(1 for line in text.splitlines() if line.strip()), max_blocks)
    lines, style = _split_lines(text)
    if max_blocks is not None:
        _check_count(len(lines), max_blocks)
    if style.markdown:
        return _markdown_blocks(_markdown_unflattened(lines, max_blocks))
    # The fold is judged on the lines as the dump has them, before any is cut into pieces.
    fold = _wrap_width(lines)
    lines = _unflattened(_ungapped(lines), max_blocks)
    groups: list[list[_Line]] = []
    for at, line in enumerate(lines):
        # Pieces of one flattened line (same number) were cut apart on purpose.
        if not groups or line.blank_before or line.marker or line.number == groups[-1][-1].number:
            groups.append([line])  # the common case, decided without a call
        elif _goes_on(groups[-1], line, lines[at + 1] if at + 1 < len(lines) else None, fold):
            groups[-1].append(line)
        else:
            groups.append([line])
    return _blocks_of(groups)


def _blocks_of(groups: list[list[_Line]]) -> tuple[Block, ...]:
    """The groups' blocks, in order. A group of one line (nearly every one) makes its block
    here, as :func:`_group_block` would, without its three calls: this runs once per block of
    every text page."""
    blocks: list[Block] = []
    append, kinds, item, paragraph = blocks.append, _KINDS, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH
    for index, group in enumerate(groups):
        if len(group) > 1:
            append(_group_block(index, group))
            continue
        head = group[0]
        marker = head.marker
        kind = kinds.get(marker, item) if marker else paragraph
        append(Block(index, head.text, kind, head.number, head.indent, marker))
    return tuple(blocks)


def _goes_on(group: list[_Line], line: _Line, following: _Line | None, fold: _Fold | None) -> bool:
    """True when ``line`` belongs to the block of ``group`` (no blank line between them)."""
    previous = group[-1]
    if fold is None:
        return _is_fragment(group, line, following) or _same_table(previous, line)
    if _continues(previous, line, fold):
        return True
    return _in_column(previous, line, fold) and _is_fragment(group, line, following)


_MARKDOWN = _Style(markdown=True, lynx=False)
# A converter's backslash after a number's figures ("12\. Juni 2017": html2text escapes a
# number and a stop that could read as a list item's): the stop as the page wrote it, or the
# date parser misses the date. markdownify escapes every underscore and asterisk of the text
# ("(@\_orabora)", "Boil for \*10 minutes"): the character as the page wrote it, or a
# tweet's signature under its quote ("— Name (@handle) date") was read as a date line.
_MARKDOWN_ESCAPE = re.compile(r"(?<=\d)\\(\.)|\\([_*])")


def _escaped(match: re.Match[str]) -> str:
    return match.group(1) or match.group(2)


def _markdown_blocks(lines: list[_Line]) -> tuple[Block, ...]:
    """Blocks of a Markdown dump: a paragraph runs until a blank line, a list item or a
    heading, however the converter wrapped it; link syntax goes once its lines are joined.

    >>> dump = "# Bridge\\n\\nThe [old\\nbridge](/old-\\nbridge) will close.\\n* [Home](/)"
    >>> [b.text for b in _markdown_blocks(_split_lines(dump)[0])]
    ['Bridge', 'The old bridge will close.', 'Home']
    """
    groups: list[list[_Line]] = []
    for line in lines:
        previous = groups[-1][-1] if groups else None
        if (
            previous is not None
            and not line.blank_before
            and previous.marker != "#"
            and line.number != previous.number  # pieces of a flattened line
            and (not line.marker or line.marker == previous.marker == ">")
        ):
            groups[-1].append(line)
        else:
            groups.append([line])
    blocks: list[Block] = []
    for group in groups:
        joined = " ".join(line.text for line in group)
        text = _drop_link_syntax(joined, _MARKDOWN)
        text = " ".join(_MARKDOWN_ESCAPE.sub(_escaped, text).split())
        if text:
            blocks.append(_block(len(blocks), group[0], text, _kind(group[0].marker)))
    return tuple(blocks)


# markdownify writes what a heading holds on one line, its white space squashed: a page left
# inside a heading its HTML never closed is then one line of menus, article and footer that
# no step can take apart (the span took a scrap of the footer: F1 0). A heading line as long
# as a flattened page's line and holding half the page or more is cut as a flattened page's
# line is: at its list items and heading marks (link syntax dropped first), and the part that
# is that long, or holds nearly all of it, into sentences. Measured on the aeb tune pages with
# the body's content put inside an h4 (bench pages made so; no dev dump has such a line):
# markdownify tune mean 0.701 -> 0.832 (html2text 0.941); every dev dump identical. A table
# cell holds a layout page the same way (a cell's line breaks become spaces, its paragraph
# breaks two): cut too (its pages in a cell 0.701 -> 0.907), wcxb markdownify check fell
# 0.7916 -> 0.7909 (-3 +1 pages, tune +5 -2; held out, not read): a row kept whole was right.
_FLAT_HEADING_SHARE = 0.5  # of the page's text
# A Markdown dump flattened onto one line (a crawler's "text" field filled from html2text or
# markdownify, its white space squashed) is one paragraph, no heading: it was read as one
# block, menus, article and footer kept whole (the body was the page). Such a line, holding
# nearly all of the page (FLAT_SHARE), is cut as a flattened heading is; a table row is not
# (see above). Flattened markdown dumps, mean page F1 tune|check, before -> after: html2text
# aeb 0.716|0.603 -> 0.882|0.746, traf 0.676|0.680 -> 0.707|0.686, wcxb 0.690|0.689 ->
# 0.718|0.731, fundus (held out) check 0.619 -> 0.760; markdownify aeb 0.710|0.605 ->
# 0.853|0.772, traf 0.695|0.694 -> 0.779|0.749, wcxb 0.681|0.679 -> 0.714|0.727, fundus check
# 0.624 -> 0.803. The 13 aeb styles and one-line of every set identical.
_INLINE_ITEM = re.compile(r" (?=[*+] \S|#{1,6} \S)")


def _markdown_unflattened(lines: list[_Line], max_blocks: int | None) -> list[_Line]:
    """The lines, with a heading that holds a flattened page cut into pieces (one line each).

    >>> page = "* [Home](/) * [News](/n) " + "The bridge closed on Monday. " * 70
    >>> lines = _markdown_unflattened(_split_lines(f"#### {page}\\n\\nMore.")[0], None)
    >>> [b.text for b in _markdown_blocks(lines)][:3], len(lines)
    (['Home', 'News The bridge closed on Monday.', 'The bridge closed on Monday.'], 72)
    """
    longest = max(lines, key=lambda line: len(line.text), default=None)
    if longest is None or len(longest.text) < _FLAT_LINE:
        return lines
    total = sum(len(line.text) for line in lines)
    least = max(_FLAT_LINE, _FLAT_HEADING_SHARE * total)
    cut: list[_Line] = []
    for line in lines:
        if len(line.text) >= least and (line.marker == "#" or _flat_paragraph(line, total)):
            cut.extend(_flat_heading_pieces(line))
        else:
            cut.append(line)
    if max_blocks is not None and len(cut) > max_blocks:
        return lines
    return cut


def _flat_paragraph(line: _Line, total: int) -> bool:
    """True when ``line``, no table row, holds nearly all of the page (FLAT_SHARE)."""
    return len(line.text) >= FLAT_SHARE * total and not line.text.startswith("|")


def _flat_heading_pieces(line: _Line) -> list[_Line]:
    """A flattened heading's text as lines: one per list item or heading it ran together; the
    part as long as a flattened page's line, or holding nearly all of it, cut into sentences."""
    parts: list[_Line] = []
    # Links go first: a link's text may hold what the page held ("[#### Title Teaser](url)").
    for item in _INLINE_ITEM.split(_drop_link_syntax(line.text, _MARKDOWN)):
        marker, text = _list_marker(item) if item[:1] in _MARKER_START else ("", item)
        text = " ".join(text.split())
        if text:
            parts.append(line._replace(marker=marker, text=text, blank_before=1))
    total = sum(len(part.text) for part in parts)
    pieces: list[_Line] = []
    for part in parts:
        text = part.text
        if len(text) >= _FLAT_LINE or (len(text) >= FLAT_SHARE * total and _has_sentences(text)):
            cut = _sentences(part._replace(marker=""), flat=True)
            pieces.extend([cut[0]._replace(marker=part.marker), *cut[1:]])
        else:
            pieces.append(part)
    return pieces


def _group_block(index: int, group: Sequence[_Line]) -> Block:
    """The block of lines joined back together: a table keeps its rows, prose one line."""
    head = group[0]
    if len(group) == 1:
        return _block(index, head, head.text, _kind(head.marker))
    if _is_table_row(head) and _is_table_row(group[1]):
        return _block(index, head, "\n".join(line.text for line in group), BlockKind.TABLE)
    return _block(index, head, _joined(group), _kind(head.marker))


def _joined(group: Sequence[_Line]) -> str:
    """The lines of one paragraph as one line: a space where a line was folded, none between
    two characters of a script written without spaces (the dump folded it mid-word).

    >>> _joined([_Line(1, 0, "", "日頃から", 0, wide=4), _Line(2, 0, "", "の備え", 0, wide=3)])
    '日頃からの備え'
    """
    if not any(line.wide for line in group[1:]):
        return " ".join(line.text for line in group)
    text = group[0].text
    for line in group[1:]:
        unspaced = line.wide and _is_unspaced(line.text[0]) and _is_unspaced(text[-1])
        text = f"{text}{line.text}" if unspaced else f"{text} {line.text}"
    return text


def _kind(marker: str) -> BlockKind:
    return _KINDS.get(marker, BlockKind.LIST_ITEM) if marker else BlockKind.PARAGRAPH


def _block(index: int, head: _Line, text: str, kind: BlockKind) -> Block:
    # Positional: keyword arguments cost a dataclass's __init__ a third more, once per block
    # of every page.
    return Block(index, text, kind, head.number, head.indent, head.marker)
