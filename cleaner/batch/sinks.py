"""Where records (and error entries) go: one file or numbered shards, plain, ``.gz`` or ``.zst``.

A shard is written as ``NAME.partial`` beside its final name and renamed into place when it
is full or the run ends, so a final name never holds half a file. Every ``write`` appends
whole lines as one gzip member / zstd frame and is flushed to disk before the journal
records it; on resume the partial file is cut back to the journal's offset.

>>> layout = ShardLayout("out/crawl.jsonl.gz", shard_size=100_000)
>>> layout.final(3), layout.partial(3)
('out/crawl-00003.jsonl.gz', 'out/crawl-00003.jsonl.gz.partial')
>>> layout.owns("out/crawl-00012.jsonl.gz.partial"), layout.owns("out/other.jsonl.gz")
(True, False)
>>> ShardLayout("records.jsonl", shard_size=None).final(0)
'records.jsonl'
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from cleaner.batch.compression import compress_block, compression_for, strip_compression_suffix
from cleaner.batch.items import Outcome
from cleaner.errors import CleanerError
from cleaner.io.output_dir import OutputNames
from cleaner.io.writers import atomic_writer

__all__ = ["DirectorySink", "Position", "ResumeError", "ShardLayout", "ShardSink", "StreamSink"]

_PARTIAL = ".partial"
_RECORD_SUFFIXES = (".jsonl", ".ndjson", ".json", ".txt")


class ResumeError(CleanerError):
    """The files on disk do not match the journal, so the run cannot continue safely."""

    kind = "resume"


@dataclass(frozen=True, slots=True)
class Position:
    """How far an output got: the current shard, its size in bytes and its record count."""

    shard: int = 0
    offset: int = 0
    records: int = 0


def _split_name(name: str) -> tuple[str, str]:
    """``crawl.jsonl.gz`` -> (``crawl``, ``.jsonl.gz``): shard numbers go between them."""
    inner = strip_compression_suffix(name)
    compressed = name[len(inner) :]
    for suffix in _RECORD_SUFFIXES:
        if inner.lower().endswith(suffix):
            return inner[: -len(suffix)], inner[-len(suffix) :] + compressed
    return inner, compressed


def _fsync_directory(path: str) -> None:
    # Makes a rename durable; not every platform lets a directory be opened.
    with contextlib.suppress(OSError):
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


class ShardLayout:
    """The file names of one output: a single file, or ``STEM-00000EXT`` shards."""

    def __init__(self, path: str, shard_size: int | None) -> None:
        self.path = path
        self.shard_size = shard_size
        self.directory = os.path.dirname(os.path.abspath(path))
        self._stem, self._extension = _split_name(os.path.basename(path))
        self._pattern = re.compile(
            rf"^{re.escape(self._stem)}-(\d{{5,}}){re.escape(self._extension)}"
            rf"(?:{re.escape(_PARTIAL)})?$"
        )

    def final(self, shard: int) -> str:
        if self.shard_size is None:
            return self.path
        name = f"{self._stem}-{shard:05d}{self._extension}"
        return os.path.join(os.path.dirname(self.path), name)

    def partial(self, shard: int) -> str:
        return self.final(shard) + _PARTIAL

    def owns(self, path: str) -> bool:
        """True for any file this output writes (so an input walk can leave it alone)."""
        if os.path.dirname(os.path.abspath(path)) != self.directory:
            return False
        name = os.path.basename(path)
        if self.shard_size is None:
            return name in (os.path.basename(self.path), os.path.basename(self.path) + _PARTIAL)
        return self._pattern.match(name) is not None

    def existing(self) -> list[tuple[int, str]]:
        """(shard number, path) of every file of this output on disk, final or partial."""
        if self.shard_size is None:
            return [(0, p) for p in (self.path, self.partial(0)) if os.path.lexists(p)]
        found = []
        with contextlib.suppress(FileNotFoundError), os.scandir(self.directory) as entries:
            for entry in entries:
                match = self._pattern.match(entry.name)
                if match:
                    found.append((int(match.group(1)), entry.path))
        return sorted(found)


class ShardSink:
    """Appends records to the current shard, rolls over at ``shard_size``, finalises by rename."""

    def __init__(self, layout: ShardLayout) -> None:
        self.layout = layout
        self._compression = compression_for(layout.path)
        self._handle: BinaryIO | None = None
        self._position = Position()
        self._finished: list[str] = []

    @property
    def position(self) -> Position:
        return self._position

    def start(self) -> None:
        """Begin a fresh output: drop partial files left by an abandoned run, open shard 0."""
        os.makedirs(self.layout.directory, exist_ok=True)
        for _, path in self.layout.existing():
            if path.endswith(_PARTIAL):
                os.unlink(path)
        self._open(0, truncate_to=0)

    def restore(self, position: Position) -> None:
        """Continue from a journal checkpoint: later shards go, the current one is cut back."""
        for shard, path in self.layout.existing():
            if shard > position.shard:
                os.unlink(path)
        partial, final = self.layout.partial(position.shard), self.layout.final(position.shard)
        if not os.path.exists(partial) and os.path.exists(final):
            os.replace(final, partial)  # finalised after the last checkpoint was written
        if not os.path.exists(partial) and position.offset:
            raise ResumeError(f"cannot resume: {partial} is missing")
        if os.path.exists(partial) and os.path.getsize(partial) < position.offset:
            raise ResumeError(f"cannot resume: {partial} is shorter than the journal says")
        self._finished = [self.layout.final(s) for s in range(position.shard)]
        self._open(position.shard, truncate_to=position.offset)
        self._position = position

    def _open(self, shard: int, truncate_to: int) -> None:
        partial = self.layout.partial(shard)
        handle = open(partial, "r+b" if os.path.exists(partial) else "w+b")
        handle.truncate(truncate_to)
        handle.seek(truncate_to)
        self._handle = handle
        self._position = Position(shard, truncate_to, 0)

    def _room(self) -> int | None:
        size = self.layout.shard_size
        return None if size is None else size - self._position.records

    def write(self, lines: Sequence[bytes]) -> None:
        """Append ``lines`` (each ending in a newline) and flush them to disk."""
        assert self._handle is not None, "start() or restore() first"
        pending = list(lines)
        while pending:
            room = self._room()
            if room == 0:
                self._roll()
                continue
            part, pending = (pending, []) if room is None else (pending[:room], pending[room:])
            block = compress_block(b"".join(part), self._compression)
            self._handle.write(block)
            now = self._position
            self._position = Position(now.shard, now.offset + len(block), now.records + len(part))
        self._sync()

    def _sync(self) -> None:
        assert self._handle is not None
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def _finalise_current(self) -> None:
        assert self._handle is not None
        self._sync()
        self._handle.close()
        self._handle = None
        shard = self._position.shard
        os.replace(self.layout.partial(shard), self.layout.final(shard))
        _fsync_directory(self.layout.directory)
        self._finished.append(self.layout.final(shard))

    def _roll(self) -> None:
        self._finalise_current()
        self._open(self._position.shard + 1, truncate_to=0)

    def finish(self) -> list[str]:
        """Finalise the current shard; remove higher-numbered shards a longer earlier run left."""
        self._finalise_current()
        for shard, path in self.layout.existing():
            if shard > self._position.shard:
                os.unlink(path)
        return list(self._finished)

    def abandon(self) -> None:
        """Stop without finalising (interrupted): the partial file stays for ``--resume``."""
        if self._handle is not None:
            self._sync()
            self._handle.close()
            self._handle = None


class StreamSink:
    """Records to an open stream (standard output): no shards, no resume."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream

    @property
    def position(self) -> Position:
        return Position()

    def write(self, lines: Sequence[bytes]) -> None:
        self._stream.write(b"".join(lines))
        self._stream.flush()

    def finish(self) -> list[str]:
        return []

    def abandon(self) -> None:
        with contextlib.suppress(BrokenPipeError):  # the reader went away (`… | head`)
            self._stream.flush()


class DirectorySink:
    """``--output-dir``: each record to a file of its own, under the input's path.

    Each file is written atomically, so a file in DIR is always whole; a chunk's files are
    on disk before the journal records the chunk. A record whose file another input of this
    run has already written, or that cannot be written, comes back as a failed outcome.
    """

    def __init__(self, directory: str, extension: str) -> None:
        self.directory = directory
        self._names = OutputNames(directory, extension)

    @property
    def position(self) -> Position:
        return Position()

    def start(self) -> None:
        os.makedirs(self.directory, exist_ok=True)

    def write_outcomes(self, outcomes: Sequence[Outcome]) -> list[Outcome]:
        """Write every record of ``outcomes``; return them with failures in place of the
        records that could not be written."""
        return [self._write(o) if o.line is not None else o for o in outcomes]

    def _write(self, outcome: Outcome) -> Outcome:
        assert outcome.line is not None
        path, earlier = self._names.claim(outcome.source)
        if earlier is not None:
            message = f"{path} was already written for {earlier}"
            return dataclasses.replace(outcome, line=None, kind="output", error=message)
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with atomic_writer(path) as handle:
                handle.write(outcome.line)
        except OSError as error:
            message = f"cannot write {path} ({error.strerror or error})"
            return dataclasses.replace(outcome, line=None, kind="output", error=message)
        return outcome

    def finish(self) -> list[str]:
        return [self.directory]

    def abandon(self) -> None:
        pass
