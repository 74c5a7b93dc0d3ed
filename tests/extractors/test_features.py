"""FeaturesExtractor: per-block text features, computed once and stored on the page."""

from __future__ import annotations

from cleaner.blocks import Block, Field, Mark, Page
from cleaner.extractors.features import (
    FeaturesExtractor,
    block_stats,
    flattened_lines,
    line_key,
    page_facts,
    stats,
)
from cleaner.extractors.fields import record_fields
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


def test_a_repeated_line_gets_the_features_of_its_first_print() -> None:
    from cleaner.pipeline import DEFAULT_STEPS

    index = next(step for step in DEFAULT_STEPS if isinstance(step, FeaturesExtractor)).needles
    lines = ("Share this", "The council voted on Monday.", "Share this", "Home")
    after = FeaturesExtractor(index).run(_page(*lines))
    assert after.stats[2] == after.stats[0] and after.stats[0].hits
    # A block whose word count was given otherwise (the needles' tier reads it) is scanned.
    odd = Block(4, "Share this", words=1000)  # longer than any rule set judges: no hits
    page = Page("t", "text", (*_page(*lines).blocks, odd))
    alone = FeaturesExtractor(index).run(Page("t", "text", (Block(0, "Share this", words=1000),)))
    assert FeaturesExtractor(index).run(page).stats[4] == alone.stats[0]
    assert alone.stats[0].hits == 0


def test_blocks_removed_before_get_no_features() -> None:
    page = _page("Home", "The council voted on Monday.").with_marks(
        [Mark(0, Reason.NAV_CONTAINER, "markup")]
    )
    after = FeaturesExtractor().run(page)
    assert after.stats[0] is None
    assert after.stats[1] is not None and after.stats[1].words == 5


def test_page_facts_are_computed_once_and_passed_on_with_the_page() -> None:
    texts = ("Ioniq 5", "Base price: $36,600", "Leaf", "Base price: $31,495", "Model 3")
    texts += ("Base price: $38,630",)
    blocks = tuple(Block(i, t, line=i + 1) for i, t in enumerate(texts))
    blocks += (Block(6, "One.", line=8), Block(7, "Two.", line=8))
    after = FeaturesExtractor().run(Page("src", "text", blocks))
    facts = page_facts(after)
    assert facts is after.facts
    assert facts.of(record_fields) == record_fields(blocks) == frozenset({1, 3, 5})
    assert facts.flattened_lines == flattened_lines(blocks) == frozenset({8})
    assert facts.line_pieces[8] == 2
    assert facts.of(record_fields) is facts.of(record_fields)  # kept, not found again
    marked = after.with_marks([Mark(0, Reason.NAVIGATION_RUN, "navigation")])
    assert page_facts(marked) is facts


def test_a_page_without_facts_gets_them_afresh() -> None:
    page = _page("One.", "Two.")
    assert page.facts is None
    assert page_facts(page).flattened_lines == flattened_lines(page.blocks)


def test_line_key_folds_ascii_and_other_text_alike() -> None:
    # An ASCII line is lower-cased (the same as casefold there); any other is case-folded.
    assert line_key("  The  KELVIN\tScale ") == "the kelvin scale"
    assert line_key("Die  STRASSE und die Straße") == "die strasse und die strasse"
    assert line_key("\u212a Kelvin") == "k kelvin"  # the Kelvin sign folds to an ASCII k


def test_the_hits_are_those_the_needle_index_gives() -> None:
    # _stats_of writes NeedleIndex.hits() out in its loop (a call a block saved): the two
    # must agree on every line, short, long and of any rule set's words.
    from cleaner.pipeline import DEFAULT_STEPS

    index = next(step for step in DEFAULT_STEPS if isinstance(step, FeaturesExtractor)).needles
    assert index is not None
    lines = (
        "Share this",
        "Read more",
        "By Jane Doe and John Smith, 3 June 2021",
        "Advertisement",
        "Home | News | Sport",
        "The council voted on Monday to close the road, the mayor said.",
        " ".join(["word"] * 200),
    )
    for line in lines:
        page = FeaturesExtractor(index).run(_page(line))
        found = page.stats[0]
        assert found.hits == index.hits(found.lowered, page.blocks[0].words), line
