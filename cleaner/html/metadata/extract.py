"""Collect every candidate of a page and choose each field (see :mod:`cleaner.html.metadata`).

>>> import lxml.html
>>> fields, body = extract_metadata(lxml.html.fromstring(
...     '<html><head><meta property="og:url" content="https://x.com/2021/10/20/rain">'
...     '</head><body><h1>Rain</h1></body></html>'))
>>> fields["published"].value, fields["published"].source, fields["title"].value
('2021-10-20', 'url:date', 'Rain')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from types import MappingProxyType

from lxml.html import HtmlElement

from cleaner.blocks import Field
from cleaner.datetimes import find_date, parse_date
from cleaner.html.metadata.candidates import (
    FIELD_NAMES,
    RANK_BYLINE,
    RANK_URL_DATE,
    Candidate,
    Cleaner,
    PageContext,
    Value,
    best,
    first_clean,
    first_value,
)
from cleaner.html.metadata.index import PageIndex, index_page
from cleaner.html.metadata.jsonld import JsonLd, article_body, jsonld_candidates, read_jsonld
from cleaner.html.metadata.names import choose_authors
from cleaner.html.metadata.shown import (
    author_link_candidates,
    byline_candidates,
    byline_text_candidates,
    date_text_candidates,
    first_shown_dates,
)
from cleaner.html.metadata.tags import (
    itemprop_candidates,
    meta_candidates,
    page_candidates,
    time_candidates,
    title_tag_candidates,
)
from cleaner.html.metadata.text import HOST, squash
from cleaner.html.metadata.titles import choose_title, visible_headings

__all__ = ["extract_metadata"]

_LANGUAGE = re.compile(r"^([a-z]{2})(?:[-_][a-z0-9]+)*$", re.I)


def _clean_language(text: str) -> str:
    """ISO 639-1 code of a language tag: "en-GB" -> "en", "de_DE" -> "de"."""
    match = _LANGUAGE.match(text.strip())
    return match.group(1).lower() if match else ""


def _clean_url(text: str) -> str:
    text = text.strip()
    return text if HOST.match(text) else ""


def _clean_publisher(text: str) -> str:
    text = squash(text)
    return "" if HOST.match(text) else text


def _as_text(clean: Callable[[str], str]) -> Cleaner:
    def wrapped(candidate: Candidate, context: PageContext) -> Value:
        return clean(first_value(candidate.value))

    return wrapped


def _clean_date_value(candidate: Candidate, context: PageContext) -> Value:
    """Markup holds a bare date ("2019-06-03", "Mon, 03 Jun 2019 10:00"); a byline or a text
    run holds one among words ("Posted on June 3, 2019 by admin")."""
    text, is_markup = first_value(candidate.value), candidate.rank > RANK_BYLINE
    found = context.dates.get((text, is_markup))
    if found is None:
        found = context.dates[(text, is_markup)] = _read_date(text, is_markup, context)
    return found


def _read_date(text: str, is_markup: bool, context: PageContext) -> str:
    if is_markup:
        found = parse_date(text, month_first=context.month_first)
        if found is not None:
            return found
    return find_date(text, month_first=context.month_first) or ""


# A date in running text before the web existed is a date the article talks about.
_FIRST_WEB_YEAR = 1991


def _clean_web_date(candidate: Candidate, context: PageContext) -> Value:
    found = _clean_date_value(candidate, context)
    return found if isinstance(found, str) and found[:4] >= str(_FIRST_WEB_YEAR) else ""


# Fields chosen by rank alone, and how each is cleaned.
_CLEANERS: Mapping[str, Cleaner] = MappingProxyType(
    {
        "published": _clean_date_value,
        "modified": _clean_date_value,
        "publisher": _as_text(_clean_publisher),
        "language": _as_text(_clean_language),
        "summary": _as_text(squash),
        "url": _as_text(_clean_url),
    }
)


def _site_names(candidates: Sequence[Candidate]) -> tuple[str, ...]:
    names = [squash(str(c.value)) for c in candidates if c.name == "publisher"]
    for candidate in candidates:
        host = HOST.match(str(candidate.value)) if candidate.name == "url" else None
        if host:
            names.append(host.group(1).rsplit(".", 1)[0])
    return tuple(n for n in dict.fromkeys(names) if n)


def _is_month_first(candidates: Sequence[Candidate]) -> bool:
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


def _url_dates(candidates: Sequence[Candidate]) -> Iterator[Candidate]:
    for candidate in candidates:
        match = _URL_DATE.search(str(candidate.value)) if candidate.name == "url" else None
        if match is not None:
            year, month, day = match.groups()
            yield Candidate(
                "published", f"{year}-{int(month):02d}-{int(day):02d}", "url:date", RANK_URL_DATE
            )
            return


def _shown_day(
    published: Field | None, candidates: Sequence[Candidate], context: PageContext
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


def _jsonld_scripts(index: PageIndex) -> Iterator[str]:
    for script in index.by_tag["script"]:
        if "ld+json" in (script.get("type") or "").lower():
            yield script.text or ""


def _collect(index: PageIndex, data: JsonLd) -> list[Candidate]:
    sources: tuple[Iterable[Candidate], ...] = (
        jsonld_candidates(data),
        meta_candidates(index),
        itemprop_candidates(index),
        time_candidates(index),
        author_link_candidates(index),
        byline_candidates(index),
        byline_text_candidates(index),
        date_text_candidates(index),
        title_tag_candidates(index),
        page_candidates(index),
    )
    candidates = [candidate for source in sources for candidate in source]
    return candidates + list(_url_dates(candidates))


def extract_metadata(root: HtmlElement) -> tuple[dict[str, Field], str]:
    """Metadata fields of a parsed page and the article body its JSON-LD declares ("" if none).

    Never raises on bad markup: broken JSON-LD, odd dates and empty tags are skipped.
    """
    index = index_page(root)
    data = read_jsonld(_jsonld_scripts(index))
    candidates = _collect(index, data)
    context = PageContext(_site_names(candidates), _is_month_first(candidates))
    chosen = {
        "title": choose_title(candidates, visible_headings(index), context),
        "authors": choose_authors(candidates, index, context.site_names),
    }
    for name, clean in _CLEANERS.items():
        chosen[name] = best((c for c in candidates if c.name == name), clean, context)
    chosen["published"] = _shown_day(chosen["published"], candidates, context)
    if chosen["published"] is None:
        chosen["published"] = first_clean(first_shown_dates(root), _clean_web_date, context)
    fields: dict[str, Field] = {}
    for name in FIELD_NAMES:
        field = chosen.get(name)
        if field is not None:
            fields[name] = field
    return fields, article_body(data)
