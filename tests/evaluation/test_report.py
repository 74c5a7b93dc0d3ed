"""evaluate(), report_to_dict() and render_report() on tiny gold sets of both kinds."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from cleaner.evaluation.gold import GoldFormatError, load_gold, load_records, record_id
from cleaner.evaluation.report import evaluate, render_report, report_to_dict

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


def test_load_records_from_a_stream() -> None:
    stream = io.BytesIO(b'{"source": "x/p1.txt", "body": "b"}\n\n{"id": "p2", "body": "c"}\n')
    assert set(load_records(stream)) == {"p1", "p2"}


def test_load_gold_rejects_rows_without_id(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "body": ""}\n{"body": ""}\n')
    with pytest.raises(GoldFormatError, match="row 2"):
        load_gold(path)


def test_load_records_rejects_bad_json() -> None:
    with pytest.raises(GoldFormatError, match="line 2: not valid JSON"):
        load_records(io.BytesIO(b'{"id": "a"}\n{oops\n'))
    with pytest.raises(GoldFormatError, match="line 1: expected a JSON object"):
        load_records(io.BytesIO(b"[1, 2]\n"))
