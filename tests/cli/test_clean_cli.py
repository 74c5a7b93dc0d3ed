"""`cleaner clean`: flags, formats, outputs, exit codes and one-line errors.

Most tests go through click's CliRunner, running the console-script entry point
(``cleaner.cli.main``) so that exit statuses are the ones a shell sees; a few run
``python -m cleaner`` as a real subprocess for pipes, signals and a thousand-path batch.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from cleaner import __version__
from cleaner.cli import cli, main
from cleaner.extractors.dates import DateExtractor
from cleaner.timeouts import DocumentTimeout
from tests.helpers import stall_document

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "text"
SEED = FIXTURES / "seed_tampa.txt"
WIRE = FIXTURES / "wire_ap_senate.txt"
SMALL = (
    "Make us your home page\n\nCouncil approves plan to replace the bridge\n\n"
    "The City Council voted on Tuesday to replace the Harbor Street bridge, ending more than "
    "four years of debate over whether the aging drawbridge could be repaired.\n\n"
    "Construction is expected to begin next fall, and the bridge will be closed for about "
    "eighteen months while crews work.\n"
)


class _EntryPoint:
    """Lets CliRunner run ``main`` (which turns the command's return code into the exit status)."""

    name = "cleaner"

    def main(self, args: Sequence[str], prog_name: str | None = None, **_: Any) -> None:
        main(list(args))


def run(*args: str | Path, input: bytes | str | None = None) -> Result:
    result = CliRunner().invoke(
        _EntryPoint(),  # type: ignore[arg-type]
        [str(a) for a in args],
        input=input,
        prog_name="cleaner",
        catch_exceptions=False,
    )
    assert "Traceback" not in result.stderr
    return result


@pytest.fixture
def pages(tmp_path: Path) -> list[Path]:
    paths = []
    for n in range(3):
        path = tmp_path / f"page{n}.txt"
        path.write_text(SMALL.replace("Tuesday", ["Monday", "Tuesday", "Friday"][n]))
        paths.append(path)
    return paths


# --- formats -----------------------------------------------------------------------------


def test_one_input_gives_pretty_json() -> None:
    result = run("clean", SEED)
    assert result.exit_code == 0
    assert result.stderr == ""
    record = json.loads(result.stdout)
    assert record["source"] == str(SEED)
    assert record["title"] == (
        "French liaison to CentCom has confidence in broader coalition to fight ISIS"
    )
    assert result.stdout.count("\n") > 5 and result.stdout.endswith("}\n")
    assert "’" in result.stdout  # UTF-8, not \u escapes


def test_several_inputs_give_json_lines_in_order(pages: list[Path]) -> None:
    result = run("clean", *pages)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(p) for p in pages]


def test_format_json_with_several_inputs_is_an_array(pages: list[Path]) -> None:
    result = run("clean", "--format", "json", *pages)
    assert result.exit_code == 0
    assert [r["source"] for r in json.loads(result.stdout)] == [str(p) for p in pages]


def test_format_jsonl_with_one_input(pages: list[Path]) -> None:
    result = run("clean", "-f", "jsonl", pages[0])
    assert result.stdout.count("\n") == 1
    assert json.loads(result.stdout)["source"] == str(pages[0])


def test_format_text(pages: list[Path]) -> None:
    result = run("clean", "--format", "text", pages[0])
    assert result.exit_code == 0
    assert result.stdout.startswith('---\ntitle: "Council approves plan to replace the bridge"\n')
    assert "\n---\n\nThe City Council" in result.stdout
    assert "Make us your home page" not in result.stdout


def test_format_markdown() -> None:
    result = run("clean", "--format", "markdown", SEED)
    assert result.exit_code == 0
    assert result.stdout.startswith('---\ntitle: "French liaison to CentCom')
    assert "\n---\n\n# French liaison to CentCom" in result.stdout
    assert "*By Howard Altman · 2016-11-29*" in result.stdout
    assert "> French Brig. Gen. Thierry Ducret" in result.stdout


def test_with_removed_lists_every_dropped_block() -> None:
    record = json.loads(run("clean", "--with-removed", SEED).stdout)
    removed = record["removed"]
    assert {
        "extractor": "chrome",
        "reason": "home_page_prompt",
        "text": "Make us your home page",
    } in (removed)
    assert all(set(r) == {"extractor", "reason", "text"} and r["reason"] for r in removed)
    assert "removed" not in json.loads(run("clean", SEED).stdout)


# --- stdin and output files ----------------------------------------------------------------


@pytest.mark.parametrize("args", [(), ("-",)])
def test_reads_stdin(args: tuple[str, ...]) -> None:
    result = run("clean", *args, input=SEED.read_bytes())
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["source"] == "-"
    assert record["publisher"] == "Tampa Bay Times"


def test_output_file(tmp_path: Path, pages: list[Path]) -> None:
    out = tmp_path / "out.jsonl"
    result = run("clean", "--format", "jsonl", "-o", out, *pages)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert len(out.read_text().splitlines()) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", *(p.name for p in pages)]


def test_output_dash_is_stdout(pages: list[Path]) -> None:
    result = run("clean", "-o", "-", pages[0])
    assert json.loads(result.stdout)["source"] == str(pages[0])


def test_refuses_to_write_over_an_input(pages: list[Path]) -> None:
    before = pages[1].read_bytes()
    result = run("clean", "-o", pages[1], *pages)
    assert result.exit_code == 2
    assert "refusing to write over an input" in result.stderr
    assert pages[1].read_bytes() == before


def test_refuses_to_write_over_an_input_named_differently(
    pages: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(pages[0].parent)
    result = run("clean", "-o", f"./{pages[0].name}", pages[0])
    assert result.exit_code == 2


def test_output_into_a_missing_directory_creates_it(tmp_path: Path, pages: list[Path]) -> None:
    # As `cleaner batch -o` does: one behaviour for both commands.
    out = tmp_path / "no" / "such" / "out.json"
    result = run("clean", "-o", out, pages[0])
    assert (result.exit_code, result.stderr) == (0, "")
    assert json.loads(out.read_text())["source"] == str(pages[0])


def test_output_folder_that_cannot_be_created_is_one_error_line(
    tmp_path: Path, pages: list[Path]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run("clean", "-o", blocker / "out.json", pages[0])
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"cleaner: error: {blocker / 'out.json'}: cannot create")


# --- failures and exit codes ------------------------------------------------------------------


def test_missing_file_is_one_line_and_the_others_are_written(
    tmp_path: Path, pages: list[Path]
) -> None:
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out.jsonl"
    result = run("clean", "-o", out, pages[0], missing, pages[1])
    assert result.exit_code == 1
    assert result.stderr == f"cleaner: error: {missing}: no such file\n"
    assert [json.loads(line)["source"] for line in out.read_text().splitlines()] == [
        str(pages[0]),
        str(pages[1]),
    ]


def test_every_failure_is_reported(tmp_path: Path, pages: list[Path]) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("clean", binary, pages[0], empty, tmp_path)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert [line.split(": ")[2] for line in lines] == [str(binary), str(empty), str(tmp_path)]
    assert all(line.startswith("cleaner: error: ") for line in lines)
    assert len(result.stdout.splitlines()) == 1


def test_fail_fast_stops_at_the_first_failure(tmp_path: Path, pages: list[Path]) -> None:
    result = run("clean", "--fail-fast", pages[0], tmp_path / "missing.txt", pages[1])
    assert result.exit_code == 1
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(pages[0])]


def test_time_limit_fails_the_slow_input_only(
    tmp_path: Path, pages: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    stall_document(2, monkeypatch)
    out = tmp_path / "out.jsonl"
    result = run("clean", "--time-limit", "0.2", "-o", out, *pages)
    assert result.exit_code == 1
    # The pipeline turns a failing step into a warning; a timeout must not become one.
    assert result.stderr == f"cleaner: error: {pages[1]}: took longer than 0.2 s\n"
    sources = [json.loads(line)["source"] for line in out.read_text().splitlines()]
    assert sources == [str(pages[0]), str(pages[2])]
    # No alarm left armed, and SIGALRM's handler is the one before the run.
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL


def test_time_limit_with_fail_fast_and_debug(
    pages: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    stall_document(1, monkeypatch)
    result = run("clean", "--time-limit", "0.2", "--fail-fast", *pages)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"cleaner: error: {pages[0]}: took longer than 0.2 s\n"
    stall_document(1, monkeypatch)
    with pytest.raises(DocumentTimeout):  # --debug shows where the time went
        run("clean", "--time-limit", "0.2", "--debug", pages[0])


def test_time_limit_default_and_zero_means_none(pages: list[Path]) -> None:
    help_text = " ".join(run("clean", "--help").stdout.split())
    assert "--time-limit FLOAT RANGE" in help_text
    assert "[default: 10.0; x>=0]" in help_text
    result = run("clean", "--time-limit", "0", pages[0])
    assert (result.exit_code, result.stderr) == (0, "")


def test_stdin_error_names_stdin() -> None:
    result = run("clean", "-", input=b"")
    assert result.exit_code == 1
    assert result.stderr.startswith("cleaner: error: <stdin>: ")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    "args",
    [
        ("clean", "--bogus"),
        ("clean", "--format", "yaml", "x.txt"),
        ("clean", "--input-type", "pdf", "x.txt"),
        ("clean", "--time-limit", "-1", "x.txt"),
        ("clean", "--time-limit", "soon", "x.txt"),
        ("nonsense",),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Error" in result.stderr


def test_unexpected_error_is_one_line_unless_debug(
    pages: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise ValueError("something broke")

    monkeypatch.setattr("cleaner.document.load_page", explode)
    result = run("clean", pages[0], pages[1])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"cleaner: error: {p}: internal error (ValueError: something broke)" for p in pages[:2]
    ]
    with pytest.raises(ValueError, match="something broke"):
        run("clean", "--debug", pages[0])


def test_failing_step_is_a_warning_then_an_error_with_strict(
    pages: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(self: object, page: object, config: object) -> None:
        raise RuntimeError("bad date")

    monkeypatch.setattr(DateExtractor, "run", explode)
    warned = run("clean", pages[0])
    assert warned.exit_code == 0
    assert warned.stderr == (
        f"cleaner: warning: {pages[0]}: step 'dates' failed: RuntimeError: bad date\n"
    )
    assert json.loads(warned.stdout)["published"] is None
    quiet = run("clean", "-q", pages[0])
    assert (quiet.exit_code, quiet.stderr) == (0, "")
    strict = run("clean", "--strict", pages[0])
    assert strict.exit_code == 1
    assert strict.stderr.startswith(f"cleaner: error: {pages[0]}: internal error in step 'dates'")


def test_input_type_text_keeps_markup_as_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<p>" + SMALL.replace("\n\n", "</p>\n\n<p>") + "</p>")
    as_text = json.loads(run("clean", "--input-type", "text", page).stdout)
    assert "<p>" in as_text["body"]


def test_html_input_is_sniffed_and_cleaned_as_html(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    paragraphs = SMALL.split("\n\n")[2:]
    page.write_text(
        "<!DOCTYPE html><html><head><title>Council approves plan</title></head><body>"
        + "".join(f"<p>{p.strip()}</p>" for p in paragraphs)
        + "</body></html>"
    )
    for args in ((), ("--input-type", "html")):
        result = run("clean", *args, page)
        assert result.exit_code == 0, result.stderr
        body = json.loads(result.stdout)["body"]
        assert "<p>" not in body
        assert "Harbor Street bridge" in body


# --- --version and --help ------------------------------------------------------------------------


def test_version() -> None:
    for flag in ("--version", "-V"):
        result = run(flag)
        assert result.exit_code == 0
        assert result.stdout == f"cleaner, version {__version__}\n"


@pytest.mark.parametrize("args", [("--help",), ("-h",), ("clean", "--help")])
def test_help_has_examples(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert "cleaner clean" in result.stdout


def test_clean_help_lists_every_flag() -> None:
    text = run("clean", "--help").stdout
    for flag in (
        "--format",
        "--output",
        "--with-removed",
        "--input-type",
        "--time-limit",
        "--fail-fast",
        "--strict",
        "--quiet",
        "--debug",
    ):
        assert flag in text


def test_group_in_standalone_mode_reports_failure(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["clean", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1


# --- real subprocesses -------------------------------------------------------------------------


def _cleaner(
    *args: str | Path, stdin: bytes = b"", cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "cleaner", *map(str, args)],
        input=stdin,
        capture_output=True,
        timeout=300,
        check=False,
        cwd=cwd,
    )


def test_subprocess_pipe_in_pipe_out() -> None:
    done = _cleaner("clean", "--format", "jsonl", stdin=SEED.read_bytes())
    assert done.returncode == 0
    assert done.stderr == b""
    record = json.loads(done.stdout)
    assert record["source"] == "-"
    assert record["authors"] == ["Howard Altman"]


def test_subprocess_exit_statuses(tmp_path: Path) -> None:
    assert _cleaner("clean", WIRE).returncode == 0
    missing = _cleaner("clean", WIRE, tmp_path / "missing.txt")
    assert missing.returncode == 1
    assert missing.stderr.decode() == f"cleaner: error: {tmp_path / 'missing.txt'}: no such file\n"
    assert len(missing.stdout.splitlines()) == 1
    usage = _cleaner("clean", "--format", "yaml", WIRE)
    assert usage.returncode == 2
    assert b"Traceback" not in usage.stderr


def _read_one_byte_then_close(*args: str | Path) -> tuple[int, bytes]:
    """Like `cleaner clean ... | head -c 1`: the reader goes away early."""
    process = subprocess.Popen(
        [sys.executable, "-m", "cleaner", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(1)
    process.stdout.close()
    stderr = process.stderr.read()
    return process.wait(timeout=300), stderr


def test_subprocess_output_closed_early_is_quiet() -> None:
    # A closed pipe ends cleaner as it ends cat or grep: killed by SIGPIPE, nothing on stderr.
    status, stderr = _read_one_byte_then_close("clean", "--format", "text", *[SEED] * 200)
    assert stderr == b""
    assert status in (0, -signal.SIGPIPE)


def test_subprocess_time_limit_fails_one_big_input(tmp_path: Path) -> None:
    # A real SIGALRM in a real process: a 9 MB dump takes seconds to clean, far over the
    # limit, while the small pages around it take a few hundredths of a second.
    paragraph = SMALL.split("\n\n")[2]
    big = tmp_path / "big.txt"
    big.write_text("\n\n".join(f"{paragraph} Item {n}." for n in range(50_000)))
    small = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path in small:
        path.write_text(SMALL)
    done = _cleaner("clean", "--time-limit", "0.5", small[0], big, small[1])
    assert done.returncode == 1
    assert done.stderr.decode() == f"cleaner: error: {big}: took longer than 0.5 s\n"
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["source"] for r in records] == [str(p) for p in small]


def _write_pages(directory: Path, count: int) -> list[Path]:
    directory.mkdir()
    paths = []
    for n in range(count):
        path = directory / f"p{n:04d}.txt"
        path.write_text(SMALL.replace("Harbor Street", f"Harbor Street No. {n}"))
        paths.append(path)
    return paths


def test_subprocess_thousand_paths_in_one_call(tmp_path: Path) -> None:
    paths = _write_pages(tmp_path / "pages", 1000)
    out = tmp_path / "out.jsonl"
    done = _cleaner("clean", "--format", "jsonl", "-o", out, *paths)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert done.stdout == b"" and done.stderr == b""
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["source"] for r in records] == [str(p) for p in paths]
    assert all("Harbor Street No." in r["body"] for r in records)


def test_subprocess_interrupted_output_is_all_or_nothing(tmp_path: Path) -> None:
    paths = _write_pages(tmp_path / "pages", 2000)
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "cleaner", "clean", "-o", str(out), *map(str, paths)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    # Interrupt once the temporary output file exists (or the run is over).
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if any(name.startswith(".out.jsonl.") for name in os.listdir(tmp_path)):
            process.send_signal(signal.SIGINT)
            break
        time.sleep(0.01)
    _, stderr = process.communicate(timeout=300)
    assert b"Traceback" not in stderr
    leftovers = [name for name in os.listdir(tmp_path) if name.startswith(".out.jsonl.")]
    assert leftovers == []
    if process.returncode == 0:  # finished before the signal: the whole file
        assert len(out.read_text().splitlines()) == len(paths)
    else:
        assert process.returncode == 130
        assert stderr.strip() == b"cleaner: interrupted"  # click echoes a newline after ^C
        assert not out.exists()
