"""Turkish: the words of every slot it has (see :mod:`cleaner.languages.words`): its months,
for the date parser (cleaner.datetimes), so far."""

from __future__ import annotations

from cleaner.languages.words import Language

__all__ = ["TURKISH"]

TURKISH = Language(
    code="tr",
    phrases={
        # The comment box's own words (WordPress's, in its translations).
        "comment_prompt": r"^((bir )?(yanıt|yorum) (yazın|yap|bırakın))[.!:]?$|\byanıtı iptal et\b",
        "comment_action": r"yanıtla|cevapla",
        "related_header": (
            r"ilgili haberler|benzer haberler|çok okunanlar|bunlar da ilginizi çekebilir"
            # A blog's recent-posts box.
            r"|son yazılar"
            # More boxes' labels.
            r"|ilginizi çekebilir|bunları da okuyun"
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
