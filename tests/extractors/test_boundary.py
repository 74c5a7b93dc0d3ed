"""BoundaryExtractor finds the article span; TrimExtractor drops what lies outside it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner.blocks import Block, Mark, Note, Page
from cleaner.extractors import boundary
from cleaner.extractors.boundary import BoundaryExtractor, TrimExtractor, article_span
from cleaner.extractors.comments import CommentsExtractor
from cleaner.extractors.features import FeaturesExtractor
from cleaner.extractors.navigation import NavigationExtractor
from cleaner.extractors.publisher import PublisherExtractor
from cleaner.html.second_opinion import LISTING_CONTENT
from cleaner.reasons import Reason
from tests.helpers import text_page as _page

PROSE = [
    "Even as Iraqi forces are bogged down in a bloody fight to recapture Mosul, a new coalition "
    "is being formed to take on the jihadi group when it loses control of the city.",
    "That coalition will take a more global approach to fighting jihadis than an existing "
    "coalition run by U.S. Central Command, according to a French general.",
    "The fight against the Islamic State in Libya is the last of the operations he listed, "
    "and it is the one the coalition knows least about.",
]


def _trimmed(page: Page) -> Page:
    return TrimExtractor().run(BoundaryExtractor().run(page))


def test_docstring_example() -> None:
    page = _page(
        "Home", "World", *PROSE, "© 2017 Tampa Bay Times", "Quiet college dropout turned bomber"
    )
    page = page.with_marks([Mark(5, Reason.COPYRIGHT_LINE, "publisher")])
    bounded = BoundaryExtractor().run(page)
    assert bounded.article_span == (2, 4)
    assert bounded.marks == page.marks  # the boundary step only records the span
    after = TrimExtractor().run(bounded)
    assert [b.text for b in after.kept()] == PROSE
    assert {i: m.reason for i, m in after.marks.items()} == {
        0: Reason.OUTSIDE_ARTICLE,
        1: Reason.OUTSIDE_ARTICLE,
        5: "copyright_line",  # an earlier, more specific reason is kept
        6: Reason.OUTSIDE_ARTICLE,
    }
    assert after.marks[6].by == "trim"


def test_article_span_doctest() -> None:
    assert article_span([-4, 30, 20, -6, 25, -6, -6, -6, -6, -6, 10]) == (1, 4)


@pytest.mark.parametrize(
    ("values", "span"),
    [([], None), ([-1.0, -2.0], None), ([5.0], (0, 0)), ([5.0, -1.0, 5.0], (0, 2))],
)
def test_article_span_edges(values: list[float], span: tuple[int, int] | None) -> None:
    assert article_span(values) == span


def test_short_paragraph_between_prose_stays_in_the_span() -> None:
    page = _page(PROSE[0], "He declined to comment.", PROSE[1], PROSE[2])
    assert _trimmed(page).marks == {}


def test_trailing_chrome_no_rule_names_is_trimmed() -> None:
    page = _page(*PROSE, "Follow us", "Our apps", "Contact the newsroom", "Work with us")
    assert [b.text for b in _trimmed(page).kept()] == PROSE


def test_a_label_ending_in_a_colon_costs_what_a_section_break_costs() -> None:
    # A glossary entry: labels introduce their values; the short definition belongs to the
    # article, which a menu item's cost in front of the prose would cut off.
    page = _page("Home", "Menu", "MEANING:", "adjective: Overly sentimental.", "USAGE:", *PROSE)
    kept = [b.text for b in _trimmed(page).kept()]
    assert kept == ["adjective: Overly sentimental.", "USAGE:", *PROSE]


def test_the_span_runs_through_a_list_a_sentence_introduces() -> None:
    # Ten items at a menu item's cost would outweigh the one paragraph after them.
    intro = "The general named the ten cities he expects the new coalition to hold this year:"
    items = ("Mosul", "Raqqa", "Sirte", "Aleppo", "Tikrit", "Ramadi", "Homs", "Hama", "Idlib")
    page = _page("Home", "World", PROSE[0], intro, *items, "Deir ez-Zor", PROSE[1])
    kept = [
        b.text for b in _trimmed(NavigationExtractor().run(FeaturesExtractor().run(page))).kept()
    ]
    assert kept == [PROSE[0], intro, *items, "Deir ez-Zor", PROSE[1]]


def test_the_span_runs_through_a_summarys_key_points() -> None:
    # Eight points at a menu item's cost would outweigh the one paragraph after them.
    points = ("Mosul", "Raqqa", "Sirte", "Aleppo", "Tikrit", "Ramadi", "Homs", "Hama")
    page = _navigated("Home", "World", PROSE[0], "Key takeaways:", *points, PROSE[1])
    kept = [b.text for b in _trimmed(page).kept()]
    assert kept == [PROSE[0], "Key takeaways:", *points, PROSE[1]]


def test_a_menu_after_a_short_label_still_cuts_the_span() -> None:
    menu = ("Mosul", "Raqqa", "Sirte", "Deir ez-Zor", "Aleppo", "Tikrit")
    page = FeaturesExtractor().run(_page(PROSE[0], "Read more:", *menu, *PROSE[1:]))
    kept = [b.text for b in _trimmed(NavigationExtractor().run(page)).kept()]
    assert kept == PROSE[1:]


def test_a_trailing_label_with_nothing_of_the_article_after_it_is_trimmed() -> None:
    page = _page(*PROSE, "Share this:", "Facebook", "Twitter")
    assert [b.text for b in _trimmed(page).kept()] == PROSE


def test_article_does_not_run_past_a_comment_section() -> None:
    comment = (
        "I live two streets away and this has been a problem for years, and I am glad that "
        "someone finally wrote about it in the paper."
    )
    page = _page(
        *PROSE,
        "Join the conversation",
        "rivermom_77",
        "2 hours ago",
        comment,
        "Reply",
        "D. Kovacs",
        "3 hours ago",
        comment.replace("paper", "news"),
        "Reply",
    )
    page = CommentsExtractor().run(page)
    assert [b.text for b in _trimmed(page).kept()] == PROSE


def test_comment_furniture_before_any_prose_is_the_articles_own() -> None:
    # A relative date under the headline and a teaser's below the article look like a thread's
    # furniture; with no prose before the first there is no article a thread could follow.
    page = _page(
        "Council to close the old bridge",
        "2 hours ago",
        *PROSE,
        "More from the city",
        "Library to open on Sundays",
        "5 hours ago",
    )
    page = CommentsExtractor().run(page)
    assert [b.text for b in _trimmed(page).kept()] == PROSE


def test_a_menu_item_that_reads_like_comment_furniture_starts_no_comment_section() -> None:
    # The site's menu, above and below the article, names a section like a commenter's line
    # ("<name> says"); a notice before it is prose, so a comment zone from its first
    # occurrence would cover the whole article.
    notice = "You have turned off JavaScript in your browser, so some of our pages look odd."
    menu = ("Home", "Games", "Simon says", "Puzzles", "Crosswords")
    page = FeaturesExtractor().run(_page(notice, *menu, *PROSE, *menu))
    page = NavigationExtractor().run(CommentsExtractor().run(page))
    assert page.marks[3].reason is Reason.COMMENT_META
    assert [b.text for b in _trimmed(page).kept()] == PROSE


def test_comment_furniture_beside_one_menu_item_still_starts_a_comment_section() -> None:
    comment = "Thanks for writing this up, it matches what we saw on our street last winter."
    page = _page(
        *PROSE,
        "Share",
        "Print",
        "Jane says",
        comment,
        "Reply",
        "Anna says",
        comment.replace("winter", "spring"),
    )
    page = NavigationExtractor().run(CommentsExtractor().run(FeaturesExtractor().run(page)))
    assert page.marks[5].reason is Reason.COMMENT_META
    assert [b.text for b in _trimmed(page).kept()] == PROSE


def test_copyright_line_ends_the_article_unless_much_prose_follows() -> None:
    page = _page(*PROSE[:2], "© 2017 Tampa Bay Times", PROSE[2])
    page = PublisherExtractor().run(page)
    assert [b.text for b in _trimmed(page).kept()] == PROSE[:2]


def test_page_without_prose_keeps_everything() -> None:
    page = _page("Home", "World", "Sport")
    assert BoundaryExtractor().run(page).article_span is None
    assert _trimmed(page).marks == {}


def test_steps_do_not_change_their_input() -> None:
    page = _page("Home", *PROSE)
    BoundaryExtractor().run(page)
    assert page.article_span is None
    bounded = replace(page, article_span=(1, 3))
    TrimExtractor().run(bounded)
    assert bounded.marks == {}


def test_paragraphs_run_together_count_as_prose_without_a_closing_stop() -> None:
    # A dump that lost its line breaks glues the article into one block that ends however
    # its last line does (here a photo credit without a full stop).
    glued = " ".join(PROSE) + " (Image credit: Jane Doe / Agency"
    page = _page("Home", "World", glued, "Most read", "Sign up")
    assert [b.text for b in _trimmed(page).kept()] == [glued]


def test_a_blog_archive_run_together_is_not_prose() -> None:
    # The stop lists hold the month names: without them, the archive has no stop word.
    months = ("December", "November", "October", "September", "August", "July", "June", "May")
    archive = "Blog Archive " + " ".join(
        f"{month} {year} ({n})" for year in (2019, 2018, 2017) for n, month in enumerate(months, 1)
    )
    assert boundary.block_values(_page(*PROSE, archive))[-1] < 0
    # Paragraphs run together that speak of months are still prose.
    glued = " ".join(PROSE) + " The coalition met in May, June and July of that year without"
    assert boundary.block_values(_page(*PROSE, glued))[-1] > 0


def test_a_long_unfinished_piece_of_a_flattened_page_is_not_prose() -> None:
    # A page flattened into one line is cut after every sentence end, so a long piece without
    # one is headlines or menu labels run together, not paragraphs that lost their breaks.
    headlines = (
        "Queen and Prince Philip spend their anniversary apart after health concerns "
        "Michelle Obama shares an emotional video for the launch of her new journal "
        "Melania Trump sparks fury after she hosts a singer for a meeting in the house "
        "Iran protests: At least 106 dead in violent clashes as the capital reaches a boil "
        "Venice doomed: the city will drown, says an expert amid the flooding of the lagoon"
    )
    flat = _page(*PROSE, headlines)
    flat = replace(flat, blocks=tuple(replace(block, line=1) for block in flat.blocks))
    assert boundary.block_values(flat)[-1] < 0
    # The same piece alone on its line of an ordinary dump still counts as prose.
    assert boundary.block_values(_page(*PROSE, headlines))[-1] > 0


@pytest.mark.parametrize("smiley", ["🙂", ":-)", ";)", "😉😉", "✌️"])
def test_a_paragraph_closing_with_a_smiley_is_prose(smiley: str) -> None:
    last = (
        "The coalition will meet again in the spring, and I would be very glad to see you "
        f"at the open day in the town hall {smiley}"
    )
    assert boundary.block_values(_page(*PROSE, last))[-1] > 0
    # A short line with one is still a button or a label.
    assert boundary.block_values(_page(*PROSE, f"Like us {smiley}"))[-1] < 0


def test_long_line_without_stop_words_is_not_prose() -> None:
    menu = " ".join(["Politics Business Sport Culture Travel Weather Video"] * 10)
    assert boundary.block_values(_page(menu))[0] < 0


def test_html_article_runs_past_photo_credits_and_reply_lines_inside_it() -> None:
    import cleaner

    html = (
        "<html><body><article>"
        "<p>The council voted on Monday to approve the plan for the old harbour.</p>"
        "<p>The Rule of Thirds | Sylt, Germany | © 2010 Jon Norris</p>"
        "<p>Work on the library starts in spring, and the builders expect to finish by autumn.</p>"
        "<p>Jon Norris replied:</p>"
        "<p>Residents who want a say on the bridge design can write to the city clerk.</p>"
        "<p>2 hours ago</p>"
        "<p>The clerk will publish every letter on the city's website before the next vote.</p>"
        "</article></body></html>"
    )
    body = cleaner.clean(html).body
    assert "library" in body and "bridge" in body


def test_a_listing_page_is_not_trimmed_to_one_run() -> None:
    # On HTML every kept block counts for the span and a marked one against it: the removed
    # labels in the middle of a listing would end the span at its longer half.
    items = [f"Harbour authority adds ferry crossing number {n}" for n in range(6)]
    labels = ["More in this category", "More like this", "Most read"]
    page = replace(_page(*items[:2], *labels, *items[2:]), input_type="html")
    marks = [Mark(i, "related_header", "related") for i in (2, 3, 4)]
    page = FeaturesExtractor().run(page.with_marks(marks))
    assert [b.text for b in _trimmed(page).kept()] == items[2:]
    listing = replace(page, notes=(Note("html", LISTING_CONTENT, "the page's main list"),))
    assert [b.text for b in _trimmed(listing).kept()] == items


def test_a_yearless_credit_before_prose_does_not_end_the_article() -> None:
    page = _page(PROSE[0], "© Shutterstock/racorn", *PROSE[1:])
    page = PublisherExtractor().run(page)
    assert [b.text for b in _trimmed(page).kept()] == PROSE


@pytest.mark.parametrize(
    "footer", ["© Tampa Bay Times. All rights reserved.", "© 2010-2018 Delius Klasing Verlag"]
)
def test_a_footer_that_states_the_year_or_the_reservation_stays_a_wall(footer: str) -> None:
    page = PublisherExtractor().run(_page(*PROSE[:2], footer, PROSE[2]))
    assert [b.text for b in _trimmed(page).kept()] == PROSE[:2]


def test_a_yearless_credit_followed_by_menus_stays_a_wall() -> None:
    page = PublisherExtractor().run(_page(*PROSE[:2], "© Agency", "Home", "Sport", PROSE[2]))
    assert [b.text for b in _trimmed(page).kept()] == PROSE[:2]


def test_a_caption_ending_in_its_credit_before_prose_does_not_end_the_article() -> None:
    page = _page(PROSE[0], "The pier at dawn, Sylt | © 2010 Jon Norris", *PROSE[1:])
    page = PublisherExtractor().run(page)
    assert [b.text for b in _trimmed(page).kept()] == PROSE


def test_a_caption_credit_before_a_section_heading_and_prose_does_not_end_the_article() -> None:
    # A photo that closes one section of a guide, right above the next section's heading.
    heading = "Leading Lines: Invite Your Viewers In"
    page = _page(PROSE[0], "The pier at dawn | Sylt | © 2010 Jon Norris", heading, *PROSE[1:])
    page = PublisherExtractor().run(page)
    assert [b.text for b in _trimmed(page).kept()] == [PROSE[0], heading, *PROSE[1:]]


def test_a_footer_before_a_heading_and_prose_stays_a_wall() -> None:
    page = _page(*PROSE[:2], "© 2019 Riverside Courier", "More from the city", PROSE[2])
    page = PublisherExtractor().run(page)
    assert [b.text for b in _trimmed(page).kept()] == PROSE[:2]


_TABLE = (
    "file", "simdjson", "JSON for Modern C++",
    "apache_builds", "2.3 GB/s", "0.098 GB/s",
    "github_events", "2.5 GB/s", "0.093 GB/s",
    "twitter", "2.2 GB/s", "0.094 GB/s",
)  # fmt: skip


def _navigated(*texts: str) -> Page:
    return NavigationExtractor().run(FeaturesExtractor().run(_page(*texts)))


def test_a_table_of_figures_between_prose_is_kept_in_the_span() -> None:
    page = _navigated(PROSE[0], *_TABLE, *PROSE[1:])
    kept = [b.text for b in _trimmed(page).kept()]
    assert kept == [PROSE[0], *_TABLE, *PROSE[1:]]  # the table's cells are article text


_RANKING = (
    "Rank", "School", "Entering Fall 2022 Full-Time MBA Acceptance Rate",
    *(cell for n in range(1, 13) for cell in (str(n), f"School {n}", f"{30 + n}%", f"${n},000")),
)  # fmt: skip


def test_a_long_table_with_long_header_cells_between_prose_is_kept_in_the_span() -> None:
    # 51 lines, each a short penalty, would outweigh the two paragraphs after it: the table
    # costs what one section break costs.
    page = _navigated(PROSE[0], *_RANKING, *PROSE[1:])
    assert [b.text for b in _trimmed(page).kept()] == [PROSE[0], *_RANKING, *PROSE[1:]]


def test_a_table_cell_another_step_marks_does_not_cut_the_table() -> None:
    # The navigation step leaves the table; a later step marks one cell ("twitter"): that
    # cell goes, the span still runs across the table to the prose after it.
    page = _navigated(PROSE[0], *_TABLE, *PROSE[1:])
    cell = 1 + _TABLE.index("twitter")
    page = page.with_marks([Mark(cell, Reason.SHARE_PROMPT, "chrome")])
    kept = [b.text for b in _trimmed(page).kept()]
    assert kept == [PROSE[0], *(t for t in _TABLE if t != "twitter"), *PROSE[1:]]


@pytest.mark.parametrize(
    "cells",
    [
        # A menu between two paragraphs: no figures.
        ("Home", "World", "Business", "Sport", "Culture", "Travel"),
        # A tag list with counts glued on, and a blog archive: figures, but no cell is one.
        ("Gaza398", "Hamas420", "Israel2405", "Nahost478", "Palästinenser651"),
        ("► 2019 (22)", "► Mai (2)", "► April (8)", "► 2018 (49)", "► Dezember (4)"),
    ],
)
def test_a_menu_between_prose_still_cuts_the_span(cells: tuple[str, ...]) -> None:
    page = _navigated(PROSE[0], *cells, *PROSE[1:])
    assert [b.text for b in _trimmed(page).kept()] == PROSE[1:]


def _records(*fields: str) -> list[str]:
    """A list article: each item's name, its short lines, its paragraph."""
    names = ("Ioniq 5", "Leaf", "Model 3")
    return [
        line for name, prose in zip(names, PROSE, strict=True) for line in (name, *fields, prose)
    ]


def test_fields_of_records_cost_what_a_section_break_costs() -> None:
    records = _records("Base price: $36,600", "Range: 245–318 miles")
    values = boundary.block_values(_navigated(*records))
    settings = boundary.BoundarySettings()
    assert [values[i] for i in (1, 2, 5, 6)] == [-settings.neutral_penalty] * 4
    assert values[0] == -settings.short_penalty  # the item's name: a short line as before


def test_records_of_fields_between_prose_stay_in_the_span() -> None:
    records = _records("Base price: $36,600", "Range: 245–318 miles", "Tested: yes", "Seats: 5")
    kept = [b.text for b in _trimmed(_navigated(*records)).kept()]
    assert kept == records[5:]  # from the first paragraph on


def test_short_lines_that_are_no_fields_between_prose_still_cut_the_span() -> None:
    records = _records("From $36,600", "245–318 miles range", "Tested yes", "Five seats")
    values = boundary.block_values(_navigated(*records))
    # One paragraph: the menu-like lines cut the others off (a page this short of prose is
    # then left untrimmed: _no_article).
    assert article_span(values) == (5, 5)


def test_figures_before_a_short_prompt_are_not_a_table() -> None:
    # A donation box: amounts, then a short sentence, not the article's prose.
    page = _navigated(*PROSE[:2], "5€", "10€", "20€", "100€", "Thank you for your support!")
    assert [b.text for b in _trimmed(page).kept()] == PROSE[:2]


def _one_line(*texts: str) -> Page:
    """A page flattened into one line: every block comes from input line 1."""
    page = _page(*texts)
    return replace(page, blocks=tuple(replace(block, line=1) for block in page.blocks))


_RUN_ON = " ".join(["Politics World Sport Business Culture Travel Weather Video Podcasts"] * 2)


def test_a_run_on_piece_of_a_one_line_page_costs_a_share_of_its_size() -> None:
    # Its menu items would each have cost the short penalty on a line of their own.
    settings = boundary.BoundarySettings()
    flat_cost = boundary.block_values(_one_line(*PROSE, _RUN_ON))[-1]
    assert flat_cost == -settings.flat_piece_share * len(_RUN_ON) / settings.chars_per_word
    assert flat_cost < -settings.short_penalty
    assert boundary.block_values(_lines(*PROSE, _RUN_ON))[-1] == -settings.short_penalty


_MEGA_MENU = (
    "Screening Wallet and transaction screening to meet AML rules Monitoring Automatic "
    "rescreening to understand changes in risk Investigations Cross-Chain Forensics "
) * 6 + "Discover Our AI Copilot See how customers work faster."


def test_a_long_sentence_of_a_one_line_page_is_prose() -> None:
    # A sentence as long, with the capitals prose has (a name, a place), still counts.
    sentence = (
        "The council, which met in Leeds on Monday after weeks of talks with residents, "
        "voted to close the old bridge " * 6
    ) + "until the repairs are done."
    assert boundary.block_values(_one_line(sentence, *PROSE))[0] > 0


_WIDGET = (
    "Media Insider Rewards Customize Your Weather Set Your Location: Enter City and State or "
    "Zip Code Congratulations!"
)


@pytest.mark.parametrize(
    "items",
    [
        # A mega menu's items and blurbs up to its one stop: no sentence, though it ends with
        # a stop.
        pytest.param(_MEGA_MENU, id="mega-menu-with-blurbs"),
        # A widget's menu items run into its one short prompt up to the stop: most of its
        # words are capitalised, so it is no sentence.
        pytest.param(_WIDGET, id="short-capital-run"),
    ],
)
def test_menu_items_run_to_a_stop_cost_on_a_one_line_page(items: str) -> None:
    # Either costs what a piece without a sentence end costs; on a line of its own it counts.
    settings = boundary.BoundarySettings()
    cost = boundary.block_values(_one_line(items, *PROSE))[0]
    assert cost == -settings.flat_piece_share * len(items) / settings.chars_per_word
    assert boundary.block_values(_lines(items, *PROSE))[0] > 0


def test_a_sentence_naming_people_and_places_of_a_one_line_page_is_prose() -> None:
    # Names and places make many capitals, but the sentence's own words are lower case.
    sentence = (
        "Mayor Anne Hidalgo of Paris met Olaf Scholz in Berlin on Monday to discuss the new "
        "rail link between the two capitals and its cost."
    )
    assert boundary.block_values(_one_line(sentence, *PROSE))[0] > 0


def test_no_piece_of_a_one_line_page_counts_more_than_the_cap() -> None:
    # Headlines run together up to the next sentence end make one long piece: on a page
    # flattened into one line it counts no more than a sentence or two; with its own line
    # breaks the same text is prose and counts its size.
    teasers = " ".join(["How the bridge was closed and what the council will do next"] * 8) + "."
    settings = boundary.BoundarySettings()
    assert boundary.block_values(_one_line(*PROSE, teasers))[-1] == settings.flat_piece_cap
    assert boundary.block_values(_lines(*PROSE, teasers))[-1] > settings.flat_piece_cap


_SUMMARY = "The council voted on Monday to close the bridge for repairs until the spring."


def _lines(*texts: str) -> Page:
    """An ordinary dump: block i from input line i + 1."""
    page = _page(*texts)
    return replace(page, blocks=tuple(replace(b, line=b.id + 1) for b in page.blocks))


def _cards(page: Page, heads: tuple[int, ...]) -> Page:
    return page.with_marks(Mark(i, Reason.MENU_RUN, "navigation") for i in heads)


def test_teaser_summaries_of_a_one_line_page_add_nothing_to_the_span() -> None:
    # Headline (a menu run), summary, headline, summary, headline: two cards in a row.
    texts = (*PROSE, "Bridge to close", _SUMMARY, "Mayor speaks", _SUMMARY, "Storm ahead")
    values = boundary.block_values(_cards(_one_line(*texts), (3, 5, 7)))
    assert values[4] <= 0 and values[6] <= 0
    assert all(value > 0 for value in values[:3])
    # Line breaks show the cards already: an ordinary dump keeps its old values.
    assert boundary.block_values(_cards(_lines(*texts), (3, 5, 7)))[4] > 0


def test_one_summary_between_two_menu_runs_still_counts() -> None:
    # A section heading taken for a menu run, then one paragraph: not yet a list of cards.
    texts = (*PROSE, "Bridge to close", _SUMMARY, "Mayor speaks")
    values = boundary.block_values(_cards(_one_line(*texts), (3, 5)))
    assert values[4] > 0


def test_table_rows_run_together_keep_the_short_penalty() -> None:
    # A table inside the article, its rows on the one line: figures, not menu items.
    rows = " ".join(["1 Chicago Booth 37% 3.6 729 $175,000 2 Kellogg 33% 3.7 733 $175,000"] * 3)
    settings = boundary.BoundarySettings()
    assert boundary.block_values(_one_line(*PROSE, rows))[-1] == -settings.short_penalty


def test_a_page_of_cards_alone_keeps_them() -> None:
    # A collection page flattened into one line: with the summaries weighed down no article
    # would be left, so the cards count as they did.
    cards: list[str] = []
    for number in range(4):
        cards += [f"Headline number {number}", _SUMMARY]
    page = _cards(_one_line(*cards, "Last headline"), tuple(range(0, 9, 2)))
    assert all(value > 0 for value in boundary.block_values(page)[1::2])


# A review's list of clauses under a heading of its own: no item ends a sentence.
_PROS = (
    "Covers all of the needs of a coalition in the field",
    "Has a strong network of partners in the region",
    "Scales easily if the operation grows in the coming year",
)
_CONS = (
    "Is one of the more expensive options for a small force",
    "Can feel slow if you only need a simple mission",
    "Has few links with the units that are already there",
)


def test_a_list_of_clauses_under_a_heading_stays_in_the_span() -> None:
    page = _navigated(PROSE[0], "Pros", *_PROS, "Cons", *_CONS, *PROSE[1:])
    kept = [b.text for b in _trimmed(page).kept()]
    assert kept == [PROSE[0], "Pros", *_PROS, "Cons", *_CONS, *PROSE[1:]]


def test_clauses_right_after_prose_still_cut_the_span() -> None:
    # Teaser headlines after the article read like such a list, but no heading opens them.
    headlines = (*_PROS, *_CONS)
    page = _navigated(*PROSE[:2], *headlines, PROSE[2])
    assert [b.text for b in _trimmed(page).kept()] == PROSE[:2]


# A paragraph the page wrapped into lines with line breaks: only its last line ends a sentence.
_WRAPPED = (
    "That coalition will take a more global approach to",
    "fighting jihadis than an existing coalition run by",
    "the central command, according to a French general who",
    "spoke to reporters in Paris on Tuesday.",
)


def test_the_lines_of_a_wrapped_paragraph_count_as_prose() -> None:
    values = boundary.block_values(_navigated("Home", *_WRAPPED, "Contact"))
    settings = boundary.BoundarySettings()
    assert values[1:5] == [len(line) / settings.chars_per_word for line in _WRAPPED]
    assert values[0] == values[5] == -settings.short_penalty


def test_two_lines_that_run_on_are_no_wrapped_paragraph() -> None:
    # A link cut out of a sentence leaves two lines; they are judged one by one.
    values = boundary.block_values(_navigated(*_WRAPPED[2:]))
    assert values[0] == -boundary.BoundarySettings().short_penalty


def _box(value: str, labels: tuple[str, ...]) -> list[str]:
    """An item's box of labels and their values, drawn one cell per line."""
    return [cell for label in labels for cell in (label, f"{value} {label.lower()}")]


_LABELS = ("Resolution", "Field of View", "Power", "Storage", "Connectivity", "Platform", "Price")


def test_the_same_boxes_between_sections_of_prose_stay_in_the_span() -> None:
    sections = [
        line for value in ("Best", "Good", "Fair") for line in (*_box(value, _LABELS), *PROSE)
    ]
    page = _navigated(*PROSE, *sections)
    kept = [b.text for b in _trimmed(page).kept()]
    assert kept.count(PROSE[0]) == 4  # every section's prose
    assert "Resolution" not in kept  # the boxes' cells keep the navigation step's mark


def test_boxes_of_different_labels_still_cut_the_span() -> None:
    labels = [tuple(f"{label} {n}" for label in _LABELS) for n in (1, 2, 3)]
    sections = [line for own in labels for line in (*_box("Best", own), *PROSE)]
    kept = [b.text for b in _trimmed(_navigated(*PROSE, *sections)).kept()]
    assert kept == PROSE


# A table between two paragraphs, drawn a cell per line with a sentence of notes under each
# row: no run of link-like lines is long enough to be one-cell-per-line table on its own.
_STATS = (
    "Pos", "Player", "Plays", "%", "Stats",
    "DL", "Larry Ogunjobi", "63", "85% 1 tackle (1 combined). 1 sack, 2 QH.",
    "DL", "Myles Garrett", "57", "77% 1 tackle (1 combined). 3 QH.",
    "DL", "Chad Thomas", "57", "77% 3 tackles (3 combined). 1 sack.",
)  # fmt: skip


# A shop's product cards: prices and bracketed review counts under product names.
_PRODUCT_CARDS = (
    "BILLY Bookcase", "$79.00", "(2606)",
    "LACK Shelf", "$99.99", "(1437)",
    "KALLAX Shelf", "$79.99", "(7672)",
)  # fmt: skip
# Teaser headlines with their comment counts.
_TEASERS = (
    "Ministers named as the parties agree on the coalition deal at last", "235",
    "Experts weigh up what the coalition agreement means for the budget", "78",
    "Pancreatic cancer remains the deadliest of all cancers, doctors say", "297",
    "Woman who wanted to enjoy a treat on the beach is chased by gulls", "5",
    "Food bank receives eighteen tonnes of salmon, but there is a catch", "12",
    "The singer announces a new world tour for the coming summer months", "41",
)  # fmt: skip


def test_a_table_of_any_shape_between_paragraphs_stays_in_the_span() -> None:
    page = _navigated(PROSE[0], *_STATS, *PROSE[1:])
    kept = [b.text for b in _trimmed(page).kept()]
    # The span runs on through the table; the cells the navigation step took for menu items
    # keep their mark, the rows' notes stay.
    notes = [text for text in _STATS if text.endswith(".")]
    assert kept == [PROSE[0], *notes, *PROSE[1:]]


@pytest.mark.parametrize(
    "lines",
    [
        _PRODUCT_CARDS,
        _TEASERS,
    ],
)
def test_figures_that_are_no_table_still_cut_the_span(lines: tuple[str, ...]) -> None:
    page = _navigated(PROSE[0], *lines, *PROSE[1:])
    # The span (a page this small is not trimmed to it: boundary.NO_ARTICLE).
    assert BoundaryExtractor().run(page).article_span == (len(lines) + 1, len(lines) + 2)


def test_table_rows_after_a_sentence_that_introduces_them_count_for_the_span() -> None:
    # A standings table, a row per line, right after the sentence that announces it: the rows
    # are the article's content, and they outweigh the sidebar's paragraphs after a menu.
    intro = "This is the final classification of the championship after all of its 36 races:"
    rows = [f"{n} Driver Number{n} {5000 - n * 10} {n % 3} 1 17 27" for n in range(1, 21)]
    menu = ("Home", "World", "Sport", "Culture", "Travel")
    values = boundary.block_values(_navigated(intro, *rows, *menu, *PROSE[:2]))
    assert all(value > 0 for value in values[1:21])
    span = boundary.article_span(values)
    assert span is not None and span[0] == 0


@pytest.mark.parametrize(
    ("previous", "text", "figure"),
    [
        ("Player", "63", True),
        ("63", "85% 1 tackle (1 combined). 1 sack, 2 QH.", True),
        ("Pos. Piloto Pontos", "1 Kyle Busch 5040 5 1 17 27", True),
        ("print(message.body)", "17", True),  # a code listing's line number
        ("2", "3", False),  # a star rating's or a pager's buttons
        ("Warbonnet Blackbird", "1. The council voted on the budget", False),  # a numbered item
        ("BILLY Bookcase", "$79.00", False),  # a price
        ("$79.00", "(2606)", False),  # a count of reviews
        ("Mayor speaks", "2 hours ago", False),
    ],
)
def test_which_lines_are_a_tables_figures(previous: str, text: str, figure: bool) -> None:
    found = boundary._is_figure_line(text) and not boundary._counts_on(previous, text)
    assert found is figure


def test_a_page_without_prose_is_not_trimmed_to_a_short_sentence() -> None:
    # A photo's data sheet: labels and one-word answers, and one short sentence of chrome.
    sheet = ["Standorte", "Shuji: Japan.", "Filmmaterial", "Fuji X-TRA 400.", "Kameras"]
    page = _page(*sheet, "Gefällt mir Wird geladen...", "Related Posts")
    bounded = BoundaryExtractor().run(page)
    assert bounded.article_span is not None  # kept for the title and date steps
    assert [n.code for n in bounded.notes] == [boundary.NO_ARTICLE]
    after = TrimExtractor().run(bounded)
    assert after.marks == {}


def test_a_page_with_a_paragraph_of_prose_is_trimmed() -> None:
    page = _page("Home", "World", PROSE[0], "Quiet college dropout turned bomber")
    bounded = BoundaryExtractor().run(page)
    assert bounded.notes == ()
    assert [b.text for b in TrimExtractor().run(bounded).kept()] == [PROSE[0]]


_REPLIES = (
    "I had the same trouble last spring, and what fixed it for me was to take the whole unit "
    "apart and clean the contacts with a dry cloth before putting it back together.",
    "Same here. The second time it happened I called the maker, and they sent a new board "
    "within a week, so it is worth asking them before you buy anything else at all.",
    "If the board is fine, look at the cable too: mine had a break near the plug that you "
    "could not see, and a new cable for a few dollars was all it took to get it going.",
)


def _thread(*opening: str, heading: tuple[str, ...] = (), rounds: int = 2) -> Page:
    """An opening, then ``rounds`` times three posts, each after its furniture ("1 Like", a
    comment wall)."""
    posts = [line for reply in _REPLIES * rounds for line in ("1 Like", reply)]
    page = _page(*opening, *heading, "2 Likes", *posts, "3 Likes")
    walls = [b.id for b in page.blocks if b.text.endswith(("Like", "Likes"))]
    marks = [Mark(i, Reason.COMMENT_META, "comments") for i in walls]
    if heading:
        marks.append(Mark(len(opening), Reason.COMMENT_COUNT, "comments"))
    return page.with_marks(marks)


def test_the_posts_of_a_thread_after_a_short_opening_post_are_kept() -> None:
    kept = [b.text for b in _trimmed(_thread(*PROSE)).kept()]
    assert kept == [*PROSE, *_REPLIES, *_REPLIES]


def test_an_article_longer_than_an_opening_post_keeps_its_comments_out() -> None:
    # Over twice its size in replies, but the article is longer than any opening post.
    article = [*PROSE, *[p.replace("coalition", "alliance") for p in PROSE]] * 2
    kept = [b.text for b in _trimmed(_thread(*article, rounds=10)).kept()]
    assert kept == article


def test_comments_under_a_heading_that_names_them_are_no_thread() -> None:
    # A blog post and its readers' comments: "Comments" (or "12 Responses") heads them.
    kept = [b.text for b in _trimmed(_thread(*PROSE, heading=("Comments",))).kept()]
    assert kept == PROSE


def test_comment_walls_with_no_opening_post_before_them_are_no_thread() -> None:
    # An opinion piece's byline read as a comment's furniture ("Kommentar von <name>") comes
    # before any prose: nothing opens a thread there.
    values = boundary.block_values(_thread("Home", "News"))
    assert article_span(values) == (4, 4)  # the walls still part the posts: one is the best run


def _posts(
    *stamps: str,
    furniture: tuple[str, ...] = ("Reply", "Level 2", "12 posts"),
    stamp: Reason = Reason.DATE_LINE,
    opening: tuple[str, ...] = (PROSE[0],),
) -> Page:
    """An opening post, then one reply after each of ``stamps`` (marked ``stamp``), each
    among the poster's ``furniture`` (menu lines, "Reply" a comment's action)."""
    lines = [*opening]
    for line, reply in zip(stamps, _REPLIES * 2, strict=False):
        lines += [*furniture, f"Poster {len(lines)}", line, reply]
    page = _page(*lines)
    reasons = {"Reply": Reason.COMMENT_ACTION, **dict.fromkeys(stamps, stamp)}
    marks = [
        Mark(b.id, reasons.get(b.text, Reason.NAVIGATION_RUN), "test")
        for b in page.blocks
        if b.text not in (*opening, *_REPLIES)
    ]
    return page.with_marks(marks)


def test_the_furniture_that_recurs_between_a_threads_posts_does_not_part_them() -> None:
    stamps = ("Posted March 5, 2024", "Posted March 6, 2024", "Posted March 9, 2024")
    page = _posts(*stamps, stamps[0])
    bounded = BoundaryExtractor().run(page)
    assert bounded.article_span == (0, len(page.blocks) - 1)
    assert bounded.notes == ()  # a span of the whole thread, trimmed as an article's


def test_a_threads_posts_flattened_onto_one_line_are_not_parted() -> None:
    # Every piece of a one-line page is on its one flattened line: the breaks are still found.
    stamps = ("Posted March 5, 2024", "Posted March 6, 2024", "Posted March 9, 2024")
    page = _posts(*stamps, stamps[0])
    # The fourth reply in its own words: a flattened page's piece that copies an earlier one
    # costs what a piece without a sentence end costs (cleaner.text.repeats).
    last = page.blocks[-1]
    assert last.text == _REPLIES[0]
    fourth = "Thanks, all of you. It was the cable after all, and it has run every day since."
    blocks = (*page.blocks[:-1], replace(last, text=fourth))
    flat = replace(page, blocks=tuple(replace(block, line=1) for block in blocks))
    values = boundary.block_values(flat)
    assert -boundary.BoundarySettings().neutral_penalty in values, values
    assert BoundaryExtractor().run(flat).article_span == (0, len(page.blocks) - 1)


def test_cards_parted_by_their_dates_alone_on_one_line_are_no_thread() -> None:
    # A listing flattened: each card's headline and summary are one piece, and only its date
    # lines recur between the cards, with no poster's furniture.
    lines = [PROSE[0]]
    for day, reply in zip((6, 5, 4, 3), _REPLIES * 2, strict=False):
        lines += [f"Published On {day} Mar 2026", f"{day} Mar 2026", reply]
    page = _page(*(Block(i, text, line=1) for i, text in enumerate(lines)))
    dates = [Mark(b.id, Reason.DATE_LINE, "test") for b in page.blocks if "Mar 2026" in b.text]
    values = boundary.block_values(page.with_marks(dates))
    assert -boundary.BoundarySettings().neutral_penalty not in values, values


def test_an_article_flattened_onto_one_line_keeps_its_posts_cost() -> None:
    # The same furniture after an article longer than an opening post, on one line: teasers'
    # or comments' furniture, which keeps its cost.
    article = tuple([*PROSE, *[p.replace("coalition", "alliance") for p in PROSE]] * 2)
    stamps = ("Posted March 5, 2024", "Posted March 6, 2024", "Posted March 9, 2024")
    page = _posts(*stamps, stamps[0], opening=article)
    flat = replace(page, blocks=tuple(replace(block, line=1) for block in page.blocks))
    assert -boundary.BoundarySettings().neutral_penalty not in boundary.block_values(flat)


def test_posts_after_an_article_longer_than_an_opening_post_keep_their_cost() -> None:
    # A blog post with its readers' comments, or an article over a list of teasers.
    article = tuple([*PROSE, *[p.replace("coalition", "alliance") for p in PROSE]] * 2)
    stamps = ("Posted March 5, 2024", "Posted March 6, 2024", "Posted March 9, 2024")
    values = boundary.block_values(_posts(*stamps, stamps[0], opening=article))
    assert -boundary.BoundarySettings().neutral_penalty not in values


def test_stretches_without_a_posts_stamp_keep_their_cost() -> None:
    # The same lines recur, but no date or reply button stamps a post: the paragraphs of an
    # article between the same menu lines are no thread's posts.
    page = _posts(
        "Read more",
        "Read more",
        "Read more",
        furniture=("Level 2", "12 posts"),
        stamp=Reason.NAVIGATION_RUN,
    )
    values = boundary.block_values(page)
    assert -boundary.BoundarySettings().neutral_penalty not in values, values


def test_dates_that_name_their_teasers_author_stamp_no_post() -> None:
    # Teaser cards: the date line names each author, so it does not recur as a post's does,
    # and a mention of "Reply" in prose is no comment action.
    stamps = ("Sarah Schwartz , December 16, 2025", "Nick Oxford , October 8, 2025")
    page = _posts(*stamps, "Jae Hong , December 17, 2025", furniture=("4 min read", "Save"))
    values = boundary.block_values(page)
    assert -boundary.BoundarySettings().neutral_penalty not in values, values


# Not "Pros" and "Cons": a run holding a review's verdict header is no menu (navigation).
_TEMPLATE = ("Features", "Strengths", "Limits", "Best fit")


def _item(name: str) -> list[str]:
    """A guide's item: its name, then the template's labels over lists of its own."""
    own = [f"{name} {part}" for part in ("servers", "network", "backups", "support")]
    return [
        f"#{name}",
        *[line for label, item in zip(_TEMPLATE, own, strict=True) for line in (label, item)],
    ]


def test_a_template_of_labels_between_single_paragraphs_stays_in_the_span() -> None:
    paragraph = f"{PROSE[1]} It was the third such meeting of the coalition this year."
    names = ("Alpha", "Beta", "Gamma", "Delta")
    items = [line for name in names for line in (*_item(name), paragraph)]
    kept = [b.text for b in _trimmed(_navigated(*PROSE, *items)).kept()]
    assert kept.count(paragraph) == 4  # every item's paragraph
    assert "Strengths" not in kept  # the labels keep the navigation step's mark


def test_a_widget_of_the_same_labels_alone_is_no_template() -> None:
    # A review widget under each customer review: the same labels and nothing of its own.
    review = f"{PROSE[1]} It was the third such meeting of the coalition this year."
    widget = ["features", "sound", "quality", "Rating", "Helpful", "Report"]
    reviews = [line for _ in range(4) for line in (*widget, review)]
    kept = [b.text for b in _trimmed(_navigated(*PROSE, *reviews)).kept()]
    assert kept == PROSE


def test_a_page_with_no_run_the_size_of_an_article_is_not_trimmed() -> None:
    # A catalogue: entries that are no sentences, one short note among them.
    entries = [
        f"Catalogue of builders' hardware, no. {n} (Stanley Works, 19{n:02d})" for n in range(12)
    ]
    page = _page("Hardware -- Catalogs", *entries, "More items are listed under narrower terms.")
    bounded = BoundaryExtractor().run(page)
    assert bounded.article_span is not None  # the title and date steps still read it
    assert [note.code for note in bounded.notes] == [boundary.NO_ARTICLE]
    assert [b.text for b in TrimExtractor().run(bounded).kept()] == [b.text for b in page.blocks]


def test_a_short_article_is_still_trimmed_to_its_span() -> None:
    page = _page("Home", "World", *PROSE[:2], "Most read", "Quiet college dropout turned bomber")
    bounded = BoundaryExtractor().run(page)
    assert bounded.notes == ()
    assert [b.text for b in TrimExtractor().run(bounded).kept()] == PROSE[:2]


def test_a_short_sentence_after_chrome_past_the_last_paragraph_is_left_out() -> None:
    page = _page(*PROSE, "Editor's pick", "Here is another story our editors picked for you.")
    assert BoundaryExtractor().run(page).article_span == (0, 2)


def test_a_short_sentence_right_after_the_last_paragraph_stays() -> None:
    closing = "We will update this story as it develops."
    kept = [b.text for b in _trimmed(_page(*PROSE, closing, "Most read")).kept()]
    assert kept == [*PROSE, closing]


def test_a_note_after_a_section_break_or_a_label_stays() -> None:
    # The article's own furniture parts the note from the article: no chrome.
    note = "Thanks to our readers for suggesting this story."
    broken = _page(*PROSE, "* * *", note).with_marks([Mark(3, Reason.SEPARATOR_LINE, "chrome")])
    labelled = _page(*PROSE, "Sources:", note)
    for page in (broken, labelled):
        assert BoundaryExtractor().run(page).article_span == (0, 4), page.blocks[3].text


def test_more_than_a_short_sentence_after_chrome_stays() -> None:
    # Three short sentences (each under a paragraph's size) that mention "another story" are
    # more than a pointer's worth.
    more = [
        "The coalition told another story about its supply lines.",
        "Those lines were cut twice in the desert, the general said.",
        "Both times they were mended within a few days of the attack.",
    ]
    page = _page(*PROSE, "Supply lines", *more)
    assert BoundaryExtractor().run(page).article_span == (0, 6)


def test_the_tail_rule_is_what_leaves_the_pointer_out() -> None:
    page = _page(*PROSE, "Editor's pick", "Here is another story our editors picked for you.")
    loose = BoundaryExtractor(replace(boundary.BoundarySettings(), max_tail=0.0))
    assert loose.run(page).article_span == (0, 4)


def test_a_teaser_the_page_prints_again_after_the_article_is_removed() -> None:
    teaser = "Weitere Tourentipps in Schweden"
    page = _page(*PROSE[:2], teaser, "Editor's pick", PROSE[2], "Related", teaser, "Home")
    page = page.with_marks([Mark(6, Reason.RELATED_ITEM, "related")])
    bounded = BoundaryExtractor().run(page)
    assert bounded.article_span == (0, 4)
    after = TrimExtractor().run(bounded)
    # The menu item stays: only the line the page repeats is a teaser.
    assert [b.text for b in after.kept()] == [*PROSE[:2], "Editor's pick", PROSE[2]]
    assert after.marks[2].reason is Reason.INLINE_TEASER


def test_a_heading_over_its_section_printed_again_after_the_article_stays() -> None:
    heading = "The coalition's next steps in Libya"
    page = _page(PROSE[0], heading, *PROSE[1:], "Contents", heading)
    after = _trimmed(page)
    assert [b.text for b in after.kept()] == [PROSE[0], heading, *PROSE[1:]]


def test_a_line_printed_again_after_the_article_outside_any_chrome_stays() -> None:
    # A reply quoting the post's line: no step took the copy for chrome.
    line = "Weitere Tourentipps in Schweden"
    page = _page(*PROSE[:2], line, "Editor's pick", PROSE[2], "Reply", line, "Home")
    assert line in [b.text for b in _trimmed(page).kept()]


def test_a_name_the_tag_list_repeats_is_no_teaser() -> None:
    # A name linked in prose ("Rep." / "Alexandria Ocasio-Cortez" / ...) comes back in the tags.
    name = "Alexandria Ocasio-Cortez"
    page = _page(*PROSE[:2], name, "Editor's pick", PROSE[2], "Tags", name, "Home")
    page = page.with_marks([Mark(6, Reason.NAVIGATION_RUN, "navigation")])
    assert name in [b.text for b in _trimmed(page).kept()]


def test_a_piece_of_a_flattened_line_is_no_teaser() -> None:
    # The same lines as the teaser test above, but cut out of one flattened line: its pieces
    # are the segmenter's guesses, not lines the page printed on their own.
    teaser = "Weitere Tourentipps in Schweden"
    texts = [*PROSE[:2], teaser, "Editor's pick", PROSE[2], "Related", teaser, "Home"]
    page = _page(*(Block(i, text, line=1) for i, text in enumerate(texts)))
    page = page.with_marks([Mark(6, Reason.RELATED_ITEM, "related")])
    assert teaser in [b.text for b in _trimmed(page).kept()]


_COURSE = (
    "This is a graduate-level topics class on the algorithmic challenges that arise in modern "
    "machine learning and data science, and on the tools we have for them: we read recent "
    "papers together, and every student writes a project on one of the open questions that "
    "the lectures leave, then presents it to the class in the last week of the term."
)


def _schedule(weeks: int) -> list[str]:
    """A course page's schedule: short lines, one sentence a week among them."""
    return [
        line
        for week in range(1, weeks + 1)
        for line in (
            f"Week {week} Random projections and sketching",
            "Notes and slides",
            f"We prove the lemma of week {week} and apply it to streaming data.",
        )
    ]


def test_a_paragraph_dwarfed_by_the_unmarked_text_around_it_is_no_article() -> None:
    # The best run is the course's one paragraph; the schedule under it, a sentence a week
    # between short lines, is six times its size and the page's content too.
    page = _page("Algorithms for Data Science", _COURSE, *_schedule(30))
    bounded = BoundaryExtractor().run(page)
    assert bounded.article_span == (1, 1)  # the title and date steps still read it
    assert [note.code for note in bounded.notes] == [boundary.NO_ARTICLE]
    assert [b.text for b in TrimExtractor().run(bounded).kept()] == [b.text for b in page.blocks]


def test_a_link_farm_around_an_article_does_not_outweigh_it() -> None:
    # Many times the article's size, but no prose: the page is still trimmed to the article.
    jobs, places = ("data", "design"), "ABCDEFGHIJ"
    links = [f"Remote {job} jobs in {place}" for job in jobs for place in places]
    page = _page("Jobs", *PROSE, *(links * 10))
    bounded = BoundaryExtractor().run(page)
    assert bounded.notes == ()
    assert [b.text for b in TrimExtractor().run(bounded).kept()] == PROSE


def test_a_few_teasers_around_an_article_do_not_outweigh_it() -> None:
    page = _page("Home", *PROSE, *_schedule(8))
    bounded = BoundaryExtractor().run(page)
    assert bounded.notes == ()
    assert [b.text for b in TrimExtractor().run(bounded).kept()] == PROSE


def _flat_pieces(count: int, flat: bool) -> Page:
    """A page of ``count`` pieces, all cut from one line (``flat``) or each on a line of its own."""
    blocks = [Block(i, f"Piece {i} of the page.", line=1 if flat else i + 1) for i in range(count)]
    return Page("test", "text", tuple(blocks))


# The article's sentences (1-5), its tags (6), a related header (7), three teasers glued to
# their ledes.
_TEASERS_AFTER = [-4.0, 30.0, 30.0, 28.0, 30.0, 25.0, -4.0, -40.0, 30.0, 5.0, 12.0]


def test_teasers_after_a_related_header_on_a_flattened_page_end_the_span() -> None:
    page = _flat_pieces(len(_TEASERS_AFTER), flat=True)
    settings = boundary.BoundarySettings()
    span = article_span(_TEASERS_AFTER)
    assert span == (1, 10)  # the teasers outweigh the header's cost
    assert boundary._flat_teasers_after(page, _TEASERS_AFTER, span, settings) == (1, 5)


def test_teasers_after_a_related_header_on_lines_of_their_own_keep_the_span() -> None:
    # Lines of their own show the teasers' headlines apart; other rules weigh them there.
    page = _flat_pieces(len(_TEASERS_AFTER), flat=False)
    settings = boundary.BoundarySettings()
    span = article_span(_TEASERS_AFTER)
    assert boundary._flat_teasers_after(page, _TEASERS_AFTER, span, settings) == span


@pytest.mark.parametrize(
    "values",
    [
        # Much of the article after the box: it goes on.
        [30.0, 30.0, 25.0, -4.0, -40.0, 30.0, 30.0, 20.0, 5.0],
        # Little after it, but the box sits right under a paragraph: inside the article.
        [30.0, 30.0, 30.0, 30.0, 25.0, -40.0, 30.0, 5.0, 12.0],
    ],
)
def test_a_box_inside_a_flattened_article_keeps_the_span(values: list[float]) -> None:
    page = _flat_pieces(len(values), flat=True)
    span = article_span(values)
    assert span == (0, len(values) - 1)
    assert boundary._flat_teasers_after(page, values, span, boundary.BoundarySettings()) == span


# A Japanese page flattened into one line: its menu (space-parted items, cut at a stop), the
# article's sentences (one with linked words a dump printed apart), a Latin menu piece.
_SPACED_MENU = "日本ジャズの断面 ライフ ニュース 子育て こどもの詩 人生案内 車 旅行。"
_LINKED_PROSE = "日本 バレーボール 協会（JVA）もフジとの関係は深い。"


def test_a_spaced_cjk_menu_piece_on_a_flattened_page_costs() -> None:
    texts = [_SPACED_MENU, _LINKED_PROSE, "Home News Sport Business Culture Travel Opinion Video."]
    blocks = tuple(Block(i, text, line=1) for i, text in enumerate(texts))
    page = Page("test", "text", blocks)
    settings = boundary.BoundarySettings()
    values = boundary._one_line_values(page, [20.0, 8.0, 12.0], settings)
    assert values[0] < 0  # menu items run together, though the cut left a stop
    assert values[1:] == [8.0, 12.0]  # prose with a few spaces, and Latin script, keep theirs


def test_a_spaced_cjk_piece_keeps_a_marked_cost() -> None:
    # Only unmarked pieces are reweighed: a wall's or a terminator's cost stands.
    page = Page("test", "text", (Block(0, _SPACED_MENU, line=1), Block(1, _LINKED_PROSE, line=1)))
    values = boundary._one_line_values(page, [-40.0, 8.0], boundary.BoundarySettings())
    assert values == [-40.0, 8.0]


# The article (0-5), a "More From" menu run (6-8), a teaser glued to its lede (9), a related
# header (10), teasers: the teaser right before the header is prose, but chrome stands before it.
_GLUED_TEASER = [30.0] * 6 + [-6.0, -4.0, -6.0, 24.5, -40.0, 3.8, 30.0, 22.7, 4.2]


def test_a_glued_teaser_under_chrome_is_no_paragraph_before_the_header() -> None:
    page = _flat_pieces(len(_GLUED_TEASER), flat=True)
    span = article_span(_GLUED_TEASER)
    assert span == (0, len(_GLUED_TEASER) - 1)
    cut = boundary._flat_teasers_after(page, _GLUED_TEASER, span, boundary.BoundarySettings())
    assert cut == (0, 9)  # the teaser outweighs the menu run before it


def test_chrome_after_a_glued_teaser_ends_the_span() -> None:
    # A newsletter prompt glued to a teaser (5) under the article's share bar (4), then chrome.
    values = [30.0, 30.0, 30.0, 30.0, -6.0, 20.3, -5.5, -4.0, -6.0, -5.7, -4.0, 17.7, 12.0]
    page = _flat_pieces(len(values), flat=True)
    span = article_span(values)
    assert span == (0, len(values) - 1)
    cut = boundary._flat_chrome_after(page, values, span, boundary.BoundarySettings())
    assert cut == (0, 5)


# The article (1-4), a newsletter prompt (5) and its chrome (6-8, -25 in all), teasers.
_CHROME_AFTER = [-4.0, 30.0, 30.0, 28.0, 30.0, 2.2, -6.0, -8.8, -10.2, 16.0, 8.0, 6.0]


def test_teasers_after_a_chrome_stretch_on_a_flattened_page_end_the_span() -> None:
    page = _flat_pieces(len(_CHROME_AFTER), flat=True)
    settings = boundary.BoundarySettings()
    span = article_span(_CHROME_AFTER)
    assert span == (1, 11)  # the teasers outweigh the chrome's cost
    assert boundary._flat_chrome_after(page, _CHROME_AFTER, span, settings) == (1, 5)


def test_a_chrome_stretch_on_lines_of_their_own_keeps_the_span() -> None:
    page = _flat_pieces(len(_CHROME_AFTER), flat=False)
    span = article_span(_CHROME_AFTER)
    settings = boundary.BoundarySettings()
    assert boundary._flat_chrome_after(page, _CHROME_AFTER, span, settings) == span


@pytest.mark.parametrize(
    "values",
    [
        # A box right under a paragraph: inside the article.
        [30.0, 30.0, 30.0, 30.0, 25.0, -6.0, -8.8, -10.2, 20.0, 14.0, 12.0],
        # Much of the article after the chrome: it goes on.
        [30.0, 30.0, 2.2, -6.0, -8.8, -10.2, 30.0, 30.0, 20.0],
        # A menu item or two (under the stretch's cost): no end of the article.
        [30.0, 30.0, 30.0, 30.0, 2.2, -6.0, -8.8, 20.0, 14.0],
    ],
)
def test_chrome_inside_a_flattened_article_keeps_the_span(values: list[float]) -> None:
    page = _flat_pieces(len(values), flat=True)
    span = article_span(values)
    assert span == (0, len(values) - 1)
    assert boundary._flat_chrome_after(page, values, span, boundary.BoundarySettings()) == span


_HEADED_MENU = "Latest News Video Articles Testimonials Locations Raleigh Office Contact"


def test_a_menu_run_led_by_a_related_header_after_the_article_costs_a_header() -> None:
    settings = boundary.BoundarySettings()
    page = _cards(_one_line(*PROSE, _HEADED_MENU), (3,))
    assert boundary.block_values(page)[3] == -settings.terminator_penalty


def test_a_menu_run_led_by_a_related_header_above_the_article_costs_a_menu() -> None:
    settings = boundary.BoundarySettings()
    page = _cards(_one_line(_HEADED_MENU, *PROSE), (0,))
    assert boundary.block_values(page)[0] > -settings.terminator_penalty


def test_a_menu_run_that_mentions_a_header_s_words_later_costs_a_menu() -> None:
    settings = boundary.BoundarySettings()
    menu = "Home World Sport Latest News Business Culture Travel Opinion Video"
    page = _cards(_one_line(*PROSE, menu), (3,))
    assert boundary.block_values(page)[3] > -settings.terminator_penalty


def test_html_intro_above_a_long_removed_box_stays() -> None:
    # A table of contents between the intro and the body is removed by the markup step; it
    # costs the span as a box of a few blocks, not one wall per entry, so neither the intro
    # nor the body is cut.
    import cleaner

    entries = "".join(f'<li><a href="#s{n}">Section {n} of the guide</a></li>' for n in range(20))
    html = (
        "<html><body><article><h1>Travelling to the islands</h1>"
        "<p>I can still picture the harbour at dawn, the ferries lined up and the market "
        "opening, and this guide answers the questions readers have sent me since then.</p>"
        f'<nav class="toc"><ul>{entries}</ul></nav>'
        "<p>The ferry to Jura leaves the harbour every morning at seven and takes two hours.</p>"
        "<p>Bring cash for the island's only shop, which closes at noon on Saturdays.</p>"
        "<p>In winter the crossing is often cancelled, so check the timetable the night before.</p>"
        "</article></body></html>"
    )
    body = cleaner.clean(html).body
    assert "picture the harbour at dawn" in body and "check the timetable" in body
    assert "Section 3 of the guide" not in body
