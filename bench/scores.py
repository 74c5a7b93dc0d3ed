"""The numbers behind the quality tables: each extractor's scores on the tune and check halves
of a set, and the summary across sets. Plain dicts, so ``--json`` writes exactly what the
tables show (bench/tables.py renders them).

A set's pages are split by :func:`cleaner.evaluation.halves.half_of`; every part ("tune",
"check", and "all" when both halves ran) is scored on its own with
:func:`cleaner.evaluation.report.evaluate`, so a half's snippet F1 sums that half's counts and
a half's shingle F1 averages that half's pages, exactly as the whole set is scored.

>>> gold = {"0001": {"body": "a b c d e"}, "0003": {"body": "a b c d e"}}
>>> scored = score_outcome({"0001": {"body": "a b c d e"}}, gold, ("tune", "check", "all"))
>>> [(part, scored[part]["f1"], scored[part]["failed"]) for part in ("tune", "check", "all")]
[('tune', 0.0, 1), ('check', 1.0, 0), ('all', 0.6666666666666666, 1)]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cleaner.evaluation.halves import Half, half_of
from cleaner.evaluation.report import EvalReport, detect_metric, report_from_pages, score_pages

__all__ = [
    "FLOOR_PEERS",
    "PARTS",
    "best_peer",
    "parts_for",
    "score_outcome",
    "summarise",
]

PARTS = ("tune", "check", "all")
# Not a peer to beat: `identity` keeps the whole dump, the floor every extractor must clear.
FLOOR_PEERS = frozenset({"identity"})
REFERENCE = "trafilatura"  # the peer the bars compare with, beside the best one

Row = dict[str, Any]


def parts_for(half: Half | None) -> tuple[str, ...]:
    """The parts a run scores: one half, or both halves and the whole set."""
    return PARTS if half is None else (str(half),)


def _gold_part(gold: Mapping[str, Row], part: str) -> dict[str, Row]:
    if part == "all":
        return dict(gold)
    return {key: row for key, row in gold.items() if half_of(key) == part}


def _row(report: EvalReport) -> Row:
    """One extractor's numbers on one part: body score, failed pages, metadata, types."""
    body = report.body
    row: Row = {
        "pages": report.pages,
        "f1": body.f1 if body else 0.0,
        "precision": body.precision if body else 0.0,
        "recall": body.recall if body else 0.0,
        "failed": report.failed_pages,
    }
    accuracy = getattr(body, "accuracy", None)  # word F1 defines none
    if accuracy is not None:
        row["accuracy"] = accuracy
    if report.metadata is not None:
        meta = report.metadata
        row.update(title=meta.title, author=meta.author, date=meta.date)
    if report.by_type:
        row["types"] = {kind: _type_row(part) for kind, part in report.by_type.items()}
    return row


def _type_row(report: EvalReport) -> Row:
    f1 = report.body.f1 if report.body else 0.0
    return {"pages": report.pages, "f1": f1, "failed": report.failed_pages}


def score_outcome(
    records: Mapping[str, Row], gold: Mapping[str, Row], parts: Sequence[str]
) -> dict[str, Any]:
    """Part name -> numbers, plus ``page_f1`` (page id -> page F1) over the pages scored."""
    metric = detect_metric(gold)
    pages = score_pages(records, gold, metric)  # once: every part combines these
    scored: dict[str, Any] = {}
    for part in parts:
        scored[part] = _row(report_from_pages(pages, records, _gold_part(gold, part), metric))
    scored["page_f1"] = {key: page.f1 for key, page in pages.items()}
    return scored


def best_peer(rows: Mapping[str, Row], part: str) -> tuple[str, float] | None:
    """The peer (not cleaner, not the identity floor) with the highest F1 on ``part``."""
    peers = [
        (name, row[part]["f1"])
        for name, row in rows.items()
        if name != "cleaner" and name not in FLOOR_PEERS and part in row
    ]
    return max(peers, key=lambda item: item[1]) if peers else None


def _metadata(rows: Mapping[str, Row], part: str) -> dict[str, Any] | None:
    if "title" not in rows.get("cleaner", {}).get(part, {}):
        return None
    fields = ("title", "author", "date")
    return {
        name: {field: rows[name][part][field] for field in fields}
        for name in ("cleaner", REFERENCE)
        if name in rows
    }


def _summary_row(set_result: Mapping[str, Any], part: str) -> Row:
    rows = set_result["rows"]
    cleaner, reference = rows["cleaner"], rows.get(REFERENCE)
    best = best_peer(rows, part)
    return {
        "metric": set_result["metric"],
        "cleaner": {name: cleaner[name]["f1"] for name in PARTS if name in cleaner},
        REFERENCE: reference[part]["f1"] if reference else None,
        "best_peer": list(best) if best else None,
        "margin": cleaner[part]["f1"] - best[1] if best else None,
        "failed": {
            "cleaner": cleaner[part]["failed"],
            REFERENCE: reference[part]["failed"] if reference else None,
        },
        "metadata": _metadata(rows, part),
    }


def summarise(sets: Mapping[str, Mapping[str, Any]], part: str) -> dict[str, Any]:
    """Per set: cleaner, trafilatura and the best peer on ``part`` (the check half when both
    ran), F1 < 0.5 counts; then the worst set, the largest deficit and the means."""
    rows = {name: _summary_row(result, part) for name, result in sets.items()}
    if not rows:
        return {"part": part, "sets": {}}
    worst = min(rows, key=lambda name: rows[name]["cleaner"][part])
    margins = {name: row["margin"] for name, row in rows.items() if row["margin"] is not None}
    deficit = min(margins, key=lambda name: margins[name]) if margins else None
    references = [row[REFERENCE] for row in rows.values() if row[REFERENCE] is not None]
    return {
        "part": part,
        "sets": rows,
        "worst": [worst, rows[worst]["cleaner"][part]],
        "largest_deficit": [deficit, margins[deficit]] if deficit else None,
        "mean": {
            "cleaner": sum(row["cleaner"][part] for row in rows.values()) / len(rows),
            REFERENCE: sum(references) / len(references) if references else None,
        },
        "failed_total": {
            "cleaner": sum(row["failed"]["cleaner"] for row in rows.values()),
            REFERENCE: sum(row["failed"][REFERENCE] or 0 for row in rows.values()),
        },
    }
