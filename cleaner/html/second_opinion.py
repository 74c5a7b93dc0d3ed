"""A second opinion on the content choice, asked only when the first one is implausible.

The first choice (:mod:`cleaner.html.content`) trusts class names: "sidebar", "widget",
"promo" and "cookie" containers count against the text inside them, and "article-body"
containers for it. On a page whose names mislead it, the choice keeps a sliver of the
page's prose, or nothing. The second opinion is the same scoring with no class or id
evidence but a consent notice's (tags and roles still count: a ``<nav>`` is navigation
whatever its class), so it fails in other places than the first.

The judge asks for it only when the first choice keeps under :data:`_IMPLAUSIBLE_SHARE`
of the page's prose outside comments, bios and the footer, and takes it only when it keeps
clearly more.
Two page types decide the container themselves:

- a *thread* (forum topic, Q&A page): most of the prose is in comment containers and the
  first choice keeps almost nothing beside it; the posts are the content, so the second
  choice drops comment names too;
- a *listing* (search results, a catalogue, a link aggregator): the first choice keeps almost
  no prose at all (or, where nothing marks it as content, no more than a shop category's
  blurb); the page's main list (:mod:`cleaner.html.listing`) is the content. When
  the list's boxes carry names that read as boilerplate ("recirc-list", "product-nav"), it is
  looked for without class names too, but never in a menu: not in a container the first
  reading names, not mostly in the page's ``<header>`` or ``<nav>``.

Every switch is a note (``content_fallback``, ``listing_content``) with its numbers, which
``cleaner explain`` shows. On a page where the first choice is plausible nothing more is
computed.

>>> from cleaner.html.layout import read_layout
>>> from cleaner.html.parse import parse_html
>>> def prose(*words):
...     return "".join(f"<p>The council voted on Monday to approve the {w} plan for the town."
...                    "</p>" for w in words)
>>> root = parse_html("<body><div><div class=intro>" + prose("harbour") + "</div>"
...                   + "<div class=promo-area>" + prose("bridge", "library", "school") + "</div>"
...                   + "<div class=widget-box>" + prose("market", "museum", "park") + "</div>"
...                   + "</div></body>", max_bytes=10**6)
>>> layout = read_layout(root)
>>> from cleaner.html.content import choose
>>> choice = second_opinion(layout, None, choose(layout, None))
>>> [note.code for note in choice.notes], layout.tags[choice.root]
(['content_fallback'], 'div')
"""

from __future__ import annotations

import dataclasses

from cleaner.blocks import Note
from cleaner.html.content import (
    ContentChoice,
    block_prose,
    choose,
    kept_prose,
    prose_words,
    subtree_sums,
)
from cleaner.html.layout import Layout
from cleaner.html.listing import choose_cards, choose_list, listed_words
from cleaner.reasons import Reason, Trait, reasons_with

__all__ = ["CONTENT_FALLBACK", "LISTING_CONTENT", "second_opinion"]

CONTENT_FALLBACK = "content_fallback"
# Note code: the page has no article, its main list is the content (the markup step then
# keeps the list's link items, see cleaner/extractors/markup.py).
LISTING_CONTENT = "listing_content"
# A first choice keeping less prose than this holds no article: the page's main list is
# looked for (a short news brief has 60 words and more).
_LISTING_MAX_PROSE = 40
# ... or less than this, when nothing around the first choice is marked up as content (no
# <article> or <main>, no "content" or "article-body" class, no declared articleBody): a shop
# category's or a landing page's blurb beside its grid of cards. wcxb HTML tune | check:
# +3 -1 | +3 pages (70: +1 | +2; 150: +4 -1 | +3 -1); the limit for every page at 60 or 100
# cost fundus (held out) a check page, a short article under content markup.
_LISTING_MAX_PROSE_UNMARKED = 100
# The list is taken when it holds at least this many words, and this many times the first.
_LISTING_MIN_WORDS = 50
_LISTING_GAIN_FACTOR = 3.0
# A first choice of this many words (a product's blurb, a short notice) is kept inside the
# list: the list may only grow around it.
_LISTING_KEEPS_FIRST = 10
# ... unless the list holds this many times its words: a line or two beside a long list
# (wcxb tune: lists of 7x-27x a stray 12-20 word first choice).
_LISTING_APART_FACTOR = 5.0
# A list found without class names inside these is the site's menu (a mega-menu is a row of
# cards too).
_CHROME_TAGS = frozenset({"header", "nav"})
# A list inside the first choice holding at least this share of its words is the list.
_LISTING_INSIDE_SHARE = 0.8
# A list chosen as the whole page is narrowed to the element under it holding this share of
# its words (wcxb tune: a catalogue page whose list table holds 98% of the body's words).
_LISTING_MAIN_PART = 0.9
# Reasons for prose that is boilerplate all the same: comment threads and author bios (a
# thread's posts) ...
_THREAD_REASONS = frozenset({Reason.COMMENT_SECTION, Reason.AUTHOR_BIO})
# ... and the page footer's legal notes (wcxb tune: 250 words of disclaimer beside a 50-word
# notice). Prose under any other boilerplate name (navigation, promo, cookie, related
# links...) is evidence that the name is wrong.
_PROSE_REASONS = _THREAD_REASONS | {Reason.PAGE_FOOTER}
# A consent notice or a modal dialog keeps its name: it lies over the page, never its content
# (wcxb tune: a shop's product grid lost to its consent bar, whose text then went as chrome).
_OVERLAYS = reasons_with(Trait.OVERLAY)
# The first choice is implausible when it keeps less than this share of the page's prose
# outside comments, bios and the footer ...
_IMPLAUSIBLE_SHARE = 0.25
# ... on a page with at least this many such prose words (below, there is little to judge by).
_MIN_PAGE_PROSE = 60
# A page whose prose is mostly a comment thread, with less than this many prose words beside
# it, is a thread (a forum topic, a Q&A page): its posts are the content. An article with
# comments has an article beside them (wcxb tune: articles 166 words and more, forum
# topics 0-110).
_THREAD_SHARE = 0.5
_THREAD_MAX_KEPT = 150
# A few short comments under a short post are no thread page (traf tune: 105 words of
# comments under a 31-word note; the wcxb tune threads hold 300-700).
_THREAD_MIN_PROSE = 200
# The second opinion is taken when it keeps at least this many times the first's prose.
_MIN_GAIN_FACTOR = 2.0


def _without_class_names(layout: Layout, keep: frozenset[Reason]) -> Layout:
    """The layout without the reasons and hints a class or id gave, but for ``keep``."""
    count = len(layout.tags)
    reasons = [
        reason if not namer or reason in keep else None
        for reason, namer in zip(layout.boilerplate, layout.namers, strict=True)
    ]
    return dataclasses.replace(
        layout, boilerplate=reasons, hints=[0.0] * count, namers=[""] * count
    )


def _prose_in(layout: Layout, choice: ContentChoice, reasons: frozenset[Reason]) -> float:
    """Prose words the choice leaves in containers named by one of ``reasons``."""
    return sum(
        block_prose(block) for block in layout.blocks if choice.reasons[block.owner] in reasons
    )


def second_opinion(
    layout: Layout, declared: list[float] | None, first: ContentChoice
) -> ContentChoice:
    """``first``, or the choice made without class names when ``first`` is implausible and
    that one keeps clearly more (its notes then say why)."""
    page = prose_words(layout)
    kept = kept_prose(layout, first)
    if page >= _MIN_PAGE_PROSE and kept < _IMPLAUSIBLE_SHARE * page:
        other = _without_names(layout, declared, first, page, kept)
        if other is not None:
            return other
    if kept < _listing_max_prose(layout, declared, first):
        return (
            _listing(layout, first, kept) or _plain_listing(layout, declared, first, kept) or first
        )
    return first  # the common case: nothing more computed


def _listing_max_prose(layout: Layout, declared: list[float] | None, first: ContentChoice) -> int:
    """The prose under which the first choice holds no article: higher when the page marks
    nothing around it as content (an article's markup says a short text is the article)."""
    if declared is not None:
        return _LISTING_MAX_PROSE
    index = first.root
    while index >= 0:
        if layout.hints[index] > 0:
            return _LISTING_MAX_PROSE
        index = layout.parents[index]
    return _LISTING_MAX_PROSE_UNMARKED


def _plain_listing(
    layout: Layout, declared: list[float] | None, first: ContentChoice, kept: float
) -> ContentChoice | None:
    """The page's main list found without class names, when none is found with them: a shop's
    product grid or a category's cards under names the first choice reads as menus or related
    links."""
    plain = _without_class_names(layout, _PROSE_REASONS | _OVERLAYS)
    listing = _listing(plain, choose(plain, declared), kept)
    if listing is None or _in_chrome(layout, first, listing.root):
        return None
    named = max(
        listed_words(layout, first), listed_words(layout, choose_list(layout, first.reasons))
    )
    if listed_words(plain, listing) < _LISTING_GAIN_FACTOR * max(named, 1):
        return None
    return listing


def _without_names(
    layout: Layout, declared: list[float] | None, first: ContentChoice, page: int, kept: float
) -> ContentChoice | None:
    """The choice made without class names, when the first lost prose to them."""
    thread = _prose_in(layout, first, _THREAD_REASONS)
    other_prose = page - _prose_in(layout, first, _PROSE_REASONS)
    keep: frozenset[Reason]
    if thread >= max(_THREAD_SHARE * page, _THREAD_MIN_PROSE) and kept < _THREAD_MAX_KEPT:
        keep, why = frozenset(), f"{thread:.0f} of its {page} prose words are a comment thread"
    elif other_prose >= _MIN_PAGE_PROSE and kept < _IMPLAUSIBLE_SHARE * other_prose:
        keep = _PROSE_REASONS
        why = f"it has {other_prose:.0f} prose words besides comments and the footer"
    else:
        return None
    plain = _without_class_names(layout, keep | _OVERLAYS)
    other = choose(plain, declared)
    other_kept = kept_prose(plain, other)
    if other.root <= 0 or other_kept < _MIN_GAIN_FACTOR * max(kept, 1.0):
        return None  # no better choice, or only the whole page
    detail = (
        f"the first choice kept {kept:.0f} prose words of the page, where {why}; chosen "
        f"without class and id names, the content keeps {other_kept:.0f}"
    )
    notes = (*other.notes, Note("html", CONTENT_FALLBACK, detail))
    return dataclasses.replace(other, notes=notes)


def _listing(layout: Layout, first: ContentChoice, kept: float) -> ContentChoice | None:
    """The page's main list, when the first choice found no article and the list is real."""
    listing = choose_list(layout, first.reasons)
    words, first_words = listed_words(layout, listing), listed_words(layout, first)
    cards = choose_cards(layout, first.reasons)
    if cards.root >= 0 and listed_words(layout, cards) > max(words, first_words):
        # Items too short to be titles (a job's title, company, place): a row of cards.
        listing, words = cards, listed_words(layout, cards)
    if listing.root < 0:
        return None
    nested = _nesting(layout, first.root, listing.root)
    if nested and first_words >= _LISTING_MIN_WORDS:
        # The first choice holds a list, not prose (its words are link titles): the list,
        # or the first choice when the list inside it leaves much of it out.
        if nested == "inside" and words < _LISTING_INSIDE_SHARE * first_words:
            listing, words = dataclasses.replace(listing, root=first.root), first_words
    elif first_words >= _LISTING_KEEPS_FIRST and not nested:
        if words < _LISTING_APART_FACTOR * first_words:
            return None  # the first choice found some content: the list must take it in
    elif words < _LISTING_GAIN_FACTOR * max(first_words, 1):
        return None
    if words < _LISTING_MIN_WORDS:
        return None
    if listing.root == 0:
        listing = dataclasses.replace(listing, root=_main_part(layout, listing))
    detail = (
        f"the first choice kept {kept:.0f} prose words ({first_words} words in all): no "
        f"article; the page's main list holds {words} words"
    )
    return dataclasses.replace(listing, notes=(*first.notes, Note("html", LISTING_CONTENT, detail)))


def _in_chrome(layout: Layout, first: ContentChoice, root: int) -> bool:
    """True when the element sits in a container the first reading names (a menu whose
    items' names were set aside with the rest), or when most of its words are in the page's
    <header> or <nav>: the list found there is the site's menu, not the page's content."""
    if first.reasons[root] is not None:
        return True
    chrome = [False] * len(layout.tags)
    for index, parent in enumerate(layout.parents):  # a parent comes before its children
        chrome[index] = layout.tags[index] in _CHROME_TAGS or (parent >= 0 and chrome[parent])
    end = layout.ends[root]
    inside = [b for b in layout.blocks if root <= b.owner <= end]
    in_chrome = sum(b.words for b in inside if chrome[b.owner])
    return in_chrome * 2 >= sum(b.words for b in inside)


def _nesting(layout: Layout, first: int, listing: int) -> str:
    """ "contains" when the list's element holds the first choice's, "inside" when it sits
    inside it, "" when they are apart (or one is missing)."""
    if first < 0:
        return ""
    if listing <= first <= layout.ends[listing]:
        return "contains"
    if first <= listing <= layout.ends[first]:
        return "inside"
    return ""


def _main_part(layout: Layout, listing: ContentChoice) -> int:
    """Below the page root, the element holding nearly all of the list's words (a page whose
    list is all there is: the wrapper around it, without the header above)."""
    words = subtree_sums(
        layout, [0.0 if listing.reasons[b.owner] else float(b.words) for b in layout.blocks]
    )
    root = 0
    while True:
        children = [i for i in range(root + 1, layout.ends[root] + 1) if layout.parents[i] == root]
        best = max(children, key=words.__getitem__, default=-1)
        if best < 0 or words[best] < _LISTING_MAIN_PART * words[0]:
            return root
        root = best
