"""Options and checks shared by several commands, declared once."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from cleaner.config import CleanerConfig, InputType
from cleaner.io.formats import OutputFormat, refused_options
from cleaner.record import RecordOptions
from cleaner.timeouts import DEFAULT_TIME_LIMIT

__all__ = [
    "check_formats",
    "input_type_option",
    "languages",
    "max_bytes_option",
    "output_dir_option",
    "overwrites_input",
    "record_options",
    "record_options_from",
    "target_language_option",
    "time_limit_option",
]

_F = TypeVar("_F", bound=Callable[..., Any])
_LANGUAGE = re.compile(r"[a-z]{2,3}")

input_type_option = click.option(
    "--input-type",
    type=click.Choice([t.value for t in InputType]),
    default="auto",
    show_default=True,
    help="Treat input as HTML or a text dump; auto sniffs the bytes.",
)

time_limit_option = click.option(
    "--time-limit",
    type=click.FloatRange(min=0),
    default=DEFAULT_TIME_LIMIT,
    show_default=True,
    help="Seconds per document before it becomes a timeout error (0: none).",
)

max_bytes_option = click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=CleanerConfig().max_input_bytes,
    show_default=True,
    help="Larger documents (also after gunzip) become too_large errors.",
)

output_dir_option = click.option(
    "--output-dir",
    type=click.Path(file_okay=False),
    help="Write one file per input under DIR, at the input's own path (created if missing).",
)

target_language_option = click.option(
    "--target-language",
    "target_languages",
    multiple=True,
    metavar="CODE",
    help="Keep only pages in this language (ISO 639-1, e.g. en; repeatable or comma-separated); "
    "others are dropped, not failed.",
)


def record_options(command: _F) -> _F:
    """The flags that say what each record holds (:class:`~cleaner.record.RecordOptions`)."""
    flags = [
        click.option(
            "--with-removed",
            is_flag=True,
            help="Add the removed blocks, with extractor and reason (every format but csv).",
        ),
        click.option(
            "--allow-empty",
            is_flag=True,
            help="A page whose body comes out empty is a record, not a no_article error.",
        ),
        click.option(
            "--comments/--no-comments",
            default=False,
            show_default=True,
            help="Add the page's reader comments (HTML comment sections; none in text dumps).",
        ),
        click.option(
            "--tables/--no-tables",
            default=True,
            show_default=True,
            help="Keep table rows in the body.",
        ),
        click.option(
            "--links",
            is_flag=True,
            help="Add the links inside the body (HTML only): [text](url) in text and markdown, "
            "<ref> in xml, a links list in json.",
        ),
    ]
    for flag in reversed(flags):
        command = flag(command)
    return command


def record_options_from(values: dict[str, Any]) -> RecordOptions:
    """The :class:`RecordOptions` of the flags :func:`record_options` declared."""
    return RecordOptions(
        with_removed=bool(values.pop("with_removed")),
        allow_empty=bool(values.pop("allow_empty")),
        comments=bool(values.pop("comments")),
        tables=bool(values.pop("tables")),
        links=bool(values.pop("links")),
    )


def languages(values: tuple[str, ...]) -> frozenset[str]:
    """``--target-language`` values as a set of codes; a usage error for a malformed one.

    >>> sorted(languages(("en,de", " FR ")))
    ['de', 'en', 'fr']
    """
    codes = frozenset(c.strip().lower() for value in values for c in value.split(",") if c.strip())
    bad = sorted(c for c in codes if not _LANGUAGE.fullmatch(c))
    if bad:
        raise click.BadParameter(
            f"{', '.join(bad)}: not a language code (two letters, ISO 639-1, e.g. en)",
            param_hint="--target-language",
        )
    return codes


def check_formats(output_format: OutputFormat, options: RecordOptions) -> None:
    """A usage error for flags ``output_format`` cannot write, before anything is cleaned."""
    refused = refused_options(output_format, options)
    if refused:
        raise click.UsageError(
            f"{' and '.join(refused)} cannot be written as {output_format.value} (one cell per "
            "field); use json, jsonl, xml, text or markdown"
        )


def overwrites_input(output: str, source: str) -> bool:
    """True when writing ``output`` would replace ``source`` (stdin included: `< page.txt`)."""
    try:
        if source == "-":
            stdin, target = os.fstat(sys.stdin.fileno()), os.stat(output)
            return (stdin.st_dev, stdin.st_ino) == (target.st_dev, target.st_ino)
        return os.path.samefile(output, source)
    except (OSError, ValueError):
        return False
