"""Score a set of records against gold rows and show the result as a table or JSON.

Which metrics run depends on the gold: rows with ``"body"`` get shingle F1, rows with
``"with"``/``"without"`` snippet F1, rows with a ``"title"`` that is not null metadata
accuracy. A gold page without a record counts as an empty body and empty metadata.

>>> gold = {"a": {"id": "a", "body": "one two three four five"}}
>>> report = evaluate({"a": {"body": "one two three four five"}}, gold)
>>> (report.shingle.f1, report.snippet, report.missing)
(1.0, None, ())
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from cleaner.evaluation.metrics import (
    MetadataScore,
    ShingleScore,
    SnippetScore,
    metadata_scores,
    shingle_scores,
    snippet_scores,
)

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["EvalReport", "evaluate", "render_report", "report_to_dict"]

Row = Mapping[str, Any]
_EMPTY: Row = {}


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Scores of one evaluation; a metric the gold does not support is None."""

    pages: int  # gold pages
    matched: int  # gold pages that have a record
    missing: tuple[str, ...]  # gold ids without a record (scored as empty)
    extra: tuple[str, ...]  # record ids that are not in the gold (ignored)
    shingle: ShingleScore | None
    snippet: SnippetScore | None
    metadata: MetadataScore | None


def _body(record: Row) -> str:
    return str(record.get("body") or "")


def _snippets(row: Row, key: str) -> list[str]:
    value = row.get(key) or []
    return [value] if isinstance(value, str) else [str(item) for item in value]


def evaluate(records: Mapping[str, Row], gold: Mapping[str, Row]) -> EvalReport:
    """Score ``records`` (by gold id) against ``gold`` (by id)."""
    pairs = [(records.get(identifier, _EMPTY), row) for identifier, row in gold.items()]
    body_pairs = [(_body(record), str(row["body"] or "")) for record, row in pairs if "body" in row]
    snippet_pages = [
        (_body(record), _snippets(row, "with"), _snippets(row, "without"))
        for record, row in pairs
        if "with" in row or "without" in row
    ]
    metadata = metadata_scores(pairs)
    return EvalReport(
        pages=len(gold),
        matched=sum(identifier in records for identifier in gold),
        missing=tuple(identifier for identifier in gold if identifier not in records),
        extra=tuple(identifier for identifier in records if identifier not in gold),
        shingle=shingle_scores(body_pairs) if body_pairs else None,
        snippet=snippet_scores(snippet_pages) if snippet_pages else None,
        metadata=metadata if metadata.pages else None,
    )


def report_to_dict(report: EvalReport) -> dict[str, Any]:
    """Plain JSON-able dict of every number in the report.

    >>> report_to_dict(evaluate({}, {"a": {"id": "a", "body": ""}}))["missing"]
    ['a']
    """
    return {
        "pages": report.pages,
        "matched": report.matched,
        "missing": list(report.missing),
        "extra": list(report.extra),
        "shingle": asdict(report.shingle) if report.shingle else None,
        "snippet": asdict(report.snippet) if report.snippet else None,
        "metadata": asdict(report.metadata) if report.metadata else None,
    }


def _format(value: float) -> str:
    return f"{value:.3f}"


def render_report(report: EvalReport, console: Console) -> None:
    """Print the body table, the metadata table (when scored) and a one-line summary."""
    from rich.table import Table  # imported here so that `cleaner --help` stays fast

    body = Table(title="body", title_justify="left")
    for column in ("metric", "pages", "f1", "precision", "recall", "accuracy"):
        body.add_column(column, justify="left" if column == "metric" else "right")
    if report.shingle is not None:
        score = report.shingle
        numbers = (score.f1, score.precision, score.recall, score.accuracy)
        body.add_row("shingle", str(score.pages), *map(_format, numbers))
    if report.snippet is not None:
        snippet = report.snippet
        numbers = (snippet.f1, snippet.precision, snippet.recall, snippet.accuracy)
        body.add_row("snippet", str(snippet.pages), *map(_format, numbers))
    console.print(body)
    if report.metadata is not None:
        metadata = Table(title="metadata accuracy", title_justify="left")
        for column in ("pages", "title", "author", "date"):
            metadata.add_column(column, justify="right")
        meta = report.metadata
        metadata.add_row(str(meta.pages), *map(_format, (meta.title, meta.author, meta.date)))
        console.print(metadata)
    console.print(
        f"{report.pages} gold pages, {report.matched} with a record, "
        f"{len(report.missing)} missing (scored as empty), "
        f"{len(report.extra)} records not in the gold (ignored)",
        highlight=False,
    )
