"""Cheap tests before a pattern never reject a text the pattern matches.

Each pre-check is read off its pattern (cleaner.prechecks) or, where it is written by hand for
speed, tried here against strings generated from the pattern itself (Hypothesis's
``from_regex``): every generated match must pass its pre-check.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import datetimes
from cleaner.blocks import Block
from cleaner.extractors import (
    authors,
    captions,
    chrome,
    comments,
    publisher,
    related,
    reprints,
)
from cleaner.extractors.rules import LineRule
from cleaner.html import xpaths
from cleaner.html.metadata import exclusion, index
from cleaner.prechecks import needle_text, required_literals

SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), database=None
)
RULES = [
    pytest.param(line_rule, id=f"{module.__name__.rsplit('.', 1)[-1]}:{line_rule.reason}:{i}")
    for module in (chrome, comments, captions, reprints, related)
    for i, line_rule in enumerate(module._RULES.rules)
]


def test_needles_are_read_off_the_pattern() -> None:
    pattern = re.compile(r"\bpol[ií]tica de privacidad\b|\bimpressum\b", re.IGNORECASE)
    assert required_literals(pattern) == (
        "impressum",
        "politica de privacidad",
        "política de privacidad",
    )
    # A branch without any literal leaves the whole pattern without needles.
    assert required_literals(re.compile(r"^[\W_]+$|privacy")) is None
    # Optional parts are no needles; a repeated part needs its needles once.
    assert required_literals(re.compile(r"(free )?app\b")) == ("app",)
    assert required_literals(re.compile(r"(?:ab)+cd")) == ("ab",)


def test_needle_text_folds_what_ignorecase_equates() -> None:
    # re's IGNORECASE matches "İ" and "ı" to "i", "ſ" to "s"; str.lower() does not.
    for text in ("PRİVACY POLICY", "prıvacy policy", "privacy ſettings"):
        assert re.search("privacy", text, re.IGNORECASE) or re.search("settings", text, re.I)
    assert needle_text("PRİVACY POLICY") == "privacy policy"
    assert needle_text("prıvacy policy") == "privacy policy"
    assert needle_text("privacy ſettings") == "privacy settings"
    assert needle_text("Café") == "café"


def test_a_pattern_s_own_dotless_i_is_a_needle_as_the_text_folds_it() -> None:
    # A Turkish header ("Son Yazılar") in a pattern: its needle must be what needle_text()
    # makes of the header's text, or the screen would never let the pattern try it.
    pattern = re.compile(r"^(son yazılar|ſonstiges)$", re.IGNORECASE)
    needles = required_literals(pattern)
    assert needles is not None
    for text in ("son yazılar", "SON YAZILAR", "Son Yazılar", "sonstiges"):
        assert pattern.match(text)
        assert any(needle in needle_text(text) for needle in needles), text


def test_every_rule_has_needles_but_the_few_without_a_word() -> None:
    without = {str(r.values[0].reason) for r in RULES if r.values[0].literals is None}  # type: ignore[union-attr]
    assert without == {"separator_line"}


@pytest.mark.parametrize("line_rule", RULES)
def test_rule_needles_pass_every_match(line_rule: LineRule) -> None:
    literals = line_rule.literals
    if literals is None:
        return

    @SETTINGS
    @given(st.from_regex(line_rule.pattern))
    def check(text: str) -> None:
        assert line_rule.pattern.search(text)
        assert any(literal in needle_text(text) for literal in literals), text

    check()


# The marks before a byline's first word, without the look at that word's first letter (a
# speed-up that matches the same lines).
_LEAD_WITHOUT_LOOK = r"[\W_]{0,6}"


@pytest.mark.parametrize(
    "pattern",
    [authors._BYLINE, authors._CONTACT],
    ids=["byline", "contact"],
)
def test_byline_precheck_passes_every_byline(pattern: re.Pattern[str]) -> None:
    # The names part holds no needle, and its date look-ahead makes generating slow: one name
    # stands for all. The look-ahead at the first letter goes too: hypothesis draws the marks
    # and filters on it, and under the CI profile gave up; without it more lines are drawn,
    # all of which must still pass.
    simpler = re.compile(
        pattern.pattern.replace(authors._NAMES, "(?P<names>Jane Doe)").replace(
            authors._LEAD, _LEAD_WITHOUT_LOOK
        )
    )

    @SETTINGS
    @given(st.from_regex(simpler, fullmatch=True))
    def check(text: str) -> None:
        assert authors._may_name_authors(Block(0, text)), text

    check()


def test_copyright_precheck_passes_every_copyright_line() -> None:
    @SETTINGS
    @given(st.from_regex(publisher._COPYRIGHT, fullmatch=True))
    def check(text: str) -> None:
        assert publisher._may_be_copyright(text), text

    check()


@pytest.mark.parametrize("pattern", datetimes._LINE_PATTERNS, ids=lambda p: p.pattern[:30])
def test_date_hint_passes_every_date(pattern: re.Pattern[str]) -> None:
    @SETTINGS
    @given(st.from_regex(pattern))
    def check(text: str) -> None:
        assert datetimes.may_hold_date(text), text

    check()


def test_date_hint_matches_where_its_plain_alternation_does() -> None:
    # The hint is written for speed (one leading digit class); it must mean the same.
    plain = re.compile(r"(?:19|20)\d\d|\d[/.] ?\d{1,2}[/.] ?\d")

    @SETTINGS
    @given(st.text(alphabet="0123456789/. -a٣", max_size=20))
    def check(text: str) -> None:
        assert datetimes.may_hold_date(text) == (plain.search(text) is not None), text

    check()


def test_byline_start_initials_pass_every_byline_start() -> None:
    @SETTINGS
    @given(st.from_regex(index._BYLINE_START, fullmatch=True))
    def check(text: str) -> None:
        assert text[: index._BYLINE_HEAD].lstrip()[:1] in index._BYLINE_INITIALS, text

    check()


def _camel(part: str) -> str:
    head, *rest = part.split("-")
    return head + "".join(word[:1].upper() + word[1:] for word in rest)


# The class/id words of every pattern the front end reads tokens with, one part each.
_TOKEN_PATTERNS = [
    *(f"(?:{tokens})" for _, tokens in xpaths._BOILERPLATE_TOKENS),
    xpaths._CONTENT_STRONG.pattern.removeprefix("[ -]").removesuffix("(?=$|[ -])"),
    xpaths._CONTENT_WEAK.pattern.removeprefix("[ -]").removesuffix("(?=$|[ -])"),
    xpaths._CAPTION.pattern.removeprefix("[ -]").removesuffix("(?=$|[ -])"),
]


@pytest.mark.parametrize("pattern", _TOKEN_PATTERNS, ids=lambda p: p[:24])
def test_class_keywords_pass_every_token_a_pattern_names(pattern: str) -> None:
    parts = st.from_regex(re.compile(rf"[a-z]{{0,3}}-?{pattern}(-[a-z]{{1,4}})?"), fullmatch=True)

    @SETTINGS
    @given(parts)
    def check(part: str) -> None:
        for token in (part, part.replace("-", "_"), _camel(part), part.upper()):
            if xpaths._signals(token) != xpaths.NO_SIGNALS:
                assert xpaths.has_keyword(token), token

    check()


@pytest.mark.parametrize(
    "pattern", [exclusion._EXCLUDED, exclusion._CHROME], ids=["excluded", "chrome"]
)
def test_exclusion_label_words_pass_every_label(pattern: re.Pattern[str]) -> None:
    @SETTINGS
    @given(st.from_regex(pattern))
    def check(label: str) -> None:
        assert exclusion._LABEL_WORDS.search(label), label

    check()


def test_label_line_precheck_passes_every_label_line() -> None:
    simpler = re.compile(authors._LABEL_LINE.pattern.replace(authors._LEAD, _LEAD_WITHOUT_LOOK))

    @SETTINGS
    @given(st.from_regex(simpler, fullmatch=True))
    def check(text: str) -> None:
        assert authors._LABEL_NEEDLES.search(needle_text(text)), text

    check()


@pytest.mark.parametrize(
    "screened",
    [*datetimes._DUMP_SCREENED, *datetimes._LINE_SCREENED],
    ids=lambda s: s[0].pattern[:30],
)
def test_date_pattern_literals_are_in_every_match(
    screened: tuple[re.Pattern[str], tuple[str, ...] | None],
) -> None:
    # find_dates skips a pattern on a line holding none of its literals.
    pattern, literals = screened

    @SETTINGS
    @given(st.from_regex(pattern))
    def check(text: str) -> None:
        lowered = needle_text(text)
        assert literals is None or any(literal in lowered for literal in literals), text

    check()


@pytest.mark.parametrize(
    ("pattern", "test"),
    [
        (datetimes.MODIFIED_LABEL, datetimes.has_modified_label),
        (datetimes.PUBLISHED_LABEL, datetimes.has_published_label),
    ],
    ids=["modified", "published"],
)
def test_date_label_precheck_passes_every_label(
    pattern: re.Pattern[str], test: Callable[[str], bool]
) -> None:
    @SETTINGS
    @given(st.from_regex(pattern))
    def check(text: str) -> None:
        assert test(text), text

    check()
