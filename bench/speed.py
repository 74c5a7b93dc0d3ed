"""CPU speed of cleaner against trafilatura on the same pages, in the same run and process.

Run from the repository root (see bench/README.md)::

    .venv/bin/python bench/speed.py                      # every set, best of 3 passes
    .venv/bin/python bench/speed.py --sets aeb-blocks,aeb-html --repeat 5
    .venv/bin/python bench/speed.py --workers            # also: cleaner with 1 and 2 processes

Per set, every page is read (and un-gzipped) into memory first; then both extractors get one
untimed warm-up pass over a few pages, and ``--repeat`` timed passes over all pages each. A
pass is timed with ``time.process_time`` (CPU of this process, so other load on the machine
barely moves it), and the fastest pass counts, as ``timeit`` does. trafilatura is called as
the benchmark README says, with metadata since cleaner's record carries it:
``extract(page, include_comments=False, include_tables=True, with_metadata=True)``; on a text
dump it gets the dump as HTML, one ``<p>`` per non-empty line (bench/peers.py).

``--skeleton`` also times cleaner's fixed cost, the part every extractor set pays: reading the
page into blocks (decode, segment, and for HTML parse and metadata), language and text features,
with no extractor after them. Its ratio to trafilatura is the most any set of extractors can
reach on this machine in pure Python: the speed bars are measured against it.

``--workers`` measures how cleaner scales: the same pages through a process pool of 1 and of
2 workers, in wall-clock documents per second (the only clock that shows scaling).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

_ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):  # run as `python bench/speed.py`: make the checkout importable
    sys.path[:0] = [str(_ROOT)]

from bench.peers import wrap_dump  # noqa: E402
from bench.quality import DEFAULT_BENCH_DIR, SETS, load_set, read_page  # noqa: E402

_WARM_PAGES = 5  # pages per extractor in the untimed warm-up pass


@dataclass(frozen=True, slots=True)
class Inputs:
    """One set in memory: what cleaner gets (page bytes) and what trafilatura gets (HTML)."""

    name: str
    sources: tuple[str, ...]
    pages: tuple[bytes, ...]
    html: tuple[bytes, ...]


def load_inputs(name: str, bench_dir: Path, limit: int | None) -> Inputs:
    bench_set = load_set(name, bench_dir, limit)
    pages = tuple(read_page(path) for path in bench_set.files)
    if bench_set.is_html:
        html = pages
    else:
        html = tuple(wrap_dump(page.decode("utf-8", errors="replace")) for page in pages)
    return Inputs(name, tuple(str(p) for p in bench_set.files), pages, html)


# --- the two extractors, each as "run on page i" ---------------------------------------------


def _cleaner_runner(inputs: Inputs) -> tuple[Callable[[int], None], list[str]]:
    """A function cleaning page i; failures are counted and the run goes on, as in a batch."""
    import cleaner

    errors: list[str] = []

    def run(index: int) -> None:
        try:
            cleaner.clean(inputs.pages[index], source=inputs.sources[index])
        except Exception as error:  # CleanerError, or a bug: either way an error, not a crash
            errors.append(f"{inputs.sources[index]}: {type(error).__name__}: {error}")

    return run, errors


def _skeleton_runner(inputs: Inputs) -> Callable[[int], None]:
    """Page i into blocks plus the language and features steps: every step before the first
    extractor, so that what it costs is the floor under the whole pipeline."""
    from cleaner.config import CleanerConfig
    from cleaner.extractors.features import FeaturesExtractor
    from cleaner.extractors.language import LanguageExtractor
    from cleaner.frontends import load_page

    config = CleanerConfig()
    steps = (LanguageExtractor(), FeaturesExtractor())

    def run(index: int) -> None:
        try:
            page = load_page(inputs.pages[index], inputs.sources[index], config)
        except Exception:  # the full run counts errors; here only the clock matters
            return
        for step in steps:
            page = step.run(page, config)

    return run


def _trafilatura_runner(inputs: Inputs) -> Callable[[int], None]:
    from trafilatura import extract

    def run(index: int) -> None:
        extract(inputs.html[index], include_comments=False, include_tables=True, with_metadata=True)

    return run


def _cpu_of_pass(run: Callable[[int], None], count: int) -> float:
    start = time.process_time()
    for index in range(count):
        run(index)
    return time.process_time() - start


def _prepare_trafilatura() -> None:
    from bench.peers import PEERS

    prepare = PEERS["trafilatura"].prepare
    if prepare is not None:
        prepare()


def measure_cpu(inputs: Inputs, repeat: int, skeleton: bool = False) -> dict[str, Any]:
    """Best-of-``repeat`` CPU seconds per pass for both extractors, and docs/s from them;
    with ``skeleton``, also of cleaner's fixed cost (see the module docstring)."""
    count = len(inputs.pages)
    clean, errors = _cleaner_runner(inputs)
    extract = _trafilatura_runner(inputs)
    floor = _skeleton_runner(inputs) if skeleton else None
    _prepare_trafilatura()
    for index in range(min(_WARM_PAGES, count)):  # warm-up, untimed
        clean(index)
        extract(index)
    errors.clear()
    cleaner_cpu: list[float] = []
    trafilatura_cpu: list[float] = []
    skeleton_cpu: list[float] = []
    for _ in range(repeat):  # alternate, so drift in machine state hits both alike
        cleaner_cpu.append(_cpu_of_pass(clean, count))
        trafilatura_cpu.append(_cpu_of_pass(extract, count))
        if floor is not None:
            skeleton_cpu.append(_cpu_of_pass(floor, count))
    cleaner_rate = count / min(cleaner_cpu) if min(cleaner_cpu) else 0.0
    trafilatura_rate = count / min(trafilatura_cpu) if min(trafilatura_cpu) else 0.0
    skeleton_rate = count / min(skeleton_cpu) if skeleton_cpu and min(skeleton_cpu) else 0.0
    return {
        "skeleton_docs_per_s": skeleton_rate or None,
        "skeleton_ratio": skeleton_rate / trafilatura_rate
        if skeleton_rate and trafilatura_rate
        else None,
        "docs": count,
        "ratio": cleaner_rate / trafilatura_rate if trafilatura_rate else 0.0,
        "cleaner_docs_per_s": cleaner_rate,
        "trafilatura_docs_per_s": trafilatura_rate,
        "cleaner_cpu_s": cleaner_cpu,
        "trafilatura_cpu_s": trafilatura_cpu,
        "cleaner_errors": len(errors) // max(1, repeat),
    }


# --- scaling with worker processes -----------------------------------------------------------


def _pool_init(sources: Sequence[str], pages: Sequence[bytes]) -> None:
    """Each worker keeps the pages and warms cleaner up, outside the timed region."""
    global _WORKER_PAGES  # per-worker-process data, set once by this initializer
    _WORKER_PAGES = (tuple(sources), tuple(pages))
    _pool_clean(range(min(_WARM_PAGES, len(pages))))


_WORKER_PAGES: tuple[tuple[str, ...], tuple[bytes, ...]] = ((), ())


def _pool_clean(indices: range) -> int:
    import cleaner

    sources, pages = _WORKER_PAGES
    for index in indices:
        try:
            cleaner.clean(pages[index], source=sources[index])
        except Exception:  # counted by measure_cpu already; here only the clock matters
            continue
    return len(indices)


def measure_workers(inputs: Inputs, workers: int, repeat: int) -> float:
    """Wall-clock docs/s of cleaner with ``workers`` processes; best of ``repeat`` passes."""
    count = len(inputs.pages)
    chunk = max(1, count // (workers * 8))
    chunks = [range(start, min(start + chunk, count)) for start in range(0, count, chunk)]
    best = float("inf")
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_pool_init, initargs=(inputs.sources, inputs.pages)
    ) as pool:
        list(pool.map(_pool_clean, [range(0)] * workers))  # start every worker before timing
        for _ in range(repeat):
            start = time.perf_counter()
            done = sum(pool.map(_pool_clean, chunks))
            best = min(best, time.perf_counter() - start)
    return done / best if best else 0.0


# --- output -------------------------------------------------------------------------------------


def render_cpu(rows: dict[str, dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(
        title="CPU docs/s, one process (best pass)",
        title_justify="left",
    )
    skeleton = any(row["skeleton_ratio"] for row in rows.values())
    columns = ["set", "docs", "cleaner/trafilatura", "cleaner", "trafilatura", "errors"]
    if skeleton:
        columns += ["skeleton/trafilatura", "skeleton"]
    for column in columns:
        table.add_column(column, justify="left" if column == "set" else "right")
    for name, row in rows.items():
        cells = [
            name,
            str(row["docs"]),
            f"{row['ratio']:.2f}x",
            f"{row['cleaner_docs_per_s']:.1f}",
            f"{row['trafilatura_docs_per_s']:.1f}",
            str(row["cleaner_errors"]),
        ]
        if skeleton:
            cells += [f"{row['skeleton_ratio']:.2f}x", f"{row['skeleton_docs_per_s']:.1f}"]
        table.add_row(*cells, style="bold")
    Console(width=max(130 if skeleton else 100, Console().width)).print(table)


def render_workers(rows: dict[str, dict[str, float]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="cleaner, wall-clock docs/s with a process pool", title_justify="left")
    for column in ("set", "1 worker", "2 workers", "speed-up"):
        table.add_column(column, justify="left" if column == "set" else "right")
    for name, row in rows.items():
        table.add_row(name, f"{row['1']:.1f}", f"{row['2']:.1f}", f"{row['speedup']:.2f}x")
    Console(width=max(100, Console().width)).print(table)


@click.command()
@click.option("--sets", "set_names", default=",".join(SETS), show_default=True)
@click.option(
    "--bench-dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_BENCH_DIR
)
@click.option("--repeat", type=click.IntRange(min=1), default=3, show_default=True)
@click.option("--limit", type=int, default=None, help="Only the first N pages of each set.")
@click.option("--workers", is_flag=True, help="Also measure cleaner with 1 and 2 processes.")
@click.option(
    "--skeleton", is_flag=True, help="Also time cleaner's fixed cost: blocks, language, features."
)
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path))
def main(
    set_names: str,
    bench_dir: Path,
    repeat: int,
    limit: int | None,
    workers: bool,
    skeleton: bool,
    json_out: Path | None,
) -> None:
    """Docs/s of cleaner and trafilatura on the same pages, and their ratio."""
    names = [name.strip() for name in set_names.split(",") if name.strip()]
    unknown = [name for name in names if name not in SETS]
    if unknown:
        raise click.BadParameter(f"unknown set(s) {unknown}; known: {', '.join(SETS)}")
    cpu_rows: dict[str, dict[str, Any]] = {}
    worker_rows: dict[str, dict[str, float]] = {}
    for name in names:
        inputs = load_inputs(name, bench_dir, limit)
        click.echo(f"{name}: {len(inputs.pages)} pages, {repeat} passes ...", err=True)
        cpu_rows[name] = measure_cpu(inputs, repeat, skeleton)
        if workers:
            one, two = (measure_workers(inputs, n, repeat) for n in (1, 2))
            worker_rows[name] = {"1": one, "2": two, "speedup": two / one if one else 0.0}
    render_cpu(cpu_rows)
    if workers:
        click.echo(f"(machine has {os.cpu_count()} CPUs)", err=True)
        render_workers(worker_rows)
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "cpu": cpu_rows,
            "workers": worker_rows or None,
            "repeat": repeat,
        }
        json_out.write_text(json.dumps(payload, indent=2) + "\n")


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
