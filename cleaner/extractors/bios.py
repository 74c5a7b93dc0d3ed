"""Author bios: "Jane Doe is a reporter for ... covering ..." at the foot of an article."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import Mark, Page
from cleaner.languages import alternatives
from cleaner.reasons import Reason

__all__ = ["BioExtractor"]


@dataclass(frozen=True, slots=True)
class BioSettings:
    """The bios step's word limit (fd6adaa; no figure recorded)."""

    # An author bio is a sentence or two; a longer block is the article's prose.
    max_words: int = 80


SETTINGS = BioSettings()

# A name, then the bio in any language: "is a reporter for ...", "ist Redakteurin bei ...".
_BIO = re.compile(rf"^(?:[A-Z][\w'’.-]+\s+){{1,3}}(?:{alternatives('bio')})")


@dataclass(frozen=True)
class BioExtractor:
    """Mark short biographies of the author.

    Before: [p "... the council said."] [p "Meg James is a corporate media reporter for the
            Los Angeles Times, covering the business of television."]
    After:  [p "... the council said."] [p "Meg James is ..." -> removed: author_bio]
    """

    name: ClassVar[str] = "bios"

    def run(self, page: Page) -> Page:
        bios = (
            Mark(b.id, Reason.AUTHOR_BIO, self.name)
            for b in page.blocks
            if b.words <= SETTINGS.max_words and b.id not in page.marks and _BIO.match(b.text)
        )
        return page.with_marks(bios)
