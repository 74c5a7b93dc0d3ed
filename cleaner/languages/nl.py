"""Dutch: the words of every slot it has (see :mod:`cleaner.languages.words`)."""

from __future__ import annotations

from cleaner.languages.words import Language

__all__ = ["DUTCH"]

DUTCH = Language(
    code="nl",
    phrases={
        # The comment box's own words (WordPress's, in its translations).
        "comment_policy": r"^reacties zijn gesloten[.!]?$",
        "related_header": (
            r"lees ook|gerelateerde (artikelen|berichten)|meest gelezen|ook interessant"
            # A blog's recent-posts box.
            r"|recente berichten"
            # A box of one source's or region's stories (as English "More from ...").
            r"|meer (over|van|uit):? [^.!?]{1,40}"
            # More boxes' labels.
            r"|meer nieuws|gerelateerd nieuws|dit vind je misschien ook leuk"
        ),
        "breadcrumb_root": r"home|startpagina",
        "comment_prompt": r"^(geef|laat) een reactie( achter)?\b|\breactie annuleren\b",
        "byline_verb": r"geplaatst|geschreven",
        "byline_by": r"door",
        "name_and": r"en",
        "name_particle": r"van|der|den|de|ten|ter",
        "name_title": r"dhr|mevr|dr|prof",
        "published_label": r"gepubliceerd",
        "date_bound": r"sinds|vanaf",
        "date_example": r"bijvoorbeeld|bijv\.|bv\.",
        "date_cited": r"geraadpleegd op",
        "modified_label": r"bijgewerkt",
        "key_points_header": r"in het kort|kort samengevat|belangrijkste punten",
    },
    months=(
        ("januari",),
        ("februari",),
        ("maart",),
        ("april",),
        ("mei",),
        ("juni",),
        ("juli",),
        ("augustus",),
        ("september",),
        ("oktober",),
        ("november",),
        ("december",),
    ),
    # "12 mrt 2021"; the others are English's or German's ("okt").
    month_abbreviations=(
        (),
        (),
        ("mrt",),
        (),
        (),
        (),
        (),
        (),
        (),
        (),
        (),
        (),
    ),
)
