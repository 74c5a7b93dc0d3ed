"""ReprintExtractor: reprint lines and rows of print/e-mail/share actions."""

from __future__ import annotations

import pytest

from cleaner.extractors.reprints import ReprintExtractor
from cleaner.reasons import Reason
from tests.helpers import removed
from tests.helpers import text_page as _page


def _reasons(*texts: str) -> dict[str, str]:
    return removed(ReprintExtractor(), _page(*texts))


def test_docstring_example() -> None:
    page = _page("Photo reprints | Article reprints", "Print | Email | Share")
    after = ReprintExtractor().run(page)
    assert after.marks[0].reason == Reason.REPRINT_LINE
    assert after.marks[1].reason == Reason.ACTION_ROW
    assert {m.by for m in after.marks.values()} == {"reprints"}


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Reprints", Reason.REPRINT_LINE),
        ("Order reprints of this article", Reason.REPRINT_LINE),
        ("Print · Email · Share · Tweet", Reason.ACTION_ROW),
        ("Facebook, Twitter, Email", Reason.ACTION_ROW),
        ("Share / Save / Comment", Reason.ACTION_ROW),
        ("Text size A+ | A-", Reason.ACTION_ROW),
        ("Print - Email - Share", Reason.ACTION_ROW),
        ("Print\t-\tE-mail", Reason.ACTION_ROW),
    ],
)
def test_rule_reasons(text: str, reason: str) -> None:
    assert _reasons(text) == {text: reason}


@pytest.mark.parametrize(
    "text",
    [
        "Print, radio and television reporters waited outside the courthouse.",
        "The newspaper stopped selling reprints of its front pages in 2015, citing falling "
        "demand from collectors.",
        "Print",  # one action word alone is not a row
        "Email | the mayor said she had not read it",
        # Each part holds an action word ("more", "a", "copy") among others: a headline.
        "Which Consumes More Power, a PC or a Laptop?",
        "Send more relevant emails, earn more revenue",
        "MORE CHANNEL, MORE FLOW",
        "where T: Copy, E: Copy,",
        "Print-Email-Share",  # a dash without spaces separates nothing
    ],
)
def test_not_an_action_row(text: str) -> None:
    assert _reasons(text) == {}


def test_short_prose_about_reprints_stays() -> None:
    assert _reasons("Reprints of the map sold out within a week.") == {}
