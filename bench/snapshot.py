"""Snapshot every bench record, and compare two snapshots page by page.

A refactor must leave every record as it was. Take a snapshot before it and compare after
each step::

    .venv/bin/python bench/snapshot.py --write /work/snapshots/main-start
    .venv/bin/python bench/snapshot.py --compare /work/snapshots/main-start  # the code as it is
    .venv/bin/python bench/snapshot.py --compare OLD --against NEW            # two stored snapshots

Every page of every set under ``../shared/bench`` (aeb, traf, wcxb, fundus: the HTML pages
and both dump folders) is cleaned with ``cleaner.clean`` and its whole record is kept, with
the reason and step of every removed block. A page that fails keeps its error instead.
``--compare`` prints each page that differs and how (field by field, and the removed
blocks that changed), then a count per set; it exits with status 1 when anything differs.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import multiprocessing
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

_ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):  # run as `python bench/snapshot.py`: make the checkout importable
    sys.path[:0] = [str(_ROOT)]

import cleaner  # noqa: E402

DEFAULT_BENCH_DIR = _ROOT.parent / "shared" / "bench"
COLLECTIONS = ("aeb", "traf", "wcxb", "fundus")
FOLDERS = ("html", "dumps/blocks", "dumps/inscriptis")
_SHOWN_CHARS = 70  # of a text in the printed differences


def _config() -> cleaner.CleanerConfig:
    """The default config, asking for the removed blocks where the config still has that switch."""
    names = {f.name for f in dataclasses.fields(cleaner.CleanerConfig)}
    if "with_removed" in names:
        return cleaner.CleanerConfig(with_removed=True)  # type: ignore[call-arg]
    return cleaner.CleanerConfig()


def _removed(data: bytes, source: str, config: cleaner.CleanerConfig) -> list[dict[str, str]]:
    """The removed blocks read from the explanation (for a config without ``with_removed``)."""
    page = cleaner.analyse(data, source=source, config=config).page
    texts = {block.id: block.text for block in page.blocks}
    return [
        {"extractor": mark.by, "reason": mark.reason, "text": texts[mark.block_id]}
        for mark in sorted(page.marks.values(), key=lambda m: m.block_id)
    ]


def snapshot_page(path: str, source: str) -> dict[str, Any]:
    """The record of one page as a dict (``removed`` included), or its error."""
    raw = Path(path).read_bytes()
    data = gzip.decompress(raw) if path.endswith(".gz") else raw
    config = _config()
    try:
        record = cleaner.clean(data, source=source, config=config).to_dict()
        if "removed" not in record:
            record["removed"] = _removed(data, source, config)
    except cleaner.CleanerError as error:
        return {"page": source, "error": f"{type(error).__name__}: {error}"}
    return {"page": source, "record": record}


def _set_name(collection: str, folder: str) -> str:
    return f"{collection}-{folder.rsplit('/', 1)[-1]}"


def _pages(bench_dir: Path) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    for collection in COLLECTIONS:
        for folder in FOLDERS:
            directory = bench_dir / collection / folder
            if not directory.is_dir():
                continue
            files = sorted(p for p in directory.iterdir() if p.is_file())
            yield (
                _set_name(collection, folder),
                [(str(p), f"{collection}/{folder}/{p.name}") for p in files],
            )


def _run(item: tuple[str, str]) -> dict[str, Any]:
    return snapshot_page(*item)


def take(bench_dir: Path, jobs: int) -> dict[str, list[dict[str, Any]]]:
    """Every set's page entries, in file order."""
    found: dict[str, list[dict[str, Any]]] = {}
    pool = multiprocessing.get_context("fork").Pool(jobs) if jobs > 1 else None
    try:
        for name, items in _pages(bench_dir):
            click.echo(f"{name}: {len(items)} pages", err=True)
            if pool is not None:
                found[name] = pool.map(_run, items, chunksize=8)
            else:
                found[name] = [_run(item) for item in items]
    finally:
        if pool is not None:
            pool.close()
    return found


def write(snapshot: dict[str, list[dict[str, Any]]], directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, entries in snapshot.items():
        with (directory / f"{name}.jsonl").open("w", encoding="utf-8") as out:
            for entry in entries:
                out.write(json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")


def read(directory: Path) -> dict[str, list[dict[str, Any]]]:
    snapshot: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(directory.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            snapshot[path.stem] = [json.loads(line) for line in lines]
    return snapshot


def _short(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


def _removed_lines(old: list[dict[str, str]], new: list[dict[str, str]]) -> list[str]:
    """The removed blocks only one side has, as "-"/"+" lines."""
    as_key = [(r["extractor"], r["reason"], r["text"]) for r in old]
    new_keys = [(r["extractor"], r["reason"], r["text"]) for r in new]
    gone = [k for k in as_key if k not in new_keys]
    came = [k for k in new_keys if k not in as_key]
    lines = [f"      - {by}: {reason}: {_short(text)}" for by, reason, text in gone]
    return lines + [f"      + {by}: {reason}: {_short(text)}" for by, reason, text in came]


def differences(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What differs between two entries of one page, one line per field."""
    if "record" not in old or "record" not in new:
        if old.get("error") == new.get("error") and ("record" in old) == ("record" in new):
            return []
        before = old.get("error") or "a record"
        after = new.get("error") or "a record"
        return [f"    outcome: {before} -> {after}"]
    lines = []
    a, b = old["record"], new["record"]
    for key in sorted(set(a) | set(b)):
        if a.get(key) == b.get(key):
            continue
        if key == "removed":
            lines.append("    removed:")
            lines.extend(_removed_lines(a.get(key) or [], b.get(key) or []))
        else:
            lines.append(f"    {key}: {_short(a.get(key))} -> {_short(b.get(key))}")
    return lines


def compare(old: dict[str, list[dict[str, Any]]], new: dict[str, list[dict[str, Any]]]) -> int:
    """Print the differing pages; return how many differ."""
    total = 0
    for name in sorted(set(old) | set(new)):
        before = {e["page"]: e for e in old.get(name, [])}
        after = {e["page"]: e for e in new.get(name, [])}
        changed = 0
        for page in sorted(set(before) | set(after)):
            if page not in before or page not in after:
                click.echo(f"  {page}: only in the {'new' if page in after else 'old'} snapshot")
                changed += 1
                continue
            lines = differences(before[page], after[page])
            if lines:
                click.echo(f"  {page}")
                click.echo("\n".join(lines))
                changed += 1
        click.echo(f"{name}: {changed} of {len(after)} pages differ")
        total += changed
    return total


@click.command()
@click.option("--write", "write_to", type=click.Path(path_type=Path), help="Store the snapshot.")
@click.option(
    "--compare",
    "compare_to",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Compare with this stored snapshot.",
)
@click.option(
    "--against",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="With --compare: the second stored snapshot (default: take one now).",
)
@click.option(
    "--bench-dir", type=click.Path(path_type=Path), default=DEFAULT_BENCH_DIR, show_default=True
)
@click.option("--jobs", "-j", type=int, default=1, show_default=True, help="Worker processes.")
def main(
    write_to: Path | None,
    compare_to: Path | None,
    against: Path | None,
    bench_dir: Path,
    jobs: int,
) -> None:
    """Snapshot every bench record (--write), or compare with a snapshot (--compare)."""
    if write_to is None and compare_to is None:
        raise click.UsageError("give --write DIR, --compare DIR, or both")
    current = read(against) if against is not None else take(bench_dir, jobs)
    if not current:
        # A wrong --bench-dir (a tree outside /work) finds no set: say so, rather than write an
        # empty snapshot or report an empty comparison as "identical".
        raise click.ClickException(f"no bench pages found under {bench_dir}")
    if write_to is not None and against is None:
        write(current, write_to)
    if compare_to is not None:
        differing = compare(read(compare_to), current)
        click.echo(f"{differing} pages differ" if differing else "all pages identical")
        sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
