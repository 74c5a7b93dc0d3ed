"""`cleaner` as scripts and shells use it: real subprocesses, real pipes, real file names.

One test (or a few) per rough edge issue 15 found, each asserting the behaviour asked for:
every input ends as a record or one error line whatever its name or how it was passed, walks
take pages only, the output formats and switches, and no traceback anywhere.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from tests.batch.conftest import article, write_warc

ROOT = Path(__file__).resolve().parents[2]
TEXT = ROOT / "fixtures" / "text"
HTML = ROOT / "fixtures" / "html"
SEED = TEXT / "seed_tampa.txt"
GERMAN = TEXT / "german_radwege.txt"
TABLE = HTML / "data_table.html"
COMMENTS = HTML / "comments_section.html"
LINKED = """<!DOCTYPE html><html lang="en"><head><title>Bridge to close</title>
<meta name="description" content="The council voted on Monday to close the old bridge.">
</head><body><article><h1>Bridge to close</h1>
<p>The council voted on Monday to close the old bridge, as <a href="/report.pdf">the
engineers' report</a> advised, and to open a ferry service for the months of the works.</p>
<p>Shop owners near the bridge said they feared losing customers, although the mayor
promised a support fund and free parking in the <a href="https://example.org/centre">town
centre</a> for as long as the bridge stays closed to traffic.</p>
</article><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>"""


def cleaner(
    *args: str | Path, stdin: bytes = b"", cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    done = subprocess.run(
        [sys.executable, "-m", "cleaner", *map(os.fsencode, map(str, args))],
        input=stdin,
        capture_output=True,
        timeout=300,
        check=False,
        cwd=cwd,
    )
    assert b"Traceback" not in done.stderr, done.stderr.decode(errors="replace")
    return done


def shell(script: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """``script`` in bash, with ``cleaner`` meaning this interpreter's cleaner."""
    prelude = f'cleaner() {{ "{sys.executable}" -m cleaner "$@"; }}\n'
    done = subprocess.run(
        ["bash", "-c", prelude + script], capture_output=True, timeout=300, check=False, cwd=cwd
    )
    assert b"Traceback" not in done.stderr, done.stderr.decode(errors="replace")
    return done


def lines(data: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in data.splitlines() if line.strip()]


def stderr_lines(done: subprocess.CompletedProcess[bytes]) -> list[str]:
    return done.stderr.decode(errors="replace").splitlines()


@pytest.fixture
def latin1_name(tmp_path: Path) -> bytes:
    """A page whose file name is Latin-1, not UTF-8 (the bytes ``lat1\\xe9.txt``)."""
    name = os.fsencode(tmp_path) + b"/lat1\xe9.txt"
    with open(name, "wb") as handle:
        handle.write(SEED.read_bytes())
    return name


# --- every input ends as a record or one error line ---------------------------------------------


@pytest.mark.parametrize("args", [("--version",), ("--help",), ("clean", "--help")])
def test_version_and_help_do_not_load_the_pipeline(args: tuple[str, ...]) -> None:
    # The pipeline's modules compile a few hundred patterns when they load (most of a
    # second): a shell user asking for --help or --version should not wait for them.
    probe = (
        "import sys\n"
        "from cleaner.cli import main\n"
        "try:\n"
        f"    main({list(args)!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('LOADED' if 'cleaner.pipeline' in sys.modules else 'NOT LOADED')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, timeout=300, check=False
    )
    assert done.stdout.decode().rstrip().endswith("NOT LOADED"), done.stderr


def test_clean_shows_a_non_utf8_name_escaped_and_goes_on(
    tmp_path: Path, latin1_name: bytes
) -> None:
    missing = tmp_path / os.fsdecode(b"missing\xff.txt")  # not UTF-8 either, and missing
    done = cleaner("clean", "-f", "jsonl", SEED, os.fsdecode(latin1_name), missing, SEED)
    assert done.returncode == 1
    sources = [r["source"] for r in lines(done.stdout)]
    assert sources == [str(SEED), f"{tmp_path}/lat1\\xe9.txt", str(SEED)]
    assert stderr_lines(done) == [f"cleaner: error: {tmp_path}/missing\\xff.txt: no such file"]


def test_batch_shows_a_non_utf8_name_escaped(tmp_path: Path, latin1_name: bytes) -> None:
    done = cleaner("batch", "-q", os.fsdecode(latin1_name))
    assert done.returncode == 0
    assert [r["source"] for r in lines(done.stdout)] == [f"{tmp_path}/lat1\\xe9.txt"]


def test_batch_stdin_list_with_a_non_utf8_name(tmp_path: Path, latin1_name: bytes) -> None:
    done = cleaner("batch", "-", "-q", stdin=latin1_name + b"\n")
    assert done.returncode == 0
    assert [r["source"] for r in lines(done.stdout)] == [f"{tmp_path}/lat1\\xe9.txt"]


def test_unreadable_batch_argument_is_an_error_entry_not_a_usage_error(tmp_path: Path) -> None:
    loop = tmp_path / "loop.html"
    loop.symlink_to(loop)  # opening it fails (too many levels of symbolic links)
    errors = tmp_path / "errors.jsonl"
    done = cleaner("batch", SEED, loop, "--errors", errors, "-o", tmp_path / "out.jsonl")
    assert done.returncode == 1
    assert [e["source"] for e in lines(errors.read_bytes())] == [str(loop)]
    assert len(lines((tmp_path / "out.jsonl").read_bytes())) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_permissions_are_an_error_entry(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_bytes(SEED.read_bytes())
    locked.chmod(0)
    done = cleaner("batch", SEED, locked, "-q")
    assert done.returncode == 1
    assert [line.split(": ")[2] for line in stderr_lines(done)] == [str(locked)]


def test_batch_reads_process_substitution(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_bytes(SEED.read_bytes())
    done = shell("cleaner batch -q <(cat page.txt)", tmp_path)
    assert done.returncode == 0, done.stderr
    (record,) = lines(done.stdout)
    assert record["publisher"] == "Tampa Bay Times"


def test_batch_reads_a_warc_from_process_substitution(tmp_path: Path) -> None:
    pages = [
        (f"http://example.com/{n}", article(n).encode(), "200 OK", "text/plain") for n in (1, 2)
    ]
    write_warc(tmp_path / "crawl.warc.gz", pages)
    done = shell("cleaner batch -q <(cat crawl.warc.gz)", tmp_path)
    assert done.returncode == 0, done.stderr
    assert [r["url"] for r in lines(done.stdout)] == [
        "http://example.com/1",
        "http://example.com/2",
    ]


def test_page_text_piped_to_batch_dash_says_how_to_clean_it(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_bytes(SEED.read_bytes())
    done = shell("cat page.txt | cleaner batch -", tmp_path)
    assert done.returncode == 2
    assert done.stdout == b""
    assert b"standard input holds page text" in done.stderr
    assert b"cleaner clean -" in done.stderr


@pytest.mark.parametrize("command", ["clean", "batch", "explain"])
def test_quiet_hides_warnings_never_errors(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "missing.txt"
    done = cleaner(command, "-q", SEED, missing)
    assert done.returncode == 1
    errors = [line for line in stderr_lines(done) if line.startswith("cleaner: error: ")]
    assert errors and all(str(missing) in line for line in errors)
    assert all(line.startswith("cleaner: error: ") for line in stderr_lines(done))


# --- directory walks take pages ------------------------------------------------------------------


def test_walk_takes_pages_and_counts_what_it_skips(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl"
    (crawl / "js").mkdir(parents=True)
    shutil.copy(SEED, crawl / "a.txt")
    (crawl / "b.html.gz").write_bytes(gzip.compress(TABLE.read_bytes()))
    shutil.copy(COMMENTS, crawl / "saved-page")  # no extension, but its bytes are HTML
    (crawl / "js" / "app.js").write_text("function f(){ return document.title; }\n")
    (crawl / "data.json").write_text('{"a": 1}\n')
    (crawl / "gold.jsonl").write_text(json.dumps({"text": "not a page list"}) + "\n")
    summary = tmp_path / "summary.json"
    done = cleaner("batch", "crawl", "-q", "--summary-json", summary, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    sources = sorted(str(r["source"]) for r in lines(done.stdout))
    assert sources == ["crawl/a.txt", "crawl/b.html.gz", "crawl/saved-page"]
    skipped = json.loads(summary.read_text())["skipped"]
    assert skipped == {"jsonl_without_flag": 1, "not_a_page": 2}
    shown = cleaner("batch", "crawl", cwd=tmp_path)
    assert "skipped by kind: jsonl_without_flag: 1, not_a_page: 2" in shown.stderr.decode()


def test_walk_reads_jsonl_only_when_asked(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    (crawl / "pages.jsonl").write_text(json.dumps({"text": article(1)}) + "\n")
    assert lines(cleaner("batch", "crawl", "-q", cwd=tmp_path).stdout) == []
    for args in (["--jsonl"], ["--glob", "*.jsonl"]):
        records = lines(cleaner("batch", "crawl", "-q", *args, cwd=tmp_path).stdout)
        assert [r["source"] for r in records] == ["crawl/pages.jsonl#L1"]


# --- no silent empty bodies ----------------------------------------------------------------------

EMPTY_BODY = b"<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>"


def test_an_empty_body_is_an_error_in_clean_and_batch(tmp_path: Path) -> None:
    page = tmp_path / "menu.html"
    page.write_bytes(EMPTY_BODY)
    done = cleaner("clean", page)
    assert (done.returncode, done.stdout) == (1, b"")
    assert stderr_lines(done) == [f"cleaner: error: {page}: no article text found"]
    errors = tmp_path / "errors.jsonl"
    done = cleaner("batch", page, "--errors", errors, "-q")
    assert (done.returncode, done.stdout) == (1, b"")
    assert lines(errors.read_bytes()) == [
        {"source": str(page), "error": "no article text found", "kind": "no_article"}
    ]
    allowed = cleaner("clean", "--allow-empty", page)
    assert allowed.returncode == 0
    assert json.loads(allowed.stdout)["body"] == ""


# --- output: formats and switches ----------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_several_documents_are_separated_by_a_header(fmt: str) -> None:
    done = cleaner("clean", "-f", fmt, SEED, TABLE)
    assert done.returncode == 0
    out = done.stdout.decode()
    headers = [part for part in out.split("---\n") if part.startswith("title: ")]
    assert len(headers) == 2
    for header, source in zip(headers, (SEED, TABLE), strict=True):
        keys = [line.split(":")[0] for line in header.splitlines()]
        assert keys == ["title", "authors", "date", "source", "url"]
        assert f'source: "{source}"' in header
    assert "\n\n---\ntitle: " in out  # a blank line, then the next document's header


@pytest.mark.parametrize("fmt", ["json", "jsonl", "text", "markdown", "xml"])
def test_with_removed_in_every_format(fmt: str) -> None:
    done = cleaner("clean", "-f", fmt, "--with-removed", SEED)
    assert done.returncode == 0
    assert "Make us your home page" in done.stdout.decode()
    assert "home_page_prompt" in done.stdout.decode()


def test_with_removed_is_refused_where_it_cannot_be_written() -> None:
    done = cleaner("clean", "-f", "csv", "--with-removed", SEED)
    assert (done.returncode, done.stdout) == (2, b"")
    assert b"--with-removed cannot be written as csv" in done.stderr


def test_markdown_tables_are_gfm_tables() -> None:
    out = cleaner("clean", "-f", "markdown", TABLE).stdout.decode()
    assert "| Reservoir | Level |\n| --- | --- |\n| North Fell | 61% |\n| Greystone | 48% |" in out


def test_a_summary_the_first_paragraph_holds_is_not_repeated(tmp_path: Path) -> None:
    # The meta description is the lede's first clause: the record's summary is never a copy
    # of the first paragraph (issue 13), so it is null, and the text is shown once.
    page = tmp_path / "page.html"
    page.write_text(LINKED)
    record = json.loads(cleaner("clean", page).stdout)
    assert record["summary"] is None
    assert record["body"].startswith("The council voted on Monday to close the old bridge")
    markdown = cleaner("clean", "-f", "markdown", page).stdout.decode()
    assert markdown.count("The council voted on Monday to close the old bridge") == 1
    assert "\n> " not in markdown


def test_output_dir_writes_a_file_per_input_under_its_path(tmp_path: Path) -> None:
    (tmp_path / "dumps" / "sub").mkdir(parents=True)
    shutil.copy(SEED, tmp_path / "dumps" / "a.txt")
    shutil.copy(TABLE, tmp_path / "dumps" / "sub" / "b.html")
    done = cleaner("clean", "-f", "markdown", "--output-dir", "md", "dumps/a.txt",
                   "dumps/sub/b.html", cwd=tmp_path)  # fmt: skip
    assert (done.returncode, done.stdout) == (0, b"")
    assert sorted(
        p.relative_to(tmp_path / "md").as_posix() for p in (tmp_path / "md").rglob("*.md")
    ) == [
        "dumps/a.md",
        "dumps/sub/b.md",
    ]
    done = cleaner("batch", "dumps", "--output-dir", "out", "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    files = sorted(
        p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.json")
    )
    assert files == ["dumps/a.json", "dumps/sub/b.json"]
    assert (
        json.loads((tmp_path / "out" / "dumps" / "a.json").read_text())["source"] == "dumps/a.txt"
    )


def test_xml_is_in_trafilaturas_layout() -> None:
    done = cleaner("clean", "-f", "xml", TABLE, "--comments")
    assert done.returncode == 0
    doc = etree.fromstring(done.stdout)
    assert doc.tag == "doc"
    assert doc.get("title") == "Reservoir levels at a glance"
    assert doc.get("author") == "Ruth Adeyemi"
    assert doc.get("date") == "2022-08-01"
    assert [child.tag for child in doc] == ["main", "comments"]
    rows = doc.findall("main/table/row")
    assert [[c.text for c in row] for row in rows][:2] == [
        ["Reservoir", "Level"],
        ["North Fell", "61%"],
    ]
    assert rows[0][0].get("role") == "head"
    several = etree.fromstring(cleaner("clean", "-f", "xml", TABLE, SEED).stdout)
    assert several.tag == "docs" and [d.tag for d in several] == ["doc", "doc"]


def test_csv_has_a_header_and_a_row_per_record() -> None:
    done = cleaner("clean", "-f", "csv", SEED, TABLE)
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode())))
    assert [row["source"] for row in rows] == [str(SEED), str(TABLE)]
    assert rows[0]["authors"] == "Howard Altman"
    assert "\n\n" in rows[0]["body"]


def test_comments_tables_and_links_switches(tmp_path: Path) -> None:
    with_comments = json.loads(cleaner("clean", "--comments", COMMENTS).stdout)
    assert "I take the N7 home" in with_comments["comments"]
    assert "I take the N7 home" not in with_comments["body"]
    assert "comments" not in json.loads(cleaner("clean", COMMENTS).stdout)
    no_tables = json.loads(cleaner("clean", "--no-tables", TABLE).stdout)
    assert "North Fell" not in no_tables["body"] and "hosepipe" in no_tables["body"]
    page = tmp_path / "page.html"
    page.write_text(LINKED)
    linked = json.loads(cleaner("clean", "--links", page).stdout)
    assert [(k["text"], k["url"]) for k in linked["links"]] == [
        ("the engineers' report", "/report.pdf"),
        ("town centre", "https://example.org/centre"),
    ]
    markdown = cleaner("clean", "--links", "-f", "markdown", page).stdout.decode()
    assert "[the engineers' report](/report.pdf)" in markdown
    text_dump = json.loads(cleaner("clean", "--links", SEED).stdout)
    assert text_dump["links"] == []  # a text dump keeps no link targets


def test_target_language_in_clean_and_batch(tmp_path: Path) -> None:
    done = cleaner("clean", "-f", "jsonl", "--target-language", "en", SEED, GERMAN)
    assert done.returncode == 0
    assert [r["source"] for r in lines(done.stdout)] == [str(SEED)]
    assert stderr_lines(done) == [f"cleaner: dropped: {GERMAN}: language is de, not en"]
    summary = tmp_path / "summary.json"
    done = cleaner(
        "batch", SEED, GERMAN, "--target-language", "de", "-q", "--summary-json", summary
    )
    assert done.returncode == 0
    assert [r["source"] for r in lines(done.stdout)] == [str(GERMAN)]
    report = json.loads(summary.read_text())
    assert (report["dropped"], report["dropped_by_kind"]) == (1, {"language": 1})


def test_dedup_drops_exact_and_near_duplicates(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    text = SEED.read_text()
    (crawl / "a.txt").write_text(text)
    (crawl / "b.txt").write_text(text)  # exact copy
    (crawl / "c.txt").write_text(text.replace("Ducret", "Durand", 1))  # one word changed
    shutil.copy(TEXT / "wire_ap_senate.txt", crawl / "d.txt")
    summary, errors = tmp_path / "summary.json", tmp_path / "errors.jsonl"
    done = cleaner("batch", "crawl", "--dedup", "--ordered", "-j", "1", "--chunk-size", "1", "-q",
                   "--summary-json", summary, "--errors", errors, cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert [r["source"] for r in lines(done.stdout)] == ["crawl/a.txt", "crawl/d.txt"]
    report = json.loads(summary.read_text())
    assert (report["dropped"], report["dropped_by_kind"]) == (2, {"duplicate": 2})
    assert [e["error"] for e in lines(errors.read_bytes())] == ["duplicate of crawl/a.txt"] * 2


def test_clean_has_the_size_limit_batch_has() -> None:
    done = cleaner("clean", "--max-bytes", "100", SEED)
    assert done.returncode == 1
    assert stderr_lines(done)[0].startswith(f"cleaner: error: {SEED}: ")
    assert "over the limit of 100 bytes" in stderr_lines(done)[0]


@pytest.mark.parametrize("command", ["clean", "batch"])
def test_output_into_a_missing_folder_is_created_by_both(tmp_path: Path, command: str) -> None:
    out = tmp_path / "new" / "folder" / "out.jsonl"
    done = cleaner(command, "-q", SEED, "-o", out, *(["-f", "jsonl"] if command == "clean" else []))
    assert done.returncode == 0, done.stderr
    assert len(lines(out.read_bytes())) == 1


def test_explain_reads_stdin_and_writes_json() -> None:
    done = cleaner("explain", "--format", "json", stdin=SEED.read_bytes())
    assert done.returncode == 0
    data = json.loads(done.stdout)
    assert data["source"] == "-" and data["blocks"] and data["fields"]["publisher"]["source"]
    directory = cleaner("explain", ROOT / "fixtures")
    assert directory.returncode == 1
    assert stderr_lines(directory) == [
        f"cleaner: error: {ROOT / 'fixtures'}: is a directory (use `cleaner batch` for directories)"
    ]


@pytest.mark.skipif(
    not (ROOT / ".venv" / ".installed").exists() or shutil.which("make") is None,
    reason="needs the Makefile's venv (make install)",
)
def test_make_run_cleans_only_the_example_pages() -> None:
    done = subprocess.run(
        ["make", "-s", "run"], capture_output=True, timeout=600, check=False, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    sources = [str(r["source"]) for r in lines(done.stdout)]
    assert sources and "fixtures/known_failures.txt" not in sources
    assert all((ROOT / s).with_suffix(".expected.json").exists() for s in sources)
