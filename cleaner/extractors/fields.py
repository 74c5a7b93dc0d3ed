"""Record fields: the short "Label: value" lines of a list article's records."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from cleaner.blocks import Block
from cleaner.languages import alternatives

__all__ = ["FieldSettings", "record_fields"]


@dataclass(frozen=True, slots=True)
class FieldSettings:
    """Which lines are the fields of records.

    A label on three lines or more (two: a footer says "Phone:" for its shop and its office).
    wcxb tune|check (articles), main 628f05e -> the navigation and boundary rules: blocks
    0.8924|0.9136 -> 0.8938|0.9150, inscriptis 0.9012|0.9202 -> 0.9028|0.9211. Two repeats:
    wcxb articles check 0.9149 and 0.9210, fundus tune -2 pages; four: the same as three but
    wcxb blocks articles tune 0.8937.
    """

    # A field is as short as a menu item (navigation's max_words): a longer "Label: value"
    # line is a sentence or a teaser headline, which the other rules judge.
    max_words: int = 6
    min_repeats: int = 3


_DEFAULT = FieldSettings()

# A field: a label of one to three words, a colon, its value ("Base price: $36,600",
# "Language: Spanish", "INTERVAL: Up to 100,000 miles"). Not a clock ("12:30") or a link.
_FIELD = re.compile(r"^([^\W\d_][^\W_]*(?:[ '’-][^\W_]+){0,2}) ?: +\S")
# A photo credit ("Photograph: Jane Doe", "Source: Reuters") repeats its label under every
# picture, and it is no field of a record: the captions step judges it.
_CREDIT_LABEL = re.compile(
    rf"({alternatives('picture')}|{alternatives('credit_label')})", re.IGNORECASE
)


def record_fields(blocks: Sequence[Block], settings: FieldSettings = _DEFAULT) -> frozenset[int]:
    """Ids of the short field lines whose label recurs on the page: the records of a list
    article (a spec box under each car, the dates and place of each event), which are content,
    not a menu.

    A footer's contact lines ("Phone: ...", "Email: ...") state each label once; records
    repeat theirs, one record per item, each opened by the item's name. Fields listed under a
    label ("Specs:" over "Temp rating: 15°F", "Fill: 650 Fill Power Down") are that label's
    list, and a spec box some sources leave out of the article: they are left to the rules
    that judge lists (fundus tune: a review's spec boxes kept against its gold).

    >>> records = [Block(0, "Ioniq 5"), Block(1, "Base price: $36,600"),
    ...            Block(2, "Leaf"), Block(3, "Base price: $31,495"),
    ...            Block(4, "Model 3"), Block(5, "Base price: $38,630"),
    ...            Block(6, "Phone: 555-0100")]
    >>> sorted(record_fields(records))
    [1, 3, 5]
    """
    fields: dict[str, list[int]] = {}
    under_label = False
    for block in blocks:
        text = block.text
        if ":" not in text or block.words > settings.max_words:
            under_label = False
            continue  # the screen: a field line is short and holds a colon
        match = _FIELD.match(text)
        if match is None:
            under_label = text.endswith(":")
        elif not under_label and _CREDIT_LABEL.match(match.group(1)) is None:
            fields.setdefault(match.group(1).casefold(), []).append(block.id)
    return frozenset(i for ids in fields.values() if len(ids) >= settings.min_repeats for i in ids)
