"""written_again: the pieces of a flattened page that copy text written before them."""

from __future__ import annotations

from dataclasses import replace

from cleaner.blocks import Block, Page
from cleaner.extractors import boundary
from cleaner.text.repeats import RUN_WORDS, written_again

HEADLINE = "Economy in stress and markets on a high; time to be careful?"
NOTICE = (
    "Reproduction of news articles, photos, videos or any other content in whole or in part "
    "is prohibited."
)
PROSE = [
    "The council voted on Monday to close the old bridge over the river for the winter.",
    "Repairs to its deck will begin in March, and the work should take about four months.",
    "Drivers will be sent over the new bridge two miles to the north until the spring.",
    "Shops near the old bridge said they feared losing trade while the road is closed.",
]
MORE_PROSE = [
    "A ferry service is planned for cyclists and walkers during the busiest summer weeks.",
    "Engineers found rust in several beams last year, prompting a full inspection of the span.",
    "The mayor promised that local firms would be asked to bid for the repair contract first.",
    "Residents can comment on the plans at the library until the end of the month.",
]


def test_the_later_copy_of_a_headline_or_a_notice_is_found() -> None:
    texts = [HEADLINE, NOTICE, *PROSE, HEADLINE, NOTICE]
    assert written_again(texts) == [6, 7]


def test_the_first_copy_stays() -> None:
    # The headline over the article and the lede before its repeat in a teaser are not copies.
    assert 0 not in written_again([HEADLINE, *PROSE, HEADLINE])
    assert written_again([PROSE[0], "Read next", PROSE[0]]) == [2]


def test_prose_that_quotes_a_run_keeps_its_own_words() -> None:
    # A sentence that merely mentions the headline's words (and more) is no copy.
    quoting = f"Analysts asked whether the {HEADLINE[:-1]} warning was heard by anyone at all."
    assert written_again([HEADLINE, *PROSE, quoting]) == []


def test_short_pieces_and_repeats_inside_one_piece_make_no_copy() -> None:
    # Pieces shorter than a run hold none; a phrase said twice in one piece is its own.
    assert written_again(["Share this", "Share this", *PROSE]) == []
    twice = f"{PROSE[0]} {PROSE[0]}"
    assert written_again([twice, PROSE[1]]) == []
    assert len(HEADLINE.split()) >= RUN_WORDS


def test_a_teaser_card_with_a_short_headline_printed_again_is_a_copy() -> None:
    # A card gives its headline twice (the image's caption and the link) around a label: most
    # of the piece is copy though the headline is shorter than a sentence.
    title = "Using old bridges as parks"
    teaser = f"{title} featured image Cities {title}"
    assert len(title.split()) >= RUN_WORDS
    assert written_again([title, *PROSE, teaser]) == [5]


def test_a_sentence_that_names_a_short_headline_is_no_copy() -> None:
    # The headline's words inside a sentence of its own: most of the sentence is not copy.
    title = "Using old bridges as parks"
    sentence = f"Planners said that {title.lower()} had worked well in two other towns."
    assert written_again([title, *PROSE, sentence]) == []


def _flat(*texts: str) -> Page:
    """A page flattened onto one line: every piece on line 1."""
    blocks = tuple(Block(i, text, line=1) for i, text in enumerate(texts))
    return Page(source="flat.txt", input_type="text", blocks=blocks)


def test_a_copy_on_a_flattened_page_costs_what_a_piece_with_no_sentence_end_costs() -> None:
    article = [*PROSE, *MORE_PROSE]
    page = _flat(NOTICE, *article, NOTICE)
    values = boundary.block_values(page, one_line=True)
    assert values[1] > 0 and values[-2] > 0  # the article
    assert values[0] > 0  # the first notice reads as a sentence
    assert values[-1] < 0  # its copy at the page's end costs
    assert boundary.article_span(values)[1] == len(page.blocks) - 2


def test_unflattened_pages_are_not_read_for_copies() -> None:
    page = _flat(NOTICE, *PROSE, NOTICE)
    lines = replace(page, blocks=tuple(replace(b, line=b.id + 1) for b in page.blocks))
    values = boundary.block_values(lines, one_line=False)
    assert values[-1] > 0


def test_copies_trim_the_span_and_never_move_it() -> None:
    # The article's first paragraphs printed before it (a teaser of them, then the menu): the
    # article is the later copy, and it stays the article.
    menu = ["Home", "News", "Sport", "Business", "Weather", "Contact us"] * 3
    more = MORE_PROSE[:2]
    page = _flat(*PROSE, *menu, *PROSE, *more)
    values = boundary.block_values(page, one_line=True)
    start = len(PROSE) + len(menu)
    assert boundary.article_span(values) == (start, len(page.blocks) - 1)
    assert all(value > 0 for value in values[start:])
