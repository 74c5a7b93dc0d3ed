"""A per-document time limit for ``cleaner clean`` and every ``cleaner batch`` engine.

In the main thread (``cleaner clean``, a batch worker process) a ``SIGALRM`` timer raises
:class:`DocumentTimeout`; in any other thread (Dask runs tasks in threads) a timer thread
injects the exception with ``PyThreadState_SetAsyncExc``. Both interrupt Python code only: a
C call that never returns (a pathological regex, say) is caught by the batch process pool's
hard kill, and ``cleaner clean`` has no such backstop.

>>> import time
>>> try:
...     with time_limit(0.05):
...         while True:
...             time.sleep(0.01)
... except DocumentTimeout:
...     print("stopped")
stopped
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import threading
from collections.abc import Iterator
from types import FrameType

__all__ = ["DEFAULT_TIME_LIMIT", "DocumentTimeout", "time_limit", "timeout_message"]

# Seconds per document, for `cleaner clean` and `cleaner batch` alike: far above what a real
# page takes (tens of milliseconds), low enough that a pathological one cannot stall a run.
DEFAULT_TIME_LIMIT = 10.0


class DocumentTimeout(BaseException):
    """The document took longer than the limit.

    A ``BaseException`` on purpose: the pipeline turns an ``Exception`` in a step into a
    warning and carries on, which would swallow the timeout; this must reach the caller.
    """


def timeout_message(seconds: float) -> str:
    """The one-line error of a document that ran out of time.

    >>> timeout_message(10.0)
    'took longer than 10 s'
    """
    return f"took longer than {seconds:g} s"


def _raise_timeout(signum: int, frame: FrameType | None) -> None:
    raise DocumentTimeout


@contextlib.contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    previous = signal.signal(signal.SIGALRM, _raise_timeout)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _set_async_exception(thread_id: int, exception: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exception) if exception else None
    )


@contextlib.contextmanager
def _async_exception(seconds: float) -> Iterator[None]:
    thread_id = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                _set_async_exception(thread_id, DocumentTimeout)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["done"] = True
            if state["fired"]:
                # The exception may still be pending; clear it so it cannot surface later,
                # in code that has nothing to do with this document.
                _set_async_exception(thread_id, None)


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in the calling thread after ``seconds`` (0: no limit)."""
    if seconds <= 0:
        yield
    elif threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds):
            yield
    else:
        with _async_exception(seconds):
            yield
