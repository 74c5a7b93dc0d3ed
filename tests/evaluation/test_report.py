"""evaluate(), report_to_dict() and render_report() on tiny gold sets of every kind, and the
matching of records to gold rows."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from cleaner.evaluation.gold import (
    GoldFormatError,
    load_gold,
    match_records,
    read_records,
    record_id,
)
from cleaner.evaluation.report import BodyMetric, evaluate, render_report, report_to_dict

BODY = "the council voted on monday to close the bridge"
AEB = {"a": {"id": "a", "url": "u", "body": BODY}, "b": {"id": "b", "url": "u", "body": BODY}}
TRAF = {
    "t1": {
        "id": "t1",
        "url": "u",
        "with": ["voted on monday"],
        "without": ["Share this"],
        "title": "Bridge closed",
        "author": "Ann Lee",
        "date": "2020-01-02",
    },
    "t2": {"id": "t2", "url": "u", "with": ["x"], "without": [], "title": None},
}


def test_aeb_gold_gets_shingle_scores_only() -> None:
    report = evaluate({"a": {"body": BODY}, "b": {"body": BODY}}, AEB)
    assert report.shingle is not None
    assert report.shingle.f1 == 1.0
    assert report.snippet is None
    assert report.metadata is None


def test_missing_records_count_as_empty_bodies() -> None:
    report = evaluate({"a": {"body": BODY}}, AEB)
    assert report.missing == ("b",)
    assert report.matched == 1
    assert report.shingle is not None
    assert report.shingle.recall == pytest.approx(0.5)
    assert report.shingle.precision == 1.0  # undefined on the empty page, so not averaged


def test_records_not_in_gold_are_listed_and_ignored() -> None:
    report = evaluate({"a": {"body": BODY}, "b": {"body": BODY}, "zz": {"body": "noise"}}, AEB)
    assert report.extra == ("zz",)
    assert report.shingle is not None
    assert report.shingle.f1 == 1.0


def test_traf_gold_gets_snippets_and_metadata() -> None:
    record = {
        "body": "The council voted on Monday.",
        "title": "bridge  closed",
        "authors": ["Ann Lee"],
        "published": "2020-01-02T08:00:00",
    }
    report = evaluate({"t1": record, "t2": {"body": "x"}}, TRAF)
    assert report.shingle is None
    assert report.snippet is not None
    assert (report.snippet.tp, report.snippet.fp, report.snippet.tn, report.snippet.fn) == (
        1,
        0,
        1,
        1,
    )
    assert report.metadata is not None
    assert report.metadata.pages == 1  # t2 has no gold title
    assert (report.metadata.title, report.metadata.author, report.metadata.date) == (1.0, 1.0, 1.0)


def test_report_to_dict_is_json_serialisable() -> None:
    data = report_to_dict(evaluate({}, TRAF))
    assert json.loads(json.dumps(data))["snippet"]["tp"] == 0
    assert data["missing"] == ["t1", "t2"]
    assert data["shingle"] is None


def test_render_report_prints_every_metric() -> None:
    out = io.StringIO()
    render_report(evaluate({"t1": {"body": "voted on monday"}}, TRAF), Console(file=out, width=120))
    text = out.getvalue()
    for word in ("snippet", "precision", "title", "author", "date", "1 missing"):
        assert word in text


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"source": "../shared/bench/aeb/html/abc123.html.gz"}, "abc123"),
        ({"source": "dumps/blocks/abc123.txt"}, "abc123"),
        ({"source": "C:\\pages\\abc123.htm"}, "abc123"),
        ({"source": "abc123"}, "abc123"),
        ({"source": "a/b.v2.txt"}, "b.v2"),
        ({"id": "given", "source": "a/b.txt"}, "given"),
        ({"source": "-"}, None),
        ({}, None),
    ],
)
def test_record_id(record: dict[str, str], expected: str | None) -> None:
    assert record_id(record) == expected


def test_read_records_from_a_stream() -> None:
    stream = io.BytesIO(b'{"source": "x/p1.txt", "body": "b"}\n\n{"id": "p2", "body": "c"}\n')
    assert [record.get("id") for record in read_records(stream)] == [None, "p2"]


def test_load_gold_rejects_rows_without_id(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "body": ""}\n{"body": ""}\n')
    with pytest.raises(GoldFormatError, match="row 2"):
        load_gold(path)


def test_read_records_rejects_bad_json() -> None:
    with pytest.raises(GoldFormatError, match="line 2: not valid JSON"):
        read_records(io.BytesIO(b'{"id": "a"}\n{oops\n'))
    with pytest.raises(GoldFormatError, match="line 1: expected a JSON object"):
        read_records(io.BytesIO(b"[1, 2]\n"))


# --- WCXB-style gold: word F1, a row per page type, metadata ---------------------------------

WCXB = {
    "w1": {
        "id": "w1",
        "url": "https://a.org/one",
        "body": BODY,
        "with": ["voted on monday"],
        "without": ["Sign in"],
        "title": "Bridge",
        "author": None,
        "date": None,
        "type": "article",
    },
    "w2": {
        "id": "w2",
        "url": "https://b.org/two",
        "body": "first post second post",
        "with": [],
        "without": [],
        "title": "Thread",
        "author": "",
        "date": "2024-05",
        "type": "forum",
    },
    "w3": {"id": "w3", "url": "u3", "body": "", "title": "Empty", "type": "forum"},
}


def test_wcxb_gold_gets_word_f1_per_type_and_metadata() -> None:
    records = {
        "w1": {"body": BODY.upper(), "title": "bridge", "published": None},
        "w2": {"body": "first post", "title": "Thread", "published": "2024-05-17"},
        "w3": {"body": "", "title": "Empty"},
    }
    report = evaluate(records, WCXB)
    assert report.metric is BodyMetric.WORD
    assert report.shingle is None
    assert report.snippet is None
    assert report.word is not None
    assert report.page_f1["w1"] == 1.0  # case does not count
    assert report.page_f1["w2"] == pytest.approx(2 / 3)
    assert report.page_f1["w3"] == 1.0  # empty gold, empty prediction
    assert report.word.f1 == pytest.approx((1 + 2 / 3 + 1) / 3)
    assert report.failed_pages == 0
    assert sorted(report.by_type) == ["article", "forum"]
    assert report.by_type["forum"].pages == 2
    assert report.by_type["forum"].word is not None
    assert report.by_type["forum"].word.f1 == pytest.approx((2 / 3 + 1) / 2)
    assert report.metadata is not None
    assert report.metadata.date == 1.0  # "2024-05" is a prefix of 2024-05-17, null wants none


def test_a_missing_page_fails_and_text_on_an_empty_gold_fails() -> None:
    report = evaluate({"w3": {"body": "stray words"}}, WCXB)
    assert report.page_f1 == {"w1": 0.0, "w2": 0.0, "w3": 0.0}
    assert report.failed_pages == 3
    assert report.by_type["article"].failed_pages == 1


def test_metric_can_be_chosen() -> None:
    report = evaluate({"w1": {"body": BODY}}, WCXB, BodyMetric.SHINGLE)
    assert report.metric is BodyMetric.SHINGLE
    assert report.word is None
    assert report.shingle is not None
    assert report.page_f1["w1"] == 1.0


def test_shingle_and_snippet_page_f1() -> None:
    shingle = evaluate({"a": {"body": BODY}}, AEB)
    assert shingle.page_f1 == {"a": 1.0, "b": 0.0}
    assert shingle.failed_pages == 1
    snippet = evaluate({"t1": {"body": "voted on monday. Share this"}}, TRAF)
    assert snippet.page_f1["t1"] == pytest.approx(2 / 3)  # tp 1, fp 1, fn 0
    assert snippet.page_f1["t2"] == 0.0  # no record: its one "with" snippet is missed


def test_fundus_gold_is_scored_with_shingles_and_metadata() -> None:
    gold = {"f": {"id": "f", "body": BODY, "title": "T", "author": "Ann Lee", "date": "2024-01-02"}}
    report = evaluate({"f": {"body": BODY, "title": "t", "authors": ["Ann Lee", "Bo Ma"]}}, gold)
    assert report.metric is BodyMetric.SHINGLE
    assert report.metadata is not None
    assert (report.metadata.title, report.metadata.author, report.metadata.date) == (1, 1, 0)


def test_report_to_dict_has_types_and_page_f1() -> None:
    data = json.loads(json.dumps(report_to_dict(evaluate({}, WCXB))))
    assert data["metric"] == "word"
    assert data["by_type"]["forum"]["pages"] == 2
    assert data["by_type"]["forum"]["failed_pages"] == 1
    assert data["page_f1"]["w3"] == 1.0


def test_render_report_has_a_row_per_type() -> None:
    out = io.StringIO()
    render_report(evaluate({}, WCXB), Console(file=out, width=120))
    text = out.getvalue()
    for word in ("body (word)", "article", "forum", "F1<0.5", "3 missing"):
        assert word in text


# --- matching records to gold rows -----------------------------------------------------------


def test_match_by_id_then_source_then_url() -> None:
    records = [
        {"id": "w1", "source": "x/w2.html", "url": "https://b.org/two"},
        {"source": "out/w2.html.gz"},
        {"source": "crawl.warc.gz#1042", "url": "http://www.B.org/two/"},
        {"source": "pages.jsonl#L3", "url": "https://nowhere.org/"},
        {"source": "w3.warc.gz#7"},  # a WARC member never matches by its file name
    ]
    matching = match_records(records, WCXB)
    assert sorted(matching.records) == ["w1", "w2"]
    assert dict(matching.how) == {"id": 1, "source": 1, "url": 1}
    assert matching.duplicates == 1
    assert matching.records["w2"]["source"] == "crawl.warc.gz#1042"  # the last one counts
    assert matching.unmatched == ("pages.jsonl#L3", "w3.warc.gz#7")


def test_match_nothing() -> None:
    matching = match_records([{"source": "a.warc.gz#0"}, {}], WCXB)
    assert matching.records == {}
    assert matching.unmatched == ("a.warc.gz#0", "#2")
