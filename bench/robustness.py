"""Every generated bad input through ``cleaner clean``: outcome, exit status, time, peak RSS.

Run from the repository root::

    .venv/bin/python bench/robustness.py                  # the small inputs (~1 min on 2 cores)
    .venv/bin/python bench/robustness.py --big            # also 200 MB line, 1M paragraphs
    .venv/bin/python bench/robustness.py --only gzip_bomb,deep_divs --timeout 60
    .venv/bin/python bench/robustness.py --json robustness.json

The corpus is written by ``tests/badinput/make_corpus.py`` into a temporary directory; each
input is cleaned in its own child process (``python -m cleaner clean --format jsonl INPUT``),
``--jobs`` at a time, and measured with ``wait4``: wall seconds and that child's peak RSS.
A run past ``--timeout`` is killed and shows as ``timeout``. The verdict column applies the
bar of issue 6: a record, or exactly one error line naming the input, no traceback, no stray
stderr line, no timeout, peak RSS under 1 GB, and the outcome the case expects.
"""

from __future__ import annotations

import json
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

import click

_BADINPUT = Path(__file__).resolve().parents[1] / "tests" / "badinput"
sys.path[:0] = [str(_BADINPUT)]

from harness import Outcome, error_lines, run_cleaner  # noqa: E402
from make_corpus import CASES, Case, make_corpus  # noqa: E402

MEMORY_BAR = 1_000_000_000


@dataclass(frozen=True, slots=True)
class Row:
    """One input's line of the report."""

    name: str
    size: int
    expect: str
    outcome: str  # "record", "record (empty body)", "error: <why>", "timeout", "crash"
    exit_code: int
    seconds: float
    peak_rss_mb: float
    verdict: str  # "ok" or what broke the bar


def _outcome_text(outcome: Outcome, path: Path) -> str:
    if outcome.timed_out:
        return "timeout"
    if outcome.returncode == 0 and outcome.stdout:
        try:
            body = json.loads(outcome.stdout.splitlines()[0]).get("body", "")
        except ValueError:
            return "record (invalid JSON)"
        return "record" if body else "record (empty body)"
    errors = error_lines(outcome.stderr)
    if errors:
        why = errors[0].removeprefix(f"cleaner: error: {path}: ")
        return f"error: {why[:60]}"
    return "crash"


def _verdict(case: Case, outcome: Outcome, path: Path) -> str:
    problems = []
    stray = [
        line for line in outcome.stderr.splitlines()
        if line.strip() and not line.startswith(("cleaner: error: ", "cleaner: warning: "))
    ]  # fmt: skip
    if outcome.timed_out:
        problems.append("hang")
    if "Traceback" in outcome.stderr:
        problems.append("traceback")
    elif stray:
        problems.append("stray stderr")
    if outcome.peak_rss >= MEMORY_BAR:
        problems.append("RSS >= 1 GB")
    if outcome.returncode not in (0, 1) and not outcome.timed_out:
        problems.append(f"exit {outcome.returncode}")
    if outcome.returncode == 1 and len(error_lines(outcome.stderr)) != 1:
        problems.append("not one error line")
    is_record = outcome.returncode == 0
    if case.expect == "record" and not is_record and not outcome.timed_out:
        problems.append("expected a record")
    if case.expect == "error" and is_record:
        problems.append("expected an error")
    output = outcome.stdout.decode("utf-8", errors="replace") + outcome.stderr
    if any(text in output for text in case.forbidden):
        problems.append("forbidden text in output")
    return ", ".join(problems) or "ok"


def _measure(case: Case, path: Path, timeout: float) -> Row:
    outcome = run_cleaner(["clean", "--format", "jsonl", str(path)], timeout=timeout)
    return Row(
        name=case.name,
        size=path.stat().st_size,
        expect=case.expect,
        outcome=_outcome_text(outcome, path),
        exit_code=outcome.returncode,
        seconds=round(outcome.seconds, 2),
        peak_rss_mb=round(outcome.peak_rss / 2**20, 1),
        verdict=_verdict(case, outcome, path),
    )


def _size(size: int) -> str:
    for unit in ("B", "KB", "MB"):
        if size < 1024:
            return f"{size:.0f} {unit}"
        size //= 1024
    return f"{size} GB"


def _print_table(rows: list[Row]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="cleaner clean on the bad-input corpus (issue 6)")
    for column, justify in (("input", "left"), ("size", "right"), ("expect", "left"),
                            ("outcome", "left"), ("exit", "right"), ("seconds", "right"),
                            ("peak RSS MB", "right"), ("verdict", "left")):  # fmt: skip
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for row in rows:
        style = "" if row.verdict == "ok" else "red"
        table.add_row(row.name, _size(row.size), row.expect, row.outcome, str(row.exit_code),
                      f"{row.seconds:.2f}", f"{row.peak_rss_mb:.0f}", row.verdict,
                      style=style)  # fmt: skip
    console = Console(width=None if sys.stdout.isatty() else 160)
    console.print(table)
    bad = [row for row in rows if row.verdict != "ok"]
    worst = max(rows, key=lambda row: row.peak_rss_mb)
    console.print(f"{len(rows) - len(bad)}/{len(rows)} inputs meet the bar; "
                  f"highest peak RSS {worst.peak_rss_mb:.0f} MB ({worst.name}).")  # fmt: skip


@click.command()
@click.option("--big", is_flag=True, help="Also the 200 MB line and the million paragraphs.")
@click.option("--only", default="", help="Comma-separated case names (see make_corpus --list).")
@click.option("--timeout", default=240.0, show_default=True, help="Seconds before a run is killed.")
@click.option("-j", "--jobs", default=2, show_default=True, help="Inputs measured at once.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False), help="Also write rows here.")
def main(big: bool, only: str, timeout: float, jobs: int, json_path: str | None) -> None:
    """Measure every generated bad input; exit status 1 when any misses the bar."""
    names = {name.strip() for name in only.split(",") if name.strip()} or None
    unknown = (names or set()) - {case.name for case in CASES}
    if unknown:
        raise click.UsageError(f"unknown case(s): {', '.join(sorted(unknown))}")
    with tempfile.TemporaryDirectory(prefix="robustness-") as directory:
        written = make_corpus(Path(directory), big=big or bool(names), names=names)
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            futures = [pool.submit(_measure, case, path, timeout) for case, path in written]
            rows = [future.result() for future in futures]
    _print_table(rows)
    if json_path:
        Path(json_path).write_text(json.dumps([asdict(row) for row in rows], indent=2) + "\n")
    sys.exit(0 if all(row.verdict == "ok" for row in rows) else 1)


if __name__ == "__main__":
    main()
