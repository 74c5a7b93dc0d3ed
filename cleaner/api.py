"""The library entry points: bytes or text in, article record out.

They keep the command line's promises: whatever the arguments, a call returns or raises a
:class:`~cleaner.errors.CleanerError` subclass, never anything else (a wrong argument is an
:class:`~cleaner.errors.ArgumentError`, also a ``TypeError``/``ValueError``; a page that
takes too long is a :class:`~cleaner.errors.TimeLimitError`; a bug is an
:class:`~cleaner.errors.InternalError`), and a page whose body has no text is a
:class:`~cleaner.errors.NoArticleError` unless ``RecordOptions(allow_empty=True)``.

>>> clean(None)
Traceback (most recent call last):
...
cleaner.errors.ArgumentError: data must be bytes or str, not NoneType
"""

from __future__ import annotations

import math
import os
from typing import TypeVar

from cleaner.config import CleanerConfig
from cleaner.document import clean_document, failures_as_errors
from cleaner.errors import ArgumentError
from cleaner.explain import Explanation
from cleaner.frontends import load_page
from cleaner.io.names import printable
from cleaner.pipeline import run
from cleaner.record import Record, RecordOptions

__all__ = ["analyse", "clean"]

# Seconds beyond which a limit cannot matter (a year); larger values overflow the timers.
_LONGEST_LIMIT = 365 * 24 * 3600.0
_T = TypeVar("_T")


def _data(data: object) -> bytes | str:
    if isinstance(data, str | bytes):
        return data
    if isinstance(data, bytearray | memoryview):
        return bytes(data)
    raise ArgumentError(f"data must be bytes or str, not {type(data).__name__}")


def _source(source: object) -> str:
    if source is None:
        return "-"
    if isinstance(source, str | bytes | os.PathLike):
        try:
            return printable(os.fsdecode(source))
        except (TypeError, ValueError):
            pass
    raise ArgumentError(f"source must be a str or a path, not {type(source).__name__}")


def _url(url: object) -> str | None:
    if url is None or isinstance(url, str):
        return url
    raise ArgumentError(f"url must be a str, not {type(url).__name__}")


def _seconds(time_limit: object) -> float:
    if time_limit is None:
        return 0.0
    if isinstance(time_limit, bool) or not isinstance(time_limit, int | float):
        kind = type(time_limit).__name__
        raise ArgumentError(f"time_limit must be a number of seconds, not {kind}")
    if math.isnan(time_limit) or time_limit < 0:
        raise ArgumentError(f"time_limit must be 0 or more seconds, got {time_limit!r}")
    return 0.0 if time_limit > _LONGEST_LIMIT else float(time_limit)


def _checked(value: object, expected: type[_T], name: str) -> _T | None:
    if value is None or isinstance(value, expected):
        return value
    raise ArgumentError(f"{name} must be a {expected.__name__}, not {type(value).__name__}")


def analyse(
    data: bytes | str, *, source: str | None = None, config: CleanerConfig | None = None
) -> Explanation:
    """Run the whole pipeline and return the explanation (final page plus steps)."""
    raw, name = _data(data), _source(source)
    config = _checked(config, CleanerConfig, "config") or CleanerConfig()
    with failures_as_errors():
        return run(load_page(raw, name, config), config)


def clean(
    data: bytes | str,
    *,
    source: str | None = None,
    url: str | None = None,
    time_limit: float | None = None,
    config: CleanerConfig | None = None,
    options: RecordOptions | None = None,
) -> Record:
    """Clean one page (HTML or a text dump, bytes in any encoding) into an article record.

    ``source`` names the page in the record ("-" when None); ``url`` is where it came from
    and replaces the URL the page claims; ``time_limit`` is in seconds (None or 0: none).
    Raises :class:`cleaner.errors.CleanerError` subclasses only, for any argument.
    """
    raw, name, where = _data(data), _source(source), _url(url)
    seconds = _seconds(time_limit)
    config = _checked(config, CleanerConfig, "config") or CleanerConfig()
    options = _checked(options, RecordOptions, "options") or RecordOptions()
    with failures_as_errors(seconds):
        record, _ = clean_document(raw, source=name, config=config, options=options, url=where)
    return record
