"""Rich tables for bench/quality.py, drawn from the numbers of bench/scores.py.

Per set: the body table (one row per extractor, the tune and check halves side by side, the
pages with F1 < 0.5), the metadata table (sets whose gold has titles) and, for sets whose gold
has page types, a row per type. At the end, the summary across sets.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from bench.scores import FLOOR_PEERS, REFERENCE

__all__ = ["console", "render_set", "render_summary"]

_WIDTH = 170  # tables with both halves need room; a terminal that is wider gets all of it
_HALVES = ("tune", "check")


def console() -> Any:
    from rich.console import Console

    return Console(width=max(_WIDTH, Console().width))


def _f(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _halves(parts: Sequence[str]) -> list[str]:
    """The parts shown side by side: the halves that ran ("all" gets its own f1 column)."""
    return [part for part in parts if part in _HALVES] or list(parts)


def _body_columns(parts: Sequence[str]) -> list[tuple[str, str, str]]:
    """(header, part, key) of the body table's number columns."""
    shown = _halves(parts)
    if len(shown) == 1:
        part = shown[0]
        keys = ("f1", "precision", "recall", "accuracy", "failed")
        return [(key if key != "failed" else "F1<0.5", part, key) for key in keys]
    columns = [(f"f1 {part}", part, "f1") for part in shown]
    if "all" in parts:
        columns.append(("f1 all", "all", "f1"))
    for key, header in (("precision", "P"), ("recall", "R"), ("failed", "F1<0.5")):
        columns += [(f"{header} {part}", part, key) for part in shown]
    return columns


def _cell(row: Mapping[str, Any], part: str, key: str) -> str:
    value = row.get(part, {}).get(key)
    if value is None:
        return "–"
    return str(value) if isinstance(value, int) else _f(value)


def _ordered(rows: Mapping[str, Any], part: str) -> list[str]:
    return sorted(rows, key=lambda name: -rows[name].get(part, {}).get("f1", 0.0))


def _body_table(result: Mapping[str, Any], parts: Sequence[str], order: list[str]) -> Any:
    from rich.table import Table

    pages = ", ".join(f"{part} {count}" for part, count in result["pages"].items())
    title = (
        f"{result['collection']}/{result['style']} ({result['docs']} docs: {pages}), "
        f"body {result['metric']} F1"
    )
    table = Table(title=title, title_justify="left")
    table.add_column("extractor", no_wrap=True)
    columns = [  # a column no extractor has a value for (accuracy of word F1) is left out
        column
        for column in _body_columns(parts)
        if any(_cell(row, column[1], column[2]) != "–" for row in result["rows"].values())
    ]
    for header, _, _ in columns:
        table.add_column(header, justify="right")
    table.add_column("docs/s", justify="right")
    table.add_column("errors", justify="right")
    for name in order:
        row = result["rows"][name]
        cells = [_cell(row, part, key) for _, part, key in columns]
        cells += [f"{row['docs_per_s']:.1f}", str(row["errors"])]
        table.add_row(name, *cells, style="bold" if name == "cleaner" else None)
    return table


def _metadata_table(result: Mapping[str, Any], parts: Sequence[str], order: list[str]) -> Any:
    from rich.table import Table

    shown = _halves(parts)
    table = Table(title="  metadata accuracy", title_justify="left")
    table.add_column("extractor")
    for field in ("title", "author", "date"):
        for part in shown:
            table.add_column(f"{field} {part}" if len(shown) > 1 else field, justify="right")
    for name in order:
        row = result["rows"][name]
        cells = [_cell(row, part, field) for field in ("title", "author", "date") for part in shown]
        table.add_row(name, *cells, style="bold" if name == "cleaner" else None)
    return table


def _types_table(result: Mapping[str, Any], parts: Sequence[str], order: list[str]) -> Any:
    """A row per page type and half (the halves of a type on consecutive rows), a column per
    extractor, then the F1<0.5 counts of cleaner and trafilatura."""
    from rich.table import Table

    shown = _halves(parts)
    rows = result["rows"]
    kinds = sorted(rows[order[0]][shown[0]].get("types", {}))
    table = Table(title=f"  by page type, body {result['metric']} F1", title_justify="left")
    table.add_column("type", no_wrap=True)
    table.add_column("half", no_wrap=True)
    table.add_column("pages", justify="right")
    for name in order:
        table.add_column(name, justify="right", style="bold" if name == "cleaner" else None)
    failing = [name for name in ("cleaner", REFERENCE) if name in rows]
    for name in failing:
        table.add_column(f"F1<0.5 {name}", justify="right")
    for kind in kinds:
        for number, part in enumerate(shown):
            cells = {name: rows[name][part]["types"].get(kind, {}) for name in order}
            pages = str(cells[order[0]].get("pages", 0))
            values = [_f(cells[name].get("f1")) for name in order]
            values += [str(cells[name].get("failed", 0)) for name in failing]
            last = number == len(shown) - 1
            table.add_row(kind if number == 0 else "", part, pages, *values, end_section=last)
    return table


def render_set(result: Mapping[str, Any], parts: Sequence[str], notes: Iterable[str]) -> None:
    """Print one set's tables (body; metadata; page types when the gold has them)."""
    rows = result["rows"]
    if not rows:
        return
    order = _ordered(rows, _halves(parts)[-1])
    out = console()
    out.print(_body_table(result, parts, order))
    first = rows[order[0]][_halves(parts)[0]]
    if "title" in first:
        out.print(_metadata_table(result, parts, order))
    if "types" in first:
        out.print(_types_table(result, parts, order))
    for note in notes:
        out.print(f"  note: {note}", highlight=False, markup=False)
    out.print()


def _margin(value: float | None) -> str:
    if value is None:
        return "–"
    text = f"{value:+.3f}"
    return text if value > 0 else f"[red]{text}[/red]"


def _summary_body(summary: Mapping[str, Any]) -> Any:
    from rich.table import Table

    part = summary["part"]
    table = Table(
        title=f"Summary, {part} half: body F1 (best peer: any peer but "
        f"{', '.join(sorted(FLOOR_PEERS))})",
        title_justify="left",
    )
    headers = ["set", "metric"]
    headers += ["cleaner tune", "cleaner check"] if part == "check" else [f"cleaner {part}"]
    headers += [REFERENCE, "best peer", "", "cleaner-best", "F1<0.5 cleaner", f"F1<0.5 {REFERENCE}"]
    for header in headers:
        left = header in ("set", "metric", "")
        table.add_column(header, justify="left" if left else "right", no_wrap=True)
    for name, row in summary["sets"].items():
        cleaner = row["cleaner"]
        scores = [cleaner.get("tune"), cleaner["check"]] if part == "check" else [cleaner[part]]
        best = row["best_peer"] or ["–", None]
        reference_failed = row["failed"][REFERENCE]
        cells = [name, row["metric"], *map(_f, scores), _f(row[REFERENCE]), _f(best[1]), best[0]]
        cells += [_margin(row["margin"]), str(row["failed"]["cleaner"])]
        cells.append("–" if reference_failed is None else str(reference_failed))
        table.add_row(*cells)
    return table


def _summary_metadata(summary: Mapping[str, Any]) -> Any:
    from rich.table import Table

    table = Table(title=f"Summary, {summary['part']} half: metadata accuracy", title_justify="left")
    table.add_column("set", no_wrap=True)
    fields = ("title", "author", "date")
    names = ("cleaner", REFERENCE)
    for field in fields:
        for name in names:
            table.add_column(f"{field} {name}", justify="right", no_wrap=True)
    for set_name, row in summary["sets"].items():
        meta = row["metadata"]
        if meta:
            cells = [
                _f(meta[name][field] if name in meta else None)
                for field in fields
                for name in names
            ]
            table.add_row(set_name, *cells)
    return table


def render_summary(summary: Mapping[str, Any]) -> None:
    """The summary across sets: cleaner against trafilatura and the best peer on one part,
    the worst set, the means and the pages with F1 < 0.5; then the metadata."""
    part = summary["part"]
    if not summary["sets"]:
        return
    out = console()
    out.print(_summary_body(summary))
    worst, deficit, mean = summary["worst"], summary["largest_deficit"], summary["mean"]
    out.print(f"  worst set for cleaner ({part}): {worst[0]} {worst[1]:.3f}", highlight=False)
    if deficit:
        out.print(f"  largest deficit to the best peer: {deficit[0]} {deficit[1]:+.3f}")
    out.print(
        f"  mean over the sets ({part}): cleaner {mean['cleaner']:.3f}, "
        f"{REFERENCE} {_f(mean[REFERENCE])} (the sets' metrics differ: a rough figure)",
        highlight=False,
    )
    failed = summary["failed_total"]
    out.print(
        f"  pages with F1 < 0.5 over all sets ({part}): cleaner {failed['cleaner']}, "
        f"{REFERENCE} {failed[REFERENCE]}",
        highlight=False,
    )
    if any(row["metadata"] for row in summary["sets"].values()):
        out.print(_summary_metadata(summary))
