"""The ``cleaner`` command line: click commands only; the work happens in the library.

Exit codes (see :class:`cleaner.errors.ExitCode`): 0 all inputs cleaned, 1 some input failed
(each failure gets one line on stderr naming it), 2 usage error, 130 interrupted.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from typing import NoReturn

import click

from cleaner import __version__
from cleaner.cli.batch import batch_command
from cleaner.cli.clean import clean_command
from cleaner.cli.eval import eval_command
from cleaner.cli.explain import explain_command
from cleaner.errors import ExitCode

__all__ = ["cli", "main"]

_EPILOG = """\b
Examples:
  cleaner clean page.txt                      # one record, pretty JSON
  cat page.html | cleaner clean - | jq .title  # from a pipe
  cleaner clean --format jsonl -o out.jsonl dumps/*.txt
  cleaner clean --format markdown page.html   # also text, xml, csv
  cleaner clean -f markdown --output-dir md/ dumps/*.txt
  cleaner explain page.txt                    # why each block was kept or dropped
  cleaner explain --format json page.html     # the same as data
  cleaner batch crawl/ -o out.jsonl -j 4       # a directory, WARC or JSONL at scale
  cleaner eval records.jsonl gold.jsonl       # score records against gold
"""


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    click.echo(f"cleaner, version {__version__}")
    ctx.exit()


@click.group(epilog=_EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "-V",
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_show_version,
    help="Show the version and exit.",
)
def cli() -> None:
    """Turn scraped news pages (HTML or text dumps) into clean article records."""


cli.add_command(clean_command)
cli.add_command(explain_command)
cli.add_command(batch_command)
cli.add_command(eval_command)


def _end_interrupted() -> NoReturn:
    """End the process at once with status 130, the output already safe (an atomic writer
    removed its temporary file on the way up, a batch saved its journal).

    After some interrupts, handled and reported, CPython still ends by killing itself with
    SIGINT, whatever status the program asked for: a script then reads -2 or 130 by chance
    (one `cleaner clean -o` run in four, interrupted during its first pages on a 2-core
    machine; the interrupt seems to land in code an extension module runs while the pipeline
    is first imported). ``os._exit`` ends before that, with the status the CLI documents.
    """
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(ExitCode.INTERRUPTED)


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: run the CLI, map Ctrl-C to exit status 130."""
    # Die quietly when the reader goes away (`cleaner clean ... | head`), as Unix tools do.
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        status = cli.main(args=argv, prog_name="cleaner", standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("cleaner: interrupted", err=True)
        _end_interrupted()
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except click.exceptions.Exit as exit_:
        if exit_.exit_code == ExitCode.INTERRUPTED:  # a batch that said so and saved its work
            _end_interrupted()
        sys.exit(exit_.exit_code)
    except BrokenPipeError:
        # The reader went away (`cleaner clean ... | head`): not an error of ours.
        sys.stderr.close()
        sys.exit(ExitCode.OK)
    sys.exit(status if isinstance(status, int) else ExitCode.OK)
