"""The per-document function: one page's bytes -> its record and the warnings of failed steps.

:func:`cleaner.clean`, ``cleaner clean`` and every ``cleaner batch`` engine go through here,
so a page gives the same record however it is cleaned, and fails the same way: a page whose
body comes out with no text is :class:`~cleaner.errors.NoArticleError` ("no article text
found") unless the caller allows empty bodies (:class:`~cleaner.record.RecordOptions`).
Reading the input (a file, stdin, a WARC record) and the time limit stay with the callers.

>>> from cleaner.config import CleanerConfig
>>> record, warnings = clean_document(
...     "Bridge to close\\n\\nThe council voted on Monday to close the old bridge for repairs.",
...     source="crawl.warc.gz#0",
...     config=CleanerConfig(),
...     url="https://example.com/bridge",
...     fetched="2024-05-02T10:00:00Z",
... )
>>> record.url, record.fetched, warnings
('https://example.com/bridge', '2024-05-02T10:00:00Z', ())
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Collection, Iterator

from cleaner.assemble import assemble
from cleaner.config import CleanerConfig
from cleaner.errors import (
    NO_ARTICLE_MESSAGE,
    CleanerError,
    InternalError,
    NoArticleError,
    TimeLimitError,
)
from cleaner.frontends import load_page
from cleaner.io.names import printable
from cleaner.io.sniff import maybe_decompress
from cleaner.pipeline import run
from cleaner.record import Record, RecordOptions
from cleaner.timeouts import DocumentTimeout, time_limit, timeout_message

__all__ = [
    "LanguageFilteredError",
    "check_language",
    "clean_document",
    "failures_as_errors",
    "has_text",
]

_WORD = re.compile(r"\w")
_DEFAULT = RecordOptions()


class LanguageFilteredError(CleanerError):
    """The page is not in a language the caller asked for (``--target-language``).

    Not a failure: ``cleaner clean`` and ``cleaner batch`` count such pages as dropped.
    """

    kind = "language"


def has_text(body: str) -> bool:
    """True when ``body`` holds a letter or a digit; white space and punctuation alone are
    no article.

    >>> has_text("Hello."), has_text(""), has_text(" \\n\\n — "), has_text("42")
    (True, False, False, True)
    """
    return _WORD.search(body) is not None


def check_language(record: Record, languages: Collection[str]) -> None:
    """Raise :class:`LanguageFilteredError` unless the record's language is one of
    ``languages`` (ISO 639-1 codes; empty: every language). An unknown language is not one
    of them: the filter keeps only what it can vouch for.
    """
    if languages and record.language not in languages:
        found = record.language or "unknown"
        raise LanguageFilteredError(f"language is {found}, not {', '.join(sorted(languages))}")


def _links(data: bytes | str, config: CleanerConfig, record: Record) -> Record:
    from cleaner.html.links import find_links

    if isinstance(data, bytes):
        data = maybe_decompress(data, limit=config.max_input_bytes)
    found = find_links(data, record.paragraphs, base_url=record.url)
    return dataclasses.replace(record, links=tuple(found))


def clean_document(
    data: bytes | str,
    *,
    source: str,
    config: CleanerConfig,
    options: RecordOptions = _DEFAULT,
    url: str | None = None,
    fetched: str | None = None,
) -> tuple[Record, tuple[str, ...]]:
    """Clean one page into its record, with one warning per metadata step that failed.

    ``url`` and ``fetched`` come from the crawl (a WARC record's target URI and date); a
    given ``url`` replaces the one found in the page. ``source`` is shown with undecodable
    bytes of a file name escaped. Raises :class:`cleaner.errors.CleanerError` for input that
    cannot be cleaned, and :class:`~cleaner.errors.NoArticleError` for a page whose body has
    no text, unless ``options.allow_empty``.
    """
    explanation = run(load_page(data, printable(source), config), config)
    record = assemble(explanation.page, options)
    if not options.allow_empty and not has_text(record.body):
        raise NoArticleError(NO_ARTICLE_MESSAGE)
    if url or fetched:
        # The crawl knows where and when the bytes came from; a URL in the page is a claim.
        record = dataclasses.replace(record, url=url or record.url, fetched=fetched)
    if options.links:
        record = dataclasses.replace(record, links=())
        if explanation.page.input_type == "html" and record.body:
            record = _links(data, config, record)
    warnings = tuple(f"step {s.name!r} failed: {s.warning}" for s in explanation.steps if s.warning)
    return record, warnings


@contextlib.contextmanager
def failures_as_errors(seconds: float = 0) -> Iterator[None]:
    """Run the body within ``seconds`` (0: no limit) and let only CleanerErrors out.

    A timeout becomes :class:`~cleaner.errors.TimeLimitError`; any other exception is a bug
    and becomes :class:`~cleaner.errors.InternalError`, whose ``__cause__`` keeps the
    original for ``--debug``.

    >>> with failures_as_errors():
    ...     [].pop()
    Traceback (most recent call last):
    ...
    cleaner.errors.InternalError: internal error (IndexError: pop from empty list)
    """
    try:
        with time_limit(seconds):
            yield
    except DocumentTimeout as error:
        raise TimeLimitError(timeout_message(seconds)) from error
    except CleanerError:
        raise
    except RecursionError as error:
        raise InternalError("internal error (nesting too deep)") from error
    except MemoryError as error:
        raise InternalError("internal error (out of memory)") from error
    except Exception as error:
        message = f"internal error ({type(error).__name__}: {error})".replace("\n", " ")
        raise InternalError(message) from error
