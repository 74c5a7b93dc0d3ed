"""Guess the page's language from its longer blocks (fills ``language``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import Field, Page
from cleaner.config import CleanerConfig
from cleaner.languages.identify import guess_language

__all__ = ["LanguageExtractor"]


# More text than the identifier reads; stop collecting there.
_SAMPLE_CHARS = 3000


def _long_blocks(page: Page) -> list[str]:
    texts, total = [], 0
    for block in page.blocks:
        if block.words >= 8:
            texts.append(block.text)
            total += len(block.text)
            if total > _SAMPLE_CHARS:
                break
    return texts


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
        declared = page.fields.get("language")
        if declared is not None and declared.rank > 0:
            return page  # the markup said it (<html lang>, JSON-LD inLanguage)
        sample = " ".join(_long_blocks(page))
        code = guess_language(sample or " ".join(b.text for b in page.blocks))
        if code is None:
            return page
        return page.with_field("language", Field(code, source="text:langid"))
