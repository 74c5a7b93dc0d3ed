"""Swedish: the words of every slot it has (see :mod:`cleaner.languages.words`)."""

from __future__ import annotations

from cleaner.languages.words import Language

__all__ = ["SWEDISH"]

SWEDISH = Language(
    code="sv",
    phrases={
        # The comment box's own words (WordPress's, in its translations).
        "comment_prompt": (
            r"^(lämna (en kommentar|ett svar)|skriv en kommentar)[.!:]?$|"
            r"\bavbryt svar\b"
        ),
        "comment_action": r"svara",
        "related_header": (
            r"läs (också|även)|relaterade (artiklar|nyheter)|mest (lästa|delade)"
            # A blog's recent-posts box.
            r"|senaste inläggen"
            # A box of one source's or region's stories (as English "More from ...").
            r"|mer (om|från):? [^.!?]{1,40}"
        ),
        "breadcrumb_root": r"hem|startsida",
        "byline_by": r"av",
        "name_and": r"och",
        "key_points_header": r"i korthet|kortfattat|i korta drag",
    },
    months=(
        ("januari",),
        ("februari",),
        ("mars",),
        ("april",),
        ("maj",),
        ("juni",),
        ("juli",),
        ("augusti",),
        ("september",),
        ("oktober",),
        ("november",),
        ("december",),
    ),
)
