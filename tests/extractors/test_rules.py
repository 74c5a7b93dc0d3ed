"""A rule set's screen (its rules' literals, found in one pass) never changes which rule a
line gets: it gives the reason of the first rule, in order, whose pattern matches within its
word limit, exactly as trying every rule would."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.blocks import Block
from cleaner.extractors import captions, chrome, comments, related, reprints
from cleaner.extractors.rules import LineRule, RuleSet, rule
from cleaner.reasons import Reason

SETS = {
    module.__name__.rsplit(".", 1)[-1]: module._RULES
    for module in (chrome, comments, captions, reprints, related)
}


def _every_rule(rules: RuleSet, block: Block) -> Reason | None:
    """The reference: every rule tried in order, no screen."""
    return next(
        (
            r.reason
            for r in rules.rules
            if block.words <= r.max_words and r.pattern.search(block.text) is not None
        ),
        None,
    )


def _literals(rules: RuleSet) -> list[str]:
    return sorted({literal for r in rules.rules for literal in r.literals or ()})


@pytest.mark.parametrize("name", sorted(SETS))
def test_screen_gives_the_reason_of_the_first_matching_rule(name: str) -> None:
    rules = SETS[name]
    # Lines made of the rules' own words (so that the screen passes and several rules may
    # match), in any case, with filler words and punctuation between them.
    pieces = st.sampled_from([*_literals(rules), "the", "Jane", "2024", ":", "|", "—", "İ"])
    texts = st.lists(pieces, max_size=8).map(" ".join) | st.text(max_size=40)
    cases = st.tuples(texts, st.sampled_from([str.lower, str.upper, str.title, str]))

    @settings(
        max_examples=300, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(cases)
    def check(case: tuple[str, object]) -> None:
        text, casing = case
        block = Block(0, casing(text))  # type: ignore[operator]
        assert rules.reason(block) == _every_rule(rules, block)

    check()


def test_a_rule_without_literals_is_tried_on_every_line() -> None:
    rules = RuleSet.of(
        rule(Reason.SEPARATOR_LINE, r"^[\W_]+$"), rule(Reason.SHARE_PROMPT, r"^share this\b")
    )
    assert rules.reason(Block(0, "* * *")) is Reason.SEPARATOR_LINE
    assert rules.reason(Block(0, "Share this story")) is Reason.SHARE_PROMPT
    assert rules.reason(Block(0, "We share this view with the council.")) is None


def test_the_first_rule_wins_when_two_match() -> None:
    first = rule(Reason.NEWSLETTER_PROMPT, r"\bsubscribe\b")
    second = rule(Reason.PAYWALL_PROMPT, r"\bsubscribe (now|today)\b")
    assert RuleSet.of(first, second).reason(Block(0, "Subscribe now")) is Reason.NEWSLETTER_PROMPT
    assert RuleSet.of(second, first).reason(Block(0, "Subscribe now")) is Reason.PAYWALL_PROMPT


def test_a_rule_judges_no_line_longer_than_its_limit() -> None:
    rules = RuleSet.of(
        LineRule(Reason.SHARE_PROMPT, re.compile("share", re.I), 3, frozenset({"share"}))
    )
    assert rules.reason(Block(0, "Share it")) is Reason.SHARE_PROMPT
    assert rules.reason(Block(0, "Please share it with a friend")) is None


def test_the_screen_folds_what_ignorecase_equates() -> None:
    # "İ" lower-cases to "i" plus a combining dot; the needles are searched in needle_text().
    rules = RuleSet.of(rule(Reason.PRIVACY_LINK, r"\bprivacy policy\b"))
    assert rules.reason(Block(0, "PRİVACY POLICY")) is Reason.PRIVACY_LINK
