"""Guess the page's language from its longer blocks (fills ``language``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import Field, Page
from cleaner.config import CleanerConfig
from cleaner.language import guess_language

__all__ = ["LanguageExtractor"]


@dataclass(frozen=True)
class LanguageExtractor:
    """Fill ``language`` with the ISO 639-1 code of the page's prose.

    Before: [p "Der Bundestag hat am Donnerstag ein Gesetz beschlossen, das ..."]
    After:  language = "de" (source "text:langid")

    Only blocks of eight words or more are used: menus and buttons are often in English on
    pages that are not.
    """

    name: ClassVar[str] = "language"

    def run(self, page: Page, config: CleanerConfig) -> Page:
        sample = " ".join(b.text for b in page.blocks if b.words >= 8)
        code = guess_language(sample or " ".join(b.text for b in page.blocks))
        if code is None:
            return page
        return page.with_field("language", Field(code, source="text:langid"))
