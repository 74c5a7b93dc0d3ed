"""``cleaner eval RECORDS.jsonl GOLD.jsonl``: score cleaned records against gold annotations.

Example::

    $ cleaner clean --format jsonl -o out.jsonl ../shared/bench/aeb/dumps/blocks/*.txt
    $ cleaner eval out.jsonl ../shared/bench/aeb/gold.jsonl
    $ cleaner eval --json out.jsonl ../shared/bench/aeb/gold.jsonl | jq .shingle.f1
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click
import orjson

from cleaner.errors import ExitCode
from cleaner.evaluation.gold import GoldFormatError, load_gold, load_records
from cleaner.evaluation.report import evaluate, render_report, report_to_dict

__all__ = ["eval_command"]


def _fail(path: str, why: str) -> click.exceptions.Exit:
    click.echo(f"cleaner: error: {path}: {why}", err=True)
    return click.exceptions.Exit(ExitCode.FAILED)


def _why(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


def _load(
    path: str, loader: Callable[[Any], dict[str, dict[str, Any]]]
) -> dict[str, dict[str, Any]]:
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


@click.command("eval")
@click.argument("records", metavar="RECORDS.jsonl", type=click.Path(allow_dash=True))
@click.argument("gold", metavar="GOLD.jsonl", type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def eval_command(records: str, gold: str, as_json: bool) -> None:
    """Score RECORDS.jsonl (cleaner's records, one per line) against GOLD.jsonl.

    Records are matched to gold rows by id: a record's "id" key, or else the file name of its
    "source" without .txt/.html/.gz. Gold rows with "body" get shingle F1, rows with
    "with"/"without" snippet F1, rows with a title metadata accuracy (see bench/README.md).
    A gold page without a record counts as an empty body.

    \b
    Examples:
      cleaner eval out.jsonl ../shared/bench/aeb/gold.jsonl
      cleaner clean --format jsonl pages/*.txt | cleaner eval - gold.jsonl --json
    """
    loaded_records = _load(records, load_records)
    loaded_gold = _load(gold, load_gold)
    report = evaluate(loaded_records, loaded_gold)
    if as_json:
        click.echo(orjson.dumps(report_to_dict(report)).decode())
        return
    from rich.console import Console  # imported here so that `cleaner --help` stays fast

    render_report(report, Console(file=sys.stdout))
