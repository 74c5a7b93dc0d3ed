"""Which language a text is in: a stop-word test for English, py3langid for the rest.

The langid model is read-only data loaded once per process on first use (it takes about a
second to load), so it is cached on the loader function rather than held as state.
"""

from __future__ import annotations

import functools
import re

__all__ = ["guess_language"]

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


def words(text: str) -> list[str]:
    return _WORD.findall(text)
