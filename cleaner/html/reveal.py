"""Read what a page hides until a script runs, when what it shows holds no article.

Some pages ship their text where the walk does not look: a streamed React page keeps it in
``<div hidden>`` until a script moves it, a Discourse forum in ``<noscript>`` (the view for
crawlers), a page fading in after load under ``style="visibility:hidden"``, a gallery all
but its first slide under ``class="hidden"``, and broken
markup can leave the whole page inside a ``<button>`` or under ``<head>``. A browser (or the
script) shows that text; the walk, which skips hidden elements, sees an empty page.

Only a page whose visible text holds little prose is walked again with the hidden parts
revealed, and the second walk is kept only when it finds clearly more prose: on every other
page hidden elements (menus, dialogs, tabs) stay out.

>>> from cleaner.html.parse import parse_html
>>> from cleaner.html.layout import read_layout
>>> prose = "<p>" + "The council voted on Monday to approve the new bridge plan. " * 4 + "</p>"
>>> root = parse_html("<body><a href=/>Home</a><div hidden>" + prose * 3 + "</div></body>",
...                   max_bytes=10**6)
>>> layout, note = reveal_hidden(root, read_layout(root))
>>> note.code, len(layout.blocks)
('reveal_hidden', 4)
"""

from __future__ import annotations

import lxml.html

from cleaner.blocks import Note
from cleaner.html.content import prose_words
from cleaner.html.layout import Layout, read_layout
from cleaner.html.props import PropsProse

__all__ = [
    "REVEAL_HIDDEN",
    "REVEAL_KEPT_BELOW",
    "REVEAL_PROPS",
    "hidden_content_note",
    "hidden_listing_note",
    "reveal_hidden",
]

REVEAL_HIDDEN = "reveal_hidden"
REVEAL_PROPS = "reveal_props"
# Below this many prose words the visible page holds no article worth the name: the hidden
# parts are read too. (wcxb tune: the pages that came back empty had 0-40 visible prose words;
# a short real article has 100 or more.)
_VISIBLE_PROSE_BELOW = 60
# The revealed walk is kept when it adds at least this many prose words ...
_MIN_GAIN = 50
# ... and at least this many times the visible prose: a hidden menu or dialog adds little.
_MIN_FACTOR = 3.0


# A page whose chosen content keeps less prose than this is read again with its hidden parts
# too (a paywalled article hidden by a style, with a visible teaser and menus around it) ...
REVEAL_KEPT_BELOW = 150
# ... and the hidden reading is taken when its content keeps this many more prose words, and
# this many times as many (fundus tune: a 121-word teaser, 908 words once revealed).
_MIN_KEPT_GAIN = 100
_MIN_KEPT_FACTOR = 3.0


def hidden_content_note(kept: float, revealed: float) -> Note | None:
    """The note for taking the hidden reading, or None when it keeps too little more.

    >>> hidden_content_note(121, 908).code
    'reveal_hidden'
    >>> hidden_content_note(121, 300) is None
    True
    """
    if revealed < kept + _MIN_KEPT_GAIN or revealed < _MIN_KEPT_FACTOR * kept:
        return None
    detail = (
        f"the content chosen keeps {kept:.0f} prose words; with hidden elements, <noscript>, "
        f"<button> and <head> read too it keeps {revealed:.0f}"
    )
    return Note("html", REVEAL_HIDDEN, detail)


# A page without prose is a listing: its hidden reading is taken when the visible content
# lists fewer words than this (a heading, a line) ...
_LISTED_VISIBLE_BELOW = 50
# ... and the hidden reading's main list holds this many more words, and this many times as
# many (wcxb tune: a shop's product grid under a display:none lock until a script, 9 -> 87).
_MIN_LISTED_GAIN = 50
_MIN_LISTED_FACTOR = 3.0


def hidden_listing_note(listed: int, revealed: int) -> Note | None:
    """The note for taking the hidden reading of a page whose content is a list (no prose
    either way), or None when the visible content lists enough or the hidden one little more.

    >>> hidden_listing_note(9, 87).code
    'reveal_hidden'
    >>> hidden_listing_note(60, 400) is None, hidden_listing_note(9, 40) is None
    (True, True)
    """
    if (
        listed >= _LISTED_VISIBLE_BELOW
        or revealed < listed + _MIN_LISTED_GAIN
        or revealed < _MIN_LISTED_FACTOR * listed
    ):
        return None
    detail = (
        f"the content chosen lists {listed} words and no prose; with hidden elements read too "
        f"the page's main list holds {revealed}"
    )
    return Note("html", REVEAL_HIDDEN, detail)


def _clearly_more(found: int, visible: int) -> bool:
    """Whether a reading that finds ``found`` prose words beats the visible page's ``visible``
    by :data:`_MIN_GAIN` words and :data:`_MIN_FACTOR` times."""
    return found >= visible + _MIN_GAIN and found >= _MIN_FACTOR * visible


def reveal_hidden(root: lxml.html.HtmlElement, layout: Layout) -> tuple[Layout, Note | None]:
    """``layout``, or the layout of the page with its hidden parts revealed, and why."""
    visible = prose_words(layout)
    if visible >= _VISIBLE_PROSE_BELOW:
        return layout, None
    revealed = read_layout(root, reveal=True)
    found = prose_words(revealed)
    if _clearly_more(found, visible):
        detail = (
            f"the visible page holds {visible} prose words; with hidden elements, <noscript>, "
            f"<button> and <head> read too it holds {found}"
        )
        return revealed, Note("html", REVEAL_HIDDEN, detail)
    return _props_revealed(root, layout, visible)


def _props_revealed(
    root: lxml.html.HtmlElement, layout: Layout, visible: int
) -> tuple[Layout, Note | None]:
    """The page with the prose of its components' JSON properties, when it adds clearly more."""
    shown = PropsProse().reveal(root)
    if shown is None:
        return layout, None
    revealed = read_layout(shown)
    found = prose_words(revealed)
    if not _clearly_more(found, visible):
        return layout, None
    detail = (
        f"the visible page holds {visible} prose words; with the prose of its components' "
        f"JSON properties (data-*props) read too it holds {found}"
    )
    return revealed, Note("html", REVEAL_PROPS, detail)
