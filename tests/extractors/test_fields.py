"""record_fields: the short "Label: value" lines of a list article's records."""

from __future__ import annotations

import pytest

from cleaner.blocks import Block
from cleaner.extractors.fields import FieldSettings, record_fields


def _fields(*texts: str) -> list[int]:
    return sorted(record_fields(tuple(Block(i, text) for i, text in enumerate(texts))))


EVENTS = (
    "CES 2026",
    "Date: January 6-9, 2026",
    "Location: Las Vegas, USA",
    "MWC Barcelona",
    "Date: March 2-5, 2026",
    "Location: Barcelona, Spain",
    "GTC",
    "Date: March 16-19, 2026",
    "Location: San Jose, California, USA",
)


def test_a_label_on_every_record_makes_fields() -> None:
    assert _fields(*EVENTS) == [1, 2, 4, 5, 7, 8]


def test_a_label_on_two_lines_is_not_enough() -> None:
    # A footer: the shop's and the office's phone, each label stated once or twice.
    assert _fields("Phone: 555-0100", "Email: shop@example.com", "Phone: 555-0199") == []


def test_the_repeats_follow_the_settings() -> None:
    texts = ("Phone: 555-0100", "Email: shop@example.com", "Phone: 555-0199")
    found = record_fields(tuple(Block(i, t) for i, t in enumerate(texts)), FieldSettings(2))
    assert sorted(found) == []  # max_words 2: every line is longer
    found = record_fields(tuple(Block(i, t) for i, t in enumerate(texts)), FieldSettings(6, 2))
    assert sorted(found) == [0, 2]


@pytest.mark.parametrize(
    "line",
    [
        # Prose that merely has a label and a colon: longer than a field.
        "Date: the council has not yet said when it will vote on the bridge.",
        # Clock times and links are no labels.
        "12:30 pm",
        "https://example.com/events",
    ],
)
def test_prose_clocks_and_links_are_not_fields(line: str) -> None:
    assert _fields(line, line, line) == []


def test_photo_credits_are_not_fields() -> None:
    credits = ("Photograph: Jane Doe", "Photo: John Roe", "Photograph: REI", "Source: Reuters")
    assert _fields(*credits, *credits) == []


def test_fields_listed_under_a_label_are_the_labels_list() -> None:
    # A review's spec box under each product: "Specs:", then its fields.
    box = ("Specs:", "Temp rating: 15°F/-9°C", "Fill: 650 Fill Power Down")
    assert _fields(*box, "Bag two", *box, "Bag three", *box) == []
