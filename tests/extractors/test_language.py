"""LanguageExtractor: the ISO 639-1 code of the page's prose."""

from __future__ import annotations

from cleaner.blocks import Block, Page
from cleaner.extractors.language import LanguageExtractor

GERMAN = (
    "Der Bundestag hat am Donnerstag ein Gesetz beschlossen, das die Förderung von Radwegen in "
    "den Städten deutlich erhöht."
)


def _language(*texts: str) -> str | None:
    page = Page("test", "text", tuple(Block(i, t) for i, t in enumerate(texts)))
    field = LanguageExtractor().run(page).fields.get("language")
    if field is None:
        return None
    assert field.source == "text:langid"
    return str(field.value)


def test_docstring_example() -> None:
    assert _language(GERMAN) == "de"


def test_english_and_french() -> None:
    assert _language("The council voted on Monday to close the bridge for repairs.") == "en"
    assert (
        _language(
            "Le gouvernement a annoncé jeudi que les très petites entreprises pourraient "
            "bénéficier du bouclier tarifaire."
        )
        == "fr"
    )


def test_too_little_text_gives_no_language() -> None:
    assert _language("OK") is None
    assert _language("Home", "News") is None


def test_short_english_menu_items_do_not_outvote_the_prose() -> None:
    menu = ["Home", "Sign in", "Subscribe", "Share on Facebook", "Privacy Policy", "Contact us"]
    assert _language(*menu, GERMAN) == "de"
