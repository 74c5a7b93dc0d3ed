"""Where cleaner loses, page by page, on the TUNE half of a set: the failure reader.

    .venv/bin/python bench/failures.py --set wcxb-html                  # 20 widest gaps
    .venv/bin/python bench/failures.py --set wcxb-html --type forum --worst 40 --sort f1
    .venv/bin/python bench/failures.py --set wcxb-html --show 0042      # one page in detail
    .venv/bin/python bench/failures.py --set aeb-html --style soup-text # a style of bench/styles.py

The list shows, for tune-half pages only, cleaner's page F1 beside trafilatura's (the page F1
of bench/README.md), the gap between them and the body lengths in words, worst first: by the
gap (``--sort gap``, pages trafilatura gets right and cleaner does not) or by cleaner's own
page F1 (``--sort f1``). ``--show ID`` prints cleaner's explain output for that page (every
block, kept or dropped, by which step and why) and the words cleaner missed and added against
the gold. A check-half page is refused unless ``--i-know-this-is-check`` is given: the check
half is for reporting, and a rule written from its pages would make the report meaningless.

cleaner runs here on the selected pages; trafilatura's outputs come from the peer cache
(``--cache-dir`` / ``CLEANER_BENCH_CACHE``, filled by bench/quality.py), and pages missing
from it are run and cached first. With ``--style`` cleaner reads the set's pages as that dump
style of bench/styles.py (built or taken from the same cache, read as text, as styles.py does),
while trafilatura's column stays its output on ``--set``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import click

_ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):  # run as `python bench/failures.py`: make the checkout importable
    sys.path[:0] = [str(_ROOT)]

from bench import cache  # noqa: E402
from bench.quality import (  # noqa: E402
    DEFAULT_BENCH_DIR,
    SETS,
    BenchSet,
    Outcome,
    load_set,
    page_id,
    read_page,
    run_cleaner,
    run_peers,
)
from bench.styles import STYLES, Dumps, Where, build_dumps, run_extractors  # noqa: E402
from cleaner.evaluation.halves import Half, half_of  # noqa: E402
from cleaner.evaluation.report import evaluate  # noqa: E402

REFERENCE = "trafilatura"
_WORD = re.compile(r"\w+")
_RUN_WORDS = 24  # a missed or added run longer than this is shown as its start … its end
_RUNS = 15  # runs shown per side (the longest ones, in page order), unless --full


# --- scoring the pages ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PageLine:
    """One page of the list: both extractors' page F1 and body lengths."""

    page: str
    kind: str
    cleaner: float
    reference: float
    cleaner_words: int
    reference_words: int
    gold_words: int | None  # None: the gold has snippets, not a body
    error: str

    @property
    def gap(self) -> float:
        return self.cleaner - self.reference


def _words(text: object) -> int:
    return len(_WORD.findall(str(text or "")))


def _select(bench_set: BenchSet, kind: str | None, only: str | None) -> BenchSet:
    """The set narrowed to one page type and/or one page (so only those pages are run)."""
    keep = {
        key
        for key, row in bench_set.gold.items()
        if (kind is None or row.get("type") == kind) and (only is None or key == only)
    }
    files = tuple(path for path in bench_set.files if page_id(path) in keep)
    gold = {key: row for key, row in bench_set.gold.items() if key in keep}
    return BenchSet(bench_set.name, files, gold, bench_set.is_html)


@dataclass(frozen=True, slots=True)
class StyleInput:
    """Where cleaner's input comes from when it is a built dump style, not the set's files."""

    style: str
    bench_dir: Path
    cache_dir: Path

    def dumps(self, bench_set: BenchSet, keys: list[str]) -> Dumps:
        """Pages ``keys`` of the set as this style's dumps (built, or from the cache)."""
        where = Where(self.bench_dir, self.cache_dir, bench_set.collection)
        return build_dumps(STYLES[self.style], where, keys, rebuild=False)

    def dump(self, bench_set: BenchSet, key: str) -> str:
        """Page ``key`` of the set as this style's dump (an empty dump if it cannot be made)."""
        return self.dumps(bench_set, [key]).texts[key]


def run_both(
    bench_set: BenchSet, cache_dir: Path, style: StyleInput | None = None
) -> tuple[Outcome, Outcome]:
    """cleaner's outcome (run here, on ``style``'s dumps when given) and trafilatura's (from
    the cache, run where missing)."""
    theirs = run_peers([bench_set], [REFERENCE], jobs=1, cache_dir=cache_dir)
    if style is None:
        ours = run_cleaner(bench_set)
    else:
        dumps = style.dumps(bench_set, [page_id(path) for path in bench_set.files])
        ours = run_extractors(dumps, with_justext=False, cache_dir=cache_dir)["cleaner"]
    return ours, theirs[(bench_set.name, REFERENCE)]


def page_lines(bench_set: BenchSet, ours: Outcome, reference: Outcome) -> list[PageLine]:
    """One line per page of the set: both page F1s, body lengths, cleaner's error."""
    our_f1 = evaluate(ours.records, bench_set.gold).page_f1
    their_f1 = evaluate(reference.records, bench_set.gold).page_f1
    errors = dict(error.split(": ", 1) for error in ours.errors)
    return [
        PageLine(
            page=key,
            kind=str(row.get("type") or ""),
            cleaner=our_f1[key],
            reference=their_f1[key],
            cleaner_words=_words(ours.records.get(key, {}).get("body")),
            reference_words=_words(reference.records.get(key, {}).get("body")),
            gold_words=_words(row["body"]) if "body" in row else None,
            error=errors.get(key, ""),
        )
        for key, row in bench_set.gold.items()
    ]


# --- the list --------------------------------------------------------------------------------


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _headline(name: str, kind: str | None, lines: Sequence[PageLine]) -> str:
    ours = [line.cleaner for line in lines]
    theirs = [line.reference for line in lines]
    scope = f"{name}, tune half" + (f", type {kind}" if kind else "")
    return (
        f"{scope}: {len(lines)} pages; mean page F1 cleaner {_mean(ours):.3f} "
        f"({sum(v < 0.5 for v in ours)} under 0.5), {REFERENCE} {_mean(theirs):.3f} "
        f"({sum(v < 0.5 for v in theirs)} under 0.5); "
        f"{sum(line.gap < 0 for line in lines)} pages where cleaner is behind"
    )


def _types_table(lines: Sequence[PageLine]) -> Any:
    from rich.table import Table

    table = Table(title="by page type (mean page F1)", title_justify="left")
    for column in ("type", "pages", "cleaner", REFERENCE, "F1<0.5 cleaner", f"F1<0.5 {REFERENCE}"):
        table.add_column(column, justify="left" if column == "type" else "right")
    for kind in sorted({line.kind for line in lines}):
        group = [line for line in lines if line.kind == kind]
        table.add_row(
            kind,
            str(len(group)),
            f"{_mean([line.cleaner for line in group]):.3f}",
            f"{_mean([line.reference for line in group]):.3f}",
            str(sum(line.cleaner < 0.5 for line in group)),
            str(sum(line.reference < 0.5 for line in group)),
        )
    return table


def _list_table(lines: Sequence[PageLine], title: str) -> Any:
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    headers = ("id", "type", "cleaner", REFERENCE, "gap", "words: cleaner", REFERENCE, "gold")
    for header in (*headers, "cleaner error"):
        left = header in ("id", "type", "cleaner error")
        table.add_column(header, justify="left" if left else "right", no_wrap=header == "id")
    for line in lines:
        gap = f"{line.gap:+.3f}"
        table.add_row(
            line.page,
            line.kind or "–",
            f"{line.cleaner:.3f}",
            f"{line.reference:.3f}",
            f"[red]{gap}[/red]" if line.gap < 0 else gap,
            str(line.cleaner_words),
            str(line.reference_words),
            "–" if line.gold_words is None else str(line.gold_words),
            line.error,
        )
    return table


def print_list(
    name: str, kind: str | None, lines: list[PageLine], worst: int, sort: str, style: str = ""
) -> None:
    from rich.console import Console

    console = Console(width=max(140, Console().width))
    scope = f"{name} as {style} dumps" if style else name
    console.print(_headline(scope, kind, lines), highlight=False, soft_wrap=True)
    if kind is None and any(line.kind for line in lines):
        console.print(_types_table(lines))
    if sort == "gap":
        ordered = sorted(lines, key=lambda line: (line.gap, line.cleaner, line.page))
    else:
        ordered = sorted(lines, key=lambda line: (line.cleaner, line.gap, line.page))
    order = f"the gap to {REFERENCE}" if sort == "gap" else "cleaner's page F1"
    title = f"worst {min(worst, len(lines))} by {order}"
    console.print(_list_table(ordered[:worst], title))
    option = f" --style {style}" if style else ""
    console.print(f"next: bench/failures.py --set {name}{option} --show ID", highlight=False)


# --- one page in detail ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of words only one side has: its text (as written) and its length."""

    text: str
    words: int


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def _run(text: str, tokens: Sequence[re.Match[str]], start: int, end: int, full: bool) -> Run:
    words = end - start
    if full or words <= _RUN_WORDS:
        shown = text[tokens[start].start() : tokens[end - 1].end()]
    else:
        head = text[tokens[start].start() : tokens[start + _RUN_WORDS // 2 - 1].end()]
        tail = text[tokens[end - _RUN_WORDS // 3].start() : tokens[end - 1].end()]
        shown = f"{head} … {tail}"
    return Run(" ".join(shown.split()), words)


def diff_words(predicted: str, gold: str, full: bool = False) -> tuple[list[Run], list[Run]]:
    """(missed, added): runs of gold words cleaner left out, and of words it kept that the
    gold does not have, aligned in reading order (case does not count, as in word F1).

    >>> missed, added = diff_words("Menu Home The council voted.", "The council voted on Monday.")
    >>> [(run.text, run.words) for run in missed], [(run.text, run.words) for run in added]
    ([('on Monday', 2)], [('Menu Home', 2)])
    """
    ours, theirs = _tokens(predicted), _tokens(gold)
    matcher = SequenceMatcher(
        None,
        [token.group().lower() for token in ours],
        [token.group().lower() for token in theirs],
        autojunk=False,
    )
    missed: list[Run] = []
    added: list[Run] = []
    for operation, ours_start, ours_end, gold_start, gold_end in matcher.get_opcodes():
        if operation in ("delete", "replace"):
            added.append(_run(predicted, ours, ours_start, ours_end, full))
        if operation in ("insert", "replace"):
            missed.append(_run(gold, theirs, gold_start, gold_end, full))
    return missed, added


def _print_runs(console: Any, label: str, runs: Sequence[Run], full: bool) -> None:
    total = sum(run.words for run in runs)
    console.print(f"[bold]{label}[/bold]: {total} words in {len(runs)} runs", highlight=False)
    shown = list(runs)
    if not full and len(runs) > _RUNS:
        longest = set(sorted(range(len(runs)), key=lambda i: -runs[i].words)[:_RUNS])
        shown = [run for i, run in enumerate(runs) if i in longest]
        console.print(f"  (the {_RUNS} longest, in page order; --full for all)", highlight=False)
    for run in shown:
        console.print(f"  [dim]{run.words:>5}[/dim]  {run.text}", highlight=False)


def _print_snippets(console: Any, body: str, gold: Mapping[str, Any]) -> None:
    """traf gold has snippets, not a body: the ones cleaner missed, and the ones it leaked."""
    text = " ".join(body.split())
    missed = [s for s in gold.get("with") or [] if " ".join(s.split()) not in text]
    leaked = [s for s in gold.get("without") or [] if " ".join(s.split()) in text]
    console.print(f"[bold]missed 'with' snippets[/bold]: {len(missed)}")
    for snippet in missed:
        console.print(f"  {snippet}", highlight=False, markup=False)
    console.print(f"[bold]leaked 'without' snippets[/bold]: {len(leaked)}")
    for snippet in leaked:
        console.print(f"  {snippet}", highlight=False, markup=False)


def _analysed(bench_set: BenchSet, key: str, style: StyleInput | None) -> Any:
    """cleaner's explanation of page ``key``: of the set's file, or of the style's dump."""
    import cleaner
    from cleaner.config import CleanerConfig, InputType

    if style is None:
        path = next(path for path in bench_set.files if page_id(path) == key)
        return cleaner.analyse(read_page(path), source=str(path))
    text = style.dump(bench_set, key).encode("utf-8")
    config = CleanerConfig(input_type=InputType.TEXT)  # as bench/styles.py reads every style
    return cleaner.analyse(text, source=f"{key}.txt", config=config)


def show_page(
    bench_set: BenchSet, key: str, cache_dir: Path, full: bool, style: StyleInput | None = None
) -> None:
    """cleaner's explain output for one page, its F1 beside trafilatura's, and the words it
    missed and added against the gold."""
    from rich.console import Console

    import cleaner
    from cleaner.explain import render

    console = Console(width=max(140, Console().width))
    try:
        render(_analysed(bench_set, key, style), console, full_text=full)
    except cleaner.CleanerError as error:
        console.print(f"[red]cleaner: {type(error).__name__}: {error}[/red]")
    ours, reference = run_both(bench_set, cache_dir, style)
    (line,) = page_lines(bench_set, ours, reference)
    scope = bench_set.name + (f", style {style.style}" if style else "")
    console.print(
        f"{key} ({scope}{', ' + line.kind if line.kind else ''}): page F1 cleaner "
        f"{line.cleaner:.3f}, {REFERENCE} {line.reference:.3f}; words cleaner "
        f"{line.cleaner_words}, {REFERENCE} {line.reference_words}, gold "
        f"{'–' if line.gold_words is None else line.gold_words}",
        highlight=False,
    )
    body = str(ours.records[key].get("body") or "")
    gold = bench_set.gold[key]
    if "body" not in gold:
        _print_snippets(console, body, gold)
        return
    missed, added = diff_words(body, str(gold["body"] or ""), full)
    _print_runs(console, "missed (in the gold, not in cleaner's body)", missed, full)
    _print_runs(console, "added (in cleaner's body, not in the gold)", added, full)


# --- the command -----------------------------------------------------------------------------


def _page_set(name: str, bench_dir: Path, key: str, allow_check: bool) -> BenchSet:
    """The set narrowed to page ``key``; a check-half page only with the explicit flag."""
    if half_of(key) is Half.CHECK and not allow_check:
        raise click.UsageError(
            f"{key} is on the check half of {name}: read failures on tune pages only "
            "(--i-know-this-is-check to look anyway, and do not tune on what you see)"
        )
    bench_set = _select(load_set(name, bench_dir, None), None, key)
    if not bench_set.files:
        raise click.UsageError(f"no page {key!r} in {name}")
    return bench_set


@click.command()
@click.option("--set", "set_name", required=True, type=click.Choice(list(SETS)))
@click.option("--type", "kind", default=None, help="Only pages of this gold type (wcxb).")
@click.option("--worst", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--sort", type=click.Choice(["gap", "f1"]), default="gap", show_default=True)
@click.option("--show", "show_id", default=None, help="One page in detail: explain and diff.")
@click.option("--full", is_flag=True, help="With --show: whole blocks and every run, in full.")
@click.option("--i-know-this-is-check", "allow_check", is_flag=True, help="Allow a check page.")
@click.option(
    "--style",
    "style_name",
    type=click.Choice(list(STYLES)),
    default=None,
    help="cleaner reads the pages as this dump style of bench/styles.py.",
)
@click.option(
    "--bench-dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_BENCH_DIR
)
@cache.cache_dir_option
def main(
    set_name: str,
    kind: str | None,
    worst: int,
    sort: str,
    show_id: str | None,
    full: bool,
    allow_check: bool,
    style_name: str | None,
    bench_dir: Path,
    cache_dir: Path,
) -> None:
    """cleaner's failures on the tune half of a set, beside trafilatura's; or one page."""
    style = None if style_name is None else StyleInput(style_name, bench_dir, cache_dir)
    if show_id is not None:
        bench_set = _page_set(set_name, bench_dir, show_id, allow_check)
        show_page(bench_set, show_id, cache_dir, full, style)
        return
    bench_set = load_set(set_name, bench_dir, None, Half.TUNE)
    kinds = sorted({str(row.get("type")) for row in bench_set.gold.values() if row.get("type")})
    if kind is not None and kind not in kinds:
        raise click.UsageError(f"no page of type {kind!r} in {set_name} (types: {kinds or 'none'})")
    bench_set = _select(bench_set, kind, None)
    scope = set_name + (f" as {style_name} dumps" if style_name else "")
    click.echo(f"cleaner on {len(bench_set.files)} tune pages of {scope} ...", err=True)
    lines = page_lines(bench_set, *run_both(bench_set, cache_dir, style))
    print_list(set_name, kind, lines, worst, sort, style_name or "")


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
