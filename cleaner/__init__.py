"""cleaner: scraped news page (HTML or text dump) -> clean article record.

The names below are imported on first use (PEP 562): the pipeline's modules compile a few
hundred patterns when they load, which ``cleaner --version``, ``--help`` and ``cleaner eval``
never need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Each public name and the module that defines it.
_HOMES = {
    "analyse": "cleaner.api",
    "clean": "cleaner.api",
    "CleanerConfig": "cleaner.config",
    "InputType": "cleaner.config",
    "CleanerError": "cleaner.errors",
    "NoArticleError": "cleaner.errors",
    "Record": "cleaner.record",
    "RecordOptions": "cleaner.record",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'cleaner' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
