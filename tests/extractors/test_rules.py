"""A rule set's screen (its rules' literals, found in one pass) never changes which rule a
line gets: it gives the reason of the first rule, in order, whose pattern matches within its
word limit, exactly as trying every rule would. Nor does the pipeline's shared scan of every
rule set's needles (cleaner.needles.NeedleIndex)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.blocks import Block
from cleaner.extractors import captions, chrome, comments, related, reprints
from cleaner.extractors.features import FeaturesExtractor
from cleaner.extractors.rules import (
    LineRule,
    RuleSet,
    StartMatcher,
    _Branches,
    _StartOrAnywhere,
    rule,
    top_branches,
)
from cleaner.needles import NeedleIndex
from cleaner.pipeline import DEFAULT_STEPS
from cleaner.prechecks import needle_text
from cleaner.reasons import Reason

SETS = {
    step.name: step.rules
    for step in (
        chrome.ChromeExtractor,
        comments.CommentsExtractor,
        captions.CaptionExtractor,
        reprints.ReprintExtractor,
        related.RelatedExtractor,
    )
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


def _lines(rules: RuleSet) -> st.SearchStrategy[str]:
    """Lines made of the rules' own words (so that the screen passes and several rules may
    match), in any case, with filler words and punctuation between them."""
    pieces = st.sampled_from([*_literals(rules), "the", "Jane", "2024", ":", "|", "—", "İ"])
    texts = st.lists(pieces, max_size=8).map(" ".join) | st.text(max_size=40)
    casings = st.sampled_from([str.lower, str.upper, str.title, str])
    return st.tuples(texts, casings).map(lambda case: case[1](case[0]))


_EXAMPLES = settings(
    max_examples=300, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)


@pytest.mark.parametrize("name", sorted(SETS))
def test_screen_gives_the_reason_of_the_first_matching_rule(name: str) -> None:
    rules = SETS[name]

    @_EXAMPLES
    @given(_lines(rules))
    def check(text: str) -> None:
        block = Block(0, text)
        assert rules.reason(block) == _every_rule(rules, block)

    check()


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_shared_scan_gives_each_rule_set_its_own_needles(name: str) -> None:
    rules, index = SETS[name], NeedleIndex.of(SETS.values())
    place = index.place(rules)
    assert place is not None
    shift, mask = place

    @_EXAMPLES
    @given(_lines(rules))
    def check(text: str) -> None:
        block = Block(0, text)
        found = index.hits(needle_text(text), block.words) >> shift & mask
        assert rules.reason(block, found=found) == _every_rule(rules, block)

    check()


def test_the_features_step_scans_for_every_rule_step_of_the_pipeline() -> None:
    # A rule step left out of the index would still be right (it scans lines itself), but
    # slower: the pipeline's list of rule steps must name them all.
    features = next(step for step in DEFAULT_STEPS if isinstance(step, FeaturesExtractor))
    assert features.needles is not None
    rule_sets = [
        step.rules for step in DEFAULT_STEPS if isinstance(getattr(step, "rules", None), RuleSet)
    ]
    assert len(rule_sets) == len(SETS)
    assert all(features.needles.place(rules) is not None for rules in rule_sets)


def test_a_rule_without_literals_is_tried_on_every_line() -> None:
    rules = RuleSet.of(
        rule(Reason.SEPARATOR_LINE, r"^[\W_]+$"), rule(Reason.SHARE_PROMPT, r"^share this\b")
    )
    assert rules.reason(Block(0, "* * *")) is Reason.SEPARATOR_LINE
    assert rules.reason(Block(0, "Share this story")) is Reason.SHARE_PROMPT
    assert rules.reason(Block(0, "We share this view with the council.")) is None


def test_a_rule_given_its_literals_is_screened_by_them() -> None:
    # The caller's literals replace the pattern's own reading (its words): a line without an
    # arrow is not searched, one with an arrow is.
    pager = rule(Reason.PAGER_LINK, r"<\s*older posts|older posts\s*>", literals=frozenset("<>"))
    assert pager.literals == frozenset("<>")
    assert RuleSet.of(pager).reason(Block(0, "Older posts >")) is Reason.PAGER_LINK
    assert RuleSet.of(pager).reason(Block(0, "Older posts")) is None


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


def test_a_line_printed_twice_is_marked_twice_and_a_longer_count_is_judged_again() -> None:
    # marks_for gives a repeated line its first print's reason; a block of the same text
    # with another word count (past the rule's limit) is judged on its own.
    from cleaner.blocks import Page
    from cleaner.extractors.rules import marks_for

    index = next(step for step in DEFAULT_STEPS if isinstance(step, FeaturesExtractor)).needles
    rules = chrome.ChromeExtractor.rules
    blocks = (
        Block(0, "Share this"),
        Block(1, "The council voted on Monday."),
        Block(2, "Share this"),
        Block(3, "Share this", words=100),
    )
    page = FeaturesExtractor(index).run(Page("t", "text", blocks))
    reasons = {mark.block_id: mark.reason for mark in marks_for(page, rules, "chrome")}
    assert 0 in reasons and reasons[0] == reasons[2] and 3 not in reasons


def _rules_searched_by(searcher: type) -> list[Any]:
    """Every rule set's rules whose searcher is a ``searcher``, as test parameters."""
    return [
        pytest.param(r, id=f"{name}:{r.reason}:{i}")
        for name, rules in sorted(SETS.items())
        for i, r in enumerate(rules.rules)
        if isinstance(r.searcher, searcher)
    ]


_SPLIT = _rules_searched_by(_Branches)


def test_the_long_prompts_are_searched_branch_by_branch() -> None:
    # The split is only a speed-up (see _FEWEST_UNANCHORED); this pins that it is in use.
    assert {str(p.values[0].reason) for p in _SPLIT} >= {"newsletter_prompt", "comment_prompt"}  # type: ignore[union-attr]


@pytest.mark.parametrize("line_rule", _SPLIT)
def test_branches_match_where_the_whole_pattern_does(line_rule: LineRule) -> None:
    @_EXAMPLES
    @given(st.from_regex(line_rule.pattern) | st.text(max_size=60))
    def check(text: str) -> None:
        for case in (text, text.upper(), text.title()):
            whole = line_rule.pattern.search(case) is not None
            assert (line_rule.searcher.search(case) is not None) is whole, case  # type: ignore[union-attr]

    check()


def test_top_branches_opens_whole_groups_only() -> None:
    assert top_branches(r"(?:a|b)|(c|d)e|(?:f|(g))") == ["a", "b", "(c|d)e", "f", "g"]
    assert top_branches(r"[(|]x|\(y|(?=z)w") == ["[(|]x", r"\(y", "(?=z)w"]
    assert top_branches(r"(?:a|b)?") == ["(?:a|b)?"]


def test_a_pattern_with_few_unanchored_branches_or_backreferences_is_searched_whole() -> None:
    many = "|".join(f"\\bword{i}\\b" for i in range(12))
    assert isinstance(_Branches.of(many), _Branches)
    assert _Branches.of("|".join(f"^word{i}\\b" for i in range(12))) is None
    assert _Branches.of(many + r"|(a)\1") is None
    assert _Branches.of(many + r"|\w+") is None  # a branch without literals


_START_OR_ANYWHERE = _rules_searched_by(_StartOrAnywhere)


def test_the_partly_anchored_prompts_try_their_anchored_branches_at_the_start_only() -> None:
    # Only a speed-up, as the branch split is; this pins that it is in use.
    reasons = {str(p.values[0].reason) for p in _START_OR_ANYWHERE}  # type: ignore[union-attr]
    assert reasons >= {"comment_prompt", "account_prompt"}


@pytest.mark.parametrize("line_rule", _START_OR_ANYWHERE)
def test_a_partly_anchored_pattern_matches_where_the_whole_pattern_does(
    line_rule: LineRule,
) -> None:
    @_EXAMPLES
    @given(st.from_regex(line_rule.pattern) | st.text(max_size=60))
    def check(text: str) -> None:
        for case in (text, text.upper(), text.title(), f"x {text}"):
            whole = line_rule.pattern.search(case) is not None
            assert (line_rule.searcher.search(case) is not None) is whole, case  # type: ignore[union-attr]

    check()


def test_an_alternation_anchored_wholly_or_not_at_all_is_searched_whole() -> None:
    split = _StartOrAnywhere.of(r"^leave a comment|comments are closed")
    assert isinstance(split, _StartOrAnywhere)
    assert _StartOrAnywhere.of(r"^leave a comment|^comments are closed") is None
    assert _StartOrAnywhere.of(r"leave a comment|comments are closed") is None
    assert _StartOrAnywhere.of(r"^(leave) a comment|\1 it") is None  # a backreference


_STARTS = [
    r for rules in SETS.values() for r in rules.rules if isinstance(r.searcher, StartMatcher)
]
_HEADERS = (related._HEADER, related._BOX_LABEL, related._GLUED_HEADER, related._READ_MORE)


def test_the_anchored_alternations_are_matched_by_their_first_character() -> None:
    # Only a speed-up (a failed match of every language's phrases tries each at the start);
    # this pins that it is in use.
    assert {str(r.reason) for r in _STARTS} >= {"comment_action", "tag_line", "skip_link"}


@pytest.mark.parametrize("pattern", [r.pattern for r in _STARTS] + list(_HEADERS))
def test_a_start_matcher_matches_where_the_whole_pattern_does(pattern: re.Pattern[str]) -> None:
    matcher = StartMatcher.of(pattern.pattern, pattern.flags)

    @_EXAMPLES
    @given(st.from_regex(pattern) | st.text(max_size=60))
    def check(text: str) -> None:
        for case in (text, text.upper(), text.title(), text.strip()):
            whole, found = pattern.match(case), matcher.match(case)
            assert (found is None) is (whole is None), case
            if whole is not None and found is not None:
                assert (found.end(), found.group(1)) == (whole.end(), whole.group(1)), case

    check()


def test_a_start_matcher_keeps_what_ignorecase_equates_with_a_first_letter() -> None:
    # "ſ" and "s", the Kelvin sign and "k", "İ" and "i" are one letter to IGNORECASE.
    matcher = StartMatcher.of(r"^(\u017fhare|\u212aick|\u0130ndex|tags?)\s*:?$")
    for text in ("share", "SHARE", "kick", "Kick", "index", "INDEX", "Tags:", "\u212aick"):
        assert matcher.match(text) is not None, text
    for text in ("Home", "", "Share this", "\u00e4nd"):
        assert matcher.match(text) is None, text


def test_a_start_matcher_refuses_what_its_first_character_cannot_decide() -> None:
    for pattern in (
        r"(a|b)c",  # not anchored
        r"^(?:\d+ shares? )?(?:share|tweet)",  # an optional group: the next one may open the line
        r"^(a|b)$|c",  # another branch, searched anywhere
        r"^(a|b)\1",  # a backreference
        r"^(?=a)(a|b)",  # a look-ahead before the group
    ):
        with pytest.raises(ValueError):
            StartMatcher.of(pattern)


def test_the_lines_to_try_leave_out_only_marked_ones() -> None:
    # A rule set with a rule without needles (chrome's separator line) tries every short line
    # and each holding its needles; read off the page's hit array, those marked already are
    # left out (marks_for would skip them).
    from cleaner.blocks import Mark, Page, page_facts
    from cleaner.extractors.rules import _lines_to_try

    index = next(step for step in DEFAULT_STEPS if isinstance(step, FeaturesExtractor)).needles
    rules = chrome.ChromeExtractor.rules
    long = " ".join(["The council voted on Monday to approve the plan."] * 4)
    cookies = long + " We use cookies to improve your browsing experience."
    texts = ["* * *", "Share this", long, "Home", "12345678", cookies, "News"]
    page = FeaturesExtractor(index).run(
        Page("t", "text", tuple(Block(i, t) for i, t in enumerate(texts)))
    )
    page = page.with_marks([Mark(3, Reason.NAVIGATION_RUN, "navigation")])
    assert page_facts(page).hit_array is not None
    place = index.place(rules)
    assert place is not None and rules.unscreened_words >= 0
    shift, mask = place
    hits = page_facts(page).needle_hits
    expected = [
        i
        for i, block in enumerate(page.blocks)
        if i not in page.marks
        and (block.words <= rules.unscreened_words or (hits[i] or 0) >> shift & mask)
    ]
    assert _lines_to_try(page, place, rules.unscreened_words) == expected == [0, 1, 4, 5, 6]
