"""What a batch run shows on stderr: a progress bar, one line per failed input, a summary table.

The progress bar appears only when stderr is a terminal and ``--quiet`` is not given; error
lines always appear (``-q`` hides warnings, never errors); warnings and the inputs a filter
dropped only with ``--verbose``. rich is imported lazily. Nothing here writes to stdout,
which may be carrying records.
"""

from __future__ import annotations

import sys
import threading
import time
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, TextIO

from cleaner.batch.items import ChunkResult, Outcome
from cleaner.batch.tally import Tally

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID

__all__ = ["Reporter", "ReporterOptions", "error_line"]


def error_line(outcome: Outcome) -> str:
    """``cleaner: error: SOURCE: why (kind)``, always one line.

    >>> error_line(Outcome(key="k", source="a.html", kind="timeout", error="took longer than 10 s"))
    'cleaner: error: a.html: took longer than 10 s (timeout)'
    """
    line = f"cleaner: error: {outcome.source}: {outcome.error} ({outcome.kind})"
    return line.replace("\n", " ").replace("\r", " ")


def dropped_line(outcome: Outcome) -> str:
    """``cleaner: dropped: SOURCE: why (kind)``, always one line.

    >>> dropped_line(Outcome(key="k", source="b", kind="duplicate", error="duplicate of a"))
    'cleaner: dropped: b: duplicate of a (duplicate)'
    """
    line = f"cleaner: dropped: {outcome.source}: {outcome.error} ({outcome.kind})"
    return line.replace("\n", " ").replace("\r", " ")


@dataclass(frozen=True, slots=True, kw_only=True)
class ReporterOptions:
    show_progress: bool
    show_warnings: bool
    show_summary: bool
    show_errors: bool = True  # -q never hides errors; a test reporter may


class Reporter:
    """Owns stderr for the run; a context manager that starts and stops the progress bar."""

    def __init__(self, options: ReporterOptions, stream: TextIO | None = None) -> None:
        self.options = options
        self._stream = stream or sys.stderr
        self._console: Console | None = None
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self._lock = threading.Lock()
        self._started = time.monotonic()
        self._processed = 0

    @classmethod
    def for_terminal(cls, quiet: int, verbose: int, stream: TextIO | None = None) -> Reporter:
        stream = stream or sys.stderr
        is_tty = hasattr(stream, "isatty") and stream.isatty()
        options = ReporterOptions(
            show_progress=is_tty and not quiet,
            show_warnings=verbose > 0 and not quiet,
            show_summary=not quiet,
        )
        return cls(options, stream)

    def _get_console(self) -> Console:
        if self._console is None:
            from rich.console import Console

            self._console = Console(file=self._stream, highlight=False, soft_wrap=True)
        return self._console

    def __enter__(self) -> Reporter:
        if self.options.show_progress:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(
                SpinnerColumn(),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[speed]:>7.1f} docs/s"),
                TextColumn("{task.fields[records]} records"),
                TextColumn("[red]{task.fields[errors]} errors"),
                TimeRemainingColumn(),
                console=self._get_console(),
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task(
                "clean", total=None, speed=0.0, records=0, errors=0
            )
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def start(self, already_done: int) -> None:
        """Inputs finished by an earlier run (``--resume``) count as completed."""
        self._started = time.monotonic()
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, completed=already_done)

    def set_total(self, total: int) -> None:
        """Called from the counting thread once every input has been counted."""
        with self._lock:
            if self._progress is not None and self._task is not None:
                self._progress.update(self._task, total=total)

    def chunk_done(self, result: ChunkResult, tally: Tally) -> None:
        self._processed += len(result.outcomes)
        for outcome in result.outcomes:
            if outcome.is_dropped:
                if self.options.show_warnings:
                    self._print(dropped_line(outcome))
            elif outcome.line is None:
                if self.options.show_errors:
                    self._print(error_line(outcome))
            elif self.options.show_warnings:
                for warning in outcome.warnings:
                    self._print(f"cleaner: warning: {outcome.source}: {warning}")
        if self._progress is not None and self._task is not None:
            self._progress.update(
                self._task,
                advance=len(result.outcomes),
                records=tally.cleaned + tally.empty,
                errors=tally.failed,
                speed=self.speed(),
            )

    def tick(self) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, speed=self.speed())

    def speed(self) -> float:
        return self._processed / max(1e-9, time.monotonic() - self._started)

    def message(self, text: str) -> None:
        """A note about the run (resuming, ...): shown unless ``--quiet``."""
        if self.options.show_summary:
            self._print(text)

    def _print(self, line: str) -> None:
        if self._progress is not None:
            self._get_console().print(line, markup=False, highlight=False)
        else:
            self._stream.write(line + "\n")
            self._stream.flush()

    def summary(self, summary: dict[str, Any]) -> None:
        """The closing table: cleaned, empty, failed, dropped, skipped, seconds, docs/s, and a
        line per breakdown (failed, dropped and skipped by kind)."""
        if not self.options.show_summary:
            return
        from rich.table import Table

        table = Table(title="cleaner batch" + (" (interrupted)" if summary["interrupted"] else ""))
        names = ("cleaned", "empty", "failed", "dropped", "skipped", "seconds", "docs/s")
        for name in names:
            table.add_column(name, justify="right")
        table.add_row(
            str(summary["cleaned"]),
            str(summary["empty"]),
            str(summary["failed"]),
            str(summary["dropped"]),
            str(sum(summary["skipped"].values())),
            f"{summary['seconds']:.1f}",
            f"{summary['docs_per_s']:.1f}",
        )
        console = self._get_console()
        console.print(table)
        for title, key in (
            ("failed", "errors_by_kind"),
            ("dropped", "dropped_by_kind"),
            ("skipped", "skipped"),
        ):
            if summary[key]:
                kinds = ", ".join(f"{kind}: {count}" for kind, count in summary[key].items())
                console.print(f"{title} by kind: {kinds}", markup=False)
        if summary["resumed"]:
            console.print(
                f"resumed: {summary['resumed']} inputs were done by an earlier run", markup=False
            )
