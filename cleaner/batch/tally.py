"""Counts of a batch run: what the summary table, ``--summary-json`` and the journal report.

>>> tally = Tally()
>>> tally.add(Outcome(key="a", source="a", line=b"{}\\n", is_empty=True))
>>> tally.add(Outcome(key="b", source="b", kind="timeout", error="took too long"))
>>> tally.add(Outcome(key="c", source="c", kind="duplicate", error="duplicate of a"))
>>> tally.to_dict()  # doctest: +NORMALIZE_WHITESPACE
{'cleaned': 0, 'empty': 1, 'failed': 1, 'dropped': 1, 'warnings': 0,
 'errors_by_kind': {'timeout': 1}, 'dropped_by_kind': {'duplicate': 1}}
>>> Tally.from_dict(tally.to_dict()) == tally
True
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from cleaner.batch.items import Outcome

__all__ = ["Tally"]


@dataclass
class Tally:
    """Records with a body (``cleaned``), records with an empty body (``--allow-empty``),
    failed inputs, and inputs a filter left out (``dropped``: ``--target-language``,
    ``--dedup``)."""

    cleaned: int = 0
    empty: int = 0
    failed: int = 0
    dropped: int = 0
    warnings: int = 0
    errors_by_kind: Counter[str] = field(default_factory=Counter)
    dropped_by_kind: Counter[str] = field(default_factory=Counter)

    @property
    def done(self) -> int:
        return self.cleaned + self.empty + self.failed + self.dropped

    def add(self, outcome: Outcome) -> None:
        self.warnings += len(outcome.warnings)
        if outcome.is_dropped:
            self.dropped += 1
            self.dropped_by_kind[outcome.kind or "dropped"] += 1
        elif outcome.line is None:
            self.failed += 1
            self.errors_by_kind[outcome.kind or "error"] += 1
        elif outcome.is_empty:
            self.empty += 1
        else:
            self.cleaned += 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "cleaned": self.cleaned,
            "empty": self.empty,
            "failed": self.failed,
            "dropped": self.dropped,
            "warnings": self.warnings,
            "errors_by_kind": dict(sorted(self.errors_by_kind.items())),
            "dropped_by_kind": dict(sorted(self.dropped_by_kind.items())),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Tally:
        return cls(
            cleaned=int(data.get("cleaned", 0)),
            empty=int(data.get("empty", 0)),
            failed=int(data.get("failed", 0)),
            dropped=int(data.get("dropped", 0)),
            warnings=int(data.get("warnings", 0)),
            errors_by_kind=_counter(data.get("errors_by_kind")),
            dropped_by_kind=_counter(data.get("dropped_by_kind")),
        )


def _counter(data: Any) -> Counter[str]:
    return Counter({str(kind): int(n) for kind, n in (data or {}).items()})
