"""Run the ``cleaner`` CLI many times cheaply: fork it from a warm interpreter, one run per child.

A fresh ``python -m cleaner`` spends most of a small input's time starting up (the interpreter,
the imports, the first call's lazy set-up: about 0.6 s against 0.01 s of cleaning). A server
process pays that once, then forks one child per run; the child points fds 0, 1 and 2 at the
run's files, calls :func:`cleaner.cli.main` with the arguments and exits with its status.
The server measures the child as :mod:`harness` does: ``wait4`` (peak RSS, which here also
counts the pages shared with the warm server, so it errs high), a wall-clock timeout after
which the child is killed, and the same address-space limit.

>>> with ForkServer() as server:
...     outcome = server.run(["--version"], timeout=60)
>>> outcome.returncode, outcome.stdout.startswith(b"cleaner")
(0, True)
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from harness import ADDRESS_SPACE_LIMIT, Outcome

__all__ = ["ForkServer", "serve"]

_WARM_UP = (
    b"Bridge closes\n\nThe council voted on Monday to close the bridge for good, saying that "
    b"repairs would cost more than a new crossing.\n",
    b"<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1><p>The council "
    b"voted on Monday to close the bridge for good.</p></article></body></html>",
)


def _child(request: dict[str, Any]) -> None:
    """In the forked child: become one ``cleaner ARGS`` run. Never returns."""
    code = 1
    try:
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_LIMIT, ADDRESS_SPACE_LIMIT))
        stdin = os.open(request["stdin"] or os.devnull, os.O_RDONLY)
        stdout = os.open(request["stdout"], os.O_WRONLY)
        stderr = os.open(request["stderr"], os.O_WRONLY)
        for source, target in ((stdin, 0), (stdout, 1), (stderr, 2)):
            os.dup2(source, target)
        # Fresh stream objects: the server's may hold buffered protocol lines.
        sys.stdin = open(0, closefd=False)
        sys.stdout = open(1, "w", closefd=False)
        sys.stderr = open(2, "w", closefd=False)
        from cleaner.cli import main

        try:
            main(list(request["args"]))
            code = 0
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    except BaseException:  # what a real interpreter would do: a traceback and status 1
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:  # a closed pipe must not change the status
                pass
        os._exit(code)


def _wait(pid: int, timeout: float) -> tuple[int, int, bool, float]:
    """(status, peak RSS in bytes, killed, seconds) of child ``pid``; kill it at ``timeout``."""
    started = time.monotonic()
    killed = False
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return status, usage.ru_maxrss * 1024, killed, time.monotonic() - started
        if not killed and time.monotonic() - started >= timeout:
            os.kill(pid, signal.SIGKILL)
            killed = True
        time.sleep(0.005)


def _warm_up() -> None:
    import cleaner
    import cleaner.cli  # imported once here instead of in every child

    for page in _WARM_UP:
        cleaner.clean(page)


def serve(commands: IO[str] = sys.stdin, replies: IO[str] = sys.stdout) -> None:
    """The server loop: one JSON request per line in, one JSON reply per line out."""
    _warm_up()
    replies.write("ready\n")
    replies.flush()
    for line in commands:
        request = json.loads(line)
        replies.flush()
        pid = os.fork()
        if pid == 0:
            _child(request)
        status, peak, killed, seconds = _wait(pid, request["timeout"])
        reply = {"status": status, "peak_rss": peak, "killed": killed, "seconds": seconds}
        replies.write(json.dumps(reply) + "\n")
        replies.flush()


class ForkServer:
    """A warm server process; :meth:`run` is :func:`harness.run_cleaner` without the start-up."""

    def __init__(self) -> None:
        here = str(Path(__file__).resolve().parent)
        root = str(Path(__file__).resolve().parents[2])
        code = f"import sys; sys.path[:0] = [{here!r}, {root!r}]; import forkserver as f; f.serve()"
        self._process = subprocess.Popen(
            [sys.executable, "-c", code],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        if self._process.stdout.readline().strip() != "ready":
            raise RuntimeError("the fork server did not start")

    def run(self, args: list[str], *, timeout: float, stdin: Path | None = None) -> Outcome:
        process = self._process
        assert process.stdin is not None and process.stdout is not None
        with tempfile.NamedTemporaryFile() as out, tempfile.NamedTemporaryFile() as err:
            request = {"args": args, "timeout": timeout, "stdin": str(stdin) if stdin else None,
                       "stdout": out.name, "stderr": err.name}  # fmt: skip
            process.stdin.write(json.dumps(request) + "\n")
            process.stdin.flush()
            reply = json.loads(process.stdout.readline())
            status = reply["status"]
            return Outcome(
                returncode=os.waitstatus_to_exitcode(status),
                stdout=Path(out.name).read_bytes(),
                stderr=Path(err.name).read_bytes().decode("utf-8", errors="replace"),
                peak_rss=reply["peak_rss"],
                seconds=reply["seconds"],
                timed_out=reply["killed"],
            )

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        self._process.wait(timeout=60)

    def __enter__(self) -> ForkServer:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
