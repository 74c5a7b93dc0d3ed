"""Score a set of records against gold rows and show the result as a table or JSON.

One body metric is scored per evaluation (:class:`BodyMetric`); by default it follows from
the gold's fields (:func:`detect_metric`): WCXB rows (a ``"type"``, or a ``"body"`` together
with ``"with"``/``"without"`` snippets) get word F1, rows with a ``"body"`` alone (aeb, fundus)
shingle F1, rows with only snippets (traf) snippet F1. Rows with a ``"title"`` that is not
null also get metadata accuracy, and gold rows with a ``"type"`` a score per type. A gold page
without a record counts as an empty body and empty metadata.

>>> gold = {"a": {"id": "a", "body": "one two three four five"}}
>>> report = evaluate({"a": {"body": "one two three four five"}}, gold)
>>> (report.metric, report.shingle.f1, report.snippet, report.missing)
(<BodyMetric.SHINGLE: 'shingle'>, 1.0, None, ())
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any

from cleaner.evaluation.metrics import (
    MetadataScore,
    PageScore,
    ShingleScore,
    SnippetScore,
    WordScore,
    combine_shingle,
    combine_snippet,
    combine_word,
    metadata_scores,
    shingle_page,
    snippet_page,
    word_page,
)

if TYPE_CHECKING:
    from rich.console import Console

__all__ = [
    "FAILED_PAGE_F1",
    "BodyMetric",
    "EvalReport",
    "detect_metric",
    "evaluate",
    "render_report",
    "report_from_pages",
    "report_to_dict",
    "score_pages",
]

Row = Mapping[str, Any]
BodyScore = ShingleScore | SnippetScore | WordScore
_EMPTY: Row = {}

# A page whose page F1 is below this has the wrong body: WCXB's and the project's count of
# failed pages ("a tool that is right on average and empty on 5% of pages is not usable").
FAILED_PAGE_F1 = 0.5


class BodyMetric(enum.StrEnum):
    """The body metrics of the benchmark README, by the gold kind they belong to."""

    WORD = "word"  # WCXB: mean of per-page word F1
    SHINGLE = "shingle"  # article-extraction-benchmark, fundus: 4-token shingles
    SNIPPET = "snippet"  # trafilatura's evaluation: with/without snippets


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Scores of one evaluation; a metric the gold does not support is None."""

    pages: int  # gold pages
    matched: int  # gold pages that have a record
    missing: tuple[str, ...]  # gold ids without a record (scored as empty)
    extra: tuple[str, ...]  # record ids that are not in the gold (ignored)
    metric: BodyMetric | None
    shingle: ShingleScore | None
    snippet: SnippetScore | None
    word: WordScore | None
    metadata: MetadataScore | None
    page_f1: Mapping[str, float] = field(default_factory=dict)  # gold id -> page F1
    by_type: Mapping[str, EvalReport] = field(default_factory=dict)  # gold "type" -> its pages

    @property
    def body(self) -> BodyScore | None:
        """The score of the body metric this report was made with."""
        return self.word or self.shingle or self.snippet

    @property
    def failed_pages(self) -> int:
        """Pages whose page F1 is below :data:`FAILED_PAGE_F1`."""
        return sum(value < FAILED_PAGE_F1 for value in self.page_f1.values())


def _body(record: Row) -> str:
    return str(record.get("body") or "")


def _snippets(row: Row, key: str) -> list[str]:
    value = row.get(key) or []
    return [value] if isinstance(value, str) else [str(item) for item in value]


def detect_metric(gold: Mapping[str, Row]) -> BodyMetric | None:
    """The body metric the gold rows are made for, or None when they hold no body at all.

    >>> detect_metric({"a": {"body": "x", "with": [], "type": "forum"}}), detect_metric({})
    (<BodyMetric.WORD: 'word'>, None)
    """
    rows = gold.values()
    has_body = any("body" in row for row in rows)
    has_snippets = any("with" in row or "without" in row for row in rows)
    if any("type" in row for row in rows) or (has_body and has_snippets):
        return BodyMetric.WORD
    if has_body:
        return BodyMetric.SHINGLE
    if has_snippets:
        return BodyMetric.SNIPPET
    return None


def _page(metric: BodyMetric, record: Row, row: Row) -> PageScore:
    if metric is BodyMetric.WORD:
        return word_page(_body(record), str(row.get("body") or ""))
    if metric is BodyMetric.SHINGLE:
        return shingle_page(_body(record), str(row.get("body") or ""))
    return snippet_page(_body(record), _snippets(row, "with"), _snippets(row, "without"))


def score_pages(
    records: Mapping[str, Row], gold: Mapping[str, Row], metric: BodyMetric | None
) -> dict[str, PageScore]:
    """Every gold page scored alone (a page without a record as an empty body); {} without a
    metric. :func:`report_from_pages` combines any subset of them without scoring again."""
    if metric is None:
        return {}
    return {key: _page(metric, records.get(key, _EMPTY), row) for key, row in gold.items()}


def _combine(
    metric: BodyMetric | None, pages: Iterable[PageScore]
) -> tuple[ShingleScore | None, SnippetScore | None, WordScore | None]:
    """(shingle, snippet, word): the score of ``metric``, None for the other two."""
    if metric is BodyMetric.WORD:
        return None, None, combine_word(pages)
    if metric is BodyMetric.SHINGLE:
        return combine_shingle(pages), None, None
    if metric is BodyMetric.SNIPPET:
        return None, combine_snippet(pages), None
    return None, None, None


def _report(
    pages: Mapping[str, PageScore],
    records: Mapping[str, Row],
    gold: Mapping[str, Row],
    metric: BodyMetric | None,
) -> EvalReport:
    scored = {key: pages[key] for key in gold if key in pages}
    metadata = metadata_scores((records.get(key, _EMPTY), row) for key, row in gold.items())
    shingle, snippet, word = _combine(metric, scored.values())
    return EvalReport(
        pages=len(gold),
        matched=sum(identifier in records for identifier in gold),
        missing=tuple(identifier for identifier in gold if identifier not in records),
        extra=tuple(identifier for identifier in records if identifier not in gold),
        metric=metric,
        shingle=shingle,
        snippet=snippet,
        word=word,
        metadata=metadata if metadata.pages else None,
        page_f1={key: page.f1 for key, page in scored.items()},
    )


def report_from_pages(
    pages: Mapping[str, PageScore],
    records: Mapping[str, Row],
    gold: Mapping[str, Row],
    metric: BodyMetric | None,
) -> EvalReport:
    """The report of the ``gold`` pages from their page scores (:func:`score_pages` over these
    pages or more), with a report per page type when the gold rows have a ``"type"``."""
    report = _report(pages, records, gold, metric)
    types = sorted({str(row["type"]) for row in gold.values() if row.get("type")})
    if not types:
        return report
    by_type = {
        kind: _report(
            pages,
            records,
            {key: row for key, row in gold.items() if row.get("type") == kind},
            metric,
        )
        for kind in types
    }
    return replace(report, by_type=by_type)


def evaluate(
    records: Mapping[str, Row], gold: Mapping[str, Row], metric: BodyMetric | None = None
) -> EvalReport:
    """Score ``records`` (by gold id) against ``gold`` (by id); ``metric`` None: detected."""
    metric = metric or detect_metric(gold)
    return report_from_pages(score_pages(records, gold, metric), records, gold, metric)


def _scores_to_dict(report: EvalReport) -> dict[str, Any]:
    return {
        "metric": str(report.metric) if report.metric else None,
        "shingle": asdict(report.shingle) if report.shingle else None,
        "snippet": asdict(report.snippet) if report.snippet else None,
        "word": asdict(report.word) if report.word else None,
        "metadata": asdict(report.metadata) if report.metadata else None,
        "failed_pages": report.failed_pages,
    }


def report_to_dict(report: EvalReport) -> dict[str, Any]:
    """Plain JSON-able dict of every number in the report, the page F1s included.

    >>> report_to_dict(evaluate({}, {"a": {"id": "a", "body": ""}}))["missing"]
    ['a']
    """
    return {
        "pages": report.pages,
        "matched": report.matched,
        "missing": list(report.missing),
        "extra": list(report.extra),
        **_scores_to_dict(report),
        "by_type": {
            kind: {"pages": part.pages, **_scores_to_dict(part)}
            for kind, part in report.by_type.items()
        },
        "page_f1": dict(report.page_f1),
    }


def _format(value: float) -> str:
    return f"{value:.3f}"


def _body_cells(report: EvalReport) -> list[str]:
    """pages, f1, precision, recall, accuracy, F1 < 0.5 of the report's body metric."""
    score = report.body
    if score is None:
        return [str(report.pages), "–", "–", "–", "–", "–"]
    accuracy = getattr(score, "accuracy", None)  # word F1 has no accuracy
    return [
        str(score.pages),
        *map(_format, (score.f1, score.precision, score.recall)),
        _format(accuracy) if accuracy is not None else "–",
        str(report.failed_pages),
    ]


def render_report(report: EvalReport, console: Console) -> None:
    """Print the body table (a row per page type when the gold has types), the metadata table
    (when scored) and a one-line summary."""
    from rich.table import Table  # imported here so that `cleaner --help` stays fast

    body = Table(title=f"body ({report.metric or 'no body in the gold'})", title_justify="left")
    body.add_column("pages of")
    for column in ("pages", "f1", "precision", "recall", "accuracy", "F1<0.5"):
        body.add_column(column, justify="right")
    body.add_row("all", *_body_cells(report), style="bold")
    for kind, part in report.by_type.items():
        body.add_row(kind, *_body_cells(part))
    console.print(body)
    if report.metadata is not None:
        metadata = Table(title="metadata accuracy", title_justify="left")
        for column in ("pages", "title", "author", "date"):
            metadata.add_column(column, justify="right")
        meta = report.metadata
        metadata.add_row(str(meta.pages), *map(_format, (meta.title, meta.author, meta.date)))
        console.print(metadata)
    line = (
        f"{report.pages} gold pages, {report.matched} with a record, "
        f"{len(report.missing)} missing (scored as empty)"
    )
    if report.extra:
        line += f", {len(report.extra)} records not in the gold (ignored)"
    console.print(line, highlight=False, soft_wrap=True)
