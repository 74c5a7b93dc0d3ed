"""The values that travel between the batch parts: work items, chunks and their outcomes.

Everything here is a small frozen dataclass that pickles cheaply: chunks go to worker
processes (or Dask workers) and results come back.

>>> item = WorkItem(key="/data/p1.txt", source="data/p1.txt", path="data/p1.txt")
>>> chunk = Chunk(seq=0, items=(item,))
>>> chunk.keys
('/data/p1.txt',)
>>> Outcome.failure(item, "input", "no such file").to_error_json()
b'{"source":"data/p1.txt","error":"no such file","kind":"input"}\\n'
"""

from __future__ import annotations

from dataclasses import dataclass, field

import orjson

from cleaner.config import CleanerConfig
from cleaner.io.formats import OutputFormat
from cleaner.io.names import printable
from cleaner.record import RecordOptions
from cleaner.timeouts import DEFAULT_TIME_LIMIT

__all__ = ["DROPPED_KINDS", "Chunk", "ChunkResult", "Outcome", "WorkItem", "WorkSettings"]

# Outcome kinds that are not failures: a filter asked for (--target-language, --dedup) left
# the page out. They are written to --errors like failures, but counted apart and exit 0.
DROPPED_KINDS = frozenset({"language", "duplicate"})


@dataclass(frozen=True, slots=True)
class WorkItem:
    """One document to clean: a file the worker reads, or bytes already read from an archive.

    ``key`` is the input's identity in the resume journal (absolute path, plus ``#<offset>``
    for a WARC record or ``#L<line>`` for a JSONL line); ``source`` is what the record shows.
    ``failure`` is set for an input already known to fail (``(kind, message)``), so that it
    still ends as an error entry through the same path as every other input.
    """

    key: str
    source: str
    path: str | None = None
    data: bytes | str | None = None
    url: str | None = None
    fetched: str | None = None  # capture date, ISO 8601 (WARC-Date; JSONL fetched, timestamp)
    failure: tuple[str, str] | None = None

    def __post_init__(self) -> None:
        # A file name that is not UTF-8 reaches us with surrogate escapes; records, error
        # entries and the journal are UTF-8, so show those bytes as \xNN instead. ``path``
        # keeps the escapes: it is what opens the file.
        for name in ("key", "source"):
            value = getattr(self, name)
            shown = printable(value)
            if shown != value:
                object.__setattr__(self, name, shown)


@dataclass(frozen=True, slots=True)
class Chunk:
    """Items sent to a worker in one message; ``seq`` orders chunks for ``--ordered``.

    ``carried`` holds outcomes already settled for items removed from a retried chunk
    (the item that killed a worker), so that they are written with the rest of the chunk.
    """

    seq: int
    items: tuple[WorkItem, ...]
    carried: tuple[Outcome, ...] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(item.key for item in self.items) + tuple(o.key for o in self.carried)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one item: a record's JSON line, or an error (``kind``, ``error``)."""

    key: str
    source: str
    line: bytes | None = None
    is_empty: bool = False
    kind: str | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()
    # The body's near-duplicate signature, when --dedup asked for it (see batch.dedup).
    signature: bytes | None = None

    @classmethod
    def failure(cls, item: WorkItem, kind: str, error: str) -> Outcome:
        return cls(key=item.key, source=item.source, kind=kind, error=error)

    @property
    def is_dropped(self) -> bool:
        """Left out by a filter the user asked for; not a failure."""
        return self.line is None and self.kind in DROPPED_KINDS

    def to_error_json(self) -> bytes:
        """The ``--errors`` line: ``{"source", "error", "kind"}``."""
        entry = {"source": self.source, "error": self.error, "kind": self.kind}
        return orjson.dumps(entry, option=orjson.OPT_APPEND_NEWLINE)


@dataclass(frozen=True, slots=True)
class ChunkResult:
    """The outcomes of one chunk, in item order, and the worker's peak memory so far."""

    seq: int
    outcomes: tuple[Outcome, ...]
    peak_rss_kb: int = 0
    worker: str = ""


@dataclass(frozen=True, slots=True)
class WorkSettings:
    """What a worker needs besides the items: how to clean, what to make of each record."""

    config: CleanerConfig
    time_limit: float = DEFAULT_TIME_LIMIT  # seconds per document; 0 means no limit
    options: RecordOptions = field(default_factory=RecordOptions)
    output_format: OutputFormat = OutputFormat.JSONL  # of each Outcome.line
    languages: frozenset[str] = frozenset()  # --target-language; empty: every language
    dedup: bool = False  # compute each body's signature for --dedup
