"""The content of a page without an article: its main list (a listing, a catalogue).

On a listing page (search results, a forum index, a shop category, a link aggregator) the
content is a list of items whose titles are links: the prose scoring of
:mod:`cleaner.html.content` counts link text against a container and finds nothing. Here an
item's text counts for the container it sits in when it is long enough to be a title (a
menu entry is a word or two), whether it is a link or not; short links count against, and
named boilerplate containers against as in the content choice.

A row of *cards* (job offers, shop items, events) is a list too, though its items are lines
of a word or two (a title, a company, a place) that count as no title: :func:`choose_cards`
finds the element with many children of one tag, each of several such lines.

:mod:`cleaner.html.second_opinion` asks for these choices only when the first one keeps
almost no prose.
"""

from __future__ import annotations

from cleaner.html.content import ContentChoice, choose_element, subtree_sums
from cleaner.html.layout import Layout
from cleaner.reasons import Reason

__all__ = ["choose_cards", "choose_list", "listed_words"]

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


# A list of cards (job offers, shop items, events): an element with at least this many
# children of one tag ...
_CARDS_MIN = 5
# ... each a card of at least this many blocks on average (a menu entry is one link) ...
_CARD_BLOCKS = 3.0
# ... and this many words (wcxb tune: job cards of title, company, place, pay, 16-20 words;
# a whole card is often one link, so link text says nothing here).
_CARD_WORDS = 8.0


def choose_cards(layout: Layout, reasons: tuple[Reason | None, ...]) -> ContentChoice:
    """The element holding the most words as a row of cards: children of one tag, each of
    a few short blocks (a title, a place, a price), in no named boilerplate. Its items are too
    short for :func:`choose_list` to count as titles."""
    plain = [not reasons[b.owner] for b in layout.blocks]
    blocks = subtree_sums(layout, [float(p) for p in plain])
    words = subtree_sums(
        layout, [float(b.words) if p else 0.0 for b, p in zip(layout.blocks, plain, strict=True)]
    )
    children: dict[int, dict[str, list[int]]] = {}
    for index, parent in enumerate(layout.parents):
        if parent >= 0 and not reasons[index]:
            children.setdefault(parent, {}).setdefault(layout.tags[index], []).append(index)
    best, best_words = -1, 0.0
    for parent, by_tag in children.items():
        items = max(by_tag.values(), key=len)
        if len(items) < _CARDS_MIN:
            continue
        held = sum(words[i] for i in items)
        if (
            sum(blocks[i] for i in items) >= _CARD_BLOCKS * len(items)
            and held >= _CARD_WORDS * len(items)
            and held > best_words
        ):
            best, best_words = parent, held
    return ContentChoice(best, reasons)


def choose_list(layout: Layout, reasons: tuple[Reason | None, ...]) -> ContentChoice:
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
