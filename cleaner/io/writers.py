"""Writing outputs atomically: a reader sees the old file or the whole new one, never half."""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
from collections.abc import Iterator
from typing import BinaryIO

__all__ = ["atomic_writer", "current_umask"]


def current_umask() -> int:
    # os.umask can only be read by setting it; the CLI is single-threaded when it does this.
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_writer(path: str) -> Iterator[BinaryIO]:
    """Write to a temporary file beside ``path`` and rename it into place on success.

    On an exception the temporary file is removed and ``path`` is left as it was.
    """
    directory = os.path.dirname(os.path.abspath(path))
    # Ctrl-C and SIGTERM are held until the cleanup handler below is in place: an interrupt
    # right after mkstemp would otherwise leave the temporary file behind.
    held = _hold_interrupts()
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=directory
        )
    except BaseException:
        _release_interrupts(held)
        raise
    try:
        _release_interrupts(held)  # a held Ctrl-C is raised here, inside the handler's reach
        # mkstemp creates 0600; an output file should get the user's usual permissions.
        os.fchmod(descriptor, 0o666 & ~current_umask())
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _hold_interrupts() -> set[int | signal.Signals] | None:
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})


def _release_interrupts(previous: set[int | signal.Signals] | None) -> None:
    if previous is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
