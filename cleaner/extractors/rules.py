"""Line rules: a pattern, the longest block it may judge, and the reason it records.

Boilerplate phrases also occur inside real sentences ("readers can subscribe to ..."), so
each rule only judges blocks up to ``max_words`` long: a call to action is short.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from cleaner.blocks import Block, Mark, Page
from cleaner.extractors.features import block_stats
from cleaner.prechecks import needle_text, required_literals, trie_pattern
from cleaner.reasons import Reason

__all__ = ["LineRule", "RuleSet", "marks_for", "rule"]


@dataclass(frozen=True, slots=True)
class LineRule:
    """One pattern. ``needles`` (lower-case substrings, one of which every match contains)
    let an unanchored pattern skip the full regex on most lines: a case-sensitive search for
    a few literals in the lower-cased line is far cheaper than a case-insensitive pattern
    tried at every position. They are read off the pattern (:mod:`cleaner.prechecks`), so
    they never reject a line the pattern would match. ``literals`` are those substrings, and
    ``needles`` one search for any of them (both None when none can be derived)."""

    reason: Reason
    pattern: re.Pattern[str]
    max_words: int = 12
    needles: re.Pattern[str] | None = None
    literals: tuple[str, ...] | None = None


def rule(reason: Reason, pattern: str, max_words: int = 12) -> LineRule:
    """A case-insensitive rule, with the needles its pattern requires."""
    compiled = re.compile(pattern, re.IGNORECASE)
    literals = required_literals(compiled)
    needles = None if literals is None else re.compile(trie_pattern(literals))
    return LineRule(reason, compiled, max_words, needles, literals)


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Rules checked together: a block gets the reason of the first rule that matches it."""

    rules: tuple[LineRule, ...]
    max_words: int
    # Every needle of the rules that have needles, in one search: a line holding none of
    # them can match only the rules without needles (``unscreened``), and most short lines
    # hold none (one search instead of one per rule).
    screen: re.Pattern[str] | None = None
    unscreened: tuple[LineRule, ...] = ()

    @classmethod
    def of(cls, *rules: LineRule) -> RuleSet:
        literals: set[str] = set()
        unscreened = []
        for line_rule in rules:
            if line_rule.literals is None:
                unscreened.append(line_rule)
            else:
                literals.update(line_rule.literals)
        screen = re.compile(trie_pattern(literals)) if literals else None
        return cls(rules, max(r.max_words for r in rules), screen, tuple(unscreened))

    def reason(self, block: Block, lowered: str = "") -> Reason | None:
        # Separate searches beat one big alternation: each keeps re's literal-prefix scan.
        # This is the hottest code in the pipeline: locals, and no call per rule.
        words = block.words
        if words > self.max_words:
            return None
        text = block.text
        lowered = lowered or needle_text(text)
        rules = self.rules
        if self.screen is not None and self.screen.search(lowered) is None:
            rules = self.unscreened
        for line_rule in rules:
            if words > line_rule.max_words:
                continue
            needles = line_rule.needles
            if needles is not None and needles.search(lowered) is None:
                continue
            if line_rule.pattern.search(text) is not None:
                return line_rule.reason
        return None


def marks_for(page: Page, rules: RuleSet, by: str) -> Iterator[Mark]:
    """A mark for each unmarked block that some rule matches (the first rule's reason).

    Blocks another step already marked are skipped: a block keeps its first mark anyway.
    """
    marks = page.marks
    reason_of = rules.reason
    for block, stats in zip(page.blocks, block_stats(page), strict=True):
        if block.id in marks:
            continue
        reason = reason_of(block, stats.lowered if stats is not None else "")
        if reason is not None:
            yield Mark(block.id, reason, by)
