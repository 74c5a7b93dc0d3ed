"""Whole-page text dump -> blocks.

Three dump styles are common and one segmenter handles them all:

* "copy all" dumps: one block per line, blank lines between blocks;
* layout dumps from text browsers (inscriptis, ``lynx -dump`` without wrapping): indentation and
  ``* ``/``1.`` list markers, no blank lines between items;
* hard-wrapped dumps (``lynx -dump``, ``w3m -dump``, ``fmt``): paragraphs folded at a fixed width;
  the folded lines are joined back into one block.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from cleaner.blocks import Block, BlockKind

__all__ = ["segment_text"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# "2. Dezember 2016" starts like an ordered-list item but is a (German, Danish ...) date.
_DATE_NOT_MARKER = re.compile(
    r"^\d{1,2}\.\s+(jan|feb|m[äa]r|apr|ma[ij]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|dic|gen|lug|"
    r"ago|set|ott|okt|mei|maj|juni|juli)\w*\.?\s+\d{2,4}\b",
    re.IGNORECASE,
)
_MARKER_START = frozenset("*•◦▪·+-–#[0123456789")
_MARKER = re.compile(r"^([*•◦▪·+\-–]|\d{1,3}[.)]|\[\d{1,3}\]|#)\s+(?=\S)")
# Hard-wrapped dumps fold at a fixed width; "copy all" lines are far longer than this.
_MAX_WRAP_WIDTH = 100
_MIN_WRAP_WIDTH = 40


class _Line(NamedTuple):
    number: int
    indent: int
    marker: str
    text: str
    blank_before: int


def _split_lines(text: str) -> list[_Line]:
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines: list[_Line] = []
    blanks = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        expanded = (raw.expandtabs(4) if "\t" in raw else raw).rstrip()
        content = expanded.lstrip()
        if not content:
            blanks += 1
            continue
        indent = len(expanded) - len(content)
        marker = ""
        if content[0] in _MARKER_START:  # the regex only for lines that may start with one
            match = _MARKER.match(content)
            if match is not None and not _DATE_NOT_MARKER.match(content):
                marker = match.group(1)
                content = content[match.end() :]
        lines.append(_Line(number, indent, marker, content.strip(), blanks))
        blanks = 0
    return lines


def _wrap_width(lines: list[_Line]) -> int | None:
    """The width a hard-wrapped dump was folded at, or None when it is not folded.

    A folded dump has no line much longer than the fold width, and many lines end within
    a few characters of it.
    """
    lengths = sorted(line.indent + len(line.text) for line in lines if not line.marker)
    if len(lengths) < 8:
        return None
    width = lengths[int(len(lengths) * 0.98) - 1]
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH or lengths[-1] > width + 20:
        return None
    near = sum(1 for length in lengths if width - 12 <= length <= width)
    return width if near >= 0.3 * len(lengths) else None


def _continues(previous: _Line, line: _Line, width: int) -> bool:
    """True when ``line`` is the folded tail of ``previous`` in a hard-wrapped dump."""
    if line.blank_before or line.marker:
        return False
    expected_indent = previous.indent + (len(previous.marker) + 1 if previous.marker else 0)
    if line.indent not in (previous.indent, expected_indent):
        return False
    first_word = line.text.split(" ", 1)[0]
    used = previous.indent + (len(previous.marker) + 1 if previous.marker else 0)
    return used + len(previous.text) + 1 + len(first_word) > width


def segment_text(text: str) -> tuple[Block, ...]:
    """Split a text dump into blocks.

    >>> [b.text for b in segment_text("Title\\n\\n  * Home\\n  * News\\nBody text.")]
    ['Title', 'Home', 'News', 'Body text.']
    >>> segment_text("  1. First item").__getitem__(0).marker
    '1.'
    """
    lines = _split_lines(text)
    width = _wrap_width(lines)
    groups: list[list[_Line]] = []
    for line in lines:
        if width is not None and groups and _continues(groups[-1][-1], line, width):
            groups[-1].append(line)
        else:
            groups.append([line])
    blocks = []
    for index, group in enumerate(groups):
        head = group[0]
        blocks.append(
            Block(
                id=index,
                text=" ".join(line.text for line in group),
                kind=BlockKind.LIST_ITEM if head.marker else BlockKind.PARAGRAPH,
                line=head.number,
                indent=head.indent,
                marker=head.marker,
                blank_before=head.blank_before,
            )
        )
    return tuple(blocks)
