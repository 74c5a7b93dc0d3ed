"""Extraction quality of cleaner beside its peers on the benchmark sets, one table per set,
the tune and check halves side by side, then a summary across sets.

Run from the repository root (see bench/README.md)::

    .venv/bin/python bench/quality.py                       # every set, every installed peer
    .venv/bin/python bench/quality.py --sets wcxb-html,fundus-html --half tune
    .venv/bin/python bench/quality.py --sets aeb-blocks,traf-html --peers trafilatura,identity
    .venv/bin/python bench/quality.py --json out.json --write-records bench/out/records

cleaner runs in this process on every page (``cleaner.clean(page_bytes, source=path)``, default
config) and is never cached. Peers run in a process pool; their outputs are cached by peer,
version and file hash (``--cache-dir``, env ``CLEANER_BENCH_CACHE``, default ``bench/.cache``;
several worktrees may share one), so a re-run only computes what changed. docs_per_s is always
documents per second of CPU time of one process (``time.process_time`` around each call,
warm-up excluded), whether the work ran here or in a pool worker.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

_ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):  # run as `python bench/quality.py`: make the checkout importable
    sys.path[:0] = [str(_ROOT)]

from bench import cache  # noqa: E402
from bench.peers import PEERS, PeerPage, select_peers, wrap_dump  # noqa: E402
from bench.scores import parts_for, score_outcome, summarise  # noqa: E402
from bench.tables import render_set, render_summary  # noqa: E402
from cleaner.evaluation.gold import load_gold, record_id  # noqa: E402
from cleaner.evaluation.halves import Half, half_of  # noqa: E402
from cleaner.evaluation.report import detect_metric  # noqa: E402

DEFAULT_BENCH_DIR = _ROOT.parent / "shared" / "bench"

# name -> (collection, folder inside it); "dumps" folders hold text, "html" gzip-compressed pages.
# The body metric follows from the collection's gold (cleaner.evaluation.report.detect_metric):
# shingle F1 on aeb and fundus, snippet F1 on traf, word F1 on wcxb.
SETS: dict[str, tuple[str, str]] = {
    "aeb-blocks": ("aeb", "dumps/blocks"),
    "aeb-inscriptis": ("aeb", "dumps/inscriptis"),
    "aeb-html": ("aeb", "html"),
    "traf-blocks": ("traf", "dumps/blocks"),
    "traf-inscriptis": ("traf", "dumps/inscriptis"),
    "traf-html": ("traf", "html"),
    "wcxb-blocks": ("wcxb", "dumps/blocks"),
    "wcxb-inscriptis": ("wcxb", "dumps/inscriptis"),
    "wcxb-html": ("wcxb", "html"),
    "fundus-blocks": ("fundus", "dumps/blocks"),
    "fundus-inscriptis": ("fundus", "dumps/inscriptis"),
    "fundus-html": ("fundus", "html"),
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
    def collection(self) -> str:
        return SETS[self.name][0]

    @property
    def style(self) -> str:
        return SETS[self.name][1].split("/")[-1]


def page_id(path: Path) -> str:
    """A bench page's id: its file name without ``.txt``/``.html``/``.gz``."""
    return str(record_id({"source": str(path)}))


def load_set(name: str, bench_dir: Path, limit: int | None, half: Half | None = None) -> BenchSet:
    """The set's pages (only one half's, when given; then the first ``limit``) and their gold."""
    collection, folder = SETS[name]
    gold = load_gold(bench_dir / collection / "gold.jsonl")
    files = sorted(p for p in (bench_dir / collection / folder).iterdir() if p.is_file())
    files = [
        p for p in files if page_id(p) in gold and (half is None or half_of(page_id(p)) == half)
    ]
    files = files[:limit]
    if limit is not None or half is not None:  # score only the pages that ran
        kept = {page_id(p) for p in files}
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
        outcome.add(page_id(path), result)
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


@dataclass(frozen=True, slots=True)
class _Task:
    set_name: str
    peer_name: str
    path: Path
    is_html: bool
    entry: Path | None  # where its output is cached; None: --no-cache


def _tasks(
    sets: Sequence[BenchSet], peer_names: Sequence[str], cache_dir: Path | None
) -> Iterator[_Task]:
    versions = {name: PEERS[name].version() for name in peer_names}
    for bench_set in sets:
        for name in peer_names:
            if PEERS[name].dumps_only and bench_set.is_html:
                continue
            for path in bench_set.files:
                entry = None
                if cache_dir is not None:
                    entry = cache.entry_path(cache_dir, name, versions[name], path.read_bytes())
                yield _Task(bench_set.name, name, path, bench_set.is_html, entry)


def run_peers(
    sets: Sequence[BenchSet], peer_names: Sequence[str], *, jobs: int, cache_dir: Path | None
) -> dict[tuple[str, str], Outcome]:
    """(set name, peer name) -> outcome; cached results are read, the rest computed in a pool."""
    outcomes: dict[tuple[str, str], Outcome] = {}
    pending: list[_Task] = []
    for task in _tasks(sets, peer_names, cache_dir):
        outcome = outcomes.setdefault((task.set_name, task.peer_name), Outcome())
        cached = cache.read(task.entry) if task.entry is not None else None
        if cached is not None:
            outcome.add(page_id(task.path), cached)
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
            if task.entry is not None:  # errors too: a peer fails the same way every time
                cache.write(task.entry, result)
            outcomes[(task.set_name, task.peer_name)].add(page_id(task.path), result)
            if done % 500 == 0:
                _echo(f"  {done}/{len(pending)}")
    return outcomes


# --- scoring and output -----------------------------------------------------------------------


def score_set(
    bench_set: BenchSet, outcomes: Mapping[str, Outcome], parts: Sequence[str]
) -> dict[str, Any]:
    """Every number of one set: per extractor, each part's scores, docs/s and errors."""
    rows: dict[str, Any] = {}
    for name, outcome in outcomes.items():
        rows[name] = score_outcome(outcome.records, bench_set.gold, parts)
        rows[name]["docs_per_s"] = (
            outcome.documents / outcome.cpu_seconds if outcome.cpu_seconds else 0.0
        )
        rows[name]["errors"] = len(outcome.errors)
    metric = detect_metric(bench_set.gold)
    halves = Counter(str(half_of(key)) for key in bench_set.gold)
    return {
        "collection": bench_set.collection,
        "style": bench_set.style,
        "docs": len(bench_set.files),
        "pages": {part: halves[part] for part in parts if part != "all"},
        "metric": str(metric) if metric else "none",
        "rows": rows,
        "errors": {name: outcome.errors for name, outcome in outcomes.items()},
    }


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


_HALF_CHOICES = ["both", *(half.value for half in Half)]


@click.command()
@click.option("--sets", "set_names", default=",".join(SETS), show_default=True)
@click.option("--peers", "peer_names", default=",".join(DEFAULT_PEERS), show_default=True)
@click.option(
    "--half",
    type=click.Choice(_HALF_CHOICES),
    default="both",
    show_default=True,
    help="Run and score one half of every set (tune: read failures here; check: report only).",
)
@click.option(
    "--bench-dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_BENCH_DIR
)
@click.option("--limit", type=int, default=None, help="Only the first N pages of each set.")
@click.option("--jobs", type=int, default=os.cpu_count() or 1, show_default=True)
@click.option("--no-cache", is_flag=True, help="Recompute every peer output.")
@cache.cache_dir_option
@click.option("--no-cleaner", is_flag=True, help="Peers only.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--write-records", type=click.Path(file_okay=False, path_type=Path))
def main(
    set_names: str,
    peer_names: str,
    half: str,
    bench_dir: Path,
    limit: int | None,
    jobs: int,
    no_cache: bool,
    cache_dir: Path,
    no_cleaner: bool,
    json_out: Path | None,
    write_records: Path | None,
) -> None:
    """Score cleaner and its peers on the benchmark sets: a table per set, tune and check
    halves side by side, then a summary."""
    unknown = [name for name in _split(set_names) if name not in SETS]
    if unknown:
        raise click.BadParameter(f"unknown set(s) {unknown}; known: {', '.join(SETS)}")
    peers, peer_notes = select_peers(_split(peer_names))
    for note in peer_notes:
        _echo(f"note: {note}")
    chosen = None if half == "both" else Half(half)
    sets = [load_set(name, bench_dir, limit, chosen) for name in _split(set_names)]
    outcomes: dict[tuple[str, str], Outcome] = {}
    if not no_cleaner:
        for bench_set in sets:
            _echo(f"cleaner on {bench_set.name} ...")
            outcomes[(bench_set.name, "cleaner")] = run_cleaner(bench_set)
            if write_records is not None:
                save_records(write_records, bench_set.name, outcomes[(bench_set.name, "cleaner")])
    outcomes.update(
        run_peers(
            sets,
            [p.name for p in peers],
            jobs=max(1, jobs),
            cache_dir=None if no_cache else cache_dir,
        )
    )
    results = report_all(sets, outcomes, peer_notes, parts_for(chosen))
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")


def report_all(
    sets: Sequence[BenchSet],
    outcomes: dict[tuple[str, str], Outcome],
    peer_notes: list[str],
    parts: Sequence[str],
) -> dict[str, Any]:
    """Print the tables of every set and the summary; return every number for --json."""
    results: dict[str, Any] = {"versions": _versions(outcomes), "parts": list(parts), "sets": {}}
    for bench_set in sets:
        by_name = {
            name: outcome for (key, name), outcome in outcomes.items() if key == bench_set.name
        }
        result = score_set(bench_set, by_name, parts)
        notes = [note for name, outcome in by_name.items() for note in _error_notes(name, outcome)]
        render_set(result, parts, notes)
        results["sets"][bench_set.name] = result
    scored = {
        name: result for name, result in results["sets"].items() if "cleaner" in result["rows"]
    }
    summary_part = "check" if "check" in parts else parts[0]
    results["summary"] = summarise(scored, summary_part)
    render_summary(results["summary"])
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
