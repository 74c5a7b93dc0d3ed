"""``--engine dask``: the same chunks and per-document function, scheduled by Dask.

Chunks are taken from the input stream a window at a time, and each window becomes a
``dask.bag`` with one partition per chunk, mapped with :func:`clean_chunk`: the function the
process pool runs. Results come back to this process, which writes the same shards and
journal, so resume works the same way. With ``--scheduler ADDR`` the work goes to an
existing cluster (every worker needs ``cleaner`` installed); without it a ``LocalCluster``
listening on 127.0.0.1 only is started for the run.

Files are read here and their bytes travel with the tasks, so workers on other machines need
no access to this file system (archives and JSONL files are read here in any case).

A chunk whose task fails (a worker was lost, Dask gave up with ``KilledWorker``) is split
into one-document tasks, so only the documents that really fail become error entries.
"""

from __future__ import annotations

import contextlib
import importlib
import itertools
import logging
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from cleaner.batch.documents import clean_chunk, embed_file
from cleaner.batch.items import Chunk, ChunkResult, Outcome, WorkSettings
from cleaner.errors import CleanerError

__all__ = ["DaskEngine", "SchedulerError"]

_POLL_SECONDS = 0.1


def _module(name: str) -> Any:
    # Dask ships no type information; an Any-typed handle keeps mypy --strict quiet about it.
    return importlib.import_module(name)


class SchedulerError(CleanerError):
    """The Dask scheduler given with ``--scheduler`` cannot be reached."""

    kind = "scheduler"


@dataclass
class _Split:
    """A failed chunk re-run document by document; complete when every part has reported."""

    chunk: Chunk
    outcomes: dict[int, Outcome] = field(default_factory=dict)
    peak_rss_kb: int = 0


class DaskEngine:
    """Runs chunks on a Dask cluster; ``results`` behaves like :meth:`LocalPool.results`."""

    def __init__(self, settings: WorkSettings, jobs: int, scheduler: str | None) -> None:
        self._settings = settings
        self._jobs = max(1, jobs)
        self._scheduler = scheduler
        self._splits: dict[int, _Split] = {}

    @property
    def jobs(self) -> int:
        """Worker processes of the local cluster (after :meth:`prepare`)."""
        return self._jobs

    def prepare(self, chunks: Iterator[Chunk]) -> Iterator[Chunk]:
        """Size the local cluster to the work: no more workers than chunks among the first
        ``jobs``. An existing cluster (``--scheduler``) is used as it is."""
        ahead = list(islice(chunks, self._jobs))
        if self._scheduler is None:
            self._jobs = max(1, len(ahead))
        return itertools.chain(ahead, chunks)

    def close(self) -> None:
        """Nothing to stop: the cluster lives and dies inside :meth:`results`."""

    @contextlib.contextmanager
    def _client(self) -> Iterator[Any]:
        distributed = _module("distributed")
        if self._scheduler:
            try:
                client = distributed.Client(self._scheduler, set_as_default=False, timeout="20s")
            except (OSError, TimeoutError) as error:
                raise SchedulerError(
                    f"cannot reach the Dask scheduler at {self._scheduler} ({error})"
                ) from None
            with client:
                yield client
            return
        cluster = distributed.LocalCluster(
            n_workers=self._jobs,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",  # loopback only, any free port
            silence_logs=logging.ERROR,
        )
        with cluster, distributed.Client(cluster, set_as_default=False) as client:
            yield client

    def results(self, chunks: Iterator[Chunk]) -> Generator[ChunkResult | None, None, None]:
        with self._client() as client:
            # Enough chunks in flight to keep every worker thread busy, few enough that the
            # inputs are streamed rather than loaded.
            window = 2 * max(1, sum(client.nthreads().values()))
            pending = _module("distributed").as_completed(loop=client.loop)
            flight: dict[Any, tuple[Chunk, int | None]] = {}
            exhausted = False
            while True:
                if not exhausted and len(flight) < window:
                    batch = list(islice(chunks, window - len(flight)))
                    exhausted = not batch
                    for future, chunk in self._submit(client, batch):
                        flight[future] = (chunk, None)
                        pending.add(future)
                if not flight:
                    return
                ready = pending.next_batch(block=False) if pending.has_ready() else []
                if not ready:
                    time.sleep(_POLL_SECONDS)
                    yield None
                for future in ready:
                    chunk, part = flight.pop(future)
                    settled = self._settle(client, future, chunk, part, flight, pending)
                    if settled is not None:
                        yield settled

    def _submit(self, client: Any, batch: list[Chunk]) -> list[tuple[Any, Chunk]]:
        if not batch:
            return []
        bags = _module("dask.bag")
        # One partition per chunk; the carried outcomes stay here, only items travel.
        limit = self._settings.config.max_input_bytes
        bare = [Chunk(c.seq, tuple(embed_file(i, limit) for i in c.items)) for c in batch]
        bag = bags.from_sequence(bare, npartitions=len(bare)).map(clean_chunk, self._settings)
        futures = client.compute(bag.to_delayed())
        return list(zip(futures, batch, strict=True))

    def _settle(
        self,
        client: Any,
        future: Any,
        chunk: Chunk,
        part: int | None,
        flight: dict[Any, tuple[Chunk, int | None]],
        pending: Any,
    ) -> ChunkResult | None:
        if part is not None:
            return self._settle_part(future, chunk, part)
        if future.status == "finished":
            (result,) = future.result()
            return ChunkResult(
                chunk.seq, chunk.carried + result.outcomes, result.peak_rss_kb, result.worker
            )
        self._splits[chunk.seq] = _Split(chunk)
        for index, item in enumerate(chunk.items):
            (single,) = self._submit(client, [Chunk(chunk.seq, (item,))])
            flight[single[0]] = (chunk, index)
            pending.add(single[0])
        return None

    def _settle_part(self, future: Any, chunk: Chunk, index: int) -> ChunkResult | None:
        split = self._splits[chunk.seq]
        if future.status == "finished":
            (result,) = future.result()
            split.outcomes[index] = result.outcomes[0]
            split.peak_rss_kb = max(split.peak_rss_kb, result.peak_rss_kb)
        else:
            why = f"{type(future.exception()).__name__}: {future.exception()}"
            failure = Outcome.failure(chunk.items[index], "worker_died", f"task failed ({why})")
            split.outcomes[index] = failure
        if len(split.outcomes) < len(chunk.items):
            return None
        del self._splits[chunk.seq]
        ordered = tuple(split.outcomes[i] for i in range(len(chunk.items)))
        return ChunkResult(chunk.seq, chunk.carried + ordered, split.peak_rss_kb, "dask")
