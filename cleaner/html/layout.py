"""lxml tree -> layout: the page's text blocks and the block elements that hold them.

One walk over the tree, in document order. Every element that is not inline (see
:data:`~cleaner.html.xpaths.INLINE_TAGS`) starts a new block; text that flows between
block elements belongs to the nearest enclosing one. Invisible elements (scripts, styles,
templates, ``hidden``, ``aria-hidden="true"``, ``display:none``, screen-reader-only
classes) are skipped with everything inside them.

Block elements are numbered in document order (pre-order), so an element's subtree is the
index range ``[i, ends[i]]``: "is this block inside that container?" is two comparisons, and
sums over a subtree are differences of prefix sums (see :mod:`cleaner.html.content`).

>>> from cleaner.html.parse import parse_html
>>> page = parse_html("<body><nav><a href=/>Home</a></nav><article><h1>Title</h1>"
...                   "<p>One <a href=#>two</a><br>three.</p></article></body>", max_bytes=10**6)
>>> layout = read_layout(page)
>>> [(b.text, b.link_chars) for b in layout.blocks]
[('Home', 4), ('Title', 0), ('One two\\nthree.', 3)]
>>> [layout.tags[b.owner] for b in layout.blocks]
['nav', 'h1', 'p']
>>> layout.boilerplate[layout.blocks[0].owner]
<Reason.NAV_CONTAINER: 'nav_container'>
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from cleaner.blocks import BlockKind
from cleaner.html.xpaths import (
    DROPPED_TAGS,
    HIDDEN_CLASS_TOKENS,
    HIDDEN_STYLE,
    INLINE_TAGS,
    LAYOUT_TAGS,
    NO_SIGNALS,
    REVEAL_DROPPED_TAGS,
    token_signals,
)
from cleaner.reasons import Reason, Trait, reasons_with

__all__ = ["Layout", "RawBlock", "read_layout"]

_BREAK = "\x1e"  # stands for <br> until a block's text is normalised
_MAX_DEPTH = 180  # deeper than this, an element's text is taken flat (no recursion)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_INHERITED_KINDS = frozenset({BlockKind.QUOTE, BlockKind.PRE, BlockKind.CAPTION, BlockKind.TABLE})
_OWN_KINDS = {
    "li": BlockKind.LIST_ITEM, "dd": BlockKind.LIST_ITEM, "dt": BlockKind.LIST_ITEM,
    "blockquote": BlockKind.QUOTE, "pre": BlockKind.PRE, "figcaption": BlockKind.CAPTION,
    "figure": BlockKind.CAPTION,
}  # fmt: skip
_TAG_REASONS = {
    "nav": Reason.NAV_CONTAINER, "footer": Reason.PAGE_FOOTER, "aside": Reason.ASIDE_BOX,
    "form": Reason.PROMO_BOX,
}  # fmt: skip
_ROLE_REASONS = {
    "navigation": Reason.NAV_CONTAINER, "menu": Reason.NAV_CONTAINER,
    "menubar": Reason.NAV_CONTAINER, "banner": Reason.NAV_CONTAINER,
    "search": Reason.NAV_CONTAINER, "contentinfo": Reason.PAGE_FOOTER,
    "complementary": Reason.ASIDE_BOX, "dialog": Reason.PROMO_BOX, "alertdialog": Reason.PROMO_BOX,
}  # fmt: skip
_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
# Containers whose article-body class words do not make them the article (comments).
_HOLDS_PROSE = reasons_with(Trait.HOLDS_PROSE)
_TAG_HINTS = {"article": 0.8, "main": 0.5}
_CELLS = frozenset({"td", "th"})
_SEMANTIC_TAGS = frozenset(_TAG_REASONS) | frozenset(_TAG_HINTS)
_ARTICLE_PROPS = frozenset({"articlebody", "text", "articletext", "reviewbody", "description"})
_RESPONSIVE = re.compile(r"(?:d|visible|show)-(?:sm|md|lg|xl|xxl)-|(?:sm|md|lg|xl)-")


@dataclass(slots=True)
class RawBlock:
    """A block of text before the content choice; ``owner`` is its element's index."""

    owner: int
    text: str
    words: int  # len(text.split()), known when the text is normalised
    kind: BlockKind
    link_chars: int
    heading_level: int = 0


@dataclass(slots=True)
class Layout:
    """Block elements (by pre-order index) and the text blocks they own."""

    tags: list[str] = field(default_factory=list)
    parents: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)  # last index inside each element's subtree
    # The container reason its class/tag/role names (Trait.CONTAINER), None for none.
    boilerplate: list[Reason | None] = field(default_factory=list)
    # The class and id values of an element whose class or id gave it its reason and no role
    # confirms it ("" for others): what cleaner/html/class_names.py weighs a class name by,
    # across the page, and what the second opinion sets aside.
    namers: list[str] = field(default_factory=list)
    hints: list[float] = field(default_factory=list)  # how strongly it names the article
    blocks: list[RawBlock] = field(default_factory=list)
    # Tab panels (role="tabpanel", class "tab-pane", "tabs-panel"...): the content a tab strip
    # shows, which the strip's "tabs" name (navigation) does not cover.
    panels: set[int] = field(default_factory=set)
    # The block elements themselves, by index: a second reading of the page (with its hidden
    # parts) finds the element chosen in the first.
    elements: list[lxml.html.HtmlElement] = field(default_factory=list)
    # Hidden elements the walk skipped, with the index of the block element around each.
    hidden: list[tuple[int, lxml.html.HtmlElement]] = field(default_factory=list)


class _ClassInfo:
    """What one class attribute value says; worked out once per distinct value and page.

    ``signals`` (boilerplate reason, content hint, names a caption) is filled in when a
    block element first needs it: inline elements only ask whether the class hides them.
    """

    __slots__ = ("is_hidden", "signals", "value")

    def __init__(
        self,
        value: str,
        is_hidden: bool,
        signals: tuple[Reason | None, float, bool] | None = None,
    ) -> None:
        self.value = value
        self.is_hidden = is_hidden
        self.signals = signals


_NO_CLASS = _ClassInfo("", False, NO_SIGNALS)


class _Context:
    """Where the walk is: the owning block element and what encloses it.

    A plain slotted class with a positional constructor: one is made per block element,
    so it is on the hot path.
    """

    __slots__ = ("heading_level", "in_data_table", "is_link", "is_pre", "kind", "linked", "owner")

    def __init__(
        self,
        owner: int,
        kind: BlockKind,
        heading_level: int,
        is_link: bool = False,
        is_pre: bool = False,
        in_data_table: bool = False,
    ) -> None:
        self.owner = owner
        self.kind = kind
        self.heading_level = heading_level
        self.is_link = is_link
        self.is_pre = is_pre
        self.in_data_table = in_data_table
        self.linked: _Context | None = None  # the same context inside an <a>, made once


@functools.lru_cache(maxsize=1 << 15)
def _token_signals(token: str) -> tuple[Reason | None, float, bool]:
    """(boilerplate reason, content hint, names a caption) of one class or id token."""
    # A memo of a pure function: the same token always gets the same answer, so sharing it
    # across pages changes no result; it saves the regexes for "entry-content" on every page
    # of a site. A page holds ~250 distinct tokens: 8192 entries thrashed on a stream of a
    # few hundred pages; 32768 (a few MB) keeps the common ones.
    return token_signals(token)


class _Walker:
    """Collects blocks during one walk; lives for one page only.

    ``reveal`` also reads what a page hides until a script runs (see :func:`read_layout`).
    """

    def __init__(self, reveal: bool = False, unhide: frozenset[int] = frozenset()) -> None:
        self.layout = Layout()
        self.reveal = reveal
        # id() of hidden elements read as shown (see read_layout's ``unhide``).
        self.unhide = unhide
        self.dropped = REVEAL_DROPPED_TAGS if reveal else DROPPED_TAGS
        # The text pieces of the block being read, and which of them are link text (by
        # index: most pieces are not). Both are cleared in place, so callers may hold them.
        self.parts: list[str] = []
        self.links: list[int] = []
        # Class strings and tokens repeat within a page; classify each one once.
        self.class_cache: dict[str, _ClassInfo] = {}
        self.kinds: dict[tuple[str, BlockKind, bool, bool], BlockKind] = {}

    def flush(self, context: _Context) -> None:
        parts, links = self.parts, self.links
        if len(parts) == 1 and parts[0].isspace():
            # The commonest case by far: the indentation between two block elements. (Any
            # white space only, "<br>" included, makes no block.)
            parts.clear()
            links.clear()
            return
        if context.is_pre or _BREAK in parts:
            paragraphs = [
                (text, len(text.split()), link_chars)
                for text, link_chars in _paragraphs(parts, links, context.is_pre)
            ]
        else:  # the common case, inline: one paragraph or only white space
            pieces = "".join(parts).split()
            text = " ".join(pieces)
            paragraphs = [(text, len(pieces), _link_chars(parts, links))] if text else []
        parts.clear()
        links.clear()
        if not paragraphs:
            return
        for text, words, link_chars in paragraphs:
            self.layout.blocks.append(
                RawBlock(
                    owner=context.owner,
                    text=text,
                    words=words,
                    kind=context.kind,
                    link_chars=link_chars,
                    heading_level=context.heading_level,
                )
            )

    def add(self, text: str, is_link: bool) -> None:
        if is_link:
            self.links.append(len(self.parts))
        self.parts.append(text)

    def walk(self, element: lxml.html.HtmlElement, context: _Context, depth: int) -> None:
        """Collect the text and blocks inside ``element`` (already opened as ``context``)."""
        # The hot loop of the front end: locals instead of attribute look-ups.
        parts = self.parts
        links = self.links if context.is_link else None
        dropped = self.dropped
        text = element.text
        if text:
            if links is not None:
                links.append(len(parts))
            parts.append(text)
        for child in element:
            tag = child.tag
            if tag.__class__ is str and tag not in dropped:
                keys = child.keys()
                info = self.visible_class(child, keys) if keys else _NO_CLASS
                if info is None:  # hidden, with everything inside it
                    self.layout.hidden.append((context.owner, child))
                elif tag in INLINE_TAGS or (context.in_data_table and tag in _CELLS):
                    self.walk_inline(child, tag, context, depth)
                elif tag == "br":
                    parts.append(_BREAK)  # counts for no link characters either way
                else:
                    self.walk_block(child, tag, context, keys, info, depth)
            tail = child.tail
            if tail:
                if links is not None:
                    links.append(len(parts))
                parts.append(tail)

    def walk_inline(
        self, element: lxml.html.HtmlElement, tag: str, context: _Context, depth: int
    ) -> None:
        if depth > _MAX_DEPTH:
            self.add(_flat_text(element), context.is_link)
            return
        if tag == "a" and not context.is_link:
            context = context.linked or _with_link(context)
        elif tag in _CELLS and any(part.strip() for part in self.parts):
            self.parts.append(" | ")
        if len(element):
            self.walk(element, context, depth + 1)
        else:  # a leaf ("<a>", "<b>"), most inline elements: its text is all there is
            text = element.text
            if text:
                self.add(text, context.is_link)

    def walk_block(
        self,
        element: lxml.html.HtmlElement,
        tag: str,
        context: _Context,
        keys: list[str],
        info: _ClassInfo,
        depth: int,
    ) -> None:
        parts = self.parts
        if parts:
            if len(parts) == 1 and parts[0].isspace():  # indentation: see flush()
                parts.clear()
                self.links.clear()
            else:
                self.flush(context)
        inner = self.open_element(element, tag, context, keys, info)
        if depth > _MAX_DEPTH:
            self.add(_flat_text(element), context.is_link)
        else:
            self.walk(element, inner, depth + 1)
        if parts:
            if len(parts) == 1 and parts[0].isspace():
                parts.clear()
                self.links.clear()
            else:
                self.flush(inner)
        self.layout.ends[inner.owner] = len(self.layout.tags) - 1

    def visible_class(self, element: lxml.html.HtmlElement, keys: list[str]) -> _ClassInfo | None:
        """What the element's class says, or None when the element is hidden."""
        if "hidden" in keys or ("aria-hidden" in keys and element.get("aria-hidden") == "true"):
            if not (self.reveal and "hidden" in keys):
                return self.unhidden(element)
        if "style" in keys and HIDDEN_STYLE.search(element.get("style") or ""):
            if not self.reveal:
                return self.unhidden(element)
        if "class" not in keys:
            return _NO_CLASS
        value = element.get("class") or ""
        info = self.class_cache.get(value)
        if info is None:
            info = self.class_cache[value] = _class_info(value)
        return self.unhidden(element) if info.is_hidden and not self.reveal else info

    def unhidden(self, element: lxml.html.HtmlElement) -> _ClassInfo | None:
        """None for a hidden element, but one the walk reads as shown (``unhide``): then what
        its class says (asked only of hidden elements)."""
        if not self.unhide or id(element) not in self.unhide:
            return None
        return _ClassInfo(element.get("class") or "", False)

    def tab_panel(
        self,
        element: lxml.html.HtmlElement,
        keys: list[str],
        value: str,
        reason: Reason | None,
        namer: str,
    ) -> tuple[Reason | None, str]:
        """Record a tab panel; its (reason, namer), without the navigation its class gave."""
        if not _is_tab_panel(element, keys, value):
            return reason, namer
        self.layout.panels.add(len(self.layout.tags))
        if reason is Reason.NAV_CONTAINER:
            # "woocommerce-Tabs-panel", "cmp-tabs__tabpanel": a panel of the tabs, not their
            # strip (wcxb tune: a product's description read as navigation).
            return None, ""
        return reason, namer

    def open_element(
        self,
        element: lxml.html.HtmlElement,
        tag: str,
        context: _Context,
        keys: list[str],
        info: _ClassInfo,
    ) -> _Context:
        """Number a block element, record its signals, and return the context inside it."""
        layout = self.layout
        index = len(layout.tags)
        reason: Reason | None = None
        hint, is_caption = 0.0, False
        namer = ""
        if keys:
            reason, hint, is_caption = info.signals or _class_signals(info)
            if "id" in keys or "role" in keys or "itemprop" in keys:
                reason, hint = _attribute_signals(element, keys, reason, hint)
            # A reason that a role ("dialog", "navigation") confirms is no mere class name: the
            # second opinion keeps it (wcxb tune: a cookie dialog, class "banner" and role
            # "dialog", taken over the <main> when class names were set aside).
            if reason and (element.get("role") or "").lower() not in _ROLE_REASONS:
                namer = f"{info.value} {element.get('id') or ''}" if "id" in keys else info.value
            reason, namer = self.tab_panel(element, keys, info.value, reason, namer)
        if tag in _SEMANTIC_TAGS:
            reason = _TAG_REASONS.get(tag) or reason
            hint = max(hint, _TAG_HINTS.get(tag, 0.0))
        if hint >= 1.0 and reason not in _HOLDS_PROSE:
            # The class says "article body" and also something else ("post-content share-on"):
            # the body wins; chrome inside it is judged element by element.
            reason = None
        layout.parents.append(context.owner if index else -1)
        layout.tags.append(tag)
        layout.ends.append(index)
        layout.boilerplate.append(reason)
        layout.namers.append(namer)
        layout.hints.append(hint)
        layout.elements.append(element)
        in_data_table = context.in_data_table
        if tag == "table":
            in_data_table = next(element.iterdescendants(*LAYOUT_TAGS), None) is None
        elif tag == "figure" and next(element.iterdescendants("table"), None) is not None:
            # A table's figure, not a picture's: its text is no caption (but its
            # <figcaption>'s). Broken markup can leave the paragraphs after the table inside
            # it (wcxb tune: a review's body lost as captions).
            tag = "div"
        key = (tag, context.kind, is_caption, in_data_table)
        kind = self.kinds.get(key)
        if kind is None:
            kind = self.kinds[key] = _kind_inside(*key)
        return _Context(
            index,
            kind,
            _HEADINGS.get(tag, 0),
            context.is_link,
            context.is_pre or tag == "pre",
            in_data_table,
        )


# A class naming one panel of a tab widget (not the widget or its strip of tabs).
_TAB_PANEL = re.compile(r"tab-?panel|tabs?[-_]+(?:panel|pane|content)s?\b|tab-pane")


def is_tab_panel(element: lxml.html.HtmlElement) -> bool:
    """True for a tab panel, by its role or its class.

    >>> from lxml.html import fromstring
    >>> is_tab_panel(fromstring("<div role=tabpanel hidden>x</div>"))
    True
    >>> is_tab_panel(fromstring("<div class='tab-pane fade'>x</div>"))
    True
    >>> is_tab_panel(fromstring("<div class=modal hidden>x</div>"))
    False
    """
    return _is_tab_panel(element, list(element.keys()), element.get("class") or "")


def _is_tab_panel(element: lxml.html.HtmlElement, keys: list[str], value: str) -> bool:
    """True for a tab panel: role="tabpanel", or a class that names one."""
    if "role" in keys and element.get("role") == "tabpanel":
        return True
    return _names_tab_panel(value)


@functools.lru_cache(maxsize=4096)
def _names_tab_panel(value: str) -> bool:
    # A pure function of the class value, memoised: a page repeats its class values.
    lowered = value.lower()
    return "tab" in lowered and _TAB_PANEL.search(lowered) is not None


def _kind_inside(tag: str, outer: BlockKind, is_caption: bool, in_data_table: bool) -> BlockKind:
    """The kind of the blocks a block element holds, from its tag and what encloses it."""
    if tag in _HEADINGS:
        kind = BlockKind.HEADING
    elif tag in _OWN_KINDS:
        kind = _OWN_KINDS[tag]
    elif outer in _INHERITED_KINDS or (outer is BlockKind.LIST_ITEM and tag == "p"):
        kind = outer
    else:
        kind = BlockKind.PARAGRAPH
    if in_data_table and tag == "tr":
        return BlockKind.TABLE
    if is_caption and kind is BlockKind.PARAGRAPH:
        return BlockKind.CAPTION
    return kind


def _class_info(value: str) -> _ClassInfo:
    lowered = frozenset(value.lower().split())
    # "hidden lg:flex", "d-none d-md-block": hidden on small screens only.
    is_hidden = not lowered.isdisjoint(HIDDEN_CLASS_TOKENS) and not any(
        ":" in t or _RESPONSIVE.match(t) for t in lowered
    )
    return _ClassInfo(value, is_hidden)


def _class_signals(info: _ClassInfo) -> tuple[Reason | None, float, bool]:
    info.signals = _tokens_signals(_role_tokens(info.value.split()))
    return info.signals


# A CMS's post classes (WordPress ``post_class()``: "post-61904 type-post status-publish
# hentry category-deductions-and-credits tag-comments") name the post's topics after a
# taxonomy prefix; "credits", "comments" or "newsletter" there is what the post is about,
# not what the element is (wcxb tune: an article tagged "...-credits" read as a caption).
_POST_CLASS = re.compile(r"hentry|status-publish|type-\w+|(?:post|postid|page-id)-\d+")
_TAXONOMY = re.compile(r"(?:category|tag|tax|term|format|post_format|product_cat|product_tag)-")


def _role_tokens(tokens: list[str]) -> list[str]:
    """The class tokens that may say what the element is: a post's topic tokens left out.

    >>> _role_tokens("post-7 type-post hentry category-newsletter tag-list".split())
    ['post-7', 'type-post', 'hentry']
    >>> _role_tokens("tag-list widget".split())
    ['tag-list', 'widget']
    """
    if len(tokens) < 3 or not any(_POST_CLASS.fullmatch(t) for t in tokens):
        return tokens
    return [t for t in tokens if not _TAXONOMY.match(t)]


def _tokens_signals(tokens: list[str]) -> tuple[Reason | None, float, bool]:
    """The first boilerplate reason, the strongest content hint, and any caption name."""
    reason: Reason | None = None
    hint, is_caption = 0.0, False
    for token in tokens:
        found = _token_signals(token)
        if found is not NO_SIGNALS:  # most tokens (see xpaths.has_keyword)
            reason = reason or found[0]
            hint = max(hint, found[1])
            is_caption = is_caption or found[2]
    return reason, hint, is_caption


def _with_link(context: _Context) -> _Context:
    context.linked = _Context(
        context.owner,
        context.kind,
        context.heading_level,
        True,
        context.is_pre,
        context.in_data_table,
    )
    return context.linked


def _is_plainly_hidden(element: lxml.html.HtmlElement) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    return HIDDEN_STYLE.search(element.get("style") or "") is not None


def shown_text(element: lxml.html.HtmlElement) -> str:
    """The text a hidden element would show: its own hiding set aside, its hidden parts not.

    >>> from lxml.html import fromstring
    >>> shown_text(fromstring("<div hidden>a <b>b</b><script>x</script> c<p hidden>d</p> e</div>"))
    'a b c e'
    """
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append(_flat_text(child))
        parts.append(child.tail or "")
    return " ".join(" ".join(parts).split())


def _flat_text(element: lxml.html.HtmlElement) -> str:
    """The visible text under a pathologically deep element, without recursion.

    >>> from lxml.html import fromstring
    >>> _flat_text(fromstring("<div>a <b>b</b><script>x</script> c<p hidden>d</p> e</div>"))
    'a b c e'
    """
    parts: list[str] = []
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        if event == "start":
            tag = node.tag
            if not isinstance(tag, str) or tag in DROPPED_TAGS or _is_plainly_hidden(node):
                walker.skip_subtree()
            elif node.text:
                parts.append(node.text)
        elif node is not element and node.tail:
            parts.append(node.tail)
    return " ".join("".join(parts).split())


def _attribute_signals(
    element: lxml.html.HtmlElement, keys: list[str], reason: Reason | None, hint: float
) -> tuple[Reason | None, float]:
    """Add what ``id``, ``role`` and ``itemprop`` say to a block element's (reason, hint)."""
    if "id" in keys:
        value = element.get("id") or ""
        id_reason, id_hint, _ = _tokens_signals(value.split())
        if id_reason and _is_heading_anchor(element, value):
            id_reason, id_hint = None, 0.0
        reason, hint = reason or id_reason, max(hint, id_hint)
    if "role" not in keys and "itemprop" not in keys:
        return reason, hint
    role = (element.get("role") or "").lower()
    if role in _DIALOG_ROLES and (element.get("aria-modal") or "").lower() == "true":
        # An overlay over the page, whatever its class says (wcxb tune: a cookie dialog
        # holding 64% of a shop grid's prose was taken as the layout and then the content).
        return Reason.MODAL_DIALOG, 0.0
    if role:
        reason = reason or _ROLE_REASONS.get(role)
        if role in ("main", "article"):
            hint = max(hint, 0.5)
    prop = (element.get("itemprop") or "").lower()
    if prop in _ARTICLE_PROPS:
        hint = 2.0
    elif prop in ("comment", "comments"):
        reason = Reason.COMMENT_SECTION
    return reason, hint


_HEADING_TAGS = tuple(_HEADINGS)
_SLUG_WORD = re.compile(r"\w+")
# A heading's text of this many words and more, made an id: an anchor, not a name.
_ANCHOR_WORDS = 3


def _is_heading_anchor(element: lxml.html.HtmlElement, value: str) -> bool:
    """True when the id is the slug of the element's heading: an anchor for links to the
    section ("what-are-google-reviews-and-ratings", "sign-up-for-x-and-get-a-number"), whose
    words ("reviews", "sign-up") name what the section is about, not what it is.

    >>> from lxml.html import fromstring
    >>> _is_heading_anchor(fromstring("<section><h2>Sign up for the daily briefing</h2>"
    ...                               "</section>"), "sign-up-for-the-daily-briefing-section")
    True
    >>> _is_heading_anchor(fromstring("<div><h2>Daily briefing</h2></div>"), "newsletter-signup")
    False
    """
    if value.count("-") < _ANCHOR_WORDS - 1:
        return False  # the common case: a short id is a name
    if element.tag in _HEADINGS:
        heading = element
    else:
        heading = next(element.iterdescendants(*_HEADING_TAGS), None)
        if heading is None:
            return False
    # "What's next" -> "whats-next": slugs drop apostrophes.
    words = _SLUG_WORD.findall(heading.text_content().lower().replace("'", "").replace("’", ""))
    if len(words) < _ANCHOR_WORDS:
        return False
    return "-".join(words) in value.lower().replace("_", "-")


def _link_chars(parts: list[str], links: list[int]) -> int:
    """Characters of link text among ``parts`` (``links``: the indexes of the link pieces)."""
    count = 0
    for index in links:  # a plain loop: a generator costs more than the work for a few links
        count += len(parts[index].strip())
    return count


def _normalise(text: str, is_pre: bool) -> str:
    if is_pre:
        return text.replace(_BREAK, "\n").strip("\n").rstrip()
    return " ".join(text.split())


def _paragraphs(parts: list[str], links: list[int], is_pre: bool) -> list[tuple[str, int]]:
    """Join a block's text pieces into paragraphs (a blank line of ``<br>`` splits them).

    ``links`` are the indexes of the pieces that are link text.

    >>> _paragraphs(["One ", "link", _BREAK, "two", _BREAK, _BREAK, "three"], [1], False)
    [('One link\\ntwo', 4), ('three', 0)]
    """
    if is_pre or _BREAK not in parts:
        text = _normalise("".join(parts), is_pre)
        if not text:
            return []
        return [(text, _link_chars(parts, links))]
    is_link = [False] * (len(parts) + 1)
    for index in links:
        is_link[index] = True
    paragraphs: list[tuple[str, int]] = []
    lines: list[str] = []
    line: list[str] = []
    link_chars = 0
    for index, part in enumerate([*parts, _BREAK]):
        if part != _BREAK:
            line.append(part)
            if is_link[index]:
                link_chars += len(part.strip())
            continue
        text = _normalise("".join(line), False)
        line = []
        if text:
            lines.append(text)
        elif lines:
            paragraphs.append(("\n".join(lines), link_chars))
            lines, link_chars = [], 0
    if lines:
        paragraphs.append(("\n".join(lines), link_chars))
    return paragraphs


def read_layout(
    root: lxml.html.HtmlElement, *, reveal: bool = False, unhide: frozenset[int] = frozenset()
) -> Layout:
    """Walk the tree once and return its layout (see the module docstring).

    With ``reveal``, the walk also reads what a page hides until a script runs: elements
    with the ``hidden`` attribute, a hiding style or a hiding class (a streamed React page
    keeps its content in ``<div hidden>``, a gallery its slides in ``class="slide hidden"``),
    ``<noscript>``, ``<button>`` (see
    :data:`~cleaner.html.xpaths.REVEALED_TAGS`) and a ``<head>`` that holds the body.
    ``unhide`` (``id()`` of elements) reads those hidden elements as shown, and only them: an
    accordion's folded panels (see :mod:`cleaner.html.folded`).
    """
    walker = _Walker(reveal, unhide)
    body = root.find("body") if root.tag == "html" and not reveal else None
    start = body if body is not None else root
    top = _Context(owner=0, kind=BlockKind.PARAGRAPH, heading_level=0)
    tag = start.tag if isinstance(start.tag, str) else "body"
    walker.walk_block(start, tag, top, [], _NO_CLASS, 0)
    if walker.parts:
        walker.flush(top)
    return walker.layout
