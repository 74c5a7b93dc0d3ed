"""bench/snapshot.py refuses a bench directory with no pages instead of passing silently."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_snapshot_of_an_empty_bench_dir_is_an_error(tmp_path: Path) -> None:
    # A --compare against nothing must not read as "all pages identical".
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "snapshot.py"),
            "--write",
            str(tmp_path / "out"),
            "--bench-dir",
            str(tmp_path / "missing"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode != 0
    assert "no bench pages found under" in done.stderr
    assert not (tmp_path / "out").exists()
