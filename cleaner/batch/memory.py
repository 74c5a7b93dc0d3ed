"""How much memory this process has used at most, for the batch summary and its workers."""

from __future__ import annotations

import contextlib
import resource

__all__ = ["peak_rss_kb"]


def peak_rss_kb() -> int:
    """This process's peak resident set size in KiB.

    Linux's ``VmHWM`` first: ``ru_maxrss`` survives ``exec``, so a process started by a big
    parent would report the parent's peak as its own.

    >>> peak_rss_kb() > 0
    True
    """
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status", "rb") as status:
        for line in status:
            if line.startswith(b"VmHWM:"):
                return int(line.split()[1])
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # KiB on Linux
