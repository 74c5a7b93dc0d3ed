"""Body and metadata metrics, exactly as the benchmark README defines them.

* shingle F1 (article-extraction-benchmark): multisets of 4-token shingles, per-page
  precision and recall averaged, F1 of the averages; accuracy = exact token match.
* snippet F1 (trafilatura's evaluation): "with" snippets found are true positives,
  "without" snippets found are false positives, counts summed over pages.
* word F1 (WCXB's evaluate.py): multisets of lower-cased word tokens, precision, recall and F1
  per page, each averaged over the pages; a page with an empty gold and an empty prediction
  scores 1.
* metadata accuracy: title, date (first 10 characters) and author, per the README.

Every metric also has a *page F1*, used to count the pages an extractor gets wrong (F1 < 0.5)
and to rank failures. It is the page's own F1 in that metric's units, ``2tp / (2tp + fp + fn)``,
and 1.0 when there is nothing to find and nothing was wrongly found (``tp = fp = fn = 0``):

* word: WCXB's per-page F1 (tp = overlapping tokens, fp/fn = predicted/gold-only tokens);
* shingle: tp/fp/fn are the page's shared, predicted-only and gold-only 4-token shingles
  (the set figure is the F1 of averaged precision and recall, so it is not the mean of these);
* snippet: tp/fp/fn are the page's found "with", found "without" and missing "with" snippets
  (true negatives do not count, so a page with no "with" snippet scores 1 unless it leaks).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "METADATA_FIELDS",
    "MetadataScore",
    "PageScore",
    "ShingleScore",
    "SnippetScore",
    "WordScore",
    "combine_shingle",
    "combine_snippet",
    "combine_word",
    "metadata_matches",
    "metadata_scores",
    "page_f1_from_counts",
    "page_shingle_pr",
    "page_word_prf",
    "shingle_page",
    "shingle_scores",
    "snippet_counts",
    "snippet_page",
    "snippet_scores",
    "word_page",
    "word_scores",
]

METADATA_FIELDS = ("title", "author", "date")

_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


def _shingles(tokens: Sequence[str], size: int = 4) -> Counter[tuple[str, ...]]:
    return Counter(zip(*(tokens[i:] for i in range(size)), strict=False))


def page_f1_from_counts(tp: int, fp: int, fn: int) -> float:
    """A page's F1 from its counts: ``2tp / (2tp + fp + fn)``, 1.0 when all three are 0.

    >>> page_f1_from_counts(3, 1, 0), page_f1_from_counts(0, 0, 0), page_f1_from_counts(0, 2, 0)
    (0.8571428571428571, 1.0, 0.0)
    """
    if tp + fp + fn == 0:
        return 1.0
    return 2 * tp / (2 * tp + fp + fn)


@dataclass(frozen=True, slots=True)
class PageScore:
    """One page scored by one body metric: its page F1 and what the set's figure is made of.

    ``precision``/``recall`` are None where undefined (shingles); ``exact`` is the shingle
    metric's accuracy (equal token lists); ``counts`` the snippet metric's (tp, fp, tn, fn).
    Scoring every page once and combining the page scores lets a report score any subset of
    pages (a half, a page type) without tokenizing a page again.
    """

    f1: float
    precision: float | None = None
    recall: float | None = None
    exact: bool = False
    counts: tuple[int, int, int, int] = (0, 0, 0, 0)


# --- shingle F1 (article-extraction-benchmark) ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class ShingleScore:
    """Averaged page precision and recall, their harmonic mean, and exact-token accuracy."""

    f1: float
    precision: float
    recall: float
    accuracy: float
    pages: int


def shingle_page(predicted: str, gold: str) -> PageScore:
    """One page's shingle precision and recall (None where undefined), accuracy and page F1.

    >>> page = shingle_page("a b c d e", "a b c d e f")
    >>> page.precision, page.recall, page.f1, page.exact
    (1.0, 0.6666666666666666, 0.8, False)
    """
    predicted_tokens, gold_tokens = _TOKEN.findall(predicted), _TOKEN.findall(gold)
    pred, ref = _shingles(predicted_tokens), _shingles(gold_tokens)
    tp = sum((pred & ref).values())
    fp, fn = sum(pred.values()) - tp, sum(ref.values()) - tp
    if fp == 0 and fn == 0:
        precision: float | None = 1.0
        recall: float | None = 1.0
    else:
        precision = tp / (tp + fp) if tp + fp else None
        recall = tp / (tp + fn) if tp + fn else None
    exact = predicted_tokens == gold_tokens
    return PageScore(page_f1_from_counts(tp, fp, fn), precision, recall, exact)


def page_shingle_pr(predicted: str, gold: str) -> tuple[float | None, float | None]:
    """(precision, recall) of one page; None where undefined.

    >>> page_shingle_pr("a b c d e", "a b c d e")
    (1.0, 1.0)
    """
    page = shingle_page(predicted, gold)
    return page.precision, page.recall


def combine_shingle(pages: Iterable[PageScore]) -> ShingleScore:
    """Average precision and recall over the pages where each is defined; F1 of the averages."""
    precisions: list[float] = []
    recalls: list[float] = []
    exact = count = 0
    for page in pages:
        count += 1
        exact += page.exact
        if page.precision is not None:
            precisions.append(page.precision)
        if page.recall is not None:
            recalls.append(page.recall)
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return ShingleScore(f1, p, r, exact / count if count else 0.0, count)


def shingle_scores(pairs: Iterable[tuple[str, str]]) -> ShingleScore:
    """Score (predicted, gold) body pairs.

    >>> shingle_scores([("a b c d", "a b c d"), ("", "w x y z")])
    ShingleScore(f1=0.6666666666666666, precision=1.0, recall=0.5, accuracy=0.5, pages=2)
    """
    return combine_shingle(shingle_page(predicted, gold) for predicted, gold in pairs)


# --- snippet F1 (trafilatura's evaluation) ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SnippetScore:
    """Snippet counts summed over pages, and the scores computed from them."""

    f1: float
    precision: float
    recall: float
    accuracy: float
    tp: int
    fp: int
    tn: int
    fn: int
    pages: int


def snippet_counts(body: str, with_: Sequence[str], without: Sequence[str]) -> tuple[int, ...]:
    """(tp, fp, tn, fn) of one page; whitespace runs count as one space on both sides.

    >>> snippet_counts("Kept  text.\\n\\nMore.", ["Kept text. More."], ["Share this"])
    (1, 0, 1, 0)
    """
    text = _SPACE.sub(" ", body)
    found = [_SPACE.sub(" ", s) in text for s in with_]
    leaked = [_SPACE.sub(" ", s) in text for s in without]
    return sum(found), sum(leaked), len(leaked) - sum(leaked), len(found) - sum(found)


def snippet_page(body: str, with_: Sequence[str], without: Sequence[str]) -> PageScore:
    """One page's snippet counts and page F1 (true negatives do not count in it).

    >>> snippet_page("Kept text. Share this", ["Kept text.", "Lost."], ["Share this"]).f1
    0.5
    """
    tp, fp, tn, fn = snippet_counts(body, with_, without)
    return PageScore(page_f1_from_counts(tp, fp, fn), counts=(tp, fp, tn, fn))


def combine_snippet(pages: Iterable[PageScore]) -> SnippetScore:
    """Sum the pages' counts, then P, R, F1 and accuracy."""
    tp = fp = tn = fn = count = 0
    for page in pages:
        count += 1
        a, b, c, d = page.counts
        tp, fp, tn, fn = tp + a, fp + b, tn + c, fn + d
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    total = tp + fp + tn + fn
    return SnippetScore(f1, p, r, (tp + tn) / total if total else 0.0, tp, fp, tn, fn, count)


def snippet_scores(pages: Iterable[tuple[str, Sequence[str], Sequence[str]]]) -> SnippetScore:
    """Sum the snippet counts of (body, with, without) pages, then P, R, F1 and accuracy.

    >>> snippet_scores([("a b", ["a"], ["b"]), ("c", ["c", "d"], [])]).precision
    0.6666666666666666
    """
    return combine_snippet(snippet_page(*page) for page in pages)


# --- word F1 (WCXB) ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WordScore:
    """Mean page precision, recall and F1 (WCXB's figure is ``f1``)."""

    f1: float
    precision: float
    recall: float
    pages: int


def page_word_prf(predicted: str, gold: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of one page, as WCXB's ``word_f1``: lower-cased ``\\w+`` tokens,
    overlap of the two multisets; an empty gold scores 1 against an empty prediction, else 0.

    >>> page_word_prf("The cat sat", "the cat sat down")
    (1.0, 0.75, 0.8571428571428571)
    >>> page_word_prf("", ""), page_word_prf("x", "")
    ((1.0, 1.0, 1.0), (0.0, 0.0, 0.0))
    """
    pred, ref = _TOKEN.findall(predicted.lower()), _TOKEN.findall(gold.lower())
    if not ref:
        return (1.0, 1.0, 1.0) if not pred else (0.0, 0.0, 0.0)
    if not pred:
        return (0.0, 0.0, 0.0)
    overlap = sum((Counter(pred) & Counter(ref)).values())
    precision, recall = overlap / len(pred), overlap / len(ref)
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    return precision, recall, f1


def word_page(predicted: str, gold: str) -> PageScore:
    """One page's word precision, recall and F1 (:func:`page_word_prf`)."""
    precision, recall, f1 = page_word_prf(predicted, gold)
    return PageScore(f1, precision, recall)


def combine_word(pages: Iterable[PageScore]) -> WordScore:
    """The mean of the pages' precision, recall and F1."""
    scores = [(page.f1, page.precision or 0.0, page.recall or 0.0) for page in pages]
    if not scores:
        return WordScore(0.0, 0.0, 0.0, 0)
    f1, precision, recall = (sum(column) / len(scores) for column in zip(*scores, strict=True))
    return WordScore(f1, precision, recall, len(scores))


def word_scores(pairs: Iterable[tuple[str, str]]) -> WordScore:
    """Score (predicted, gold) body pairs: the mean of each page's precision, recall and F1.

    >>> word_scores([("a b", "a b"), ("", "c d")])
    WordScore(f1=0.5, precision=0.5, recall=0.5, pages=2)
    """
    return combine_word(word_page(predicted, gold) for predicted, gold in pairs)


# --- metadata -----------------------------------------------------------------------------------


def _norm(value: object) -> str:
    """Whitespace-normalised, lower-cased text; a list of names is joined with "; "."""
    if isinstance(value, list | tuple):
        value = "; ".join(str(item) for item in value)
    return _SPACE.sub(" ", str(value or "")).strip().lower()


def metadata_matches(record: Mapping[str, Any], gold: Mapping[str, Any]) -> dict[str, bool]:
    """Which of title, date and author match the gold (pages with a gold title only).

    An empty or null gold author or date means none should be given. The date matches when
    the predicted one starts with the gold's first 10 characters (``YYYY-MM-DD``; a gold
    ``YYYY-MM`` matches any day of that month).

    >>> metadata_matches({"title": "A  B", "published": "2020-01-02T10:00", "authors": []},
    ...                  {"title": "a b", "date": "2020-01-02", "author": ""})
    {'title': True, 'date': True, 'author': True}
    """
    title_ok = _norm(record.get("title")) == _norm(gold.get("title"))
    gold_date = str(gold.get("date") or "")[:10]
    predicted_date = str(record.get("published") or "")
    date_ok = predicted_date.startswith(gold_date) if gold_date else not predicted_date
    predicted_author = _norm(record.get("authors"))
    gold_author = _norm(gold.get("author"))
    if not gold_author:
        author_ok = not predicted_author
    else:
        author_ok = bool(predicted_author) and (
            predicted_author in gold_author or gold_author in predicted_author
        )
    return {"title": title_ok, "date": date_ok, "author": author_ok}


@dataclass(frozen=True, slots=True)
class MetadataScore:
    """Share of pages whose title, author and date match the gold (pages with a gold title)."""

    title: float
    author: float
    date: float
    pages: int


def metadata_scores(pairs: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]]) -> MetadataScore:
    """Score (record, gold) pairs; pages whose gold title is None are not annotated and skipped.

    >>> metadata_scores([({"title": "T"}, {"title": "t", "author": "", "date": ""}),
    ...                  ({"title": "X"}, {"title": None})])
    MetadataScore(title=1.0, author=1.0, date=1.0, pages=1)
    """
    hits = dict.fromkeys(METADATA_FIELDS, 0)
    pages = 0
    for record, gold in pairs:
        if gold.get("title") is None:
            continue
        pages += 1
        for field, matched in metadata_matches(record, gold).items():
            hits[field] += matched
    if not pages:
        return MetadataScore(0.0, 0.0, 0.0, 0)
    return MetadataScore(hits["title"] / pages, hits["author"] / pages, hits["date"] / pages, pages)
