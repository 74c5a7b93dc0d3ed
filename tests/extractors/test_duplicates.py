"""DuplicateExtractor: later repeats of a block, exact or near, are dropped."""

from __future__ import annotations

from cleaner.blocks import Mark, Page
from cleaner.extractors.duplicates import DuplicateExtractor, first_occurrences, normalised_words
from cleaner.reasons import Reason
from tests.helpers import text_page as _page

STANDFIRST = (
    "Gen. Ducret said defeating ISIS will mark the start of a new battle worldwide against "
    "the jihadi group."
)


def _run(*texts: str) -> Page:
    return DuplicateExtractor().run(_page(*texts))


def test_docstring_example() -> None:
    after = _run(STANDFIRST, "Courtesy of French army", STANDFIRST)
    assert list(after.marks) == [2]
    assert after.marks[2].reason == Reason.DUPLICATE_TEXT
    assert after.marks[2].by == "duplicates"


LONG = (
    "French Brig. Gen. Thierry Ducret, his nation's representative to the international "
    "coalition of more than 50 nations at U.S. Central Command, said defeating ISIS in Iraq "
    "and Syria will mark the start of a new battle worldwide against the jihadi group."
)


def test_near_repeat_is_a_duplicate() -> None:
    near = LONG.replace("worldwide", "around the world")
    assert list(_run(LONG, "Courtesy of French army", near).marks) == [2]


def test_repeat_with_other_apostrophes_is_a_duplicate() -> None:
    near = LONG.replace("nation's", "nation’s").replace("worldwide", "around the world")
    assert list(_run(LONG, "Courtesy of French army", near).marks) == [2]


def test_one_changed_word_in_a_short_caption_is_a_near_repeat() -> None:
    near = STANDFIRST.replace("worldwide", "globally")
    assert list(_run(STANDFIRST, near).marks) == [1]


def test_every_later_repeat_is_marked_and_the_first_kept() -> None:
    after = _run(STANDFIRST, "Other text of some length here now.", STANDFIRST, STANDFIRST)
    assert sorted(after.marks) == [2, 3]
    assert first_occurrences(after.blocks) == {2: 0, 3: 0}


def test_short_repeats_are_left_to_other_steps() -> None:
    assert (
        _run("Advertisement", "Photo by Jane Doe", "Advertisement", "Photo by Jane Doe").marks == {}
    )


def test_different_blocks_are_not_duplicates() -> None:
    other = (
        "Gen. Ducret said the coalition will need more aircraft and more trainers in the year "
        "ahead."
    )
    assert _run(STANDFIRST, other).marks == {}


def test_repeat_that_differs_in_case_and_punctuation_only() -> None:
    shouted = STANDFIRST.upper().replace(".", "")
    assert list(_run(STANDFIRST, shouted).marks) == [1]


def test_a_repeat_of_a_block_outside_the_html_content_is_kept() -> None:
    # A teaser of the first paragraph above the article: the copy inside it is the article's.
    page = _page(STANDFIRST, "Courtesy of French army", STANDFIRST)
    page = page.with_marks([Mark(0, Reason.OUTSIDE_CONTENT, "markup")])
    assert 2 not in DuplicateExtractor().run(page).marks


def test_words_are_lowered_one_by_one_where_case_folding_changes_letters() -> None:
    # An ASCII line is lowered whole (a speed-up); "İ" lowers to "i" and a combining dot, which
    # is no word character: lowered whole, "İzmir" would split in two.
    assert normalised_words("Photo: AP/Jane DOE") == ("photo", "ap", "jane", "doe")
    assert normalised_words("İzmir, Straße") == ("i̇zmir", "straße")
