"""The title: structured titles confirmed by a visible heading, cleaned of site names.

A visible heading that agrees with a structured title is preferred (it has the page's own
typography and no site name), with the rank of the title it agrees with.

>>> clean_title("Rain due - Daily Post", ["dailypost.com"])
'Rain due'
>>> clean_title("Spider-Man: A Review | Film Blog", [])
'Spider-Man: A Review'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from cleaner.blocks import Field
from cleaner.html.metadata.candidates import (
    RANK_HEADING,
    Candidate,
    PageContext,
    Value,
    best,
    first_value,
)
from cleaner.html.metadata.exclusion import is_excluded
from cleaner.html.metadata.index import PageIndex
from cleaner.html.metadata.text import WORD, is_site_name, name_key, squash

__all__ = [
    "Heading",
    "choose_title",
    "clean_title",
    "clean_title_value",
    "visible_headings",
]


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    source: str  # "heading:class" (h1/h2 named as the article title) or "h1"
    tag: str


def visible_headings(index: PageIndex) -> list[Heading]:
    """Headings that may show the article title: those a class names first, then every h1."""
    headings: list[Heading] = []
    seen: set[etree._Element] = set()
    for elements, source in (
        (index.by_class["title"], "heading:class"),
        (index.by_tag["h1"], "h1"),
    ):
        for element in elements:
            text = index.text(element)
            if text and element not in seen and not is_excluded(element, index):
                seen.add(element)
                headings.append(Heading(text, source, str(element.tag)))
    return headings


_TITLE_SEPARATOR = re.compile(r"(\s+[|\-–—:·•»]{1,2}\s+|\s*[|│·•»]\s*)")
_PIPE = re.compile(r"[|│]")
# A trailing part this short after a separator is a site or section name, not the headline's.
_MAX_SUFFIX_WORDS = 4
_MAX_SUFFIX_CHARS = 40
_QUOTE_PAIRS = (("«", "»"), ("„", "“"), ("“", "”"), ("‘", "’"), ("(", ")"), ("[", "]"))


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


def clean_title(text: str, site_names: Sequence[str], *, is_title_tag: bool = False) -> str:
    """Drop a leading or trailing site name: "Rain due | Daily Post" -> "Rain due".

    Parts that name a known site go from either end; without a known site name, a short last
    part goes after "|" (or after any separator in ``<title>``, which nearly always has one).
    """
    parts = _TITLE_SEPARATOR.split(squash(text))
    parts = [p if WORD.search(p) or i % 2 else "" for i, p in enumerate(parts)]
    while len(parts) > 2 and (not parts[-1] or is_site_name(parts[-1], site_names)):
        parts = parts[:-2]
    while len(parts) > 2 and (not parts[0] or is_site_name(parts[0], site_names)):
        parts = parts[2:]
    if len(parts) > 2:
        parts = _strip_short_suffix(parts, pipe_only=not is_title_tag)
    return "".join(parts).strip()


def clean_title_value(candidate: Candidate, context: PageContext) -> Value:
    return clean_title(first_value(candidate.value), context.site_names)


def _clean_title_tag(candidate: Candidate, context: PageContext) -> Value:
    return clean_title(first_value(candidate.value), context.site_names, is_title_tag=True)


# A heading agrees with a structured title when one contains the other and the shorter is at
# least this share of the longer (a kicker or a site name added, a truncated headline).
_MIN_AGREEMENT = 0.4
_MIN_AGREEMENT_CHARS = 8
# A structured title this long that a heading continues was cut off (search engines show ~110).
_TRUNCATED_CHARS = 90


def _agrees(heading: str, claim: str) -> bool:
    shorter, longer = sorted((name_key(heading), name_key(claim)), key=len)
    if shorter == longer:
        return bool(shorter)
    return (
        len(shorter) >= max(_MIN_AGREEMENT_CHARS, _MIN_AGREEMENT * len(longer))
        and shorter in longer
    )


def _agreed_title(heading: Heading, claim: Candidate, claim_text: str) -> Field:
    """Of a heading and a structured title that agree, the one without extra words."""
    heading_key, claim_key = name_key(heading.text), name_key(claim_text)
    is_truncated = heading_key.startswith(claim_key) and len(claim_text) >= _TRUNCATED_CHARS
    same_letters = heading.text.replace(" ", "") == claim_text.replace(" ", "")
    if same_letters or (len(heading_key) > len(claim_key) and not is_truncated):
        # Only spacing differs (markup spans), or the heading adds a kicker or standfirst.
        return Field(claim_text, source=claim.source, rank=claim.rank)
    return Field(heading.text, source=heading.source, rank=claim.rank)


def _find_agreement(
    claims: Sequence[tuple[Candidate, str]], headings: Sequence[Heading], *, exact: bool
) -> Field | None:
    for claim, text in claims:
        for heading in headings:
            if exact:
                agrees = name_key(heading.text) == name_key(text)
            else:
                agrees = _agrees(heading.text, text)
            if text and agrees:
                return _agreed_title(heading, claim, text)
    return None


def _fallback_titles(
    candidates: Sequence[Candidate], headings: Sequence[Heading], sites: Sequence[str]
) -> list[Candidate]:
    """Titles when no heading agrees with structured markup: a title-class h1, the single h1,
    a title-class h2, then ``<title>``. A heading that only names the site (a logo) is none."""
    site_keys = {name_key(name) for name in sites}
    headings = [h for h in headings if name_key(h.text) not in site_keys]
    h1s = [h for h in headings if h.tag == "h1"]
    by_class = [h for h in headings if h.source == "heading:class"]
    class_h1s = [h for h in by_class if h.tag == "h1"]
    single_h1 = h1s if len(h1s) == 1 else []
    chosen = (class_h1s or single_h1 or by_class)[:1]
    fallback = [Candidate("title", h.text, h.source, RANK_HEADING) for h in chosen]
    return fallback + [c for c in candidates if c.name == "title" and c.rank <= RANK_HEADING]


def choose_title(
    candidates: Sequence[Candidate], headings: Sequence[Heading], context: PageContext
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
    cleaned = [(claim, clean_title(str(claim.value), context.site_names)) for claim in claims]
    for exact in (True, False):
        agreed = _find_agreement(cleaned, headings, exact=exact)
        if agreed is not None:
            return agreed
    chosen = best(claims, clean_title_value, context)
    for candidate in _fallback_titles(candidates, headings, context.site_names):
        if chosen is not None:
            break
        clean = _clean_title_tag if candidate.source == "title" else clean_title_value
        chosen = best([candidate], clean, context)
    return chosen
