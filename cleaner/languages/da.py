"""Danish: the words of every slot it has (see :mod:`cleaner.languages.words`)."""

from __future__ import annotations

from cleaner.languages.words import Language

__all__ = ["DANISH"]

DANISH = Language(
    code="da",
    phrases={
        # The comment box's own words (WordPress's, in its translations).
        "comment_prompt": (
            r"^(skriv (en kommentar|et svar)|efterlad en kommentar)[.!:]?$|"
            r"\bannuller svar\b"
        ),
        "related_header": (
            r"læs også|relaterede (artikler|nyheder)|mest læste"
            # A blog's recent-posts box.
            r"|seneste indlæg"
            # A box of one source's or region's stories (as English "More from ...").
            r"|mere (om|fra):? [^.!?]{1,40}"
        ),
        "breadcrumb_root": r"forside",
        "byline_by": r"af",
        "name_and": r"og",
        "key_points_header": r"kort fortalt|kort sagt",
    },
    months=(
        ("januar",),
        ("februar",),
        ("marts",),
        ("april",),
        ("maj",),
        ("juni",),
        ("juli",),
        ("august",),
        ("september",),
        ("oktober",),
        ("november",),
        ("december",),
    ),
)
