"""Errors raised by the library and the exit codes the command line maps them to.

Library code raises subclasses of :class:`CleanerError` and never prints or exits; only
``cli.py`` turns them into one line on stderr and an :class:`ExitCode`.
"""

from __future__ import annotations

from enum import IntEnum

__all__ = [
    "NO_ARTICLE_MESSAGE",
    "ArgumentError",
    "CleanerError",
    "DecodeError",
    "ExitCode",
    "InputError",
    "InputTooLargeError",
    "InternalError",
    "NoArticleError",
    "TimeLimitError",
    "UnsupportedInputError",
]

# The one message of a page whose body came out empty, in `clean`, `batch` and the API alike.
NO_ARTICLE_MESSAGE = "no article text found"


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


class UnsupportedInputError(CleanerError):
    """The input is of a type this build cannot clean."""

    kind = "unsupported"


class NoArticleError(CleanerError):
    """The input holds no article: no text at all, or a body that came out empty."""

    kind = "no_article"


class ArgumentError(CleanerError, TypeError, ValueError):
    """A library call got an argument it cannot use (``cleaner.clean(None)``).

    Also a ``TypeError`` and a ``ValueError``, so code that catches those keeps working.
    """

    kind = "argument"


class TimeLimitError(CleanerError):
    """The document took longer than the time limit it was given."""

    kind = "timeout"


class InternalError(CleanerError):
    """A bug: an unexpected exception while cleaning, reported instead of raised as is."""

    kind = "internal"
