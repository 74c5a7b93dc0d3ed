"""NavigationExtractor: runs of three or more short, sentence-less blocks."""

from __future__ import annotations

import dataclasses

import pytest

from cleaner.blocks import Block, DomFeatures, Mark, Page
from cleaner.extractors.features import FeaturesExtractor, block_stats
from cleaner.extractors.navigation import (
    NavigationExtractor,
    NavigationSettings,
    column_table,
    table_runs,
)
from cleaner.reasons import Reason
from cleaner.text.segment import segment_text
from tests.helpers import text_page as _page

PROSE = (
    "The council voted on Monday to close the bridge for repairs, citing an engineering "
    "report that found corroded steel in two of its main supports."
)


def _marked(page: Page) -> list[int]:
    after = NavigationExtractor().run(page)
    assert {m.reason for m in after.marks.values()} <= {Reason.NAVIGATION_RUN}
    assert {m.by for m in after.marks.values()} <= {"navigation"}
    return sorted(after.marks)


def test_docstring_example() -> None:
    page = _page("Home", "World", "Business", "Sport", PROSE)
    after = NavigationExtractor().run(page)
    assert sorted(after.marks) == [0, 1, 2, 3]
    assert after.marks[0].reason == Reason.NAVIGATION_RUN
    assert [b.text for b in after.kept()] == [PROSE]


def test_two_short_lines_are_not_a_menu() -> None:
    assert _marked(_page(PROSE, "A subheading here", "By Jane Doe", PROSE)) == []


def test_run_at_the_end_of_the_page() -> None:
    assert _marked(_page(PROSE, "Facebook", "Instagram", "YouTube")) == [1, 2, 3]


def test_sentences_break_a_run() -> None:
    assert _marked(_page("Home", "Yes.", "World", "No.", "Sport")) == []


def test_long_lines_are_not_link_like_without_markup() -> None:
    headline = "Storm knocks out power to thousands of homes across the valley"
    assert _marked(_page(headline, headline + " again", headline + " twice")) == []


def test_link_dense_markup_blocks_count_whatever_their_length() -> None:
    dom = DomFeatures(link_density=0.9, in_article=False)
    long_link = "Storm knocks out power to thousands of homes across the valley"
    page = _page(*(Block(i, f"{long_link} {i}", dom=dom) for i in range(3)), Block(3, PROSE))
    assert _marked(page) == [0, 1, 2]


def test_threshold_follows_the_settings() -> None:
    page = _page("Local News Today", "Sports And Games Today", "Weather Forecast For Today")
    assert NavigationExtractor(NavigationSettings(max_words=2)).run(page).marks == {}
    assert len(NavigationExtractor(NavigationSettings(max_words=4)).run(page).marks) == 3


def _flattened(text: str) -> Page:
    return Page("flat", "text", segment_text(text))


_FLAT_SENTENCES = (
    " ".join(
        f"The ferry crossed the bay {n} times on Sunday, and the harbour master said so."
        for n in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")
    )
    * 4
)


def test_a_menu_run_into_a_flattened_page_is_marked() -> None:
    text = (
        "Riverside Courier Home News Local Sport Business Opinion Subscribe Sign in "
        + _FLAT_SENTENCES
    )
    page = NavigationExtractor().run(_flattened(text))
    assert page.blocks[0].text.startswith("Riverside Courier Home")
    assert {i: m.reason for i, m in page.marks.items()} == {0: Reason.MENU_RUN}


def test_a_title_case_headline_in_a_flattened_page_is_no_menu() -> None:
    text = "How the City Council Voted to Close the Old Harbour Bridge " + _FLAT_SENTENCES
    page = NavigationExtractor().run(_flattened(text))
    assert page.marks == {}


def test_table_rows_of_a_layout_dump_are_not_a_menu() -> None:
    # inscriptis draws each row of a short two-column table on a line of its own, the cells
    # two or more spaces apart.
    rows = ("Atomics.              Done", "Inline assembly.      Done", "Metadata.   Done")
    dump = "\n\n".join((PROSE, *rows, PROSE))
    assert _marked(_flattened(dump)) == []


def test_a_menu_parted_by_wide_gaps_is_still_a_menu() -> None:
    # Elements run together on one line are cut apart by the segmenter: no cell gaps remain.
    dump = "Home     News     Sport     Business     Weather\n\n" + PROSE
    page = _flattened(dump)
    assert [b.text for b in page.blocks][:3] == ["Home", "News", "Sport"]
    assert _marked(page) == [0, 1, 2, 3, 4]


INTRO = "Some of my personal favourites, other than the ones named above, are not on the list:"


def test_a_list_a_sentence_introduces_is_no_menu() -> None:
    page = _page(PROSE, INTRO, "Pepper Keenan", "Phil Anselmo", "Keith Caputo", PROSE)
    assert _marked(page) == []


@pytest.mark.parametrize("label", ["Read more:", PROSE])
def test_a_run_after_a_label_or_a_plain_sentence_is_still_a_menu(label: str) -> None:
    page = _page(PROSE, label, "Home", "World", "Sport", PROSE)
    assert _marked(page) == [2, 3, 4]


def test_a_marked_introduction_introduces_nothing() -> None:
    page = _page(PROSE, INTRO, "Pepper Keenan", "Phil Anselmo", "Keith Caputo", PROSE)
    page = page.with_marks([Mark(1, Reason.COMMENT_PROMPT, "comments")])
    after = NavigationExtractor().run(page)
    assert sorted(after.marks) == [1, 2, 3, 4]


STANDINGS_INTRO = "Final standings of the Cup Series in 2019 after all thirty-six of its races:"
# One cell per line (BeautifulSoup's get_text()); a name's "Jr." and the header's "Pos." end
# in a dot, as a sentence does.
STANDINGS = (
    "Pos.", "Driver", "Points", "Wins",
    "1", "Kyle Busch", "5040", "5",
    "2", "Martin Truex Jr.", "5035", "7",
    "3", "Kevin Harvick", "5033", "4",
)  # fmt: skip


def test_a_table_under_its_sentence_goes_on_through_cells_with_an_abbreviation() -> None:
    assert _marked(_page(PROSE, STANDINGS_INTRO, *STANDINGS, PROSE)) == []


def test_an_abbreviated_cell_with_no_sentence_before_the_table_is_still_a_menu() -> None:
    # Without the sentence that introduces it, the "table" is a run of short lines.
    texts = (PROSE, *STANDINGS, PROSE)
    # Every cell but the two whose dot ends no sentence (1, 10) and the prose around.
    assert _marked(_page(*texts)) == [*range(2, 10), *range(11, 17)]


def test_a_short_sentence_after_a_list_ends_it() -> None:
    # "That was all." ends in a sentence's dot, not an abbreviation's: the menu after it is one.
    texts = (PROSE, INTRO, "Pepper Keenan", "Phil Anselmo", "That was all.", "Home", "World",
             "Sport", PROSE)  # fmt: skip
    assert _marked(_page(*texts)) == [5, 6, 7]


def test_pieces_of_a_page_flattened_into_one_line_are_no_list() -> None:
    # Cut at sentence ends, the pieces after the colon are not laid out as a list.
    texts = (PROSE, INTRO, "Pepper Keenan", "Phil Anselmo", "Keith Caputo", PROSE)
    page = _page(*(Block(i, text, line=1) for i, text in enumerate(texts)))
    assert _marked(page) == [2, 3, 4]


def test_fields_of_records_are_no_menu_items() -> None:
    cars = ("Hyundai Ioniq 5", "Nissan Leaf", "Tesla Model 3")
    texts = [t for car in cars for t in (car, "Base price: $36,600", "Range: 245–318 miles", PROSE)]
    assert _marked(_page(*texts)) == []


def test_a_menu_with_a_colon_label_is_still_a_menu() -> None:
    # Each label once: a footer's contact lines among its links.
    page = _page("Contact Us", "Phone: 555-0100", "Email: shop@example.com", "About Us", PROSE)
    assert _marked(page) == [0, 1, 2, 3]


BENCHMARKS = (
    "file", "simdjson", "JSON for Modern C++",
    "apache_builds", "2.3 GB/s", "0.098 GB/s",
    "github_events", "2.5 GB/s", "0.093 GB/s",
)  # fmt: skip
LEAD_IN = "Let us run some benchmarks on a Skylake processor."


def test_a_table_of_figures_between_a_sentence_and_prose_is_no_menu() -> None:
    assert _marked(_page(LEAD_IN, *BENCHMARKS, PROSE)) == []


def test_table_runs_find_the_same_tables_with_the_link_like_lines_the_step_kept() -> None:
    # The navigation step keeps the page's link-like lines in its facts, and table_runs (the
    # boundary step's) reads them there, less the menus: the same tables as found afresh.
    menu = ("Home", "World", "Business", "Sport")
    page = FeaturesExtractor().run(_page(*menu, LEAD_IN, *BENCHMARKS, PROSE, *menu))
    after = NavigationExtractor().run(page)
    assert sorted(after.marks) == [0, 1, 2, 3, 15, 16, 17, 18]
    fresh = dataclasses.replace(after, facts=None)
    assert table_runs(after) == table_runs(fresh) == [range(5, 14)]
    assert table_runs(dataclasses.replace(after, stats=())) == [range(5, 14)]


# A ranking table one cell per line: header cells longer than a menu item break the run of
# short lines, and its cells are more than a plain table's cap (max_table_cells).
RANKING_HEADER = (
    "Rank", "School", "Previous rank",
    "Entering Fall 2022 Full-Time MBA Acceptance Rate",
    "MBA Class of 2022 Median Starting Salary",
)  # fmt: skip
RANKING = tuple(
    cell
    for n in range(1, 8)
    for cell in (str(n), f"School of Business {n}", f"{n + 1} (tie)", f"{30 + n}%", f"${n},000")
)


def test_a_long_table_with_long_header_cells_between_a_sentence_and_prose_is_no_menu() -> None:
    assert len(RANKING) > NavigationSettings().max_table_cells
    assert _marked(_page(LEAD_IN, *RANKING_HEADER, *RANKING, PROSE)) == []


@pytest.mark.parametrize(
    "texts",
    [
        # The same header over cells with too few figures: a menu of names.
        (LEAD_IN, *RANKING_HEADER, *(f"School of Business {n}" for n in range(12)), PROSE),
        # No prose after the table: figures in a sidebar.
        (LEAD_IN, *RANKING_HEADER, *RANKING, "Thank you!"),
    ],
)
def test_short_lines_under_long_headers_that_are_no_table_are_a_menu(
    texts: tuple[str, ...],
) -> None:
    assert _marked(_page(*texts))  # the link-like runs are menus


# A comparison table one cell per line, few of its cells figures: each column keeps its
# shape (one word, a figure, a few words, a longer phrase) from row to row.
COMPARISON = (
    "Model", "Layout", "Switch type", "Key feature",
    "Freebird60", "60%", "MX-style hot-swap", "QMK and VIA support built in",
    "Freebird75", "75%", "MX-style hot-swap", "Two mounting styles to pick from",
    "Redragon", "60%", "Outemu Box sockets", "Wireless on three modes at once",
    "Ajazz", "75%", "MX-style hot-swap", "A small display beside the knob",
    "Keychron", "65%", "Gateron Jupiter switches", "A double gasket for a softer feel",
)  # fmt: skip


def test_a_table_whose_columns_keep_their_shape_between_prose_is_no_menu() -> None:
    assert _marked(_page(LEAD_IN, "Quick comparison", *COMPARISON, PROSE)) == []


@pytest.mark.parametrize(
    "cells",
    [
        # A shop's cards: a name, a price and the same button under each product.
        tuple(cell for n in range(6) for cell in (f"Jeans{n}", f"${150 + n}", "Add to cart")),
        # A menu: its items look alike at any distance.
        ("Home", "World", "Business", "Sport", "Culture", "Travel", "Opinion", "Video") * 2,
        # A footer's columns drawn twice (for a narrow and a wide screen): each heading and
        # link comes back, so no line is a header's label.
        ("Support", "Help Center", "Shipping and returns", "About", "About us", "Careers") * 4,
    ],
)
def test_short_lines_that_repeat_no_columns_shapes_are_a_menu(cells: tuple[str, ...]) -> None:
    assert _marked(_page(LEAD_IN, *cells, PROSE)) == list(range(1, len(cells) + 1))


@pytest.mark.parametrize(
    "cells",
    [
        # A teaser grid: a picture's mark, a section name and a headline per story; no header,
        # and no column of values.
        tuple(
            cell
            for n, section in enumerate(("News", "Politics", "Sport", "Culture", "Economy", "Life"))
            for cell in (f"[photo-{n}]", section, f"A headline about the {section.lower()} story")
        ),
        # A stock-quote box in a lynx dump: its numbered link marks are no header.
        tuple(
            cell
            for n, name in enumerate(("Meta", "Zoom", "Oracle", "Netflix", "Amazon", "Adobe"))
            for cell in (f"[{200 + n}]", f"{name} Stock Quote", f"NYSE: {name}", f"${100 + n}.25")
        ),
        # A grid of logos under a header, no column of values: a list of names.
        (
            "Provider",
            "Logo",
            "Name",
            *(
                cell
                for name in ("Apple", "Azure", "Discord", "GitHub", "GitLab", "Google")
                for cell in (f"{name} Icon", name, f"Sign in with {name}")
            ),
        ),
    ],
)
def test_a_run_without_a_header_row_or_a_column_of_values_is_no_column_table(
    cells: tuple[str, ...],
) -> None:
    page = _page(LEAD_IN, *cells, PROSE)
    assert not column_table(page, block_stats(page), range(1, len(cells) + 1))


def test_the_comparison_is_a_column_table_with_its_caption_line() -> None:
    cells = ("Quick comparison", *COMPARISON)
    page = _page(LEAD_IN, *cells, PROSE)
    assert column_table(page, block_stats(page), range(1, len(cells) + 1))


# A spec sheet one cell per line: a label over its value, the values measures.
SPEC_SHEET = (
    "Feature", "Specification",
    "Layout", "75% (81 keys and a knob)",
    "Keycaps", "PBT, OEM profile",
    "Dimensions", "327 x 136 x 40 mm",
    "Connectivity", "USB-C, Bluetooth 5.1",
    "Battery", "4,000 mAh",
    "Screen", "A 1.9 inch colour display",
)  # fmt: skip


def test_a_spec_sheet_of_labels_and_values_between_a_sentence_and_prose_is_no_menu() -> None:
    assert _marked(_page(LEAD_IN, *SPEC_SHEET, PROSE)) == []
    # The boundary step crosses it as a table (table_runs), as it crosses a column table.
    page = FeaturesExtractor().run(_page(LEAD_IN, *SPEC_SHEET, PROSE))
    assert table_runs(NavigationExtractor().run(page)) == [range(1, len(SPEC_SHEET) + 1)]


@pytest.mark.parametrize(
    "cells",
    [
        # A team page: names over job titles, no measures among them.
        tuple(
            cell
            for name in ("Ana Ruiz", "Ben Cole", "Cy Dunn", "Di Egan", "Ed Fox", "Flo Gray")
            for cell in (name, "Senior editor, culture desk")
        ),
        # A shop's buttons in pairs, half of the second ones holding a digit: no spec sheet.
        (
            "Add to Cart", "Wishlist", "Kit Includes", "3 More", "Ways to Save",
            "Get Reward Points", "Previous", "Page 1 of 73", "Per Page", "25",
            "Sort by", "Newest",
        ),
        # The same buttons under a caption line: the first pair, a digit in it, is no header.
        (
            "Add to Cart+ wishlist", "Kit Includes", "3 More", "Ways to Save",
            "Get Reward Points", "Previous", "Page 1 of 73", "Per Page", "25",
            "More Results", "Sort by newest",
        ),
        # A lynx dump's list of tests under their topics: its link marks are no table's.
        ("Topic", "Assessment", "Burnout", "O7 burnout test", "Attachment", "[31]",
         "Anxiety", "O7 anxiety test", "Self Esteem", "O7 self esteem test", "Sleep",
         "O7 sleep test"),
        # A post's furniture: four pairs are too few for a table.
        ("Share", "Improve this answer", "Follow", "answered Mar 9, 2022", "Author", "5 badges",
         "Comments", "Add 2 comments"),
        # Labels that repeat: a menu's entries under its sections.
        ("Shop", "Size 10", "Shop", "Size 12", "Shop", "Size 14", "Shop", "Size 16", "Shop",
         "Size 18"),
    ],
)  # fmt: skip
def test_pairs_of_lines_that_are_no_spec_sheet_are_a_menu(cells: tuple[str, ...]) -> None:
    assert _marked(_page(LEAD_IN, *cells, PROSE)) == list(range(1, len(cells) + 1))


INGREDIENTS = ("1 Würfelzucker", "1-2 Spritzer Bitters", "1 TL Wasser", "5 cl Rye Whiskey")
METHOD = (
    "Ein Glas mit Eis füllen und beiseite stellen. In einem zweiten Glas den Zucker mit dem "
    "Wasser und den Bitters verrühren."
)


def test_a_list_of_quantities_under_a_label_and_before_prose_is_no_menu() -> None:
    assert _marked(_page(PROSE, "So geht der Sazerac:", *INGREDIENTS, METHOD)) == []


@pytest.mark.parametrize(
    "texts",
    [
        # Under a label, too few lines start with a figure: a spec box, a menu.
        ("Specs:", "Fill: Synthetic", "$200 at REI", "Weight: 2 lb", "Photograph: Nemo", PROSE),
        # Under a label, no prose after it: a sidebar's figures.
        ("Meistgelesen:", *INGREDIENTS, "Thank you!"),
    ],
)
def test_figures_under_a_label_that_are_no_list_of_quantities_are_a_menu(
    texts: tuple[str, ...],
) -> None:
    assert _marked(_page(*texts)) == list(range(1, len(texts) - 1))


@pytest.mark.parametrize(
    "texts",
    [
        # No prose after it: figures in a sidebar, a donation box's amounts.
        (LEAD_IN, *BENCHMARKS, "Thank you!"),
        # No sentence before it: a heading of more words than a menu item, with no stop.
        ("Benchmark results for the parsers we tried over the last week", *BENCHMARKS, PROSE),
        # Too few figures: a menu between two paragraphs.
        (LEAD_IN, "Home", "World", "2024", "Business", "Sport", PROSE),
    ],
)
def test_short_lines_that_are_no_table_in_the_text_are_a_menu(texts: tuple[str, ...]) -> None:
    inner = list(range(1, len(texts) - 1))
    assert _marked(_page(*texts)) == inner


_PROS = ("Pros:", "Biggest audiobook library", "Keep books after canceling", "Easy returns")
_CONS = ("Cons:", "Credits expire", "Some books cost extra", "More expensive")


def test_a_reviews_pros_and_cons_lists_between_paragraphs_stay() -> None:
    assert _marked(_page(PROSE, *_PROS, *_CONS, PROSE)) == []


@pytest.mark.parametrize(
    "texts",
    [
        # One labelled list alone: a fact box or a share box as often as the article's (not
        # under "Pros:": a review's header, see below).
        (PROSE, "Specs:", *_PROS[1:], PROSE),
        # A share box after the article: its second label holds a line, and no prose follows.
        (PROSE, "Share this:", "Twitter", "Facebook", "WhatsApp", "Like this:", "Loading"),
        # Two labelled lists with no prose after them: a footer's columns.
        (PROSE, "Company:", "About", "Jobs", "Press", "Help:", "Contact", "FAQ", "Returns"),
        # A shop's filters after a menu, not after a sentence.
        ("Home", "Shop", "Cart", "Sort by:", "Price", "Rating", "Newest", *_CONS, PROSE),
    ],
)
def test_labelled_runs_that_are_no_pair_of_lists_are_menus(texts: tuple[str, ...]) -> None:
    assert _marked(_page(*texts)) != []


_CLAUSE = "The metadata layer includes:"
_ITEMS = ("Schemas", "Snapshots", "File tracking")


def test_a_list_under_a_clause_between_paragraphs_stays() -> None:
    assert _marked(_page(PROSE, _CLAUSE, *_ITEMS, PROSE)) == []


_LONG_ITEMS = (
    "A catalog of every table and view it holds",
    "The statistics of each column in a file",
)


def test_a_list_under_a_clause_goes_on_over_its_longer_items() -> None:
    assert _marked(_page(PROSE, _CLAUSE, *_LONG_ITEMS, *_ITEMS, PROSE)) == []
    assert _marked(_page(PROSE, _CLAUSE, *_ITEMS, *_LONG_ITEMS, PROSE)) == []
    # Under a sentence that introduces a list (introduces_list), longer items first.
    intro = "The metadata layer, which every query reads before it touches a file, includes:"
    assert _marked(_page(PROSE, intro, *_LONG_ITEMS, *_ITEMS, PROSE)) == []


def _under_menu(page: Page) -> Page:
    """``page`` under a site's menu of _ITEMS: the items are written twice on the page."""
    shift, lines = len(_ITEMS), page.blocks[0].line != 0
    menu = (Block(i, text, line=i + 1 if lines else 0) for i, text in enumerate(_ITEMS))
    rest = (Block(b.id + shift, b.text, line=b.line + shift if lines else 0) for b in page.blocks)
    return Page("test", "text", (*menu, *rest))


def _lines(*texts_and_lines: tuple[str, int]) -> Page:
    return Page(
        "test", "text", tuple(Block(i, t, line=n) for i, (t, n) in enumerate(texts_and_lines))
    )


@pytest.mark.parametrize(
    "texts",
    [
        # One longer line alone: the next section's heading over its paragraph.
        (PROSE, _CLAUSE, *_ITEMS, _LONG_ITEMS[0], PROSE),
        # A short line last before the paragraph: a heading as well.
        (PROSE, _CLAUSE, *_ITEMS, *_LONG_ITEMS, "Tips", PROSE),
        # The heading a question ("What is it for?"), as an FAQ's or a guide's are.
        (PROSE, _CLAUSE, *_ITEMS, "What is a metadata layer for?", PROSE),
    ],
)
def test_a_list_under_a_clause_over_a_heading_and_its_paragraph_stays(
    texts: tuple[str, ...],
) -> None:
    assert _marked(_page(*texts)) == []


@pytest.mark.parametrize(
    "page",
    [
        # A heading with no paragraph under it: a box of teasers over the next box.
        _page(PROSE, _CLAUSE, *_ITEMS, "Tips", "Home", "About us"),
        # Under a sentence that introduces a list, over its longer items: only a paragraph
        # ends that list.
        _page(
            PROSE,
            "The metadata layer, which every query reads before it touches a file, includes:",
            *_LONG_ITEMS,
            *_ITEMS,
            "What is it for?",
            PROSE,
        ),
        # A clause ending in a colon after the run, over a paragraph: no heading.
        _page(PROSE, _CLAUSE, *_ITEMS, "More on the metadata layer and its tables:", PROSE),
        # A layout dump sets the longer lines apart by a blank line: teasers, not items.
        _lines(
            (PROSE, 1),
            (_CLAUSE, 2),
            *zip(_ITEMS, (3, 4, 5), strict=True),
            (_LONG_ITEMS[0], 7),
            (_LONG_ITEMS[1], 8),
            (PROSE, 10),
        ),
        # The run's own lines not all as far apart: the longer lines after it are no items
        # of its list, though each follows the one before (_list_extent).
        _lines(
            (PROSE, 1),
            (_CLAUSE, 2),
            *zip(_ITEMS, (3, 4, 6), strict=True),
            (_LONG_ITEMS[0], 7),
            (_LONG_ITEMS[1], 8),
            (PROSE, 9),
        ),
    ],
)
def test_a_run_under_a_clause_with_no_heading_over_prose_is_a_menu(page: Page) -> None:
    # Under the site's menu, which names the same sections: a list under a clause next to a
    # paragraph whose items are written once stays anyway (_unrepeated_list, see below).
    assert [i for i in _marked(_under_menu(page)) if i >= len(_ITEMS)] != []


@pytest.mark.parametrize(
    "texts",
    [
        # A label, not a clause: a fact box's "Specs:".
        (PROSE, "Specs:", *_ITEMS, PROSE),
        # No sentence before the clause: a box of its own.
        ("Home", _CLAUSE, *_ITEMS, PROSE),
        # No paragraph after the list: a box of teasers or a form.
        (PROSE, _CLAUSE, *_ITEMS),
        # A picker's long list ("Regions we do business in:" over its countries).
        (PROSE, "Regions we do business in:", *(f"Country {i}" for i in range(25)), PROSE),
    ],
)
def test_runs_under_a_clause_outside_prose_are_menus(texts: tuple[str, ...]) -> None:
    # The items written in the site's menu as well (written once, see _unrepeated_list).
    assert [i for i in _marked(_under_menu(_page(*texts))) if i >= len(_ITEMS)] != []


_IDENTITY = (
    "Identity theft takes many forms, and most of them start with a stolen password or a "
    "card number.",
    "The most common types of identity theft:",
    "Financial fraud",
    "Medical identity theft",
    "Child identity theft",
)


@pytest.mark.parametrize(
    "texts",
    [
        # The docstring's example: a paragraph before the clause, a heading after the list.
        (*_IDENTITY, "How do you report identity theft?"),
        # No sentence before the clause, a paragraph after the list.
        ("Home", _CLAUSE, *_ITEMS, PROSE),
        # A paragraph before the clause, a box of teasers or the page's end after the list.
        (PROSE, _CLAUSE, *_ITEMS, "Tips", "Home", "About us"),
        (PROSE, _CLAUSE, *_ITEMS),
    ],
)
def test_a_list_under_a_clause_next_to_a_paragraph_written_once_stays(
    texts: tuple[str, ...],
) -> None:
    assert _marked(_page(*texts)) == []


@pytest.mark.parametrize(
    "texts",
    [
        # The site's menu, in the header and under the clause.
        (
            "Home",
            "World",
            "Sport",
            PROSE,
            "Find the rest of our news in:",
            "Home",
            "World",
            "Sport",
            PROSE,
        ),
        # No paragraph next to it: a footer's column.
        ("Copyright 2024", "Find out more about the company:", "About", "Jobs", "Press", "Thanks"),
        # A label, not a clause: "Read more:", "Specs:" (and no sentence or paragraph around).
        (PROSE, "Read more:", *_ITEMS, PROSE),
        # One entry twice in the run (no paragraph after it: _clause_list's list is none).
        (PROSE, "Find the rest of our news in:", "Home", "World", "Home", "Thanks"),
    ],
)
def test_runs_under_a_clause_written_twice_or_away_from_prose_are_menus(
    texts: tuple[str, ...],
) -> None:
    assert _marked(_page(*texts)) != []


def test_a_paragraph_that_merely_mentions_a_clause_leaves_the_menu_under_it() -> None:
    # A clause ending in a colon in the middle of a line is no clause over a list.
    texts = (PROSE, "The menu reads: Home, World, Sport.", "Home", "World", "Sport", "Thanks")
    assert _marked(_page(*texts)) == [2, 3, 4, 5]


_WYZE = ("What We Like", "Lowest priced cameras", "Free cloud storage", "Works with voice control")


def test_a_reviews_list_under_its_pros_header_stays() -> None:
    assert _marked(_page(PROSE, *_WYZE, PROSE)) == []
    assert _marked(_page(PROSE, "Sharp display", "Great value", "Cons", "Slow CPU", PROSE)) == []
    # A symbol before the header; the header right above the run.
    assert _marked(_page(PROSE, "✔️ Pros", "Great value", "Sharp display", PROSE)) == []
    assert (
        _marked(_page(PROSE, "Pros & Cons:", "Great value", "Sharp display", "Slow", PROSE)) == []
    )
    # One reviewer's own header ("What I like").
    assert _marked(_page(PROSE, "What I like", "Very comfortable", "Light", PROSE)) == []
    # A review's box of who the product suits ("Best For").
    assert _marked(_page(PROSE, "Best For", "Hot sleepers", "Couples", PROSE)) == []


@pytest.mark.parametrize(
    "texts",
    [
        # A site's menu above the article names a section so.
        ("Home", "Jobs", "Pros and Cons", "Companies", PROSE),
        # Prose that merely mentions the words is no header.
        (PROSE, "Weighing the pros", "Home", "Jobs", "Companies", PROSE),
        (PROSE, "What I like about it", "Home", "Jobs", "Companies", PROSE),
        (PROSE, "Best for beginners", "Home", "Jobs", "Companies", PROSE),
    ],
)
def test_pros_words_outside_a_reviews_header_leave_a_menu(texts: tuple[str, ...]) -> None:
    assert _marked(_page(*texts)) != []


def test_a_summarys_key_points_under_their_header_stay() -> None:
    points = ("sehr winterhart", "nicht düngen", "an frostfreien Tagen gießen")
    assert _marked(_page(PROSE, "Das Wichtigste in Kürze:", *points, PROSE)) == []
    # The header without a colon is a short line itself, the run's first.
    assert _marked(_page("Key takeaways", "Fast", "Cheap", "Open source", PROSE)) == []


@pytest.mark.parametrize(
    "texts",
    [
        # A menu that names such a page holds the header after its first item.
        ("Börse", "Auf einen Blick", "Dax", "MDax", PROSE),
        ("About", "At a Glance", "Leadership", "Contact", PROSE),
        # A line that merely mentions the words is no header.
        (PROSE, "Key takeaways from the summit", "Home", "Jobs", "Companies", PROSE),
    ],
)
def test_key_points_words_outside_a_summarys_header_leave_a_menu(texts: tuple[str, ...]) -> None:
    assert _marked(_page(*texts)) != []


def test_link_like_lines_agree_with_is_link_like() -> None:
    # _link_like_lines writes _is_link_like out for the lines of a text dump: same answers.
    from cleaner.extractors.features import block_stats
    from cleaner.extractors.navigation import SETTINGS, _is_link_like, _link_like_lines

    lines = [
        "Home",
        "12:30",
        "12.05.2024",
        "Failed   47   57   +10",
        "Rank  Team",
        PROSE,
        "Short line with no stop",
        "",
        "- 3 -",
    ]
    page = FeaturesExtractor().run(
        _page(*lines, Block(9, "Menu", dom=DomFeatures(0.9, in_article=False)))
    )
    stats = block_stats(page)
    expected = [_is_link_like(b, f, SETTINGS) for b, f in zip(page.blocks, stats, strict=True)]
    assert _link_like_lines(page.blocks, stats, SETTINGS) == expected
    assert expected[:7] == [True, False, False, False, False, False, True]
