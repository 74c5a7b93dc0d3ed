"""Run ``python -m cleaner`` in a child process and measure what it cost.

Used by the bad-input tests and by ``bench/robustness.py``. Peak RSS comes from ``wait4`` on
that one child (``ru_maxrss``), so every run is measured on its own; a run that goes past its
timeout is killed and reported as such, and an address-space limit keeps a runaway child from
taking the machine down with it. ``obey_permissions`` makes a child started by root fail on
unreadable files as any user would, so permission tests also run in root containers.

>>> outcome = run_cleaner(["--version"], timeout=60)
>>> outcome.returncode, outcome.stdout.startswith(b"cleaner")
(0, True)
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "ADDRESS_SPACE_LIMIT",
    "Outcome",
    "batch_prefix",
    "can_obey_file_permissions",
    "error_lines",
    "run_cleaner",
    "run_python",
]

# A safety net, not the bar (the tests assert peak RSS < 1 GB): virtual memory is far larger
# than resident memory, so this is set well above it.
ADDRESS_SPACE_LIMIT = 6 * 1024**3


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one run of the CLI did."""

    returncode: int
    stdout: bytes
    stderr: str
    peak_rss: int  # bytes
    seconds: float
    timed_out: bool


def error_lines(stderr: str) -> list[str]:
    """The ``cleaner: error:`` lines of ``stderr``.

    >>> error_lines("cleaner: warning: a\\ncleaner: error: b: bad\\n")
    ['cleaner: error: b: bad']
    """
    return [line for line in stderr.splitlines() if line.startswith("cleaner: error:")]


_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE = 1
_CAP_DAC_READ_SEARCH = 2


def _obey_file_permissions() -> None:
    """Make a root child subject to file modes, as any user is (a file of mode 000 fails).

    Root reads anything through two capabilities; dropping them from the bounding set before
    ``exec`` removes them from the new program, which keeps uid 0 and so can still run the
    interpreter wherever it lives.
    """
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "cannot drop a capability")


def can_obey_file_permissions() -> bool:
    """True when a child can be made to fail on a file of mode 000 (not root, or root on Linux)."""
    if os.geteuid() != 0:
        return True
    with tempfile.NamedTemporaryFile() as probe:
        os.chmod(probe.name, 0)
        code = f"open({probe.name!r}, 'rb')"
        outcome = run_python(["-c", code], timeout=60, obey_permissions=True)
    return outcome.returncode == 1 and "PermissionError" in outcome.stderr


def _limits(umask: int | None, obey_permissions: bool) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_LIMIT, ADDRESS_SPACE_LIMIT))
        if umask is not None:
            os.umask(umask)
        if obey_permissions and os.geteuid() == 0:
            _obey_file_permissions()

    return apply


def batch_prefix() -> list[str]:
    """How to start ``cleaner batch``: the subcommand once registered, else its module directly."""
    from cleaner.cli import cli

    if "batch" in cli.commands:
        return ["-m", "cleaner", "batch"]
    launcher = (
        "from cleaner.cli.batch import batch_command; batch_command(prog_name='cleaner batch')"
    )
    return ["-c", launcher]


def run_cleaner(
    args: Sequence[str | bytes],
    *,
    timeout: float,
    stdin: Path | None = None,
    cwd: Path | None = None,
    obey_permissions: bool = False,
    umask: int | None = None,
) -> Outcome:
    """Run ``python -m cleaner ARGS``; kill it after ``timeout`` seconds."""
    return run_python(
        ["-m", "cleaner", *args],
        timeout=timeout,
        stdin=stdin,
        cwd=cwd,
        obey_permissions=obey_permissions,
        umask=umask,
    )


def run_python(
    args: Sequence[str | bytes],
    *,
    timeout: float,
    stdin: Path | None = None,
    cwd: Path | None = None,
    obey_permissions: bool = False,
    umask: int | None = None,
) -> Outcome:
    """Run ``python ARGS`` with this checkout first on the path; kill it after ``timeout``."""
    command: list[str | bytes] = [sys.executable, *args]
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        open(stdin or os.devnull, "rb") as source,
    ):
        started = time.monotonic()
        process = subprocess.Popen(
            command,
            stdin=source,
            stdout=out,
            stderr=err,
            cwd=cwd,
            env=environment,
            preexec_fn=_limits(umask, obey_permissions),  # the child is single-threaded at fork
        )
        killer = threading.Timer(timeout, process.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
        seconds = time.monotonic() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Outcome(
            returncode=process.returncode,
            stdout=out.read(),
            stderr=err.read().decode("utf-8", errors="replace"),
            peak_rss=usage.ru_maxrss * 1024,  # Linux reports kilobytes
            seconds=seconds,
            timed_out=seconds >= timeout and process.returncode < 0,
        )
