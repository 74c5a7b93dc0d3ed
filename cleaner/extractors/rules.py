"""Line rules: a pattern, the longest block it may judge, and the reason it records.

Boilerplate phrases also occur inside real sentences ("readers can subscribe to ..."), so
each rule only judges blocks up to ``max_words`` long: a call to action is short.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from cleaner.blocks import Block, Mark

__all__ = ["LineRule", "marks_for"]


@dataclass(frozen=True, slots=True)
class LineRule:
    reason: str
    pattern: re.Pattern[str]
    max_words: int = 12

    def matches(self, block: Block) -> bool:
        return block.words <= self.max_words and self.pattern.search(block.text) is not None


def rule(reason: str, pattern: str, max_words: int = 12) -> LineRule:
    return LineRule(reason, re.compile(pattern, re.IGNORECASE), max_words)


def marks_for(blocks: Iterable[Block], rules: tuple[LineRule, ...], by: str) -> Iterator[Mark]:
    """A mark for each block that some rule matches (the first matching rule's reason)."""
    for block in blocks:
        for line_rule in rules:
            if line_rule.matches(block):
                yield Mark(block.id, line_rule.reason, by)
                break
