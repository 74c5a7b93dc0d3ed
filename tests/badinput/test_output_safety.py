"""Output safety (issue 6): outputs never replace an input, appear whole or not at all, get the
user's umask, and no path found inside a WARC or JSONL record is ever opened or written.
"""

from __future__ import annotations

import io
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from harness import Outcome, batch_prefix, run_cleaner, run_python
from make_corpus import ARTICLE_MARKER, SECRET_MARKER, article_html, article_text

TIMEOUT = 240.0


@pytest.fixture()
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(article_text())
    return path


def _clean(*args: str, **options: Any) -> Outcome:
    outcome = run_cleaner(["clean", *args], timeout=TIMEOUT, **options)
    assert "Traceback" not in outcome.stderr
    return outcome


# --- -o never overwrites an input -----------------------------------------------------------


@pytest.mark.parametrize("spelling", ["same", "dot_slash", "symlink", "hardlink", "second_input"])
def test_clean_refuses_to_write_over_an_input(tmp_path: Path, page: Path, spelling: str) -> None:
    other = tmp_path / "other.html"
    other.write_text(article_html())
    inputs = [str(page)]
    target = str(page)
    if spelling == "dot_slash":
        target = f"{tmp_path}/./{page.name}"
    elif spelling == "symlink":
        target = str(tmp_path / "link.txt")
        os.symlink(page, target)
    elif spelling == "hardlink":
        target = str(tmp_path / "hard.txt")
        os.link(page, target)
    elif spelling == "second_input":
        inputs = [str(other), str(page)]
    before = page.read_bytes()
    outcome = _clean("-o", target, *inputs)
    assert outcome.returncode == 2
    assert "refusing to write over an input" in outcome.stderr
    assert page.read_bytes() == before


def test_clean_refuses_to_write_over_stdin(page: Path) -> None:
    before = page.read_bytes()
    outcome = _clean("-", "-o", str(page), stdin=page)
    assert outcome.returncode == 2
    assert page.read_bytes() == before


def _batch_tree(tmp_path: Path) -> Path:
    tree = tmp_path / "crawl"
    tree.mkdir()
    (tree / "a.txt").write_text(article_text())
    (tree / "b.html").write_text(article_html())
    return tree


@pytest.mark.parametrize("option", ["-o", "--errors", "--summary-json"])
def test_batch_never_writes_over_a_file_of_an_input_directory(tmp_path: Path, option: str) -> None:
    pytest.importorskip("cleaner.cli.batch")
    tree = _batch_tree(tmp_path)
    victim = tree / "a.txt"
    before = victim.read_bytes()
    args = [*batch_prefix(), "crawl", option, "crawl/a.txt"]
    if option != "-o":
        args += ["-o", "records.jsonl"]
    outcome = run_python(args, timeout=TIMEOUT, cwd=tmp_path)
    assert "Traceback" not in outcome.stderr
    assert victim.read_bytes() == before, f"{option} replaced an input page"


# --- atomic writes --------------------------------------------------------------------------


def test_interrupted_clean_leaves_the_old_output(
    tmp_path: Path, page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C on the second input: -o still holds the previous run's file, no temp file left."""
    import cleaner.cli.clean as clean_module
    from cleaner.cli import cli

    output = tmp_path / "records.jsonl"
    output.write_bytes(b"OLD\n")
    real = clean_module.clean_one
    calls = []

    def interrupt_second(source: str, config: Any) -> Any:
        calls.append(source)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(source, config)

    monkeypatch.setattr(clean_module, "clean_one", interrupt_second)
    result = CliRunner().invoke(cli, ["clean", "-o", str(output), str(page), str(page)])
    assert result.exit_code != 0
    assert output.read_bytes() == b"OLD\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.txt", "records.jsonl"]


def test_failed_output_directory_is_one_error_line(page: Path, tmp_path: Path) -> None:
    (tmp_path / "no").write_text("a file where the output folder would go")
    outcome = _clean("-o", str(tmp_path / "no" / "such" / "dir" / "out.json"), str(page))
    assert outcome.returncode in (1, 2)
    assert len([line for line in outcome.stderr.splitlines() if line.strip()]) <= 3


# --- the user's umask -----------------------------------------------------------------------


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077])
def test_clean_output_mode_follows_umask(tmp_path: Path, page: Path, umask: int) -> None:
    output = tmp_path / "out.json"
    output.write_text("old")
    output.chmod(0o666)  # the new file gets the umask's mode, not the old file's
    outcome = _clean("-o", str(output), str(page), umask=umask)
    assert outcome.returncode == 0
    assert stat.S_IMODE(output.stat().st_mode) == 0o666 & ~umask


def test_batch_output_files_follow_umask(tmp_path: Path) -> None:
    umask = 0o027  # not the usual 022, so a hard-coded mode would show
    pytest.importorskip("cleaner.cli.batch")
    tree = _batch_tree(tmp_path)
    (tree / "bad.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    out = tmp_path / "out"
    out.mkdir()
    args = [*batch_prefix(), "crawl", "-o", "out/records.jsonl", "--shard-size", "1",
            "--errors", "out/errors.jsonl", "--summary-json", "out/summary.json"]  # fmt: skip
    outcome = run_python(args, timeout=TIMEOUT, cwd=tmp_path, umask=umask)
    assert outcome.returncode == 1, outcome.stderr
    files = sorted(out.iterdir())
    assert len(files) >= 4  # two shards, the errors, the summary
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask, path.name


# --- paths inside WARC and JSONL records ----------------------------------------------------


def _secret(tmp_path: Path) -> Path:
    secret = tmp_path / "secret" / "passwd.txt"
    secret.parent.mkdir()
    secret.write_text(SECRET_MARKER + "\n")
    return secret


def _assert_nothing_escaped(tmp_path: Path, before: set[Path]) -> None:
    """No new file outside out/, and the secret in no output."""
    after = {p for p in tmp_path.rglob("*") if "out" not in p.relative_to(tmp_path).parts}
    assert after == before, sorted(map(str, after - before))
    for path in (tmp_path / "out").iterdir():
        assert SECRET_MARKER not in path.read_text(errors="replace"), path.name


def _run_batch_on(tmp_path: Path, name: str) -> tuple[Outcome, list[dict[str, Any]]]:
    out = tmp_path / "out"
    out.mkdir()
    args = [*batch_prefix(), name, "-o", "out/records.jsonl", "--errors", "out/errors.jsonl"]
    outcome = run_python(args, timeout=TIMEOUT, cwd=tmp_path)
    assert "Traceback" not in outcome.stderr, outcome.stderr[-3000:]
    records = [json.loads(line) for line in (out / "records.jsonl").read_bytes().splitlines()]
    return outcome, records


def test_jsonl_paths_are_never_opened_or_written(tmp_path: Path) -> None:
    pytest.importorskip("cleaner.cli.batch")
    secret = _secret(tmp_path)
    hostile = {
        "path": str(secret),
        "file": str(secret),
        "filename": "../escaped.txt",
        "source": str(tmp_path / "escaped-source.txt"),
        "output": str(tmp_path / "escaped-output.txt"),
        "url": secret.as_uri(),
    }
    lines = [
        {**hostile, "html": article_html()},
        hostile,  # no page at all: an error, never a read of "path"
        {**hostile, "text": article_text(), "url": "../../../escaped-url.txt"},
    ]
    (tmp_path / "pages.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    before = set(tmp_path.rglob("*"))
    outcome, records = _run_batch_on(tmp_path, "pages.jsonl")
    assert outcome.returncode == 1
    assert [r["source"] for r in records] == ["pages.jsonl#L1", "pages.jsonl#L3"]
    assert all(ARTICLE_MARKER in r["body"] for r in records)
    _assert_nothing_escaped(tmp_path, before)


def _write_hostile_warc(path: Path, secret: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        uris = (secret.as_uri(), "../../escaped-warc.txt", str(secret))
        for uri in uris:
            http = StatusAndHeaders(
                "200 OK",
                [("Content-Type", "text/html"), ("Content-Location", secret.as_uri()),
                 ("Content-Disposition", 'attachment; filename="../escaped-disp.txt"')],
                protocol="HTTP/1.1",
            )  # fmt: skip
            extra = {"WARC-Filename": "../escaped-name.warc", "WARC-Refers-To-Target-URI": uri}
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(article_html().encode()),
                http_headers=http, warc_headers_dict=extra,
            )  # fmt: skip
            writer.write_record(record)
        revisit = writer.create_revisit_record(
            secret.as_uri(), digest="sha1:AAAA", refers_to_uri=secret.as_uri(),
            refers_to_date="2020-01-01T00:00:00Z",
        )  # fmt: skip
        writer.write_record(revisit)


def test_warc_paths_are_never_opened_or_written(tmp_path: Path) -> None:
    pytest.importorskip("cleaner.cli.batch")
    pytest.importorskip("warcio")
    secret = _secret(tmp_path)
    _write_hostile_warc(tmp_path / "crawl.warc.gz", secret)
    before = set(tmp_path.rglob("*"))
    outcome, records = _run_batch_on(tmp_path, "crawl.warc.gz")
    assert outcome.returncode == 0, outcome.stderr
    assert len(records) == 3
    assert all(r["source"].startswith("crawl.warc.gz#") for r in records)
    assert all(ARTICLE_MARKER in r["body"] for r in records)
    _assert_nothing_escaped(tmp_path, before)
