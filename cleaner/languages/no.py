"""Norwegian: the words of every slot it has (see :mod:`cleaner.languages.words`): its months,
for the date parser (cleaner.datetimes), so far."""

from __future__ import annotations

from cleaner.languages.words import Language

__all__ = ["NORWEGIAN"]

NORWEGIAN = Language(
    code="no",
    phrases={
        # The comment box's own words (WordPress's, in its translations).
        "comment_prompt": (
            r"^(legg igjen (en kommentar|et svar)|skriv en kommentar)[.!:]?$|"
            r"\bavbryt svar\b"
        ),
        "related_header": (
            r"les også|relaterte (artikler|saker)|mest lest"
            # A blog's recent-posts box.
            r"|siste innlegg"
            # A box of one source's or region's stories (as English "More from ...").
            r"|mer (om|fra):? [^.!?]{1,40}"
        ),
        "key_points_header": r"kort fortalt|i korte trekk",
    },
    # "14. desember 2022"; the others are Danish's or German's too.
    months=(
        ("januar",),
        ("februar",),
        ("mars",),
        ("april",),
        ("mai",),
        ("juni",),
        ("juli",),
        ("august",),
        ("september",),
        ("oktober",),
        ("november",),
        ("desember",),
    ),
)
