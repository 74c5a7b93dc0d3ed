"""The process pool: results for every item, and the documents that hang or kill a worker.

The misbehaving per-document functions live at module level; spawned workers import them by
module name (``tests.batch.test_batch_workers``), so the repository root goes on their path.
"""

from __future__ import annotations

import gc
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cleaner.batch.documents import clean_item
from cleaner.batch.items import Chunk, Outcome, WorkItem, WorkSettings
from cleaner.batch.workers import LocalPool
from cleaner.config import CleanerConfig
from cleaner.timeouts import DocumentTimeout, time_limit

SETTINGS = WorkSettings(config=CleanerConfig(), time_limit=0.5)


@pytest.fixture(autouse=True)
def _importable_by_workers(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    # Spawned workers start with this process's sys.path.
    monkeypatch.syspath_prepend(str(request.config.rootpath))


def nothing() -> None:
    pass


def echo(item: WorkItem, settings: WorkSettings) -> Outcome:
    return Outcome(key=item.key, source=item.source, line=item.source.encode() + b"\n")


def die_on_bad(item: WorkItem, settings: WorkSettings) -> Outcome:
    if item.source == "bad":
        os._exit(3)  # a segfault or an out-of-memory kill, as the parent sees it
    return echo(item, settings)


def hang_on_bad(item: WorkItem, settings: WorkSettings) -> Outcome:
    if item.source == "bad":
        # Blocks SIGALRM like a C call that never returns to Python: only the hard kill helps.
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(600)
    return echo(item, settings)


def mark_started(item: WorkItem, settings: WorkSettings) -> Outcome:
    Path(item.key).touch()  # the key names a file: "this item has started"
    return echo(item, settings)


def report_gc(item: WorkItem, settings: WorkSettings) -> Outcome:
    line = f"{gc.get_threshold()[0]} {gc.get_freeze_count()}\n".encode()
    return Outcome(key=item.key, source=item.source, line=line)


def _chunks(sources: list[str], size: int) -> Iterator[Chunk]:
    items = [WorkItem(key=s + str(n), source=s) for n, s in enumerate(sources)]
    for seq, start in enumerate(range(0, len(items), size)):
        yield Chunk(seq, tuple(items[start : start + size]))


def _run(pool: LocalPool, sources: list[str], size: int) -> list[Outcome]:
    outcomes = []
    for result in pool.results(_chunks(sources, size)):
        if result is not None:
            outcomes.extend(result.outcomes)
    return outcomes


def test_every_item_comes_back_once() -> None:
    sources = [f"doc{n}" for n in range(23)]
    outcomes = _run(LocalPool(SETTINGS, 2, clean=echo, prepare=nothing), sources, size=4)
    assert sorted(o.source for o in outcomes) == sorted(sources)


def test_a_freed_worker_gets_its_next_chunk_before_the_caller_writes(tmp_path: Path) -> None:
    # The caller (the runner) writes and fsyncs each result; the worker must not wait for it.
    items = tuple(WorkItem(key=str(tmp_path / f"started-{n}"), source=f"doc{n}") for n in range(2))
    pool = LocalPool(SETTINGS, 1, clean=mark_started, prepare=nothing)
    results = pool.results(iter([Chunk(0, items[:1]), Chunk(1, items[1:])]))
    first = next(r for r in results if r is not None)
    assert first.seq == 0
    # The caller still holds the first result (the generator is suspended), yet the only
    # worker has already started on the second chunk.
    deadline = time.monotonic() + 30
    while not (tmp_path / "started-1").exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert (tmp_path / "started-1").exists()
    assert [r.seq for r in results if r is not None] == [1]


def test_workers_collect_garbage_less_often_and_freeze_what_start_up_loaded() -> None:
    outcomes = _run(LocalPool(SETTINGS, 1, clean=report_gc, prepare=nothing), ["a"], size=1)
    threshold, frozen = map(int, (outcomes[0].line or b"").split())
    assert threshold > gc.get_threshold()[0] and frozen > 0


def test_a_worker_that_dies_costs_one_error_entry_and_nothing_else() -> None:
    sources = ["a", "b", "bad", "c", "d", "bad", "e"]
    outcomes = _run(LocalPool(SETTINGS, 2, clean=die_on_bad, prepare=nothing), sources, size=3)
    failed = [o for o in outcomes if o.line is None]
    assert [o.kind for o in failed] == ["worker_died", "worker_died"]
    assert all("exit status 3" in (o.error or "") for o in failed)
    assert sorted(o.source for o in outcomes if o.line) == ["a", "b", "c", "d", "e"]
    assert sorted(o.key for o in outcomes) == sorted(s + str(n) for n, s in enumerate(sources))


def test_a_worker_stuck_past_the_hard_limit_is_killed() -> None:
    outcomes = _run(
        LocalPool(SETTINGS, 1, clean=hang_on_bad, prepare=nothing), ["a", "bad", "b"], size=3
    )
    assert [(o.source, o.kind) for o in outcomes if o.line is None] == [("bad", "timeout")]
    assert sorted(o.source for o in outcomes if o.line) == ["a", "b"]


def test_clean_item_turns_a_missing_file_into_an_error_outcome() -> None:
    item = WorkItem(key="k", source="missing.txt", path="/nonexistent/missing.txt")
    outcome = clean_item(item, SETTINGS)
    assert (outcome.line, outcome.kind) == (None, "input")


def test_time_limit_in_the_main_thread() -> None:
    with pytest.raises(DocumentTimeout), time_limit(0.05):
        time.sleep(5)


def test_time_limit_in_another_thread_and_no_stray_exception_after() -> None:
    caught: list[str] = []

    def work() -> None:
        try:
            with time_limit(0.05):
                while True:
                    time.sleep(0.001)
        except DocumentTimeout:
            caught.append("timeout")
        with time_limit(0.05):
            pass  # finishes in time: no exception may surface later
        time.sleep(0.2)
        caught.append("after")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert caught == ["timeout", "after"]


def _parent_nothing(workers: int) -> None:
    pass


@pytest.mark.parametrize(
    ("chunks", "jobs", "started"), [(1, 8, 1), (3, 8, 3), (5, 2, 2), (0, 4, 0)]
)
def test_workers_are_sized_to_the_work(chunks: int, jobs: int, started: int) -> None:
    """-j above the number of chunks costs nothing: one worker per chunk among the first -j."""
    pool = LocalPool(SETTINGS, jobs, clean=echo, prepare=nothing, parent_prepare=_parent_nothing)
    sources = [f"s{n}" for n in range(chunks)]
    outcomes = _run(pool, sources, size=1)
    assert pool.jobs == started
    assert sorted(o.source for o in outcomes) == sources


def test_forked_workers_hold_no_copy_of_the_parents_pipe_ends() -> None:
    """Each forked worker closed the parent's ends it inherited, so the parent's death reaches
    every worker as end-of-file (else a worker would wait forever after a kill -9)."""
    pool = LocalPool(SETTINGS, 3, clean=echo, prepare=nothing, parent_prepare=_parent_nothing)
    chunks = pool.prepare(_chunks(["a", "b", "c"], size=1))
    try:
        for slot in pool._slots or ():
            slot.conn.close()  # as a parent killed by SIGKILL would
        for slot in pool._slots or ():
            slot.process.join(timeout=30)
            assert not slot.process.is_alive()
    finally:
        list(chunks)
        pool.close()
