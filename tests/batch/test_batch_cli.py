"""`cleaner batch` through click's CliRunner: outputs, errors, exit codes, shards, ordering."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cleaner.cli.batch import batch_command
from cleaner.errors import ExitCode


def _invoke(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(batch_command, list(args), input=stdin)


def _records(path: Path) -> list[dict[str, object]]:
    data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return [json.loads(line) for line in data.splitlines()]


@pytest.fixture
def corpus(tmp_path: Path, write_docs: Callable[..., list[Path]]) -> Path:
    """Five text dumps (two gzipped), a binary file named as a page and an empty file (both
    fail), and a script the walk skips."""
    root = tmp_path / "in"
    write_docs(root / "news", 5, gzipped_every=3)
    (root / "broken.html").write_bytes(bytes(range(256)) * 8)
    (root / "app.js").write_text("function f() { return 1; }\n")
    (root / "empty.txt").write_bytes(b"")
    return root


def test_cleans_a_tree_and_reports_each_failure(corpus: Path, tmp_path: Path) -> None:
    out, errors, summary = tmp_path / "out.jsonl", tmp_path / "errors.jsonl", tmp_path / "s.json"
    result = _invoke(
        str(corpus),
        "-o",
        str(out),
        "--errors",
        str(errors),
        "-j",
        "1",
        "--summary-json",
        str(summary),
    )
    assert result.exit_code == ExitCode.FAILED
    assert "Traceback" not in result.stderr
    names = sorted(Path(str(r["source"])).name for r in _records(out))
    assert names == [
        "doc00000.txt.gz",
        "doc00001.txt",
        "doc00002.txt",
        "doc00003.txt.gz",
        "doc00004.txt",
    ]
    entries = _records(errors)
    assert sorted(Path(str(e["source"])).name for e in entries) == ["broken.html", "empty.txt"]
    assert all(set(e) == {"source", "error", "kind"} for e in entries)
    error_lines = [
        line for line in result.stderr.splitlines() if line.startswith("cleaner: error:")
    ]
    assert len(error_lines) == 2
    report = json.loads(summary.read_text())
    assert (report["cleaned"] + report["empty"], report["failed"]) == (5, 2)
    assert report["skipped"] == {"not_a_page": 1}
    assert report["outputs"] == [str(out)]
    assert not list(tmp_path.glob("*.journal")) and not list(tmp_path.glob("*.partial"))


def test_quiet_hides_the_summary_but_never_error_lines(corpus: Path, tmp_path: Path) -> None:
    result = _invoke(str(corpus), "-o", str(tmp_path / "out.jsonl"), "-j", "1", "-q")
    assert result.exit_code == ExitCode.FAILED
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and all(line.startswith("cleaner: error: ") for line in lines)


def test_records_go_to_stdout_without_output(
    tmp_path: Path, write_docs: Callable[..., list[Path]]
) -> None:
    write_docs(tmp_path / "in", 2)
    result = _invoke(str(tmp_path / "in"), "-j", "1", "-q")
    assert result.exit_code == ExitCode.OK
    assert len(result.stdout.splitlines()) == 2


def test_stdin_path_list_and_ordered_output(
    tmp_path: Path, write_docs: Callable[..., list[Path]]
) -> None:
    paths = write_docs(tmp_path / "in", 6)
    listing = "".join(f"{p}\n" for p in reversed(paths))
    out = tmp_path / "out.jsonl"
    result = _invoke(
        "-", "-o", str(out), "-j", "2", "--chunk-size", "1", "--ordered", "-q", stdin=listing
    )
    assert result.exit_code == ExitCode.OK
    assert [r["source"] for r in _records(out)] == [str(p) for p in reversed(paths)]


def test_sharded_gzip_output_inside_the_input_directory(
    tmp_path: Path, write_docs: Callable[..., list[Path]]
) -> None:
    root = tmp_path / "in"
    write_docs(root, 5)
    out = root / "records.jsonl.gz"
    result = _invoke(
        str(root), "-o", str(out), "--shard-size", "2", "-j", "1", "--chunk-size", "2", "-q"
    )
    assert result.exit_code == ExitCode.OK
    shards = sorted(root.glob("records-*.jsonl.gz"))
    assert [s.name for s in shards] == [f"records-0000{n}.jsonl.gz" for n in range(3)]
    records = [r for shard in shards for r in _records(shard)]
    assert len(records) == 5  # the shards written during the run were not read as inputs


def test_warc_records_keep_the_target_uri(
    tmp_path: Path, write_warc: Callable[..., None], article: Callable[[int], str]
) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(
        warc,
        [
            (f"http://example.com/{n}", article(n).encode(), "200 OK", "text/plain; charset=utf-8")
            for n in range(3)
        ],
    )
    out = tmp_path / "out.jsonl"
    result = _invoke(str(warc), "-o", str(out), "-j", "1", "-q")
    assert result.exit_code == ExitCode.OK
    assert sorted(r["url"] for r in _records(out)) == [f"http://example.com/{n}" for n in range(3)]


def test_two_warc_responses_give_two_records_with_their_uri_and_date(
    tmp_path: Path, write_warc: Callable[..., None], article: Callable[[int], str]
) -> None:
    warc = tmp_path / "crawl.warc.gz"
    pages = [
        (f"http://example.com/{n}", article(n).encode(), "200 OK", "text/plain") for n in range(2)
    ]
    write_warc(warc, pages, dates=["2021-03-04T05:06:07Z", "2022-11-30T23:59:59.5Z"])
    out = tmp_path / "out.jsonl"
    assert _invoke(str(warc), "-o", str(out), "-j", "1", "-q", "--ordered").exit_code == 0
    records = _records(out)
    assert [(r["url"], r["fetched"]) for r in records] == [
        ("http://example.com/0", "2021-03-04T05:06:07Z"),
        ("http://example.com/1", "2022-11-30T23:59:59.5Z"),
    ]
    assert [list(r)[:3] for r in records] == [["source", "url", "fetched"]] * 2
    assert all("Report number" in str(r["body"]) for r in records)


def test_arc_records_keep_the_uri_and_date(
    tmp_path: Path, write_arc: Callable[..., None], article: Callable[[int], str]
) -> None:
    arc = tmp_path / "crawl.arc"
    page = f"<html><body><p>{article(1)}</p></body></html>".encode()
    write_arc(arc, [("http://example.com/a", "20210304050607", page)])
    out = tmp_path / "out.jsonl"
    assert _invoke(str(arc), "-o", str(out), "-j", "1", "-q").exit_code == ExitCode.OK
    ((record),) = _records(out)
    assert (record["url"], record["fetched"]) == ("http://example.com/a", "2021-03-04T05:06:07Z")


def test_jsonl_input(tmp_path: Path, article: Callable[[int], str]) -> None:
    pages = tmp_path / "pages.jsonl"
    lines = [
        {"url": "u0", "text": article(0), "timestamp": "2019-04-25T12:57:54Z"},
        {"url": "u1", "text": article(1)},
    ]
    pages.write_text("".join(json.dumps(line) + "\n" for line in lines))
    out = tmp_path / "out.jsonl"
    assert _invoke(str(pages), "-o", str(out), "-j", "1", "-q").exit_code == ExitCode.OK
    records = _records(out)
    assert [r["url"] for r in records] == ["u0", "u1"]
    assert [r["fetched"] for r in records] == ["2019-04-25T12:57:54Z", None]


def test_plain_files_have_no_capture_date(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    _invoke(str(corpus / "news"), "-o", str(out), "-j", "1", "-q")
    records = _records(out)
    assert len(records) == 5 and {r["fetched"] for r in records} == {None}


@pytest.mark.parametrize(
    "arguments",
    [
        ["--scheduler", "tcp://127.0.0.1:8786"],
        ["--resume"],
        ["--shard-size", "10"],
        ["-j", "0"],
    ],
)
def test_usage_errors_exit_2(
    tmp_path: Path, arguments: list[str], write_docs: Callable[..., list[Path]]
) -> None:
    write_docs(tmp_path / "in", 1)
    result = _invoke(str(tmp_path / "in"), *arguments)
    assert result.exit_code == ExitCode.USAGE
    assert "Traceback" not in result.stderr


def test_refuses_to_write_over_an_input(
    tmp_path: Path, write_docs: Callable[..., list[Path]]
) -> None:
    (page,) = write_docs(tmp_path / "in", 1)
    assert _invoke(str(page), "-o", str(page)).exit_code == ExitCode.USAGE


def test_an_interrupted_run_needs_resume(
    tmp_path: Path, write_docs: Callable[..., list[Path]]
) -> None:
    write_docs(tmp_path / "in", 1)
    out = tmp_path / "out.jsonl"
    (tmp_path / "out.jsonl.journal").write_text("{}\n")
    result = _invoke(str(tmp_path / "in"), "-o", str(out), "-j", "1")
    assert result.exit_code == ExitCode.USAGE
    assert "--resume" in result.stderr
