"""BioExtractor: short author biographies at the foot of an article."""

from __future__ import annotations

import pytest

from cleaner.extractors.bios import BioExtractor
from cleaner.reasons import Reason
from tests.helpers import removed
from tests.helpers import text_page as _page


def _reasons(*texts: str) -> dict[str, str]:
    return removed(BioExtractor(), _page(*texts))


def test_docstring_example() -> None:
    bio = (
        "Meg James is a corporate media reporter for the Los Angeles Times, covering the "
        "business of television."
    )
    page = _page("... the council said.", bio)
    after = BioExtractor().run(page)
    assert after.marks[1].reason == Reason.AUTHOR_BIO
    assert after.marks[1].by == "bios"
    assert 0 not in after.marks


@pytest.mark.parametrize(
    "text",
    [
        "Hannah Lowe is a business reporter at The Gazette.",
        "Owen Marsh is a housing reporter based in the city.",
        "Nora Whitfield (@nwhitfield) is a freelance writer who lives in Denver.",
        pytest.param("Katrin Albers ist Redakteurin im Lokalressort."),
        "Camille Fontaine est journaliste au service économie.",
    ],
)
def test_bios(text: str) -> None:
    assert _reasons(text) == {text: Reason.AUTHOR_BIO}


@pytest.mark.parametrize(
    "text",
    [
        "Marisol Vega, who has lived on the street for two decades, said nothing happens.",
        "The reporter asked the mayor whether the contract had been signed.",
        "Ruth Hallorand is a Kansas Republican who helped write the bill.",
    ],
)
def test_prose_about_people_stays(text: str) -> None:
    assert _reasons(text) == {}


def test_long_paragraph_is_not_a_bio() -> None:
    text = "Jane Doe is a reporter " + "who covered the courts for many years " * 12 + "."
    assert _reasons(text) == {}
