"""Russian: the words of every slot it has (see :mod:`cleaner.languages.words`): its months,
for the date parser (cleaner.datetimes), so far."""

from __future__ import annotations

from cleaner.languages.words import Language

__all__ = ["RUSSIAN"]

RUSSIAN = Language(
    code="ru",
    phrases={
        # The comment box's own words (WordPress's, in its translations).
        "comment_prompt": (
            r"^((оставить|оставьте|добавить|написать|напишите) комментарий)[.!:]?$|"
            r"\bотменить ответ\b"
        ),
        "comment_action": r"ответить|пожаловаться",
        "related_header": (
            r"читайте (также|тоже)|смотрите также|(похожие|популярные|другие) (статьи|новости|"
            r"материалы|публикации)|самое (читаемое|популярное)"
            # A blog's recent-posts box.
            r"|последние записи|свежие записи"
            # More boxes' labels.
            r"|(ещё|еще|новости) по теме|по теме|вам может быть интересно"
        ),
        "key_points_header": r"коротко о главном|кратко|ключевые моменты",
    },
    # Day first, the month in the genitive ("14 февраля 2022 г."), or the nominative.
    months=(
        ("января", "январь"),
        ("февраля", "февраль"),
        ("марта", "март"),
        ("апреля", "апрель"),
        ("мая", "май"),
        ("июня", "июнь"),
        ("июля", "июль"),
        ("августа", "август"),
        ("сентября", "сентябрь"),
        ("октября", "октябрь"),
        ("ноября", "ноябрь"),
        ("декабря", "декабрь"),
    ),
)
