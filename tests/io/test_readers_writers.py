"""read_input (paths, stdin, limits) and atomic_writer (all or nothing, umask permissions)."""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from cleaner.errors import InputError, InputTooLargeError
from cleaner.io.formats import OutputFormat, format_record
from cleaner.io.readers import STDIN, read_input, read_stream
from cleaner.io.writers import atomic_writer, current_umask
from cleaner.record import Record


@pytest.fixture
def umask() -> Iterator[None]:
    saved = os.umask(0o022)
    os.umask(saved)
    yield
    os.umask(saved)


def test_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(b"hello")
    assert read_input(str(path), 100) == b"hello"


def test_reads_stdin_from_a_stream() -> None:
    assert read_input(STDIN, 100, stdin=io.BytesIO(b"piped")) == b"piped"


def test_missing_file() -> None:
    with pytest.raises(InputError, match="no such file"):
        read_input("/nonexistent/page.html", 100)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_input(str(tmp_path), 100)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(b"x")
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_input(str(path), 100)


def test_too_large_file_and_stream(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 101)
    with pytest.raises(InputTooLargeError):
        read_input(str(path), 100)
    with pytest.raises(InputTooLargeError):
        read_stream(io.BytesIO(b"x" * 101), 100)
    assert read_stream(io.BytesIO(b"x" * 100), 100) == b"x" * 100


def test_too_large_is_an_input_error() -> None:
    assert issubclass(InputTooLargeError, InputError)


def test_atomic_writer_writes(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    with atomic_writer(str(path)) as handle:
        handle.write(b"one\n")
        handle.write(b"two\n")
    assert path.read_bytes() == b"one\ntwo\n"
    assert os.listdir(tmp_path) == ["out.jsonl"]


def test_atomic_writer_leaves_no_partial_file(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    with pytest.raises(RuntimeError), atomic_writer(str(path)) as handle:
        handle.write(b"half a reco")
        raise RuntimeError("boom")
    assert os.listdir(tmp_path) == []


def test_atomic_writer_keeps_the_old_file_on_failure(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(b"old contents\n")
    with pytest.raises(KeyboardInterrupt), atomic_writer(str(path)) as handle:
        handle.write(b"new")
        raise KeyboardInterrupt
    assert path.read_bytes() == b"old contents\n"
    assert os.listdir(tmp_path) == ["out.jsonl"]


def test_atomic_writer_replaces_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(b"old\n")
    with atomic_writer(str(path)) as handle:
        handle.write(b"new\n")
    assert path.read_bytes() == b"new\n"


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_atomic_writer_permissions_follow_umask(
    tmp_path: Path, umask: None, mask: int, mode: int
) -> None:
    os.umask(mask)
    assert current_umask() == mask
    path = tmp_path / "out.json"
    with atomic_writer(str(path)) as handle:
        handle.write(b"{}\n")
    assert stat.S_IMODE(path.stat().st_mode) == mode


def test_atomic_writer_relative_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with atomic_writer("out.txt") as handle:
        handle.write(b"x")
    assert (tmp_path / "out.txt").read_bytes() == b"x"


def test_atomic_writer_into_a_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(OSError), atomic_writer(str(tmp_path / "no" / "out.txt")) as handle:
        handle.write(b"x")


RECORD = Record(
    source="page.txt",
    title="Council approves bridge",
    summary="A short dek.",
    authors=("Jane Doe", "John Smith"),
    published="2023-10-05",
    body="First paragraph.\n\nA sub-heading\n\nAn item",
    kinds=("paragraph", "heading", "list_item"),
)


def test_format_json_and_jsonl() -> None:
    pretty = format_record(RECORD, OutputFormat.JSON)
    line = format_record(RECORD, OutputFormat.JSONL)
    assert pretty.endswith(b"\n") and line.endswith(b"\n")
    assert line.count(b"\n") == 1
    assert pretty.count(b"\n") > 5


HEADER = (
    '---\ntitle: "Council approves bridge"\nauthors: ["Jane Doe","John Smith"]\n'
    'date: "2023-10-05"\nsource: "page.txt"\nurl: null\n---\n\n'
)


def test_format_text() -> None:
    assert format_record(RECORD, OutputFormat.TEXT).decode() == (
        HEADER + "First paragraph.\n\nA sub-heading\n\nAn item\n"
    )


def test_format_markdown() -> None:
    assert format_record(RECORD, OutputFormat.MARKDOWN).decode() == (
        HEADER + "# Council approves bridge\n\n*By Jane Doe, John Smith · 2023-10-05*\n\n"
        "> A short dek.\n\nFirst paragraph.\n\n## A sub-heading\n\n- An item\n"
    )
