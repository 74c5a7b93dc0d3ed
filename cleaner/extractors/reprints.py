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
_HAS_SEPARATOR = re.compile(r"[|·•/,]|\s-\s")
_ACTION_WORDS = frozenset(
    "print email e-mail share tweet save comment comments reprints reprint bookmark "
    "text size font a a+ a- copy link more gift article listen photo article".split()
) | {service.lower() for service in SHARE_SERVICES}


def _is_action_row(block: Block) -> bool:
    """A row of two or more short action words separated by | · • or commas."""
    if block.words > SETTINGS.action_row or not _HAS_SEPARATOR.search(block.text):
        return False
    parts = [p.strip().lower() for p in _SEPARATORS.split(block.text) if p.strip()]
    if len(parts) < 2:
        return False
    return all(any(w in _ACTION_WORDS for w in part.split()) for part in parts)


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
