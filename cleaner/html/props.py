"""Prose a page ships only as JSON in a script framework's ``data-*props`` attribute.

React on Rails, Webpacker and island frameworks render a component from JSON held in an
attribute (``data-react-props``, ``data-props``, ``data-hydrate-props``); until a script runs,
the element is empty. When the article is such a component, the visible page holds no prose
and the text is only in the JSON. :class:`PropsProse` reads the long prose-like strings (HTML
fragments or plain text) out of those attributes, safely: ``json.loads`` on values under a
size limit, nothing evaluated, a bounded walk, short UI strings (labels, paths) left out.

Before: ``<div data-react-props='{"locale":"de","body":"<p>The council voted ...</p>"}'></div>``
shows nothing; after, a copy of the page holds
``<div ...><article><p>The council voted ...</p></article></div>``, where the component renders.

>>> from cleaner.html.parse import parse_html
>>> sentence = "The council voted on Monday to approve the new bridge plan. "
>>> page = ('<body><div data-react-props=\\'{"locale": "de", "label": "Read more", '
...         '"body": "<p>' + sentence * 3 + '</p>"}\\'></div></body>')
>>> shown = PropsProse().reveal(parse_html(page, max_bytes=10**6))
>>> text = shown.findtext(".//article/p")
>>> text.startswith("The council voted"), "Read more" in shown.text_content()
(True, False)
"""

from __future__ import annotations

import copy as copy_module
import html as html_escape
import json
import re

import lxml.html

from cleaner.errors import InputTooLargeError, NoArticleError
from cleaner.html.parse import parse_html
from cleaner.html.xpaths import PROPS_ELEMENTS

__all__ = ["PropsProse"]

# A JSON value over this many characters is not read (a page's limit bounds it anyway; this
# keeps one attribute from costing more than a page's worth of parsing).
_MAX_VALUE_CHARS = 2_000_000
# The walk stops this deep in nested objects and lists, and after this many strings.
_MAX_DEPTH = 40
_MAX_STRINGS = 20_000
# A string is prose when it holds this many words once its tags are left out: a label, a path,
# a title holds a few (traf tune: an article's paragraphs in data-react-props held 26-211
# words, its titles, step headings and paths 11 or fewer) ...
_MIN_WORDS = 25
# ... and at least one sentence mark per this many words (a list of keywords holds none).
_WORDS_PER_MARK = 60
_TAGS = re.compile(r"<[^>]*>")
_MARKS = re.compile(r"[.!?;:\u3002\uff01\uff1f\u0964\u061f]")
# A string holding one of these is an HTML fragment, kept as markup; other strings are text.
_HTML_HINT = re.compile(r"<(?:p|div|h[1-6]|ul|ol|li|br|blockquote|figure|section)\b", re.I)


class PropsProse:
    """A copy of the page with the prose of its ``data-*props`` JSON placed in its elements."""

    def reveal(self, root: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
        """The copy, or None when no such attribute holds prose (the page is left as it is)."""
        found: list[tuple[int, str]] = []
        elements = _props_elements(root)
        for index, element in enumerate(elements):
            parts = [_fragment(s) for s in _element_prose(element)]
            if parts:
                found.append((index, "".join(parts)))
        if not found:
            return None
        copy = copy_module.deepcopy(root)
        copied = _props_elements(copy)
        for index, markup in found:
            article = _article(markup)
            if article is not None:
                copied[index].append(article)
        return copy


def _props_elements(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    found = PROPS_ELEMENTS(root)  # a node-set: typed as any XPath result
    return (
        [e for e in found if isinstance(e, lxml.html.HtmlElement)]
        if isinstance(found, list)
        else []
    )


def _element_prose(element: lxml.html.HtmlElement) -> list[str]:
    strings: list[str] = []
    for name, value in element.attrib.items():
        if not (name.startswith("data-") and "props" in name):
            continue
        if len(value) > _MAX_VALUE_CHARS or not value.lstrip().startswith(("{", "[")):
            continue
        try:
            data = json.loads(value)
        except (ValueError, RecursionError):
            continue  # malformed or hostile JSON: nothing to read
        strings.extend(_prose_strings(data))
    return strings


def _article(markup: str) -> lxml.html.HtmlElement | None:
    """The fragments parsed (by the page's own safe parser) under one ``<article>``."""
    try:
        root = parse_html(
            f"<html><body><article>{markup}</article></body></html>", max_bytes=_MAX_VALUE_CHARS
        )
    except (InputTooLargeError, NoArticleError):
        return None
    article = root.find("body/article")
    return article if isinstance(article, lxml.html.HtmlElement) else None


def _prose_strings(data: object) -> list[str]:
    """Long prose-like strings in ``data``, in document order, each once."""
    found: list[str] = []
    seen: set[str] = set()
    stack: list[tuple[object, int]] = [(data, 0)]
    visited = 0
    while stack and visited < _MAX_STRINGS:
        value, depth = stack.pop()
        visited += 1
        if isinstance(value, str):
            if value not in seen and _is_prose(value):
                seen.add(value)
                found.append(value)
        elif depth < _MAX_DEPTH and isinstance(value, dict):
            stack.extend((v, depth + 1) for v in reversed(list(value.values())))
        elif depth < _MAX_DEPTH and isinstance(value, list):
            stack.extend((v, depth + 1) for v in reversed(value))
    return found


def _is_prose(value: str) -> bool:
    if value.count(" ") < _MIN_WORDS - 1:
        return False  # cheap screen: most strings are short
    text = _TAGS.sub(" ", value)
    words = len(text.split())
    return words >= _MIN_WORDS and len(_MARKS.findall(text)) * _WORDS_PER_MARK >= words


def _fragment(value: str) -> str:
    if _HTML_HINT.search(value):
        return value
    return f"<p>{html_escape.escape(value)}</p>"
