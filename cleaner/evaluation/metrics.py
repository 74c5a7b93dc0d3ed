"""Body and metadata metrics, exactly as the benchmark README defines them.

* shingle F1 (article-extraction-benchmark): multisets of 4-token shingles, per-page
  precision and recall averaged, F1 of the averages; accuracy = exact token match.
* snippet F1 (trafilatura's evaluation): "with" snippets found are true positives,
  "without" snippets found are false positives, counts summed over pages.
* metadata accuracy: title, date (first 10 characters) and author, per the README.
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
    "ShingleScore",
    "SnippetScore",
    "metadata_matches",
    "metadata_scores",
    "page_shingle_pr",
    "shingle_scores",
    "snippet_counts",
    "snippet_scores",
]

METADATA_FIELDS = ("title", "author", "date")

_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


def _shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + size]) for i in range(max(0, len(tokens) - size + 1)))


@dataclass(frozen=True, slots=True)
class ShingleScore:
    """Averaged page precision and recall, their harmonic mean, and exact-token accuracy."""

    f1: float
    precision: float
    recall: float
    accuracy: float
    pages: int


def page_shingle_pr(predicted: str, gold: str) -> tuple[float | None, float | None]:
    """(precision, recall) of one page; None where undefined.

    >>> page_shingle_pr("a b c d e", "a b c d e")
    (1.0, 1.0)
    """
    pred, ref = _shingles(predicted), _shingles(gold)
    tp = sum((pred & ref).values())
    fp = sum(pred.values()) - tp
    fn = sum(ref.values()) - tp
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return precision, recall


def shingle_scores(pairs: Iterable[tuple[str, str]]) -> ShingleScore:
    """Score (predicted, gold) body pairs.

    >>> shingle_scores([("a b c d", "a b c d"), ("", "w x y z")])
    ShingleScore(f1=0.6666666666666666, precision=1.0, recall=0.5, accuracy=0.5, pages=2)
    """
    precisions: list[float] = []
    recalls: list[float] = []
    exact = pages = 0
    for predicted, gold in pairs:
        pages += 1
        precision, recall = page_shingle_pr(predicted, gold)
        if precision is not None:
            precisions.append(precision)
        if recall is not None:
            recalls.append(recall)
        exact += _TOKEN.findall(predicted) == _TOKEN.findall(gold)
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return ShingleScore(f1, p, r, exact / pages if pages else 0.0, pages)


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


def snippet_scores(pages: Iterable[tuple[str, Sequence[str], Sequence[str]]]) -> SnippetScore:
    """Sum the snippet counts of (body, with, without) pages, then P, R, F1 and accuracy.

    >>> snippet_scores([("a b", ["a"], ["b"]), ("c", ["c", "d"], [])]).precision
    0.6666666666666666
    """
    tp = fp = tn = fn = count = 0
    for body, with_, without in pages:
        count += 1
        a, b, c, d = snippet_counts(body, with_, without)
        tp, fp, tn, fn = tp + a, fp + b, tn + c, fn + d
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    total = tp + fp + tn + fn
    return SnippetScore(f1, p, r, (tp + tn) / total if total else 0.0, tp, fp, tn, fn, count)


def _norm(value: object) -> str:
    """Whitespace-normalised, lower-cased text; a list of names is joined with "; "."""
    if isinstance(value, list | tuple):
        value = "; ".join(str(item) for item in value)
    return _SPACE.sub(" ", str(value or "")).strip().lower()


def metadata_matches(record: Mapping[str, Any], gold: Mapping[str, Any]) -> dict[str, bool]:
    """Which of title, date and author match the gold (pages with a gold title only).

    >>> metadata_matches({"title": "A  B", "published": "2020-01-02T10:00", "authors": []},
    ...                  {"title": "a b", "date": "2020-01-02", "author": ""})
    {'title': True, 'date': True, 'author': True}
    """
    title_ok = _norm(record.get("title")) == _norm(gold.get("title"))
    gold_date = gold.get("date") or ""
    predicted_date = str(record.get("published") or "")[:10]
    date_ok = predicted_date == gold_date if gold_date else not predicted_date
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
