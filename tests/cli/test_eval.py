"""`cleaner eval` through click's CliRunner: output, --json, exit codes, one-line errors."""

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
    assert "1 missing" in result.stdout
    assert result.stderr == ""


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
