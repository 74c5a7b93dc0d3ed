"""Record: stable keys, JSON out and back, removed blocks only when asked for."""

from __future__ import annotations

import dataclasses
import json

import pytest

from cleaner.record import RECORD_KEYS, Record, Removed

FULL = Record(
    source="fixtures/text/seed.txt",
    url="https://example.com/a",
    fetched="2024-05-02T10:00:00Z",
    title="Grüße aus Köln — “quoted”",
    summary="Dek.",
    authors=("Jane Doe", "John Smith"),
    published="2016-11-29",
    modified="2016-12-02T18:51:00",
    publisher="Tampa Bay Times",
    language="en",
    body="One.\n\nTwo.",
)


def test_docstring_example() -> None:
    r = Record(source="-", body="One.\n\nTwo.")
    assert r.paragraphs == ["One.", "Two."]
    assert Record.from_dict(r.to_dict()) == r


def test_every_key_is_always_present_in_order() -> None:
    data = json.loads(Record(source="-").to_json())
    assert tuple(data) == RECORD_KEYS
    assert data == {
        "source": "-",
        "url": None,
        "fetched": None,
        "title": None,
        "summary": None,
        "authors": [],
        "published": None,
        "modified": None,
        "publisher": None,
        "language": None,
        "body": "",
    }


def test_json_is_utf8_with_a_trailing_newline() -> None:
    line = FULL.to_json()
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert "Grüße aus Köln — “quoted”".encode() in line  # not \\u-escaped
    assert FULL.to_json(indent=True).count(b"\n") > 10


@pytest.mark.parametrize("indent", [False, True])
def test_json_round_trip(indent: bool) -> None:
    assert Record.from_dict(json.loads(FULL.to_json(indent=indent))) == FULL


def test_removed_is_written_only_when_present() -> None:
    assert "removed" not in FULL.to_dict()
    with_removed = Record(source="-", removed=(Removed("chrome", "cookie_notice", "Accept"),))
    data = json.loads(with_removed.to_json())
    assert list(data)[-1] == "removed"
    assert data["removed"] == [{"extractor": "chrome", "reason": "cookie_notice", "text": "Accept"}]
    assert Record.from_dict(data) == with_removed
    assert Record.from_dict(json.loads(Record(source="-", removed=()).to_json())).removed == ()


def test_kinds_are_not_part_of_the_record() -> None:
    a = Record(source="-", body="x", kinds=("heading",))
    assert a == Record(source="-", body="x")
    assert "kinds" not in a.to_dict()


def test_from_dict_tolerates_missing_keys() -> None:
    assert Record.from_dict({}) == Record(source="")
    # A record written before "fetched" existed still reads.
    older = {k: v for k, v in FULL.to_dict().items() if k != "fetched"}
    assert Record.from_dict(older) == dataclasses.replace(FULL, fetched=None)
    assert Record.from_dict({"source": "p", "body": None, "authors": None}) == Record(source="p")


def test_paragraphs_of_an_empty_body() -> None:
    assert Record(source="-").paragraphs == []


def test_record_is_immutable() -> None:
    with pytest.raises(AttributeError):
        FULL.title = "x"  # type: ignore[misc]
