"""The resume journal: which inputs are finished, and how far each output file got.

``OUT.journal`` is JSON Lines. The first line describes the run (output, shard size, errors
file); each further line is one checkpoint, written after the chunk's records and error
entries are on disk::

    {"journal": 1, "output": "/data/out.jsonl.gz", "shard_size": 100000, "errors": null}
    {"output": [0, 81234, 64], "errors": [0, 0, 0], "tally": {...}, "done": ["9f2c…", …]}

``done`` holds a 64-bit digest of each finished input's key (not the key: a million inputs
stay a few megabytes). With ``--dedup``, ``kept`` holds the source and body signature of
each record the chunk wrote, so that a resumed run still knows what it has written. A crash
can only cut the last line short; such a tail is dropped on resume, and the outputs are cut
back to the last whole checkpoint, so the chunk in flight is simply done again.
The journal is deleted when the run completes.

>>> key_digest("/data/p1.html") == key_digest("/data/p1.html")
True
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import orjson

from cleaner.batch.sinks import Position, ResumeError
from cleaner.batch.tally import Tally

__all__ = ["Checkpoint", "Journal", "key_digest"]

_VERSION = 1


def key_digest(key: str) -> int:
    digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest)


@dataclass
class Checkpoint:
    """The state after the last finished chunk."""

    output: Position = field(default_factory=Position)
    errors: Position = field(default_factory=Position)
    tally: Tally = field(default_factory=Tally)


def _position(value: Any) -> Position:
    shard, offset, records = value
    return Position(int(shard), int(offset), int(records))


class Journal:
    """Append-only checkpoints of one run; ``done`` answers "was this input finished?"."""

    def __init__(
        self,
        path: str,
        handle: BinaryIO,
        done: set[int],
        kept: list[tuple[str, bytes]] | None = None,
    ) -> None:
        self.path = path
        self._handle = handle
        self.done = done
        # (source, signature) of the records written so far, when the run deduplicates.
        self.kept = kept if kept is not None else []

    @classmethod
    def create(cls, path: str, header: dict[str, Any]) -> Journal:
        handle = open(path, "wb")  # kept open for the whole run
        header_line = orjson.dumps({"journal": _VERSION, **header})
        handle.write(header_line + b"\n")
        cls._sync(handle)
        return cls(path, handle, set())

    @classmethod
    def resume(cls, path: str, header: dict[str, Any]) -> tuple[Journal, Checkpoint]:
        """Read the journal back; refuse it when it belongs to a different output layout."""
        done: set[int] = set()
        kept: list[tuple[str, bytes]] = []
        checkpoint = Checkpoint()
        handle = open(path, "r+b")  # kept open for the whole run
        good_end = 0
        for number, line in enumerate(handle):
            try:
                entry = orjson.loads(line)
            except orjson.JSONDecodeError:
                break  # a line cut short by the crash: it and anything after it is dropped
            if number == 0:
                cls._check_header(path, entry, header)
            else:
                checkpoint = Checkpoint(
                    _position(entry["output"]),
                    _position(entry["errors"]),
                    Tally.from_dict(entry["tally"]),
                )
                done.update(int(digest, 16) for digest in entry["done"])
                kept.extend((source, bytes.fromhex(sig)) for source, sig in entry.get("kept", ()))
            good_end += len(line)
        if good_end == 0:
            handle.close()
            raise ResumeError(f"cannot resume: {path} is empty or unreadable")
        handle.truncate(good_end)
        handle.seek(good_end)
        return cls(path, handle, done, kept), checkpoint

    @staticmethod
    def _check_header(path: str, entry: Any, header: dict[str, Any]) -> None:
        if not isinstance(entry, dict) or entry.get("journal") != _VERSION:
            raise ResumeError(f"cannot resume: {path} is not a cleaner batch journal")
        for name, value in header.items():
            if entry.get(name) != value:
                raise ResumeError(
                    f"cannot resume: {path} was written with {name}={entry.get(name)!r}, "
                    f"this run has {name}={value!r}"
                )

    @staticmethod
    def _sync(handle: BinaryIO) -> None:
        handle.flush()
        os.fsync(handle.fileno())

    def is_done(self, key: str) -> bool:
        return key_digest(key) in self.done

    def record(
        self,
        keys: Iterable[str],
        checkpoint: Checkpoint,
        kept: Sequence[tuple[str, bytes]] = (),
    ) -> None:
        """Append one checkpoint; the outputs it points into must already be on disk."""
        digests = [f"{key_digest(key):016x}" for key in keys]
        entry: dict[str, Any] = {
            "output": list(_fields(checkpoint.output)),
            "errors": list(_fields(checkpoint.errors)),
            "tally": checkpoint.tally.to_dict(),
            "done": digests,
        }
        if kept:
            entry["kept"] = [[source, signature.hex()] for source, signature in kept]
        self._handle.write(orjson.dumps(entry, option=orjson.OPT_APPEND_NEWLINE))
        self._sync(self._handle)

    def close(self) -> None:
        self._handle.close()

    def remove(self) -> None:
        self.close()
        os.unlink(self.path)


def _fields(position: Position) -> tuple[int, int, int]:
    return position.shard, position.offset, position.records
