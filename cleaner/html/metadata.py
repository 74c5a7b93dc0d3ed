"""Article metadata from a parsed HTML page: JSON-LD, meta tags, microdata, bylines, headings.

Every place a value can come from is a *candidate* with a source name and a rank; for each
field the highest-ranked candidate that survives cleaning wins. The ranks follow how specific
the markup is: JSON-LD for the article itself (60) > OpenGraph and ``article:*`` (50) >
JSON-LD for the page or site, ``<html lang>``, canonical link (45) > other ``<meta>`` (40) >
``og:locale`` (35) > ``<time datetime>``, ``rel=author``, microdata and RDFa (30) > byline
class and text patterns (20) > a date in the page's own URL (15) > ``<h1>`` (12) >
``<title>`` (10) > the first date shown on a page that has no other (5). Text-pattern steps on
blocks have rank 0, so any value found here beats them. Three fields look further than rank:

* title: a visible heading that agrees with a structured title is preferred (it has the page's
  own typography and no site name), with the rank of the title it agrees with;
* authors: names from JSON-LD and meta tags count only if the page shows them and they are not
  the site's own name;
* published: when a markup timestamp falls on the day next to the one a byline prints (time
  zones), the printed day is given.

Each field's ``source`` names where it came from: ``jsonld:headline``, ``meta:og:title``,
``itemprop:datePublished``, ``time[datetime]``, ``rel=author``, ``byline:class``,
``byline:text``, ``url:date``, ``h1``, ``title``, ``text:first-date`` ...

>>> import lxml.html
>>> root = lxml.html.fromstring(
...     '<html lang="en-GB"><head><title>Rain due | Daily Post</title>'
...     '<meta property="og:site_name" content="Daily Post">'
...     '<meta name="author" content="By JANE DOE and @jdoe">'
...     '<script type="application/ld+json">{"@type": "NewsArticle",'
...     ' "datePublished": "2016-11-29T08:00:00+01:00", "articleBody": "It will rain.",}'
...     '</script></head><body><p>By Jane Doe</p><p>It will rain.</p></body></html>')
>>> fields, body = extract_metadata(root)
>>> fields["title"].value, fields["title"].source
('Rain due', 'title')
>>> fields["authors"].value, fields["authors"].source
(('Jane Doe',), 'meta:author')
>>> fields["published"].value, fields["language"].value, fields["publisher"].value
('2016-11-29T08:00:00+01:00', 'en', 'Daily Post')
>>> body
'It will rain.'
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from cleaner.blocks import Field
from cleaner.html.metadata_dates import find_date, parse_date

__all__ = [
    "FIELD_NAMES",
    "RANK_BYLINE",
    "RANK_HEADING",
    "RANK_JSONLD_ARTICLE",
    "RANK_LOCALE",
    "RANK_MARKUP",
    "RANK_META",
    "RANK_OPENGRAPH",
    "RANK_PAGE",
    "RANK_TEXT",
    "RANK_TITLE_TAG",
    "RANK_URL_DATE",
    "extract_metadata",
]

FIELD_NAMES = (
    "title", "authors", "published", "modified", "publisher", "language", "summary", "url",
)  # fmt: skip

RANK_JSONLD_ARTICLE = 60
RANK_OPENGRAPH = 50
RANK_PAGE = 45
RANK_META = 40
RANK_LOCALE = 35
RANK_MARKUP = 30
RANK_BYLINE = 20
RANK_HEADING = 12
RANK_TITLE_TAG = 10
RANK_URL_DATE = 15
RANK_TEXT = 5

_Value = str | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Candidate:
    name: str  # the field it may fill
    value: _Value  # as found; cleaned when chosen
    source: str
    rank: int


# ------------------------------------------------------------------------------- text helpers

_SPACES = re.compile(r"\s+")
# Soft hyphens and zero-width characters: invisible, but they break comparisons.
_INVISIBLE = MappingProxyType(dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff")))
_NOT_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]")
_DIGIT = re.compile(r"\d")
_HOST = re.compile(r"^[a-z]+://(?:www\d?\.)?([^/:?#\s]+)", re.I)


def _squash(text: str) -> str:
    # JSON-LD and some meta tags carry HTML entities ("&#8211;") that the parser left alone.
    if "&" in text:
        text = html.unescape(text)
    return _SPACES.sub(" ", text.translate(_INVISIBLE)).strip()


def _text(element: HtmlElement) -> str:
    # Text runs joined with a space: "<br>" and block children separate words on screen.
    return _squash(" ".join(t for t in element.itertext() if isinstance(t, str)))


def _key(text: str) -> str:
    """Letters and digits only, lower case: what two spellings of a name share."""
    return _NOT_WORD.sub("", text).lower()


# --------------------------------------------------------------------------------- page index

# Elements read by tag; everything else is found by class, itemprop or leading text.
_INDEXED_TAGS = frozenset({"script", "meta", "time", "h1", "h2", "title", "a", "link", "html"})
_BYLINE_CLASS = re.compile(r"byline|author|autor|auteur")
_DATE_CLASS = re.compile(r"date|publish|posted|byline|meta|time")
_TITLE_CLASS = re.compile(
    r"entry-title|post-title|article-title|article--title|post--title|story-title|headline|"
    r"news-title|blog-post-title|title-post"
)
_NOT_CLASSED_TAGS = frozenset({"html", "body", "article", "main", "meta", "script", "style"})
_ANY_CLASS = re.compile("|".join(p.pattern for p in (_BYLINE_CLASS, _DATE_CLASS, _TITLE_CLASS)))
# How a byline starts: "By Jane Doe", "Von Jane Doe", "Autor: Jane Doe".
_BYLINE_START = re.compile(
    r"\s*(?:(?:posted|written|eingestellt|geschrieben|veröffentlicht|verfasst|ein\s+beitrag|"
    r"publié|escrito|publicado|scritto)\s+)?(?:by|von|par|por|door|da)\s+\w"
    r"|\s*(?:autor|autorin|author|text|texte)\s*:",
    re.I,
)
_BYLINE_INITIALS = frozenset("BbVvPpDdEeGgWwAaTtSs")


@dataclass(slots=True)
class _PageIndex:
    """The elements metadata is read from, found in one walk over the tree.

    One walk with a few string tests costs about 2 ms on a news page; XPath with
    ``translate(@class, ...)`` for each pattern cost twenty times that.
    """

    by_tag: dict[str, list[HtmlElement]]
    by_class: dict[str, list[HtmlElement]]  # "byline", "date", "title"
    itemprops: list[HtmlElement]
    byline_texts: list[HtmlElement]
    # Every visible text run (tails may come before their element's descendants' text; close
    # enough to ask whether a name is shown).
    texts: list[str]


# Elements whose own text is never shown.
_UNSHOWN_TAGS = frozenset({"script", "style", "noscript", "template", "title"})


def _index_page(root: HtmlElement) -> _PageIndex:
    index = _PageIndex(defaultdict(list), defaultdict(list), [], [], [])
    texts = index.texts
    for element in root.iter(etree.Element):
        tag = element.tag
        if tag in _INDEXED_TAGS:
            index.by_tag[tag].append(element)
        if element.get("itemprop") or (element.get("property") and tag != "meta"):
            index.itemprops.append(element)  # microdata, or RDFa outside <meta>
        label = element.get("class")
        if label and tag not in _NOT_CLASSED_TAGS:
            label = label.lower().replace("_", "-")
            if _ANY_CLASS.search(label):
                _index_class(index, element, label)
        # Bylines are short text runs; test only the start of each (texts can be articles).
        text, tail = element.text, element.tail
        if text and tag not in _UNSHOWN_TAGS:
            texts.append(text)
            if _starts_byline(text[:48]):
                index.byline_texts.append(element)
        if tail:
            texts.append(tail)
            if _starts_byline(tail[:48]):
                _add_parent(index.byline_texts, element)
    return index


def _add_parent(elements: list[HtmlElement], element: HtmlElement) -> None:
    parent = element.getparent()
    if parent is not None:
        elements.append(parent)


def _index_class(index: _PageIndex, element: HtmlElement, label: str) -> None:
    if _BYLINE_CLASS.search(label):
        index.by_class["byline"].append(element)
    if _DATE_CLASS.search(label):
        index.by_class["date"].append(element)
    if element.tag in ("h1", "h2") and _TITLE_CLASS.search(label):
        index.by_class["title"].append(element)


def _starts_byline(text: str) -> bool:
    head = text.lstrip()
    return head[:1] in _BYLINE_INITIALS and _BYLINE_START.match(head) is not None


# ------------------------------------------------------------------------------------ JSON-LD

# Wrappers some CMSs put around JSON-LD: HTML comments and (commented) CDATA markers.
_JSON_WRAPPERS = re.compile(r"<!--|-->|(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>")
_TRAILING_COMMAS = re.compile(r",\s*([}\]])")
_JSON_GAP = re.compile(r"[\s;,]*")
_MAX_JSONLD_NODES = 500

_ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
    "techarticle", "scholarlyarticle", "report", "socialmediaposting", "satiricalarticle",
    "advertisercontentarticle", "medicalscholarlyarticle", "askpublicnewsarticle",
    "factchecknewsarticle", "discussionforumposting", "posting", "blog", "recipe", "review",
    "creativework", "podcastepisode", "videoobject", "howto",
})  # fmt: skip
_PAGE_TYPES = frozenset({
    "webpage", "itempage", "aboutpage", "collectionpage", "profilepage", "qapage",
    "faqpage", "contactpage", "medicalwebpage", "searchresultspage",
})  # fmt: skip
_SITE_TYPES = frozenset({"website", "organization", "newsmediaorganization", "corporation"})


def _load_json(text: str) -> list[Any]:
    """Every JSON value in a script's text; broken JSON gives what could be read, or []."""
    text = _JSON_WRAPPERS.sub("", text).strip()
    if not text:
        return []
    found = _decode_all(text)
    if not found:
        found = _decode_all(_TRAILING_COMMAS.sub(r"\1", text))
    return found


def _decode_all(text: str) -> list[Any]:
    decoder = json.JSONDecoder(strict=False)  # raw newlines inside strings are common
    found: list[Any] = []
    index = 0
    while index < len(text):
        try:
            value, index = decoder.raw_decode(text, index)
        except (ValueError, RecursionError):
            return found
        found.append(value)
        gap = _JSON_GAP.match(text, index)
        index = gap.end() if gap else index
    return found


def _types(node: Mapping[str, Any]) -> set[str]:
    declared = node.get("@type")
    names = declared if isinstance(declared, list) else [declared]
    return {n.rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for n in names if isinstance(n, str)}


def _jsonld_nodes(documents: list[Any]) -> list[dict[str, Any]]:
    """Typed JSON-LD objects in document order, looking into lists, ``@graph`` and
    ``mainEntity`` (where pages nest the article)."""
    nodes: list[dict[str, Any]] = []
    stack: list[Any] = list(reversed(documents))
    while stack and len(nodes) < _MAX_JSONLD_NODES:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            if "@type" in item:
                nodes.append(item)
            nested = [item.get(key) for key in ("@graph", "mainEntity")]
            stack.extend(reversed([n for n in nested if isinstance(n, dict | list)]))
    return nodes


@dataclass(frozen=True, slots=True)
class _JsonLd:
    """The JSON-LD objects of a page that matter for metadata."""

    article: dict[str, Any] | None
    page: dict[str, Any] | None
    sites: tuple[dict[str, Any], ...]
    by_id: Mapping[str, dict[str, Any]]


def _read_jsonld(index: _PageIndex) -> _JsonLd:
    documents: list[Any] = []
    for script in index.by_tag["script"]:
        if "ld+json" in (script.get("type") or "").lower():
            documents.extend(_load_json(script.text or ""))
    nodes = _jsonld_nodes(documents)
    by_id = {str(n["@id"]): n for n in nodes if isinstance(n.get("@id"), str)}
    article = next((n for n in nodes if _types(n) & _ARTICLE_TYPES), None)
    page = next((n for n in nodes if _types(n) & _PAGE_TYPES), None)
    sites = tuple(n for n in nodes if _types(n) & _SITE_TYPES)
    return _JsonLd(article, page, sites, by_id)


def _resolve(value: Any, by_id: Mapping[str, dict[str, Any]]) -> Any:
    """Follow an ``{"@id": ...}`` reference to the object it names in the ``@graph``."""
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and "@id" in value:
        return by_id.get(str(value["@id"]), value)
    return value


def _first_string(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and isinstance(value[0], str):
        return value[0]
    return ""


def _person_names(value: Any, by_id: Mapping[str, dict[str, Any]]) -> Iterator[str]:
    items = value if isinstance(value, list) else [value]
    for item in items:
        item = _resolve(item, by_id)
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            name = _first_string(item.get("name"))
            if not name:
                parts = (_first_string(item.get(k)) for k in ("givenName", "familyName"))
                name = " ".join(p for p in parts if p)
            if name:
                yield name


def _name_of(value: Any, by_id: Mapping[str, dict[str, Any]]) -> str:
    value = _resolve(value, by_id)
    if isinstance(value, list) and value:
        value = _resolve(value[0], by_id)
    if isinstance(value, dict):
        return _first_string(value.get("name"))
    return _first_string(value)


# JSON-LD property -> field it fills.
_JSONLD_TEXT_FIELDS = (
    ("headline", "title"),
    ("name", "title"),
    ("datePublished", "published"),
    ("dateCreated", "published"),
    ("dateModified", "modified"),
    ("description", "summary"),
    ("inLanguage", "language"),
    ("url", "url"),
)


def _node_candidates(
    node: Mapping[str, Any], prefix: str, rank: int, by_id: Mapping[str, dict[str, Any]]
) -> Iterator[_Candidate]:
    for key, name in _JSONLD_TEXT_FIELDS:
        text = _first_string(node.get(key))
        if text:
            yield _Candidate(name, text, f"{prefix}{key}", rank)
    publisher = _name_of(node.get("publisher"), by_id)
    if publisher:
        yield _Candidate("publisher", publisher, f"{prefix}publisher", rank)


def _jsonld_candidates(data: _JsonLd) -> Iterator[_Candidate]:
    if data.article is not None:
        yield from _node_candidates(data.article, "jsonld:", RANK_JSONLD_ARTICLE, data.by_id)
        # Only the article's own author: a WebPage "author" is whoever edited the page.
        article_authors = data.article.get("author") or data.article.get("creator")
        authors = tuple(_person_names(article_authors, data.by_id))
        if authors:
            yield _Candidate("authors", authors, "jsonld:author", RANK_JSONLD_ARTICLE)
    if data.page is not None:
        yield from _node_candidates(data.page, "jsonld:WebPage.", RANK_PAGE, data.by_id)
    for site in data.sites:
        name = _first_string(site.get("name"))
        if name:
            yield _Candidate("publisher", name, "jsonld:WebSite.name", RANK_PAGE)


def _article_body(data: _JsonLd) -> str:
    if data.article is None:
        return ""
    return _first_string(data.article.get("articleBody")).strip()


# ---------------------------------------------------------------------- meta tags, microdata

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


def _meta_candidates(index: _PageIndex) -> Iterator[_Candidate]:
    for meta in index.by_tag["meta"]:
        content = meta.get("content") or ""
        if meta.get("itemprop") is not None or not content.strip():
            continue  # microdata is read with the other itemprops
        for attribute in ("property", "name", "http-equiv"):
            key = (meta.get(attribute) or "").strip().lower()
            target = _META_FIELDS.get(key)
            if target is not None:
                yield _Candidate(target[0], content, f"meta:{key}", target[1])
                break


def _itemprop_value(element: HtmlElement, name: str) -> str:
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
            return str(names[0].get("content") or _text(names[0]))
    return _text(element)


def _itemprop_candidates(index: _PageIndex) -> Iterator[_Candidate]:
    for element in index.itemprops:
        props = element.get("itemprop") or element.get("property") or ""
        for prop in props.split():
            # RDFa names carry a vocabulary prefix: "schema:datePublished".
            name = _ITEMPROP_FIELDS.get(prop.rsplit(":", 1)[-1].lower())
            if name is None or _is_excluded(element):
                continue
            value = _itemprop_value(element, prop.lower())
            if value:
                yield _Candidate(name, value, f"itemprop:{prop}", RANK_MARKUP)


def _page_candidates(index: _PageIndex) -> Iterator[_Candidate]:
    for element in index.by_tag["html"][:1]:
        lang = element.get("lang") or element.get("{http://www.w3.org/XML/1998/namespace}lang")
        if lang:
            yield _Candidate("language", lang, "html[lang]", RANK_PAGE)
    for link in index.by_tag["link"]:
        if (link.get("rel") or "").strip().lower() == "canonical" and link.get("href"):
            yield _Candidate("url", link.get("href") or "", "link[rel=canonical]", RANK_PAGE)


# ------------------------------------------------------------------ markup and byline patterns

# Containers whose dates and names belong to something else than the article. Matched on whole
# class/id words ("comments", "related-posts"), so "with-sidebar" or "sidebar-off" do not count.
_EXCLUDED = re.compile(
    r"(?:^|[\s_-])(?:comments?|commentlist|comment-list|related|recommended|recommendations|"
    r"teaser|teasers|popular|trending|newsletter|promo|author-bio|about-author|disqus|respond|"
    r"replies|reply)(?=$|[\s_-])",
)
# Site chrome; inside an <article> such names mark the article's own side panels, not chrome.
_CHROME = re.compile(
    r"(?:^|\s)(?:site-|page-|global-|main-)?footer(?=$|[\s_-])|"
    r"(?:^|[\s_-])(?:sidebar|navigation|menu|breadcrumbs?)(?=$|[\s_-])"
)
_MODIFIER = re.compile(r"(?:^|\s)(?:has|with|no|without|is|show|hide)[-_]\S*|\S*-off(?=\s|$)")
_MAX_ANCESTORS = 40
_MAX_BYLINE_CHARS = 120


def _label(element: etree._Element) -> str:
    label = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return _MODIFIER.sub(" ", label) if "-" in label or "_" in label else label


def _is_excluded(element: etree._Element) -> bool:
    """Whether ``element`` sits in comments, related links or site chrome."""
    in_chrome = False
    for depth, ancestor in enumerate(element.iterancestors()):
        tag = ancestor.tag
        if tag == "article":
            return False  # comments inside the article were caught on the way up
        if depth > _MAX_ANCESTORS or tag in ("body", "html"):
            break  # page-wide layout classes ("content-sidebar") say nothing
        label = _label(ancestor)
        if _EXCLUDED.search(label):
            return True
        in_chrome = in_chrome or tag in ("aside", "nav") or _CHROME.search(label) is not None
    return in_chrome


_MODIFIED_CLASS = re.compile(r"updated|modified|changed|aktualisiert", re.I)


def _time_candidates(index: _PageIndex) -> Iterator[_Candidate]:
    for element in index.by_tag["time"]:
        stamp = element.get("datetime")
        if not stamp or element.get("itemprop") is not None or _is_excluded(element):
            continue
        parent = element.getparent()
        label = f"{element.get('class') or ''} {'' if parent is None else parent.get('class')}"
        name = "modified" if _MODIFIED_CLASS.search(label) else "published"
        yield _Candidate(name, stamp, "time[datetime]", RANK_MARKUP)


_AUTHOR_HREF = re.compile(r"/(?:author|autor|auteur|autore)(?:en|s)?/", re.I)


def _author_link_candidates(index: _PageIndex) -> Iterator[_Candidate]:
    for link in index.by_tag["a"]:
        is_rel = "author" in (link.get("rel") or "").lower().split()
        if not (is_rel or _AUTHOR_HREF.search(link.get("href") or "")) or _is_excluded(link):
            continue
        if is_rel:
            yield _Candidate("authors", _text(link), "rel=author", RANK_MARKUP)
        else:
            yield _Candidate("authors", _text(link), "byline:author-link", RANK_BYLINE)


_BIO_CLASS = re.compile(r"bio|avatar|image|img|photo|description|about|box|more|social", re.I)


def _byline_candidates(index: _PageIndex) -> Iterator[_Candidate]:
    for element in index.by_class["byline"]:
        label = f"{element.get('class') or ''} {element.get('id') or ''}"
        if _BIO_CLASS.search(label) or _is_excluded(element):
            continue
        names = tuple(n for n in (_text(a) for a in element.iter("a")) if n)
        if names:
            yield _Candidate("authors", names, "byline:class-link", RANK_BYLINE)
        text = _text(element)
        if 0 < len(text) <= _MAX_BYLINE_CHARS:
            yield _Candidate("authors", text, "byline:class", RANK_BYLINE)


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


def _byline_text_candidates(index: _PageIndex) -> Iterator[_Candidate]:
    """Short elements that read "By Jane Doe" / "Von Jane Doe" / "Autor: Jane Doe"."""
    for element in dict.fromkeys(index.byline_texts):
        text = _text(element)
        if len(text) > _MAX_BYLINE_CHARS or _is_excluded(element):
            continue
        names = tuple(_names_in(text))
        if _is_byline(names):
            yield _Candidate("authors", names, "byline:text", RANK_BYLINE)


def _date_text_candidates(index: _PageIndex) -> Iterator[_Candidate]:
    for element in index.by_class["date"]:
        text = _text(element)
        if len(text) <= _MAX_BYLINE_CHARS and _DIGIT.search(text) and not _is_excluded(element):
            yield _Candidate("published", text, "byline:date", RANK_BYLINE)


def _title_tag_candidates(index: _PageIndex) -> Iterator[_Candidate]:
    for element in index.by_tag["title"][:1]:
        yield _Candidate("title", _text(element), "title", RANK_TITLE_TAG)


@dataclass(frozen=True, slots=True)
class _Heading:
    text: str
    source: str  # "heading:class" (h1/h2 named as the article title) or "h1"
    tag: str


def _visible_headings(index: _PageIndex) -> list[_Heading]:
    """Headings that may show the article title: those a class names first, then every h1."""
    headings: list[_Heading] = []
    seen: set[etree._Element] = set()
    for elements, source in (
        (index.by_class["title"], "heading:class"),
        (index.by_tag["h1"], "h1"),
    ):
        for element in elements:
            text = _text(element)
            if text and element not in seen and not _is_excluded(element):
                seen.add(element)
                headings.append(_Heading(text, source, str(element.tag)))
    return headings


# --------------------------------------------------------------------------------- titles

_TITLE_SEPARATOR = re.compile(r"(\s+[|\-–—:·•»]{1,2}\s+|\s*[|│·•»]\s*)")
_PIPE = re.compile(r"[|│]")
# A trailing part this short after a separator is a site or section name, not the headline's.
_MAX_SUFFIX_WORDS = 4
_MAX_SUFFIX_CHARS = 40
_QUOTE_PAIRS = (("«", "»"), ("„", "“"), ("“", "”"), ("‘", "’"), ("(", ")"), ("[", "]"))


def _is_site_name(part: str, site_names: Sequence[str]) -> bool:
    key = _key(part)
    if len(key) < 2:
        return False
    for name in site_names:
        other = _key(name)
        if key == other or (min(len(key), len(other)) >= 4 and (key in other or other in key)):
            return True
    return False


def _is_balanced(text: str) -> bool:
    return all(text.count(a) == text.count(b) for a, b in _QUOTE_PAIRS)


def _strip_short_suffix(parts: list[str], *, pipe_only: bool) -> list[str]:
    suffix, kept = parts[-1], "".join(parts[:-2])
    if pipe_only and not _PIPE.search(parts[-2]):
        return parts
    is_short = len(suffix) <= _MAX_SUFFIX_CHARS and len(suffix.split()) <= _MAX_SUFFIX_WORDS
    if is_short and len(suffix.split()) < len(kept.split()) and _is_balanced(kept):
        return parts[:-2]
    return parts


def _clean_title(text: str, site_names: Sequence[str], *, is_title_tag: bool = False) -> str:
    """Drop a leading or trailing site name: "Rain due | Daily Post" -> "Rain due".

    Parts that name a known site go from either end; without a known site name, a short last
    part goes after "|" (or after any separator in ``<title>``, which nearly always has one).

    >>> _clean_title("Rain due - Daily Post", ["dailypost.com"])
    'Rain due'
    >>> _clean_title("Spider-Man: A Review | Film Blog", [])
    'Spider-Man: A Review'
    """
    parts = _TITLE_SEPARATOR.split(_squash(text))
    parts = [p if _WORD.search(p) or i % 2 else "" for i, p in enumerate(parts)]
    while len(parts) > 2 and (not parts[-1] or _is_site_name(parts[-1], site_names)):
        parts = parts[:-2]
    while len(parts) > 2 and (not parts[0] or _is_site_name(parts[0], site_names)):
        parts = parts[2:]
    if len(parts) > 2:
        parts = _strip_short_suffix(parts, pipe_only=not is_title_tag)
    return "".join(parts).strip()


# A heading agrees with a structured title when one contains the other and the shorter is at
# least this share of the longer (a kicker or a site name added, a truncated headline).
_MIN_AGREEMENT = 0.4
_MIN_AGREEMENT_CHARS = 8
# A structured title this long that a heading continues was cut off (search engines show ~110).
_TRUNCATED_CHARS = 90


def _agrees(heading: str, claim: str) -> bool:
    shorter, longer = sorted((_key(heading), _key(claim)), key=len)
    if shorter == longer:
        return bool(shorter)
    return (
        len(shorter) >= max(_MIN_AGREEMENT_CHARS, _MIN_AGREEMENT * len(longer))
        and shorter in longer
    )


def _agreed_title(heading: _Heading, claim: _Candidate, claim_text: str) -> Field:
    """Of a heading and a structured title that agree, the one without extra words."""
    heading_key, claim_key = _key(heading.text), _key(claim_text)
    is_truncated = heading_key.startswith(claim_key) and len(claim_text) >= _TRUNCATED_CHARS
    same_letters = heading.text.replace(" ", "") == claim_text.replace(" ", "")
    if same_letters or (len(heading_key) > len(claim_key) and not is_truncated):
        # Only spacing differs (markup spans), or the heading adds a kicker or standfirst.
        return Field(claim_text, source=claim.source, rank=claim.rank)
    return Field(heading.text, source=heading.source, rank=claim.rank)


def _find_agreement(
    claims: Sequence[tuple[_Candidate, str]], headings: Sequence[_Heading], *, exact: bool
) -> Field | None:
    for claim, text in claims:
        for heading in headings:
            agrees = _key(heading.text) == _key(text) if exact else _agrees(heading.text, text)
            if text and agrees:
                return _agreed_title(heading, claim, text)
    return None


def _fallback_titles(
    candidates: Sequence[_Candidate], headings: Sequence[_Heading], sites: Sequence[str]
) -> list[_Candidate]:
    """Titles when no heading agrees with structured markup: a title-class h1, the single h1,
    a title-class h2, then ``<title>``. A heading that only names the site (a logo) is none."""
    site_keys = {_key(name) for name in sites}
    headings = [h for h in headings if _key(h.text) not in site_keys]
    h1s = [h for h in headings if h.tag == "h1"]
    by_class = [h for h in headings if h.source == "heading:class"]
    class_h1s = [h for h in by_class if h.tag == "h1"]
    single_h1 = h1s if len(h1s) == 1 else []
    chosen = (class_h1s or single_h1 or by_class)[:1]
    fallback = [_Candidate("title", h.text, h.source, RANK_HEADING) for h in chosen]
    return fallback + [c for c in candidates if c.name == "title" and c.rank <= RANK_HEADING]


def _choose_title(
    candidates: Sequence[_Candidate], headings: Sequence[_Heading], context: _Context
) -> Field | None:
    """The title readers see, confirmed by the markup where possible.

    A visible heading that agrees with a structured title (JSON-LD, OpenGraph, meta) wins with
    that title's rank: exact agreement first, then containment. Otherwise the best structured
    title, then the headings of :func:`_fallback_titles`.
    """
    claims = sorted(
        (c for c in candidates if c.name == "title" and c.rank > RANK_HEADING),
        key=lambda c: -c.rank,
    )
    cleaned = [(claim, _clean_title(str(claim.value), context.site_names)) for claim in claims]
    for exact in (True, False):
        agreed = _find_agreement(cleaned, headings, exact=exact)
        if agreed is not None:
            return agreed
    chosen = _best(claims, _clean_title_value, context)
    for candidate in _fallback_titles(candidates, headings, context.site_names):
        if chosen is not None:
            break
        clean = _clean_title_tag if candidate.source == "title" else _clean_title_value
        chosen = _best([candidate], clean, context)
    return chosen


# ---------------------------------------------------------------------------------- authors

# What precedes the names in a byline: "By", "Posted by", "View all posts by", "Autor:" ...
_BY_PREFIX = re.compile(
    r"^(?:(?:(?:view|see)\s+all\s+posts|all\s+posts|more\s+posts|posted|written|published|"
    r"reported|story|words|text|photos?|eingestellt|veröffentlicht|geschrieben|verfasst|"
    r"ein\s+beitrag|beitrag|artikel|publié|écrit|publicado|escrito|scritto|pubblicato|"
    r"geplaatst|geschreven)\s+)?(?:by|von|par|por|da|di|door|av|af|przez)\s+"
    r"|^(?:autor(?:in)?|author|auteur|autore|text|texte|verfasser(?:in)?|written\s+by|by)"
    r"\s*:\s*",
    re.I,
)
# "/" separates names only with spaces around it: "Tierfreund/in" is one word.
_AUTHOR_SPLIT = re.compile(
    r"\s*(?:[,;|·•]|\s/\s|\s(?:and|und|et|y|e|en|og|och|i|u\.)\s|&|\+)\s*", re.I
)
# Words that describe a role, not a person: "Staff Writer", "Redakteurin".
_ROLE_WORDS = frozenset(
    "staff writer reporter correspondent editor editors redakteur redakteurin contributor "
    "contributing columnist journalist photographer photos photo fotos foto senior chief "
    "managing associate special posted published updated fotograf admin administrator "
    "webmaster user anonymous guest ceo unknown kolumnist kolumnistin journalistin "
    "korrespondent korrespondentin fotografin".split()
)
# Legal forms and institutions: an organisation, not a person, whatever the markup says.
_ORGANISATION = re.compile(
    r"\b(?:gmbh|ag|e\.\s?v|inc|ltd|llc|corp|s\.a|kg|plc|ministerium|bundesministerium|"
    r"institut|institute|verband|bundesverband|gesellschaft|stiftung|foundation|ministry)\b",
    re.I,
)
_URL_OR_EMAIL = re.compile(r"(?:https?://|www\.)\S*|\S+@\S+\.\w+", re.I)
_NOT_A_NAME = re.compile(r"\.(?:com|org|net|de|fr|it|es|ch|at|info|co)\b|@|[<>{}=:/]", re.I)
_DIGITS = re.compile(r"\d")
_USERNAME = re.compile(r"^[^\W\d_][\w.-]*$")  # "freeman1984": a handle shown as the author
_MAX_NAME_WORDS = 5
_MAX_NAME_CHARS = 60


def _clean_name(name: str) -> str:
    name = _BY_PREFIX.sub("", name).strip(" .,:;-–—|()[]\"'")
    if _DIGITS.search(name) and not _USERNAME.match(name):
        return ""
    if not name or _NOT_A_NAME.search(name):
        return ""
    words = [w for w in name.split() if w.lower().strip(".,") not in _ROLE_WORDS]
    if not words or len(words) > _MAX_NAME_WORDS or len(name) > _MAX_NAME_CHARS:
        return ""
    name = " ".join(words)
    return name.title() if name.isupper() and len(name) > 3 else name


def _names_in(text: str) -> Iterator[str]:
    text = _squash(text)
    if _HOST.match(text) or _ORGANISATION.search(text):
        return  # a profile URL (article:author often holds one), or an organisation's name
    text = _BY_PREFIX.sub("", _URL_OR_EMAIL.sub(" ", text))
    for part in _AUTHOR_SPLIT.split(text):
        name = _clean_name(part)
        if name:
            yield name


def _clean_authors(value: _Value) -> tuple[str, ...]:
    """Names from a byline or list, cleaned and de-duplicated.

    >>> _clean_authors("By JANE DOE and @jdoe, Staff Writer")
    ('Jane Doe',)
    >>> _clean_authors(("https://facebook.com/x", "Jane Doe", "jane doe", "Example GmbH"))
    ('Jane Doe',)
    """
    raw = [value] if isinstance(value, str) else list(value)
    names: dict[str, str] = {}
    for item in raw:
        for name in _names_in(item):
            names.setdefault(name.lower(), name)
    return tuple(names.values())


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


def _shown_text(index: _PageIndex) -> str:
    """The page's visible text, lower case, spaces squashed."""
    return " ".join(" ".join(index.texts).split()).casefold()


# Subtrees where a date is not the article's: chrome, and containers named like comments.
_NOT_DATING_TAGS = _UNSHOWN_TAGS | {"head", "nav", "select", "footer", "aside"}
_MAX_DATE_TEXT_CHARS = 150


def _is_not_dating(element: etree._Element) -> bool:
    if element.tag in _NOT_DATING_TAGS:
        return True
    label = _label(element)
    return _EXCLUDED.search(label) is not None or _CHROME.search(label) is not None


# A long text run can open with a dateline: "27.1.2022 - Bei der Erinnerung an ...".
_DATELINE_CHARS = 24


def _first_shown_date(root: etree._Element) -> Iterator[_Candidate]:
    """Short visible text runs (or the opening of long ones) in page order that hold a date.
    On pages without date markup the first is nearly always the publication date, printed
    under the headline, as a dateline or at the article's end."""
    for text in _walk_text(root, _is_not_dating):
        if not _DIGIT.search(text[: 4 * _MAX_DATE_TEXT_CHARS]):
            continue
        text = _squash(text[: 4 * _MAX_DATE_TEXT_CHARS])
        if len(text) > _MAX_DATE_TEXT_CHARS:
            text = text[:_DATELINE_CHARS]
        yield _Candidate("published", text, "text:first-date", RANK_TEXT)


def _is_credited(names: Sequence[str], shown: str, sites: Sequence[str]) -> bool:
    return any(
        " ".join(name.split()).casefold() in shown
        for name in names
        if not _is_site_name(name, sites)
    )


def _choose_authors(
    candidates: Sequence[_Candidate], index: _PageIndex, sites: Sequence[str]
) -> Field | None:
    """Authors from markup. Names from JSON-LD and meta tags are kept only when the page shows
    one of them and it is not the site's own name: those often name an account, an editor or
    the publisher that the page never credits."""
    shown: str | None = None
    for candidate in sorted((c for c in candidates if c.name == "authors"), key=lambda c: -c.rank):
        names = _clean_authors(candidate.value)
        if not names:
            continue
        if candidate.rank > RANK_MARKUP:
            shown = _shown_text(index) if shown is None else shown
            if not _is_credited(names, shown, sites):
                continue
        return Field(names, source=candidate.source, rank=candidate.rank)
    return None


# ---------------------------------------------------------------------------- other values

_LANGUAGE = re.compile(r"^([a-z]{2})(?:[-_][a-z0-9]+)*$", re.I)


def _clean_language(text: str) -> str:
    """ISO 639-1 code of a language tag: "en-GB" -> "en", "de_DE" -> "de"."""
    match = _LANGUAGE.match(text.strip())
    return match.group(1).lower() if match else ""


def _clean_url(text: str) -> str:
    text = text.strip()
    return text if _HOST.match(text) else ""


def _clean_publisher(text: str) -> str:
    text = _squash(text)
    return "" if _HOST.match(text) else text


# ---------------------------------------------------------------------------------- choosing


@dataclass(frozen=True, slots=True)
class _Context:
    """What cleaning a value needs to know about the page."""

    site_names: tuple[str, ...]  # declared publisher names and the host name
    month_first: bool  # US English: 02/10/2020 is February 10


_Cleaner = Callable[[_Candidate, _Context], _Value]


def _first(value: _Value) -> str:
    return value if isinstance(value, str) else (value[0] if value else "")


def _as_text(clean: Callable[[str], str]) -> _Cleaner:
    def wrapped(candidate: _Candidate, context: _Context) -> _Value:
        return clean(_first(candidate.value))

    return wrapped


def _clean_title_value(candidate: _Candidate, context: _Context) -> _Value:
    return _clean_title(_first(candidate.value), context.site_names)


def _clean_title_tag(candidate: _Candidate, context: _Context) -> _Value:
    return _clean_title(_first(candidate.value), context.site_names, is_title_tag=True)


def _clean_date_value(candidate: _Candidate, context: _Context) -> _Value:
    """Markup holds a bare date ("2019-06-03", "Mon, 03 Jun 2019 10:00"); a byline or a text
    run holds one among words ("Posted on June 3, 2019 by admin")."""
    text, month_first = _first(candidate.value), context.month_first
    if candidate.rank > RANK_BYLINE:
        found = parse_date(text, month_first=month_first)
        if found is not None:
            return found
    return find_date(text, month_first=month_first) or ""


# A date in running text before the web existed is a date the article talks about.
_FIRST_WEB_YEAR = 1991


def _clean_web_date(candidate: _Candidate, context: _Context) -> _Value:
    found = _clean_date_value(candidate, context)
    return found if isinstance(found, str) and found[:4] >= str(_FIRST_WEB_YEAR) else ""


# Fields chosen by rank alone, and how each is cleaned.
_CLEANERS: Mapping[str, _Cleaner] = MappingProxyType(
    {
        "published": _clean_date_value,
        "modified": _clean_date_value,
        "publisher": _as_text(_clean_publisher),
        "language": _as_text(_clean_language),
        "summary": _as_text(_squash),
        "url": _as_text(_clean_url),
    }
)


def _first_clean(
    candidates: Iterable[_Candidate], clean: _Cleaner, context: _Context
) -> Field | None:
    """The first candidate, in the order given, that survives cleaning."""
    for candidate in candidates:
        value = clean(candidate, context)
        if value:
            return Field(value, source=candidate.source, rank=candidate.rank)
    return None


def _best(candidates: Iterable[_Candidate], clean: _Cleaner, context: _Context) -> Field | None:
    """The highest-ranked candidate that survives cleaning; page order breaks ties."""
    return _first_clean(sorted(candidates, key=lambda c: -c.rank), clean, context)


def _site_names(candidates: Sequence[_Candidate]) -> tuple[str, ...]:
    names = [_squash(str(c.value)) for c in candidates if c.name == "publisher"]
    for candidate in candidates:
        host = _HOST.match(str(candidate.value)) if candidate.name == "url" else None
        if host:
            names.append(host.group(1).rsplit(".", 1)[0])
    return tuple(n for n in dict.fromkeys(names) if n)


def _is_month_first(candidates: Sequence[_Candidate]) -> bool:
    """Whether the page's declared language is US English (or English with no region)."""
    for candidate in sorted(candidates, key=lambda c: -c.rank):
        tag = str(candidate.value).strip().lower().replace("_", "-")
        if candidate.name == "language" and _clean_language(tag):
            return tag in ("en", "en-us")
    return False


# A date in the path of the page's own URL: /2021/10/20/slug, /2021-10-20-slug.
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|\.html?|$)"
)


def _url_dates(candidates: Sequence[_Candidate]) -> Iterator[_Candidate]:
    for candidate in candidates:
        match = _URL_DATE.search(str(candidate.value)) if candidate.name == "url" else None
        if match is not None:
            year, month, day = match.groups()
            yield _Candidate(
                "published", f"{year}-{int(month):02d}-{int(day):02d}", "url:date", RANK_URL_DATE
            )
            return


def _shown_day(
    published: Field | None, candidates: Sequence[_Candidate], context: _Context
) -> Field | None:
    """The day a byline shows, when the markup's timestamp falls on the day next to it.

    A timestamp in UTC (or another zone) can land on the neighbouring calendar day; readers
    see, and the record should give, the day the page prints. The markup's day stays when the
    page prints it too.
    """
    if published is None or published.rank <= RANK_BYLINE:
        return published
    markup_day = date.fromisoformat(str(published.value)[:10])
    shown = [c for c in candidates if c.name == "published" and c.rank == RANK_BYLINE]
    days = {str(_clean_date_value(c, context))[:10] for c in shown} - {""}
    if markup_day.isoformat() in days:
        return published
    for day in sorted(days):
        if abs((date.fromisoformat(day) - markup_day).days) == 1:
            return Field(day, source="byline:date", rank=published.rank)
    return published


def _collect(index: _PageIndex, data: _JsonLd) -> list[_Candidate]:
    sources: tuple[Iterable[_Candidate], ...] = (
        _jsonld_candidates(data),
        _meta_candidates(index),
        _itemprop_candidates(index),
        _time_candidates(index),
        _author_link_candidates(index),
        _byline_candidates(index),
        _byline_text_candidates(index),
        _date_text_candidates(index),
        _title_tag_candidates(index),
        _page_candidates(index),
    )
    candidates = [candidate for source in sources for candidate in source]
    return candidates + list(_url_dates(candidates))


def extract_metadata(root: HtmlElement) -> tuple[dict[str, Field], str]:
    """Metadata fields of a parsed page and the article body its JSON-LD declares ("" if none).

    Never raises on bad markup: broken JSON-LD, odd dates and empty tags are skipped.
    """
    index = _index_page(root)
    data = _read_jsonld(index)
    candidates = _collect(index, data)
    context = _Context(_site_names(candidates), _is_month_first(candidates))
    chosen = {
        "title": _choose_title(candidates, _visible_headings(index), context),
        "authors": _choose_authors(candidates, index, context.site_names),
    }
    for name, clean in _CLEANERS.items():
        chosen[name] = _best((c for c in candidates if c.name == name), clean, context)
    chosen["published"] = _shown_day(chosen["published"], candidates, context)
    if chosen["published"] is None:
        chosen["published"] = _first_clean(_first_shown_date(root), _clean_web_date, context)
    fields: dict[str, Field] = {}
    for name in FIELD_NAMES:
        field = chosen.get(name)
        if field is not None:
            fields[name] = field
    return fields, _article_body(data)
