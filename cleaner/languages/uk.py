"""Ukrainian: the words of every slot it has (see :mod:`cleaner.languages.words`): its months,
for the date parser (cleaner.datetimes), so far."""

from __future__ import annotations

from cleaner.languages.words import Language

__all__ = ["UKRAINIAN"]

UKRAINIAN = Language(
    code="uk",
    phrases={
        "related_header": (
            r"читайте (також|теж)|дивіться також|(схожі|популярні|інші) (статті|новини|"
            r"матеріали|публікації)|найпопулярніше"
            # A blog's recent-posts box.
            r"|останні записи"
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
