"""`cleaner batch` at scale: throughput by workers, memory as the corpus grows, resume, trafilatura.

Builds a corpus (not committed; in a temporary directory unless ``--work`` is given) by
repeating the bench pages: HTML pages (half plain ``.html``, half ``.html.gz``), text dumps
(every fourth gzipped) and one WARC of HTML responses, as hard links to one master copy of
each page so 100,000 documents cost little disk. Then, each as a real `cleaner batch` process:

1. ``-j 1`` and ``-j 2`` on the first 10,000 documents: docs/s and their ratio;
2. ``-j 2`` on all of them: peak RSS per worker at 10k vs the full corpus;
3. ``kill -9`` half-way through a ``-j 2`` run on 10,000 documents, then ``--resume``: the
   time until the resumed run writes its first new checkpoint, its total time, and a check
   that the records equal those of the uninterrupted run (no duplicates, none missing);
4. ``trafilatura --input-dir … --output-dir … --parallel N`` and ``cleaner batch -j N`` on
   the same plain HTML files: docs/s and the ratio, ``--repeat`` times with the order swapped
   each round (the machine is shared; a round that runs second is not always the lucky one).
   Two trafilatura invocations: its default (body text only, ``--no-comments`` since cleaner
   keeps no comments either) and the like-for-like one, ``--json --with-metadata``: title,
   author, date and site name besides the body, as a cleaner record has;
5. ``overhead``: CPU per document of ``cleaner batch -j 1`` (the marginal cost: a run on the
   HTML files minus a run on one file, which holds the start-up) against a bare loop calling
   :func:`cleaner.document.clean_document` on the same bytes in one process. The difference
   is what the batch machinery costs per document (reading, the time limit, JSON, the pipes,
   the outputs and the journal).

Every `cleaner batch` process runs a snapshot of the ``cleaner`` package copied at the start
(``PYTHONPATH``), so the code cannot change under a long run and the record comparisons mean
something while other work goes on in the checkout. The snapshot is byte-compiled once, as an
installed package is (trafilatura's is): otherwise, with ``PYTHONDONTWRITEBYTECODE`` set, every
process would compile the package from source again.

docs/s here is wall-clock (documents / elapsed seconds), since scaling with workers is the
point; CPU seconds (the process and all its workers) are reported beside it, with the load
average, because on a shared machine other work steals wall-clock time.

Run from the repository root::

    .venv/bin/python bench/scale.py                       # 100,000 documents, ~1 hour
    .venv/bin/python bench/scale.py --docs 20000 --small 2000 --json /tmp/scale.json
"""

from __future__ import annotations

import compileall
import gzip
import io
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

_BARE_LOOP = """
import sys, time
from pathlib import Path
from cleaner.batch.documents import warm_up
from cleaner.config import CleanerConfig
from cleaner.document import clean_document
warm_up()
config = CleanerConfig()
pages = [(str(p), p.read_bytes()) for p in sorted(Path(sys.argv[1]).iterdir())]
started = time.process_time()
for source, data in pages:
    clean_document(data, source=source, config=config)
print(time.process_time() - started)
"""

_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BENCH_DIR = _ROOT.parent / "shared" / "bench"
PART_SIZE = 10_000


@dataclass(frozen=True)
class Source:
    """One bench page and the master copies its repeats are hard-linked to."""

    kind: str  # "html" or "dump"
    plain: Path
    gzipped: Path


@dataclass(frozen=True)
class Run:
    """One measured process: wall and CPU seconds, the summary it wrote, the load around it."""

    wall: float
    cpu: float
    summary: dict[str, Any]
    load: float

    @property
    def documents(self) -> int:
        return int(self.summary.get("processed", 0))

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.wall if self.wall else 0.0


def _masters(bench: Path, root: Path) -> list[Source]:
    """Plain and gzipped master copies of every bench page, in a hidden (never walked) folder."""
    masters = root / ".masters"
    masters.mkdir(parents=True, exist_ok=True)
    sources = []
    for page in sorted(bench.glob("*/html/*.html.gz")):
        stem = f"{page.parts[-3]}-{page.name.removesuffix('.html.gz')}"
        plain, packed = masters / f"{stem}.html", masters / f"{stem}.html.gz"
        plain.write_bytes(gzip.decompress(page.read_bytes()))
        shutil.copyfile(page, packed)
        sources.append(Source("html", plain, packed))
    for dump in sorted(bench.glob("*/dumps/*/*.txt")):
        stem = f"{dump.parts[-4]}-{dump.parts[-2]}-{dump.stem}"
        plain, packed = masters / f"{stem}.txt", masters / f"{stem}.txt.gz"
        shutil.copyfile(dump, plain)
        packed.write_bytes(gzip.compress(dump.read_bytes()))
        sources.append(Source("dump", plain, packed))
    if not sources:
        raise click.ClickException(f"no bench pages under {bench}")
    return sources


def _link(master: Path, target: Path) -> None:
    try:
        os.link(master, target)
    except OSError:
        shutil.copyfile(master, target)


def _write_warc(path: Path, pages: list[Source], count: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for number in range(count):
            page = pages[number % len(pages)]
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://bench.invalid/page/{number}",
                "response",
                payload=io.BytesIO(page.plain.read_bytes()),
                http_headers=headers,
            )
            writer.write_record(record)


def _file_name(number: int, source: Source) -> tuple[str, Path]:
    # HTML alternates plain / gzipped between repeats; every fourth dump is gzipped.
    if source.kind == "html":
        packed = number % 2 == 1
    else:
        packed = number % 4 == 0
    master = source.gzipped if packed else source.plain
    suffix = "".join(master.suffixes[-2:] if packed else master.suffixes[-1:])
    return f"{number:06d}{suffix}", master


def build_corpus(bench: Path, root: Path, total: int, warc_pages: int) -> None:
    """``total`` documents in ``root/s00 … s09`` (10,000 each); ``s00`` holds the WARC."""
    sources = _masters(bench, root)
    html = [s for s in sources if s.kind == "html"]
    (root / "s00").mkdir(parents=True, exist_ok=True)
    _write_warc(root / "s00" / "crawl.warc.gz", html, warc_pages)
    for number in range(warc_pages, total):
        part, folder = divmod(number, PART_SIZE)
        directory = root / f"s{part:02d}" / f"d{folder // 1000}"
        if number % 1000 == 0 or number == warc_pages:
            directory.mkdir(parents=True, exist_ok=True)
        name, master = _file_name(number, sources[number % len(sources)])
        _link(master, directory / name)


def build_html_set(root: Path, sources_root: Path, count: int, name: str = "html-compare") -> Path:
    """``count`` plain HTML files (the bench pages repeated) for the trafilatura comparison."""
    html = sorted((sources_root / ".masters").glob("*.html"))
    target = root / name
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for number in range(count):
        _link(html[number % len(html)], target / f"{number:06d}.html")
    return target


def _cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _batch(*args: str) -> list[str]:
    return [sys.executable, "-m", "cleaner", "batch", *args]


def snapshot_code(work: Path) -> None:
    """Copy ``cleaner/`` under ``work`` and put it first on the path of every child process."""
    target = work / "code"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(
        _ROOT / "cleaner", target / "cleaner", ignore=shutil.ignore_patterns("__pycache__")
    )
    # py_compile writes the .pyc files whatever PYTHONDONTWRITEBYTECODE says.
    compileall.compile_dir(str(target), quiet=1)
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(target), os.environ.get("PYTHONPATH", "")) if p
    )


def run_batch(inputs: list[Path], out: Path, jobs: int, *extra: str) -> Run:
    summary_path = out.with_name(out.name + ".summary.json")
    command = _batch(
        *map(str, inputs),
        "-o",
        str(out),
        "-j",
        str(jobs),
        "-q",
        "--errors",
        str(out.with_name(out.name + ".errors.jsonl")),
        "--summary-json",
        str(summary_path),
        *extra,
    )
    cpu, started = _cpu_children(), time.monotonic()
    subprocess.run(command, check=False)
    wall, cpu = time.monotonic() - started, _cpu_children() - cpu
    summary = json.loads(summary_path.read_text()) if summary_path.exists() else {}
    return Run(wall, cpu, summary, os.getloadavg()[0])


def _journal_lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def _wait_for_lines(journal: Path, lines: int, process: subprocess.Popen[bytes]) -> float:
    while process.poll() is None:
        if _journal_lines(journal) >= lines:
            return time.monotonic()
        time.sleep(0.05)
    raise click.ClickException(f"the run ended before {journal} had {lines} lines")


def measure_resume(
    inputs: Path, out: Path, chunk_size: int, documents: int, uninterrupted: Run | None
) -> dict[str, Any]:
    """Kill -9 half-way, then --resume; time to the first new checkpoint and to the end.

    The overhead is the resumed run's time minus what its documents took in the
    uninterrupted run at the same rate.
    """
    journal = out.with_name(out.name + ".journal")
    summary = out.with_name(out.name + ".summary.json")
    common = [
        str(inputs),
        "-o",
        str(out),
        "-j",
        "2",
        "-q",
        "--chunk-size",
        str(chunk_size),
        "--summary-json",
        str(summary),
    ]
    process = subprocess.Popen(_batch(*common))
    half = documents // chunk_size // 2
    _wait_for_lines(journal, half, process)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    done_before = _journal_lines(journal) - 1
    started = time.monotonic()
    resumed = subprocess.Popen(_batch(*common, "--resume"))
    first = _wait_for_lines(journal, done_before + 2, resumed)
    resumed.wait()
    total = time.monotonic() - started
    redone = json.loads(summary.read_text())["processed"]
    rate = uninterrupted.docs_per_s if uninterrupted else 0.0
    return {
        "killed_after_chunks": done_before,
        "documents_left": redone,
        "seconds_to_first_new_checkpoint": round(first - started, 2),
        "resume_total_seconds": round(total, 2),
        "resume_overhead_seconds": round(total - redone / rate, 2) if rate else None,
        "exit_status": resumed.returncode,
        "load_1min": round(os.getloadavg()[0], 2),
    }


def _records(path: Path) -> Counter[bytes]:
    return Counter(path.read_bytes().splitlines())


def run_trafilatura(inputs: Path, jobs: int, scratch: Path, *, metadata: bool = False) -> Run:
    """trafilatura's own CLI on a directory, one output file per page, as it is meant to run.

    ``metadata``: ``--json --with-metadata``, the output that matches a cleaner record (the
    default is the body text alone). It names each output by a hash of its content, so the
    repeated pages share files: the count of files written is only a check that it ran.
    """
    binary = Path(sys.executable).with_name("trafilatura")
    output = scratch / f"trafilatura-j{jobs}{'-meta' if metadata else ''}"
    shutil.rmtree(output, ignore_errors=True)
    command = [
        str(binary),
        "--input-dir",
        str(inputs),
        "--output-dir",
        str(output),
        "--parallel",
        str(jobs),
        "--no-comments",
        *(["--json", "--with-metadata"] if metadata else []),
    ]
    cpu, started = _cpu_children(), time.monotonic()
    subprocess.run(command, check=False, stderr=subprocess.DEVNULL)
    wall, cpu = time.monotonic() - started, _cpu_children() - cpu
    if not output.exists() or not any(p.is_file() for p in output.rglob("*")):
        raise click.ClickException(f"trafilatura wrote nothing: {' '.join(command)}")
    documents = sum(1 for _ in inputs.iterdir())
    return Run(wall, cpu, {"processed": documents}, os.getloadavg()[0])


def _bare_loop_cpu(inputs: Path) -> float:
    """CPU seconds of clean_document over every file of ``inputs``, in one warm process."""
    done = subprocess.run(
        [sys.executable, "-c", _BARE_LOOP, str(inputs)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(done.stdout)


def measure_overhead(work: Path, corpus: Path, documents: int) -> dict[str, Any]:
    """CPU ms per document: ``cleaner batch -j 1`` (marginal) against the bare loop.

    Each side runs twice, alternating, and keeps its lower figure. On a shared machine the
    noise (a few ms per document between runs) is larger than what is measured: read a
    negative or small overhead as "below the noise", not as a precise figure.
    """
    pages = build_html_set(work, corpus, documents, "html-overhead")
    one = build_html_set(work, corpus, 1, "html-overhead-one")
    fixed = run_batch([one], work / "overhead-one.jsonl", 1)
    batch, wall, bare = [], [], []
    for _ in range(2):
        run = run_batch([pages], work / "overhead.jsonl", 1)
        batch.append((run.cpu - fixed.cpu) / (documents - 1) * 1000)
        wall.append((run.wall - fixed.wall) / (documents - 1) * 1000)
        bare.append(_bare_loop_cpu(pages) / documents * 1000)
    return {
        "documents": documents,
        "batch_j1_wall_ms_per_doc": round(min(wall), 2),
        "batch_j1_cpu_ms_per_doc": round(min(batch), 2),
        "bare_loop_cpu_ms_per_doc": round(min(bare), 2),
        "overhead_cpu_ms_per_doc": round(min(batch) - min(bare), 2),
        "batch_start_up_cpu_seconds": round(fixed.cpu, 2),
        "batch_start_up_wall_seconds": round(fixed.wall, 2),
        "load_1min": round(os.getloadavg()[0], 2),
    }


def _row(name: str, run: Run) -> dict[str, Any]:
    rss = run.summary.get("peak_rss_mb", {})
    return {
        "run": name,
        "documents": run.documents,
        "seconds": round(run.wall, 1),
        "docs_per_s": round(run.docs_per_s, 1),
        "cpu_seconds": round(run.cpu, 1),
        "docs_per_cpu_s": round(run.documents / run.cpu, 1) if run.cpu else None,
        "cpu_ms_per_doc": round(run.cpu / run.documents * 1000, 1) if run.documents else None,
        "worker_peak_rss_mb": rss.get("worker_max"),
        "main_peak_rss_mb": rss.get("main"),
        "failed": run.summary.get("failed"),
        "load_1min": round(run.load, 2),
    }


def _ratios(rows: dict[str, dict[str, Any]], repeat: int) -> dict[str, float]:
    pairs = {"ratio_j2_over_j1": ("j2_small", "j1_small")}
    for number in range(1, repeat + 1):
        suffix = f"_{number}" if repeat > 1 else ""
        for peer in ("trafilatura", "trafilatura_meta"):
            pairs[f"ratio_cleaner_over_{peer}_j2{suffix}"] = (
                f"cleaner_html_j2{suffix}",
                f"{peer}_j2{suffix}",
            )
    ratios = {}
    for name, (top, bottom) in pairs.items():
        if top in rows and bottom in rows and rows[bottom]["docs_per_s"]:
            ratios[name] = round(rows[top]["docs_per_s"] / rows[bottom]["docs_per_s"], 2)
    return ratios


def _print_table(rows: list[dict[str, Any]]) -> None:
    columns = list(rows[0])
    widths = [max(len(c), *(len(str(r[c])) for r in rows)) for c in columns]
    click.echo("  ".join(c.rjust(w) for c, w in zip(columns, widths, strict=True)))
    for row in rows:
        click.echo("  ".join(str(row[c]).rjust(w) for c, w in zip(columns, widths, strict=True)))


STAGES = ("j1", "j2", "full", "resume", "trafilatura", "trafilatura-meta", "overhead")


@dataclass(frozen=True)
class Plan:
    """What to measure, and where."""

    work: Path
    corpus: Path
    small: int
    html_docs: int
    overhead_docs: int
    repeat: int
    stages: tuple[str, ...]


def _peer_rounds(plan: Plan) -> Iterator[tuple[str, Run]]:
    """cleaner and trafilatura on the same HTML files; each round runs them in reverse order."""
    html = build_html_set(plan.work, plan.corpus, plan.html_docs)
    work = plan.work
    contenders: list[tuple[str, Callable[[], Run]]] = []
    if "trafilatura" in plan.stages:
        contenders.append(("trafilatura_j2", lambda: run_trafilatura(html, 2, work)))
    if "trafilatura-meta" in plan.stages:
        contenders.append(
            ("trafilatura_meta_j2", lambda: run_trafilatura(html, 2, work, metadata=True))
        )
    contenders.append(("cleaner_html_j2", lambda: run_batch([html], work / "html-j2.jsonl", 2)))
    for number in range(1, plan.repeat + 1):
        suffix = f"_{number}" if plan.repeat > 1 else ""
        for name, measure in contenders if number % 2 else reversed(contenders):
            yield name + suffix, measure()


def _stages(plan: Plan) -> Iterator[tuple[str, Any]]:
    work, corpus, stages = plan.work, plan.corpus, plan.stages
    first = [corpus / "s00"] if plan.small == PART_SIZE else [corpus]
    j2 = None
    if "j1" in stages:
        yield "j1_small", run_batch(first, work / "j1.jsonl", 1)
    if "j2" in stages:
        j2 = run_batch(first, work / "j2.jsonl", 2)
        yield "j2_small", j2
    if "full" in stages:
        yield "j2_full", run_batch([corpus], work / "full.jsonl", 2)
    if "resume" in stages:
        resume = measure_resume(first[0], work / "resumed.jsonl", 32, plan.small, j2)
        if j2 is not None:
            same = _records(work / "resumed.jsonl") == _records(work / "j2.jsonl")
            resume["same_records_as_uninterrupted_run"] = same
        yield "resume", resume
    if "trafilatura" in stages or "trafilatura-meta" in stages:
        yield from _peer_rounds(plan)
    if "overhead" in stages:
        yield "overhead", measure_overhead(work, corpus, plan.overhead_docs)


@click.command()
@click.option("--docs", default=100_000, show_default=True, help="Documents in the corpus.")
@click.option(
    "--small",
    default=PART_SIZE,
    show_default=True,
    help="Documents in the -j 1 / -j 2 / resume runs (10000, or the whole corpus).",
)
@click.option("--warc-pages", default=1_000, show_default=True, help="Responses in the WARC.")
@click.option(
    "--html-docs",
    default=2_000,
    show_default=True,
    help="Plain HTML files for the trafilatura comparison.",
)
@click.option(
    "--repeat",
    default=1,
    show_default=True,
    help="Rounds of the trafilatura comparison (the order swaps every round).",
)
@click.option(
    "--overhead-docs",
    default=500,
    show_default=True,
    help="Plain HTML files for the overhead measurement.",
)
@click.option(
    "--bench-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_BENCH_DIR,
    show_default=True,
)
@click.option(
    "--work",
    type=click.Path(file_okay=False, path_type=Path),
    help="Build and run here (kept); a temporary directory otherwise.",
)
@click.option(
    "--stages",
    default=",".join(STAGES),
    show_default=True,
    help="Which measurements to run, comma-separated.",
)
@click.option("--json", "json_path", type=click.Path(dir_okay=False), help="Write results here.")
def main(
    docs: int,
    small: int,
    warc_pages: int,
    html_docs: int,
    repeat: int,
    overhead_docs: int,
    bench_dir: Path,
    work: Path | None,
    stages: str,
    json_path: str | None,
) -> None:
    """Measure `cleaner batch` on a corpus of repeated bench pages (see the module docstring)."""
    if small not in (PART_SIZE, docs):
        raise click.UsageError(f"--small must be {PART_SIZE} or equal to --docs")
    if repeat < 1 or overhead_docs < 2:
        raise click.UsageError("--repeat must be at least 1 and --overhead-docs at least 2")
    with tempfile.TemporaryDirectory(prefix="cleaner-scale-") as scratch:
        root = work or Path(scratch)
        corpus = root / "corpus"
        started = time.monotonic()
        if not corpus.exists():
            build_corpus(bench_dir, corpus, docs, warc_pages)
        click.echo(f"corpus: {docs} documents in {corpus} ({time.monotonic() - started:.0f} s)")
        snapshot_code(root)
        rows, results = [], {}
        chosen = tuple(s.strip() for s in stages.split(",") if s.strip())
        plan = Plan(root, corpus, small, html_docs, overhead_docs, repeat, chosen)
        for name, result in _stages(plan):
            if isinstance(result, Run):
                rows.append(_row(name, result))
                click.echo(json.dumps(rows[-1]))
            else:
                results[name] = result
                click.echo(json.dumps({name: result}))
        results.update(_ratios({row["run"]: row for row in rows}, repeat))
        if rows:
            _print_table(rows)
        click.echo(json.dumps(results, indent=2))
        if json_path:
            Path(json_path).write_text(json.dumps({"runs": rows, **results}, indent=2) + "\n")


if __name__ == "__main__":
    main()
