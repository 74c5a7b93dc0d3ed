"""Options and checks shared by several commands, declared once."""

from __future__ import annotations

import os
import sys

import click

from cleaner.config import InputType
from cleaner.timeouts import DEFAULT_TIME_LIMIT

__all__ = ["input_type_option", "overwrites_input", "time_limit_option"]

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


def overwrites_input(output: str, source: str) -> bool:
    """True when writing ``output`` would replace ``source`` (stdin included: `< page.txt`)."""
    try:
        if source == "-":
            stdin, target = os.fstat(sys.stdin.fileno()), os.stat(output)
            return (stdin.st_dev, stdin.st_ino) == (target.st_dev, target.st_ino)
        return os.path.samefile(output, source)
    except (OSError, ValueError):
        return False
