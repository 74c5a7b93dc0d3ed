"""Line rules: a pattern, the longest block it may judge, and the reason it records.

Boilerplate phrases also occur inside real sentences ("readers can subscribe to ..."), so
each rule only judges blocks up to ``max_words`` long: a call to action is short.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from cleaner.blocks import Block, Mark

__all__ = ["LineRule", "RuleSet", "marks_for", "rule"]


@dataclass(frozen=True, slots=True)
class LineRule:
    reason: str
    pattern: re.Pattern[str]
    max_words: int = 12

    def matches(self, block: Block) -> bool:
        return block.words <= self.max_words and self.pattern.search(block.text) is not None


def rule(reason: str, pattern: str, max_words: int = 12) -> LineRule:
    return LineRule(reason, re.compile(pattern, re.IGNORECASE), max_words)


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Rules checked together: a block gets the reason of the first rule that matches it."""

    rules: tuple[LineRule, ...]
    max_words: int

    @classmethod
    def of(cls, *rules: LineRule) -> RuleSet:
        return cls(rules, max(r.max_words for r in rules))

    def reason(self, block: Block) -> str | None:
        # Separate searches beat one big alternation: each keeps re's literal-prefix scan.
        if block.words > self.max_words:
            return None
        return next((r.reason for r in self.rules if r.matches(block)), None)


def marks_for(blocks: Iterable[Block], rules: RuleSet, by: str) -> Iterator[Mark]:
    """A mark for each block that some rule matches (the first matching rule's reason)."""
    for block in blocks:
        reason = rules.reason(block)
        if reason is not None:
            yield Mark(block.id, reason, by)
