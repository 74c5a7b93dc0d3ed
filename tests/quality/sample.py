"""Copy the quality gate's sample from the development sets (tune halves only).

    .venv/bin/python -m tests.quality.sample [--bench-dir ../shared/bench]

The gate (tests/quality/gate.py) scores cleaner on a small, fixed sample of development pages
kept in the repository. This script chose them and can make the same choice again: only pages
of the TUNE half (``cleaner.evaluation.halves``), so the check halves stay unseen; stratified by
set (and by page type for wcxb, by country for fundus); pages whose gzipped HTML is larger than
``MAX_HTML_BYTES`` are passed over to keep the repository small. Within a stratum the order is
the SHA-256 of the page id: arbitrary, reproducible, and unrelated to the half (a SHA-1 parity).

Each page is stored as ``pages/<set>/<id>.html.gz`` with its two shipped dumps
(``<id>.blocks.txt.gz``, ``<id>.inscriptis.txt.gz``) and the dumps lynx and w3m make of it
(``<id>.lynx.txt.gz``, ``<id>.w3m.txt.gz``: both programs must be installed, as for
bench/styles.py), beside ``pages/<set>/gold.jsonl`` holding
its gold rows as the bench has them. Licences: aeb MIT, traf Apache-2.0, wcxb CC-BY-4.0,
fundus MIT (attribution in README.md). Re-running it and re-pinning the gate
(``python -m tests.quality.gate --update``) is a reviewed change.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from cleaner.evaluation.halves import Half, half_of

SAMPLE_DIR = Path(__file__).resolve().parent / "pages"
BENCH_DIR = Path(__file__).resolve().parents[3] / "shared" / "bench"
MAX_HTML_BYTES = 40_000  # gzipped; the median page of every set is under it
WCXB_PER_TYPE = 4  # x 7 types = 28
COUNTS = {"aeb": 8, "traf": 12, "fundus": 12}  # + wcxb 28 = 60 pages, the ceiling of issue 12
FUNDUS_PER_COUNTRY = 2  # spread the news over countries and languages
DUMP_STYLES = ("blocks", "inscriptis")
# Dumps made here from the HTML by the text browsers, as bench/styles.py makes them: the
# programs are not on every machine, so their output is kept with the sample.
BROWSER_STYLES = ("lynx", "w3m")

Row = dict[str, Any]


def _order(page_id: str) -> str:
    return hashlib.sha256(page_id.encode("utf-8")).hexdigest()


def _candidates(bench_dir: Path, collection: str, gold: Iterable[Row]) -> list[Row]:
    """Tune-half rows whose page is small enough, in the sample's fixed order."""
    rows = [
        row
        for row in gold
        if half_of(str(row["id"])) is Half.TUNE
        and (bench_dir / collection / "html" / f"{row['id']}.html.gz").stat().st_size
        <= MAX_HTML_BYTES
    ]
    return sorted(rows, key=lambda row: _order(str(row["id"])))


def _take(rows: list[Row], count: int, group: Callable[[Row], str], per_group: int) -> list[Row]:
    taken: list[Row] = []
    seen: dict[str, int] = {}
    for row in rows:
        key = group(row)
        if seen.get(key, 0) < per_group and len(taken) < count:
            taken.append(row)
            seen[key] = seen.get(key, 0) + 1
    return taken


def choose(bench_dir: Path, collection: str) -> list[Row]:
    """The sample's gold rows of one set."""
    with open(bench_dir / collection / "gold.jsonl", encoding="utf-8") as stream:
        gold = [json.loads(line) for line in stream if line.strip()]
    rows = _candidates(bench_dir, collection, gold)
    if collection == "wcxb":
        return _take(rows, len(rows), lambda row: str(row["type"]), WCXB_PER_TYPE)
    if collection == "fundus":  # ids start with the country: "de-Spiegel_2024_05_03"
        country: Callable[[Row], str] = lambda row: str(row["id"]).split("-", 1)[0]  # noqa: E731
        return _take(rows, COUNTS[collection], country, FUNDUS_PER_COUNTRY)
    if collection == "traf":  # pages with a gold title, so that metadata has pages to score
        rows = [row for row in rows if row.get("title") is not None]
    return rows[: COUNTS[collection]]


def _copy_gzipped(source: Path, target: Path) -> None:
    data = source.read_bytes()
    if source.suffix != ".gz":
        data = gzip.compress(data, mtime=0)  # mtime 0: the same bytes every time
    target.write_bytes(data)


def _browser_dump(style: str, html_path: Path) -> bytes:
    """The page as ``style``'s text browser dumps it (bench/styles.py builds it)."""
    from bench.styles import STYLES, decode_page

    build = STYLES[style].build
    assert build is not None  # a built style, not a shipped one
    return build(decode_page(gzip.decompress(html_path.read_bytes()))).encode("utf-8")


def copy_sample(bench_dir: Path, sample_dir: Path) -> dict[str, int]:
    """Write every set's sample into ``sample_dir`` (emptied first); pages per set."""
    shutil.rmtree(sample_dir, ignore_errors=True)
    counts: dict[str, int] = {}
    for collection in ("aeb", "traf", "fundus", "wcxb"):
        rows = choose(bench_dir, collection)
        target = sample_dir / collection
        target.mkdir(parents=True)
        for row in rows:
            page = str(row["id"])
            source = bench_dir / collection
            _copy_gzipped(source / "html" / f"{page}.html.gz", target / f"{page}.html.gz")
            for style in DUMP_STYLES:
                dump = source / "dumps" / style / f"{page}.txt"
                _copy_gzipped(dump, target / f"{page}.{style}.txt.gz")
            for style in BROWSER_STYLES:
                dump = _browser_dump(style, source / "html" / f"{page}.html.gz")
                (target / f"{page}.{style}.txt.gz").write_bytes(gzip.compress(dump, mtime=0))
        lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        (target / "gold.jsonl").write_text(lines, encoding="utf-8")
        counts[collection] = len(rows)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bench-dir", type=Path, default=BENCH_DIR)
    arguments = parser.parse_args()
    counts = copy_sample(arguments.bench_dir, SAMPLE_DIR)
    print(f"{sum(counts.values())} pages into {SAMPLE_DIR}: {counts}")


if __name__ == "__main__":
    main()
