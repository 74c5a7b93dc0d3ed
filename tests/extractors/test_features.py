"""FeaturesExtractor: per-block text features, computed once and stored on the page."""

from __future__ import annotations

from cleaner.blocks import Block, Field, Mark
from cleaner.extractors.features import FeaturesExtractor, block_stats, stats
from cleaner.reasons import Reason
from tests.helpers import text_page as _page


def test_docstring_example() -> None:
    page = _page("The council voted on Monday.", "Home")
    assert page.stats == ()
    after = FeaturesExtractor().run(page)
    assert len(after.stats) == 2
    assert after.stats[0].words == 5
    assert after.stats[0].ends_sentence is True
    assert after.stats[1].ends_sentence is False


def test_stats_doctest() -> None:
    s = stats(Block(0, "The council voted on Monday."), frozenset({"the", "on"}))
    assert (s.words, s.stopword_share, s.ends_sentence) == (5, 0.4, True)


def test_stop_words_follow_the_page_language() -> None:
    text = "Der Stadtrat hat am Donnerstag mit großer Mehrheit ein neues Netz beschlossen."
    english = block_stats(_page(text))[0].stopword_share
    german = block_stats(_page(text).with_field("language", Field("de", "test")))[0].stopword_share
    assert german > english


def test_stored_stats_are_reused() -> None:
    after = FeaturesExtractor().run(_page("One.", "Two."))
    assert block_stats(after) is after.stats


def test_sentence_ends() -> None:
    ends = [
        s.ends_sentence
        for s in block_stats(
            _page("He said “no.”", "Really?", "Look at this:", "Home", "Tokyo。", "(AP)")
        )
    ]
    assert ends == [True, True, True, False, True, False]


def test_blocks_removed_before_get_no_features() -> None:
    page = _page("Home", "The council voted on Monday.").with_marks(
        [Mark(0, Reason.NAV_CONTAINER, "markup")]
    )
    after = FeaturesExtractor().run(page)
    assert after.stats[0] is None
    assert after.stats[1] is not None and after.stats[1].words == 5
