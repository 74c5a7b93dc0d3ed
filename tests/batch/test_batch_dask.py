"""--engine dask on a LocalCluster bound to 127.0.0.1: the same records and errors as local."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.cli.batch import batch_command
from cleaner.errors import ExitCode

distributed = pytest.importorskip("distributed")
pytest.importorskip("dask.bag")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """An in-process cluster (threads, no worker processes): quick to start, like a real one."""
    cluster = distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=False,
        protocol="tcp",
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
    )
    try:
        yield str(cluster.scheduler_address)
    finally:
        cluster.close()


def _run(tmp_path: Path, name: str, *args: str) -> tuple[int, list[str], list[str]]:
    out, errors = tmp_path / f"{name}.jsonl", tmp_path / f"{name}-errors.jsonl"
    result = CliRunner().invoke(
        batch_command,
        [
            str(tmp_path / "in"),
            "-o",
            str(out),
            "--errors",
            str(errors),
            "--chunk-size",
            "2",
            "-q",
            *args,
        ],
    )
    assert "Traceback" not in result.stderr, result.stderr
    records = sorted(out.read_text().splitlines())
    failures = sorted(json.loads(line)["source"] for line in errors.read_text().splitlines())
    return result.exit_code, records, failures


def test_dask_engine_matches_the_local_engine(
    tmp_path: Path, scheduler: str, write_docs: Callable[..., list[Path]]
) -> None:
    write_docs(tmp_path / "in", 7, gzipped_every=3)
    (tmp_path / "in" / "broken.html").write_bytes(bytes(range(256)) * 4)
    on_dask = _run(tmp_path, "dask", "--engine", "dask", "--scheduler", scheduler)
    local = _run(tmp_path, "local", "-j", "1")
    assert on_dask == local
    assert on_dask[0] == ExitCode.FAILED and len(on_dask[1]) == 7


def test_dask_engine_starts_its_own_local_cluster(
    tmp_path: Path, write_docs: Callable[..., list[Path]]
) -> None:
    write_docs(tmp_path / "in", 2)
    code, records, failures = _run(tmp_path, "own", "--engine", "dask", "-j", "1")
    assert (code, len(records), failures) == (ExitCode.OK, 2, [])
