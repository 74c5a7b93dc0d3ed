"""kill -9 a real `cleaner batch` mid-run, then --resume: the same records as a clean run.

No duplicates, none missing, and the error entries match too. Nothing here depends on how
fast the machine is: the kill waits for checkpoints to appear in the journal.
"""

from __future__ import annotations

import gzip
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from cleaner.errors import ExitCode

_WAIT_SECONDS = 120


def _batch(*args: str) -> list[str]:
    return [sys.executable, "-m", "cleaner", "batch", *args]


def _lines(paths: list[Path]) -> Counter[bytes]:
    lines: Counter[bytes] = Counter()
    for path in paths:
        lines.update(gzip.decompress(path.read_bytes()).splitlines())
    return lines


def _wait_for_checkpoints(journal: Path, process: subprocess.Popen[bytes], count: int) -> None:
    deadline = time.monotonic() + _WAIT_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        if journal.exists() and journal.read_bytes().count(b"\n") > count:
            return
        time.sleep(0.02)
    raise AssertionError(f"no {count} checkpoints in {journal} (exit {process.poll()})")


def test_resume_after_kill_9_gives_the_same_records(
    tmp_path: Path, write_docs: Callable[..., list[Path]]
) -> None:
    root = tmp_path / "in"
    write_docs(root, 60, gzipped_every=4)
    (root / "zz-broken.html").write_bytes(bytes(range(256)) * 4)
    common = [str(root), "--shard-size", "20", "--chunk-size", "3", "-j", "2", "-q"]

    killed = tmp_path / "killed"
    killed.mkdir()
    out, errors = killed / "out.jsonl.gz", killed / "errors.jsonl"
    process = subprocess.Popen(_batch(*common, "-o", str(out), "--errors", str(errors)))
    _wait_for_checkpoints(killed / "out.jsonl.gz.journal", process, count=8)  # past a shard
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert (killed / "out.jsonl.gz.journal").exists()

    resumed = subprocess.run(
        _batch(*common, "-o", str(out), "--errors", str(errors), "--resume"), check=False
    )
    assert resumed.returncode == ExitCode.FAILED  # the broken file, reported once
    assert not list(killed.glob("*.partial")) and not list(killed.glob("*.journal"))

    clean = tmp_path / "clean"
    clean.mkdir()
    reference = subprocess.run(
        _batch(*common, "-o", str(clean / "out.jsonl.gz"), "--errors", str(clean / "errors.jsonl")),
        check=False,
    )
    assert reference.returncode == ExitCode.FAILED

    resumed_records = _lines(sorted(killed.glob("out-*.jsonl.gz")))
    clean_records = _lines(sorted(clean.glob("out-*.jsonl.gz")))
    assert sum(clean_records.values()) == 60
    assert resumed_records == clean_records  # a multiset: duplicates would show
    assert errors.read_bytes() == (clean / "errors.jsonl").read_bytes()


def test_ctrl_c_exits_130_and_resume_finishes(
    tmp_path: Path, write_docs: Callable[..., list[Path]]
) -> None:
    root = tmp_path / "in"
    write_docs(root, 24)
    out = tmp_path / "out.jsonl.gz"
    common = [str(root), "-o", str(out), "--chunk-size", "2", "-j", "1"]
    process = subprocess.Popen(_batch(*common), stderr=subprocess.PIPE)
    _wait_for_checkpoints(tmp_path / "out.jsonl.gz.journal", process, count=2)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=_WAIT_SECONDS)
    assert process.returncode == ExitCode.INTERRUPTED
    assert b"--resume" in stderr and b"Traceback" not in stderr
    assert not out.exists()  # never half-written: only the .partial file holds records

    resumed = subprocess.run(_batch(*common, "--resume", "-q"), check=False)
    assert resumed.returncode == ExitCode.OK
    records = _lines([out])
    assert len(records) == 24 and set(records.values()) == {1}
