"""Photo credits and captions that carry one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import BlockKind, Mark, Page
from cleaner.config import CleanerConfig
from cleaner.extractors.rules import RuleSet, marks_for, rule

__all__ = ["CaptionExtractor"]

PHOTO_CREDIT = "photo_credit"
CAPTION_WITH_CREDIT = "caption_with_credit"
MARKUP_CAPTION = "markup_caption"

_AGENCIES = (
    r"(AP|AFP|Reuters|Getty( Images)?|EPA|dpa|Shutterstock|iStock(photo)?|Bloomberg|Xinhua|ANP|"
    r"PA|Alamy|Imago|Keystone)"
)
_RULES = RuleSet.of(
    # A credit alone on its line: "Courtesy of French army", "Photo: Jane Doe/Reuters".
    rule(PHOTO_CREDIT, r"^(\(?(photo|image|picture|foto|bild|video|illustration|graphic|"
         r"credit|quelle|source)s?( credit)?( by| courtesy( of)?)?\s*[:/|©]|courtesy( of|"
         r" photo)?\b|"
         r"\(?(photo|image|foto|bild)s? by\b|©|\(c\)\s|file photo\b)", 10),
    rule(PHOTO_CREDIT, rf"^[\w .'’-]{{0,40}}\s*[/|]\s*{_AGENCIES}\b[\w .]{{0,20}}$|^{_AGENCIES}"
         r"( photo)?$|^(getty|ap|afp|reuters|epa|dpa) ?(images|photos?)?\s*$", 8),
    # A caption that ends in a credit: "... Monday. (AP Photo/Jane Doe)", "[LARA CERRI | Times]".
    rule(CAPTION_WITH_CREDIT, rf"\((\w+ )?{_AGENCIES}\b[^()]{{0,60}}\)$|\((photo|image|foto|bild|"
         r"credit)s?[:/ ][^()]{1,60}\)$|\[[A-Z][A-Z .'’-]+\s*\|\s*[^\]]{1,30}\]$|"
         rf"(photo|image|foto|bild)s?:\s*[^.]{{1,50}}$|/\s*{_AGENCIES}( via getty images)?$", 80,
         needles=") ] photo image foto bild /"),
)  # fmt: skip


@dataclass(frozen=True)
class CaptionExtractor:
    """Mark photo credits, and captions that end with one.

    Before: [p "Courtesy of French army"]
            [p "Soldiers fire at enemy positions on Thursday. (AP Photo/Jane Doe)"]
    After:  [... -> removed: photo_credit] [... -> removed: caption_with_credit]

    HTML ``<figcaption>`` blocks are captions whatever their text says.
    """

    name: ClassVar[str] = "captions"

    def run(self, page: Page, config: CleanerConfig) -> Page:
        page = page.with_marks(marks_for(page, _RULES, self.name))
        figures = (
            Mark(b.id, MARKUP_CAPTION, self.name)
            for b in page.blocks
            if b.kind is BlockKind.CAPTION and b.id not in page.marks
        )
        return page.with_marks(figures)
