"""``cleaner eval RECORDS.jsonl GOLD.jsonl``: score cleaned records against gold annotations.

Example::

    $ cleaner clean --format jsonl -o out.jsonl ../shared/bench/aeb/dumps/blocks/*.txt
    $ cleaner eval out.jsonl ../shared/bench/aeb/gold.jsonl
    $ cleaner eval --json out.jsonl ../shared/bench/aeb/gold.jsonl | jq .shingle.f1
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click
import orjson

from cleaner.errors import ExitCode
from cleaner.evaluation.gold import (
    GoldFormatError,
    Matching,
    load_gold,
    match_records,
    read_records,
)
from cleaner.evaluation.report import (
    BodyMetric,
    EvalReport,
    evaluate,
    render_report,
    report_to_dict,
)

__all__ = ["eval_command"]

_Loaded = TypeVar("_Loaded")
_EXAMPLES = 3  # unmatched records named in the warning


def _fail(path: str, why: str) -> click.exceptions.Exit:
    name = "<stdin>" if path == "-" else path
    click.echo(f"cleaner: error: {name}: {why}", err=True)
    return click.exceptions.Exit(ExitCode.FAILED)


def _warn(path: str, what: str) -> None:
    name = "<stdin>" if path == "-" else path
    click.echo(f"cleaner: warning: {name}: {what}", err=True)


def _why(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


def _load(path: str, loader: Callable[[Any], _Loaded]) -> _Loaded:
    """Run ``loader`` on ``path`` ("-" is stdin) and turn read/format errors into one line."""
    try:
        if path == "-":
            return loader(sys.stdin.buffer)
        return loader(path)
    except IsADirectoryError:
        raise _fail(path, "is a directory") from None
    except OSError as error:
        raise _fail(path, _why(error)) from None
    except GoldFormatError as error:
        raise _fail(path, str(error)) from None


def _matching_line(matching: Matching, report: EvalReport, matched_only: bool) -> str:
    how = ", ".join(f"{count} by {by}" for by, count in sorted(matching.how.items()))
    line = f"records matched to gold pages: {how}"
    if matching.duplicates:
        line += f" ({matching.duplicates} repeated a page; the last one counts)"
    if matching.unmatched:
        line += f"; {len(matching.unmatched)} match no gold page (ignored)"
    if matched_only:
        line += f"; --matched-only: scored the {report.pages} matched gold pages"
    return line


def _warn_about(records: str, matching: Matching, report: EvalReport, gold_pages: int) -> None:
    if matching.unmatched:
        examples = ", ".join(matching.unmatched[:_EXAMPLES])
        _warn(records, f"{len(matching.unmatched)} records match no gold page (e.g. {examples})")
    if report.missing:
        _warn(
            records,
            f"{len(report.missing)} of {gold_pages} gold pages have no record and are scored as "
            "empty bodies (--matched-only scores the matched pages only)",
        )


_METRICS = ["auto", *(metric.value for metric in BodyMetric)]


@click.command("eval")
@click.argument("records", metavar="RECORDS.jsonl", type=click.Path(allow_dash=True))
@click.argument("gold", metavar="GOLD.jsonl", type=click.Path())
@click.option(
    "--metric",
    type=click.Choice(_METRICS),
    default="auto",
    show_default=True,
    help="Body metric; auto: word F1 for WCXB-style gold (body with snippets or page types), "
    "shingle F1 for a body alone (aeb, fundus), snippet F1 for snippets alone (traf).",
)
@click.option(
    "--matched-only",
    is_flag=True,
    help="Score only the gold pages a record matched (default: the others count as empty).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def eval_command(records: str, gold: str, metric: str, matched_only: bool, as_json: bool) -> None:
    """Score RECORDS.jsonl (cleaner's records, one per line) against GOLD.jsonl.

    A record matches a gold row by its "id", else by the file name of its "source" without
    .txt/.html/.gz, else by its "url" (scheme, www. and a trailing slash aside). Records from a
    WARC or JSONL input ("crawl.warc.gz#3") match by url only. When no record matches, eval
    fails with exit status 1. Gold pages without a record count as empty bodies, unless
    --matched-only. Rows with a title also get title/author/date accuracy, rows with a "type"
    a line per page type (see bench/README.md for the metrics).

    \b
    Examples:
      cleaner eval out.jsonl ../shared/bench/aeb/gold.jsonl
      cleaner batch crawl.warc.gz -o out.jsonl && cleaner eval --matched-only out.jsonl gold.jsonl
      cleaner clean --format jsonl pages/*.txt | cleaner eval - gold.jsonl --json
    """
    loaded_records = _load(records, read_records)
    loaded_gold = _load(gold, load_gold)
    matching = match_records(loaded_records, loaded_gold)
    if not matching.records:
        raise _fail(
            records,
            f"none of its {len(loaded_records)} records matches a page of {gold} "
            "(by id, source file name or url; records from WARC or JSONL inputs match by url)",
        )
    scored = loaded_gold
    if matched_only:
        scored = {key: row for key, row in loaded_gold.items() if key in matching.records}
    chosen = None if metric == "auto" else BodyMetric(metric)
    report = evaluate(matching.records, scored, chosen)
    _warn_about(records, matching, report, len(loaded_gold))
    if as_json:
        data = report_to_dict(report)
        data["matching"] = {
            **{by: matching.how.get(by, 0) for by in ("id", "source", "url")},
            "unmatched": list(matching.unmatched),
            "duplicates": matching.duplicates,
            "matched_only": matched_only,
        }
        click.echo(orjson.dumps(data).decode())
        return
    from rich.console import Console  # imported here so that `cleaner --help` stays fast

    console = Console(file=sys.stdout)
    render_report(report, console)
    console.print(_matching_line(matching, report, matched_only), highlight=False, soft_wrap=True)
