"""Hostile trees through ``cleaner batch`` (issue 6): nothing lost, nothing hangs, no traceback.

What only a batch can meet: a directory symlink loop, a named pipe, unreadable files and
directories, a file that vanishes while the batch runs, names with a newline or bytes that are
not UTF-8, broken JSONL and WARC files, and the whole bad-input corpus in one run. The traps of
a directory tree share one batch run (``tree_run``): a batch costs seconds of start-up. For
every run: each input is a record in the output or one entry in ``--errors`` (and one
``cleaner: error:`` line), exit status 1 when any failed, no traceback, worker and main peak
RSS under 1 GB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from harness import (
    Outcome,
    batch_prefix,
    can_obey_file_permissions,
    error_lines,
    run_python,
)
from make_corpus import ARTICLE_MARKER, CASES, article_html, article_text, make_corpus

pytest.importorskip("cleaner.cli.batch")

MEMORY_BAR_MB = 1000
TIMEOUT = 300.0
# Inputs expected to fail that give a record today (known gaps; strict xfails in test_badinput).
_KNOWN_RECORDS = frozenset({"unicode_whitespace"})


def _batch(arguments: list[str], tmp_path: Path, **options: Any) -> tuple[Outcome, dict[str, Any]]:
    """Run ``cleaner batch`` with -o, --errors and --summary-json in ``tmp_path``."""
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    args = [
        *batch_prefix(),
        *arguments,
        "-o", str(out / "records.jsonl"),
        "--errors", str(out / "errors.jsonl"),
        "--summary-json", str(out / "summary.json"),
    ]  # fmt: skip
    outcome = run_python(args, timeout=TIMEOUT, cwd=tmp_path, **options)
    assert not outcome.timed_out, f"killed after {outcome.seconds:.0f} s"
    assert "Traceback" not in outcome.stderr, outcome.stderr[-3000:]
    summary = json.loads((out / "summary.json").read_text())
    return outcome, summary


def _lines(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_bytes().splitlines()]


def _sources(tmp_path: Path) -> tuple[list[str], list[str]]:
    """(sources of the records, sources of the error entries) of a ``_batch`` run."""
    records = _lines(tmp_path / "out" / "records.jsonl")
    errors = _lines(tmp_path / "out" / "errors.jsonl")
    return [r["source"] for r in records], [e["source"] for e in errors]


def _assert_memory(summary: dict[str, Any]) -> None:
    peak = summary["peak_rss_mb"]
    assert peak["main"] < MEMORY_BAR_MB and peak["worker_max"] < MEMORY_BAR_MB, peak


def _write_good(directory: Path, *names: str) -> list[Path]:
    paths = []
    for index, name in enumerate(names):
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article_html() if index % 2 else article_text())
        paths.append(path)
    return paths


@dataclass(frozen=True)
class TreeRun:
    """One batch over the hostile tree, shared by the tests that read it."""

    outcome: Outcome
    summary: dict[str, Any]
    records: list[str]
    errors: list[str]
    good: list[str]
    locked: list[str]  # unreadable inputs (none when permissions cannot be enforced here)


@pytest.fixture(scope="module")
def tree_run(tmp_path_factory: pytest.TempPathFactory) -> TreeRun:
    """A crawl directory holding every trap at once (a batch costs seconds of start-up).

    Symlink loops, a link to itself, a FIFO, a link to /dev/zero, names with a newline, a tab
    and a carriage return, a failing page whose name holds a newline, and (where permissions
    can be enforced) an unreadable file and an unreadable directory.
    """
    root = tmp_path_factory.mktemp("tree")
    tree = root / "crawl"
    good = _write_good(tree, "a.txt", "sub/b.html", "sub/deeper/c.txt", "two\nlines.txt",
                       "tab\tand\rreturn.html")  # fmt: skip
    (tree / "sub" / "loop").symlink_to("..")
    (tree / "sub" / "deeper" / "up").symlink_to("../..")
    (tree / "self").symlink_to("self")  # ELOOP when followed
    os.mkfifo(tree / "pipe.html")
    (tree / "zero").symlink_to("/dev/zero")
    (tree / "bad\nname.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    locked = []
    if can_obey_file_permissions():
        (tree / "locked").write_text(article_text())
        _write_good(tree / "locked_dir", "inside.txt")
        locked = [tree / "locked", tree / "locked_dir"]
    for path in locked:
        path.chmod(0)
    try:
        outcome, summary = _batch(["crawl", "-j", "1"], root, obey_permissions=True)
    finally:
        for path in locked:
            path.chmod(0o700)
    records, errors = _sources(root)
    return TreeRun(
        outcome, summary, records, errors,
        good=sorted(str(p.relative_to(root)) for p in good),
        locked=sorted(str(p.relative_to(root)) for p in locked),
    )  # fmt: skip


def test_tree_every_regular_file_once(tree_run: TreeRun) -> None:
    """Symlink loops end; each file is cleaned once; FIFO and device are never opened."""
    assert sorted(tree_run.records) == tree_run.good
    assert sorted(tree_run.errors) == sorted(["crawl/bad\nname.html", *tree_run.locked])
    assert tree_run.outcome.returncode == 1
    _assert_memory(tree_run.summary)


def test_tree_one_error_line_per_failure(tree_run: TreeRun) -> None:
    """A failing name with a newline is still one line; each failure is named once."""
    lines = error_lines(tree_run.outcome.stderr)
    named = sorted(line.split(": ")[2] for line in lines)
    assert named == sorted(["crawl/bad name.html", *tree_run.locked])


def test_tree_unreadable_file_and_directory(tree_run: TreeRun) -> None:
    if not tree_run.locked:
        pytest.skip("cannot make a child process obey file permissions here")
    for path in tree_run.locked:
        assert path in tree_run.errors


def test_name_not_utf8(tmp_path: Path) -> None:
    tree = tmp_path / "crawl"
    good = _write_good(tree, "a.txt", "b.html")
    raw = os.fsencode(tree) + b"/caf\xe9-\xff\xfe.txt"
    with open(raw, "w") as handle:
        handle.write(article_text())
    _, summary = _batch(["crawl", "-j", "1"], tmp_path)
    records, errors = _sources(tmp_path)
    for path in good:
        assert str(path.relative_to(tmp_path)) in records
    assert len(records) + len(errors) == 3
    _assert_memory(summary)


def _wait_for_first_record(out: Path, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline and process.poll() is None:
        # Not the journal (it is written first): the records, while partial or when done.
        records = (out / "records.jsonl.partial", out / "records.jsonl")
        if any(path.exists() and path.stat().st_size for path in records):
            return
        time.sleep(0.02)
    pytest.fail("the batch wrote no record")


def test_file_vanishing_mid_batch(tmp_path: Path) -> None:
    """A file listed at the start and deleted before it is read: one error, the rest written."""
    tree = tmp_path / "crawl"
    good = _write_good(tree, *(f"{i:03}.txt" for i in range(120)))
    doomed = tree / "zzz-vanishes.txt"
    doomed.write_text(article_text())
    out = tmp_path / "out"
    out.mkdir()
    args = [*batch_prefix(), "crawl", "-j", "1", "--chunk-size", "1", "--ordered",
            "-o", str(out / "records.jsonl"), "--errors", str(out / "errors.jsonl")]  # fmt: skip
    process = subprocess.Popen(
        [sys.executable, *args], cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        _wait_for_first_record(out, process)
        doomed.unlink()
        _, stderr = process.communicate(timeout=TIMEOUT)
    finally:
        process.kill()
    text = stderr.decode("utf-8", errors="replace")
    assert "Traceback" not in text
    records, errors = _sources(tmp_path)
    if len(records) == len(good) + 1:
        pytest.skip("the batch read every file before the deletion (nothing vanished)")
    assert sorted(records) == sorted(str(p.relative_to(tmp_path)) for p in good)
    assert errors == ["crawl/zzz-vanishes.txt"]
    assert process.returncode == 1


_BROKEN_CONTAINERS = {
    "pages.jsonl": b'{"html": "<p>x</p>"\n\xff\xfe\x00garbage\n[1, 2]\n{}\n',
    "crawl.warc": b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n"
    b"HTTP/1.1 200 OK\r\n\r\n<p>cut",
    "crawl2.warc.gz": b"\x1f\x8b\x08\x00" + bytes(range(256)),
    "pages2.jsonl.gz": b"\x1f\x8b\x08\x00" + bytes(range(200)),
}


def test_broken_containers(tmp_path: Path) -> None:
    """A broken JSONL or WARC file costs its own items only; the good file beside it is written."""
    tree = tmp_path / "crawl"
    good = _write_good(tree, "a.txt")
    for name, content in _BROKEN_CONTAINERS.items():
        (tree / name).write_bytes(content)
    outcome, _ = _batch(["crawl", "-j", "1", "--jsonl"], tmp_path)
    records, errors = _sources(tmp_path)
    assert records == [str(good[0].relative_to(tmp_path))]
    for name in _BROKEN_CONTAINERS:
        assert any(source.startswith(f"crawl/{name}#") for source in errors), name
    assert len(error_lines(outcome.stderr)) == len(errors)
    assert outcome.returncode == 1


def test_whole_corpus_in_one_batch(tmp_path: Path) -> None:
    """Every hostile input, the big ones too, in one batch: each is accounted for exactly once."""
    corpus = tmp_path / "corpus"
    written = make_corpus(corpus, big=True)
    try:
        # --glob '*': every file, whatever its name (a walk takes only pages otherwise).
        args = ["corpus", "-j", "2", "--time-limit", "10", "--glob", "*"]
        outcome, summary = _batch(args, tmp_path)
    finally:
        for case, path in written:
            if case.big:
                path.unlink()
    records, errors = _sources(tmp_path)
    expected = sorted(str(path.relative_to(tmp_path)) for _, path in written)
    assert sorted(records + errors) == expected
    assert len(error_lines(outcome.stderr)) == len(errors)
    for case, path in written:
        source = str(path.relative_to(tmp_path))
        if case.expect == "record":
            assert source in records, case.name
        elif case.expect == "error" and case.name not in _KNOWN_RECORDS:
            assert source in errors, case.name
    output = (tmp_path / "out" / "records.jsonl").read_text(errors="replace")
    for case in CASES:
        for text in case.forbidden:
            assert text not in output, case.name
    body = {r["source"]: r["body"] for r in _lines(tmp_path / "out" / "records.jsonl")}
    assert ARTICLE_MARKER in body["corpus/good.txt"]
    assert outcome.returncode == 1
    _assert_memory(summary)
