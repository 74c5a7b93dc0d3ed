"""Author bios: "Jane Doe is a reporter for ... covering ..." at the foot of an article."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import Mark, Page
from cleaner.config import CleanerConfig
from cleaner.reasons import Reason

__all__ = ["BioExtractor"]

_MAX_WORDS = 80
_ROLES = (
    r"(reporter|writer|editor|correspondent|contributor|columnist|journalist|author|freelancer?|"
    r"host|producer|critic|analyst|blogger|photographer|intern|fellow|anchor|novelist|expert|"
    r"consultant|founder|co-founder)"
)
_BIO = re.compile(
    rf"^(?:[A-Z][\w'’.-]+\s+){{1,3}}(?:\(@\w+\)\s+)?(?:is|was|has been|covers|writes)\s+"
    rf"(?:(?:a|an|the)\s+)?(?:[\w/'’&-]+\s+){{0,6}}{_ROLES}s?\b"
    r"|^(?:[A-Z][\w'’.-]+\s+){1,3}(?:ist|est|es)\s+(?:\w+\s+){0,4}(?i:redakteur|reporter|"
    r"korrespondent|autor|journaliste?|rédact|periodista|redactor|\S*experte|berater|gründer|"
    r"inhaber|bloggerin|blogger|fotograf)",
)


@dataclass(frozen=True)
class BioExtractor:
    """Mark short biographies of the author.

    Before: [p "... the council said."] [p "Meg James is a corporate media reporter for the
            Los Angeles Times, covering the business of television."]
    After:  [p "... the council said."] [p "Meg James is ..." -> removed: author_bio]
    """

    name: ClassVar[str] = "bios"

    def run(self, page: Page, config: CleanerConfig) -> Page:
        bios = (
            Mark(b.id, Reason.AUTHOR_BIO, self.name)
            for b in page.blocks
            if b.words <= _MAX_WORDS and b.id not in page.marks and _BIO.match(b.text)
        )
        return page.with_marks(bios)
