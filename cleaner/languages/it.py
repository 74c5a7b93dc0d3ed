"""Italian: the words of every slot it has (see :mod:`cleaner.languages.words`)."""

from __future__ import annotations

from cleaner.languages.words import Language

__all__ = ["ITALIAN"]

ITALIAN = Language(
    code="it",
    phrases={
        "share_button": r"condividi",
        "advertisement": r"pubblicit[àa]",
        "related_header": r"leggi anche|articoli correlati",
        "teaser_label": r"leggi anche",
        "teaser_end": r"continua(re)? a leggere",
    },
)
