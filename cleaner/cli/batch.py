"""``cleaner batch``: whole crawls (directories, archives, WARC, JSONL) -> JSON Lines records."""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Iterator
from typing import Any

import click
import orjson

from cleaner.batch.inputs import STDIN, StdinIsPageError, stdin_paths
from cleaner.batch.runner import BatchOptions, Engine, JournalExistsError, Summary, run_batch
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
from cleaner.errors import CleanerError, ExitCode
from cleaner.io.formats import OutputFormat
from cleaner.io.writers import atomic_writer

__all__ = ["batch_command"]


def _default_jobs() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _same_path(a: str, b: str) -> bool:
    return os.path.abspath(a) == os.path.abspath(b)


def _is_inside_an_input(target: str, inputs: tuple[str, ...]) -> bool:
    real = os.path.realpath(target)
    for source in inputs:
        if source != "-" and os.path.isdir(source):
            root = os.path.realpath(source)
            if os.path.commonpath([root, real]) == root:
                return True
    return False


def _is_file_inside_an_input(
    target: str, inputs: tuple[str, ...], options: dict[str, object]
) -> bool:
    """True for an existing file under one of the input directories: the walk would have
    cleaned it, and writing there would replace it. A run being resumed owns its output."""
    if not os.path.isfile(target) or (options["resume"] and os.path.exists(f"{target}.journal")):
        return False
    return _is_inside_an_input(target, inputs)


def _check_output_dir(inputs: tuple[str, ...], output: str | None, options: dict[str, Any]) -> None:
    output_dir, output_format = options["output_dir"], options["output_format"]
    if output_dir is None:
        if output_format is not OutputFormat.JSONL:
            raise click.UsageError(
                f"--format {output_format.value} needs --output-dir DIR (a file per input); "
                "records on stdout or in -o FILE are JSON Lines"
            )
        return
    if output is not None or options["shard_size"]:
        raise click.UsageError("--output-dir excludes -o/--output and --shard-size")
    if _is_inside_an_input(output_dir, inputs):
        raise click.UsageError(
            f"refusing to write into {output_dir}: it is inside an input directory"
        )


def _check_usage(inputs: tuple[str, ...], output: str | None, options: dict[str, Any]) -> None:
    if options["scheduler"] and options["engine"] != Engine.DASK.value:
        raise click.UsageError("--scheduler needs --engine dask")
    _check_output_dir(inputs, output, options)
    if output is None and options["output_dir"] is None:
        if options["resume"] or options["shard_size"]:
            raise click.UsageError("--resume and --shard-size need -o/--output FILE")
    if output is not None and any(overwrites_input(output, s) for s in inputs if s != "-"):
        raise click.UsageError(f"refusing to write over an input: {output}")
    errors = options["errors"]
    for target in (output, errors, options.get("summary_json")):
        if target is not None and _is_file_inside_an_input(str(target), inputs, options):
            raise click.UsageError(
                f"refusing to write over {target}: it is a file inside an input directory"
            )
    if errors is not None and output is not None and _same_path(str(errors), output):
        raise click.UsageError("--errors must name a different file than --output")
    if options["engine"] == Engine.DASK.value and not all(
        importlib.util.find_spec(name) for name in ("dask", "distributed")
    ):
        raise click.UsageError("--engine dask needs Dask: pip install -e '.[dask]' in a clone")


def _write_summary(path: str, summary: Summary) -> None:
    with atomic_writer(path) as handle:
        option = orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE
        handle.write(orjson.dumps(summary.to_dict(), option=option))


def _exit_code(summary: Summary) -> ExitCode:
    if summary.interrupted:
        return ExitCode.INTERRUPTED
    return ExitCode.FAILED if summary.tally.failed else ExitCode.OK


def _stdin_paths(inputs: tuple[str, ...]) -> Iterator[str] | None:
    """The paths ``-`` stands for, checked at once for page text piped in by mistake."""
    if STDIN not in inputs:
        return None
    try:
        return stdin_paths(sys.stdin.buffer)
    except StdinIsPageError as error:
        raise click.UsageError(str(error)) from None


@click.command("batch")
# readable=False: an unreadable input becomes an error entry like any other failed input,
# not a usage error that cancels the run.
@click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True, readable=False))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="JSON Lines output (.gz/.zst by extension; a missing folder is created); stdout "
    "when omitted or -.",
)
@output_dir_option
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice([f.value for f in OutputFormat]),
    default=None,
    help="Format of each file with --output-dir [default: json]; records on stdout or in "
    "-o FILE are JSON Lines.",
)
@click.option(
    "--errors",
    type=click.Path(dir_okay=False),
    help='Write failed inputs here as {"source", "error", "kind"} lines.',
)
@click.option(
    "--glob",
    "globs",
    multiple=True,
    metavar="PATTERN",
    help="Only files matching PATTERN inside directories (repeatable).",
)
@click.option(
    "--jsonl",
    is_flag=True,
    help="Also read *.jsonl/*.ndjson files found in directories, and pipes, as JSONL.",
)
@click.option(
    "--jsonl-field",
    metavar="NAME",
    help='Field of JSONL inputs holding the page [default: "html", else "text"].',
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes [default: all cores].",
)
@click.option("--ordered", is_flag=True, help="Write records in input order.")
@click.option(
    "--chunk-size",
    type=click.IntRange(min=1),
    default=32,
    show_default=True,
    help="Documents per task sent to a worker (and per checkpoint).",
)
@time_limit_option
@max_bytes_option
@click.option(
    "--shard-size",
    type=click.IntRange(min=1),
    help="Records per output shard: OUT.jsonl.gz -> OUT-00000.jsonl.gz, ...",
)
@click.option("--resume", is_flag=True, help="Finish an interrupted run of the same output.")
@click.option(
    "--summary-json",
    type=click.Path(dir_okay=False),
    help="Write the closing summary here as JSON.",
)
@click.option(
    "--engine",
    type=click.Choice([e.value for e in Engine]),
    default="local",
    show_default=True,
    help="local worker processes, or a Dask cluster.",
)
@click.option(
    "--scheduler",
    metavar="ADDR",
    help="Dask scheduler address (tcp://host:8786); a local cluster when omitted.",
)
@input_type_option
@record_options
@target_language_option
@click.option(
    "--dedup",
    is_flag=True,
    help="Drop records whose body repeats an earlier one, exactly or nearly (summary: dropped).",
)
@click.option("--strict", is_flag=True, help="A failing metadata step fails the document.")
@click.option(
    "-q", "--quiet", count=True, help="No progress bar, notes or summary; errors still show."
)
@click.option("-v", "--verbose", count=True, help="Also show step warnings and each dropped input.")
def batch_command(
    inputs: tuple[str, ...],
    output: str | None,
    output_dir: str | None,
    output_format: str | None,
    errors: str | None,
    globs: tuple[str, ...],
    jsonl: bool,
    jsonl_field: str | None,
    jobs: int | None,
    ordered: bool,
    chunk_size: int,
    time_limit: float,
    max_bytes: int,
    shard_size: int | None,
    resume: bool,
    summary_json: str | None,
    engine: str,
    scheduler: str | None,
    input_type: str,
    target_languages: tuple[str, ...],
    dedup: bool,
    strict: bool,
    quiet: int,
    verbose: int,
    **flags: Any,
) -> None:
    """Clean many pages in parallel into JSON Lines records (or a file each).

    INPUTS are directories (recursive: .html, .htm, .xhtml and .txt files, plain, .gz or
    .zst, WARC/ARC archives, and other files that start like HTML; JSONL with --jsonl, or
    whatever --glob matches), page files, archives and JSONL files named here, pipes, or -
    for a list of paths on stdin. Every input ends as a record in the output or an entry in
    --errors (a page with no article text too, unless --allow-empty); exit status 1 when any
    input failed, 130 when interrupted (run again with --resume to finish). Inputs that
    --target-language or --dedup leave out are dropped, not failed.

    \b
    Examples:
      cleaner batch crawl/ --glob '*.html' -o records.jsonl.gz --errors errors.jsonl
      cleaner batch CC-MAIN-*.warc.gz -o out.jsonl.zst --shard-size 100000 -j 8
      find dumps -name '*.txt' | cleaner batch - -o records.jsonl
      cleaner batch crawl/ -o records.jsonl --resume          # after Ctrl-C or a crash
      cleaner batch crawl/ --output-dir md/ -f markdown --dedup
      cleaner batch crawl/ -o records.jsonl --engine dask --scheduler tcp://head:8786
    """
    from cleaner.batch.progress import Reporter

    ctx = click.get_current_context()
    output = None if output == "-" else output
    chosen = OutputFormat(output_format or ("json" if output_dir else "jsonl"))
    record_options = record_options_from(flags)
    _check_usage(
        inputs,
        output,
        {
            "scheduler": scheduler,
            "engine": engine,
            "resume": resume,
            "shard_size": shard_size,
            "errors": errors,
            "summary_json": summary_json,
            "output_dir": output_dir,
            "output_format": chosen,
        },
    )
    check_formats(chosen, record_options)
    options = BatchOptions(
        inputs=inputs,
        output=output,
        output_dir=output_dir,
        output_format=chosen,
        record_options=record_options,
        languages=languages(target_languages),
        dedup=dedup,
        errors=errors,
        globs=globs,
        jsonl=jsonl,
        jsonl_field=jsonl_field,
        jobs=jobs or _default_jobs(),
        ordered=ordered,
        chunk_size=chunk_size,
        time_limit=time_limit,
        shard_size=shard_size,
        resume=resume,
        engine=Engine(engine),
        scheduler=scheduler,
        summary_json=summary_json,
        config=CleanerConfig(
            input_type=InputType(input_type), strict=strict, max_input_bytes=max_bytes
        ),
    )
    stdin = _stdin_paths(inputs)
    reporter = Reporter.for_terminal(quiet, verbose)
    try:
        summary = run_batch(options, reporter, stdin=stdin, stdout=sys.stdout.buffer)
    except JournalExistsError as error:
        raise click.UsageError(str(error)) from None
    except CleanerError as error:
        click.echo(f"cleaner: error: {error}", err=True)
        ctx.exit(ExitCode.FAILED)
    reporter.summary(summary.to_dict())
    if summary_json:
        _write_summary(summary_json, summary)
    if summary.interrupted:
        click.echo("cleaner: interrupted; run again with --resume to finish", err=True)
    ctx.exit(_exit_code(summary))
