"""Title, date and author accuracy of ``cleaner.html.metadata`` on the traf development pages,
beside trafilatura's ``bare_extraction(..., with_metadata=True)`` on the same pages, same run.

    .venv/bin/python bench/metadata_dev.py                 # the table
    .venv/bin/python bench/metadata_dev.py --misses author # also list cleaner's author misses

Scores follow ../shared/bench/README.md (``cleaner.evaluation.metrics.metadata_matches``) over
the pages whose gold has a title field (297; the README's trafilatura row is reproduced on this
set). This is a development set: read misses to find generic rules, never to key behaviour to
a page.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lxml.html
import trafilatura

from cleaner.evaluation.metrics import metadata_matches
from cleaner.html.metadata import extract_metadata
from cleaner.io.decode import decode_bytes

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "traf"
FIELDS = ("title", "date", "author")

Extractor = Callable[[str], dict[str, Any]]


def cleaner_record(text: str) -> dict[str, Any]:
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, encoding="utf-8")
    root = lxml.html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
    fields, _ = extract_metadata(root)
    record: dict[str, Any] = {name: field.value for name, field in fields.items()}
    record["authors"] = list(record.get("authors", ()))
    record["sources"] = {name: field.source for name, field in fields.items()}
    return record


def trafilatura_record(text: str) -> dict[str, Any]:
    document = trafilatura.bare_extraction(text, with_metadata=True)
    if document is None:
        return {}
    values = document if isinstance(document, dict) else document.as_dict()
    authors = values.get("author") or ""
    return {
        "title": values.get("title"),
        "published": values.get("date"),
        "authors": [a for a in authors.split("; ") if a],
    }


def load_pages() -> list[tuple[dict[str, Any], str]]:
    pages = []
    for line in (BENCH / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        if gold.get("title") is None:
            continue
        data = gzip.decompress((BENCH / "html" / f"{gold['id']}.html.gz").read_bytes())
        pages.append((gold, decode_bytes(data).text))
    return pages


def score(
    extract: Extractor, pages: list[tuple[dict[str, Any], str]]
) -> tuple[dict[str, float], float, list[tuple[dict[str, Any], dict[str, Any], dict[str, bool]]]]:
    hits = dict.fromkeys(FIELDS, 0)
    results = []
    started = time.process_time()
    for gold, text in pages:
        record = extract(text)
        matches = metadata_matches(record, gold)
        for name in FIELDS:
            hits[name] += matches[name]
        results.append((gold, record, matches))
    elapsed = time.process_time() - started
    return {n: hits[n] / len(pages) for n in FIELDS}, len(pages) / elapsed, results


def show_misses(field: str, results: list[Any], other: list[Any]) -> None:
    key = {"date": "published", "author": "authors"}.get(field, field)
    for (gold, record, matches), (_, peer, peer_matches) in zip(results, other, strict=True):
        if matches[field]:
            continue
        flag = "peer-ok" if peer_matches[field] else "both-miss"
        source = record.get("sources", {}).get(key, "-")
        print(f"{gold['id']} [{flag}] gold={gold.get(field)!r}")
        print(f"    cleaner={record.get(key)!r} ({source})  trafilatura={peer.get(key)!r}")


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    arguments.add_argument("--misses", choices=FIELDS, help="list cleaner's misses on a field")
    options = arguments.parse_args()
    pages = load_pages()
    ours, our_speed, our_results = score(cleaner_record, pages)
    theirs, their_speed, their_results = score(trafilatura_record, pages)
    if options.misses:
        show_misses(options.misses, our_results, their_results)
    print(f"traf-dev/html metadata ({len(pages)} pages with a gold title)")
    print(f"{'':14}{'title':>8}{'author':>8}{'date':>8}{'docs/s*':>10}")
    for name, scores, speed in (("cleaner", ours, our_speed), ("trafilatura", theirs, their_speed)):
        row = "".join(f"{scores[f]:8.3f}" for f in ("title", "author", "date"))
        print(f"{name:14}{row}{speed:10.1f}")
    print("* CPU docs/s: cleaner = lxml parse + extract_metadata; trafilatura = bare_extraction")
    print("  (its whole extraction, metadata included), so not a like-for-like speed figure.")


if __name__ == "__main__":
    main()
