"""What cleaner knows about languages: one module per language, holding all of its words.

Each module (``en.py``, ``de.py``, ...) defines one :class:`~cleaner.languages.words.Language`
whose phrases fill the slots the rules are written with (:data:`~.words.SLOTS`). A rule
reads a slot through :func:`alternatives`, the words of every language at once: pages mix
languages (an English menu over a German article), so no rule is limited to the page's own.
``identify`` tells a text's language, ``stopwords`` gives jusText's stop-word lists.
README.md, "Adding a language", says how to add one.

>>> "datenschutz" in alternatives("privacy_link")
True
"""

from __future__ import annotations

from cleaner.languages.cs import CZECH
from cleaner.languages.da import DANISH
from cleaner.languages.de import GERMAN
from cleaner.languages.en import ENGLISH
from cleaner.languages.es import SPANISH
from cleaner.languages.fr import FRENCH
from cleaner.languages.it import ITALIAN
from cleaner.languages.nl import DUTCH
from cleaner.languages.no import NORWEGIAN
from cleaner.languages.pl import POLISH
from cleaner.languages.pt import PORTUGUESE
from cleaner.languages.ru import RUSSIAN
from cleaner.languages.sv import SWEDISH
from cleaner.languages.tr import TURKISH
from cleaner.languages.uk import UKRAINIAN
from cleaner.languages.words import SLOTS, Language

__all__ = ["LANGUAGES", "SPACED_COLON", "Language", "alternatives", "words"]

# The languages whose words the rules know; English first, as most pages are.
LANGUAGES: tuple[Language, ...] = (
    ENGLISH, GERMAN, FRENCH, SPANISH, ITALIAN, DUTCH, PORTUGUESE, DANISH, SWEDISH, POLISH,
    CZECH, NORWEGIAN, TURKISH, RUSSIAN, UKRAINIAN,
)  # fmt: skip

# Codes of the languages that put a space before a colon (Language.spaced_colon).
SPACED_COLON: frozenset[str] = frozenset(lang.code for lang in LANGUAGES if lang.spaced_colon)


def alternatives(slot: str) -> str:
    """A regular-expression alternation of every language's phrases for ``slot``.

    >>> alternatives("advertisement").split("|(?:")[1:5]
    ['anzeige|werbung)', 'publicit[ée])', 'publicidad)', 'pubblicit[àa])']
    """
    if slot not in SLOTS:
        raise KeyError(f"no slot {slot!r} (see cleaner/languages/words.py)")
    return "|".join(f"(?:{lang.phrases[slot]})" for lang in LANGUAGES if slot in lang.phrases)


def words(slot: str) -> tuple[str, ...]:
    """Every language's words for a slot whose phrases are plain words separated by "|".

    >>> words("name_and")[:4]
    ('and', 'und', 'u.', 'et')
    """
    found: dict[str, None] = {}
    for language in LANGUAGES:
        for word in language.phrases.get(slot, "").split("|"):
            if word:
                found.setdefault(word.replace("\\.", "."))
    return tuple(found)
