"""One-line error reports on stderr; a traceback only with --debug."""

from __future__ import annotations

import click

from cleaner.errors import CleanerError

__all__ = ["report_error", "report_failure"]


def report_error(source: str, error: BaseException) -> None:
    """Print ``cleaner: error: SOURCE: why`` (one line, whatever the error holds)."""
    if isinstance(error, CleanerError):
        why = str(error) or error.kind
    else:
        why = f"internal error ({type(error).__name__}: {error})"
    report_failure(source, why)


def report_failure(source: str, why: str) -> None:
    """Print ``cleaner: error: SOURCE: why`` on one line; ``-`` is shown as ``<stdin>``."""
    name = "<stdin>" if source == "-" else source
    line = f"cleaner: error: {name}: {why}".replace("\n", " ").replace("\r", " ")
    click.echo(line, err=True)
