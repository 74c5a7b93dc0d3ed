"""Portuguese: the words of every slot it has (see :mod:`cleaner.languages.words`)."""

from __future__ import annotations

from cleaner.languages.words import Language

__all__ = ["PORTUGUESE"]

PORTUGUESE = Language(
    code="pt",
    phrases={
        "byline_verb": r"publicado|escrito",
        "byline_by": r"por",
        "name_and": r"e",
        "name_particle": r"da|dos|das|de",
        "date_of": r"de",
        "date_bound": r"desde|até",
    },
    months=(
        ("janeiro",),
        ("fevereiro",),
        ("março",),
        ("abril",),
        ("maio",),
        ("junho",),
        ("julho",),
        ("agosto",),
        ("setembro",),
        ("outubro",),
        ("novembro",),
        ("dezembro",),
    ),
)
