"""cleaner: scraped news page (HTML or text dump) -> clean article record."""

from __future__ import annotations

from cleaner.api import analyse, clean
from cleaner.config import CleanerConfig, InputType
from cleaner.errors import CleanerError, NoArticleError
from cleaner.record import Record, RecordOptions

__version__ = "0.1.0"
__all__ = [
    "CleanerConfig",
    "CleanerError",
    "InputType",
    "NoArticleError",
    "Record",
    "RecordOptions",
    "__version__",
    "analyse",
    "clean",
]
