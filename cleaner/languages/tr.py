"""Turkish: the words of every slot it has (see :mod:`cleaner.languages.words`): its months,
for the date parser (cleaner.datetimes), so far."""

from __future__ import annotations

from cleaner.languages.words import Language

__all__ = ["TURKISH"]

TURKISH = Language(
    code="tr",
    phrases={
        "related_header": (
            r"ilgili haberler|benzer haberler|çok okunanlar|bunlar da ilginizi çekebilir"
            # A blog's recent-posts box.
            r"|son yazılar"
        ),
        "key_points_header": r"kısaca|özetle",
    },
    # "14 Şubat 2022"
    months=(
        ("ocak",),
        ("şubat",),
        ("mart",),
        ("nisan",),
        ("mayıs",),
        ("haziran",),
        ("temmuz",),
        ("ağustos",),
        ("eylül",),
        ("ekim",),
        ("kasım",),
        ("aralık",),
    ),
)
