"""Share services, named once: the chrome step's share rows and the segmenter's share bars."""

from __future__ import annotations

import re

import pytest

from cleaner.extractors.chrome import ChromeExtractor
from cleaner.languages.services import ROW_OPENERS, SHARE_SERVICES, share_services
from cleaner.reasons import Reason
from tests.helpers import text_page


def _share_marked(text: str) -> bool:
    page = ChromeExtractor().run(text_page("An article's own first sentence here.", text))
    mark = page.marks.get(1)
    return mark is not None and mark.reason is Reason.SHARE_PROMPT


def test_openers_are_services() -> None:
    assert set(ROW_OPENERS) <= set(SHARE_SERVICES)


@pytest.mark.parametrize("name", SHARE_SERVICES)
def test_buttons_pattern_reads_each_name_as_written(name: str) -> None:
    pattern = re.compile(rf"^(?:{share_services(written_as_buttons=True)})$")
    assert pattern.match(name)
    assert not pattern.match(name.lower()) or name.lower() == name


def test_a_row_of_services_is_a_share_row() -> None:
    assert _share_marked("Facebook | Pinterest | Telegram")
    assert _share_marked("WhatsApp Pocket")


def test_a_subhead_naming_one_service_stays() -> None:
    # An article about social networks has a section per network.
    assert not _share_marked("Pinterest")
    assert not _share_marked("Telegram")


def test_prose_naming_services_stays() -> None:
    assert not _share_marked("We shared the photos on Facebook and Pinterest last week.")
