"""The features step's one needle scan (cleaner.needles) screens lines for the steps that
try patterns on nearly every short line; the screens never change a result: a line a pattern
matches always has its screen's bit, and a page cleaned without the scan (each step then tries
its patterns itself) gets the same marks and fields."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import ahocorasick
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import datetimes
from cleaner.blocks import Block, Mark, PageFacts, TextStats, page_facts
from cleaner.config import CleanerConfig, InputType
from cleaner.extractors import authors, bios, dates, publisher, related, title
from cleaner.extractors.features import FeaturesExtractor
from cleaner.extractors.rules import RuleSet, rule
from cleaner.frontends import load_page
from cleaner.needles import NeedleIndex, Screen, automaton, screen_hits, screen_lines
from cleaner.pipeline import DEFAULT_STEPS, run
from cleaner.prechecks import needle_text
from cleaner.reasons import Reason

_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "text"

# Each screen's patterns, bit by bit, with the text each pattern is tried on.
_SCREENED: dict[str, tuple[Screen, tuple[re.Pattern[str], ...]]] = {
    "authors": (
        authors.SCREEN,
        (
            authors._NEEDLES,
            authors._LABEL_NEEDLES,
            authors._CONTACT,
            authors._THREAD_STARTER,
        ),
    ),
    "dates": (dates.SCREEN, (datetimes._HINT,)),
    "related_header": (related._HEADER_SCREEN, (related._HEADER,)),
    "related_read_more": (related._READ_MORE_SCREEN, (related._READ_MORE,)),
    "bios": (bios._BOX_SCREEN, (bios._BOX_HEADER,)),
    "bios_bio": (bios._BIO_SCREEN, (bios._BIO,)),
    "publisher": (publisher._SCREEN, (publisher._COPYRIGHT,)),
    "title": (title._SCREEN, (title._RESULT_COUNT, title._PRICE)),
}

_EXAMPLES = settings(
    max_examples=200, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)


def _lines(screen: Screen) -> st.SearchStrategy[str]:
    """Short lines of the screen's own needles and filler, in any case."""
    pieces = st.sampled_from([*screen.masks, "Jane Doe", "the", "2024", ":", "İ", "ſ"])
    texts = st.lists(pieces, max_size=5).map(" ".join) | st.text(max_size=30)
    casings = st.sampled_from([str.lower, str.upper, str.title, str])
    return st.tuples(texts, casings).map(lambda case: case[1](case[0]))


@pytest.mark.parametrize("name", sorted(_SCREENED))
def test_a_line_a_pattern_matches_has_its_screen_bit(name: str) -> None:
    screen, patterns = _SCREENED[name]
    index = NeedleIndex.of((screen,))
    place = index.place(screen)
    assert place is not None

    @_EXAMPLES
    @given(_lines(screen))
    def check(text: str) -> None:
        words = min(len(text.split()), screen.max_words)
        bits = index.hits(needle_text(text), words) >> place[0] & place[1]
        for bit, pattern in enumerate(patterns):
            if pattern.search(text.strip()) or pattern.search(needle_text(text)):
                assert bits >> bit & 1, (text, pattern.pattern[:40])

    check()


def test_a_line_is_scanned_only_for_the_sets_that_judge_its_length() -> None:
    short, long = Screen.of((("by",),), max_words=3), Screen.of((("by",),), max_words=10)
    index = NeedleIndex.of((short, long))
    assert index.hits("by jane", 2) == 0b11
    assert index.hits("written by jane doe of the times", 7) == 0b10
    assert index.hits(" ".join(["by"] * 11), 11) == 0


def test_a_line_is_scanned_only_for_the_rules_that_judge_its_length() -> None:
    # A rule set's max_words is its longest rule's: a longer line than another rule judges
    # gets none of that rule's bits, and the rule set's reason is the same without them.
    rules = RuleSet.of(
        rule(Reason.SHARE_PROMPT, r"\bshare\b", 3),
        rule(Reason.NEWSLETTER_PROMPT, r"newsletter", 10),
    )
    index = NeedleIndex.of((rules,))
    assert index.hits("share our newsletter", 3) == 0b11
    assert index.hits("please share our newsletter with your friends", 7) == 0b10
    assert rules.reason(Block(0, "Please share our newsletter with your friends"), found=0b10) == (
        Reason.NEWSLETTER_PROMPT
    )
    assert index.hits("please share this story with your friends and family", 9) == 0


@_EXAMPLES
@given(
    st.dictionaries(st.text("ab .é/1", min_size=1, max_size=4), st.integers(1, 255), min_size=1),
    st.text("ab .é/1xyz", max_size=30),
)
def test_the_hits_do_not_depend_on_the_order_needles_are_added(
    masks: dict[str, int], text: str
) -> None:
    # automaton() adds the needles in its own order (for speed): the hits are those of any.
    plain = ahocorasick.Automaton()
    for needle, mask in masks.items():
        plain.add_word(needle, mask)
    plain.make_automaton()
    expected = sorted(plain.iter(text)) if plain.kind else []
    assert sorted(automaton(masks).iter(text)) == expected


def test_a_screen_needs_needles() -> None:
    with pytest.raises(ValueError, match="empty"):
        Screen.of((None,), max_words=3)


def test_without_the_scan_every_block_is_tried() -> None:
    page = load_page("By Jane Doe\n\nThe council voted.", "-", CleanerConfig())
    assert screen_hits(page, authors.SCREEN) == [None, None]


def test_the_features_step_scans_for_every_screened_step() -> None:
    features = next(step for step in DEFAULT_STEPS if isinstance(step, FeaturesExtractor))
    assert features.needles is not None
    screens = [screen for step in DEFAULT_STEPS for screen in getattr(step, "screens", ())]
    assert len(screens) == len(_SCREENED)  # each screen is also tested above
    assert all(features.needles.place(screen) is not None for screen in screens)


@pytest.mark.parametrize("path", sorted(_FIXTURES.glob("*.txt"))[:12], ids=lambda p: p.name)
def test_a_page_cleaned_without_the_scan_gets_the_same_marks_and_fields(path: Path) -> None:
    config = CleanerConfig(input_type=InputType.TEXT)
    unscanned = tuple(
        FeaturesExtractor() if isinstance(step, FeaturesExtractor) else step
        for step in DEFAULT_STEPS
    )
    page = load_page(path.read_bytes(), path.name, config)
    scanned_page, plain_page = run(page, config).page, run(page, config, unscanned).page
    assert plain_page.needles is None and scanned_page.needles is not None
    assert dict(scanned_page.marks) == dict(plain_page.marks)
    assert dict(scanned_page.fields) == dict(plain_page.fields)


def test_a_screen_gives_bits_by_block() -> None:
    page = FeaturesExtractor(NeedleIndex.of((authors.SCREEN,))).run(
        load_page("By Jane Doe\n\nThe council voted.", "-", CleanerConfig())
    )
    found = screen_hits(page, authors.SCREEN)
    assert [bits is not None and bits & authors._AUTHOR_BIT for bits in found] == [1, 0]


def test_a_screen_reads_each_blocks_bits_from_its_features() -> None:
    # screen_hits reads the bits from the page's facts (one int list per page), not from each
    # block's TextStats: the same bits, and None for a block removed before the features step.
    index = NeedleIndex.of((authors.SCREEN, dates.SCREEN))
    text = "Home\n\nBy Jane Doe\n\nMay 2, 2024\n\nThe council voted."
    loaded = load_page(text, "-", CleanerConfig())
    page = FeaturesExtractor(index).run(loaded.with_marks([Mark(0, Reason.NAVIGATION_RUN, "t")]))
    for screen in (authors.SCREEN, dates.SCREEN):
        shift, mask = index.place(screen) or (0, 0)
        expected = [None if s is None else s.hits >> shift & mask for s in page.stats]
        assert screen_hits(page, screen) == expected
        assert screen_hits(dataclasses.replace(page, facts=None), screen) == expected
    assert screen_hits(page, authors.SCREEN)[0] is None


def test_a_page_of_scanned_lines_reads_its_bits_from_one_array() -> None:
    # No block removed before the features step: every screen's bits come from one numpy
    # array of the page's hits (PageFacts.hit_array), the same ints as line by line.
    index = NeedleIndex.of((authors.SCREEN, dates.SCREEN))
    text = "Home\n\nBy Jane Doe\n\nMay 2, 2024\n\nThe council voted."
    page = FeaturesExtractor(index).run(load_page(text, "-", CleanerConfig()))
    assert page_facts(page).hit_array is not None
    for screen in (authors.SCREEN, dates.SCREEN):
        shift, mask = index.place(screen) or (0, 0)
        expected = [0 if s is None else s.hits >> shift & mask for s in page.stats]
        found = screen_hits(page, screen)
        assert found == expected and all(type(bits) is int for bits in found)


def test_a_screens_lines_are_those_whose_bits_hold_one_of_the_asked() -> None:
    # screen_lines reads the same bits as screen_hits, all lines at once, for the steps that
    # try only the lines holding a needle; with the blocks not scanned, whose bits are None.
    index = NeedleIndex.of((authors.SCREEN, dates.SCREEN))
    text = "Home\n\nBy Jane Doe\n\nMay 2, 2024\n\nThe council voted.\n\nVon Hans Muster"
    loaded = load_page(text, "-", CleanerConfig())
    page = FeaturesExtractor(index).run(loaded)
    unscanned = FeaturesExtractor(index).run(
        loaded.with_marks([Mark(0, Reason.NAVIGATION_RUN, "t")])
    )
    for each in (page, unscanned):
        for screen in (authors.SCREEN, dates.SCREEN):
            found = screen_hits(each, screen)
            for bits in (1, 2, 3, (1 << screen.width) - 1):
                expected = [i for i, hit in enumerate(found) if hit is None or hit & bits]
                assert screen_lines(each, screen, bits) == expected
    assert screen_lines(page, authors.SCREEN, authors._AUTHOR_BIT) == [1, 4]
    assert screen_lines(unscanned, authors.SCREEN, authors._AUTHOR_BIT) == [0, 1, 4]
    assert screen_lines(page, publisher._SCREEN, 1) == [0, 1, 2, 3, 4]  # not in the index
    assert screen_lines(loaded, authors.SCREEN, 1) == [0, 1, 2, 3, 4]  # no features step


def test_a_screens_lines_are_read_one_by_one_past_62_bits() -> None:
    # Hits that need the sign bit make no array: the lines are read off the int list.
    index = NeedleIndex.of((authors.SCREEN, dates.SCREEN))
    text = "Home\n\nBy Jane Doe\n\nMay 2, 2024\n\nVon Hans Muster"
    page = FeaturesExtractor(index).run(load_page(text, "-", CleanerConfig()))
    wide = tuple(s and s._replace(hits=s.hits | 1 << 62) for s in page.stats)
    widened = dataclasses.replace(page, stats=wide, facts=None)
    assert page_facts(widened).hit_array is None
    for bits in (1, 2, 3):
        assert screen_lines(widened, authors.SCREEN, bits) == screen_lines(
            page, authors.SCREEN, bits
        )
    assert screen_lines(widened, authors.SCREEN, authors._AUTHOR_BIT) == [1, 3]


def test_hits_past_62_bits_are_read_line_by_line() -> None:
    stats = (TextStats(2, 9, 0.0, False, "jane doe", 1 << 62), TextStats(1, 4, 0.0, False, "home"))
    assert PageFacts((), stats).hit_array is None
    assert PageFacts((), stats[1:]).hit_array is not None
