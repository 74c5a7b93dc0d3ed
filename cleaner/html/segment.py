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
>>> layout = segment_html(page)
>>> [(b.tag, b.text, b.link_chars) for b in layout.blocks]
[('nav', 'Home', 4), ('h1', 'Title', 0), ('p', 'One two\\nthree.', 3)]
>>> [layout.tags[b.owner] for b in layout.blocks]
['nav', 'h1', 'p']
>>> layout.boilerplate[layout.blocks[0].owner]
'nav_container'
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
    boilerplate_reason,
    class_parts,
    content_hint,
    has_keyword,
    is_caption_class,
)

__all__ = ["Layout", "RawBlock", "segment_html"]

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
    "nav": "nav_container", "footer": "page_footer", "aside": "aside_box", "form": "promo_box",
}  # fmt: skip
_ROLE_REASONS = {
    "navigation": "nav_container", "menu": "nav_container", "menubar": "nav_container",
    "banner": "nav_container", "search": "nav_container", "contentinfo": "page_footer",
    "complementary": "aside_box", "dialog": "promo_box", "alertdialog": "promo_box",
}  # fmt: skip
_TAG_HINTS = {"article": 0.8, "main": 0.5}
_CELLS = frozenset({"td", "th"})
_SEMANTIC_TAGS = frozenset(_TAG_REASONS) | frozenset(_TAG_HINTS)
_ARTICLE_PROPS = frozenset({"articlebody", "text", "articletext", "reviewbody", "description"})
_NO_TOKENS: frozenset[str] = frozenset()
_RESPONSIVE = re.compile(r"(?:d|visible|show)-(?:sm|md|lg|xl|xxl)-|(?:sm|md|lg|xl)-")


@dataclass(slots=True)
class RawBlock:
    """A block of text before the content choice; ``owner`` is its element's index."""

    owner: int
    text: str
    kind: BlockKind
    tag: str
    path: str
    link_chars: int
    class_tokens: frozenset[str]
    heading_level: int = 0


@dataclass(slots=True)
class Layout:
    """Block elements (by pre-order index) and the text blocks they own."""

    tags: list[str] = field(default_factory=list)
    parents: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)  # last index inside each element's subtree
    boilerplate: list[str] = field(default_factory=list)  # reason its class/tag/role names
    hints: list[float] = field(default_factory=list)  # how strongly it names the article
    blocks: list[RawBlock] = field(default_factory=list)


@dataclass(slots=True)
class _Signals:
    tokens: frozenset[str]
    reason: str
    hint: float
    is_hidden: bool
    is_caption: bool = False


class _Context:
    """Where the walk is: the owning block element and what encloses it.

    A plain slotted class with a positional constructor: one is made per block element,
    so it is on the hot path.
    """

    __slots__ = (
        "heading_level", "in_data_table", "is_link", "is_pre", "kind", "owner", "path", "tokens",
    )  # fmt: skip

    def __init__(
        self,
        owner: int,
        kind: BlockKind,
        heading_level: int,
        tokens: frozenset[str],
        path: str,
        is_link: bool = False,
        is_pre: bool = False,
        in_data_table: bool = False,
    ) -> None:
        self.owner = owner
        self.kind = kind
        self.heading_level = heading_level
        self.tokens = tokens
        self.path = path
        self.is_link = is_link
        self.is_pre = is_pre
        self.in_data_table = in_data_table


@functools.lru_cache(maxsize=1 << 15)
def _token_signals(token: str) -> tuple[str, float, bool]:
    """(boilerplate reason, content hint, names a caption) of one class or id token."""
    # A memo of a pure function: the same token always gets the same answer, so sharing it
    # across pages changes no result; it saves the regexes for "entry-content" on every page
    # of a site. A page holds ~250 distinct tokens: 8192 entries thrashed on a stream of a
    # few hundred pages; 32768 (a few MB) keeps the common ones.
    if not has_keyword(token):
        return "", 0.0, False
    parts = class_parts(token)
    return boilerplate_reason(parts) or "", content_hint(parts), is_caption_class(parts)


class _Walker:
    """Collects blocks during one walk; lives for one page only."""

    def __init__(self) -> None:
        self.layout = Layout()
        # The text pieces of the block being read, and which of them are link text (by
        # index: most pieces are not). Both are cleared in place, so callers may hold them.
        self.parts: list[str] = []
        self.links: list[int] = []
        # Class strings and tokens repeat within a page; classify each one once.
        self.class_cache: dict[str, _Signals] = {}
        self.union_cache: dict[
            tuple[int, int], tuple[frozenset[str], frozenset[str], frozenset[str]]
        ] = {}

    def flush(self, context: _Context) -> None:
        parts, links = self.parts, self.links
        if context.is_pre or _BREAK in parts:
            paragraphs = _paragraphs(parts, links, context.is_pre)
        else:  # the common case, inline: one paragraph or only white space
            text = " ".join("".join(parts).split())
            paragraphs = (
                [(text, sum(len(parts[i].strip()) for i in links) if links else 0)] if text else []
            )
        parts.clear()
        links.clear()
        if not paragraphs:
            return
        tag = self.layout.tags[context.owner] if self.layout.tags else "html"
        for text, link_chars in paragraphs:
            self.layout.blocks.append(
                RawBlock(
                    context.owner,
                    text,
                    context.kind,
                    tag,
                    context.path,
                    link_chars,
                    context.tokens,
                    context.heading_level,
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
        is_link = context.is_link
        links = self.links if is_link else None
        text = element.text
        if text:
            if links is not None:
                links.append(len(parts))
            parts.append(text)
        for child in element:
            tag = child.tag
            if tag.__class__ is str and tag not in DROPPED_TAGS:
                keys = child.keys()
                if not keys or not self.is_hidden(child, keys):
                    if tag in INLINE_TAGS or (context.in_data_table and tag in _CELLS):
                        self.walk_inline(child, tag, context, depth)
                    elif tag == "br":
                        parts.append(_BREAK)  # counts for no link characters either way
                    else:
                        self.walk_block(child, tag, context, keys, depth)
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
            context = _with_link(context)
        elif tag in _CELLS and any(part.strip() for part in self.parts):
            self.parts.append(" | ")
        if len(element) or element.text:
            self.walk(element, context, depth + 1)

    def walk_block(
        self,
        element: lxml.html.HtmlElement,
        tag: str,
        context: _Context,
        keys: list[str],
        depth: int,
    ) -> None:
        if self.parts:
            self.flush(context)
        inner = self.open_element(element, tag, context, keys)
        if depth > _MAX_DEPTH:
            self.add(_flat_text(element), context.is_link)
        else:
            self.walk(element, inner, depth + 1)
        if self.parts:
            self.flush(inner)
        self.layout.ends[inner.owner] = len(self.layout.tags) - 1

    def is_hidden(self, element: lxml.html.HtmlElement, keys: list[str]) -> bool:
        if "hidden" in keys or ("aria-hidden" in keys and element.get("aria-hidden") == "true"):
            return True
        if "style" in keys and HIDDEN_STYLE.search(element.get("style") or ""):
            return True
        if "class" in keys:
            return self.class_signals(element.get("class") or "").is_hidden
        return False

    def class_signals(self, value: str) -> _Signals:
        found = self.class_cache.get(value)
        if found is None:
            tokens = value.split()
            reason, hint, is_caption = self.tokens_signals(tokens)
            lowered = frozenset(t.lower() for t in tokens)
            # "hidden lg:flex", "d-none d-md-block": hidden on small screens only.
            is_hidden = not lowered.isdisjoint(HIDDEN_CLASS_TOKENS) and not any(
                ":" in t or _RESPONSIVE.match(t) for t in lowered
            )
            found = _Signals(lowered, reason, hint, is_hidden, is_caption)
            self.class_cache[value] = found
        return found

    def tokens_below(self, outer: frozenset[str], own: frozenset[str]) -> frozenset[str]:
        """``outer | own``, shared between siblings: unions of long ancestor sets are costly."""
        key = (id(outer), id(own))
        found = self.union_cache.get(key)
        if found is None or found[0] is not outer or found[1] is not own:
            found = (outer, own, outer | own)
            self.union_cache[key] = found
        return found[2]

    def tokens_signals(self, tokens: list[str]) -> tuple[str, float, bool]:
        """The first boilerplate reason, the strongest content hint, and any caption name."""
        reason, hint, is_caption = "", 0.0, False
        for token in tokens:
            found = _token_signals(token)
            reason = reason or found[0]
            hint = max(hint, found[1])
            is_caption = is_caption or found[2]
        return reason, hint, is_caption

    def element_signals(
        self, element: lxml.html.HtmlElement, keys: list[str]
    ) -> tuple[str, float, bool, frozenset[str]]:
        """(reason, hint, names a caption, class tokens) from a block element's attributes."""
        reason, hint, is_caption, own = "", 0.0, False, _NO_TOKENS
        if "class" in keys:
            signals = self.class_signals(element.get("class") or "")
            reason, hint, is_caption, own = (
                signals.reason,
                signals.hint,
                signals.is_caption,
                signals.tokens,
            )
        if "id" in keys:
            id_reason, id_hint, _ = self.tokens_signals((element.get("id") or "").split())
            reason, hint = reason or id_reason, max(hint, id_hint)
        if "role" in keys or "itemprop" in keys:
            reason, hint = _attribute_signals(element, reason, hint)
        return reason, hint, is_caption, own

    def open_element(
        self, element: lxml.html.HtmlElement, tag: str, context: _Context, keys: list[str]
    ) -> _Context:
        """Number a block element, record its signals, and return the context inside it."""
        layout = self.layout
        index = len(layout.tags)
        tokens = context.tokens
        reason, hint, is_caption = "", 0.0, False
        if keys:
            reason, hint, is_caption, own = self.element_signals(element, keys)
            if own and tag not in ("html", "body"):
                tokens = self.tokens_below(tokens, own)
        if tag in _SEMANTIC_TAGS:
            reason = _TAG_REASONS.get(tag, "") or reason
            hint = max(hint, _TAG_HINTS.get(tag, 0.0))
        if hint >= 1.0 and reason != "comment_section":
            # The class says "article body" and also something else ("post-content share-on"):
            # the body wins; chrome inside it is judged element by element.
            reason = ""
        layout.parents.append(context.owner if index else -1)
        layout.tags.append(tag)
        layout.ends.append(index)
        layout.boilerplate.append(reason)
        layout.hints.append(hint)
        level = _HEADINGS.get(tag, 0)
        kind = BlockKind.HEADING if level else _OWN_KINDS.get(tag) or _inherited_kind(tag, context)
        in_data_table = context.in_data_table
        if tag == "table":
            in_data_table = next(element.iterdescendants(*LAYOUT_TAGS), None) is None
        if in_data_table and tag == "tr":
            kind = BlockKind.TABLE
        elif is_caption and kind is BlockKind.PARAGRAPH:
            kind = BlockKind.CAPTION
        return _Context(
            index,
            kind,
            level,
            tokens,
            f"{context.path}/{tag}" if context.path else tag,
            context.is_link,
            context.is_pre or tag == "pre",
            in_data_table,
        )


def _with_link(context: _Context) -> _Context:
    return _Context(
        context.owner,
        context.kind,
        context.heading_level,
        context.tokens,
        context.path,
        True,
        context.is_pre,
        context.in_data_table,
    )


def _is_plainly_hidden(element: lxml.html.HtmlElement) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    return HIDDEN_STYLE.search(element.get("style") or "") is not None


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


def _inherited_kind(tag: str, context: _Context) -> BlockKind:
    kind = context.kind
    if kind in _INHERITED_KINDS or (kind is BlockKind.LIST_ITEM and tag == "p"):
        return kind
    return BlockKind.PARAGRAPH


def _attribute_signals(
    element: lxml.html.HtmlElement, reason: str, hint: float
) -> tuple[str, float]:
    """Add what ``role`` and ``itemprop`` say to a block element's (reason, hint)."""
    role = (element.get("role") or "").lower()
    if role:
        reason = reason or _ROLE_REASONS.get(role, "")
        if role in ("main", "article"):
            hint = max(hint, 0.5)
    prop = (element.get("itemprop") or "").lower()
    if prop in _ARTICLE_PROPS:
        hint = 2.0
    elif prop in ("comment", "comments"):
        reason = "comment_section"
    return reason, hint


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
        return [(text, sum(len(parts[i].strip()) for i in links))]
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


def segment_html(root: lxml.html.HtmlElement) -> Layout:
    """Walk the tree once and return its layout (see the module docstring)."""
    walker = _Walker()
    body = root.find("body") if root.tag == "html" else None
    start = body if body is not None else root
    path = "html" if start is not root else ""
    top = _Context(owner=0, kind=BlockKind.PARAGRAPH, heading_level=0, tokens=_NO_TOKENS, path=path)
    walker.walk_block(start, start.tag if isinstance(start.tag, str) else "body", top, [], 0)
    if walker.parts:
        walker.flush(top)
    return walker.layout
