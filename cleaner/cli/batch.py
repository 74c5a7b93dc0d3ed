"""``cleaner batch``: whole crawls (directories, archives, WARC, JSONL) -> JSON Lines records."""

from __future__ import annotations

import importlib.util
import os
import sys

import click
import orjson

from cleaner.batch.runner import BatchOptions, Engine, JournalExistsError, Summary, run_batch
from cleaner.cli.options import input_type_option, overwrites_input, time_limit_option
from cleaner.config import CleanerConfig, InputType
from cleaner.errors import CleanerError, ExitCode
from cleaner.io.writers import atomic_writer

__all__ = ["batch_command"]

_DEFAULT_MAX_BYTES = CleanerConfig().max_input_bytes


def _default_jobs() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _same_path(a: str, b: str) -> bool:
    return os.path.abspath(a) == os.path.abspath(b)


def _is_file_inside_an_input(
    target: str, inputs: tuple[str, ...], options: dict[str, object]
) -> bool:
    """True for an existing file under one of the input directories: the walk would have
    cleaned it, and writing there would replace it. A run being resumed owns its output."""
    if not os.path.isfile(target) or (options["resume"] and os.path.exists(f"{target}.journal")):
        return False
    real = os.path.realpath(target)
    for source in inputs:
        if source != "-" and os.path.isdir(source):
            root = os.path.realpath(source)
            if os.path.commonpath([root, real]) == root:
                return True
    return False


def _check_usage(inputs: tuple[str, ...], output: str | None, options: dict[str, object]) -> None:
    if options["scheduler"] and options["engine"] != Engine.DASK.value:
        raise click.UsageError("--scheduler needs --engine dask")
    if output is None and (options["resume"] or options["shard_size"]):
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
        raise click.UsageError("--engine dask needs Dask: pip install 'cleaner[dask]'")


def _write_summary(path: str, summary: Summary) -> None:
    with atomic_writer(path) as handle:
        option = orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE
        handle.write(orjson.dumps(summary.to_dict(), option=option))


def _exit_code(summary: Summary) -> ExitCode:
    if summary.interrupted:
        return ExitCode.INTERRUPTED
    return ExitCode.FAILED if summary.tally.failed else ExitCode.OK


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="JSON Lines output (.gz/.zst by extension); stdout when omitted or -.",
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
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=_DEFAULT_MAX_BYTES,
    show_default=True,
    help="Larger documents become too_large errors.",
)
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
@click.option("--with-removed", is_flag=True, help="Add the removed blocks to each record.")
@click.option("--strict", is_flag=True, help="A failing metadata step fails the document.")
@click.option("-q", "--quiet", count=True, help="No progress, error lines or summary.")
@click.option("-v", "--verbose", count=True, help="Also show each document's step warnings.")
@click.pass_context
def batch_command(
    ctx: click.Context,
    inputs: tuple[str, ...],
    output: str | None,
    errors: str | None,
    globs: tuple[str, ...],
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
    with_removed: bool,
    strict: bool,
    quiet: int,
    verbose: int,
) -> None:
    """Clean many pages in parallel into JSON Lines records.

    INPUTS are directories (recursive), page files (plain, .gz, .zst), WARC/ARC archives,
    JSONL files of {"url", "html"} or {"text"} objects, or - for a list of paths on stdin.
    Every input ends as a record in the output or an entry in --errors; exit status 1 when
    any input failed, 130 when interrupted (run again with --resume to finish).

    \b
    Examples:
      cleaner batch crawl/ --glob '*.html' -o records.jsonl.gz --errors errors.jsonl
      cleaner batch CC-MAIN-*.warc.gz -o out.jsonl.zst --shard-size 100000 -j 8
      find dumps -name '*.txt' | cleaner batch - -o records.jsonl
      cleaner batch crawl/ -o records.jsonl --resume          # after Ctrl-C or a crash
      cleaner batch crawl/ -o records.jsonl --engine dask --scheduler tcp://head:8786
    """
    from cleaner.batch.progress import Reporter

    output = None if output == "-" else output
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
        },
    )
    options = BatchOptions(
        inputs=inputs,
        output=output,
        errors=errors,
        globs=globs,
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
            input_type=InputType(input_type),
            with_removed=with_removed,
            strict=strict,
            max_input_bytes=max_bytes,
        ),
    )
    reporter = Reporter.for_terminal(quiet, verbose)
    try:
        summary = run_batch(options, reporter, stdin=sys.stdin, stdout=sys.stdout.buffer)
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
