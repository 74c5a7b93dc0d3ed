"""The elements metadata is read from, found in one walk over the tree.

Elements are found by tag (``<meta>``, ``<time>``, ``<h1>`` ...), by class (bylines, dates,
title headings), by ``itemprop``/``property``, and by leading text ("By Jane Doe").

>>> import lxml.html
>>> index = index_page(lxml.html.fromstring(
...     '<html><head><title>T</title></head><body><p class="byline">By <a>Jane</a></p>'
...     '<div><span>Von Max Muster</span></div></body></html>'))
>>> [e.tag for e in index.by_tag["title"]], [e.get("class") for e in index.by_class["byline"]]
(['title'], ['byline'])
>>> [e.tag for e in index.byline_texts]
['span']
>>> index.text(index.by_class["byline"][0])
'By Jane'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

from cleaner.bylines import BYLINE_INITIALS, BYLINE_START
from cleaner.html.metadata.text import element_text
from cleaner.prechecks import required_literals, trie_pattern

__all__ = ["UNSHOWN_TAGS", "PageIndex", "index_page"]

# Elements read by tag; everything else is found by class, itemprop or leading text.
_INDEXED_TAGS = frozenset({"script", "meta", "time", "h1", "title", "a", "link", "html"})
_BYLINE_CLASS = re.compile(r"byline|author|autor|auteur")
_DATE_CLASS = re.compile(r"date|publish|posted|byline|meta|time")
_TITLE_CLASS = re.compile(
    r"entry-title|post-title|article-title|article--title|post--title|story-title|headline|"
    r"news-title|blog-post-title|title-post"
)
_NOT_CLASSED_TAGS = frozenset({"html", "body", "article", "main", "meta", "script", "style"})
# One prefix tree of the words the three patterns need (read off them) tells whether a class
# names any (re tries an alternation's words one by one at every position).
_ANY_CLASS = re.compile(
    trie_pattern(
        word
        for pattern in (_BYLINE_CLASS, _DATE_CLASS, _TITLE_CLASS)
        for word in required_literals(pattern) or ("",)
    )
)
_TITLE_TAGS = ("h1", "h2")
# How a byline starts ("By Jane Doe", "Von Jane Doe", "Autor: Jane Doe"), and the first letters
# it can have: the one byline grammar's.
_BYLINE_START = BYLINE_START
_BYLINE_INITIALS = BYLINE_INITIALS
# Bylines are short text runs; only the start of each is tested (texts can be articles).
_BYLINE_HEAD = 48

# Elements whose own text is never shown.
UNSHOWN_TAGS = frozenset({"script", "style", "noscript", "template", "title"})


@dataclass(slots=True)
class PageIndex:
    """The elements of one page that metadata is read from, and what was read from them.

    One walk with a few string tests costs about 2 ms on a news page; XPath with
    ``translate(@class, ...)`` for each pattern cost twenty times that.
    """

    by_tag: dict[str, list[HtmlElement]]
    by_class: dict[str, list[HtmlElement]]  # "byline", "date", "title"
    itemprops: list[HtmlElement]
    byline_texts: list[HtmlElement]
    # Every text run that is not only white space, text before tail of each element in tree
    # order (so a tail comes before the text of its element's descendants: close enough to
    # ask whether a name is shown).
    texts: list[str]
    # Memos for this page only, by element.
    texts_of: dict[HtmlElement, str] = field(default_factory=dict)
    labels: dict[HtmlElement, tuple[bool, bool]] = field(default_factory=dict)

    def text(self, element: HtmlElement) -> str:
        """:func:`~cleaner.html.metadata.text.element_text`, once per element."""
        found = self.texts_of.get(element)
        if found is None:
            found = self.texts_of[element] = element_text(element)
        return found


def index_page(root: HtmlElement) -> PageIndex:
    """Walk the tree once and return its :class:`PageIndex`."""
    index = PageIndex(
        {tag: [] for tag in _INDEXED_TAGS}, {"byline": [], "date": [], "title": []}, [], [], []
    )
    indexer = _Indexer(index)
    by_tag, runs, initials = index.by_tag, index.texts, _BYLINE_INITIALS
    for element in root.iter(etree.Element):
        tag = element.tag
        if tag in _INDEXED_TAGS:
            by_tag[tag].append(element)
        keys = element.keys()
        if keys:
            indexer.add_attributes(element, tag, keys)
        # Bylines are short: a cheap look at the first letter before the pattern.
        # Most tails, and many texts, are the white space that indents the markup: it shows
        # nothing and starts no byline.
        text = element.text
        if text and tag not in UNSHOWN_TAGS and not text.isspace():
            runs.append(text)
            if text[:_BYLINE_HEAD].lstrip()[:1] in initials:
                indexer.add_byline_start(element, text)
        tail = element.tail
        if tail and not tail.isspace():
            runs.append(tail)
            if tail[:_BYLINE_HEAD].lstrip()[:1] in initials:
                indexer.add_byline_start(element.getparent(), tail)
    return index


_NO_KINDS = (False, False, False)


class _Indexer:
    """What :func:`index_page` does for the less common elements; one per page."""

    __slots__ = ("classes", "index")

    def __init__(self, index: PageIndex) -> None:
        self.index = index
        self.classes: dict[str, tuple[bool, bool, bool]] = {}

    def add_attributes(self, element: HtmlElement, tag: str, keys: list[str]) -> None:
        if ("itemprop" in keys and element.get("itemprop")) or (
            "property" in keys and tag != "meta" and element.get("property")
        ):
            self.index.itemprops.append(element)  # microdata, or RDFa outside <meta>
        if "class" not in keys or tag in _NOT_CLASSED_TAGS:
            return
        label = element.get("class")
        if not label:
            return
        kinds = self.classes.get(label)
        if kinds is None:
            kinds = self.classes[label] = _class_kinds(label)
        if kinds is _NO_KINDS:
            return
        by_class = self.index.by_class
        if kinds[0]:
            by_class["byline"].append(element)
        if kinds[1]:
            by_class["date"].append(element)
        if kinds[2] and tag in _TITLE_TAGS:
            by_class["title"].append(element)

    def add_byline_start(self, element: HtmlElement | None, text: str) -> None:
        """Add ``element`` if ``text`` (its text, or a child's tail) starts like a byline."""
        if element is not None and _BYLINE_START.match(text[:_BYLINE_HEAD].lstrip()):
            self.index.byline_texts.append(element)


def _class_kinds(label: str) -> tuple[bool, bool, bool]:
    """Whether a class names a byline, a date, a title (each tested on lower-case words)."""
    label = label.lower().replace("_", "-")
    if not _ANY_CLASS.search(label):
        return _NO_KINDS
    return (
        _BYLINE_CLASS.search(label) is not None,
        _DATE_CLASS.search(label) is not None,
        _TITLE_CLASS.search(label) is not None,
    )
