"""contents_lines and the navigation step's table of contents."""

from __future__ import annotations

import cleaner
from cleaner.blocks import Page
from cleaner.config import CleanerConfig, InputType
from cleaner.extractors.contents import ContentsSettings, contents_lines
from cleaner.extractors.features import block_stats
from cleaner.extractors.navigation import NavigationExtractor
from cleaner.reasons import Reason
from tests.helpers import text_page

SECTIONS = {
    "Getting there": "The ferry leaves the harbour every morning at eight and takes about an hour.",
    "Where to stay": "Most visitors stay in the old town, where guest houses are cheap and clean.",
    "What to eat": "The fish soup at the market is what the island is known for, and rightly so.",
}
INTRO = "We spent a week on the island last summer, and this is what we learned there."


def _article(*before: str) -> list[str]:
    lines = [*before, INTRO]
    for heading, paragraph in SECTIONS.items():
        lines += [heading, paragraph]
    return lines


def _contents(*lines: str) -> list[str]:
    page = text_page(*lines)
    return [page.blocks[i].text for i in contents_lines(page.blocks, block_stats(page))]


def test_docstring_example() -> None:
    assert _contents(*_article("In this article:", *SECTIONS)) == list(SECTIONS)


def test_the_navigation_step_marks_the_list_not_the_headings() -> None:
    page = text_page(*_article("In this article:", *SECTIONS))
    after = NavigationExtractor().run(page)
    listed = [b.text for b in after.blocks if b.id in after.marks]
    assert listed == list(SECTIONS)
    assert {m.reason for m in after.marks.values()} == {Reason.TABLE_OF_CONTENTS}
    kept = [b.text for b in after.kept()]
    assert all(heading in kept for heading in SECTIONS)


def test_a_menu_repeated_in_the_footer_is_no_table_of_contents() -> None:
    # Its copies stand next to each other: no section lies between them.
    menu = ["Home", "World", "Sport"]
    assert _contents(*menu, INTRO, *SECTIONS.values(), *menu) == []


def test_furniture_repeated_at_every_post_is_no_table_of_contents() -> None:
    posts = [line for paragraph in SECTIONS.values() for line in ("Reply", "Quote", paragraph)]
    assert _contents("Reply", "Quote", "Share", *posts, "Share", INTRO, "Share") == []


def test_copies_in_another_order_are_no_table_of_contents() -> None:
    assert _contents("What to eat", "Getting there", "Where to stay", *_article()) == []


def test_prose_that_recurs_is_no_entry() -> None:
    # Paragraphs printed twice (a quote, a teaser of the article's own text) are no headings:
    # an entry has at most max_words words.
    assert _contents(*_article(*SECTIONS.values())) == []


def test_the_list_needs_its_entries() -> None:
    page = text_page(*_article(*SECTIONS))
    found = contents_lines(page.blocks, block_stats(page), ContentsSettings(min_entries=4))
    assert found == []


def test_end_to_end_the_list_goes_and_the_intro_stays() -> None:
    dump = "\n\n".join(["Island guide", *_article("Contents", *SECTIONS)])
    body = cleaner.clean(dump, config=CleanerConfig(input_type=InputType.TEXT)).body
    assert INTRO in body
    assert body.count("Getting there") == 1
    assert all(paragraph in body for paragraph in SECTIONS.values())


def test_html_pages_are_left_alone() -> None:
    page = Page("test", "html", text_page(*_article(*SECTIONS)).blocks)
    reasons = {m.reason for m in NavigationExtractor().run(page).marks.values()}
    assert Reason.TABLE_OF_CONTENTS not in reasons


def test_a_numbered_list_names_unnumbered_headings() -> None:
    numbered = [f"{n}. {heading}" for n, heading in enumerate(SECTIONS, start=1)]
    assert _contents(*_article(*numbered)) == numbered


def test_the_lists_title_goes_with_it() -> None:
    assert _contents(*_article("Table of Contents", *SECTIONS)) == [
        "Table of Contents",
        *SECTIONS,
    ]


def test_a_title_left_alone_is_the_list_too() -> None:
    # The widget printed its title only, the entries drawn by a script the dump never ran.
    assert _contents(*_article("Contents hide")) == ["Contents hide"]


def test_prose_naming_the_contents_stays() -> None:
    assert _contents(*_article("The contents of the box were lost at sea.", "Contents:")) == [
        "Contents:"
    ]
    assert _contents(*_article("Table of contents and index pages were added later.")) == []


def test_numbered_sections_and_subsections() -> None:
    numbered = [f"1.{n} {n}. {heading}" for n, heading in enumerate(SECTIONS, 1)]
    assert _contents(*_article(*numbered)) == numbered


def test_a_heading_right_over_its_first_subheading() -> None:
    # "Planning" is printed again right over "Getting there": no prose between their copies.
    lines = _article("Planning", *SECTIONS)
    lines.insert(lines.index(SECTIONS["Getting there"]) - 1, "Planning")
    assert _contents(*lines) == ["Planning", *SECTIONS]


def test_an_entry_printed_once_more_above_the_list() -> None:
    # The first entry repeats the article's title, printed once more as its first heading.
    title = "A week on the island"
    lines = [title, *_article(title, *SECTIONS)]
    lines.insert(lines.index(INTRO), title)
    assert _contents(*lines) == [title, *SECTIONS]


def test_a_long_paragraph_without_a_stop_is_a_section_all_the_same() -> None:
    # A paragraph running into a list ends in a colon or a dash, not a full stop.
    lines = _article(*SECTIONS)
    first = lines.index(SECTIONS["Getting there"])
    lines[first] = (
        "The ferry leaves the harbour every morning at eight and takes about an hour, and "
        "here is what to pack for it-"
    )
    assert _contents(*lines) == list(SECTIONS)
