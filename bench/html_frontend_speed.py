"""CPU time of each stage of the HTML front end, per page, on the bench HTML pages.

A development script, not a test. Run from the repository root::

    .venv/bin/python bench/html_frontend_speed.py                 # aeb + traf html, best of 3
    .venv/bin/python bench/html_frontend_speed.py --repeat 5 --sets traf
    .venv/bin/python bench/html_frontend_speed.py --package other_copy_of_cleaner_html

Every page is read and un-gzipped into memory first. A pass runs the stages of
:func:`cleaner.html.page.load_html_page` one after the other on every page, each timed
with ``time.process_time``; per stage the fastest pass counts (as ``timeit`` does).
``--package`` names another importable copy of ``cleaner.html`` (its modules imported as
``<package>.parse`` ...), so a copy of the old code can be measured in the same run.
"""

from __future__ import annotations

import gzip
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

_ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):  # run as `python bench/html_frontend_speed.py`
    sys.path[:0] = [str(_ROOT)]

from cleaner.config import CleanerConfig  # noqa: E402
from cleaner.io.decode import decode_bytes  # noqa: E402

_STAGES = ("decode", "parse", "metadata", "segment", "blocks")
_DEFAULT_BENCH = _ROOT.parent / "shared" / "bench"


def _load(bench_dir: Path, sets: list[str]) -> list[bytes]:
    files = [
        path for name in sets for path in sorted((bench_dir / name / "html").glob("*.html.gz"))
    ]
    return [gzip.decompress(path.read_bytes()) for path in files]


def _stages(package: str) -> dict[str, Any]:
    frontend = importlib.import_module(f"{package}.frontend")
    return {
        "parse": importlib.import_module(f"{package}.parse").parse_html,
        "metadata": importlib.import_module(f"{package}.metadata").extract_metadata,
        "segment": importlib.import_module(f"{package}.segment").read_layout,
        "blocks": importlib.import_module(f"{package}.content").build_blocks,
        "utf8": frontend._UTF8,
        "repaired": frontend._repaired_utf8,
    }


def _front(root: Any, stages: dict[str, Any], clock: Callable[[], float]) -> dict[str, float]:
    """CPU seconds of metadata, segment and blocks on one parsed page."""
    start = clock()
    _fields, declared = stages["metadata"](root)
    first = clock()
    layout = stages["segment"](root)
    second = clock()
    stages["blocks"](layout, declared)
    return {"metadata": first - start, "segment": second - first, "blocks": clock() - second}


def _one_pass(pages: list[bytes], stages: dict[str, Any], limit: int) -> dict[str, float]:
    spent = dict.fromkeys(_STAGES, 0.0)
    clock = time.process_time
    for raw in pages:
        start = clock()
        decoded = decode_bytes(raw)
        data = raw
        if decoded.encoding not in stages["utf8"] or decoded.method == "bom":
            data = stages["repaired"](raw, decoded.method) or decoded.text
        mark = clock()
        spent["decode"] += mark - start
        try:
            root = stages["parse"](data, max_bytes=limit)
        except Exception:  # a page the front end rejects costs what it cost
            spent["parse"] += clock() - mark
            continue
        spent["parse"] += clock() - mark
        for stage, seconds in _front(root, stages, clock).items():
            spent[stage] += seconds
    return spent


@click.command()
@click.option("--sets", default="aeb,traf", show_default=True, help="Comma-separated.")
@click.option("--repeat", default=3, show_default=True)
@click.option("--package", "packages", multiple=True, default=["cleaner.html"], show_default=True)
@click.option("--bench-dir", type=click.Path(path_type=Path), default=_DEFAULT_BENCH)
def main(sets: str, repeat: int, packages: tuple[str, ...], bench_dir: Path) -> None:
    """Print ms/page per front-end stage for each package, per set."""
    limit = CleanerConfig().max_input_bytes
    for name in sets.split(","):
        pages = _load(bench_dir, [name])
        for package in packages:
            stages = _stages(package)
            _one_pass(pages[:5], stages, limit)  # warm-up: imports, caches, lazy compiles
            best = dict.fromkeys(_STAGES, float("inf"))
            for _ in range(repeat):
                spent = _one_pass(pages, stages, limit)
                best = {stage: min(best[stage], spent[stage]) for stage in _STAGES}
            per_page = {stage: 1000 * best[stage] / len(pages) for stage in _STAGES}
            cells = "  ".join(f"{stage} {value:5.2f}" for stage, value in per_page.items())
            total = sum(per_page.values())
            click.echo(f"{name:5} {package:24} ms/page: {cells}  total {total:5.2f}")


if __name__ == "__main__":
    main()
