"""`cleaner explain`: every block kept or dropped and why, and where metadata came from."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from cleaner.cli import main
from tests.helpers import stall_document

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "text"
SEED = FIXTURES / "seed_tampa.txt"


class _EntryPoint:
    name = "cleaner"

    def main(self, args: Sequence[str], prog_name: str | None = None, **_: Any) -> None:
        main(list(args))


def run(*args: str | Path, input: bytes | None = None) -> Result:
    result = CliRunner().invoke(
        _EntryPoint(),  # type: ignore[arg-type]
        [str(a) for a in args],
        input=input,
        prog_name="cleaner",
        catch_exceptions=False,
        env={"COLUMNS": "200"},
    )
    assert "Traceback" not in result.stderr
    return result


def test_shows_each_block_with_its_verdict() -> None:
    result = run("explain", SEED)
    assert result.exit_code == 0
    out = result.stdout
    assert "kept" in out
    for verdict in (
        "chrome: home_page_prompt",
        "captions: photo_credit",
        "summary: summary",
        "duplicates: duplicate_text",
        "authors: contact_line",
        "title: title",
        "publisher: copyright_line",
        "comments: comment_prompt",
    ):
        assert verdict in out


def test_shows_metadata_with_its_source_line() -> None:
    out = run("explain", SEED).stdout
    assert "Tampa Bay Times" in out
    assert "text:copyright" in out
    assert "Howard Altman" in out
    assert "text:date_line" in out
    assert "2016-12-02T18:51:00" in out


def test_full_text_shows_whole_blocks() -> None:
    tail = "the fight against Islamic State in Libya."
    assert tail not in run("explain", SEED).stdout.replace("\n", " ")
    full = run("explain", "--full-text", SEED).stdout
    assert "Libya." in full


def test_reads_stdin() -> None:
    result = run("explain", "-", input=SEED.read_bytes())
    assert result.exit_code == 0
    assert "home_page_prompt" in result.stdout


def test_missing_file_is_one_error_line(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = run("explain", missing)
    assert result.exit_code == 1
    assert result.stderr == f"cleaner: error: {missing}: no such file\n"
    assert result.stdout == ""


def test_binary_file_is_one_error_line(tmp_path: Path) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(32)) * 20)
    result = run("explain", binary)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"cleaner: error: {binary}: ")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("args", [("explain", "--x"), ("explain", "--format", "yaml", "a.txt")])
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    assert run(*args).exit_code == 2


def test_no_argument_reads_stdin_as_clean_does() -> None:
    result = run("explain", input=SEED.read_bytes())
    assert result.exit_code == 0
    assert "home_page_prompt" in result.stdout


def test_a_directory_is_one_error_line_as_in_clean(tmp_path: Path) -> None:
    result = run("explain", tmp_path)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"cleaner: error: {tmp_path}: is a directory")
    assert len(result.stderr.splitlines()) == 1


def test_several_inputs_each_explained_and_failures_reported(tmp_path: Path) -> None:
    result = run("explain", "--format", "json", SEED, tmp_path / "missing.txt", SEED)
    assert result.exit_code == 1
    assert result.stderr == f"cleaner: error: {tmp_path / 'missing.txt'}: no such file\n"
    assert [d["source"] for d in json.loads(result.stdout)] == [str(SEED), str(SEED)]


def test_json_has_blocks_marks_and_field_sources() -> None:
    result = run("explain", "--format", "json", SEED)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert set(data) == {"source", "input_type", "article_span", "blocks", "fields", "steps"}
    home = next(b for b in data["blocks"] if b["text"] == "Make us your home page")
    assert (home["kept"], home["by"], home["reason"]) == (False, "chrome", "home_page_prompt")
    assert any(b["kept"] for b in data["blocks"])
    assert data["fields"]["publisher"]["source"] == "text:copyright"
    assert data["fields"]["publisher"]["value"] == "Tampa Bay Times"
    assert {s["step"] for s in data["steps"]} >= {"chrome", "publisher"}


def test_help() -> None:
    result = run("explain", "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert "--full-text" in result.stdout


def test_a_stalled_page_fails_with_the_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    stall_document(1, monkeypatch)
    result = run("explain", "--time-limit", "0.2", SEED)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"cleaner: error: {SEED}: took longer than 0.2 s\n"
