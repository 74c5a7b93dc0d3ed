"""The benchmark metrics on tiny hand-made pages, including the README's edge cases."""

from __future__ import annotations

import pytest

from cleaner.evaluation.metrics import (
    MetadataScore,
    metadata_matches,
    metadata_scores,
    page_shingle_pr,
    page_word_prf,
    shingle_page,
    shingle_scores,
    snippet_counts,
    snippet_page,
    snippet_scores,
    word_scores,
)

GOLD = "the council voted on monday to close the bridge"  # 9 tokens, 6 shingles


def test_identical_page_scores_one() -> None:
    assert page_shingle_pr(GOLD, GOLD) == (1.0, 1.0)


def test_both_empty_is_perfect_because_fp_and_fn_are_zero() -> None:
    assert page_shingle_pr("", "") == (1.0, 1.0)


def test_short_texts_have_no_shingles_so_any_pair_counts_as_perfect() -> None:
    # Fewer than 4 tokens give no shingles at all: fp = fn = 0.
    assert page_shingle_pr("one two", "three") == (1.0, 1.0)


def test_empty_prediction_has_undefined_precision_and_zero_recall() -> None:
    assert page_shingle_pr("", GOLD) == (None, 0.0)


def test_prediction_on_empty_gold_has_zero_precision_and_undefined_recall() -> None:
    assert page_shingle_pr(GOLD, "") == (0.0, None)


def test_extra_text_lowers_precision_only() -> None:
    precision, recall = page_shingle_pr(GOLD + " share this story now", GOLD)
    assert recall == 1.0
    assert precision == pytest.approx(6 / 10)


def test_shingles_are_a_multiset() -> None:
    # The repeated paragraph's shingles are counted twice, but the gold holds them once.
    precision, recall = page_shingle_pr(GOLD + " . " + GOLD, GOLD)
    assert recall == 1.0
    assert precision == pytest.approx(6 / 15)


def test_tokens_are_unicode_words_and_case_matters() -> None:
    assert page_shingle_pr("Straße über die Brücke", "Straße über die Brücke") == (1.0, 1.0)
    assert page_shingle_pr("The council voted today", "the council voted today") == (0.0, 0.0)


def test_averages_skip_pages_where_precision_or_recall_is_undefined() -> None:
    score = shingle_scores([(GOLD, GOLD), ("", GOLD), (GOLD, "")])
    # precision defined on pages 1 and 3: (1 + 0) / 2; recall on pages 1 and 2: (1 + 0) / 2
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(0.5)
    assert score.f1 == pytest.approx(0.5)
    assert score.accuracy == pytest.approx(1 / 3)
    assert score.pages == 3


def test_f1_is_harmonic_mean_of_the_averages_not_average_of_page_f1() -> None:
    half = "the council voted on monday"  # 2 of 6 gold shingles, no false positives
    score = shingle_scores([(half, GOLD), (GOLD + " x y z w", GOLD)])
    precision = (1.0 + 6 / 10) / 2
    recall = (2 / 6 + 1.0) / 2
    assert score.f1 == pytest.approx(2 * precision * recall / (precision + recall))


def test_accuracy_compares_token_lists_not_whitespace_or_punctuation() -> None:
    score = shingle_scores([("The  bridge, closed.\n\nIt rained.", "The bridge closed. It rained")])
    assert score.accuracy == 1.0


def test_no_pages_gives_zeros() -> None:
    assert shingle_scores([]).f1 == 0.0


def test_snippet_counts_normalise_whitespace() -> None:
    body = "First   paragraph.\n\nSecond one."
    assert snippet_counts(body, ["paragraph. Second", "missing"], ["Second one.", "Ad"]) == (
        1,
        1,
        1,
        1,
    )


def test_snippet_scores_sum_counts_over_pages() -> None:
    score = snippet_scores([("a b c", ["a", "b"], ["c"]), ("d", ["e"], ["f", "g"])])
    assert (score.tp, score.fp, score.tn, score.fn, score.pages) == (2, 1, 2, 1, 2)
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(2 / 3)
    assert score.accuracy == pytest.approx(4 / 6)


def test_snippet_scores_with_nothing_found_are_zero_not_an_error() -> None:
    score = snippet_scores([("", ["a"], [])])
    assert (score.precision, score.recall, score.f1) == (0.0, 0.0, 0.0)


def test_title_match_ignores_case_and_whitespace() -> None:
    matches = metadata_matches({"title": " Bridge\n closed "}, {"title": "bridge closed"})
    assert matches["title"]


def test_empty_gold_date_and_author_mean_none_should_be_given() -> None:
    gold = {"title": "t", "date": "", "author": ""}
    assert metadata_matches({"title": "t"}, gold) == {"title": True, "date": True, "author": True}
    record = {"title": "t", "published": "2020-01-01", "authors": ["Ann"]}
    assert metadata_matches(record, gold) == {"title": True, "date": False, "author": False}


def test_a_month_gold_date_matches_any_day_of_that_month() -> None:
    gold = {"title": "t", "author": "", "date": "2015-11"}
    assert metadata_matches({"title": "t", "published": "2015-11-03"}, gold)["date"]
    assert not metadata_matches({"title": "t", "published": "2015-12-03"}, gold)["date"]


def test_null_gold_date_and_author_mean_none_should_be_given() -> None:
    gold = {"title": "t", "author": None, "date": None}
    assert metadata_matches({"title": "t"}, gold) == {"title": True, "date": True, "author": True}
    wrong = {"title": "t", "published": "2020-01-01", "authors": ["X"]}
    assert metadata_matches(wrong, gold) == {"title": True, "date": False, "author": False}


def test_date_compares_first_ten_characters() -> None:
    gold = {"title": "t", "date": "2016-12-02", "author": ""}
    assert metadata_matches({"published": "2016-12-02T18:51:00-05:00"}, gold)["date"]
    assert not metadata_matches({"published": "2016-12-03"}, gold)["date"]
    assert not metadata_matches({}, gold)["date"]


def test_author_matches_when_one_contains_the_other() -> None:
    gold = {"title": "t", "date": "", "author": "Howard Altman; Jane Doe"}
    assert metadata_matches({"authors": ["Howard Altman"]}, gold)["author"]
    assert metadata_matches({"authors": ["howard altman", "jane doe"]}, gold)["author"]
    assert not metadata_matches({"authors": ["Jane Roe"]}, gold)["author"]
    assert not metadata_matches({"authors": []}, gold)["author"]


def test_gold_author_may_be_a_list() -> None:
    gold = {"title": "t", "date": "", "author": ["Ann Lee", "Bo Kim"]}
    assert metadata_matches({"authors": ["Ann Lee", "Bo Kim"]}, gold)["author"]


def test_metadata_scores_skip_pages_without_gold_title() -> None:
    pairs = [
        ({"title": "A"}, {"title": "a", "date": "", "author": ""}),
        ({"title": "B"}, {"title": "x", "date": "2020-01-01", "author": ""}),
        ({"title": "C"}, {"title": None, "date": None, "author": None}),
    ]
    assert metadata_scores(pairs) == MetadataScore(title=0.5, author=1.0, date=0.5, pages=2)


def test_metadata_scores_without_annotated_pages() -> None:
    assert metadata_scores([]).pages == 0


# --- word F1 (WCXB's evaluate.py) --------------------------------------------------------------


def test_word_f1_lowercases_and_counts_a_multiset() -> None:
    assert page_word_prf("The the cat", "the cat") == pytest.approx((2 / 3, 1.0, 0.8))


def test_word_f1_ignores_order_and_punctuation() -> None:
    assert page_word_prf("bridge, the: council!", "the council bridge")[2] == 1.0


def test_word_f1_empty_cases_follow_wcxb() -> None:
    assert page_word_prf("", "") == (1.0, 1.0, 1.0)
    assert page_word_prf("noise", "") == (0.0, 0.0, 0.0)
    assert page_word_prf("", GOLD) == (0.0, 0.0, 0.0)
    assert page_word_prf("...", GOLD) == (0.0, 0.0, 0.0)  # no tokens is an empty prediction


def test_word_scores_are_means_of_page_scores() -> None:
    score = word_scores([(GOLD, GOLD), ("the council", GOLD), ("", GOLD)])
    page_f1 = 2 * (1.0 * 2 / 9) / (1.0 + 2 / 9)
    assert score.f1 == pytest.approx((1 + page_f1 + 0) / 3)
    assert score.precision == pytest.approx((1 + 1 + 0) / 3)
    assert score.recall == pytest.approx((1 + 2 / 9 + 0) / 3)
    assert score.pages == 3


def test_word_scores_of_no_pages_are_zero() -> None:
    assert word_scores([]).pages == 0


# --- page F1 of the shingle and snippet metrics -----------------------------------------------


def _shingle_f1(predicted: str, gold: str) -> float:
    return shingle_page(predicted, gold).f1


def _snippet_f1(body: str, with_: list[str], without: list[str]) -> float:
    return snippet_page(body, with_, without).f1


def test_page_shingle_f1_is_zero_for_an_empty_prediction_and_one_when_both_are_empty() -> None:
    assert _shingle_f1("", GOLD) == 0.0
    assert _shingle_f1(GOLD, "") == 0.0
    assert _shingle_f1("", "") == 1.0
    assert _shingle_f1(GOLD, GOLD) == 1.0


def test_page_shingle_f1_counts_shingles() -> None:
    # 6 gold shingles, the first 4 predicted (7 tokens), plus 2 wrong shingles from "x y".
    predicted = "the council voted on monday to close x y"
    assert _shingle_f1(predicted, GOLD) == pytest.approx(2 * 4 / (2 * 4 + 2 + 2))


def test__snippet_f1() -> None:
    assert _snippet_f1("a b", ["a", "c"], ["b", "d"]) == pytest.approx(2 / (2 + 1 + 1))
    assert _snippet_f1("anything", [], ["absent"]) == 1.0  # nothing to find, nothing leaked
    assert _snippet_f1("", ["a"], []) == 0.0
