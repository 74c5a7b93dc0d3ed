"""One batch run: inputs -> chunks -> an engine -> records, error entries and checkpoints.

The run owns the output side, in this order for every finished chunk: records appended to
the current shard and flushed, error entries likewise, then one journal line naming the
chunk's inputs. A crash between any two of these leaves a state ``--resume`` can repair.
Ctrl-C (or SIGTERM) stops dispatching, drops chunks in flight and leaves the journal at the
last finished chunk; a second Ctrl-C stops at once.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import count, islice
from types import FrameType
from typing import Any, BinaryIO, Protocol

from cleaner.batch.dedup import DuplicateIndex
from cleaner.batch.inputs import STDIN, InputOptions, count_items, iter_items
from cleaner.batch.items import Chunk, ChunkResult, Outcome, WorkItem, WorkSettings
from cleaner.batch.journal import Checkpoint, Journal
from cleaner.batch.memory import peak_rss_kb
from cleaner.batch.progress import Reporter
from cleaner.batch.sinks import DirectorySink, Position, ShardLayout, ShardSink, StreamSink
from cleaner.batch.tally import Tally
from cleaner.config import CleanerConfig
from cleaner.errors import CleanerError
from cleaner.io.formats import EXTENSIONS, OutputFormat
from cleaner.record import RecordOptions
from cleaner.timeouts import DEFAULT_TIME_LIMIT

__all__ = ["BatchOptions", "Engine", "JournalExistsError", "Summary", "run_batch"]


class Engine(StrEnum):
    LOCAL = "local"
    DASK = "dask"


class JournalExistsError(CleanerError):
    """An earlier run of the same output was interrupted and ``--resume`` was not given."""

    kind = "usage"


# The journal of an --output-dir run, inside it (hidden: a walk of DIR would skip it).
DIRECTORY_JOURNAL = ".cleaner-batch.journal"


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchOptions:
    """Everything ``cleaner batch`` was asked to do; ``output=None`` (and no ``output_dir``)
    writes to stdout."""

    inputs: tuple[str, ...]
    output: str | None
    config: CleanerConfig
    record_options: RecordOptions = field(default_factory=RecordOptions)
    output_format: OutputFormat = OutputFormat.JSONL
    output_dir: str | None = None
    languages: frozenset[str] = frozenset()
    dedup: bool = False
    errors: str | None = None
    globs: tuple[str, ...] = ()
    jsonl_field: str | None = None
    jsonl: bool = False
    jobs: int = 1
    ordered: bool = False
    chunk_size: int = 32
    time_limit: float = DEFAULT_TIME_LIMIT
    shard_size: int | None = None
    resume: bool = False
    engine: Engine = Engine.LOCAL
    scheduler: str | None = None
    summary_json: str | None = None


@dataclass
class Summary:
    """What the run did; ``to_dict`` is the ``--summary-json`` document."""

    tally: Tally
    resumed: int = 0
    processed: int = 0
    seconds: float = 0.0
    skipped: Counter[str] = field(default_factory=Counter)
    outputs: list[str] = field(default_factory=list)
    errors_file: str | None = None
    interrupted: bool = False
    jobs: int = 1
    engine: str = "local"
    worker_peak_rss_kb: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workers = self.worker_peak_rss_kb
        return {
            **self.tally.to_dict(),
            "skipped": dict(sorted(self.skipped.items())),
            "resumed": self.resumed,
            "processed": self.processed,
            "seconds": round(self.seconds, 3),
            "docs_per_s": round(self.processed / self.seconds, 2) if self.seconds else 0.0,
            "jobs": self.jobs,
            "engine": self.engine,
            "interrupted": self.interrupted,
            "outputs": self.outputs,
            "errors_file": self.errors_file,
            "peak_rss_mb": {
                "main": round(peak_rss_kb() / 1024, 1),
                "worker_max": round(max(workers.values(), default=0) / 1024, 1),
                "workers": {name: round(kb / 1024, 1) for name, kb in sorted(workers.items())},
            },
        }


class _Sink(Protocol):
    @property
    def position(self) -> Position: ...
    def finish(self) -> list[str]: ...
    def abandon(self) -> None: ...


class _LineSink(_Sink, Protocol):
    def write(self, lines: list[bytes]) -> None: ...


class _Engine(Protocol):
    @property
    def jobs(self) -> int: ...
    def prepare(self, chunks: Iterator[Chunk]) -> Iterator[Chunk]: ...
    def results(self, chunks: Iterator[Chunk]) -> Generator[ChunkResult | None, None, None]: ...
    def close(self) -> None: ...


class _Outputs:
    """The records sink, the errors sink and the journal, opened fresh or resumed together."""

    def __init__(self, options: BatchOptions, stdout: BinaryIO) -> None:
        self.options = options
        self.tally = Tally()
        self.journal: Journal | None = None
        self.duplicates = DuplicateIndex() if options.dedup else None
        self._layouts: list[ShardLayout] = []
        # Records go to a stream or shards as lines, or (--output-dir) to a file each.
        self.lines: _LineSink | None = None
        self.directory: DirectorySink | None = None
        self.journal_path: str | None = None
        if options.output_dir is not None:
            extension = EXTENSIONS[options.output_format]
            self.directory = DirectorySink(options.output_dir, extension)
            self.journal_path = os.path.join(options.output_dir, DIRECTORY_JOURNAL)
        elif options.output is None:
            self.lines = StreamSink(stdout)
        else:
            layout = ShardLayout(options.output, options.shard_size)
            self._layouts.append(layout)
            self.lines = ShardSink(layout)
            self.journal_path = options.output + ".journal"
        records: _Sink | None = self.directory if self.directory is not None else self.lines
        assert records is not None
        self.records = records
        self.errors: ShardSink | None = None
        if options.errors is not None:
            errors_layout = ShardLayout(options.errors, None)
            self._layouts.append(errors_layout)
            self.errors = ShardSink(errors_layout)

    def open(self) -> None:
        if self.journal_path is not None and os.path.exists(self.journal_path):
            if not self.options.resume:
                raise JournalExistsError(
                    f"{self.journal_path} exists: an earlier run was interrupted; pass --resume "
                    "to finish it, or delete that file to start over"
                )
            self._resume(self.journal_path)
            return
        for sink in (self.records, self.errors):
            if isinstance(sink, ShardSink | DirectorySink):
                sink.start()
        if self.journal_path is not None:
            self.journal = Journal.create(self.journal_path, self._header())

    def _header(self) -> dict[str, Any]:
        options = self.options
        errors, directory = options.errors, options.output_dir
        return {
            "output": os.path.abspath(options.output or "-"),
            "shard_size": options.shard_size,
            "errors": os.path.abspath(errors) if errors else None,
            "output_dir": os.path.abspath(directory) if directory else None,
            "format": options.output_format.value,
            "dedup": options.dedup,
        }

    def _resume(self, path: str) -> None:
        self.journal, checkpoint = Journal.resume(path, self._header())
        if isinstance(self.records, ShardSink):
            self.records.restore(checkpoint.output)
        if self.errors is not None:
            self.errors.restore(checkpoint.errors)
        if self.duplicates is not None:
            for source, signature in self.journal.kept:
                self.duplicates.add(signature, source)
        self.tally = checkpoint.tally

    def owns(self, path: str) -> bool:
        """Files this run writes, which an input directory walk must not pick up."""
        absolute = os.path.abspath(path)
        extra = (self.journal_path, self.options.summary_json)
        if any(p is not None and os.path.abspath(p) == absolute for p in extra):
            return True
        if self.options.output_dir is not None:
            root = os.path.abspath(self.options.output_dir)
            if os.path.commonpath([root, absolute]) == root:
                return True
        return any(layout.owns(path) for layout in self._layouts)

    def _drop_duplicates(self, outcomes: tuple[Outcome, ...]) -> tuple[Outcome, ...]:
        """Records whose body an earlier record has (``--dedup``) become dropped outcomes."""
        index = self.duplicates
        if index is None:
            return outcomes
        kept = []
        for outcome in outcomes:
            if outcome.line is not None and outcome.signature is not None:
                earlier = index.check(outcome.signature, outcome.source)
                if earlier is not None:
                    outcome = dataclasses.replace(
                        outcome, line=None, kind="duplicate", error=f"duplicate of {earlier}"
                    )
            kept.append(outcome)
        return tuple(kept)

    def is_done(self, item: WorkItem) -> bool:
        journal = self.journal
        return journal is not None and bool(journal.done) and journal.is_done(item.key)

    def write(self, result: ChunkResult) -> tuple[Outcome, ...]:
        """Write one chunk's records and error entries, then its checkpoint; return the
        outcomes as written (duplicates dropped, records that could not be written failed)."""
        outcomes = self._drop_duplicates(result.outcomes)
        if self.directory is not None:
            outcomes = tuple(self.directory.write_outcomes(outcomes))
        elif self.lines is not None:
            lines = [o.line for o in outcomes if o.line is not None]
            if lines:
                self.lines.write(lines)
        failed = [o.to_error_json() for o in outcomes if o.line is None]
        if failed and self.errors is not None:
            self.errors.write(failed)
        for outcome in outcomes:
            self.tally.add(outcome)
        if self.journal is not None:
            errors = self.errors.position if self.errors is not None else Position()
            checkpoint = Checkpoint(self.records.position, errors, self.tally)
            kept = [
                (o.source, o.signature)
                for o in outcomes
                if o.line is not None and o.signature is not None
            ]
            self.journal.record((o.key for o in outcomes), checkpoint, kept)
        return outcomes

    def finish(self) -> list[str]:
        outputs = self.records.finish()
        if self.errors is not None:
            self.errors.finish()
        if self.journal is not None:
            self.journal.remove()
        return outputs

    def abandon(self) -> None:
        self.records.abandon()
        if self.errors is not None:
            self.errors.abandon()
        if self.journal is not None:
            self.journal.close()


class _Reorder:
    """For ``--ordered``: hold results until every earlier chunk has been written."""

    def __init__(self, ordered: bool) -> None:
        self._ordered = ordered
        self._next = 0
        self._held: dict[int, ChunkResult] = {}

    def push(self, result: ChunkResult) -> Iterator[ChunkResult]:
        if not self._ordered:
            yield result
            return
        self._held[result.seq] = result
        while self._next in self._held:
            yield self._held.pop(self._next)
            self._next += 1


def _chunked(items: Iterator[WorkItem], size: int) -> Iterator[Chunk]:
    for seq in count():
        batch = tuple(islice(items, size))
        if not batch:
            return
        yield Chunk(seq, batch)


class _StopFlag:
    """Set by the first SIGINT/SIGTERM; the second SIGINT interrupts at once."""

    def __init__(self) -> None:
        self.event = threading.Event()

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.event.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        self.event.set()

    @contextlib.contextmanager
    def installed(self) -> Iterator[_StopFlag]:
        if threading.current_thread() is not threading.main_thread():
            yield self
            return
        previous = {s: signal.signal(s, self._handle) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield self
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)


def _make_engine(options: BatchOptions) -> _Engine:
    settings = WorkSettings(
        config=options.config,
        time_limit=options.time_limit,
        options=options.record_options,
        output_format=options.output_format,
        languages=options.languages,
        dedup=options.dedup,
    )
    if options.engine is Engine.DASK:
        from cleaner.batch.dask_engine import DaskEngine

        return DaskEngine(settings, options.jobs, options.scheduler)
    from cleaner.batch.workers import LocalPool

    return LocalPool(settings, options.jobs)


def _start_counting(options: BatchOptions, inputs: InputOptions, reporter: Reporter) -> None:
    # Only for the progress bar's total; stdin can be read once, so it is never counted.
    if not reporter.options.show_progress or STDIN in options.inputs:
        return

    def count_all() -> None:
        with contextlib.suppress(Exception):
            reporter.set_total(count_items(options.inputs, inputs))

    threading.Thread(target=count_all, name="count-inputs", daemon=True).start()


def _drive(
    engine: _Engine,
    chunks: Iterator[Chunk],
    outputs: _Outputs,
    options: BatchOptions,
    reporter: Reporter,
    summary: Summary,
) -> bool:
    """Feed the engine and write what comes back; False when stopped by a signal."""
    reorder = _Reorder(options.ordered)
    stop = _StopFlag()
    results = engine.results(chunks)
    with stop.installed(), contextlib.closing(results):
        for result in results:
            if stop.event.is_set():
                return False
            if result is None:
                reporter.tick()
                continue
            name = result.worker or "worker"
            summary.worker_peak_rss_kb[name] = max(
                summary.worker_peak_rss_kb.get(name, 0), result.peak_rss_kb
            )
            for ready in reorder.push(result):
                written = outputs.write(ready)
                summary.processed += len(written)
                reporter.chunk_done(dataclasses.replace(ready, outcomes=written), outputs.tally)
        return not stop.event.is_set()


def run_batch(
    options: BatchOptions,
    reporter: Reporter,
    *,
    stdin: Iterable[str] | None = None,
    stdout: BinaryIO | None = None,
) -> Summary:
    """Run the batch to the end, or until interrupted; never raises for a bad input.

    ``stdin`` holds the paths ``-`` stands for (one per line); standard input when None.
    """
    started = time.monotonic()
    outputs = _Outputs(options, stdout or sys.stdout.buffer)
    outputs.open()
    summary = Summary(
        tally=outputs.tally,
        jobs=options.jobs,
        engine=options.engine.value,
        errors_file=options.errors,
    )
    summary.resumed = outputs.tally.done
    if summary.resumed:
        reporter.message(f"cleaner: resuming: {summary.resumed} inputs already done")
    inputs = InputOptions(
        max_bytes=options.config.max_input_bytes,
        globs=options.globs,
        jsonl_field=options.jsonl_field,
        jsonl=options.jsonl,
        exclude=outputs.owns,
    )
    items = (
        i
        for i in iter_items(options.inputs, inputs, summary.skipped, stdin)
        if not outputs.is_done(i)
    )
    completed = False
    engine = _make_engine(options)
    try:
        # Before the progress bar's threads start: the local engine may fork its workers.
        chunks = engine.prepare(_chunked(items, options.chunk_size))
        summary.jobs = engine.jobs
        with reporter:
            reporter.start(summary.resumed)
            _start_counting(options, inputs, reporter)
            completed = _drive(engine, chunks, outputs, options, reporter, summary)
    finally:
        engine.close()
        summary.tally = outputs.tally
        summary.seconds = time.monotonic() - started
        if completed:
            summary.outputs = outputs.finish()
        else:
            outputs.abandon()
    summary.interrupted = not completed
    return summary
