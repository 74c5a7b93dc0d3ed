"""Candidates from what the page shows: author links, byline classes, "By Jane Doe" texts,
date-classed elements and, on pages without any date markup, the first date in the text.

>>> import lxml.html
>>> from cleaner.html.metadata.index import index_page
>>> root = lxml.html.fromstring('<html><body><h1>Rain</h1><p>By Jane Doe</p><p class="date">'
...     'Posted <a href="/author/jane">Jane</a>, 3 June 2019</p><p>Text.</p></body></html>')
>>> index = index_page(root)
>>> [(c.value, c.source) for c in author_link_candidates(index)]
[('Jane', 'byline:author-link')]
>>> [(c.value, c.source) for c in byline_text_candidates(index)]
[(('Jane Doe',), 'byline:text')]
>>> [c.value for c in date_text_candidates(index)]
['Posted Jane , 3 June 2019']
>>> next(first_shown_dates(root)).value
', 3 June 2019'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from lxml import etree

from cleaner.html.metadata.candidates import RANK_BYLINE, RANK_MARKUP, RANK_TEXT, Candidate
from cleaner.html.metadata.exclusion import is_excluded, is_not_dating
from cleaner.html.metadata.index import PageIndex
from cleaner.html.metadata.names import names_in
from cleaner.html.metadata.text import DIGIT, squash

__all__ = [
    "author_link_candidates",
    "byline_candidates",
    "byline_text_candidates",
    "date_text_candidates",
    "first_shown_dates",
]

_MAX_BYLINE_CHARS = 120
_AUTHOR_HREF = re.compile(r"/(?:author|autor|auteur|autore)(?:en|s)?/", re.I)


def author_link_candidates(index: PageIndex) -> Iterator[Candidate]:
    """``<a rel=author>`` (markup) and links to an author page (a byline)."""
    for link in index.by_tag["a"]:
        is_rel = "author" in (link.get("rel") or "").lower().split()
        if not (is_rel or _is_author_href(link.get("href") or "")) or is_excluded(link, index):
            continue
        if is_rel:
            yield Candidate("authors", index.text(link), "rel=author", RANK_MARKUP)
        else:
            yield Candidate("authors", index.text(link), "byline:author-link", RANK_BYLINE)


def _is_author_href(href: str) -> bool:
    # Case-insensitive "a", "u", "t" are ASCII letters only: a match holds "/aut" in lower case.
    return "/aut" in href.lower() and _AUTHOR_HREF.search(href) is not None


_BIO_WORDS = ("bio", "avatar", "image", "img", "photo", "description", "about", "box", "more",
              "social")  # fmt: skip
_BIO_CLASS = re.compile("|".join(_BIO_WORDS), re.I)


def _is_bio_class(label: str) -> bool:
    # re.I also lets "ı" match "i" and "ſ" match "s": the plain look is for ASCII labels only.
    if label.isascii():
        lowered = label.lower()
        return any(word in lowered for word in _BIO_WORDS)
    return _BIO_CLASS.search(label) is not None


def byline_candidates(index: PageIndex) -> Iterator[Candidate]:
    """Elements whose class names a byline: their links' texts, and their own short text."""
    for element in index.by_class["byline"]:
        label = f"{element.get('class') or ''} {element.get('id') or ''}"
        if _is_bio_class(label) or is_excluded(element, index):
            continue
        names = tuple(n for n in (index.text(a) for a in element.iter("a")) if n)
        if names:
            yield Candidate("authors", names, "byline:class-link", RANK_BYLINE)
        text = index.text(element)
        if 0 < len(text) <= _MAX_BYLINE_CHARS:
            yield Candidate("authors", text, "byline:class", RANK_BYLINE)


_NAME_PARTICLES = frozenset(
    "von van de der den du da del della di la le bin al zu ten ter dos das y".split()
)
_MAX_BYLINE_NAME_WORDS = 4


def _looks_like_name(name: str) -> bool:
    """Capitalised words, particles aside: "Jane van der Doe" yes, "der Idee zur Umsetzung" no."""
    words = name.split()
    return (
        len(words) <= _MAX_BYLINE_NAME_WORDS
        and words[0][0].isupper()
        and all(w[0].isupper() or w in _NAME_PARTICLES for w in words)
    )


def _is_byline(names: Sequence[str]) -> bool:
    # Several one-word "names" after "Von" are a list of things ("Von Brot, Wein und Käse").
    return (
        bool(names)
        and all(map(_looks_like_name, names))
        and (len(names) == 1 or all(len(n.split()) > 1 for n in names))
    )


def byline_text_candidates(index: PageIndex) -> Iterator[Candidate]:
    """Short elements that read "By Jane Doe" / "Von Jane Doe" / "Autor: Jane Doe"."""
    for element in dict.fromkeys(index.byline_texts):
        text = index.text(element)
        if len(text) > _MAX_BYLINE_CHARS or is_excluded(element, index):
            continue
        names = tuple(names_in(text))
        if _is_byline(names):
            yield Candidate("authors", names, "byline:text", RANK_BYLINE)


def date_text_candidates(index: PageIndex) -> Iterator[Candidate]:
    """Short texts with a digit in elements whose class names a date (or a byline, meta)."""
    for element in index.by_class["date"]:
        text = index.text(element)
        is_short = len(text) <= _MAX_BYLINE_CHARS
        if is_short and DIGIT.search(text) and not is_excluded(element, index):
            yield Candidate("published", text, "byline:date", RANK_BYLINE)


def _walk_text(root: etree._Element, is_skipped: Callable[[etree._Element], bool]) -> Iterator[str]:
    """Text and tails under ``root`` in document order, leaving out skipped subtrees."""
    stack: list[etree._Element | str] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item  # the tail of an element already walked
            continue
        if not isinstance(item.tag, str) or is_skipped(item):
            continue  # comments and processing instructions too
        if item.text:
            yield item.text
        for child in reversed(item):
            if child.tail:
                stack.append(child.tail)
            stack.append(child)


_MAX_DATE_TEXT_CHARS = 150
# A long text run can open with a dateline: "27.1.2022 - Bei der Erinnerung an ...".
_DATELINE_CHARS = 24


def first_shown_dates(root: etree._Element) -> Iterator[Candidate]:
    """Short visible text runs (or the opening of long ones) in page order that hold a date.
    On pages without date markup the first is nearly always the publication date, printed
    under the headline, as a dateline or at the article's end."""
    for text in _walk_text(root, is_not_dating):
        if not DIGIT.search(text[: 4 * _MAX_DATE_TEXT_CHARS]):
            continue
        text = squash(text[: 4 * _MAX_DATE_TEXT_CHARS])
        if len(text) > _MAX_DATE_TEXT_CHARS:
            text = text[:_DATELINE_CHARS]
        yield Candidate("published", text, "text:first-date", RANK_TEXT)
