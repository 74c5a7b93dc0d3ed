"""Stop-word lists: jusText's lists for 30 languages, read as data files.

Read-only data loaded once per process on first use, so cached on the loader function rather
than held as state.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

__all__ = ["STOPLIST_NAMES", "stopwords"]

# ISO 639-1 -> jusText stop-list name, for the languages we score prose in.
STOPLIST_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "sv": "Swedish", "da": "Danish", "no": "Norwegian_Bokmal",
    "fi": "Finnish", "pl": "Polish", "cs": "Czech", "sk": "Slovak", "hu": "Hungarian",
    "ro": "Romanian", "ru": "Russian", "uk": "Ukrainian", "tr": "Turkish", "el": "Greek",
    "id": "Indonesian", "ca": "Catalan", "hr": "Croatian", "sl": "Slovenian", "bg": "Bulgarian",
    "lt": "Lithuanian", "lv": "Latvian", "et": "Estonian", "vi": "Vietnamese", "sr": "Serbian",
}  # fmt: skip


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
