"""PublisherExtractor: copyright lines give the publisher and leave the body."""

from __future__ import annotations

import pytest

from cleaner.extractors.publisher import PublisherExtractor, publisher_from_copyright
from cleaner.reasons import Reason
from tests.helpers import text_page as _page


def test_docstring_example() -> None:
    after = PublisherExtractor().run(_page("© 2017 Tampa Bay Times"))
    assert after.marks[0].reason == Reason.COPYRIGHT_LINE
    assert after.marks[0].by == "publisher"
    assert after.fields["publisher"].value == "Tampa Bay Times"
    assert after.fields["publisher"].source == "text:copyright"
    assert after.fields["publisher"].block_id == 0


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("© 2017 Tampa Bay Times", "Tampa Bay Times"),
        ("Copyright 2019 The Associated Press. All rights reserved.", "The Associated Press"),
        ("© 2016 Rheinische Abendzeitung", "Rheinische Abendzeitung"),
        ("© 2021 The Slow Kitchen · Powered by WordPress", "The Slow Kitchen"),
        ("(c) 2010-2020 Example News Inc.", "Example News"),
        ("Copyright © 2023 Harbour Post Media", "Harbour Post Media"),
        ("© 2022 Valley Tribune | All Rights Reserved", "Valley Tribune"),
        ("© 2019 Gazette GmbH. Alle Rechte vorbehalten.", "Gazette"),
    ],
)
def test_publisher_from_copyright(line: str, name: str) -> None:
    assert publisher_from_copyright(line) == name


def test_year_after_the_name() -> None:
    assert publisher_from_copyright("© Le Courrier du Midi 2022") == "Le Courrier du Midi"


def test_name_followed_by_a_parent_company() -> None:
    line = (
        "Copyright © 2018 Northfield Daily Record, a division of Lakes Media Group. "
        "All rights reserved."
    )
    assert publisher_from_copyright(line) == "Northfield Daily Record"


@pytest.mark.parametrize(
    "text",
    [
        "The council approved the budget.",
        "All rights reserved.",
        "©",
        "The band sued over copyright infringement in 2019, claiming the song had been stolen "
        "from a demo tape.",
        # A headline about copyright: no sign, year or "rights reserved", so no notice (the
        # copyright line is a wall the article never runs across).
        "Copyright law for artists explained",
        "Copyright Office rejects AI-made comic book",
    ],
)
def test_not_a_copyright_line(text: str) -> None:
    assert publisher_from_copyright(text) is None
    assert PublisherExtractor().run(_page(text)).marks == {}


def test_short_prose_mentioning_copyright_is_not_a_credit() -> None:
    assert publisher_from_copyright("The lawsuit is a copyright dispute, lawyers said.") is None


def test_line_with_a_year_beats_a_bare_photo_credit() -> None:
    page = _page("© 2017 Tampa Bay Times", "A caption here.", "© Jane Doe")
    after = PublisherExtractor().run(page)
    assert after.fields["publisher"].value == "Tampa Bay Times"
    assert sorted(after.marks) == [0, 2]


def test_no_copyright_line_leaves_the_page_alone() -> None:
    page = _page("The council approved the budget.")
    assert PublisherExtractor().run(page) is page
