"""Language guess and stop-word lists.

Both are read-only data loaded once per process on first use (the langid model takes about
a second to load), so they are cached on the loader functions rather than held as state.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

__all__ = ["STOPLIST_NAMES", "guess_language", "stopwords"]

# ISO 639-1 -> jusText stop-list name, for the languages we score prose in.
STOPLIST_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "sv": "Swedish", "da": "Danish", "no": "Norwegian_Bokmal",
    "fi": "Finnish", "pl": "Polish", "cs": "Czech", "sk": "Slovak", "hu": "Hungarian",
    "ro": "Romanian", "ru": "Russian", "uk": "Ukrainian", "tr": "Turkish", "el": "Greek",
    "id": "Indonesian", "ca": "Catalan", "hr": "Croatian", "sl": "Slovenian", "bg": "Bulgarian",
    "lt": "Lithuanian", "lv": "Latvian", "et": "Estonian", "vi": "Vietnamese", "sr": "Serbian",
}  # fmt: skip
_WORD = re.compile(r"\w+")
# Enough text to identify a language; more only costs time.
_LANGID_CHARS = 600


@functools.cache
def _identifier() -> object:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def guess_language(text: str, *, min_chars: int = 40) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when there is too little to tell.

    >>> guess_language("Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen.")
    'de'
    >>> guess_language("ok") is None
    True
    """
    sample = text[:_LANGID_CHARS]
    if len(sample.strip()) < min_chars:
        return None
    if _is_clearly_english(sample):
        return "en"
    code, probability = _identifier().classify(sample)  # type: ignore[attr-defined]
    return str(code) if probability >= 0.5 else None


def _is_clearly_english(sample: str) -> bool:
    """A cheap first look: prose with this many English function words is English.

    Most pages are English; this saves the statistical model for the rest. The words are
    ones other languages do not share (not "a", "in", "die", "do").
    """
    words = sample.lower().split()
    hits = sum(map(_ENGLISH_MARKERS.__contains__, words))
    return len(words) >= 30 and hits / len(words) >= 0.12


_ENGLISH_MARKERS = frozenset(
    "the and of to is that for with was this are have from by be not it's which were their "
    "has been would they will said but its".split()
)


@functools.cache
def stopwords(language: str | None) -> frozenset[str]:
    """Lower-cased stop words of ``language`` (English when unknown or unsupported).

    >>> "the" in stopwords("en"), "und" in stopwords("de")
    (True, True)
    """
    name = STOPLIST_NAMES.get(language or "en", "English")
    return frozenset(line.decode("utf-8").lower() for line in _stoplist(name).splitlines())


def _stoplist(name: str) -> bytes:
    """jusText's stop list ``name``, read as a data file.

    Importing jusText would import its HTML cleaner, which needs ``lxml_html_clean``: a package
    only pulled in by an extra that older pips do not resolve, and that cleaner has no use for.
    """
    spec = importlib.util.find_spec("justext")  # finds the package without running it
    locations = spec.submodule_search_locations if spec is not None else None
    if not locations:
        raise ImportError("the jusText package (its stop lists) is not installed")
    return (Path(next(iter(locations))) / "stoplists" / f"{name}.txt").read_bytes()


def words(text: str) -> list[str]:
    return _WORD.findall(text)
