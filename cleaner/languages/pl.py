"""Polish: the words of every slot it has (see :mod:`cleaner.languages.words`)."""

from __future__ import annotations

from cleaner.languages.words import Language

__all__ = ["POLISH"]

POLISH = Language(
    code="pl",
    phrases={
        # The comment box's own words (WordPress's, in its translations).
        "comment_prompt": (
            r"^((dodaj|napisz|zostaw) komentarz)[.!:]?$|"
            r"\banuluj pisanie odpowiedzi\b"
        ),
        "comment_action": r"odpowiedz|zgłoś",
        "related_header": (
            r"(czytaj|przeczytaj|zobacz) (też|także|również)|(podobne|powiązane) (artykuły|wpisy)|"
            r"najczęściej czytane|polecane artykuły"
            # A blog's recent-posts box.
            r"|najnowsze wpisy|ostatnie wpisy"
            # A box of one source's or region's stories (as English "More from ...").
            r"|więcej (o|z|na temat):? [^.!?]{1,40}"
        ),
        "breadcrumb_root": r"strona g[łl][óo]wna",
        "advertisement": r"reklama",
        "byline_by": r"przez",
        "name_and": r"i",
        "key_points_header": r"w skrócie|najważniejsze informacje",
    },
    # Day first, the month in the genitive ("14 lutego 2022"), or the nominative.
    months=(
        ("stycznia", "styczeń"),
        ("lutego", "luty"),
        ("marca", "marzec"),
        ("kwietnia", "kwiecień"),
        ("maja", "maj"),
        ("czerwca", "czerwiec"),
        ("lipca", "lipiec"),
        ("sierpnia", "sierpień"),
        ("września", "wrzesień"),
        ("października", "październik"),
        ("listopada", "listopad"),
        ("grudnia", "grudzień"),
    ),
)
