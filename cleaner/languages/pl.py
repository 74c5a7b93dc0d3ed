"""Polish: the words of every slot it has (see :mod:`cleaner.languages.words`)."""

from __future__ import annotations

from cleaner.languages.words import Language

__all__ = ["POLISH"]

POLISH = Language(
    code="pl",
    phrases={
        "breadcrumb_root": r"strona g[łl][óo]wna",
        "advertisement": r"reklama",
        "byline_by": r"przez",
        "name_and": r"i",
    },
)
