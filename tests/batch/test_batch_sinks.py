"""Shards, compression by extension, atomic finalisation, and cutting back to a checkpoint."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
import zstandard

from cleaner.batch.compression import decompress_bounded
from cleaner.batch.journal import Checkpoint, Journal
from cleaner.batch.sinks import Position, ResumeError, ShardLayout, ShardSink
from cleaner.errors import DecodeError, InputTooLargeError


def _lines(count: int, start: int = 0) -> list[bytes]:
    return [b'{"n":%d}\n' % n for n in range(start, start + count)]


def _read(path: Path) -> bytes:
    if path.suffix == ".gz":
        return gzip.decompress(path.read_bytes())
    if path.suffix == ".zst":
        with zstandard.open(path, "rb") as stream:
            return stream.read()
    return path.read_bytes()


@pytest.mark.parametrize("name", ["out.jsonl", "out.jsonl.gz", "out.jsonl.zst"])
def test_shards_roll_over_exactly_and_read_back(tmp_path: Path, name: str) -> None:
    sink = ShardSink(ShardLayout(str(tmp_path / name), shard_size=4))
    sink.start()
    sink.write(_lines(3))
    sink.write(_lines(3, start=3))  # crosses a shard boundary inside one chunk
    assert not (tmp_path / name).exists()
    outputs = sink.finish()
    stem, extension = name.split(".", 1)
    assert [Path(p).name for p in outputs] == [
        f"{stem}-00000.{extension}",
        f"{stem}-00001.{extension}",
    ]
    assert _read(Path(outputs[0])) == b"".join(_lines(4))
    assert _read(Path(outputs[1])) == b"".join(_lines(2, start=4))
    assert not list(tmp_path.glob("*.partial"))


def test_single_output_is_only_visible_when_finished(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    sink = ShardSink(ShardLayout(str(out), shard_size=None))
    sink.start()
    sink.write(_lines(2))
    assert not out.exists() and (tmp_path / "records.jsonl.partial").exists()
    sink.finish()
    assert out.read_bytes() == b"".join(_lines(2))


def test_restore_cuts_back_to_the_checkpoint(tmp_path: Path) -> None:
    layout = ShardLayout(str(tmp_path / "out.jsonl.gz"), shard_size=3)
    sink = ShardSink(layout)
    sink.start()
    sink.write(_lines(2))
    checkpoint = sink.position
    sink.write(_lines(3, start=2))  # rolls shard 0 over: written after the checkpoint
    sink.abandon()
    assert Path(layout.final(0)).exists() and Path(layout.partial(1)).exists()

    resumed = ShardSink(layout)
    resumed.restore(checkpoint)
    resumed.write(_lines(4, start=2))
    outputs = resumed.finish()
    data = b"".join(_read(Path(p)) for p in outputs)
    assert data == b"".join(_lines(6))
    assert [Path(p).name for p in outputs] == ["out-00000.jsonl.gz", "out-00001.jsonl.gz"]


def test_restore_refuses_a_file_shorter_than_the_journal(tmp_path: Path) -> None:
    layout = ShardLayout(str(tmp_path / "out.jsonl"), shard_size=None)
    Path(layout.partial(0)).write_bytes(b"x")
    with pytest.raises(ResumeError):
        ShardSink(layout).restore(Position(0, 100, 3))


def test_finish_removes_stale_shards_of_a_longer_earlier_run(tmp_path: Path) -> None:
    layout = ShardLayout(str(tmp_path / "out.jsonl"), shard_size=2)
    Path(layout.final(5)).write_bytes(b"old\n")
    sink = ShardSink(layout)
    sink.start()
    sink.write(_lines(1))
    assert sink.finish() == [layout.final(0)]
    assert not Path(layout.final(5)).exists()


def test_journal_round_trip_drops_a_torn_tail(tmp_path: Path) -> None:
    path = str(tmp_path / "out.jsonl.journal")
    header = {"output": "/x/out.jsonl", "shard_size": None, "errors": None}
    journal = Journal.create(path, header)
    checkpoint = Checkpoint(Position(0, 10, 1), Position(), Checkpoint().tally)
    checkpoint.tally.cleaned = 1
    journal.record(["/x/a.txt"], checkpoint)
    journal.close()
    with open(path, "ab") as handle:
        handle.write(b'{"output": [0, 99')  # a write cut short by kill -9
    resumed, restored = Journal.resume(path, header)
    assert resumed.is_done("/x/a.txt") and not resumed.is_done("/x/b.txt")
    assert restored.output == Position(0, 10, 1) and restored.tally.cleaned == 1
    resumed.record(["/x/b.txt"], restored)
    resumed.close()
    again, _ = Journal.resume(path, header)
    assert again.is_done("/x/b.txt")


def test_journal_refuses_a_different_layout(tmp_path: Path) -> None:
    path = str(tmp_path / "j")
    Journal.create(path, {"output": "/x/out.jsonl", "shard_size": None, "errors": None}).close()
    with pytest.raises(ResumeError, match="shard_size"):
        Journal.resume(path, {"output": "/x/out.jsonl", "shard_size": 10, "errors": None})


def test_decompression_is_bounded() -> None:
    bomb = gzip.compress(b"\0" * 100_000)
    with pytest.raises(InputTooLargeError):
        decompress_bounded(bomb, limit=1000)
    with pytest.raises(InputTooLargeError):
        decompress_bounded(zstandard.ZstdCompressor().compress(b"\0" * 100_000), limit=1000)
    with pytest.raises(DecodeError):
        decompress_bounded(gzip.compress(b"hello")[:-6], limit=1000)
    two_members = gzip.compress(b"a") + gzip.compress(b"b")
    assert decompress_bounded(two_members, limit=10) == b"ab"
