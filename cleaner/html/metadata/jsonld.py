"""JSON-LD: the page's ``application/ld+json`` scripts -> candidates and the declared body.

Broken JSON is read as far as it goes; objects are found inside lists, ``@graph`` and
``mainEntity``, and ``{"@id": ...}`` references are followed.

>>> data = read_jsonld(['{"@graph": [{"@type": "NewsArticle", "headline": "Rain due",'
...                     ' "author": {"@id": "#jane"}}, {"@id": "#jane", "@type": "Person",'
...                     ' "name": "Jane Doe"}]}'])
>>> [(c.name, c.value, c.source) for c in jsonld_candidates(data)]
[('title', 'Rain due', 'jsonld:headline'), ('authors', ('Jane Doe',), 'jsonld:author')]
>>> load_json('{"a": 1,} <!-- --> [2]')
[{'a': 1}, [2]]
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from cleaner.html.metadata.candidates import RANK_JSONLD_ARTICLE, RANK_PAGE, Candidate

__all__ = ["JsonLd", "article_body", "jsonld_candidates", "load_json", "read_jsonld"]

# Wrappers some CMSs put around JSON-LD: HTML comments and (commented) CDATA markers.
_JSON_WRAPPERS = re.compile(r"<!--|-->|(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>")
_TRAILING_COMMAS = re.compile(r",\s*([}\]])")
_JSON_GAP = re.compile(r"[\s;,]*")
_MAX_JSONLD_NODES = 500
# Below this many brackets the nesting is too shallow for json's recursion limit, so orjson
# (whose limit is higher) cannot read a document that json gives up on.
_MAX_FAST_BRACKETS = 400
# orjson reads an integer beyond 64 bits as a float; json keeps it exact.
_LONG_NUMBER = re.compile(r"[0-9]{19}")

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


def load_json(text: str) -> list[Any]:
    """Every JSON value in a script's text; broken JSON gives what could be read, or []."""
    if "<!" in text or "-->" in text or "]]>" in text:  # a wrapper holds one of these
        text = _JSON_WRAPPERS.sub("", text)
    text = text.strip()
    if not text:
        return []
    brackets = text.count("{") + text.count("[")
    if brackets < _MAX_FAST_BRACKETS and _LONG_NUMBER.search(text) is None:
        try:
            # The usual case, one well-formed document, at orjson's speed. orjson is stricter
            # (no raw control characters in strings, no NaN, no huge numbers, one value
            # only): what it refuses is read the lenient way below, so values never differ.
            return [orjson.loads(text)]
        except orjson.JSONDecodeError:
            pass
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
class JsonLd:
    """The JSON-LD objects of a page that matter for metadata."""

    article: dict[str, Any] | None
    page: dict[str, Any] | None
    sites: tuple[dict[str, Any], ...]
    by_id: Mapping[str, dict[str, Any]]
    product: dict[str, Any] | None = None


def read_jsonld(scripts: Iterable[str]) -> JsonLd:
    """The article, page and site objects in the texts of a page's JSON-LD scripts."""
    documents: list[Any] = []
    for text in scripts:
        documents.extend(load_json(text))
    nodes = _jsonld_nodes(documents)
    by_id = {str(n["@id"]): n for n in nodes if isinstance(n.get("@id"), str)}
    article = next((n for n in nodes if _types(n) & _ARTICLE_TYPES), None)
    page = next((n for n in nodes if _types(n) & _PAGE_TYPES), None)
    sites = tuple(n for n in nodes if _types(n) & _SITE_TYPES)
    product = next((n for n in nodes if "product" in _types(n)), None)
    return JsonLd(article, page, sites, by_id, product)


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
) -> Iterator[Candidate]:
    for key, name in _JSONLD_TEXT_FIELDS:
        text = _first_string(node.get(key))
        if text:
            yield Candidate(name, text, f"{prefix}{key}", rank)
    publisher = _name_of(node.get("publisher"), by_id)
    if publisher:
        yield Candidate("publisher", publisher, f"{prefix}publisher", rank)


def jsonld_candidates(data: JsonLd) -> Iterator[Candidate]:
    """Values of the article object (rank 60), the page object and the site objects (45)."""
    if data.article is not None:
        yield from _node_candidates(data.article, "jsonld:", RANK_JSONLD_ARTICLE, data.by_id)
        # Only the article's own author: a WebPage "author" is whoever edited the page.
        article_authors = data.article.get("author") or data.article.get("creator")
        authors = tuple(_person_names(article_authors, data.by_id))
        if authors:
            yield Candidate("authors", authors, "jsonld:author", RANK_JSONLD_ARTICLE)
    if data.page is not None:
        yield from _node_candidates(data.page, "jsonld:WebPage.", RANK_PAGE, data.by_id)
    for site in data.sites:
        name = _first_string(site.get("name"))
        if name:
            yield Candidate("publisher", name, "jsonld:WebSite.name", RANK_PAGE)


# A product's description often carries its page's HTML ("<p><strong>...</strong><br>"): the
# tags go, so the words match the shown text (wcxb tune: product pages 0.671 -> 0.690, a
# description in a sheet named "aside" found by it).
_TAG = re.compile(r"<[^>]*>")


def article_body(data: JsonLd) -> str:
    """The article's declared ``articleBody``; on a product page (no article) the product's
    ``description``, its markup left out; "" if none."""
    if data.article is not None:
        return _first_string(data.article.get("articleBody")).strip()
    if data.product is not None:
        return " ".join(_TAG.sub(" ", _first_string(data.product.get("description"))).split())
    return ""
