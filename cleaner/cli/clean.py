"""``cleaner clean``: one or many inputs -> records on stdout or in one file."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import BinaryIO

import click

from cleaner import timeouts
from cleaner.cli.errors import report_error, report_failure
from cleaner.cli.options import input_type_option, overwrites_input, time_limit_option
from cleaner.config import CleanerConfig, InputType
from cleaner.document import clean_document
from cleaner.errors import CleanerError, ExitCode
from cleaner.io.formats import OutputFormat, format_record
from cleaner.io.readers import STDIN, read_input
from cleaner.io.writers import atomic_writer
from cleaner.record import Record

__all__ = ["clean_command", "clean_one"]


def clean_one(source: str, config: CleanerConfig) -> tuple[Record, tuple[str, ...]]:
    """Read and clean one input; return the record and any step warnings."""
    data = read_input(source, config.max_input_bytes)
    return clean_document(data, source=source, config=config)


@contextlib.contextmanager
def _open_output(path: str | None) -> Iterator[BinaryIO]:
    if path is None or path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
    else:
        try:
            writer = atomic_writer(path)
            handle = writer.__enter__()
        except OSError as error:
            click.echo(f"cleaner: error: {path}: cannot write output ({error.strerror})", err=True)
            raise click.exceptions.Exit(ExitCode.FAILED) from None
        try:
            yield handle
        except BaseException:
            if not writer.__exit__(*sys.exc_info()):
                raise
        else:
            writer.__exit__(None, None, None)


def _choose_format(requested: str | None, count: int) -> OutputFormat:
    if requested:
        return OutputFormat(requested)
    return OutputFormat.JSON if count == 1 else OutputFormat.JSONL


@click.command("clean")
# readable=False: an unreadable input is one failed input reported by read_input, not a usage
# error that stops the others.
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True, dir_okay=True, readable=False))
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice([f.value for f in OutputFormat]),
    help="Output format [default: json for one input, jsonl for several].",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Write here (atomically) instead of stdout.",
)
@click.option(
    "--with-removed", is_flag=True, help="Add the removed blocks, with extractor and reason."
)
@input_type_option
@time_limit_option
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails.")
@click.option("--strict", is_flag=True, help="A failing metadata step is an error, not a warning.")
@click.option("-q", "--quiet", count=True, help="-q hides warnings. Errors are always shown.")
@click.option("--debug", is_flag=True, help="Show the traceback of unexpected errors.")
def clean_command(
    inputs: tuple[str, ...],
    output_format: str | None,
    output: str | None,
    with_removed: bool,
    input_type: str,
    time_limit: float,
    fail_fast: bool,
    strict: bool,
    quiet: int,
    debug: bool,
) -> None:
    """Clean INPUTS (files, or - / nothing for stdin) into article records.

    \b
    Examples:
      cleaner clean page.txt
      cat page.html | cleaner clean - | jq .title
      cleaner clean --format jsonl -o out.jsonl dumps/*.txt
    """
    sources = inputs or (STDIN,)
    if output and output != "-" and any(overwrites_input(output, s) for s in sources):
        raise click.UsageError(f"refusing to write over an input: {output}")
    config = CleanerConfig(
        input_type=InputType(input_type), with_removed=with_removed, strict=strict
    )
    chosen = _choose_format(output_format, len(sources))
    with _open_output(output) as out:
        writer = _RecordWriter(
            out, chosen, as_array=chosen is OutputFormat.JSON and len(sources) > 1
        )
        failures = 0
        for source in sources:
            record = _clean_or_report(source, config, time_limit, quiet=quiet, debug=debug)
            if record is None:
                failures += 1
                if fail_fast:
                    break
            else:
                writer.write(record)
        writer.close()
    click.get_current_context().exit(ExitCode.FAILED if failures else ExitCode.OK)


def _clean_or_report(
    source: str, config: CleanerConfig, seconds: float, *, quiet: int, debug: bool
) -> Record | None:
    """The record of one input within ``seconds``, or None after a one-line error on stderr."""
    try:
        # As in `cleaner batch`, the clock covers reading the input too.
        with timeouts.time_limit(seconds):
            record, warnings = clean_one(source, config)
    except timeouts.DocumentTimeout:
        if debug:
            raise  # the traceback shows where the time went
        report_failure(source, timeouts.timeout_message(seconds))
        return None
    except CleanerError as error:
        report_error(source, error)
        return None
    except Exception as error:
        if debug:
            raise
        report_error(source, error)
        return None
    if not quiet:
        for warning in warnings:
            click.echo(f"cleaner: warning: {source}: {warning}", err=True)
    return record


class _RecordWriter:
    """Writes records one after another; several JSON records become one JSON array."""

    def __init__(self, out: BinaryIO, output_format: OutputFormat, *, as_array: bool) -> None:
        self._out, self._format, self._as_array, self._written = out, output_format, as_array, 0
        if as_array:
            out.write(b"[\n")

    def write(self, record: Record) -> None:
        data = format_record(record, self._format)
        if self._as_array:
            data = (b",\n" if self._written else b"") + data.rstrip(b"\n")
        self._out.write(data)
        self._written += 1

    def close(self) -> None:
        if self._as_array:
            self._out.write(b"\n]\n")
