"""``cleaner clean``: one or many inputs -> records on stdout, in one file, or one file each."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

import click

from cleaner.cli.errors import report_error, report_note, report_warning
from cleaner.cli.options import (
    check_formats,
    input_type_option,
    languages,
    max_bytes_option,
    output_dir_option,
    overwrites_input,
    record_options,
    record_options_from,
    target_language_option,
    time_limit_option,
)
from cleaner.config import CleanerConfig, InputType
from cleaner.errors import CleanerError, ExitCode, InternalError, TimeLimitError
from cleaner.io.formats import EXTENSIONS, OutputFormat, RecordWriter, format_record
from cleaner.io.names import STDIN
from cleaner.io.output_dir import OutputNames
from cleaner.io.readers import read_input
from cleaner.io.writers import atomic_writer
from cleaner.record import Record, RecordOptions

__all__ = ["CleanRun", "clean_command", "clean_one"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CleanRun:
    """How each input of one ``cleaner clean`` is cleaned and what counts as a result."""

    config: CleanerConfig
    options: RecordOptions
    time_limit: float
    languages: frozenset[str] = frozenset()


def clean_one(source: str, run: CleanRun) -> tuple[Record, tuple[str, ...]]:
    """Read and clean one input within the time limit (which covers the reading too: a
    stalled pipe is as stuck as a stalled page); every failure is a CleanerError."""
    # Imported here: the pipeline's modules compile their patterns when they load, which
    # `cleaner clean --help` and a usage error should not wait for.
    from cleaner.document import check_language, clean_document, failures_as_errors

    with failures_as_errors(run.time_limit):
        data = read_input(source, run.config.max_input_bytes)
        record, warnings = clean_document(
            data, source=source, config=run.config, options=run.options
        )
    check_language(record, run.languages)
    return record, warnings


def _create_parent(path: str) -> None:
    """``-o`` into a folder that does not exist yet creates it, as ``batch`` does."""
    parent = os.path.dirname(os.path.abspath(path))
    try:
        os.makedirs(parent, exist_ok=True)
    except OSError as error:
        click.echo(f"cleaner: error: {path}: cannot create its folder ({error.strerror})", err=True)
        raise click.exceptions.Exit(ExitCode.FAILED) from None


@contextlib.contextmanager
def _open_output(path: str | None) -> Iterator[BinaryIO]:
    if path is None or path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    _create_parent(path)
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


def _choose_format(requested: str | None, count: int, output_dir: str | None) -> OutputFormat:
    if requested:
        return OutputFormat(requested)
    return OutputFormat.JSON if count == 1 or output_dir else OutputFormat.JSONL


class _Outcomes:
    """Cleans the inputs one by one and says, on stderr, what became of those that failed."""

    def __init__(self, run: CleanRun, *, quiet: int, debug: bool) -> None:
        self.run, self.quiet, self.debug = run, quiet, debug
        self.failures = 0

    def record(self, source: str) -> Record | None:
        """The record of one input, or None after one line on stderr."""
        from cleaner.document import LanguageFilteredError  # loaded by clean_one by now

        try:
            record, warnings = clean_one(source, self.run)
        except LanguageFilteredError as dropped:
            report_note(source, "dropped", str(dropped), quiet=self.quiet)
            return None
        except CleanerError as error:
            cause = error.__cause__
            if self.debug and isinstance(error, InternalError | TimeLimitError) and cause:
                raise cause from None  # --debug: the traceback shows where it went wrong
            report_error(source, error)
            self.failures += 1
            return None
        for warning in warnings:
            report_warning(source, warning, quiet=self.quiet)
        return record


def _write_each(
    sources: tuple[str, ...],
    outcomes: _Outcomes,
    fmt: OutputFormat,
    directory: str,
    fail_fast: bool,
) -> None:
    names = OutputNames(directory, EXTENSIONS[fmt], members=False)
    for source in sources:
        record = outcomes.record(source)
        if record is not None:
            path, earlier = names.claim(source)
            try:
                if earlier is not None:
                    raise OSError(f"{path} was already written for {earlier}")
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with atomic_writer(path) as handle:
                    handle.write(format_record(record, fmt))
            except OSError as error:
                report_error(
                    source, CleanerError(f"cannot write {path} ({error.strerror or error})")
                )
                outcomes.failures += 1
        if fail_fast and outcomes.failures:
            return


def _write_all(
    sources: tuple[str, ...],
    outcomes: _Outcomes,
    fmt: OutputFormat,
    output: str | None,
    fail_fast: bool,
) -> None:
    with _open_output(output) as out:
        writer = RecordWriter(out, fmt, several=len(sources) > 1)
        for source in sources:
            record = outcomes.record(source)
            if record is not None:
                writer.write(record)
            if fail_fast and outcomes.failures:
                break
        writer.close()


def _check_usage(sources: tuple[str, ...], output: str | None, output_dir: str | None) -> None:
    if output and output_dir:
        raise click.UsageError("-o/--output and --output-dir exclude each other")
    if output and output != "-" and any(overwrites_input(output, s) for s in sources):
        raise click.UsageError(f"refusing to write over an input: {output}")


@click.command("clean")
# readable=False: an unreadable input is one failed input reported by read_input, not a usage
# error that stops the others.
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True, dir_okay=True, readable=False))
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice([f.value for f in OutputFormat]),
    help="Output format [default: json for one input or with --output-dir, jsonl for several].",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Write here (atomically; a missing folder is created) instead of stdout.",
)
@output_dir_option
@record_options
@input_type_option
@time_limit_option
@max_bytes_option
@target_language_option
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails.")
@click.option("--strict", is_flag=True, help="A failing metadata step is an error, not a warning.")
@click.option("-q", "--quiet", count=True, help="-q hides warnings. Errors are always shown.")
@click.option("--debug", is_flag=True, help="Show the traceback of unexpected errors.")
def clean_command(
    inputs: tuple[str, ...],
    output_format: str | None,
    output: str | None,
    output_dir: str | None,
    input_type: str,
    time_limit: float,
    max_bytes: int,
    target_languages: tuple[str, ...],
    fail_fast: bool,
    strict: bool,
    quiet: int,
    debug: bool,
    **flags: Any,
) -> None:
    """Clean INPUTS (files, or - / nothing for stdin) into article records.

    A page whose body comes out empty is an error (no article text found) unless
    --allow-empty; a page --target-language leaves out is noted as dropped, not failed.

    \b
    Examples:
      cleaner clean page.txt
      cat page.html | cleaner clean - | jq .title
      cleaner clean --format jsonl -o out.jsonl dumps/*.txt
      cleaner clean --format markdown --output-dir md/ dumps/*.html
    """
    sources = inputs or (STDIN,)
    _check_usage(sources, output, output_dir)
    options = record_options_from(flags)
    chosen = _choose_format(output_format, len(sources), output_dir)
    check_formats(chosen, options)
    run = CleanRun(
        config=CleanerConfig(
            input_type=InputType(input_type), strict=strict, max_input_bytes=max_bytes
        ),
        options=options,
        time_limit=time_limit,
        languages=languages(target_languages),
    )
    outcomes = _Outcomes(run, quiet=quiet, debug=debug)
    if output_dir:
        _write_each(sources, outcomes, chosen, output_dir, fail_fast)
    else:
        _write_all(sources, outcomes, chosen, output, fail_fast)
    click.get_current_context().exit(ExitCode.FAILED if outcomes.failures else ExitCode.OK)
