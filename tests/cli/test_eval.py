"""`cleaner eval` through click's CliRunner: output, --json, matching records to gold by id,
source and URL, --matched-only, the metric choice, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.cli.eval import eval_command

BODY = "the council voted on monday to close the bridge"


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"id": "p1", "url": "u", "body": BODY})
        + "\n"
        + json.dumps({"id": "p2", "url": "u", "body": BODY})
        + "\n"
    )
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps({"source": "pages/p1.html.gz", "body": BODY}) + "\n")
    return records, gold


def test_prints_a_table_to_stdout(files: tuple[Path, Path]) -> None:
    records, gold = files
    result = CliRunner().invoke(eval_command, [str(records), str(gold)])
    assert result.exit_code == 0
    assert "shingle" in result.stdout
    assert "1 missing (scored as empty)" in result.stdout
    assert "1 by source" in result.stdout
    assert result.stderr == (
        f"cleaner: warning: {records}: 1 of 2 gold pages have no record and are scored as empty "
        "bodies (--matched-only scores the matched pages only)\n"
    )


def test_json_output(files: tuple[Path, Path]) -> None:
    records, gold = files
    result = CliRunner().invoke(eval_command, ["--json", str(records), str(gold)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["missing"] == ["p2"]
    assert data["shingle"]["precision"] == 1.0
    assert data["shingle"]["recall"] == 0.5
    assert data["snippet"] is None


def test_records_from_stdin(files: tuple[Path, Path]) -> None:
    records, gold = files
    result = CliRunner().invoke(
        eval_command, ["-", str(gold), "--json"], input=records.read_bytes()
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout)["matched"] == 1


def test_missing_file_is_one_line_and_exit_1(files: tuple[Path, Path], tmp_path: Path) -> None:
    records, _ = files
    missing = tmp_path / "nope.jsonl"
    result = CliRunner().invoke(eval_command, [str(records), str(missing)])
    assert result.exit_code == 1
    assert result.stderr == f"cleaner: error: {missing}: no such file or directory\n"
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


def test_directory_is_an_error(files: tuple[Path, Path], tmp_path: Path) -> None:
    _, gold = files
    result = CliRunner().invoke(eval_command, [str(tmp_path), str(gold)])
    assert result.exit_code == 1
    assert result.stderr == f"cleaner: error: {tmp_path}: is a directory\n"


def test_malformed_jsonl_names_the_line(files: tuple[Path, Path], tmp_path: Path) -> None:
    _, gold = files
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "p1", "body": ""}\nnot json\n')
    result = CliRunner().invoke(eval_command, [str(bad), str(gold)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"cleaner: error: {bad}: line 2: not valid JSON")
    assert result.stderr.count("\n") == 1


def test_usage_errors_exit_2(files: tuple[Path, Path]) -> None:
    records, _ = files
    assert CliRunner().invoke(eval_command, [str(records)]).exit_code == 2
    assert CliRunner().invoke(eval_command, ["--nope"]).exit_code == 2


def _write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


WCXB_ROWS: list[dict[str, object]] = [
    {
        "id": "0001",
        "url": "https://news.example.org/a/story",
        "body": BODY,
        "with": ["voted on monday"],
        "without": ["Sign in"],
        "title": "Bridge",
        "author": None,
        "date": None,
        "type": "article",
    },
    {
        "id": "0002",
        "url": "https://forum.example.net/t/42",
        "body": "first post and a reply",
        "with": [],
        "without": [],
        "title": "Thread",
        "author": None,
        "date": None,
        "type": "forum",
    },
]


def test_warc_records_match_by_url(tmp_path: Path) -> None:
    gold = _write_jsonl(tmp_path / "gold.jsonl", WCXB_ROWS)
    records = _write_jsonl(
        tmp_path / "out.jsonl",
        [
            {"source": "crawl.warc.gz#0", "url": "http://news.example.org/a/story/", "body": BODY},
            {"source": "crawl.warc.gz#913", "url": "https://forum.example.net/t/42", "body": ""},
        ],
    )
    result = CliRunner().invoke(eval_command, ["--json", str(records), str(gold)])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["matched"] == 2
    assert data["matching"]["url"] == 2
    assert data["metric"] == "word"
    assert data["word"]["f1"] == 0.5
    assert data["by_type"]["article"]["word"]["f1"] == 1.0
    assert data["failed_pages"] == 1
    assert result.stderr == ""


def test_nothing_matching_is_an_error_not_a_zero_score(tmp_path: Path) -> None:
    gold = _write_jsonl(tmp_path / "gold.jsonl", WCXB_ROWS)
    records = _write_jsonl(
        tmp_path / "out.jsonl", [{"source": "0001.warc.gz#0", "url": None, "body": BODY}]
    )
    result = CliRunner().invoke(eval_command, [str(records), str(gold)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"cleaner: error: {records}: none of its 1 records matches")
    assert "match by url" in result.stderr
    assert result.stderr.count("\n") == 1


def test_matched_only_scores_the_matched_pages(tmp_path: Path) -> None:
    gold = _write_jsonl(tmp_path / "gold.jsonl", WCXB_ROWS)
    records = _write_jsonl(tmp_path / "out.jsonl", [{"id": "0001", "body": BODY}])
    plain = CliRunner().invoke(eval_command, ["--json", str(records), str(gold)])
    assert json.loads(plain.stdout)["word"]["f1"] == 0.5
    assert json.loads(plain.stdout)["missing"] == ["0002"]
    subset = CliRunner().invoke(eval_command, ["--json", "--matched-only", str(records), str(gold)])
    data = json.loads(subset.stdout)
    assert (data["pages"], data["word"]["f1"], data["missing"]) == (1, 1.0, [])
    assert data["matching"]["matched_only"] is True
    assert subset.stderr == ""
    table = CliRunner().invoke(eval_command, ["--matched-only", str(records), str(gold)])
    assert "--matched-only: scored the 1 matched gold pages" in table.stdout


def test_unmatched_records_are_named_in_a_warning(tmp_path: Path) -> None:
    gold = _write_jsonl(tmp_path / "gold.jsonl", WCXB_ROWS)
    records = _write_jsonl(
        tmp_path / "out.jsonl",
        [{"id": "0001", "body": BODY}, {"id": "0002", "body": ""}, {"source": "x/zz.html"}],
    )
    result = CliRunner().invoke(eval_command, [str(records), str(gold)])
    assert result.exit_code == 0
    assert "1 records match no gold page (e.g. x/zz.html)" in result.stderr
    assert "article" in result.stdout and "forum" in result.stdout  # a row per page type


def test_fundus_gold_is_detected_as_shingle_and_metric_can_be_forced(tmp_path: Path) -> None:
    row = {"id": "de-X_2024", "url": "u", "body": BODY, "title": "T", "author": "A", "date": ""}
    gold = _write_jsonl(tmp_path / "gold.jsonl", [row])
    records = _write_jsonl(tmp_path / "out.jsonl", [{"source": "p/de-X_2024.html", "body": BODY}])
    auto = json.loads(CliRunner().invoke(eval_command, ["--json", str(records), str(gold)]).stdout)
    assert (auto["metric"], auto["shingle"]["f1"], auto["metadata"]["pages"]) == ("shingle", 1, 1)
    forced = CliRunner().invoke(
        eval_command, ["--json", "--metric", "word", str(records), str(gold)]
    )
    assert json.loads(forced.stdout)["word"]["f1"] == 1.0
    assert (
        CliRunner().invoke(eval_command, ["--metric", "nope", str(records), str(gold)]).exit_code
        == 2
    )
