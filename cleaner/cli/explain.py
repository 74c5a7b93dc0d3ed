"""``cleaner explain``: every block, kept or dropped and why, and where metadata came from."""

from __future__ import annotations

import click

from cleaner import timeouts
from cleaner.cli.errors import report_error, report_failure
from cleaner.cli.options import input_type_option, time_limit_option
from cleaner.config import CleanerConfig, InputType
from cleaner.errors import CleanerError, ExitCode
from cleaner.frontends import load_page
from cleaner.io.readers import read_input
from cleaner.pipeline import run

__all__ = ["explain_command"]


@click.command("explain")
@click.argument("source", type=click.Path(allow_dash=True, dir_okay=False))
@input_type_option
@time_limit_option
@click.option("--full-text", is_flag=True, help="Show whole blocks instead of their first line.")
@click.option("--debug", is_flag=True, help="Show the traceback of unexpected errors.")
def explain_command(
    source: str, input_type: str, time_limit: float, full_text: bool, debug: bool
) -> None:
    """Show how SOURCE was cleaned: each block kept or dropped (by which step, why), the
    metadata found and the line it came from.

    \b
    Example:
      cleaner explain page.txt | less -R
    """
    from rich.console import Console

    from cleaner.explain import render

    config = CleanerConfig(input_type=InputType(input_type))
    try:
        # The same limit as `cleaner clean`: a page that stalls the pipeline there stalls
        # here too, and a user debugging it needs the error, not a hung terminal.
        with timeouts.time_limit(time_limit):
            data = read_input(source, config.max_input_bytes)
            explanation = run(load_page(data, source, config), config)
    except timeouts.DocumentTimeout:
        if debug:
            raise  # the traceback shows where the time went
        report_failure(source, timeouts.timeout_message(time_limit))
        click.get_current_context().exit(ExitCode.FAILED)
    except CleanerError as error:
        report_error(source, error)
        click.get_current_context().exit(ExitCode.FAILED)
    except Exception as error:
        if debug:
            raise
        report_error(source, error)
        click.get_current_context().exit(ExitCode.FAILED)
    render(explanation, Console(), full_text=full_text)
