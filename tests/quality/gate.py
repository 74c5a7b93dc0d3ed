"""The quality gate: cleaner's scores on a fixed sample of development pages must stay above
pinned floors (as trafilatura's ``tests/eval_gate.py`` pins its F1).

    .venv/bin/python -m tests.quality.gate            # scores and floors; exit 1 when one fails
    .venv/bin/python -m tests.quality.gate --update   # re-pin (never lowers a floor)
    .venv/bin/python -m tests.quality.gate --update --allow-regression   # a reviewed lowering

``tests/quality/pages/`` holds 60 tune-half pages of the four development sets with their gold
(tests/quality/sample.py chose them). Each page is cleaned as HTML, as both shipped dump
styles, as the dumps lynx and w3m made of it (stored: the programs are not in CI) and as its
text flattened into one line (made here from the HTML, as bench/styles.py
makes its "one-line" style: the weakest style, and the one whose rules are the easiest to break
unnoticed), and every (set, style) is scored with the bench metrics (``cleaner.evaluation``): body
F1 (shingle on aeb and fundus, snippet on traf, word on wcxb), the pages with F1 < 0.5 and,
where the gold has titles, title/author/date accuracy. ``baseline.json`` pins, per (set, style):

* a floor under the body F1, ``F1_MARGIN`` below the score it was pinned at;
* a floor under each metadata accuracy, one page below that score (one page is the smallest
  step the accuracy can take on these few pages);
* a ceiling over the pages with F1 < 0.5, ``FAILED_MARGIN`` above the count it was pinned at;

and a digest of the sample, so that the floors are never compared with other pages.
``make test`` runs tests/quality/test_gate.py, which fails when the digest or a floor does.
``--update`` re-pins from today's scores; it raises floors freely but refuses to lower one (or
to raise a ceiling) without ``--allow-regression``, and lowering one is a reviewed change whose
reason goes into the commit message.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SAMPLE_DIR = HERE / "pages"
BASELINE = HERE / "baseline.json"
STORED_STYLES = ("html", "blocks", "inscriptis", "lynx", "w3m")  # a file per page in each
STYLES = (*STORED_STYLES, "one-line")  # the last made from the HTML (see _one_line)
F1_MARGIN = 0.02  # under the pinned body F1: room for small, deliberate trade-offs
FAILED_MARGIN = 1  # pages with F1 < 0.5 over the pinned count
METADATA = ("title", "author", "date")

Scores = dict[str, dict[str, Any]]  # "aeb/html" -> {"pages", "f1", "failed", "title", ...}


def digest(sample_dir: Path = SAMPLE_DIR) -> str:
    """SHA-256 over every sample file's relative path and bytes."""
    total = hashlib.sha256()
    for path in sorted(p for p in sample_dir.rglob("*") if p.is_file()):
        total.update(path.relative_to(sample_dir).as_posix().encode("utf-8") + b"\0")
        total.update(hashlib.sha256(path.read_bytes()).digest())
    return f"sha256:{total.hexdigest()}"


def _pages(folder: Path, style: str) -> Iterator[tuple[str, bytes, str]]:
    """(page id, input bytes, source name) of one set's sample in one style."""
    flat = style == "one-line"
    suffix = ".html.gz" if style == "html" or flat else f".{style}.txt.gz"
    for path in sorted(folder.glob(f"*{suffix}")):
        page_id = path.name.removesuffix(suffix)
        source = f"{page_id}.html" if style == "html" else f"{page_id}.txt"
        data = gzip.decompress(path.read_bytes())
        yield page_id, _one_line(data) if flat else data, source


def _one_line(html: bytes) -> bytes:
    """The page's text on one line: every text node joined by a space, white space squashed,
    without the elements whose text is never shown (bench/styles.py's "one-line" style)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for element in soup(["script", "style", "noscript", "template"]):
        element.decompose()
    return " ".join(soup.get_text(" ").split()).encode("utf-8")


def _clean(data: bytes, source: str) -> dict[str, Any]:
    import cleaner

    try:
        return cleaner.clean(data, source=source).to_dict()
    except cleaner.CleanerError:  # a page cleaner refuses scores as an empty body
        return {"source": source, "body": ""}


def measure(sample_dir: Path = SAMPLE_DIR) -> Scores:
    """cleaner's scores on the sample, per (set, style)."""
    from cleaner.evaluation.gold import load_gold
    from cleaner.evaluation.report import evaluate

    scores: Scores = {}
    for folder in sorted(p for p in sample_dir.iterdir() if p.is_dir()):
        gold = load_gold(folder / "gold.jsonl")
        for style in STYLES:
            records = {key: _clean(data, source) for key, data, source in _pages(folder, style)}
            report = evaluate(records, gold)
            body = report.body
            row: dict[str, Any] = {
                "pages": report.pages,
                "f1": round(body.f1 if body else 0.0, 4),
                "failed": report.failed_pages,
            }
            if report.metadata is not None:
                row["metadata_pages"] = report.metadata.pages
                row.update({name: round(getattr(report.metadata, name), 4) for name in METADATA})
            scores[f"{folder.name}/{style}"] = row
    return scores


def _floor(value: float, margin: float) -> float:
    # Rounded first, so that float noise (0.95 - 0.02 = 0.92999...) does not cost 0.001.
    return max(0.0, math.floor(round((value - margin) * 1000, 6)) / 1000)


def limits(scores: Scores) -> dict[str, dict[str, Any]]:
    """Floors and ceilings that sit the stated margins away from ``scores``."""
    pinned: dict[str, dict[str, Any]] = {}
    for key, row in scores.items():
        floors = {"f1": _floor(row["f1"], F1_MARGIN)}
        for name in METADATA:
            if name in row:
                floors[name] = _floor(row[name], 1 / row["metadata_pages"])
        pinned[key] = {"floors": floors, "ceilings": {"failed": row["failed"] + FAILED_MARGIN}}
    return pinned


def check(scores: Scores, baseline: Mapping[str, Any]) -> list[str]:
    """Every floor or ceiling ``scores`` break, as one line each; [] when the gate passes."""
    problems = []
    for key, pinned in baseline["sets"].items():
        row = scores.get(key)
        if row is None:
            problems.append(f"{key}: pinned, but not in the sample")
            continue
        for name, floor in pinned["floors"].items():
            if row.get(name, 0.0) < floor:
                problems.append(f"{key}: {name} {row.get(name, 0.0):.4f} < floor {floor:.3f}")
        for name, ceiling in pinned["ceilings"].items():
            if row[name] > ceiling:
                problems.append(f"{key}: {name} pages {row[name]} > ceiling {ceiling}")
    problems += [
        f"{key}: in the sample, but not pinned" for key in scores if key not in baseline["sets"]
    ]
    return problems


def update(
    scores: Scores, baseline: Mapping[str, Any] | None, sample_digest: str, allow_regression: bool
) -> tuple[dict[str, Any], list[str]]:
    """The re-pinned baseline, and the limits today's scores break (then nothing is written
    unless ``allow_regression``). Without it no limit is ever loosened: each keeps the tighter
    of its pinned value and the one today's scores give."""
    old_sets = (baseline or {}).get("sets", {})
    sets: dict[str, Any] = {}
    refused: list[str] = []
    for key, new in limits(scores).items():
        old = old_sets.get(key)
        if old is not None and not allow_regression:
            refused += check({key: scores[key]}, {"sets": {key: old}})
            new = _tightest(old, new)
        sets[key] = {**new, "scores": scores[key]}
    return {"digest": sample_digest, "margins": _margins(), "sets": sets}, refused


def _tightest(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    floors = {
        name: max(value, old["floors"].get(name, value)) for name, value in new["floors"].items()
    }
    ceilings = {
        name: min(value, old["ceilings"].get(name, value))
        for name, value in new["ceilings"].items()
    }
    return {"floors": floors, "ceilings": ceilings}


def _margins() -> dict[str, Any]:
    return {
        "f1": F1_MARGIN,
        "metadata": "one page (1 / pages with a gold title)",
        "failed": FAILED_MARGIN,
    }


def load_baseline(path: Path = BASELINE) -> dict[str, Any] | None:
    if not path.exists():
        return None
    baseline: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return baseline


def _print_scores(scores: Scores, baseline: Mapping[str, Any] | None) -> None:
    pinned = (baseline or {}).get("sets", {})
    for key, row in scores.items():
        floors = pinned.get(key, {}).get("floors", {})
        cells = [
            f"{name} {row[name]:.3f} (floor {floors[name]:.3f})"
            if name in floors
            else f"{name} {row[name]:.3f}"
            for name in ("f1", *METADATA)
            if name in row
        ]
        ceiling = pinned.get(key, {}).get("ceilings", {}).get("failed", "-")
        print(
            f"{key:18} {row['pages']:>2} pages  "
            + "  ".join(cells)
            + f"  F1<0.5 {row['failed']} (max {ceiling})"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The quality gate (see tests/quality/gate.py).")
    parser.add_argument("--update", action="store_true", help="re-pin the floors from today")
    parser.add_argument("--allow-regression", action="store_true", help="let --update lower floors")
    arguments = parser.parse_args(argv)
    baseline = load_baseline()
    scores = measure()
    _print_scores(scores, baseline)
    if not arguments.update:
        if baseline is None:
            print("no baseline: run with --update to pin one")
            return 1
        problems = check(scores, baseline)
        if baseline["digest"] != digest():
            problems.append("the sample changed since the floors were pinned: re-pin with --update")
        print("\n".join(problems) or "gate passes")
        return 1 if problems else 0
    new, refused = update(scores, baseline, digest(), arguments.allow_regression)
    if refused:
        print("refused to lower (a reviewed change: --allow-regression, reason in the commit):")
        print("\n".join(f"  {line}" for line in refused))
        return 1
    BASELINE.write_text(json.dumps(new, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"pinned {len(new['sets'])} (set, style) rows in {BASELINE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
