"""The library entry points: bytes or text in, article record out."""

from __future__ import annotations

from cleaner.config import CleanerConfig
from cleaner.document import clean_document
from cleaner.explain import Explanation
from cleaner.frontends import load_page
from cleaner.pipeline import run
from cleaner.record import Record

__all__ = ["analyse", "clean"]


def analyse(
    data: bytes | str, *, source: str = "-", config: CleanerConfig | None = None
) -> Explanation:
    """Run the whole pipeline and return the explanation (final page plus steps)."""
    config = config or CleanerConfig()
    return run(load_page(data, source, config), config)


def clean(data: bytes | str, *, source: str = "-", config: CleanerConfig | None = None) -> Record:
    """Clean one page (HTML or a text dump) into an article record.

    Raises :class:`cleaner.errors.CleanerError` for input that cannot be cleaned; nothing else.
    """
    record, _ = clean_document(data, source=source, config=config or CleanerConfig())
    return record
