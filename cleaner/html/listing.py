"""The content of a page without an article: its main list (a listing, a catalogue).

On a listing page (search results, a forum index, a shop category, a link aggregator) the
content is a list of items whose titles are links: the prose scoring of
:mod:`cleaner.html.content` counts link text against a container and finds nothing. Here an
item's text counts for the container it sits in when it is long enough to be a title (a
menu entry is a word or two), whether it is a link or not; short links count against, and
named boilerplate containers against as in the content choice.

:mod:`cleaner.html.second_opinion` asks for this choice only when the first one keeps
almost no prose.
"""

from __future__ import annotations

from cleaner.html.content import ContentChoice, choose_element, subtree_sums
from cleaner.html.layout import Layout

__all__ = ["choose_list", "listed_words"]

# Words a list item needs to be a title, not a menu entry ("Home", "Contact us").
_TITLE_WORDS = 4
# What an item's word counts for, against prose (which counts fully).
_ITEM_WEIGHT = 0.5
_NAMED_WEIGHT = 0.2


def _weight(words: int, link_chars: int, chars: int, named: bool) -> float:
    if named:
        return -_NAMED_WEIGHT * words - 1.0
    if words >= _TITLE_WORDS:
        return float(words) if link_chars < 0.35 * chars else _ITEM_WEIGHT * words
    return -1.0 - words if link_chars else 0.0


def choose_list(layout: Layout, reasons: tuple[str, ...]) -> ContentChoice:
    """The element whose subtree holds the page's main list, with the same ``reasons``."""
    weights = [
        _weight(b.words, b.link_chars, len(b.text), bool(reasons[b.owner])) for b in layout.blocks
    ]
    best = choose_element(layout, subtree_sums(layout, weights))
    return ContentChoice(best, reasons)


def listed_words(layout: Layout, choice: ContentChoice) -> int:
    """Words the choice keeps: inside the chosen element, in no boilerplate container."""
    root = choice.root
    if root < 0:
        return 0
    end = layout.ends[root]
    return sum(
        b.words for b in layout.blocks if root <= b.owner <= end and not choice.reasons[b.owner]
    )
