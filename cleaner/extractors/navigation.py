"""Navigation runs: many short, link-like lines in a row."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import Block, BlockKind, Mark, Page, TextStats, consecutive_runs, marks_of
from cleaner.extractors.contents import contents_lines
from cleaner.extractors.features import CLOCK_STAMP, block_stats, page_facts
from cleaner.extractors.fields import record_fields
from cleaner.extractors.markup import is_listing
from cleaner.languages import alternatives
from cleaner.reasons import Reason
from cleaner.text.segment import is_menu_run

__all__ = [
    "FIGURE",
    "SETTINGS",
    "NavigationExtractor",
    "NavigationSettings",
    "column_table",
    "figure_table",
    "introduces_list",
    "table_region",
    "table_runs",
]


@dataclass(frozen=True, slots=True)
class NavigationSettings:
    """The navigation step's tuned numbers (first text pipeline, 790ddd1, aeb/traf text dumps;
    no figure recorded)."""

    # Fewer short lines in a row are subheadings, datelines or a short quote, not a menu.
    min_run: int = 3
    # Menu items are short; prose lines are longer (was CleanerConfig.max_nav_words).
    max_words: int = 6
    # With markup, a block mostly of link text is link-like.
    min_link_density: float = 0.5
    # A sentence this long (characters) that ends in a colon introduces a list ("... beschreibt
    # die Lebenspraxis in zehn Punkten:"): see introduces_list. 72 is the boundary step's
    # min_prose (12 word-equivalents): a sentence of prose, not a label ("Lesen Sie auch:",
    # 15) or a form's prompt ("Trage deine Daten unten ein oder klicke ein Icon um dich
    # einzuloggen:", 69). 40 took such prompts and teaser headers: traf inscriptis tune
    # 0.8765 -> 0.8730, fundus check one page more down; 100 left fundus as 72 did.
    min_intro_chars: int = 72
    # A table drawn one cell per line looks like a menu run; one with figures in this share
    # of its cells, between a sentence and a paragraph of prose, is a table inside the article
    # (see figure_table; set with the boundary step, af33883: traf tune, a benchmark table
    # between the paragraphs).
    min_table_cells: int = 4
    # Longer runs are blog archives ("► 2019 (22)", "► Mai (2)" ...), not a table in the text.
    max_table_cells: int = 30
    table_figure_share: float = 0.4
    # Under a label ending in a colon instead of a sentence, figures must start this share of
    # the lines: a recipe's ingredients. traf tune 0.8906|0.8874 -> 0.8917|0.8885 (blocks|
    # inscriptis, one page), check equal; wcxb pages +4 -2 | +4 -1 (means equal to 4 places),
    # fundus and aeb equal. At the table share (0.4) a spec box's lines joined: fundus tune
    # one page down.
    quantity_share: float = 0.5
    # The sentence before the table is this long at least (the boundary step's min_sentence,
    # 4 word-equivalents); the prose after it is a paragraph, min_intro_chars long.
    min_sentence_chars: int = 24
    # A list under a clause shorter than min_intro_chars ("The metadata layer includes:") is
    # the article's up to this many lines (wcxb tune: 3 to 12); a longer one is a picker
    # ("Regions Etsy does business in:" over 29 countries, before the settings dialog's prose:
    # wcxb tune and check product pages down without the cap).
    max_clause_items: int = 20
    # A list's longer items ("Intercultural competence in the workplace") break its run of
    # short lines; up to this many words a line without a sentence end is still an item.
    max_item_words: int = 15
    # A table region (table_region): a table whose header cells are longer than a menu item
    # ("Entering Fall 2022 Full-Time MBA Acceptance Rate") is cut into runs that no sentence
    # touches; the short lines between a sentence and prose, headers and cells together, are
    # one table when figures start this share of them, up to this many lines. With the
    # boundary step's table at a section break's cost, main 5280e0f -> this, tune|check:
    # wcxb blocks 0.7875|0.7943 -> 0.7906|0.7955 (pages +13-3 | +9-2), inscriptis
    # 0.7945|0.8059 -> 0.7966|0.8062 (+6-3 | +4-1); articles blocks 0.9136|0.9276 ->
    # 0.9160|0.9286; aeb tune +0.0015 per dump (one page), traf blocks check +0.0011 (one
    # page); fundus (held out) equal. 0.5: wcxb tune 0.7896|0.7956, check 0.7947|0.8059.
    # 0.3: wcxb tune and check up again but a fundus tune page 0.96 -> 0.89 and a fundus
    # check page down (-0.002).
    region_figure_share: float = 0.4
    max_region_cells: int = 400
    # A table without figures (column_table): a dump that draws one cell per line repeats its
    # columns' shapes every row, so a line looks like the line a row below it at least this
    # often, and like its neighbour at most max_neighbour_agreement (a menu's items all look
    # alike, at any distance); min_columns to max_columns columns, min_table_rows rows with
    # the header. Two columns are no table: names over their job titles, figures over their
    # captions, a list's items over their blurbs alternate as well (wcxb tune: such pairs
    # took as tables moved pages both ways); four rows let a menu's shapes repeat by chance.
    min_column_agreement: float = 0.8
    max_neighbour_agreement: float = 0.5
    min_columns: int = 3
    max_columns: int = 8
    min_table_rows: int = 5
    # A column below its header that repeats one text in this share of its cells is a card's
    # badge or button under each product ("BUY NOW", "Year round"), no table's column: a
    # table's most repeated cell ("MX-style hot-swap" in a keyboard comparison) held 5 of 8.
    max_repeat_share: float = 0.75
    # Evidence of a table, not a menu (column_table): a header row of labels under at most
    # this many caption lines ("Quick Comparison"), and a column of values (a digit in this
    # share of its cells below the header). On the tune halves of aeb, traf and wcxb, in the
    # shipped dumps and bench/styles.py's, column shapes alone fired on 28 runs: 14 data
    # tables (all still found with this evidence) and 14 footers, teaser grids, quote boxes,
    # logo and card grids and a cookie list without its header (none found). wcxb blocks
    # tune|check 0.7916|0.7964 -> 0.7918|0.7967 (pages +2 | +2 -1), inscriptis check
    # 0.8078 -> 0.8080 (+1); aeb, traf and fundus unchanged in every style. The share is
    # not tuned: it leaves room for a row a dump split or left empty.
    max_caption_lines: int = 1
    min_value_share: float = 0.6
    # A spec sheet drawn one cell per line (_key_value_table): two columns, a label over its
    # value, at least this many rows with the header; its labels are up to max_label_words
    # words. On wcxb's tune half, four rows and half the values with a digit took a forum
    # post's furniture ("Share" / "Improve this answer", "Follow" / "answered Mar 9, 2022")
    # and a shop's cart buttons ("Add to Cart" / "wishlist", "Per Page" / "25") in the
    # blocks dump; min_value_share (0.6) rules those out there, the header row (no digit in
    # it) the same buttons under a caption line in bench/styles.py's markdownify and
    # html-text dumps, and the link marks a list of tests in its lynx and w3m dumps. Five
    # rows, tune|check: wcxb blocks 0.79219|0.79698 -> 0.79236|0.79704 (pages +1 | +1, none
    # down; articles tune 0.91778 -> 0.91811, check equal); the other eleven sets identical;
    # wcxb styles soup-text tune +1, soup-lines tune +1 -1 (a ratings box, 0.867 -> 0.865),
    # every check half equal. Without the header and the link marks: wcxb blocks check +2
    # (articles 0.93004) and soup-lines check +1, but four style tune pages down (two pages,
    # in lynx, w3m, markdownify and html-text). Four and six rows gave the same tune figures.
    min_pair_rows: int = 5
    max_label_words: int = 3


SETTINGS = NavigationSettings()


# A clock time or date alone on a line stamps a live-blog entry or a story; it is no menu item.
_DATE_STAMP = re.compile(r"^\W*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\W*$")
# A layout dump (inscriptis) draws a table row as cells two or more spaces apart ("Atomics.
# Done", "Failed   47   57   +10"); a table is content, not a menu, even when its rows are
# short. The segmenter keeps such a line whole unless its gaps part elements run together
# (three or more wide gaps with no aligned row near), and a menu cut there is in pieces.
# wcxb inscriptis tune|check 0.7423|0.7736 -> 0.7432|0.7741 (pages +21/-10 | +18/-6), traf
# inscriptis check 0.8552 -> 0.8563; the other shipped dumps and bench/styles.py styles of
# aeb/traf/fundus equal (fundus soup-text -0.0001, one check page).
_TABLE_ROW = re.compile(r"\S {2,}\S")


def _is_link_like(block: Block, features: TextStats | None, settings: NavigationSettings) -> bool:
    if block.dom is not None:
        # With markup we know what is a link: short unlinked rows (table cells, a fact
        # box) are content.
        return (
            block.dom.link_density > settings.min_link_density and block.kind is not BlockKind.TABLE
        )
    if features is None or features.words > settings.max_words or features.ends_sentence:
        return False
    text = block.text
    # Cheap looks first (a line is tried on all three): both stamps start with a digit after
    # non-word characters, so a letter first rules them out; a table row holds two spaces.
    if not text[:1].isalpha() and (CLOCK_STAMP.match(text) or _DATE_STAMP.match(text)):
        return False
    return "  " not in text or _TABLE_ROW.search(text) is None


# A cell that is a figure: "63", "58%", "2.3 GB/s", "$4.99" (not "Gaza398", a tag's count).
FIGURE = re.compile(r"^[-+−±$€£(]?\d")


def _ends_sentence(features: TextStats | None, min_chars: int) -> bool:
    return features is not None and features.ends_sentence and features.chars >= min_chars


def figure_table(
    page: Page,
    stats: Sequence[TextStats | None],
    run: range,
    settings: NavigationSettings = SETTINGS,
) -> bool:
    """True when the short lines at ``run`` (indices into the page's blocks) are a table
    inside the article, drawn one cell per line: enough of its cells are figures, a sentence
    (or a label ending in a colon, when most cells start with a figure: a list of quantities)
    ends right before it and a paragraph of prose follows it, both unmarked.

    A menu between two paragraphs holds no figures; a list of figures away from prose
    (scores, prices in a sidebar, a donation box's amounts before its short prompt) is none,
    and neither is a blog archive ("► 2019 (22)") or a tag list with counts ("Gaza398").
    """
    blocks = page.blocks
    before, after = run.start - 1, run.stop
    if (
        not settings.min_table_cells <= len(run) <= settings.max_table_cells
        or before < 0
        or after >= len(blocks)
        or any(blocks[i].id in page.marks for i in (before, after))
        or not _ends_sentence(stats[after], settings.min_intro_chars)
    ):
        return False
    figures = sum(1 for i in run if FIGURE.match(blocks[i].text))
    if _ends_sentence(stats[before], settings.min_sentence_chars):
        return figures >= settings.table_figure_share * len(run)
    # Under a label ending in a colon ("So geht der Sazerac:", "Zutaten:"), not a sentence: a
    # list of quantities ("1 TL Wasser", "5 cl Rye Whiskey"), when most of its lines start with
    # a figure (a spec box's "Temp rating: ...", "$200 at REI" lines, fundus tune, do not).
    return blocks[before].text.endswith(":") and figures >= settings.quantity_share * len(run)


def _is_cell(page: Page, block: Block, features: TextStats | None, max_words: int) -> bool:
    """A table's cell or header: short, no sentence, unmarked."""
    return (
        features is not None
        and features.words <= max_words
        and not features.ends_sentence
        and block.id not in page.marks
    )


def table_region(
    page: Page,
    stats: Sequence[TextStats | None],
    run: range,
    settings: NavigationSettings = SETTINGS,
) -> range | None:
    """The table a run of short lines belongs to, or None: the run itself when figure_table
    says so, else the stretch of short sentence-less lines around it (header cells of up to
    max_item_words words, which break a run of link-like lines) between a sentence and a
    paragraph of prose, when figures start region_figure_share of its lines, its lines keep
    the shapes of a table's columns from row to row (column_table), or they pair labels with
    measured values (_key_value_table).

    Before: [p "... can be found in the chart below."] "Ranking in 2023" "Business School"
    "Entering Fall 2022 Full-Time MBA Acceptance Rate" ... "1" "Chicago Booth" "37% / 40%"
    ... (180 cells) [p "Request a free consultation ... chances."]: the header run (no
    figures, no prose after it) and the cells (no sentence before them, over
    max_table_cells) were menus. After: one table, inside the article.
    """
    if figure_table(page, stats, run, settings):
        return run
    blocks = page.blocks
    words = settings.max_item_words
    limit = settings.max_region_cells
    start, stop = run.start, run.stop
    while (
        start > 0
        and stop - start < limit
        and _is_cell(page, blocks[start - 1], stats[start - 1], words)
    ):
        start -= 1
    while (
        stop < len(blocks)
        and stop - start < limit
        and _is_cell(page, blocks[stop], stats[stop], words)
    ):
        stop += 1
    before, after = start - 1, stop
    if (
        stop - start < settings.min_table_cells
        or stop - start >= limit
        or before < 0
        or after >= len(blocks)
        or any(blocks[i].id in page.marks for i in (before, after))
        or not _ends_sentence(stats[before], settings.min_sentence_chars)
        or not _ends_sentence(stats[after], settings.min_intro_chars)
    ):
        return None
    region = range(start, stop)
    if (start, stop) != (run.start, run.stop):  # figure_table judged the run alone
        figures = sum(1 for i in region if FIGURE.match(blocks[i].text))
        if figures >= settings.region_figure_share * len(region):
            return region
    if column_table(page, stats, region, settings):
        return region
    return region if _key_value_table(page.blocks, region, settings) else None


def _key_value_table(
    blocks: Sequence[Block], region: range, settings: NavigationSettings = SETTINGS
) -> bool:
    """True when the short lines at ``region`` are a two-column table of labels and their
    values, drawn one cell per line (a product's spec sheet: "Layout" / "75% (81 keys)",
    "Battery" / "4,000 mAh"), under at most max_caption_lines caption lines: a header row
    of two labels ("Feature" / "Specification": no digit in either), then rows up to
    min_pair_rows or more; every label a few words (max_label_words), none written twice;
    min_value_share of the values (the header's among them) holding a digit, and no cell
    holding a link mark (a lynx "[31]", a w3m picture's "[66eaaa4519]": a link's or a
    picture's, never a table's). column_table wants three columns or more, as two
    alternate in a team page (names over job titles) or a teaser list (headlines over
    blurbs) too; a spec sheet's labels name its values once each, and its values are
    measures. A menu's items are alike from line to line, with few digits; table_region
    asks for the sentence before and the paragraph after.

    >>> cells = ["Feature", "Specification", "Layout", "75%", "Battery", "4,000 mAh",
    ...          "Weight", "1.2 kg", "Keycaps", "PBT, OEM profile", "Ports", "USB-C, 2.4 GHz"]
    >>> _key_value_table([Block(i, t) for i, t in enumerate(cells)], range(12))
    True
    >>> menu = ["Home", "News", "Sport", "Weather", "Business", "Culture", "Travel", "Video",
    ...         "Radio", "Sounds", "About", "Contact"]
    >>> _key_value_table([Block(i, t) for i, t in enumerate(menu)], range(12))
    False
    """
    rows = settings.min_pair_rows
    for offset in range(settings.max_caption_lines + 1):
        # The count first: most regions that reach here are too short for the rows.
        count = len(region) - offset
        if count % 2 or count < 2 * rows:
            continue
        body = [blocks[i].text for i in region[offset:]]
        labels, values = body[0::2], body[1::2]
        if _holds_digit(values[0]) or any(_LINK_MARK.search(v) for v in values):
            continue
        if len({label.casefold() for label in labels}) < len(labels) or any(
            len(label.split()) > settings.max_label_words
            or _LINK_MARK.search(label)
            or _holds_digit(label)
            for label in labels
        ):
            continue
        measured = sum(1 for value in values if _holds_digit(value))
        if measured >= settings.min_value_share * len(values):
            return True
    return False


def _holds_digit(text: str) -> bool:
    """True when ``text`` holds a digit: a table cell's measure ("4,000 mAh", "75%")."""
    return any(c.isdigit() for c in text)


def _cell_shape(text: str, features: TextStats | None) -> int:
    """A cell's shape, which a table's column keeps from row to row: a figure, a link, or a
    text of one word, two or three, or more."""
    if FIGURE.match(text):
        return 0
    if text.startswith(("http", "www.")):
        return 1
    words = features.words if features is not None else 0
    return 2 if words <= 1 else 3 if words <= 3 else 4


def column_table(
    page: Page,
    stats: Sequence[TextStats | None],
    region: range,
    settings: NavigationSettings = SETTINGS,
) -> bool:
    """True when the short lines at ``region`` are a table drawn one cell per line: some
    number of columns (min_columns to max_columns) at which a line has the shape of the line a row
    below it (a figure, a link, a text of so many words: ``_cell_shape``) far more often than
    the shape of its neighbour, under a header row of labels (``_header_row``), with a column
    of values (``_value_column``). Column shapes alone also hold for a footer's menu drawn
    twice, a teaser grid (a picture's mark, a section, a headline), a stock-quote box or a
    grid of logos (wcxb and traf tune, in the lynx, w3m, markdownify, resiliparse and
    BeautifulSoup dumps); a header and a column of values tell the tables apart.

    Before: [p "Quick Comparison"] [p "Model"] [p "Layout"] [p "Price"] [p "Freebird60 Full
    Kit"] [p "60%"] [p "$160"] [p "Neo65 Kit"] [p "65%"] [p "$199"] ... (five rows or more):
    a menu run. After: a table of three columns (a menu's items look alike at any distance).
    """
    blocks = page.blocks
    shapes = [_cell_shape(blocks[i].text, stats[i]) for i in region]

    def agreement(step: int) -> float:
        pairs = len(shapes) - step
        return sum(1 for a, b in zip(shapes, shapes[step:], strict=False) if a == b) / pairs

    rows = settings.min_table_rows
    if len(shapes) < rows * settings.min_columns or agreement(1) > settings.max_neighbour_agreement:
        return False
    for columns in range(settings.min_columns, settings.max_columns + 1):
        if (
            len(shapes) >= rows * columns
            and agreement(columns) >= settings.min_column_agreement
            and not any(
                _repeats(blocks, region[phase::columns][1:], settings.max_repeat_share)
                for phase in range(columns)
            )
            and any(
                _header_row(blocks, region, offset, columns)
                and _value_column(blocks, region[offset + columns :], columns, settings)
                for offset in range(settings.max_caption_lines + 1)
            )
        ):
            return True
    return False


# A link's mark in a text dump: lynx's "[12]" reference, markdown's "[text](/path)", w3m's
# "[image]": a cell that holds one is a link or a picture, never a table's header or value.
_LINK_MARK = re.compile(r"[\[\]]")


def _header_row(blocks: Sequence[Block], region: range, offset: int, columns: int) -> bool:
    """True when the ``columns`` lines at ``offset`` in ``region`` read as a table's header:
    labels, no figure and no link mark among them, none repeated anywhere else in the run.
    A menu repeats its items (the footer's columns twice over), a teaser grid its section
    names and picture marks ("News", "[image]"), a card grid its badges ("from")."""
    texts = [blocks[i].text.lower() for i in region]
    header = texts[offset : offset + columns]
    if len(header) < columns or any(FIGURE.match(t) or _LINK_MARK.search(t) for t in header):
        return False
    rest = texts[:offset] + texts[offset + columns :]
    return len(set(header)) == columns and not set(header).intersection(rest)


def _value_column(
    blocks: Sequence[Block], body: range, columns: int, settings: NavigationSettings
) -> bool:
    """True when one column under the header holds values: min_value_share of its cells
    hold a digit and no link mark (a price, a score, a count, a percentage), where a menu's,
    a teaser grid's or a team page's cells are words and links."""
    for phase in range(columns):
        cells = [blocks[i].text for i in body[phase::columns]]
        values = sum(1 for t in cells if not _LINK_MARK.search(t) and _holds_digit(t))
        if cells and values >= settings.min_value_share * len(cells):
            return True
    return False


def _repeats(blocks: Sequence[Block], column: range, share: float) -> bool:
    """True when one text fills ``share`` of a column's cells below its header: a card's
    badge or button ("Year round", "BUY NOW") under each product, no table's column."""
    texts = [blocks[i].text.lower() for i in column]
    return max(map(texts.count, set(texts)), default=0) >= share * len(texts)


def table_runs(
    page: Page, fields: frozenset[int] | None = None, settings: NavigationSettings = SETTINGS
) -> list[range]:
    """The tables inside the article that the navigation step left unmarked (figure_table):
    runs of link-like lines it did not take for a menu, as index ranges. The boundary step's
    span crosses them as it crosses a section break. ``fields``: the page's record_fields,
    when the caller has them."""
    stats = block_stats(page)
    if fields is None:
        fields = page_facts(page).of(record_fields)
    # A cell a later step marked ("twitter", a share prompt's word, in a table of benchmarks)
    # stays removed, but it does not cut the table in two. The link-like lines are the
    # navigation step's (_link_like): only those are looked up in the marks, for the menus.
    blocks, get, menu = page.blocks, page.marks.get, Reason.NAVIGATION_RUN
    kept = [
        index
        for index in _link_like(page, stats, settings)[1]
        if (mark := get(blocks[index].id)) is None or mark.reason is not menu
    ]
    if fields:  # most pages have none
        kept = [index for index in kept if blocks[index].id not in fields]
    # Runs of link-like lines, found from the few that are (a loop over every line was
    # a visible cost of the boundary step).
    runs: list[range] = []
    for cells in consecutive_runs(kept):
        run = range(cells[0], cells[-1] + 1)
        if len(run) < settings.min_table_cells:
            continue
        table = table_region(page, stats, run, settings)
        if table is not None and (not runs or table.start >= runs[-1].stop):
            runs.append(table)
    return runs


def _link_like_lines(
    blocks: Sequence[Block], stats: Sequence[TextStats | None], settings: NavigationSettings
) -> list[bool]:
    """Per block, True when it is link-like (_is_link_like): the lines a menu run or a table
    is made of (less a record's fields, and for table_runs a menu's lines: _link_like)."""
    # _is_link_like written out for a line of a text dump: most lines are too long or end a
    # sentence, and a call per line was most of the cost (this runs on every text page); a
    # call per short line was still a sixth of the step (aeb blocks, 12,500 a pass).
    # tests/extractors/test_navigation.py checks both give the same answer.
    max_words, clock, date, row = (
        settings.max_words,
        CLOCK_STAMP.match,
        _DATE_STAMP.match,
        _TABLE_ROW.search,
    )
    flags: list[bool] = []
    append = flags.append
    for block, f in zip(blocks, stats, strict=True):
        if block.dom is not None:
            append(_is_link_like(block, f, settings))
        elif f is None or f.words > max_words or f.ends_sentence:
            append(False)
        else:
            text = block.text
            append(
                (text[:1].isalpha() or not (clock(text) or date(text)))
                and ("  " not in text or row(text) is None)
            )
    return flags


def _link_like_facts(
    blocks: tuple[Block, ...],
    stats: tuple[TextStats | None, ...],
    settings: NavigationSettings = SETTINGS,
) -> tuple[list[bool], list[int]]:
    """Per block, whether it is link-like (_link_like_lines), and the indices of those that
    are; with the default settings, a fact of the page (_link_like)."""
    flags = _link_like_lines(blocks, stats, settings)
    return flags, [index for index, flag in enumerate(flags) if flag]


def _link_like(
    page: Page, stats: tuple[TextStats | None, ...], settings: NavigationSettings
) -> tuple[list[bool], list[int]]:
    """_link_like_facts of the page, with ``settings``. A fact of the page for the default
    settings and the features step's ``stats``: the navigation step and the boundary step
    (table_runs) both test every line, and the second test was 2% of cleaning an aeb dump.
    The callers leave out the lines they skip (record fields, menus) afterwards."""
    facts = page.facts
    if settings is SETTINGS and facts is not None and facts.stats is stats:
        return facts.of_features(_link_like_facts)
    return _link_like_facts(page.blocks, stats, settings)


def _menu_lines(
    page: Page,
    stats: tuple[TextStats | None, ...],
    fields: frozenset[int],
    settings: NavigationSettings,
) -> list[bool]:
    """Per block, True when it is link-like and no record's field: a menu's line."""
    links = _link_like(page, stats, settings)[0]
    if not fields:  # most pages: the page's flags as they are
        return links
    return [link and block.id not in fields for link, block in zip(links, page.blocks, strict=True)]


def introduces_list(block: Block, settings: NavigationSettings = SETTINGS) -> bool:
    """True when a text dump's block is a sentence of prose ending in a colon: it introduces
    the list right after it, whose short lines are the article's items, not a menu.

    A form, not words: menus are not announced by a sentence; teaser boxes are, but by a
    short label ("Lesen Sie auch:"), which is no sentence.

    >>> introduces_list(Block(0, "Some of my personal favorites (other than Corgan) that "
    ...                          "are not on the list:"))
    True
    >>> introduces_list(Block(0, "Lesen Sie auch:")), introduces_list(Block(0, "Home"))
    (False, False)
    """
    text = block.text
    return block.dom is None and len(text) >= settings.min_intro_chars and text.endswith(":")


# A cell that ends in an abbreviation's dot, not a sentence's: "Martin Truex Jr.", "Pos.".
_ABBREVIATION_END = re.compile(r"(?:^|\s)[A-Z][a-z]{0,2}\.$")


def _abbreviated_cell(
    block: Block, features: TextStats | None, settings: NavigationSettings
) -> bool:
    """True when a text dump's short line ends in an abbreviation ("Martin Truex Jr.",
    "Pos."): a table's cell, drawn one per line, whose dot ends no sentence. A list the
    sentence before it introduced goes on through it (a standings table under "Classificação
    final ... após 36 etapas:", one cell per line: the name's dot ended the list, and the
    rest of the table was taken for a menu).

    >>> stats = TextStats(chars=16, words=3, stopword_share=0.0, ends_sentence=True)
    >>> _abbreviated_cell(Block(0, "Martin Truex Jr."), stats, SETTINGS)
    True
    >>> _abbreviated_cell(Block(0, "That is all."), stats, SETTINGS)
    False
    """
    return (
        block.dom is None
        and features is not None
        and features.words <= settings.max_words
        and _ABBREVIATION_END.search(block.text) is not None
    )


def _introduced(
    page: Page, previous: Block | None, block: Block, settings: NavigationSettings
) -> bool:
    """True when ``previous`` is an unmarked sentence that introduces a list, on a line of
    its own before ``block``."""
    # The colon first: it rules out nearly every line, and this runs after most of a page's.
    return (
        previous is not None
        and previous.text.endswith(":")
        and (block.line == 0 or previous.line != block.line)
        and previous.id not in page.marks
        and introduces_list(previous, settings)
    )


def _is_label(page: Page, index: int, settings: NavigationSettings) -> bool:
    """True when a text dump's block at ``index`` is an unmarked label ending in a colon, on
    a line of its own, shorter than a sentence that introduces a list ("Pros:", "Cons:")."""
    block = page.blocks[index]
    following = page.blocks[index + 1] if index + 1 < len(page.blocks) else None
    return (
        block.dom is None
        and block.text.endswith(":")
        and len(block.text) < settings.min_intro_chars
        and block.id not in page.marks
        and (block.line == 0 or following is None or following.line != block.line)
    )


def _labelled_lists(
    page: Page,
    stats: Sequence[TextStats | None],
    fields: frozenset[int],
    run: list[int],
    settings: NavigationSettings,
) -> bool:
    """True when the short lines at ``run`` are one of two or more lists in a row, each under
    a label of its own ending in a colon, with a sentence before the first label and a
    paragraph of prose after the last list: a review's pros and cons inside the article.

    Before: [p "Their app never loses my place ..."] [p "Pros:"] [p "Biggest library"]
            [p "Keeps books after canceling"] [p "Easy returns"] [p "Cons:"] [p "Credits
            expire"] [p "Some books cost extra"] [p "More expensive"] [p "My first ..."]
    After:  no line marked (each list was a navigation_run)

    A menu or a share box after the article has one label ("Share this:") or lists under
    it of a line or two ("Like this:" / "Loading..."), and no prose after; a shop's filters
    ("Sort by:") follow a menu, not a sentence. One label alone, without the two lists, took
    share boxes and fact boxes ("Infos:", "Specs:") that the traf and fundus golds leave out
    (traf tune -1 page per dump, fundus tune -3 | -1, wcxb product check down). With the
    pair: wcxb tune|check blocks 0.7849|0.7926 -> 0.7850|0.7927 (pages +2 -0 | +1 -0),
    inscriptis 0.7920|0.8040 -> 0.7921|0.8041 (+2 -0 | +3 -2, two documentation pages by
    under 0.004); traf, aeb, fundus identical.
    """
    blocks = page.blocks
    count = len(blocks)
    start = run[0]
    if start < 1 or not _is_label(page, start - 1, settings):
        return False

    def item(index: int) -> bool:
        return blocks[index].id not in fields and _is_link_like(
            blocks[index], stats[index], settings
        )

    lists, first_label = 1, start - 1
    index = start - 2  # back over the lists above, each under its label
    while index >= 0 and item(index):
        top = index
        while top >= 0 and item(top):
            top -= 1
        if top < 0 or not _is_label(page, top, settings):
            break
        lists += index - top >= settings.min_run
        first_label, index = top, top - 1
    after = run[-1] + 1  # on over the lists below, each under its label
    while after < count and _is_label(page, after, settings):
        after += 1
        first = after
        while after < count and item(after):
            after += 1
        lists += after - first >= settings.min_run
    before = first_label - 1
    return (
        lists >= 2
        and after < count
        and before >= 0
        and blocks[after].id not in page.marks
        and blocks[before].id not in page.marks
        and _ends_sentence(stats[after], settings.min_intro_chars)
        and _ends_sentence(stats[before], settings.min_sentence_chars)
    )


def _clause_list(
    page: Page, stats: Sequence[TextStats | None], run: list[int], settings: NavigationSettings
) -> bool:
    """True when the short lines at ``run`` follow a clause ending in a colon, too short to
    introduce a list alone (introduces_list) but longer than a label, with a sentence before
    the clause and a paragraph of prose after the list (or a heading over one:
    _heading_over_prose), all unmarked: the article's list between two of its paragraphs.

    Before: [p "DuckDB stores its catalog in tables."] [p "The metadata layer includes:"]
            [p "Schemas"] [p "Snapshots"] [p "File tracking"] [p "All metadata access is
            done through standard SQL ..."]
    After:  no line marked (the three items were a navigation_run)

    A label ("Specs:", "Lesen Sie auch:", "Keine Kommentare:") is shorter than a clause; a
    form's prompt or a teaser box's header of a clause's length has a form or teasers after
    it, no paragraph; a picker's long list ("Regions Etsy does business in:" over 29
    countries) is longer than an article's (max_clause_items). The list goes on over its
    longer items (_list_extent): wcxb tune|check blocks pages +6 -0 | +6 -0, inscriptis +5 -0
    | +6 -0 (articles tune 0.9127 -> 0.9128, 0.9141 -> 0.9142); traf, aeb, fundus identical.
    Over longer items, a sentence that introduces a list (introduces_list, whose run right
    after it stays anyway) is a clause as well: then wcxb tune|check +1 -0 | +1 -0 each.
    Without the sentence before
    the clause, wcxb product check pages fell (0.5441 -> 0.5437 blocks). wcxb tune|check:
    blocks 0.7850|0.7927 -> 0.7853|0.7930 (articles 0.9096|0.9253 -> 0.9097|0.9257),
    inscriptis 0.7921|0.8041 -> 0.7922|0.8044 (articles 0.9110|0.9289 -> 0.9111|0.9293).
    The next section's heading may stand between the list and the paragraph: see
    _heading_over_prose.
    """
    if len(run) > settings.max_clause_items:
        # The list holds the whole run (_list_extent), so it is too long as well: the long
        # menus, whose every line _list_extent walked, are ruled out first.
        return False
    blocks = page.blocks
    # The clause is the line right before the run, or above longer items right before it
    # (_list_extent): a run under a line of neither kind (a paragraph, most often) has no
    # clause, and no list to walk the ends of.
    start = run[0]
    if start < 1 or not (
        blocks[start - 1].text.endswith(":") or _long_item(page, stats, start - 1, settings)
    ):
        return False
    before, after = _list_extent(page, stats, run, settings)
    if before < 0 or after >= len(blocks) or after - before - 1 > settings.max_clause_items:
        return False
    intro = blocks[before]
    return (
        before >= 1
        and blocks[before - 1].id not in page.marks
        and _ends_sentence(stats[before - 1], settings.min_sentence_chars)
        and _clause_line(page, before, run[0], settings)
        and (len(intro.text) < settings.min_intro_chars or before < run[0] - 1)
        and blocks[after].id not in page.marks
        and (
            _ends_sentence(stats[after], settings.min_intro_chars)
            # Under a clause, not a sentence that introduces a list: see _heading_over_prose.
            or (
                len(intro.text) < settings.min_intro_chars
                and _heading_over_prose(page, stats, after, settings)
            )
        )
    )


def _clause_line(page: Page, index: int, first: int, settings: NavigationSettings) -> bool:
    """True when the block at ``index`` can introduce the list whose first item is at
    ``first``: a text dump's unmarked line ending in a colon, no shorter than a sentence
    (longer than a label: "Specs:", "Tags:"), on a line of its own (_clause_list,
    _unrepeated_list; each bounds its length above as it needs)."""
    intro = page.blocks[index]
    return (
        intro.dom is None
        and intro.text.endswith(":")
        and settings.min_sentence_chars <= len(intro.text)
        and intro.id not in page.marks
        and (intro.line == 0 or intro.line != page.blocks[first].line)
    )


def _written_once(page: Page, run: list[int]) -> bool:
    """True when no line of ``run`` is written anywhere else on the page (letter case and
    the spaces around aside): a site's menus repeat their entries (the header's in the
    footer, a section's in the sidebar or the breadcrumb), an article's list says its items
    once."""
    blocks = page.blocks
    items = {blocks[index].text.strip().casefold() for index in run}
    if len(items) < len(run):
        return False
    # A plain loop with the count: the set is small, the page's lines many.
    seen = 0
    for block in blocks:
        if block.text.strip().casefold() in items:
            seen += 1
            if seen > len(run):
                return False
    return True


def _unrepeated_list(
    page: Page, stats: Sequence[TextStats | None], run: list[int], settings: NavigationSettings
) -> bool:
    """True when the short lines at ``run`` are a list right under a clause ending in a colon
    (longer than a label, shorter than a sentence that introduces a list), next to a
    paragraph of prose (right before the clause or right after the list; all unmarked),
    whose items are written nowhere else on the page (_written_once): the article's list,
    which _clause_list keeps only between a sentence and a paragraph.

    Before: [p "Identity theft takes many forms, and most of them start with a stolen
            password or a card number."] [p "The most common types of identity theft:"]
            [p "Financial fraud"] [p "Medical identity theft"] [p "Child identity theft"]
            [p "How do you report identity theft?"]
    After:  no line marked (the three items were a navigation_run)

    A site's menu, even under a clause next to the article's last paragraph, repeats its
    entries elsewhere on the page (the header's in the footer, a section's in the
    breadcrumb); a box of the page (a form, a footer's column) stands among short lines, no
    paragraph next to it; a picker's long list is longer than max_clause_items. On wcxb's
    tune half (both dumps), the runs the step marked under an unmarked clause of 24 to 71
    characters ending in a colon held 267 lines whose text the gold holds to 9 it does not
    when no item was written elsewhere on the page (and a picker's 29 countries, twice), and
    328 to 69 when one was. wcxb tune|check: blocks 0.79184|0.79681 -> 0.79197|0.79695
    (pages +12 -1 | +11 -2), inscriptis 0.79954|0.80805 -> 0.79970|0.80822 (+16 -0 |
    +14 -2); aeb, traf and fundus (held out) identical. bench/styles.py: wcxb's soup-lines,
    soup-text, lynx, w3m and markdownify up on both halves (one-line equal); aeb and traf
    equal but traf lynx tune +1 page; fundus equal but html2text tune one page down
    (0.85740 -> 0.85737, not read), every check half equal. Labels too ("Adresse:", "Tags:"):
    wcxb check +0.0002 and +0.0003 (+23 -5, +24 -5 pages), traf tune one page up, but
    fundus soup-lines, html2text and soup-text check down a page or two each and traf
    soup-lines check one page down. Without _written_once: wcxb pages tune +16 -5 and +19 -3,
    check +15 -3 and +19 -6. With no paragraph next to the list, a fundus tune page fell
    (-0.001 per dump, found by its figures, the page not read).
    """
    blocks = page.blocks
    start, after = run[0], run[-1] + 1
    if start < 1 or len(run) > settings.max_clause_items:
        return False
    if not (
        _clause_line(page, start - 1, start, settings)
        and len(blocks[start - 1].text) < settings.min_intro_chars
    ):
        return False
    before = start - 2
    prose_before = (
        before >= 0
        and blocks[before].id not in page.marks
        and _ends_sentence(stats[before], settings.min_intro_chars)
    )
    prose_after = (
        after < len(blocks)
        and blocks[after].id not in page.marks
        and _ends_sentence(stats[after], settings.min_intro_chars)
    )
    return (prose_before or prose_after) and _written_once(page, run)


def _heading_over_prose(
    page: Page, stats: Sequence[TextStats | None], index: int, settings: NavigationSettings
) -> bool:
    """True when the block at ``index`` is a heading over a paragraph of prose: no clause
    ending in a colon, with an unmarked paragraph right after it. An article's list under a
    clause often ends where the next section starts, not at a paragraph of its own section.

    Before: [p "The 13 most common types of identity theft include:"] [p "Financial fraud"]
            [p "Medical identity theft"] [p "Child identity theft"] [p "How do you report
            identity theft?"] [p "If you think your identity was stolen, ..."]
    After:  no line marked (the three items were a navigation_run)

    On wcxb's tune half (both dumps), the runs under such a clause with a sentence before
    it (24 to 72 characters, ending in a colon) and no paragraph after the list held 422
    lines whose text the gold holds to 57 it does not: a how-to's tools, a guide's courses,
    a shop's top brands, most of them over the next section's heading. wcxb tune|check:
    blocks 0.79180|0.79676 -> 0.79184|0.79681 (pages +7 -3 | +9 -2), inscriptis
    0.79953|0.80802 -> 0.79954|0.80805 (+4 -2 | +11 -2); aeb, traf and fundus identical
    (blocks and inscriptis, both halves, and bench/styles.py's styles). A teaser list under
    "Learn more about ...:" over the next section stays as well (wcxb tune 0026, 0.955 ->
    0.953). Only under a clause (shorter than min_intro_chars): a list the walk over longer
    items (_list_extent) took up to a long sentence ending in a colon, closed by a heading,
    moved a fundus soup-lines tune page down (0.9052 -> 0.9046; found by its numbers, the
    page not read); without it, wcxb tune|check blocks +9 -3 | +10 -2, inscriptis +6 -2 |
    +12 -2. The heading no longer than max_item_words: two tune pages moved, one each way;
    no longer than max_words or ending in no full stop: the fundus page still down, fewer
    wcxb pages up.
    Any unmarked line after the list, with no paragraph after it, took traf and fundus lists
    the golds leave out (bench/RESULTS.md, fourteenth round).
    """
    blocks, following = page.blocks, index + 1
    features = stats[index]
    return (
        following < len(blocks)
        and features is not None
        and not blocks[index].text.endswith(":")
        and blocks[following].id not in page.marks
        and _ends_sentence(stats[following], settings.min_intro_chars)
    )


def _long_item(
    page: Page, stats: Sequence[TextStats | None], index: int, settings: NavigationSettings
) -> bool:
    """True when a text dump's block at ``index`` could be a longer item of a list whose
    shorter items are link-like: unmarked, no sentence, no label, at most max_item_words."""
    block, features = page.blocks[index], stats[index]
    return (
        block.dom is None
        and features is not None
        and not features.ends_sentence
        and features.words <= settings.max_item_words
        and not block.text.endswith(":")
        and block.id not in page.marks
    )


def _list_extent(
    page: Page, stats: Sequence[TextStats | None], run: list[int], settings: NavigationSettings
) -> tuple[int, int]:
    """The indices of the lines right before and right after the list that holds ``run``:
    a list's longer items (_long_item) break its run of short lines, so the list goes on
    over two or more of them, on each side, on lines as far apart as the run's own.

    Before: [p "Here are a few examples:"] [p "Google Analytics Certification"] [p "Google
            Ads Video Certification"] [p "Grow Offline Sales Certification"] [p "Content
            Marketing Principles for Business via semrush.com"] [p "SEO Certification
            Course via academy.hubspot.com"] [p "For more details and courses, ..."]
    After:  (0, 6): the clause and the paragraph, not (0, 4)

    One line alone between the run and a sentence is a heading or a teaser's headline
    (wcxb tune 0026, 4084: "Top Tax Software for Small Business Owners" over the next
    paragraph), and so is a short line last before the sentence (traf tune: "Tipps" under
    "Das Wichtigste in Kürze:"'s list). A layout dump sets a heading and the run of a menu
    apart by blank lines: a list's lines follow each other (traf tune: a photo gallery's
    teasers under "noch mehr coole Spots zeigen wir euch in der Fotostrecke:").
    """
    blocks = page.blocks
    bounds = run[0] - 1, run[-1] + 1
    step = blocks[run[1]].line - blocks[run[0]].line

    def joins(a: int, b: int) -> bool:
        return blocks[a].line == 0 or blocks[b].line - blocks[a].line == step

    before, after = bounds
    while before >= 0 and joins(before, before + 1) and _long_item(page, stats, before, settings):
        before -= 1
    while (
        after < len(blocks) and joins(after - 1, after) and _long_item(page, stats, after, settings)
    ):
        after += 1
    if before == run[0] - 2:
        before = run[0] - 1
    if after == run[-1] + 2:
        after = run[-1] + 1
    # The list's lines all as far apart: the walks above saw it of every pair of lines they
    # went over, so only the run's own pairs are left to see (a walk can cross a hundred
    # lines of a long menu).
    if (before, after) == bounds or not all(joins(i, i + 1) for i in range(run[0], run[-1])):
        return bounds
    last = stats[after - 1]
    if after > run[-1] + 1 and last is not None and last.words <= settings.max_words:
        return before, after - 1  # the heading: no paragraph right after the list
    return before, after


# A review's header over its pros or its cons, alone on its line ("Pros", "What We Don't Like").
# A symbol may lead it ("✔️ Pros").
_VERDICT_HEADER = re.compile(rf"^[^\w(]*(?:{alternatives('verdict_header')}):?\s*$", re.IGNORECASE)


def _verdict_list(page: Page, run: list[int], prose_from: int) -> bool:
    """True when a text dump's run of short lines holds a review's header over its pros or
    cons ("Pros", "What We Like"): the run is that list, or ends or starts at it, inside the
    review of one product among several.

    Before: [p "Blink sells easy-to-use wireless cameras ..."] [p "What We Like"]
            [p "No-contract, self-monitoring option"] [p "User-friendly DIY installation"]
    After:  no line marked (the three lines were a navigation_run)

    The run comes after the page's first paragraph of prose (``prose_from``, its index): a
    site's menu above the article may name a section so ("Pros and Cons" of a job board's
    companies: wcxb tune listing 4359 0.379 -> 0.260 without it). A run of a product's box
    may hold its shop links and price as well ("$200 at Brooks Running", "Pros"), which stay
    with it. wcxb tune|check: blocks 0.7853|0.7930 -> 0.7858|0.7933 (articles 0.9097|0.9257
    -> 0.9107|0.9262; pages +12 -3 | +11 -1), inscriptis 0.7922|0.8044 -> 0.7926|0.8045
    (articles 0.9111|0.9293 -> 0.9117|0.9295); traf, aeb, fundus identical. The header
    after a symbol or right above the run: then blocks check 0.7933 -> 0.7934 (+8 -0),
    inscriptis 0.8045 -> 0.8046 (+7 -0), tune +3 -0 each. One reviewer's "What I like": wcxb
    tune 4674 0.852 -> 0.967 (blocks), 0.822 -> 0.966 (inscriptis); every check page and the
    other sets identical. A review's "Best For" box (the product's buyers, then its
    "Considerations"): wcxb blocks tune|check +2 -0 | +4 -2 (articles check 0.9269 -> 0.9272;
    4064 -0.009 and 4146 -0.002, not read), inscriptis +1 -0 | +1 -0; traf, aeb, fundus identical.
    """
    if run[0] <= prose_from:
        return False
    blocks, marks, header = page.blocks, page.marks, _VERDICT_HEADER.match
    # The header may stand right above the run ("Pros & Cons:" over "Pros About ..."). A plain
    # loop, no generator: the menus after an article are long runs, each line tried.
    for block in blocks[max(run[0] - 1, 0) : run[-1] + 1]:
        if block.id not in marks and header(block.text):
            return True
    return False


_KEY_POINTS_HEADER = re.compile(
    rf"^[^\w(]*(?:{alternatives('key_points_header')})\s*:?\s*$", re.IGNORECASE
)


def key_points_header(page: Page, index: int) -> bool:
    """True when a text dump's block at ``index`` is an unmarked header over a summary's key
    points ("Das Wichtigste in Kürze:", "Key takeaways"), on a line of its own."""
    block = page.blocks[index]
    return (
        block.dom is None
        and block.id not in page.marks
        and _KEY_POINTS_HEADER.match(block.text) is not None
    )


def key_points_list(page: Page, run: list[int]) -> bool:
    """True when a text dump's run of short lines is a summary's key points: it starts at
    their header or right under it. The points are the article's, not a menu.

    Before: [p "... dann blüht sie nicht."] [p "Das Wichtigste in Kürze:"] [p "sehr
            winterhart"] [p "Blütezeit der meisten Sorten im Winter"] [p "nicht düngen"]
    After:  no line marked (the three points were a navigation_run)

    A menu that names such a page ("Börse" / "Auf einen Blick" / "Dax", "About" / "At a
    Glance") holds the header inside the run, after its first item: it stays a menu. Such
    headers are rare (one traf tune page, a few wcxb guides, whose points are sentences);
    with the boundary's part (boundary._lists_inside), tune: traf blocks 0.9080 -> 0.9091,
    inscriptis 0.9067 -> 0.9078 (6c321454 0.8 -> 1.0), wcxb inscriptis one page +0.001;
    every check half and aeb, fundus identical.
    """
    start = run[0]
    return key_points_header(page, start) or (start > 0 and key_points_header(page, start - 1))


def _first_paragraph(
    page: Page, stats: Sequence[TextStats | None], settings: NavigationSettings
) -> int:
    """The index of the page's first unmarked paragraph of prose (see _verdict_list), or the
    page's length when it has none."""
    # A plain loop with _ends_sentence's tests inline: it walks every line above the first
    # paragraph of every text page (a menu and a header of a hundred lines on many pages).
    min_chars, marks, blocks = settings.min_intro_chars, page.marks, page.blocks
    for index, features in enumerate(stats):
        if (
            features is not None
            and features.ends_sentence
            and features.chars >= min_chars
            and blocks[index].id not in marks
        ):
            return index
    return len(blocks)


def _flattened_menus(page: Page) -> list[int]:
    """Ids of the menu runs cut out of a page flattened into one line: the segmenter cuts
    them out as units of their own, so no run of short lines is left to show them."""
    facts = page_facts(page)
    pieces = facts.line_pieces
    if not facts.flattened_lines and pieces[0] <= 1:
        return []  # no line gave two blocks (most pages): no block to look at
    return [
        block.id
        for block in page.blocks
        if block.dom is None
        and pieces[block.line] > 1
        and block.id not in page.marks
        and is_menu_run(block.text)
    ]


def _flattened_menu_marks(page: Page, marks: list[Mark], by: str) -> list[Mark]:
    """Marks for the menu runs cut out of a flattened page (_flattened_menus) that ``marks``
    leave unmarked."""
    flattened = _flattened_menus(page)
    if not flattened:  # most pages: no set of the runs' marks to build
        return []
    marked = {mark.block_id for mark in marks}
    return marks_of((i for i in flattened if i not in marked), Reason.MENU_RUN, by)


@dataclass(frozen=True)
class NavigationExtractor:
    """Mark runs of three or more short, sentence-less blocks (menus, section lists, footers),
    but not the fields of records ("Base price: $36,600" under each of several cars).

    Before: [p "Home"] [p "World"] [p "Business"] [p "Sport"] [p "The council voted ..."]
    After:  [p "Home" -> removed: navigation_run] ... [p "Sport" -> removed: navigation_run]
            [p "The council voted ..."]

    A run right after a sentence that introduces a list (``introduces_list``: "... the list
    of the ten principles:") is that list: it stays. Tune|check: traf blocks 0.8729|0.8502
    -> 0.8798|0.8502, inscriptis 0.8762|0.8574 -> 0.8765|0.8574, wcxb blocks 0.7359|0.7604
    -> 0.7369|0.7614 (pages +51/-8 | +66/-10), inscriptis 0.7449|0.7745 -> 0.7461|0.7753;
    aeb equal; fundus one page down per half and style (a fact box's list that fundus's
    gold leaves out: blocks check 0.8801 -> 0.8799), with the boundary's list rule.
    """

    name: ClassVar[str] = "navigation"
    settings: NavigationSettings = SETTINGS

    def run(self, page: Page) -> Page:
        if is_listing(page):
            return page  # a listing's items are runs of short lines, and they are the content
        run: list[int] = []  # indices of the blocks of the current run
        marks: list[Mark] = []
        listed = False  # the run follows a sentence that introduces a list
        previous: Block | None = None
        # The fields of a list article's records ("Base price: $36,600" under each car) are
        # short and sentence-less, but no menu items: they break a run (cleaner.extractors.fields).
        # With markup the link density tells them apart already.
        text = page.input_type != "html"
        fields = page_facts(page).of(record_fields) if text else frozenset()
        stats = block_stats(page)
        blocks = page.blocks
        prose_from = _first_paragraph(page, stats, self.settings) if text else len(blocks)

        def close(run: list[int]) -> None:
            if len(run) < self.settings.min_run or listed:
                return
            if text and (
                table_region(page, stats, range(run[0], run[-1] + 1), self.settings) is not None
                or _labelled_lists(page, stats, fields, run, self.settings)
                or _clause_list(page, stats, run, self.settings)
                or _unrepeated_list(page, stats, run, self.settings)
                or _verdict_list(page, run, prose_from)
                or key_points_list(page, run)
            ):
                # A table inside the article, drawn one cell per line; a review's "Pros:"
                # and "Cons:" lists between its paragraphs; a list under a clause ("... the
                # metadata layer includes:"), between prose or next to it and written once;
                # a review's "Pros" or "What We Like" list.
                return
            ids = [blocks[i].id for i in run]  # a list, not a generator: a run may be long
            marks.extend(marks_of(ids, Reason.NAVIGATION_RUN, self.name))

        # The list a sentence introduced goes on through a cell that ends in an
        # abbreviation's dot (_abbreviated_cell): the run after it is still that list.
        in_list = False
        links = _menu_lines(page, stats, fields, self.settings)
        for index, (block, features, link) in enumerate(zip(blocks, stats, links, strict=True)):
            if link:
                if not run:
                    # A list starts on a line of its own: a page flattened into one line was
                    # cut into pieces at its sentence ends, and its pieces show no layout (a
                    # block of unknown line, 0, is taken to stand on its own).
                    listed = in_list or (
                        previous is not None
                        and previous.text.endswith(":")  # _introduced's first test, inline
                        and _introduced(page, previous, block, self.settings)
                    )
                run.append(index)
            else:
                if run:  # a run ends here (a call per line for no run was a visible cost)
                    close(run)
                    opened, run = listed, []
                else:
                    # _introduced's first test inline: it rules out nearly every line, and a
                    # call per line of a page was a visible cost.
                    opened = in_list or (
                        previous is not None
                        and previous.text.endswith(":")
                        and _introduced(page, previous, block, self.settings)
                    )
                in_list = opened and _abbreviated_cell(block, features, self.settings)
            previous = block
        close(run)
        marks.extend(_flattened_menu_marks(page, marks, self.name))
        if text:
            # A table of contents keeps its own reason over a menu run's (first mark wins).
            flat = page_facts(page).flattened_lines
            contents = (blocks[i].id for i in contents_lines(blocks, stats, flat=flat))
            marks[:0] = marks_of(contents, Reason.TABLE_OF_CONTENTS, self.name)
        return page.with_marks(marks)
