"""Development check for the HTML front end: body quality and CPU docs/s on the bench pages.

Usage: .venv/bin/python bench/html_dev.py [--mode full|frontend] [--set aeb|traf|both]
       [--dump FILE]

``full`` runs ``cleaner.clean`` (the whole pipeline); ``frontend`` runs only the HTML front
end and the markup step, to see what the rest of the pipeline adds or takes away.
Reference figures for the peers are in ../shared/bench/README.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from cleaner.config import CleanerConfig, InputType
from cleaner.evaluation.metrics import (
    page_shingle_pr,
    shingle_scores,
    snippet_counts,
    snippet_scores,
)

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"


def _frontend_body(raw: bytes, source: str, config: CleanerConfig) -> str:
    from cleaner.extractors.markup import MarkupExtractor
    from cleaner.html.page import load_html_page

    page = MarkupExtractor().run(load_html_page(raw, source, config), config)
    return "\n\n".join(b.text for b in page.kept())


def _full_body(raw: bytes, source: str, config: CleanerConfig) -> str:
    import cleaner

    return cleaner.clean(raw, source=source, config=config).body


def _steps_body(skip: frozenset[str]):  # type: ignore[no-untyped-def]
    def body(raw: bytes, source: str, config: CleanerConfig) -> str:
        from cleaner.assemble import assemble
        from cleaner.frontends import load_page
        from cleaner.pipeline import DEFAULT_STEPS, run

        steps = tuple(s for s in DEFAULT_STEPS if s.name not in skip)
        return assemble(run(load_page(raw, source, config), config, steps).page).body

    return body


def _load(name: str) -> list[tuple[dict[str, object], bytes]]:
    gold = [json.loads(line) for line in (BENCH / name / "gold.jsonl").open()]
    return [
        (g, gzip.decompress((BENCH / name / "html" / f"{g['id']}.html.gz").read_bytes()))
        for g in gold
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=("full", "frontend"), default="full")
    parser.add_argument("--set", choices=("aeb", "traf", "both"), default="both")
    parser.add_argument("--dump")
    parser.add_argument("--skip", default="", help="comma-separated step names to leave out")
    args = parser.parse_args()
    config = CleanerConfig(input_type=InputType.HTML)
    extract = _full_body if args.mode == "full" else _frontend_body
    if args.skip:
        extract = _steps_body(frozenset(args.skip.split(",")))
    dump = []
    for name in ("aeb", "traf") if args.set == "both" else (args.set,):
        pages = _load(name)
        bodies, errors = [], 0
        started = time.process_time()
        for gold, raw in pages:
            try:
                bodies.append(extract(raw, str(gold["id"]), config))
            except Exception as error:  # a benchmark counts failures, it does not stop
                errors += 1
                bodies.append("")
                print("error", gold["id"], repr(error))
        elapsed = time.process_time() - started
        if name == "aeb":
            s = shingle_scores((b, str(g["body"])) for b, (g, _) in zip(bodies, pages, strict=True))
            line = f"f1 {s.f1:.3f} p {s.precision:.3f} r {s.recall:.3f} acc {s.accuracy:.3f}"
            for b, (g, _) in zip(bodies, pages, strict=True):
                p, r = page_shingle_pr(b, str(g["body"]))
                dump.append({"set": name, "id": g["id"], "p": p, "r": r})
        else:
            t = snippet_scores(
                (b, g["with"], g["without"]) for b, (g, _) in zip(bodies, pages, strict=True)
            )  # type: ignore[misc]
            line = f"f1 {t.f1:.3f} p {t.precision:.3f} r {t.recall:.3f} acc {t.accuracy:.3f}"
            for b, (g, _) in zip(bodies, pages, strict=True):
                tp, fp, _, fn = snippet_counts(b, g["with"], g["without"])  # type: ignore[arg-type]
                dump.append({"set": name, "id": g["id"], "tp": tp, "fp": fp, "fn": fn})
        rate = len(pages) / elapsed
        print(
            f"{name} ({len(pages)} docs, {args.mode}): {line}  docs/s {rate:.1f}  errors {errors}"
        )
    if args.dump:
        Path(args.dump).write_text("\n".join(json.dumps(d) for d in dump) + "\n")


if __name__ == "__main__":
    main()
