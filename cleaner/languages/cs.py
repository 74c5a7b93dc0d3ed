"""Czech: the words of every slot it has (see :mod:`cleaner.languages.words`): its months,
for the date parser (cleaner.datetimes), so far."""

from __future__ import annotations

from cleaner.languages.words import Language

__all__ = ["CZECH"]

CZECH = Language(
    code="cs",
    phrases={
        # The comment box's own words (WordPress's, in its translations).
        "comment_prompt": r"^((napsat|přidat|napište) komentář)[.!:]?$|\bzrušit odpověď\b",
        "comment_action": r"odpovědět|nahlásit",
        "related_header": (
            r"čtěte (také|též)|související (články|zprávy)|další články|nejčtenější"
            # A blog's recent-posts box.
            r"|nejnovější příspěvky"
            # More boxes' labels.
            r"|mohlo by vás zajímat|související"
        ),
        "key_points_header": r"ve zkratce|stručně|klíčové body",
    },
    # Day first, the month in the genitive ("14. února 2022"), or the nominative.
    months=(
        ("ledna", "leden"),
        ("února", "únor"),
        ("března", "březen"),
        ("dubna", "duben"),
        ("května", "květen"),
        ("června", "červen"),
        ("července", "červenec"),
        ("srpna", "srpen"),
        ("září",),
        ("října", "říjen"),
        ("listopadu", "listopad"),
        ("prosince", "prosinec"),
    ),
)
