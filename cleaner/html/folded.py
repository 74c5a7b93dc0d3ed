"""Folded panels inside the chosen content: an accordion's answers, a product page's tabs.

A product, service or FAQ page folds much of its text into panels a click opens ("Description",
"Shipping & Returns", one answer per question): the panels ship in the HTML, hidden by a
``hidden`` attribute, ``aria-hidden``, ``display:none`` or a hiding class, and the walk, which
skips hidden elements, never reads them. Here the hidden elements *inside the chosen content*
are looked at; those that come as a row of folded panels (two or more of one tag and class
with different text: a single hidden box is a dialog, a notice or a template) and read as text
(no JSON or markup, but for a tab panel's code; not a copy of what the content shows) are read
as shown, and the content keeps them when it gains prose by it. In an article's body (an
``<article>`` or a body the class names, around the content) a hidden box is most often an
aside (fundus tune: four newspaper pages' hidden boxes inside the article, 0.95-0.99 ->
0.90-0.98): there only a disclosure's panels are read, tab panels and the boxes a control
names as what it opens (``aria-controls``: an accordion's buttons).

Before: [h3 "Shipping & Returns" (in content)]
        <div class=panel hidden>"Most orders ship within two days ..."</div> (not read) x3
After:  [h3 "Shipping & Returns"] [p "Most orders ship within two days ..." (in content)] ...,
        note reveal_folded
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html

from cleaner.blocks import Note
from cleaner.html.content import ContentChoice, choose, declared_shares, kept_prose
from cleaner.html.layout import Layout, is_tab_panel, read_layout, shown_text

__all__ = ["REVEAL_FOLDED", "FoldedPanels", "Unfolded"]

REVEAL_FOLDED = "reveal_folded"  # Note code: the content read with its folded panels open
# Machine text a hidden element may hold (a product's option data, a template): braces, tags,
# table pipes, JSON keys, snake_case names. Two of them and it is no panel of prose, unless the
# element is a tab panel (its role or class says so): a template or a store of option data is
# not one, and a documentation page's tabs hold its code, one language a tab (wcxb tune | check
# +3 | +2 pages, none down; the other sets unchanged).
_CODE = re.compile(r'[{}<>|]|":|\w_\w')
_CODE_MARKS = 2


@dataclass(frozen=True, slots=True)
class FoldedSettings:
    """When hidden elements are folded panels (wcxb tune, html9 round: product 0.690 -> 0.703,
    service 0.785 -> 0.800; fundus, traf, aeb: no page moved)."""

    # A panel holds at least this many words (a one-line answer is 10) ...
    min_words: int = 8
    # ... and comes with at least this many of one tag and class: a row of panels.
    min_panels: int = 2
    # The panels hold this many words in all ...
    min_total_words: int = 30
    # ... and the content keeps this many more prose words with them open.
    min_gain: float = 30.0


@dataclass(frozen=True, slots=True)
class Unfolded:
    """The page read with its folded panels open, and the content choice in that reading."""

    layout: Layout
    declared: list[float] | None
    choice: ContentChoice
    note: Note


class FoldedPanels:
    """Read the hidden panels inside the chosen content when they are folded prose."""

    def __init__(self, settings: FoldedSettings | None = None) -> None:
        self.settings = settings or FoldedSettings()

    def unfold(
        self,
        root: lxml.html.HtmlElement,
        layout: Layout,
        choice: ContentChoice,
        declared_body: str,
    ) -> Unfolded | None:
        """The reading with the content's folded panels open, or None (no panels, or too
        little gained)."""
        if choice.root < 0 or not layout.hidden:
            return None
        in_article = _in_article(layout, choice.root)
        panels = self._panels(layout, choice.root, root if in_article else None)
        if not panels:
            return None
        opened = read_layout(root, unhide=frozenset(id(el) for el in panels))
        index = {id(el): i for i, el in enumerate(opened.elements)}
        mapped = index.get(id(layout.elements[choice.root]), -1)
        if mapped < 0:
            return None
        declared = declared_shares(opened, declared_body)
        # The reasons as the opened page's own choice reads them; the element stays the one
        # chosen: the panels add to the content, they never move it.
        unfolded = ContentChoice(mapped, choose(opened, declared).reasons, choice.notes)
        before, after = kept_prose(layout, choice), kept_prose(opened, unfolded)
        if after < before + self.settings.min_gain:
            return None
        detail = (
            f"the content keeps {before:.0f} prose words; with its {len(panels)} folded panels "
            f"(hidden elements in rows of one tag and class) read too it keeps {after:.0f}"
        )
        return Unfolded(opened, declared, unfolded, Note("html", REVEAL_FOLDED, detail))

    def _panels(
        self, layout: Layout, root: int, article_page: lxml.html.HtmlElement | None = None
    ) -> list[lxml.html.HtmlElement]:
        """The hidden elements inside the content that are rows of folded prose panels; with
        ``article_page`` (the content is an article's body), only a disclosure's panels."""
        end, settings = layout.ends[root], self.settings
        controlled: frozenset[str] | None = None  # the ids controls name, read when needed
        shown = " ".join(b.text for b in layout.blocks if root <= b.owner <= end)
        seen: set[str] = set()
        rows: dict[tuple[str, str], list[tuple[lxml.html.HtmlElement, int]]] = {}
        for owner, element in layout.hidden:
            if not root <= owner <= end:
                continue
            text = " ".join(shown_text(element).split())
            words = text.count(" ") + 1
            if (
                words < settings.min_words
                or text in seen
                or text[:80] in shown  # a copy of what the content shows (a mobile version)
                or (len(_CODE.findall(text)) >= _CODE_MARKS and not is_tab_panel(element))
            ):
                continue
            if article_page is not None and not is_tab_panel(element):
                if controlled is None:
                    controlled = _controlled_ids(article_page)
                if element.get("id") not in controlled:
                    continue
            seen.add(text)
            key = (str(element.tag), element.get("class") or "")
            rows.setdefault(key, []).append((element, words))
        panels = [
            (element, words)
            for row in rows.values()
            if len(row) >= settings.min_panels
            for element, words in row
        ]
        if sum(words for _, words in panels) < settings.min_total_words:
            return []
        return [element for element, _ in panels]


def _controlled_ids(page: lxml.html.HtmlElement) -> frozenset[str]:
    """The ids the page's controls name as what they open (``aria-controls``).

    >>> from lxml.html import fromstring
    >>> sorted(_controlled_ids(fromstring("<div><button aria-controls='a b'>Q</button></div>")))
    ['a', 'b']
    """
    return frozenset(ident for value in page.xpath("//@aria-controls") for ident in value.split())


def _in_article(layout: Layout, index: int) -> bool:
    """True when the element is, or sits in, an ``<article>`` or a body its class names."""
    while index >= 0:
        if layout.tags[index] == "article" or layout.hints[index] >= 1.0:
            return True
        index = layout.parents[index]
    return False
