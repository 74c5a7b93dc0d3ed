"""Errors raised by the library and the exit codes the command line maps them to.

Library code raises subclasses of :class:`CleanerError` and never prints or exits; only
``cli.py`` turns them into one line on stderr and an :class:`ExitCode`.
"""

from __future__ import annotations

from enum import IntEnum

__all__ = [
    "CleanerError",
    "DecodeError",
    "ExitCode",
    "InputError",
    "InputTooLargeError",
    "NoArticleError",
]


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1  # at least one input failed; the others were still written
    USAGE = 2  # click's own value for usage errors
    INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT


class CleanerError(Exception):
    """Base of every error the library raises on purpose.

    ``kind`` is a stable snake_case token written to error logs (``errors.jsonl``).
    """

    kind = "error"


class InputError(CleanerError):
    """The input cannot be read (missing, unreadable, a directory, ...)."""

    kind = "input"


class InputTooLargeError(InputError):
    """The input is larger than ``CleanerConfig.max_input_bytes``."""

    kind = "too_large"


class DecodeError(CleanerError):
    """The bytes do not decode to text (binary data, not a page)."""

    kind = "decode"


class NoArticleError(CleanerError):
    """The input decoded but holds no text at all."""

    kind = "no_article"
