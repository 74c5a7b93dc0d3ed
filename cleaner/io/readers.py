"""Inputs -> bytes: a path, or "-" for standard input, read within a size limit."""

from __future__ import annotations

import os
import sys
from typing import BinaryIO

from cleaner.errors import InputError, InputTooLargeError
from cleaner.io.names import STDIN

__all__ = ["STDIN", "read_input", "read_stream"]


def read_stream(stream: BinaryIO, limit: int) -> bytes:
    """Read at most ``limit`` bytes; raise when there is more (never buffer a huge input)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLargeError(f"input is over the limit of {limit} bytes")
    return data


def read_input(source: str, limit: int, stdin: BinaryIO | None = None) -> bytes:
    """The bytes of ``source`` ("-" is standard input).

    >>> read_input("/nonexistent/page.html", 100)
    Traceback (most recent call last):
    ...
    cleaner.errors.InputError: no such file
    """
    if source == STDIN:
        return read_stream(stdin or sys.stdin.buffer, limit)
    try:
        with open(source, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise InputTooLargeError(f"{size} bytes is over the limit of {limit} bytes")
            if size > 0:
                # Ask for the size the file has: a read of ``limit`` bytes allocates that much
                # for every small page. One byte more tells whether it grew meanwhile.
                data = handle.read(size + 1)
                if len(data) <= size:
                    return data
                return data + read_stream(handle, limit - len(data))
            return read_stream(handle, limit)  # size 0: pipes, /proc files
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory (use `cleaner batch` for directories)") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as error:
        raise InputError(error.strerror or str(error)) from None
