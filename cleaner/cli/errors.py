"""One-line reports on stderr, naming the input; a traceback only with --debug.

``-q`` hides warnings and notes, never errors.
"""

from __future__ import annotations

import click

from cleaner.errors import CleanerError
from cleaner.io.names import display_name

__all__ = ["report_error", "report_failure", "report_note", "report_warning"]


def _line(label: str, source: str, why: str) -> str:
    line = f"cleaner: {label}: {display_name(source)}: {why}"
    return line.replace("\n", " ").replace("\r", " ")


def report_error(source: str, error: BaseException) -> None:
    """Print ``cleaner: error: SOURCE: why`` (one line, whatever the error holds)."""
    if isinstance(error, CleanerError):
        why = str(error) or error.kind
    else:
        why = f"internal error ({type(error).__name__}: {error})"
    report_failure(source, why)


def report_failure(source: str, why: str) -> None:
    """Print ``cleaner: error: SOURCE: why`` on one line; ``-`` is shown as ``<stdin>`` and
    bytes of a file name that are not UTF-8 as ``\\xNN``."""
    click.echo(_line("error", source, why), err=True)


def report_warning(source: str, why: str, *, quiet: int) -> None:
    """``cleaner: warning: SOURCE: why``, unless ``-q``."""
    if not quiet:
        click.echo(_line("warning", source, why), err=True)


def report_note(source: str, label: str, why: str, *, quiet: int) -> None:
    """``cleaner: LABEL: SOURCE: why`` for what is neither an error nor a warning (an input
    a filter dropped), unless ``-q``."""
    if not quiet:
        click.echo(_line(label, source, why), err=True)
