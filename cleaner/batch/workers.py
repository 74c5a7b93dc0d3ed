"""A pool of worker processes that clean chunks, and survive the documents that kill workers.

Each worker has its own pipe and takes one chunk at a time (a chunk is many documents, so a
million small files cost thousands of round trips, not a million); a freed worker gets its
next chunk before the parent writes and syncs the finished one. Before each document the
worker writes the item's index and start time into a small shared array, without a message.
That lets the parent

- kill a worker stuck past the time limit plus a grace period (a C call that ignores the
  in-worker alarm), and
- blame the right item when a worker dies (segfault, out-of-memory kill):

the culprit becomes an error entry (``timeout`` or ``worker_died``), the rest of its chunk is
sent again, and a fresh worker takes the slot. Nothing is lost and nothing runs twice into
the output. Per-worker pipes (not a shared queue) mean that a killed worker cannot leave a
lock held. Workers ignore SIGINT: the parent decides how to stop.

Start-up is cheap and sized to the work. :meth:`LocalPool.prepare` looks ahead at most
``jobs`` chunks and starts one worker per chunk it saw, so ``-j 8`` on a one-chunk input
starts one. On Linux, while the parent has no other thread, workers are forked from the
parent (which has imported the pipeline already, and, when several workers will share them,
warms up the parsers and loads the language model first), so a worker costs milliseconds,
not an interpreter start and a second of imports; elsewhere, or once the progress bar's
thread runs (a worker replacing one that died), they are spawned and warm up themselves.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import multiprocessing
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from cleaner.batch.documents import clean_item, warm_up, warm_up_languages
from cleaner.batch.items import Chunk, ChunkResult, Outcome, WorkItem, WorkSettings
from cleaner.batch.memory import peak_rss_kb
from cleaner.errors import CleanerError
from cleaner.timeouts import timeout_message

__all__ = ["LocalPool", "WorkerStartupError"]

_POLL_SECONDS = 0.25
_STARTUP_FAILURES_ALLOWED = 3
_INDEX, _STARTED = 0, 1  # slots of the shared status array
# Allocations between young-generation collections (CPython's default is 700). A page makes
# hundreds of thousands of short-lived objects that reference counting frees; collecting
# every 700 of them cost ~2 % of a worker's time and found next to nothing.
_GC_YOUNG_THRESHOLD = 10_000


class WorkerStartupError(CleanerError):
    """Worker processes die before they clean anything (a broken installation)."""

    kind = "internal"


_CleanFunction = Callable[[WorkItem, WorkSettings], Outcome]


def warm_parent(workers: int) -> None:
    """What the parent loads before it forks ``workers`` workers, which then share it.

    Nothing for one worker: its first page pays for what it needs, as in ``cleaner clean``
    (warming up would load the HTML path for a run of text dumps, say), so a one-file batch
    costs what ``clean`` costs.
    """
    if workers > 1:
        warm_up()
        warm_up_languages()


def _forked_prepare() -> None:
    """A forked worker has what the parent loaded: nothing to prepare."""


def _can_fork() -> bool:
    """Fork only where it is safe: on Linux (macOS frameworks break after fork), from a
    process with no other thread (a thread holding a lock at the fork would leave it held in
    the child forever)."""
    return (
        sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


def _worker_main(
    conn: Connection,
    settings: WorkSettings,
    status: Any,
    name: str,
    clean: _CleanFunction,
    prepare: Callable[[], None],
    inherited: Sequence[Connection] = (),
) -> None:
    # A forked worker holds copies of the parent's ends of every pipe made so far; closed,
    # so that the parent's death shows as end-of-file here (and in the other workers).
    for other in inherited:
        other.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked child has the parent's handler
    prepare()
    _settle_garbage_collector()
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if chunk is None:
            return
        outcomes = []
        for index, item in enumerate(chunk.items):
            status[_INDEX] = index
            status[_STARTED] = time.monotonic()
            outcomes.append(clean(item, settings))
        status[_STARTED] = 0.0
        try:
            conn.send(ChunkResult(chunk.seq, tuple(outcomes), peak_rss_kb(), name))
        except (BrokenPipeError, OSError):
            return


def _settle_garbage_collector() -> None:
    """Tune the collector for a long-lived worker, once its modules and models are loaded.

    What is alive now lives as long as the worker: frozen, full collections stop walking it.
    """
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(_GC_YOUNG_THRESHOLD, middle, old)


@dataclass(eq=False)
class _Slot:
    number: int
    process: BaseProcess
    conn: Connection
    status: Any  # RawArray("d", 2): index of the current item, its start (monotonic) or 0
    chunk: Chunk | None = None
    deadline_passed: bool = False
    generation: int = 0


def _describe_exit(code: int | None) -> str:
    if code is not None and code < 0:
        with contextlib.suppress(ValueError):
            return f"killed by {signal.Signals(-code).name}"
    return f"exit status {code}"


class LocalPool:
    """Up to ``jobs`` worker processes on this machine.

    ``prepare(chunks)`` starts the workers the work needs; ``results(chunks)`` then yields
    each chunk's :class:`ChunkResult` as it completes, and ``None`` about every quarter
    second while nothing completes (so the caller can update progress and notice Ctrl-C).
    Closing the generator, or :meth:`close`, stops the workers.
    """

    def __init__(
        self,
        settings: WorkSettings,
        jobs: int,
        clean: _CleanFunction = clean_item,
        prepare: Callable[[], None] = warm_up,
        parent_prepare: Callable[[int], None] = warm_parent,
    ) -> None:
        self._settings = settings
        # The per-document function, what a spawned worker runs first, and what the parent
        # runs before forking (given the number of workers); tests pass their own.
        self._clean, self._prepare, self._parent_prepare = clean, prepare, parent_prepare
        self._max_jobs = max(1, jobs)
        self._jobs = self._max_jobs
        limit = settings.time_limit
        self._hard_limit = limit + max(2.0, limit / 2) if limit > 0 else None
        self._startup_failures = 0
        self._slots: list[_Slot] | None = None

    @property
    def jobs(self) -> int:
        """Workers started (after :meth:`prepare`), at most the ``jobs`` asked for."""
        return self._jobs

    def prepare(self, chunks: Iterator[Chunk]) -> Iterator[Chunk]:
        """Start one worker per chunk among the first ``jobs`` (none for no work); return the
        chunks, those looked at included."""
        ahead = list(itertools.islice(chunks, self._max_jobs))
        self._jobs = len(ahead)
        if ahead and _can_fork():
            self._parent_prepare(self._jobs)
            # What exists now lives as long as the run; frozen, the children's collections
            # never touch it, so its memory stays shared with the parent instead of copied.
            gc.collect()
            gc.freeze()
        self._slots = []
        for number in range(self._jobs):
            self._slots.append(self._start(number))
        return itertools.chain(ahead, chunks)

    def _start(self, number: int, generation: int = 0) -> _Slot:
        context: Any = multiprocessing.get_context("fork" if _can_fork() else "spawn")
        parent_end, child_end = context.Pipe(duplex=True)
        status = context.RawArray("d", 2)
        status[_INDEX] = -1
        name = f"worker-{number}.{generation}"
        inherited = [parent_end, *(slot.conn for slot in self._slots or ())]
        forked = context.get_start_method() == "fork"
        prepare = _forked_prepare if forked else self._prepare
        process = context.Process(
            target=_worker_main,
            args=(child_end, self._settings, status, name, self._clean, prepare),
            kwargs={"inherited": inherited} if forked else {},
            name=name,
            daemon=True,
        )
        process.start()
        child_end.close()
        return _Slot(number, process, parent_end, status, generation=generation)

    def results(self, chunks: Iterator[Chunk]) -> Generator[ChunkResult | None, None, None]:
        if self._slots is None:
            chunks = self.prepare(chunks)
        assert self._slots is not None
        slots = self._slots
        if not slots:
            return  # no work
        retry: deque[Chunk] = deque()
        try:
            exhausted = False
            while True:
                exhausted = self._dispatch(slots, chunks, retry, exhausted)
                if exhausted and not retry and all(s.chunk is None for s in slots):
                    return
                finished = list(self._collect(slots, retry))
                # Freed workers get their next chunk before the caller writes and syncs
                # these results, so no worker waits on the disk.
                exhausted = self._dispatch(slots, chunks, retry, exhausted)
                yield from finished
        finally:
            self.close()

    def close(self) -> None:
        """Stop the workers (idempotent)."""
        if self._slots:
            self._stop(self._slots)
        self._slots = []

    def _dispatch(
        self, slots: list[_Slot], chunks: Iterator[Chunk], retry: deque[Chunk], exhausted: bool
    ) -> bool:
        for slot in slots:
            if slot.chunk is not None or not slot.process.is_alive():
                continue
            chunk = retry.popleft() if retry else None
            if chunk is None and not exhausted:
                chunk = next(chunks, None)
                exhausted = chunk is None
            if chunk is None:
                break
            slot.status[_INDEX], slot.status[_STARTED] = -1, 0.0
            slot.chunk, slot.deadline_passed = chunk, False
            with contextlib.suppress(BrokenPipeError, OSError):  # a dead worker: seen in _collect
                slot.conn.send(Chunk(chunk.seq, chunk.items))
        return exhausted

    def _collect(self, slots: list[_Slot], retry: deque[Chunk]) -> Iterator[ChunkResult | None]:
        watched: list[Any] = [s.conn for s in slots if s.chunk is not None]
        ready = set(wait(watched + [s.process.sentinel for s in slots], timeout=_POLL_SECONDS))
        produced = False
        for slot in slots:
            chunk = slot.chunk
            if chunk is not None and slot.conn in ready:
                try:
                    result: ChunkResult = slot.conn.recv()
                except (EOFError, OSError):
                    pass  # died mid-chunk; handled just below
                else:
                    slot.chunk = None
                    self._startup_failures = 0
                    produced = True
                    yield ChunkResult(
                        chunk.seq,
                        chunk.carried + result.outcomes,
                        result.peak_rss_kb,
                        result.worker,
                    )
                    continue
            if chunk is not None and self._is_overdue(slot):
                slot.deadline_passed = True
                slot.process.kill()
                slot.process.join()
            if not slot.process.is_alive():
                settled = self._replace(slot, slots, retry)
                if settled is not None:
                    produced = True
                    yield settled
        if not produced:
            yield None

    def _is_overdue(self, slot: _Slot) -> bool:
        started = slot.status[_STARTED]
        return bool(self._hard_limit and started and time.monotonic() - started > self._hard_limit)

    def _replace(self, slot: _Slot, slots: list[_Slot], retry: deque[Chunk]) -> ChunkResult | None:
        """A worker died: settle its current item, requeue the rest, start a fresh worker."""
        slot.process.join()
        why = _describe_exit(slot.process.exitcode)
        chunk, index = slot.chunk, int(slot.status[_INDEX])
        slot.conn.close()
        fresh = self._start(slot.number, slot.generation + 1)
        slots[slots.index(slot)] = fresh
        if chunk is None or index < 0:
            self._startup_failures += 1
            if self._startup_failures > _STARTUP_FAILURES_ALLOWED:
                raise WorkerStartupError(f"worker processes keep dying before they start ({why})")
            if chunk is not None:
                retry.appendleft(chunk)
            return None
        culprit = chunk.items[index]
        if slot.deadline_passed:
            limit = self._settings.time_limit
            settled = Outcome.failure(culprit, "timeout", timeout_message(limit))
        else:
            settled = Outcome.failure(culprit, "worker_died", f"worker process died ({why})")
        rest = chunk.items[:index] + chunk.items[index + 1 :]
        carried = (*chunk.carried, settled)
        if not rest:
            return ChunkResult(chunk.seq, carried)
        retry.appendleft(Chunk(chunk.seq, rest, carried))
        return None

    def _stop(self, slots: list[_Slot]) -> None:
        for slot in slots:
            if slot.chunk is None:
                with contextlib.suppress(BrokenPipeError, OSError):
                    slot.conn.send(None)
            else:
                slot.process.terminate()  # interrupted mid-chunk: its work is redone on resume
        for slot in slots:
            slot.process.join(timeout=2)
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join()
            slot.conn.close()
