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
from cleaner.config import CleanerConfig
from cleaner.html.second_opinion import LISTING_CONTENT

__all__ = ["MarkupExtractor", "is_listing"]

# Reason codes
OUTSIDE_CONTENT = "outside_content"
NAV_CONTAINER = "nav_container"
COMMENT_SECTION = "comment_section"
SHARE_BAR = "share_bar"
RELATED_LINKS = "related_links"
NEWSLETTER_BOX = "newsletter_box"
AUTHOR_BIO = "author_bio"
ADVERTISEMENT = "advertisement"
PROMO_BOX = "promo_box"
COOKIE_NOTICE = "cookie_notice"
PAGE_FOOTER = "page_footer"
ASIDE_BOX = "aside_box"
ARTICLE_META = "article_meta"
LINK_LIST = "link_list"
TIMESTAMP = "timestamp"
ORPHAN_HEADING = "orphan_heading"

_CONTAINER_REASONS = frozenset({
    NAV_CONTAINER, COMMENT_SECTION, SHARE_BAR, RELATED_LINKS, NEWSLETTER_BOX, AUTHOR_BIO,
    ADVERTISEMENT, PROMO_BOX, COOKIE_NOTICE, PAGE_FOOTER, ASIDE_BOX, ARTICLE_META,
})  # fmt: skip
# A block that is only a clock time ("14:20", "9.05 am"): the stamp of a live-blog entry.
_CLOCK = re.compile(r"^\d{1,2}[:.h]\d{2}(\s?[ap]\.?m\.?)?$", re.IGNORECASE)
# A short list item that is nearly all link text is navigation, wherever it sits.
_LINK_LIST_DENSITY = 0.8
_LINK_LIST_WORDS = 12
# Outside lists, only a block that is all link: a teaser headline, "Next: <title>".
_LINK_ONLY_DENSITY = 0.95
_LABELLED_LINK_DENSITY = 0.5
_LABELLED_LINK_SHARE = 0.9
# A label ending in ":" this short introduces a list ("Lesen Sie auch:").
_LABEL_WORDS = 8
# Removed blocks right under a heading that make it a label for them, not a section title.
_REMOVED_RUN = 2


def is_listing(page: Page) -> bool:
    """True when the HTML front end found no article and took the page's main list as its
    content: the list's items are short lines of link text, and they are what the page says."""
    return any(note.code == LISTING_CONTENT for note in page.notes)


def _reason(block: Block, is_listing: bool) -> str | None:
    dom = block.dom
    if dom is None:
        return None
    if dom.boilerplate in _CONTAINER_REASONS:
        return dom.boilerplate
    if not dom.in_article:
        return OUTSIDE_CONTENT
    if len(block.text) <= 10 and _CLOCK.match(block.text):
        return TIMESTAMP
    if is_listing:
        return None  # the list's items are links: they are the content (see LISTING_CONTENT)
    if (
        dom.link_density >= _LINK_LIST_DENSITY
        and block.words <= _LINK_LIST_WORDS
        and (block.kind is BlockKind.LIST_ITEM or dom.link_density >= _LINK_ONLY_DENSITY)
    ):
        return LINK_LIST
    if _is_labelled_link(block, dom.link_density):
        return LINK_LIST
    return None


def _is_labelled_link(block: Block, link_density: float) -> bool:
    """A short line that is a label and then one link: "Read also: <headline>".

    >>> text = "Czytaj też: Wyścig zbrojeń ruszył z kopyta"
    >>> _is_labelled_link(Block(0, text), 28 / len(text))
    True
    >>> _is_labelled_link(Block(0, "Note: the vote was close."), 0.0)
    False
    """
    if link_density < _LABELLED_LINK_DENSITY or block.words > _LINK_LIST_WORDS:
        return False
    label, colon, rest = block.text.partition(":")
    if not colon or len(label.split()) > _LABEL_WORDS // 2 or not rest.strip():
        return False
    # Everything after the label is link text (spaces between link pieces aside).
    return link_density * len(block.text) >= _LABELLED_LINK_SHARE * len(rest.strip())


def _is_heading_like(block: Block) -> bool:
    """A heading, or a short label that introduces what follows ("Read also:")."""
    if block.kind is BlockKind.HEADING:
        return True
    return block.words <= _LABEL_WORDS and block.text.rstrip().endswith(":")


def _orphan_headings(blocks: tuple[Block, ...], marked: set[int]) -> list[int]:
    """Headings whose whole section was marked: "Related stories" over a removed list."""
    orphans = []
    for index, block in enumerate(blocks):
        if block.id in marked or not _is_heading_like(block):
            continue
        section = []
        for after in itertools.islice(blocks, index + 1, None):  # no copy of the rest
            if after.kind is BlockKind.HEADING:
                break
            section.append(after)
        if section and all(b.id in marked for b in section):
            orphans.append(block.id)
        elif block.words <= _LABEL_WORDS and _introduces_removed_run(section, marked):
            orphans.append(block.id)
    return orphans


def _introduces_removed_run(section: list[Block], marked: set[int]) -> bool:
    """True when a heading's section opens with a run of removed blocks (its list of links)
    before the text goes on: "Read also" over three links in the middle of the article."""
    run = 0
    for block in section:
        if block.id not in marked:
            break
        run += 1
    return run >= _REMOVED_RUN


@dataclass(frozen=True)
class MarkupExtractor:
    """Mark blocks the markup places outside the article or inside boilerplate.

    Before: [li "Home" (in <nav>)] [p "The council voted ..." (in <article>)]
            [a "Share on Facebook" (in <div class="share-tools">)]
    After:  [li "Home" -> removed: nav_container] [p "The council voted ..."]
            [a "Share on Facebook" -> removed: share_bar]
    """

    name: ClassVar[str] = "markup"

    def run(self, page: Page, config: CleanerConfig) -> Page:
        if page.input_type != "html":
            return page
        marks = []
        listing = is_listing(page)
        for block in page.blocks:
            reason = _reason(block, listing)
            if reason is not None:
                marks.append(Mark(block.id, reason, self.name))
        marked = {mark.block_id for mark in marks}
        orphans = _orphan_headings(page.blocks, marked)
        marks.extend(Mark(i, ORPHAN_HEADING, self.name) for i in orphans)
        return page.with_marks(marks)
