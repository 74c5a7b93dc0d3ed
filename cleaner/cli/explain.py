"""``cleaner explain``: every block, kept or dropped and why, and where metadata came from.

It reads its inputs as ``cleaner clean`` does (files, ``-`` or nothing for stdin, the same
time and size limits, one ``cleaner: error:`` line per input that fails, exit status 1), and
writes a rich table, or with ``--format json`` the block table, the marks and the fields'
sources as data.
"""

from __future__ import annotations

import sys
from typing import Any

import click
import orjson

from cleaner.cli.errors import report_error, report_warning
from cleaner.cli.options import input_type_option, max_bytes_option, time_limit_option
from cleaner.config import CleanerConfig, InputType
from cleaner.errors import CleanerError, ExitCode, InternalError, TimeLimitError
from cleaner.explain import Explanation
from cleaner.io.names import STDIN, printable
from cleaner.io.readers import read_input

__all__ = ["explain_command", "explanation_to_dict"]


def explanation_to_dict(explanation: Explanation) -> dict[str, Any]:
    """The explanation as data: every block with its verdict, the fields with their sources,
    and the steps that changed something."""
    page = explanation.page
    blocks = []
    for block in page.blocks:
        mark = page.marks.get(block.id)
        blocks.append(
            {
                "id": block.id,
                "line": block.line or None,
                "kind": block.kind.value,
                "kept": mark is None,
                "by": mark.by if mark else None,
                "reason": mark.reason if mark else None,
                "text": block.text,
            }
        )
    fields = {
        name: {
            "value": field.value if isinstance(field.value, str) else list(field.value),
            "source": field.source,
            "block_id": field.block_id,
        }
        for name, field in sorted(page.fields.items())
    }
    steps = [
        {
            "step": s.name,
            "removed": list(s.removed),
            "filled": list(s.filled),
            "warning": s.warning or None,
        }
        for s in explanation.steps
    ]
    return {
        "source": page.source,
        "input_type": page.input_type,
        "article_span": list(page.article_span) if page.article_span else None,
        "blocks": blocks,
        "fields": fields,
        "steps": steps,
    }


def _explain(source: str, config: CleanerConfig, seconds: float, debug: bool) -> Explanation | None:
    # Imported here, as in `cleaner clean`: the pipeline loads only when a page is read.
    from cleaner.document import failures_as_errors
    from cleaner.frontends import load_page
    from cleaner.pipeline import run

    try:
        # The same limit as `cleaner clean`: a page that stalls the pipeline there stalls
        # here too, and a user debugging it needs the error, not a hung terminal.
        with failures_as_errors(seconds):
            data = read_input(source, config.max_input_bytes)
            return run(load_page(data, printable(source), config), config)
    except CleanerError as error:
        cause = error.__cause__
        if debug and isinstance(error, InternalError | TimeLimitError) and cause:
            raise cause from None
        report_error(source, error)
        return None


@click.command("explain")
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True, readable=False))
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="A rich table, or JSON: blocks (verdict, step, reason), fields (source), steps.",
)
@input_type_option
@time_limit_option
@max_bytes_option
@click.option("--full-text", is_flag=True, help="Show whole blocks instead of their first line.")
@click.option("-q", "--quiet", count=True, help="-q hides warnings. Errors are always shown.")
@click.option("--debug", is_flag=True, help="Show the traceback of unexpected errors.")
def explain_command(
    inputs: tuple[str, ...],
    output_format: str,
    input_type: str,
    time_limit: float,
    max_bytes: int,
    full_text: bool,
    quiet: int,
    debug: bool,
) -> None:
    """Show how INPUTS (files, or - / nothing for stdin) were cleaned: each block kept or
    dropped (by which step, why), the metadata found and the line it came from.

    \b
    Examples:
      cleaner explain page.txt | less -R
      cleaner explain --format json page.html | jq '.blocks[] | select(.kept)'
    """
    from rich.console import Console

    from cleaner.explain import render

    sources = inputs or (STDIN,)
    config = CleanerConfig(input_type=InputType(input_type), max_input_bytes=max_bytes)
    documents: list[dict[str, Any]] = []
    failures = 0
    for source in sources:
        explanation = _explain(source, config, time_limit, debug)
        if explanation is None:
            failures += 1
            continue
        for step in explanation.steps:
            if step.warning:
                report_warning(source, f"step {step.name!r} failed: {step.warning}", quiet=quiet)
        if output_format == "json":
            documents.append(explanation_to_dict(explanation))
        else:
            render(explanation, Console(), full_text=full_text)
    if output_format == "json" and (documents or len(sources) > 1):
        data: Any = documents[0] if len(sources) == 1 else documents
        option = orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE
        sys.stdout.buffer.write(orjson.dumps(data, option=option))
    click.get_current_context().exit(ExitCode.FAILED if failures else ExitCode.OK)
