"""Extraction quality of cleaner beside its peers on the benchmark sets, one table per set.

Run from the repository root (see bench/README.md)::

    .venv/bin/python bench/quality.py                       # every set, every installed peer
    .venv/bin/python bench/quality.py --sets aeb-blocks,traf-html --peers trafilatura,identity
    .venv/bin/python bench/quality.py --json out.json --write-records bench/out/records

cleaner runs in this process on every page (``cleaner.clean(page_bytes, source=path)``, default
config) and is never cached. Peers run in a process pool; their outputs are cached under
``bench/.cache/`` by peer, version and file hash, so a re-run only computes what changed.
docs_per_s is always documents per second of CPU time of one process (``time.process_time``
around each call, warm-up excluded), whether the work ran here or in a pool worker.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

_ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):  # run as `python bench/quality.py`: make the checkout importable
    sys.path[:0] = [str(_ROOT)]

from bench.peers import ADAPTER_VERSION, PEERS, PeerPage, select_peers, wrap_dump  # noqa: E402
from cleaner.evaluation.gold import load_gold, record_id  # noqa: E402
from cleaner.evaluation.report import EvalReport, evaluate  # noqa: E402

DEFAULT_BENCH_DIR = _ROOT.parent / "shared" / "bench"
CACHE_DIR = _ROOT / "bench" / ".cache"

# name -> (collection, folder inside it); "dumps" folders hold text, "html" gzip-compressed pages.
SETS: dict[str, tuple[str, str]] = {
    "aeb-blocks": ("aeb", "dumps/blocks"),
    "aeb-inscriptis": ("aeb", "dumps/inscriptis"),
    "aeb-html": ("aeb", "html"),
    "traf-blocks": ("traf", "dumps/blocks"),
    "traf-inscriptis": ("traf", "dumps/inscriptis"),
    "traf-html": ("traf", "html"),
}
DEFAULT_PEERS = (
    "trafilatura",
    "trafilatura_fast",
    "readability",
    "newspaper4k",
    "justext",
    "resiliparse",
    "identity",
)
_ERROR_EXAMPLES = 3  # error messages kept per extractor and set, for the notes under a table


# --- inputs -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BenchSet:
    name: str
    files: tuple[Path, ...]
    gold: dict[str, dict[str, Any]]
    is_html: bool

    @property
    def title(self) -> str:
        collection, folder = SETS[self.name]
        return f"{collection}/{folder.split('/')[-1]} ({len(self.files)} docs)"


def load_set(name: str, bench_dir: Path, limit: int | None) -> BenchSet:
    collection, folder = SETS[name]
    gold = load_gold(bench_dir / collection / "gold.jsonl")
    files = sorted(p for p in (bench_dir / collection / folder).iterdir() if p.is_file())
    files = [p for p in files if record_id({"source": str(p)}) in gold][:limit]
    if limit is not None:  # score only the pages that ran, so a quick run is not all misses
        kept = {record_id({"source": str(p)}) for p in files}
        gold = {key: row for key, row in gold.items() if key in kept}
    return BenchSet(name, tuple(files), gold, is_html=folder == "html")


def read_page(path: Path) -> bytes:
    """The page as served: ``.gz`` files are decompressed here, outside any timing."""
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def peer_page(path: Path, *, is_html: bool) -> PeerPage:
    data = read_page(path)
    if is_html:
        return PeerPage(html=data)
    text = data.decode("utf-8", errors="replace")
    return PeerPage(html=wrap_dump(text), dump=text)


# --- one extractor's outcome on one set -------------------------------------------------------


@dataclass(slots=True)
class Outcome:
    """Records (by gold id), CPU seconds and errors of one extractor on one set."""

    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    cpu_seconds: float = 0.0
    documents: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, key: str, result: dict[str, Any]) -> None:
        self.documents += 1
        self.cpu_seconds += result["cpu_seconds"]
        if result.get("error"):
            self.errors.append(f"{key}: {result['error']}")
        self.records[key] = result["record"]


# --- cleaner ----------------------------------------------------------------------------------


def _clean_one(
    clean: Any, cleaner_error: type[Exception], path: Path, data: bytes
) -> dict[str, Any]:
    record: dict[str, Any] = {"source": str(path), "body": ""}
    error = None
    start = time.process_time()
    try:
        record = clean(data, source=str(path)).to_dict()
    except cleaner_error as exc:  # a page cleaner refuses: an error, scored as an empty body
        error = f"{type(exc).__name__}: {exc}"
    except Exception as exc:  # a bug: still an error, never a crash of the whole benchmark
        error = f"internal {type(exc).__name__}: {exc}"
    cpu = time.process_time() - start
    return {"record": record, "cpu_seconds": cpu, "error": error}


def run_cleaner(bench_set: BenchSet) -> Outcome:
    """cleaner on every page of the set in this process; the first page once more untimed."""
    import cleaner
    from cleaner.errors import CleanerError

    pages = [(path, read_page(path)) for path in bench_set.files]
    if pages:  # warm-up: lazy imports and compiled patterns are not part of docs_per_s
        _clean_one(cleaner.clean, CleanerError, *pages[0])
    outcome = Outcome()
    for path, data in pages:
        result = _clean_one(cleaner.clean, CleanerError, path, data)
        outcome.add(str(record_id({"source": str(path)})), result)
    return outcome


# --- peers, in a pool ---------------------------------------------------------------------------


def _warm_up(peer_names: Sequence[str], pages: Sequence[tuple[str, bool]]) -> None:
    """Pool initializer: untimed calls per peer on real pages of each kind in the run.

    The first call of some peers pays for lazy imports, stoplists and compiled patterns, and a
    small synthetic page does not reach every code path, so real pages are used.
    """
    for name in peer_names:
        peer = PEERS[name]
        if peer.prepare is not None:
            peer.prepare()
        for path, is_html in pages:
            if is_html and peer.dumps_only:
                continue
            try:
                peer.run(peer_page(Path(path), is_html=is_html))
            except Exception:  # a peer that fails here fails on the real pages too, and is counted
                continue


def _warm_pages(sets: Sequence[BenchSet]) -> list[tuple[str, bool]]:
    """The first page of each kind (dump, html) among the sets, for :func:`_warm_up`."""
    first: dict[bool, tuple[str, bool]] = {}
    for bench_set in sets:
        if bench_set.files:
            first.setdefault(bench_set.is_html, (str(bench_set.files[0]), bench_set.is_html))
    return list(first.values())


def _peer_task(peer_name: str, path: str, is_html: bool) -> dict[str, Any]:
    """Run one peer on one page in a pool worker; CPU time of this call only."""
    peer = PEERS[peer_name]
    page = peer_page(Path(path), is_html=is_html)
    error = None
    start = time.process_time()
    try:
        result = peer.run(page)
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"
        result = None
    cpu = time.process_time() - start
    record: dict[str, Any] = {"source": path, "body": ""}
    if result is not None:
        record.update(
            body=result.body,
            title=result.title,
            authors=list(result.authors),
            published=result.published,
        )
    return {"record": record, "cpu_seconds": cpu, "error": error}


def _cache_path(peer_name: str, path: Path) -> Path:
    peer = PEERS[peer_name]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    key = hashlib.sha256(f"{peer.version()}|{ADAPTER_VERSION}|{digest}".encode()).hexdigest()
    return CACHE_DIR / peer_name / f"{key[:40]}.json"


@dataclass(frozen=True, slots=True)
class _Task:
    set_name: str
    peer_name: str
    path: Path
    is_html: bool
    cache: Path | None


def _tasks(sets: Sequence[BenchSet], peer_names: Sequence[str], use_cache: bool) -> Iterator[_Task]:
    for bench_set in sets:
        for name in peer_names:
            if PEERS[name].dumps_only and bench_set.is_html:
                continue
            for path in bench_set.files:
                cache = _cache_path(name, path) if use_cache else None
                yield _Task(bench_set.name, name, path, bench_set.is_html, cache)


def run_peers(
    sets: Sequence[BenchSet], peer_names: Sequence[str], *, jobs: int, use_cache: bool
) -> dict[tuple[str, str], Outcome]:
    """(set name, peer name) -> outcome; cached results are read, the rest computed in a pool."""
    outcomes: dict[tuple[str, str], Outcome] = {}
    pending: list[_Task] = []
    for task in _tasks(sets, peer_names, use_cache):
        outcome = outcomes.setdefault((task.set_name, task.peer_name), Outcome())
        if task.cache is not None and task.cache.exists():
            outcome.add(
                str(record_id({"source": str(task.path)})), json.loads(task.cache.read_text())
            )
        else:
            pending.append(task)
    if not pending:
        return outcomes
    _echo(f"running {len(pending)} peer extractions in {jobs} processes ...")
    names = sorted({task.peer_name for task in pending})
    warm_pages = _warm_pages(sets)
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_warm_up, initargs=(names, warm_pages)
    ) as pool:
        futures = [pool.submit(_peer_task, t.peer_name, str(t.path), t.is_html) for t in pending]
        for done, (task, future) in enumerate(zip(pending, futures, strict=True), start=1):
            result = future.result()
            if task.cache is not None:  # errors too: a peer fails the same way every time
                task.cache.parent.mkdir(parents=True, exist_ok=True)
                task.cache.write_text(json.dumps(result, ensure_ascii=False))
            key = str(record_id({"source": str(task.path)}))
            outcomes[(task.set_name, task.peer_name)].add(key, result)
            if done % 500 == 0:
                _echo(f"  {done}/{len(pending)}")
    return outcomes


# --- scoring and output -----------------------------------------------------------------------


def score(outcome: Outcome, gold: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The row of numbers for one extractor on one set."""
    report: EvalReport = evaluate(outcome.records, gold)
    body = report.shingle or report.snippet
    row: dict[str, Any] = {
        "f1": body.f1 if body else 0.0,
        "precision": body.precision if body else 0.0,
        "recall": body.recall if body else 0.0,
        "accuracy": body.accuracy if body else 0.0,
    }
    if report.metadata is not None:
        row.update(
            title=report.metadata.title, author=report.metadata.author, date=report.metadata.date
        )
    row["docs_per_s"] = outcome.documents / outcome.cpu_seconds if outcome.cpu_seconds else 0.0
    row["errors"] = len(outcome.errors)
    return row


def render_set(title: str, rows: dict[str, dict[str, Any]], notes: Iterable[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    table.add_column("extractor")
    columns = [key for key in next(iter(rows.values())) if key != "errors"] + ["errors"]
    for column in columns:
        table.add_column(column, justify="right")
    for name, row in sorted(rows.items(), key=lambda item: -item[1]["f1"]):
        cells = [f"{row[c]:.3f}" if isinstance(row[c], float) else str(row[c]) for c in columns]
        table.add_row(name, *cells, style="bold" if name == "cleaner" else None)
    console = Console(width=max(120, Console().width))
    console.print(table)
    for note in notes:
        console.print(f"  note: {note}", highlight=False, markup=False)
    console.print()


def save_records(directory: Path, set_name: str, outcome: Outcome) -> None:
    """cleaner's records of one set as JSON Lines, ready for ``cleaner eval``."""
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / f"{set_name}.jsonl", "w", encoding="utf-8") as stream:
        for record in outcome.records.values():
            if record.get("body") or record.get("title"):  # errors are left out: scored as empty
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def _echo(message: str) -> None:
    click.echo(message, err=True)


def _split(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def _error_notes(name: str, outcome: Outcome) -> list[str]:
    if not outcome.errors:
        return []
    shown = "; ".join(outcome.errors[:_ERROR_EXAMPLES])
    return [f"{name}: {len(outcome.errors)} errors, e.g. {shown}"]


@click.command()
@click.option("--sets", "set_names", default=",".join(SETS), show_default=True)
@click.option("--peers", "peer_names", default=",".join(DEFAULT_PEERS), show_default=True)
@click.option(
    "--bench-dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_BENCH_DIR
)
@click.option("--limit", type=int, default=None, help="Only the first N pages of each set.")
@click.option("--jobs", type=int, default=os.cpu_count() or 1, show_default=True)
@click.option("--no-cache", is_flag=True, help="Recompute every peer output.")
@click.option("--no-cleaner", is_flag=True, help="Peers only.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--write-records", type=click.Path(file_okay=False, path_type=Path))
def main(
    set_names: str,
    peer_names: str,
    bench_dir: Path,
    limit: int | None,
    jobs: int,
    no_cache: bool,
    no_cleaner: bool,
    json_out: Path | None,
    write_records: Path | None,
) -> None:
    """Score cleaner and its peers on the benchmark sets; one table per set."""
    unknown = [name for name in _split(set_names) if name not in SETS]
    if unknown:
        raise click.BadParameter(f"unknown set(s) {unknown}; known: {', '.join(SETS)}")
    peers, peer_notes = select_peers(_split(peer_names))
    for note in peer_notes:
        _echo(f"note: {note}")
    sets = [load_set(name, bench_dir, limit) for name in _split(set_names)]
    outcomes: dict[tuple[str, str], Outcome] = {}
    if not no_cleaner:
        for bench_set in sets:
            _echo(f"cleaner on {bench_set.name} ...")
            outcomes[(bench_set.name, "cleaner")] = run_cleaner(bench_set)
            if write_records is not None:
                save_records(write_records, bench_set.name, outcomes[(bench_set.name, "cleaner")])
    outcomes.update(
        run_peers(sets, [p.name for p in peers], jobs=max(1, jobs), use_cache=not no_cache)
    )
    results = report_all(sets, outcomes, peer_notes)
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")


def report_all(
    sets: Sequence[BenchSet], outcomes: dict[tuple[str, str], Outcome], peer_notes: list[str]
) -> dict[str, Any]:
    """Print one table per set and return every number for --json."""
    results: dict[str, Any] = {"versions": _versions(outcomes), "sets": {}}
    for bench_set in sets:
        names = [name for (set_name, name) in outcomes if set_name == bench_set.name]
        rows = {name: score(outcomes[(bench_set.name, name)], bench_set.gold) for name in names}
        notes = [n for name in names for n in _error_notes(name, outcomes[(bench_set.name, name)])]
        if rows:
            render_set(bench_set.title, rows, notes)
        results["sets"][bench_set.name] = {
            "docs": len(bench_set.files),
            "rows": rows,
            "errors": {name: outcomes[(bench_set.name, name)].errors for name in names},
        }
    results["notes"] = peer_notes
    return results


def _versions(outcomes: dict[tuple[str, str], Outcome]) -> dict[str, str]:
    versions: dict[str, str] = {}
    for _, name in outcomes:
        if name == "cleaner":
            import cleaner

            versions[name] = cleaner.__version__
        else:
            versions[name] = PEERS[name].version()
    return versions


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
