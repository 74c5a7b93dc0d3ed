"""Reprint, print, e-mail and share lines ("Photo reprints | Article reprints")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import Block, Mark, Page
from cleaner.extractors.rules import RuleSet, marks_for, rule
from cleaner.languages.services import SHARE_SERVICES
from cleaner.reasons import Reason

__all__ = ["ReprintExtractor"]


@dataclass(frozen=True, slots=True)
class ReprintSettings:
    """The reprints step's word limits (first text pipeline, 790ddd1; no figure recorded)."""

    # A reprint line is a label or a row of links.
    reprint_line: int = 10
    # A row of actions (Print | Email | Share) is a few words.
    action_row: int = 10


SETTINGS = ReprintSettings()

_RULES = RuleSet.of(
    rule(Reason.REPRINT_LINE,
         r"^reprints?\s*$|\b(photo|article|order|buy|purchase|request)s? reprints?\b|"
         r"\breprints? (and|&|\|) permissions\b|\breprint rights\b|\blicens(e|ing) (this|our) "
         r"(content|article|photo)\b|\bpermissions?\b.*\breprint", SETTINGS.reprint_line),
)  # fmt: skip
_SEPARATORS = re.compile(r"\s*(?:\||·|•|/|,|\s-\s)\s*")
# A separator a row holds, in two looks: re tried the alternation "[|·•/,]|\s-\s" at every
# character of every short line, where a class alone is skipped to in C, and a spaced dash
# needs a "-" (a pass over the aeb dumps: blocks 2,386.5 -> 2,373.5 M instructions,
# inscriptis 2,415.6 -> 2,402.9 M).
_SEPARATOR_CHAR = re.compile(r"[|·•/,]")
_SPACED_DASH = re.compile(r"\s-\s")
_ACTION_WORDS = frozenset(
    "print email e-mail share tweet save comment comments reprints reprint bookmark "
    "text size font a a+ a- copy link more gift article listen photo article".split()
) | {service.lower() for service in SHARE_SERVICES}


def _is_action_row(block: Block) -> bool:
    """A row of two or more actions separated by | · • or commas, each part mostly action
    words ("Print | Email | Share", "Text size A+ | A-").

    One action word per part was not enough: "a", "more", "copy" and "link" are common words,
    and a headline or a sentence with a comma passed ("Which Consumes More Power, a PC or a
    Laptop?", "Send more relevant emails, earn more revenue"). On the tune halves of the
    dumps the rule took no real action row (chrome's share prompt takes those first), only
    such lines: 14 on aeb, traf and wcxb blocks, and none is taken now (nor any line of the
    eight shipped dump sets). Tune|check, before -> after: wcxb blocks 0.79158|0.79645 ->
    0.79160|0.79649 (+5 -0 | +4 -1 pages), inscriptis 0.79948|0.80783 -> 0.79950|0.80788
    (+5 -0 | +4 -1); fundus, held out, blocks 0.90277|0.91148 -> 0.90276|0.91153 (-1 | +1
    -1), inscriptis 0.90729|0.91336 -> 0.90729|0.91341 (-1 | +1 -1); aeb and traf identical.

    >>> _is_action_row(Block(0, "Print | Email | Share"))
    True
    >>> _is_action_row(Block(0, "Which Consumes More Power, a PC or a Laptop?"))
    False
    """
    text = block.text
    if block.words > SETTINGS.action_row or not (
        _SEPARATOR_CHAR.search(text) or ("-" in text and _SPACED_DASH.search(text))
    ):
        return False
    parts = [p.strip().lower() for p in _SEPARATORS.split(text) if p.strip()]
    if len(parts) < 2:
        return False
    return all(_is_action(part.split()) for part in parts)


def _is_action(words: list[str]) -> bool:
    """True when most of a part's words (more than half) are action words."""
    return 2 * sum(word in _ACTION_WORDS for word in words) > len(words)


@dataclass(frozen=True)
class ReprintExtractor:
    """Mark reprint/print/e-mail/share rows.

    Before: [p "Photo reprints | Article reprints"] [p "Print | Email | Share"]
    After:  [... -> removed: reprint_line] [... -> removed: action_row]
    """

    name: ClassVar[str] = "reprints"
    rules: ClassVar[RuleSet] = _RULES

    def run(self, page: Page) -> Page:
        page = page.with_marks(marks_for(page, self.rules, self.name))
        rows = (
            Mark(b.id, Reason.ACTION_ROW, self.name)
            for b in page.blocks
            if b.id not in page.marks and _is_action_row(b)
        )
        return page.with_marks(rows)
