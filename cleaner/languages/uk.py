"""Ukrainian: the words of every slot it has (see :mod:`cleaner.languages.words`): its months,
for the date parser (cleaner.datetimes), so far."""

from __future__ import annotations

from cleaner.languages.words import Language

__all__ = ["UKRAINIAN"]

UKRAINIAN = Language(
    code="uk",
    phrases={
        # The comment box's own words (WordPress's, in its translations).
        "comment_prompt": (
            r"^((залишити|залиште|додати|написати|напишіть) коментар)[.!:]?$|"
            r"\bскасувати відповідь\b"
        ),
        "comment_action": r"відповісти|поскаржитися",
        "related_header": (
            r"читайте (також|теж)|дивіться також|(схожі|популярні|інші) (статті|новини|"
            r"матеріали|публікації)|найпопулярніше"
            # A blog's recent-posts box.
            r"|останні записи"
            # More boxes' labels.
            r"|(новини )?за темою|по темі|вас може зацікавити"
        ),
        "key_points_header": r"коротко про головне|коротко|ключові моменти",
    },
    # Day first, the month in the genitive ("14 лютого 2022"), or the nominative.
    months=(
        ("січня", "січень"),
        ("лютого", "лютий"),
        ("березня", "березень"),
        ("квітня", "квітень"),
        ("травня", "травень"),
        ("червня", "червень"),
        ("липня", "липень"),
        ("серпня", "серпень"),
        ("вересня", "вересень"),
        ("жовтня", "жовтень"),
        ("листопада", "листопад"),
        ("грудня", "грудень"),
    ),
)
