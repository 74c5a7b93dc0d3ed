"""The per-document function: one page's bytes -> its record and the warnings of failed steps.

:func:`cleaner.clean`, ``cleaner clean`` and every ``cleaner batch`` engine go through here,
so a page gives the same record however it is cleaned. Reading the input (a file, stdin, a
WARC record) and the time limit stay with the callers.

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

import dataclasses

from cleaner.assemble import assemble
from cleaner.config import CleanerConfig
from cleaner.frontends import load_page
from cleaner.pipeline import run
from cleaner.record import Record

__all__ = ["clean_document"]


def clean_document(
    data: bytes | str,
    *,
    source: str,
    config: CleanerConfig,
    url: str | None = None,
    fetched: str | None = None,
) -> tuple[Record, tuple[str, ...]]:
    """Clean one page into its record, with one warning per metadata step that failed.

    ``url`` and ``fetched`` come from the crawl (a WARC record's target URI and date); a
    given ``url`` replaces the one found in the page. Raises
    :class:`cleaner.errors.CleanerError` for input that cannot be cleaned.
    """
    explanation = run(load_page(data, source, config), config)
    record = assemble(explanation.page, config)
    if url or fetched:
        # The crawl knows where and when the bytes came from; a URL in the page is a claim.
        record = dataclasses.replace(record, url=url or record.url, fetched=fetched)
    warnings = tuple(f"step {s.name!r} failed: {s.warning}" for s in explanation.steps if s.warning)
    return record, warnings
