"""Candidates from structured markup: ``<meta>`` tags, microdata and RDFa, ``<time datetime>``,
``<html lang>``, the canonical link and ``<title>``.

>>> import lxml.html
>>> from cleaner.html.metadata.index import index_page
>>> index = index_page(lxml.html.fromstring(
...     '<html lang="de"><head><meta property="og:title" content="Regen">'
...     '<title>Regen | Post</title></head><body><time datetime="2020-01-02">2.1.</time>'
...     '</body></html>'))
>>> [(c.name, c.value, c.source) for c in meta_candidates(index)]
[('title', 'Regen', 'meta:og:title')]
>>> [(c.name, c.value) for c in time_candidates(index)], [c.value for c in page_candidates(index)]
([('published', '2020-01-02')], ['de'])
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType

from lxml.html import HtmlElement

from cleaner.html.metadata.candidates import (
    RANK_LOCALE,
    RANK_MARKUP,
    RANK_META,
    RANK_OPENGRAPH,
    RANK_PAGE,
    RANK_TITLE_TAG,
    Candidate,
)
from cleaner.html.metadata.exclusion import is_excluded
from cleaner.html.metadata.index import PageIndex

__all__ = [
    "itemprop_candidates",
    "meta_candidates",
    "page_candidates",
    "time_candidates",
    "title_tag_candidates",
]

_OG = RANK_OPENGRAPH
_M = RANK_META
# <meta name|property|http-equiv> key (lower case) -> (field, rank).
_META_FIELDS: Mapping[str, tuple[str, int]] = MappingProxyType({
    "og:title": ("title", _OG),
    "og:description": ("summary", _OG),
    "og:site_name": ("publisher", _OG),
    "og:url": ("url", _OG),
    "article:published_time": ("published", _OG),
    "article:published": ("published", _OG),
    "og:article:published_time": ("published", _OG),
    "og:published_time": ("published", _OG),
    "article:modified_time": ("modified", _OG),
    "og:article:modified_time": ("modified", _OG),
    "og:updated_time": ("modified", _OG),
    "article:author": ("authors", _OG),
    "og:article:author": ("authors", _OG),
    **{k: ("title", _M) for k in (
        "twitter:title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title",
        "title", "headline")},
    **{k: ("summary", _M) for k in (
        "description", "twitter:description", "dc.description", "dcterms.description",
        "sailthru.description")},
    **{k: ("publisher", _M) for k in (
        "application-name", "dc.publisher", "dcterms.publisher", "publisher",
        "citation_publisher", "citation_journal_title")},
    **{k: ("authors", _M) for k in (
        "author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author", "byl",
        "article.author", "citation_author", "authors", "dc.contributor", "creator")},
    **{k: ("published", _M) for k in (
        "date", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
        "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
        "dc.date.created", "citation_publication_date", "citation_date", "citation_online_date",
        "sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate",
        "publication_date", "article_date_original", "datepublished", "pub_date",
        "dc.date.published", "article.created", "date_published", "created")},
    **{k: ("modified", _M) for k in (
        "last-modified", "dcterms.modified", "dc.date.modified", "article.updated", "lastmod",
        "datemodified", "revised", "date_modified", "dcterms.date.modified", "lastupdated")},
    **{k: ("language", _M) for k in (
        "content-language", "language", "dc.language", "dcterms.language")},
    "og:locale": ("language", RANK_LOCALE),  # often a site-wide default
    **{k: ("url", _M) for k in ("twitter:url", "parsely-link")},
})  # fmt: skip

# itemprop (lower case) -> field; microdata on <meta>, <time> or visible elements.
_ITEMPROP_FIELDS: Mapping[str, str] = MappingProxyType(
    {
        "headline": "title",
        "datepublished": "published",
        "datecreated": "published",
        "datemodified": "modified",
        "author": "authors",
        "creator": "authors",
        "inlanguage": "language",
        "description": "summary",
    }
)


def meta_candidates(index: PageIndex) -> Iterator[Candidate]:
    """``<meta name|property|http-equiv content>`` tags that name a field."""
    for meta in index.by_tag["meta"]:
        content = meta.get("content") or ""
        if meta.get("itemprop") is not None or not content.strip():
            continue  # microdata is read with the other itemprops
        for attribute in ("property", "name", "http-equiv"):
            key = (meta.get(attribute) or "").strip().lower()
            target = _META_FIELDS.get(key)
            if target is not None:
                yield Candidate(target[0], content, f"meta:{key}", target[1])
                break


def _itemprop_value(element: HtmlElement, name: str, index: PageIndex) -> str:
    # <abbr title="2018-06-05T08:00:00-07:00">08:00</abbr>: the machine value is the title.
    attributes = (
        ("content", "datetime", "title") if element.tag == "abbr" else ("content", "datetime")
    )
    for attribute in attributes:
        value = element.get(attribute)
        if value:
            return str(value)
    if name in ("author", "creator"):
        names = [e for e in element.iter() if e.get("itemprop") == "name" and e is not element]
        if names:
            return str(names[0].get("content") or index.text(names[0]))
    return index.text(element)


def itemprop_candidates(index: PageIndex) -> Iterator[Candidate]:
    """Microdata (``itemprop``) and RDFa (``property``) outside ``<meta>`` tags."""
    for element in index.itemprops:
        props = element.get("itemprop") or element.get("property") or ""
        for prop in props.split():
            # RDFa names carry a vocabulary prefix: "schema:datePublished".
            name = _ITEMPROP_FIELDS.get(prop.rsplit(":", 1)[-1].lower())
            if name is None or is_excluded(element, index):
                continue
            value = _itemprop_value(element, prop.lower(), index)
            if value:
                yield Candidate(name, value, f"itemprop:{prop}", RANK_MARKUP)


def page_candidates(index: PageIndex) -> Iterator[Candidate]:
    """``<html lang>`` and ``<link rel=canonical>``."""
    for element in index.by_tag["html"][:1]:
        lang = element.get("lang") or element.get("{http://www.w3.org/XML/1998/namespace}lang")
        if lang:
            yield Candidate("language", lang, "html[lang]", RANK_PAGE)
    for link in index.by_tag["link"]:
        if (link.get("rel") or "").strip().lower() == "canonical" and link.get("href"):
            yield Candidate("url", link.get("href") or "", "link[rel=canonical]", RANK_PAGE)


_MODIFIED_CLASS = re.compile(r"updated|modified|changed|aktualisiert", re.I)


def time_candidates(index: PageIndex) -> Iterator[Candidate]:
    """``<time datetime>`` outside comments and chrome; modified when its class says so."""
    for element in index.by_tag["time"]:
        stamp = element.get("datetime")
        if not stamp or element.get("itemprop") is not None or is_excluded(element, index):
            continue
        parent = element.getparent()
        label = f"{element.get('class') or ''} {'' if parent is None else parent.get('class')}"
        name = "modified" if _MODIFIED_CLASS.search(label) else "published"
        yield Candidate(name, stamp, "time[datetime]", RANK_MARKUP)


def title_tag_candidates(index: PageIndex) -> Iterator[Candidate]:
    """The page's ``<title>``."""
    for element in index.by_tag["title"][:1]:
        yield Candidate("title", index.text(element), "title", RANK_TITLE_TAG)
