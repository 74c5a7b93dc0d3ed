"""What every engine maps: one work item -> one outcome, never an exception.

The item's bytes are read here and cleaned by :func:`cleaner.document.clean_document`, the
per-document function ``cleaner clean`` uses too, under the batch time limit.

>>> from cleaner.config import CleanerConfig
>>> settings = WorkSettings(config=CleanerConfig())
>>> item = WorkItem(key="k", source="-", data="Gone.", failure=("input", "no such file"))
>>> clean_item(item, settings).kind
'input'
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import os

from cleaner.batch.compression import decompress_bounded
from cleaner.batch.dedup import signature
from cleaner.batch.items import Chunk, ChunkResult, Outcome, WorkItem, WorkSettings
from cleaner.batch.memory import peak_rss_kb
from cleaner.document import check_language, clean_document, failures_as_errors
from cleaner.errors import CleanerError
from cleaner.io.formats import format_record
from cleaner.io.readers import read_input

__all__ = [
    "clean_chunk",
    "clean_item",
    "embed_file",
    "warm_up",
    "warm_up_languages",
]

# English beyond doubt (over 30 words, many of them function words), so that warming up
# never loads the statistical language model: that is left to the first page that needs it.
_WARM_UP_TEXT = (
    "The council voted on Monday to close the old bridge to traffic for repairs.\n\n"
    "Work will start next month and last until the end of the year, officials said, and "
    "the ferry that was retired last summer will run again for the people who have to cross."
)
_WARM_UP_HTML = (
    f'<html lang="en"><head><title>Warm</title></head><body><p>{_WARM_UP_TEXT}</p></body></html>'
)
# Far from English, to make the language model load.
_WARM_UP_FOREIGN = "Der Gemeinderat hat am Montag beschlossen, die alte Brücke zu sperren."


@functools.cache
def warm_up() -> None:
    """Import and build what the pipeline builds on first use (parsers, patterns, stop
    lists), once per process, before any document's clock starts. Not the language model
    (:func:`warm_up_languages`): an English-only run never needs it, and it takes seconds.
    """
    from cleaner.api import clean

    for page in (_WARM_UP_TEXT, _WARM_UP_HTML):
        with contextlib.suppress(Exception):
            clean(page)


@functools.cache
def warm_up_languages() -> None:
    """Load the language model (about 2.5 s): in the parent before it forks several workers,
    which then share it; a single worker loads it when a page first needs it."""
    from cleaner.languages.identify import guess_language

    with contextlib.suppress(Exception):
        guess_language(_WARM_UP_FOREIGN, min_chars=1)


def _read(item: WorkItem, limit: int) -> bytes | str:
    if item.data is None:
        assert item.path is not None, "a work item holds a path or data"
        data: bytes | str = read_input(item.path, limit)
    else:
        data = item.data
    # The size check on the compressed file is only a first bound; the inflated bytes are
    # checked again, so a small .gz/.zst cannot expand without limit.
    return decompress_bounded(data, limit=limit) if isinstance(data, bytes) else data


def embed_file(item: WorkItem, limit: int) -> WorkItem:
    """The item with its file's bytes inside, for workers that cannot see this file system.

    >>> embed_file(WorkItem(key="k", source="gone.txt", path="/nonexistent/gone.txt"), 10).failure
    ('input', 'no such file')
    """
    if item.path is None or item.data is not None:
        return item
    try:
        data = read_input(item.path, limit)
    except CleanerError as error:
        return dataclasses.replace(item, path=None, failure=(error.kind, str(error) or error.kind))
    return dataclasses.replace(item, path=None, data=data)


def _clean(item: WorkItem, settings: WorkSettings) -> Outcome:
    config = settings.config
    record, warnings = clean_document(
        _read(item, config.max_input_bytes),
        source=item.source,
        config=config,
        options=settings.options,
        url=item.url,
        fetched=item.fetched,
    )
    check_language(record, settings.languages)
    return Outcome(
        key=item.key,
        source=item.source,
        line=format_record(record, settings.output_format),
        is_empty=not record.body,
        warnings=warnings,
        signature=signature(record.body) if settings.dedup else None,
    )


def clean_item(item: WorkItem, settings: WorkSettings) -> Outcome:
    """Clean one item within the time limit; any failure becomes an error outcome."""
    if item.failure is not None:
        return Outcome.failure(item, *item.failure)
    try:
        with failures_as_errors(settings.time_limit):
            return _clean(item, settings)
    except CleanerError as error:
        return Outcome.failure(item, error.kind, str(error) or error.kind)


def clean_chunk(chunk: Chunk, settings: WorkSettings) -> ChunkResult:
    """Clean every item of a chunk (the Dask task; the process pool reports progress per item)."""
    warm_up()
    outcomes = chunk.carried + tuple(clean_item(item, settings) for item in chunk.items)
    return ChunkResult(chunk.seq, outcomes, peak_rss_kb(), f"pid-{os.getpid()}")
