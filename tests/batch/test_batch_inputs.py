"""INPUTS -> work items: directory walks, WARC records, JSONL lines, stdin lists."""

from __future__ import annotations

import gzip
import io
import json
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from cleaner.batch.inputs import InputOptions, count_items, iter_items

OPTIONS = InputOptions(max_bytes=1_000_000)


def _sources(items: list[object]) -> list[str]:
    return [item.source for item in items]  # type: ignore[attr-defined]


def test_directory_walk_is_sorted_recursive_and_skips_hidden(
    tmp_path: Path, write_docs: Callable[..., list[Path]]
) -> None:
    write_docs(tmp_path / "in" / "b", 2)
    write_docs(tmp_path / "in" / "a", 1)
    (tmp_path / "in" / ".git").mkdir()
    (tmp_path / "in" / ".git" / "config.txt").write_text("x")
    (tmp_path / "in" / ".hidden.txt").write_text("x")
    skipped: Counter[str] = Counter()
    items = list(iter_items([str(tmp_path / "in")], OPTIONS, skipped))
    root = str(tmp_path / "in")
    assert _sources(items) == [
        f"{root}/a/doc00000.txt",
        f"{root}/b/doc00000.txt",
        f"{root}/b/doc00001.txt",
    ]
    assert skipped["hidden"] == 2
    assert all(item.key == os.path.abspath(item.source) for item in items)


def test_glob_filters_directory_files_only(
    tmp_path: Path, write_docs: Callable[..., list[Path]]
) -> None:
    write_docs(tmp_path / "in", 2, gzipped_every=2)  # doc00000.txt.gz, doc00001.txt
    explicit = tmp_path / "page.html"
    explicit.write_text("<p>x</p>")
    options = InputOptions(max_bytes=1000, globs=("*.gz",))
    items = list(iter_items([str(tmp_path / "in"), str(explicit)], options))
    assert [Path(s).name for s in _sources(items)] == ["doc00000.txt.gz", "page.html"]


def test_symlink_loops_and_special_files_are_survived(
    tmp_path: Path, write_docs: Callable[..., list[Path]]
) -> None:
    root = tmp_path / "in"
    write_docs(root / "sub", 1)
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)
    (root / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(root / "pipe.txt")
    skipped: Counter[str] = Counter()
    items = list(iter_items([str(root)], OPTIONS, skipped))
    assert [Path(s).name for s in _sources(items)] == ["doc00000.txt"]
    assert skipped["seen_directory"] == 1
    assert skipped["not_a_regular_file"] == 2


def test_missing_input_is_a_failed_item_not_an_exception(tmp_path: Path) -> None:
    (item,) = iter_items([str(tmp_path / "missing.html")], OPTIONS)
    assert item.failure == ("input", "no such file")


def test_excluded_files_are_not_inputs(
    tmp_path: Path, write_docs: Callable[..., list[Path]]
) -> None:
    write_docs(tmp_path / "in", 2)
    options = InputOptions(max_bytes=1000, exclude=lambda p: p.endswith("00001.txt"))
    assert len(list(iter_items([str(tmp_path / "in")], options))) == 1


def test_stdin_lists_paths(tmp_path: Path, write_docs: Callable[..., list[Path]]) -> None:
    paths = write_docs(tmp_path / "in", 2)
    listing = io.StringIO("".join(f"{p}\n" for p in paths) + "\n")
    items = list(iter_items(["-"], OPTIONS, stdin=listing))
    assert _sources(items) == [str(p) for p in paths]


def test_warc_response_records_with_url_and_date(
    tmp_path: Path, write_warc: Callable[..., None], article: Callable[[int], str]
) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(
        warc,
        [
            ("http://example.com/a", article(1).encode(), "200 OK", "text/html; charset=utf-8"),
            ("http://example.com/logo.png", b"\x89PNG", "200 OK", "image/png"),
            ("http://example.com/gone", b"<html>gone</html>", "404 Not Found", "text/html"),
            ("http://example.com/b", article(2).encode(), "200 OK", "text/plain"),
        ],
    )
    skipped: Counter[str] = Counter()
    items = list(iter_items([str(warc)], OPTIONS, skipped))
    assert [item.url for item in items] == ["http://example.com/a", "http://example.com/b"]
    assert items[0].data == article(1).encode()
    assert items[0].fetched and items[0].fetched[:2] == "20"
    assert items[0].source == f"{warc}#0"
    assert items[1].key.startswith(str(warc) + "#")
    assert skipped == Counter(archive_not_a_page=1, archive_http_status=1, archive_not_response=1)
    assert count_items([str(warc)], OPTIONS) == 2


def test_oversized_warc_record_is_a_failed_item(
    tmp_path: Path, write_warc: Callable[..., None]
) -> None:
    warc = tmp_path / "big.warc.gz"
    write_warc(warc, [("http://example.com/a", b"x" * 5000, "200 OK", "text/html")])
    (item,) = iter_items([str(warc)], InputOptions(max_bytes=1000))
    assert item.failure is not None and item.failure[0] == "too_large"


def test_corrupt_warc_is_one_failed_item(tmp_path: Path) -> None:
    warc = tmp_path / "bad.warc.gz"
    warc.write_bytes(b"\x1f\x8b\x08\x00garbage-not-gzip-nor-warc")
    (item,) = iter_items([str(warc)], OPTIONS)
    assert item.failure is not None and item.failure[0] == "input"
    assert item.source == f"{warc}#unreadable"


def test_truncated_warc_record_is_a_failed_item(
    tmp_path: Path, write_warc: Callable[..., None], article: Callable[[int], str]
) -> None:
    warc = tmp_path / "crawl.warc.gz"
    pages = [
        (f"http://example.com/{n}", article(n).encode() * 20, "200 OK", "text/html")
        for n in range(2)
    ]
    write_warc(warc, pages)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(warc.read_bytes()[: warc.stat().st_size * 3 // 4])
    items = list(iter_items([str(cut)], OPTIONS))
    assert [item.failure for item in items][:2] == [None, ("input", "truncated archive record")]


def test_jsonl_lines_html_text_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"url": "http://example.com/a", "html": "<p>A</p>"}),
        "",
        json.dumps({"text": "Plain text dump"}),
        "not json",
        json.dumps({"url": "http://example.com/c"}),
        json.dumps({"body": "x" * 2000}),
    ]
    path = tmp_path / "pages.jsonl.gz"
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    items = list(iter_items([str(path)], OPTIONS))
    assert [item.source.rsplit("#", 1)[1] for item in items] == ["L1", "L3", "L4", "L5", "L6"]
    assert (items[0].data, items[0].url) == ("<p>A</p>", "http://example.com/a")
    assert items[1].data == "Plain text dump"
    assert [i.failure[0] if i.failure else None for i in items] == [
        None,
        None,
        "input",
        "input",
        "input",
    ]
    over = list(iter_items([str(path)], InputOptions(max_bytes=1000)))
    assert over[-1].failure is not None and over[-1].failure[0] == "too_large"


@pytest.mark.parametrize(
    ("dates", "fetched"),
    [
        ({"fetched": "2024-05-02T10:00:00Z"}, "2024-05-02T10:00:00Z"),
        ({"timestamp": "2019-04-25T12:57:54Z"}, "2019-04-25T12:57:54Z"),
        ({"timestamp": "20190425125754"}, "2019-04-25T12:57:54Z"),  # a CDX timestamp
        ({"fetched": "2024-05-02", "timestamp": "2019-04-25T12:57:54Z"}, "2024-05-02"),
        ({"fetched": "yesterday", "timestamp": "2019-04-25"}, "2019-04-25"),
        ({"date": "2016-11-29"}, None),  # often the publication date, not the capture's
        ({"timestamp": 1556196474}, None),  # seconds or milliseconds? not a date we vouch for
        ({"fetched": "May 2, 2024"}, None),
    ],
)
def test_jsonl_capture_date(tmp_path: Path, dates: dict[str, object], fetched: str | None) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"text": "Plain text dump", **dates}) + "\n")
    (item,) = iter_items([str(path)], OPTIONS)
    assert item.fetched == fetched


def test_warc_and_arc_dates_are_iso_8601(
    tmp_path: Path,
    write_warc: Callable[..., None],
    write_arc: Callable[..., None],
    article: Callable[[int], str],
) -> None:
    warc, arc = tmp_path / "crawl.warc.gz", tmp_path / "crawl.arc"
    page = article(1).encode()
    write_warc(
        warc,
        [(f"http://example.com/{n}", page, "200 OK", "text/html") for n in range(3)],
        dates=["2021-03-04T05:06:07Z", "20210304050607", "not a date"],
    )
    write_arc(arc, [("http://example.com/a", "20210304050607", page)])
    items = list(iter_items([str(warc), str(arc)], OPTIONS))
    assert [(i.url, i.fetched) for i in items] == [
        ("http://example.com/0", "2021-03-04T05:06:07Z"),
        ("http://example.com/1", "2021-03-04T05:06:07Z"),
        ("http://example.com/2", None),
        ("http://example.com/a", "2021-03-04T05:06:07Z"),
    ]


def test_jsonl_field_option(tmp_path: Path) -> None:
    path = tmp_path / "pages.ndjson"
    path.write_text(json.dumps({"html": "<p>H</p>", "content": "C"}) + "\n")
    (item,) = iter_items([str(path)], InputOptions(max_bytes=1000, jsonl_field="content"))
    assert item.data == "C"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any directory")
def test_unreadable_directory_is_a_failed_item(tmp_path: Path) -> None:
    locked = tmp_path / "in" / "locked"
    locked.mkdir(parents=True)
    locked.chmod(0)
    try:
        items = list(iter_items([str(tmp_path / "in")], OPTIONS))
    finally:
        locked.chmod(0o755)
    assert [item.failure[0] for item in items if item.failure] == ["input"]
