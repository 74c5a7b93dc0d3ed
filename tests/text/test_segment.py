"""segment_text: the three dump styles (copy-all, layout, hard-wrapped) -> blocks."""

from __future__ import annotations

import textwrap

import pytest

import cleaner
from cleaner.blocks import BlockKind
from cleaner.config import CleanerConfig, InputType
from cleaner.text.segment import is_menu_run, segment_text

PARAGRAPH = (
    "Volunteers walking the beaches of the southern coast at dawn counted 1,412 loggerhead "
    "nests by the middle of June, the highest number since the monitoring program began almost "
    "thirty years ago."
)


# A page flattened onto one line starts with this much prose (the flattened-page tests).
ARTICLE = " ".join([PARAGRAPH] * 12)


def _texts(text: str) -> list[str]:
    return [b.text for b in segment_text(text)]


def test_docstring_examples() -> None:
    assert _texts("Title\n\n  * Home\n  * News\nBody text.") == [
        "Title",
        "Home",
        "News",
        "Body text.",
    ]
    assert segment_text("  1. First item")[0].marker == "1."


def test_copy_all_dump_one_block_per_line() -> None:
    blocks = segment_text("Make us your home page\n\nHeadline here\n\n\nFirst paragraph.\n")
    assert [b.text for b in blocks] == [
        "Make us your home page",
        "Headline here",
        "First paragraph.",
    ]
    assert [b.id for b in blocks] == [0, 1, 2]
    assert [b.line for b in blocks] == [1, 3, 6]
    assert {b.kind for b in blocks} == {BlockKind.PARAGRAPH}


def test_layout_dump_keeps_indent_and_markers() -> None:
    dump = (
        "          * Home\n              * Football\n        Headline\n  - dash item\n  • bullet\n"
    )
    blocks = segment_text(dump)
    assert [(b.text, b.indent, b.marker) for b in blocks] == [
        ("Home", 10, "*"),
        ("Football", 14, "*"),
        ("Headline", 8, ""),
        ("dash item", 2, "-"),
        ("bullet", 2, "•"),
    ]
    assert [b.kind for b in blocks] == [
        BlockKind.LIST_ITEM,
        BlockKind.LIST_ITEM,
        BlockKind.PARAGRAPH,
        BlockKind.LIST_ITEM,
        BlockKind.LIST_ITEM,
    ]


@pytest.mark.parametrize("marker", ["1.", "12)", "[3]", "+", "–", "#"])
def test_list_markers(marker: str) -> None:
    block = segment_text(f"  {marker} Item text")[0]
    assert (block.marker, block.text) == (marker, "Item text")


def test_a_layout_dumps_third_level_items_are_list_items() -> None:
    # inscriptis marks nested items "*", "+", then "o": each is an item of its own.
    dump = "  * News\n      + Sport\n          o Football\n          o Tennis\n"
    blocks = segment_text(dump)
    assert [(b.text, b.marker) for b in blocks] == [
        ("News", "*"),
        ("Sport", "+"),
        ("Football", "o"),
        ("Tennis", "o"),
    ]
    assert {b.kind for b in blocks} == {BlockKind.LIST_ITEM}


def test_a_line_that_starts_with_the_word_o_keeps_it() -> None:
    # "o" is a word (Portuguese, Italian): alone among its neighbours it is no marker, and an
    # unindented line never has one.
    dump = "    Segundo a prefeitura,\n    o que mudou foi a data.\n\no que mudou foi a data.\n"
    assert all(text.startswith(("Segundo", "o que")) for text in _texts(dump))
    assert all(b.marker == "" for b in segment_text(dump))


def test_a_marker_before_several_spaces_or_a_no_break_space() -> None:
    # "* " is read without the marker regexes; other white space after it goes to them.
    dump = "  *    Item text\n\n  *\u00a0Other item\n\n  #  Head\n"
    assert [(b.marker, b.text) for b in segment_text(dump)] == [
        ("*", "Item text"),
        ("*", "Other item"),
        ("#", "Head"),
    ]


def test_a_markdown_dump_needs_three_links() -> None:
    # The style is judged by finding "](" three times (after "]" once).
    three = "See [the bridge](/b), [the river](/r) and [the town](/t)."
    assert _texts(three) == ["See the bridge, the river and the town."]
    two = "See [the bridge](/b) and [the river](/r)."
    assert _texts(two) == [two]


def test_marker_needs_following_text() -> None:
    assert _texts("*\n1.\n") == ["*", "1."]
    assert segment_text("*bold*")[0].marker == ""


def test_hard_wrapped_paragraphs_are_joined() -> None:
    paragraphs = [PARAGRAPH, PARAGRAPH.replace("Volunteers", "Students"), PARAGRAPH[:150] + "."]
    dump = "\n\n".join(
        textwrap.fill(p, width=72, initial_indent="   ", subsequent_indent="   ")
        for p in paragraphs
    )
    assert len(dump.splitlines()) > 8
    blocks = segment_text(dump)
    assert [b.text for b in blocks] == paragraphs
    assert [b.indent for b in blocks] == [3, 3, 3]


def test_short_lines_in_a_wrapped_dump_are_not_joined() -> None:
    body = textwrap.fill(PARAGRAPH * 2, width=70)
    dump = f"Headline of the story\nBy Jane Doe\nJune 21, 2018\n\n{body}\n"
    texts = _texts(dump)
    assert texts[:3] == ["Headline of the story", "By Jane Doe", "June 21, 2018"]
    assert texts[3:] == [PARAGRAPH * 2]


def test_wrapped_list_item_continuation() -> None:
    item = textwrap.fill(PARAGRAPH, width=72, initial_indent="  * ", subsequent_indent="    ")
    other = textwrap.fill(PARAGRAPH * 2, width=72)
    blocks = segment_text(f"{other}\n\n{item}\n")
    assert blocks[-1].marker == "*"
    assert blocks[-1].text == PARAGRAPH


def test_long_copy_all_lines_are_not_wrapped_dumps() -> None:
    lines = [PARAGRAPH + f" Line {n}." for n in range(10)]
    assert _texts("\n".join(lines)) == lines


def test_line_endings_tabs_and_control_characters() -> None:
    assert _texts("One\r\nTwo\rThree\n") == ["One", "Two", "Three"]
    assert segment_text("\tIndented")[0].indent == 4
    assert _texts("Bad\x00 by\x07te\x1b here\x7f") == ["Bad byte here"]


@pytest.mark.parametrize("text", ["", "\n\n\n", "   \n\t\n", "\x00\x01"])
def test_nothing_to_segment(text: str) -> None:
    assert segment_text(text) == ()


def test_block_text_has_no_surrounding_whitespace() -> None:
    for block in segment_text("   padded   \n\n  * item  \n"):
        assert block.text == block.text.strip()


def test_german_date_at_line_start_is_not_a_list_item() -> None:
    block = segment_text("2. Dezember 2016, 18:40 Uhr\n")[0]
    assert (block.marker, block.text) == ("", "2. Dezember 2016, 18:40 Uhr")


def test_markdown_dump_keeps_link_text_and_drops_urls() -> None:
    dump = (
        "# Big news today\n\n"
        "Read [the report](https://example.com/report) and ![chart](/c.png) **now**.\n"
        "See [a](http://a.com) and [b](http://b.com/x_(y)).\n\n"
        "## Subhead\n"
    )
    blocks = segment_text(dump)
    assert [b.text for b in blocks] == [
        "Big news today",
        "Read the report and now. See a and b.",  # one Markdown paragraph
        "Subhead",
    ]
    assert blocks[0].kind is BlockKind.HEADING and blocks[2].kind is BlockKind.HEADING


def test_markdown_italics_lose_their_marks_and_words_with_underscores_keep_theirs() -> None:
    # html2text writes <em> as "_dark matter_", folded across lines like any text.
    dump = (
        "* [Home](/)\n* [Science](/science/)\n\n"
        "Simulations of _dark\nmatter_ ran on a *supercomputer* (_see_ below).\n\n"
        "Set snake_case_name to 2*3*4 in [the file](/f_a_).\n"
    )
    assert _texts(dump) == [
        "Home",
        "Science",
        "Simulations of dark matter ran on a supercomputer (see below).",
        "Set snake_case_name to 2*3*4 in the file.",
    ]


def test_an_image_inlined_as_a_long_data_uri_goes_whole() -> None:
    # Lazy-loading placeholders and consent-banner logos: thousands of characters of base64.
    logo = "![Logo](data:image/svg+xml;base64," + "PD94bWwgdmVyc2lvbj0i" * 300 + ")"
    dump = f"* [Home](/)\n* [News](/news/)\n\n[{logo}](/privacy) Privacy settings\n"
    assert _texts(dump) == ["Home", "News", "Privacy settings"]


def test_an_image_with_a_long_alt_text_goes_whole() -> None:
    # An embedded post's picture carries the post's whole caption as its alt text and title.
    caption = "Folge 6 auf der Lesebühne: eine Lesung mit Gesprächen und Musik. " * 8
    image = f'![{caption}](//cdn.example/p.jpg "{caption}")'
    dump = f"* [Home](/)\n* [News](/news/)\n\n* [{image}](/post/6)\n\nThe reading was full.\n"
    assert _texts(dump) == ["Home", "News", "The reading was full."]


def test_an_exclamation_before_a_bracket_in_prose_drops_no_text() -> None:
    # "![" opens an image only up to its "](": a bracket the text never closes takes nothing.
    prose = "It rang![1] The bridge closed at noon and the ferries ran all day. " * 6
    dump = f"* [Home](/)\n* [News](/news/)\n\n{prose}See [the map](/map).\n"
    assert _texts(dump)[-1] == f"{prose}See the map.".strip()


def test_wrapped_markdown_links_are_dropped_across_lines() -> None:
    # html2text's default output: folded at 78 columns, links and URLs broken at hyphens.
    dump = (
        "* [Home](/)\n* [World](/world/)\n\n"
        "The VW concept is the seventh EV on the platform, and its [electric Gran\n"
        "Turismo](https://example.com/vw-id-space-vizzion-reinvents-the-wagon-as-\n"
        "a-seductive-ev/) is the most striking yet.\n\n"
        "![](https://example.com/uploads/vw-id-space-\nconcept-6.jpg)\n\n"
        "> A quote from the\n> press release.\n"
    )
    blocks = segment_text(dump)
    assert [b.text for b in blocks] == [
        "Home",
        "World",
        "The VW concept is the seventh EV on the platform, and its electric Gran Turismo is "
        "the most striking yet.",
        "A quote from the press release.",
    ]
    assert blocks[-1].kind is BlockKind.QUOTE
    assert [b.id for b in blocks] == [0, 1, 2, 3]


def test_lynx_link_numbers_are_dropped() -> None:
    dump = "[1]Home [2]World [3]Sport\n\nThe council met on [4]Monday to vote.\n"
    assert [b.text for b in segment_text(dump)] == [
        "Home World Sport",
        "The council met on Monday to vote.",
    ]


def test_an_empty_markdown_quote_in_a_dump_with_lynx_link_numbers_is_skipped() -> None:
    # A line that is only a quote mark is empty once the mark goes (html2text's output with
    # "[12]word" text in it once crashed here).
    dump = "[a](/x) [b](/y) [c](/z)\n[1]a [2]b [3]c\n>\nText.\n"
    assert [b.text for b in segment_text(dump)] == ["a b c a b c", "Text."]


def test_lynx_dump_is_unfolded_at_the_width_it_was_folded_with_its_link_numbers() -> None:
    # lynx folds a paragraph with its "[12]" link numbers in: without them the lines look
    # too short to have been folded, and the paragraph fell apart into its lines.
    names = "Anna Berger, Tom Fischer, Lena Vogel, Paul Weber, Mia Hoffmann, Jonas Koch"
    plain = f"The committee heard from {names}, {names} and {names} before it voted.".split()
    # Every name linked, as a list of people on a news page is.
    words = " ".join(
        f"[{100 + at}]{word}" if word[0].isupper() else word for at, word in enumerate(plain)
    )
    paragraph = textwrap.fill(words, 60)
    dump = "\n\n".join([paragraph] * 3) + "\n\nReferences\n\n   1. https://example.com/\n"
    blocks = segment_text(dump)
    prose = [b for b in blocks if b.text.startswith("The committee")]
    assert len(prose) == 3
    assert all(b.text == " ".join(plain) for b in prose)


def test_folded_dump_with_a_line_too_long_to_fold_is_still_unfolded() -> None:
    # A browser cannot fold an address or an inline script's text: one such line in a page
    # of folded paragraphs does not make the page unfolded.
    prose = (  # each line starts with a name, so only the fold width can join them
        "The council voted on Monday to approve the new budget proposed by Mayor Jane\n"
        "Doe and her deputy Tom Fischer after a long debate in the chamber of the Town\n"
        "Hall on Market Square that ran late into the evening and ended with a vote."
    )
    address = "https://example.com/" + "a" * 300
    blocks = segment_text("\n\n".join([prose] * 20 + [address]))
    assert [b.text for b in blocks[:20]] == [" ".join(prose.split("\n"))] * 20


def test_folded_cjk_dump_is_unfolded_on_the_columns_its_characters_take() -> None:
    # w3m folds at 80 columns and draws a CJK character two columns wide: 40 characters a
    # line, which looked too short to be folded, so every line stood alone. Japanese is
    # written without spaces, so the lines join without one; a short menu line stays apart.
    sentence = "気象庁は調査終了を受けた記者会見で地震はいつ起きてもおかしくないと呼びかけた。"
    paragraph = sentence * 4
    folded = "\n".join(paragraph[at : at + 40] for at in range(0, len(paragraph), 40))
    dump = "ニュース\n社会\n\n" + "\n\n".join([folded] * 3)
    blocks = segment_text(dump)
    assert [b.text for b in blocks] == ["ニュース", "社会", paragraph, paragraph, paragraph]


def test_folded_korean_dump_keeps_the_spaces_between_its_words() -> None:
    sentence = "기상청은 조사 종료 후 기자회견에서 지진은 언제 일어나도 이상하지 않다고 말했다. "
    words = (sentence * 6).split()
    lines = [""]
    for word in words:  # folded at 80 columns, Hangul two columns wide, as w3m does
        line = f"{lines[-1]} {word}".strip()
        if len(line) + sum(1 for c in line if c >= "\uac00") > 80:
            lines.append(word)
        else:
            lines[-1] = line
    folded = "\n".join(lines)
    blocks = segment_text("\n\n".join([folded] * 3))
    assert [b.text for b in blocks] == [" ".join(words)] * 3


def test_folded_dump_with_many_short_menu_lines_is_unfolded() -> None:
    menu = "\n".join(["Home", "World", "Business", "Sport", "Culture"] * 6)
    prose = (
        "The council voted on Monday to approve a new budget for the coming year, with\n"
        "spending on roads and schools rising by four percent after a long debate in\n"
        "the chamber that ran late into the evening and ended with a narrow majority.\n"
    )
    blocks = segment_text(menu + "\n\n" + "\n".join([prose] * 4))
    assert sum(1 for b in blocks if b.text.startswith("The council voted")) == 4
    assert all(b.words > 30 for b in blocks if b.text.startswith("The council"))


def test_too_many_blocks_is_a_clean_error() -> None:
    from cleaner.errors import InputTooLargeError

    with pytest.raises(InputTooLargeError, match="over the limit of 50 blocks"):
        segment_text("word\n\n" * 1000, max_blocks=50)
    assert len(segment_text("word\n\n" * 50, max_blocks=50)) == 50


def test_text_node_fragments_are_joined_back_into_their_paragraph() -> None:
    # One text node per line: a paragraph cut at a link and at emphasis. A short capitalised
    # link ("Harbour Canal") between two pieces of one sentence is in it.
    dump = (
        "Home\nNews\n"
        "Officials said on Monday that the old bridge over the\n"
        "Harbour Canal\n"
        "will close in the spring, after\n"
        "engineers\n"
        "found cracks in two of its piers.\n"
        "The council will vote on a replacement next month.\n"
    )
    assert _texts(dump) == [
        "Home",
        "News",
        "Officials said on Monday that the old bridge over the Harbour Canal will close in the "
        "spring, after engineers found cracks in two of its piers.",
        "The council will vote on a replacement next month.",
    ]


def test_a_node_starting_with_closing_punctuation_continues_however_short() -> None:
    # "... lost <a>consciousness</a>. Despite ...": the stop after a one-word link, which is
    # too short a line to host a lower-case fragment; menu items after it stay apart.
    dump = "He lost\nconsciousness\n. Despite treatment, he died in hospital.\nHome\nNews\n"
    assert _texts(dump) == [
        "He lost",
        "consciousness . Despite treatment, he died in hospital.",
        "Home",
        "News",
    ]


def test_lower_case_menu_items_are_not_fragments() -> None:
    # Short lines (menus, with a lower-case "o" bullet from a text browser) are not joined,
    # nor lines across a blank line or list items.
    menu = "  o Bollywood News\n  o Hollywood News\n  o Movie Reviews\n"
    assert _texts(menu) == ["Bollywood News", "Hollywood News", "Movie Reviews"]
    prose = "The council voted on Monday to close the old bridge for\n\nrepairs, officials said."
    assert len(_texts(prose)) == 2
    listed = "* The council voted on Monday to close the old bridge for\n* repairs and a new road"
    assert len(_texts(listed)) == 2


def test_layout_table_rows_become_one_table_block() -> None:
    dump = (
        "    Standings after 36 races:\n"
        "    Pos.  Driver            Points  Wins\n"
        "    1     Kyle Busch        5040    5\n"
        "    2     Martin Truex Jr.  5035    7\n"
        "\n"
        "    The season ends next week.\n"
    )
    blocks = segment_text(dump)
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.PARAGRAPH]
    assert blocks[1].text.splitlines()[1] == "1     Kyle Busch        5040    5"


def test_a_page_flattened_into_one_line_is_cut_into_sentences() -> None:
    # The text of minified HTML: menus, article and footer run together on one line, and two
    # elements' texts can meet without a space ("repairs.Related").
    menu = "Home News Sport Weather Opinion "
    page = f"{menu}{ARTICLE}Related stories Copyright 2024 The Daily"
    texts = _texts(page)
    assert texts[0] == menu + PARAGRAPH
    assert texts[1:12] == [PARAGRAPH] * 11
    assert texts[12] == "Related stories Copyright 2024 The Daily"
    # Every piece is a piece of the input, in order.
    assert "".join(texts) == page.replace(". ", ".")


def test_a_flattened_page_is_cut_around_a_glued_section_header() -> None:
    # The related box's header runs on from the article's last words and into its first
    # headline: it becomes a piece of its own, as its own line would have been.
    page = f"{ARTICLE} © Jane Doe You may also like: How the Bridge Reopened Tags: bridges, river"
    texts = _texts(page)
    assert texts[-3:] == ["You may also like:", "How the Bridge Reopened", "Tags: bridges, river"]
    assert texts[-4] == f"{PARAGRAPH} © Jane Doe"


def test_prose_that_mentions_a_section_header_is_not_cut() -> None:
    # A header's words in lower case, inside a sentence, head nothing.
    sentence = "Officials said more from the inquiry and related news would follow on Monday."
    page = f"{ARTICLE} {sentence}"
    assert _texts(page)[-1] == sentence


def test_a_flattened_page_is_cut_around_a_comment_count_before_a_name() -> None:
    # The comment section's count runs on into its first comment's author: a piece of its own,
    # as the section's header line would have been.
    page = f"{ARTICLE} 2 comments Cherie McCluney I made this jam today and it set well."
    assert _texts(page)[-2:] == [
        "2 comments",
        "Cherie McCluney I made this jam today and it set well.",
    ]


def test_prose_that_mentions_a_number_of_comments_is_not_cut() -> None:
    # A count inside a sentence, before a lower-case word or a stop, heads nothing.
    for sentence in ("The post drew 2 comments in an hour.", "By noon it had 40 Comments."):
        assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence


def test_a_flattened_page_is_cut_around_a_comments_title_before_a_name_that_says() -> None:
    page = f"{ARTICLE} Filed Under: Build It Comments Sheri says July 31, 2018 Thanks!"
    assert "Comments" in _texts(page)


def test_prose_that_mentions_comments_before_a_name_is_not_cut() -> None:
    # No "<name> says" after the word: no comment's header follows it.
    sentence = "Readers left Comments Jo Lee answered in the morning."
    assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence
    sentence = "The council read the comments Jo Lee says she sent in May."
    assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence


def test_a_flattened_listing_with_a_comment_count_in_every_item_is_not_cut_there() -> None:
    # A section has one count; a listing of posts has one per item, each before its author.
    items = "Bridge to close 4 comments Jo Lee Harbour reopens 12 comments Ana Ruiz"
    assert _texts(f"{ARTICLE} {items}")[-1] == items


def test_a_flattened_page_is_cut_around_a_headline_printed_twice() -> None:
    # The breadcrumb's last item and the heading both print the headline: the address and
    # breadcrumb before it and the first sentence after it become pieces of their own.
    headline = "Harbour Bridge to close for repairs next spring"
    page = f"Contact us Main Street 32 Home News Local {headline} {headline} May 2, 2019 {ARTICLE}"
    texts = _texts(page)
    assert texts[:3] == ["Contact us Main Street 32 Home News Local", headline, headline]
    # The date that leads the first sentence is a piece of its own too.
    assert texts[3:5] == ["May 2, 2019", PARAGRAPH]


def test_a_short_flattened_page_is_cut_too() -> None:
    # A page of a few hundred characters flattened into one line is cut as a long one is,
    # once it holds a few sentences: its menu, its sentences and its footer are apart.
    menu = "Bridge news | Courier Home News Sport Local Business Opinion Video Travel"
    page = " ".join([menu, *[PARAGRAPH] * 4, "Impressum | Datenschutz"])
    assert len(page) < 1000
    assert _texts(page)[-6:] == [*[PARAGRAPH] * 4, "Impressum", "Datenschutz"]


def test_a_short_flattened_page_of_few_sentences_stays_whole() -> None:
    # A short page with hardly a sentence (a schedule, a list of names) is a listing: its
    # items are its content, and a menu run would take them.
    page = (
        "NFL Schedule - ESPN Team Schedules Arizona Cardinals Atlanta Falcons Baltimore Ravens "
        "Buffalo Bills Carolina Panthers Chicago Bears Cincinnati Bengals Cleveland Browns "
        "Dallas Cowboys Denver Broncos Detroit Lions Green Bay Packers Houston Texans. "
        "All rights reserved."
    )
    assert _texts(page) == [page]


def test_a_flattened_page_is_cut_around_its_title_where_the_headline_repeats_it() -> None:
    # The page starts with its <title>; the headline printed again further on is run into
    # the trending bar before it and the byline after it: each copy becomes a piece, and so
    # does the site's name after the first, without its separator.
    title = "Harbour Bridge to close for repairs next spring"
    page = f"{title} | Courier Skip to content Trending: Budget vote {title} By Jo Lee {ARTICLE}"
    texts = _texts(page)
    assert texts[:5] == [title, "Courier Skip to content", "Trending:", "Budget vote", title]
    assert texts[5].startswith("By Jo Lee Volunteers")


def test_a_flattened_page_whose_title_words_recur_in_prose_is_cut_only_at_the_title() -> None:
    # Four words of the title said again in a sentence are no title: only a run of five or
    # more of its first words is cut out, and the sentence around fewer stays whole.
    sentence = "Officials said Harbour Bridge to close would reopen in June."
    page = f"Harbour Bridge to close for a year | Courier {ARTICLE} {sentence}"
    assert _texts(page)[-1] == sentence


def test_a_flattened_page_is_cut_after_a_labelled_date() -> None:
    # A date label and its date run into the first sentence: the dates step takes a labelled
    # piece of any length for a date line, so the sentence is cut off it.
    page = (
        f"{ARTICLE} Veröffentlicht am 12. Juni 2017 Zur Bunten Republik wird es keine Insel geben."
    )
    texts = _texts(page)
    assert texts[-2:] == [
        "Veröffentlicht am 12. Juni 2017",
        "Zur Bunten Republik wird es keine Insel geben.",
    ]


def test_prose_that_mentions_publishing_before_a_date_is_not_cut() -> None:
    # A sentence that says something was published on a date, with more than three words
    # before it, is prose: no label leads it.
    sentence = "The report the council published on May 2, 2019 said the bridge was unsafe."
    assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence


def test_prose_that_repeats_a_few_words_is_not_cut() -> None:
    # A word or a short phrase said twice is prose; only five words or more repeated in a row
    # are a copy.
    sentence = "They said it again and again, over and over, that the bridge would close."
    page = f"{ARTICLE} {sentence}"
    assert _texts(page)[-1] == sentence


def test_a_flattened_page_is_cut_after_a_caption_s_credit() -> None:
    # A caption closed by its credit in brackets runs into the next sentence: it becomes a
    # piece of its own, with its credit at its end, where the captions step finds it.
    caption = "Troops were sent to the city (Image: GETTY )"
    credited = "Police stand guard on Monday (AP Photo/Jane Doe)"
    page = f"{ARTICLE} {caption} The protests began in June. {credited} Then it closed."
    texts = _texts(page)
    assert texts[-4:] == [caption, "The protests began in June.", credited, "Then it closed."]


def test_a_flattened_page_is_cut_after_an_agency_s_credit() -> None:
    # A credit that ends in a photo agency ("Jane Doe/Getty Images", "Foto: dpa") runs into
    # the next sentence: it ends its piece, where the captions step reads it.
    page = f"{ARTICLE} Sanjeev Verma/Hindustan Times/Getty Images Another cloud of smoke came."
    texts = _texts(page)
    assert texts[-2:] == [
        "Sanjeev Verma/Hindustan Times/Getty Images",
        "Another cloud of smoke came.",
    ]
    assert _texts(f"{ARTICLE} Foto: dpa Der Zug fuhr ab.")[-2:] == ["Foto: dpa", "Der Zug fuhr ab."]


def test_prose_that_mentions_an_agency_is_not_cut() -> None:
    # An agency named in a sentence, with no credit's slash, bar or colon before it, credits
    # nothing; nor does "Getty" before "Images".
    sentence = "The figures came from Reuters and AP News in June."
    assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence


def test_prose_that_mentions_a_picture_in_brackets_is_not_cut() -> None:
    # A picture word in brackets inside a sentence, with lower-case words after it, credits
    # nothing.
    sentence = "The photo (image: see the map below) shows where the bridge will close."
    page = f"{ARTICLE} {sentence}"
    assert _texts(page)[-1] == sentence


def test_a_flattened_page_is_cut_around_a_share_bar() -> None:
    # A share bar's buttons run into the date before them and the sentence after them: the
    # bar becomes a piece of its own, which the chrome step removes.
    page = (
        f"{ARTICLE} Oct 22, 2010 Share this on WhatsApp The race ended. "
        "858 shares Pinterest Facebook Twitter Mix Flipboard Reddit This holiday season came."
    )
    assert _texts(page)[-5:] == [
        "Oct 22, 2010",
        "Share this on WhatsApp",
        "The race ended.",
        "858 shares Pinterest Facebook Twitter Mix Flipboard Reddit",
        "This holiday season came.",
    ]


def test_prose_that_mentions_sharing_and_services_is_not_cut() -> None:
    # Services named in a sentence, with commas or lower-case words between them, and buttons'
    # words without a service's name are no share bar.
    for sentence in (
        "They share on Facebook, Twitter and Pinterest what they cooked that day.",
        "Print Email Messages were sent to every voter before the vote.",
    ):
        assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence


def test_a_flattened_page_is_cut_after_an_ad_label_that_leads_a_sentence() -> None:
    # An ad slot's label runs into the sentence after it: each label is a piece of its own,
    # which the chrome step removes.
    page = f"{ARTICLE} It launched. Advertisement ADVERTISEMENT Disney's teams isolated it."
    assert _texts(page)[-4:] == [
        "It launched.",
        "Advertisement",
        "ADVERTISEMENT",
        "Disney's teams isolated it.",
    ]


def test_prose_that_starts_with_an_ad_word_is_not_cut() -> None:
    # A sentence about advertising, or a name that an ad word starts, is no label.
    for sentence in (
        "Advertisement revenue rose by a tenth in the third quarter.",
        "Advertising Standards Authority officials said the claim was misleading.",
        "Ad Age reported the deal on Monday.",
    ):
        assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence


def test_a_flattened_page_is_cut_around_an_ad_label_glued_inside_a_piece() -> None:
    # A label inside a piece, shown by its shape to be none of the sentence's words: in
    # capitals, after a closing bracket or a colon, or before a dash.
    page = (
        f"{ARTICLE} Sweden (paywall-free) Advertisement Agerblad said it hurt Outside"
        " ADVERTISEMENT U.S. troops left a day later LEARN MORE Advertisement - Continue Reading"
        " Below"
    )
    assert _texts(page)[-7:] == [
        "Sweden (paywall-free)",
        "Advertisement",
        "Agerblad said it hurt Outside",
        "ADVERTISEMENT",
        "U.S. troops left a day later LEARN MORE",
        "Advertisement",
        "- Continue Reading Below",
    ]


def test_prose_that_names_an_ad_word_inside_a_sentence_is_not_cut() -> None:
    # A capitalised noun in German prose, an agency's name and a title are no labels.
    for sentence in (
        "Sie wollen ohne Werbung Geld verdienen und setzen auf Abonnements.",
        "The Advertisement Standards Council of India ruled on the claim on Monday.",
        "He called it (in his words) Advertising Week Europe, a fair for the trade.",
        "The group bought Paid Content Ltd last year for a small sum.",
    ):
        assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence


def test_a_flattened_page_is_cut_after_a_picture_credit_before_a_sentence() -> None:
    # A credit's label and name run into the sentence after it: the piece is cut after the
    # name (and before the label, when the credit stands inside a piece).
    page = (
        f"{ARTICLE} Foto: Frank Lerche Die Partei hat einen Plan vorgelegt. Credit: Matthew"
        " Richardson Testing heart rate monitors is hard. The Hoka 7. Photo: iRunFar/Eszter"
        " Horanyi With a breadth of shoes on the market, it stands out. Foto: Anita Drenckhahn"
        " Diese Seite war gestern nicht erreichbar."
    )
    assert _texts(page)[-9:] == [
        "Foto: Frank Lerche",
        "Die Partei hat einen Plan vorgelegt.",
        "Credit: Matthew Richardson",
        "Testing heart rate monitors is hard.",
        "The Hoka 7.",
        "Photo: iRunFar/Eszter Horanyi",
        "With a breadth of shoes on the market, it stands out.",
        "Foto: Anita Drenckhahn",
        "Diese Seite war gestern nicht erreichbar.",
    ]


def test_a_credit_cut_off_a_flattened_page_is_removed_as_a_credit() -> None:
    page = f"{ARTICLE} Foto: Frank Lerche Die Partei hat einen Plan vorgelegt."
    record = cleaner.clean(page.encode(), config=CleanerConfig(input_type=InputType.TEXT))
    assert "Frank Lerche" not in record.body
    assert record.body.endswith("Die Partei hat einen Plan vorgelegt.")


def test_a_flattened_page_is_cut_after_an_agency_credit_that_leads_a_piece() -> None:
    # A credit with no label, written as credits write it ("Getty Images", an agency in
    # capitals, a photographer's name after its slash).
    for credit, sentence in (
        ("Getty Images", "Kristi Noem, governor of South Dakota, spoke at the White House."),
        ("REUTERS/Brendan McDermid", "The U.S. benchmark index was little changed."),
        ("AP Photo/Evan Vucci", "President Donald Trump speaks to reporters."),
    ):
        assert _texts(f"{ARTICLE} It fell. {credit} {sentence}")[-2:] == [credit, sentence]


def test_prose_that_starts_with_an_agency_is_not_cut() -> None:
    for sentence in (
        "Getty Images took a different approach, building its own models.",
        "Bloomberg News reported on Friday that the company is under scrutiny.",
        "Reuters The Agency is the name of a film about the wire service.",
    ):
        assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence


def test_prose_that_names_a_picture_word_with_a_colon_is_not_cut() -> None:
    # A caption that describes the picture, a label before a lower-case word, and a label
    # with no sentence start within a name's reach stay whole.
    for sentence in (
        "Photos: the mayor at the opening of the new bridge over the river.",
        "Im Bild: der neue Campingbus, ein gutes Modell für zwei Reisende.",
        "Image: a view of the harbour from the old tower at dusk.",
    ):
        assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence


def test_a_flattened_page_is_cut_after_a_button_that_leads_a_sentence() -> None:
    # A dialog's or a menu's button runs into the sentence after it: the button is a piece
    # of its own, which the chrome step removes.
    page = f"{ARTICLE} It fell. Close Experts and brokers are of the view that it holds."
    assert _texts(page)[-3:] == [
        "It fell.",
        "Close",
        "Experts and brokers are of the view that it holds.",
    ]
    record = cleaner.clean(page.encode(), config=CleanerConfig(input_type=InputType.TEXT))
    assert record.body.endswith("It fell.\n\nExperts and brokers are of the view that it holds.")


def test_prose_that_starts_with_a_button_word_is_not_cut() -> None:
    # A name the word starts, or the word as a verb before a lower-case word, is prose.
    for sentence in (
        "Search Engine Optimization is what the agency sells to its clients.",
        "Close to a thousand people came to the square on Monday.",
        "Menu prices rose by a tenth over the year, the survey found.",
    ):
        assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence


def test_a_flattened_page_in_chinese_or_japanese_is_cut_after_its_own_stops() -> None:
    # 。！？ end a sentence with no space after them; a closing quote goes with the sentence,
    # and a quote that a particle goes on from ends none.
    sentence = "の文では、気象庁が震度五弱の地震について詳しく説明した。"
    sentences = [f"第{n}{sentence}" for n in range(12)]
    page = "".join(sentences) + "彼は「大丈夫だ！」と言った。"
    assert _texts(page) == [*sentences, "彼は「大丈夫だ！」と言った。"]


@pytest.mark.parametrize(
    "sentence",
    [
        "ועדת התכנון המחוזית אישרה אמש את הרחבת הגן הציבורי בשכונה הצפונית של העיר.",
        "وافقت لجنة التخطيط في المدينة مساء أمس على توسيع الحديقة العامة في الحي الشمالي.",
        "नगर योजना समिति ने कल शाम शहर के उत्तरी इलाके में सार्वजनिक उद्यान के विस्तार को मंजूरी दी.",
    ],
)
def test_a_flattened_page_in_a_caseless_script_is_cut_at_its_full_stops(sentence: str) -> None:
    # Hebrew, Arabic and Devanagari have no capitals to start the next sentence with: a stop
    # before one of their letters ends the sentence before it.
    texts = _texts(" ".join([PARAGRAPH, sentence] * 6))
    assert texts.count(sentence) == 6


def test_a_closing_quote_after_a_latin_stop_breaks_only_before_a_capital() -> None:
    page = f"{ARTICLE} He said “yes.” then he left the hall."
    assert _texts(page)[-1] == "He said “yes.” then he left the hall."


def test_a_flattened_page_is_cut_after_an_author_box_s_header() -> None:
    # "About" and a name run into the bio that names that person again: the header is read
    # alone, over the bio, as the bios step reads an author box.
    page = (
        f"{ARTICLE} Sobre Carlos Nadalim Pai de Francesco e Teresa e marido de Bárbara, "
        "Carlos Nadalim é também coordenador pedagógico."
    )
    assert "Sobre Carlos Nadalim" in _texts(page)


def test_prose_and_menus_that_start_with_about_are_not_cut() -> None:
    # A heading over prose that names the person only in a later sentence, a heading whose
    # words do not recur, and a footer's "About Us" (its "Us" comes back in "Contact Us")
    # stay as they are.
    for sentence in (
        "About Jane Doe Little was known. Jane Doe was seen in Leeds.",
        "About Face The album was recorded in one week.",
        "About Us Press Code Privacy Policy Advertise with us Contact Us",
    ):
        assert not any(
            text in ("About Jane Doe", "About Face", "About Us")
            for text in _texts(f"{ARTICLE} {sentence}")
        )


def test_a_flattened_page_is_cut_after_a_byline_s_date() -> None:
    # A byline a dash parts from its date runs into the first sentence: the byline and its
    # date are read alone.
    page = f"{ARTICLE} By Tess Bonn - 11/19/19 06:56 AM EST South Dakota Gov. Kristi Noem spoke."
    assert _texts(page)[-2:] == [
        "By Tess Bonn - 11/19/19 06:56 AM EST",
        "South Dakota Gov. Kristi Noem spoke.",
    ]


def test_a_flattened_page_is_cut_around_a_comment_s_date_and_time() -> None:
    # A comment's stamp between its author and its text: the three are read apart.
    page = f"{ARTICLE} Reply Regan August 19, 2019 - 5:48 pm Hi Cherie, I am glad you liked it."
    assert _texts(page)[-3:] == [
        "Reply Regan",
        "August 19, 2019 - 5:48 pm",
        "Hi Cherie, I am glad you liked it.",
    ]


def test_a_flattened_page_is_cut_around_a_stamp_after_a_comment_s_says() -> None:
    # "<name> says <date> at <time>", a comment's header: the name with "says" stands alone,
    # where the comments step reads it, and the stamp apart.
    page = f"{ARTICLE} I may try it. Reply Jill Winger says July 17, 2015 at 8:28 am Yes, do."
    assert _texts(page)[-4:] == [
        "I may try it.",
        "Reply Jill Winger says",
        "July 17, 2015 at 8:28 am",
        "Yes, do.",
    ]
    record = cleaner.clean(page.encode(), config=CleanerConfig(input_type=InputType.TEXT))
    assert "Winger says" not in record.body


def test_a_flattened_page_is_cut_around_a_stamp_with_the_language_s_word_before_its_time() -> None:
    # "um" (German), not only "at", between a comment's date and its time: the stamp is cut
    # out after "<name> sagt:", so that neither the name nor the comment's text rides on it.
    page = f"{ARTICLE} Antworten Anna sagt: Juli 30, 2013 um 2:33 pm Warum zweimal Zucker?"
    assert _texts(page)[-3:] == [
        "Antworten Anna sagt:",
        "Juli 30, 2013 um 2:33 pm",
        "Warum zweimal Zucker?",
    ]


def test_prose_with_a_date_and_the_language_s_word_before_a_time_is_not_cut() -> None:
    # A sentence that names a date and a time after a lower-case word is prose, whatever
    # word stands between them.
    sentence = "Der Rat tagt am Juli 30, 2013 um 2:33 pm Ratssaal und danach im Park."
    assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence


def test_prose_that_says_a_date_is_not_cut() -> None:
    # A sentence that "says" a date without a clock time, or with one where no name stands
    # before "says": prose.
    for sentence in (
        "The notice says May 2, 2019 The Council will meet again after the summer.",
        "She says the hearing on May 2, 2019 at 10:00 Mayor Lee chaired was short.",
    ):
        assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence


def test_prose_with_a_date_and_time_is_not_cut() -> None:
    # A sentence gives a date and time after a lower-case word.
    sentence = "The bridge opened on May 2, 2019 at 10:00 Mayor Lee said."
    assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence


def test_prose_with_by_before_a_dash_and_a_date_is_not_cut() -> None:
    # "by" in a sentence's lower case, or no date after the dash: no byline's date.
    sentence = "By the river - a quiet place - the town built a new bridge."
    assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence


def test_a_flattened_page_keeps_a_bracketed_credit_with_its_caption() -> None:
    # A caption's credit in brackets after the caption's last sentence ends the caption's
    # piece, where the captions step reads it, not the next sentence's.
    caption = "The cluster is shown in red. (Image credit: TNG Collaboration)"
    page = f"{ARTICLE} {caption} That phenomenon might be essential."
    assert _texts(page)[-2:] == [caption, "That phenomenon might be essential."]


def test_a_flattened_page_is_cut_after_a_date_that_leads_a_sentence() -> None:
    # A story's date stamp runs into its first sentence: the dates step reads it alone.
    page = f"{ARTICLE} 11.18.19 The council voted. October 12, 2017, 9:28 AM UTC It closed."
    texts = _texts(page)
    assert texts[-4:] == ["11.18.19", "The council voted.", "October 12, 2017, 9:28 AM UTC",
                          "It closed."]  # fmt: skip


def test_the_dates_of_a_listing_s_cards_stay_with_their_headlines() -> None:
    # Many pieces led by a date are a blog index's cards: each keeps its date.
    cards = [f"March {day}, 2026 Bridge works go on for another week." for day in range(1, 7)]
    assert _texts(" ".join([ARTICLE, *cards]))[-6:] == cards


def test_prose_that_starts_with_a_month_is_not_cut() -> None:
    # A month and a year with no day ("May 2019 was ..."), or a date inside a sentence, is
    # the sentence's own subject.
    sentences = ["May 2019 was the wettest month on record.", "On May 2, 2019 It rained."]
    page = " ".join([PARAGRAPH] * 12 + sentences)
    assert _texts(page)[-2:] == sentences


def test_a_flattened_page_is_not_cut_after_a_day_number() -> None:
    # "27. Januar 2014": an ordinal date (German, Polish, Nordic), not a sentence end; a year
    # or a word before the stop still ends one.
    page = f"Published 27. Januar 2014 by the desk. {ARTICLE}It opened in 1931. Then it closed."
    texts = _texts(page)
    # Cut after the labelled date (see the labelled-date test), never after "27.".
    assert texts[:2] == ["Published 27. Januar 2014", "by the desk."]
    assert texts[-2:] == ["It opened in 1931.", "Then it closed."]


def test_a_long_paragraph_among_other_lines_is_left_whole() -> None:
    long_paragraph = " ".join([PARAGRAPH] * 12)
    page = "\n\n".join(["Title of the story", long_paragraph, *[PARAGRAPH] * 12])
    assert long_paragraph in _texts(page)


def test_flattened_page_over_the_block_limit_is_left_whole() -> None:
    page = "Tiny sentence here. " * 200
    assert len(segment_text(page, max_blocks=50)) == 1
    assert len(segment_text(page, max_blocks=500)) == 200


def test_a_flattened_page_in_cyrillic_or_greek_is_cut_into_sentences() -> None:
    # Capitals of other alphabets start sentences too; a page left whole would be one unit.
    russian = "Наши герои знают толк не только во вкусе, но и в красоте еды. "
    greek = "Η γέφυρα έκλεισε τη Δευτέρα για επισκευές. Όλοι περίμεναν. "
    page = (russian * 20 + greek * 20).strip()
    texts = _texts(page)
    assert texts[0] == russian.strip()
    assert texts[-2:] == ["Η γέφυρα έκλεισε τη Δευτέρα για επισκευές.", "Όλοι περίμεναν."]


def test_a_long_line_of_glued_element_texts_is_cut_among_other_lines() -> None:
    # get_text() of minified HTML joins the texts of elements without a space: the menu runs
    # into the first sentence ("…SportWeatherThe bridge"), and the line need not be most of
    # the page (the footer sits on lines of its own).
    menu = "Skip to ArticleMenuHomeNewsLocalSportWeatherOpinionBusinessTravel"
    article = "".join([PARAGRAPH] * 12)
    footer = "\n\n".join(f"Footer line {n} of the page, about our company." for n in range(30))
    texts = _texts(f"{menu}{article}\n\n{footer}")
    assert texts[0] == menu
    assert texts[1:13] == [PARAGRAPH] * 12
    assert len(texts) == 13 + 30


def test_a_glued_caption_credit_ends_its_piece() -> None:
    # A caption's credit in brackets glued to the next element's quote ("(Image: GETTY
    # )“Other ...") ends the caption's piece.
    menu = "Skip to ArticleMenuHomeNewsLocalSportWeatherOpinionBusinessTravel"
    caption = "The protests kicked off in June (Image: GETTY )"
    article = "".join(["The bridge closed on Monday after a long vote."] * 20)
    texts = _texts(f"{menu}{article}{caption}“Other than that, nothing,” he said.{article}")
    assert caption in texts


def test_a_long_paragraph_with_camel_case_names_is_left_whole() -> None:
    # Names such as "McDonald" or "YouTube" are glue points too, but a paragraph holds far
    # fewer than a glued page; and a cut never changes a block's text.
    sentence = "Michael McDonald told YouTube and the LinkedIn group that PlayStation sales rose."
    long_paragraph = " ".join([*[PARAGRAPH] * 6, sentence, *[PARAGRAPH] * 6])
    page = "\n\n".join(["Title of the story", long_paragraph, *[PARAGRAPH] * 12])
    assert long_paragraph in _texts(page)


def test_a_glued_menu_is_a_menu_run_and_a_glued_headline_is_not() -> None:
    assert is_menu_run("Skip to ArticleMenuHomeNewsLocalSportWeatherOpinion")
    assert not is_menu_run("How the CityCouncil Voted to Close the Old Harbour Bridge")


def test_a_copyright_sign_glued_to_a_menu_starts_the_notice() -> None:
    # get_text() glues the footer's last link to its notice ("…Site MapStore© 2019 …"): the
    # sign goes with the notice, so the publisher step can read it as the footer it is.
    menu = "FacebookTwitterInstagramSubscribeNewsletterFAQContact UsJobsRSSSite MapHelpStore"
    article = "".join([PARAGRAPH] * 12)
    texts = _texts(f"{article}{menu}© 2019 Riverside Media. All rights reserved.")
    assert texts[-3:] == [menu, "© 2019 Riverside Media.", "All rights reserved."]
    assert not is_menu_run(f"{menu}© 2019 Riverside Media")


def test_prose_that_mentions_a_copyright_sign_stays_whole() -> None:
    sentence = "The Photo© Agency Owner Told The Council That Its Pictures Were Used Without Pay."
    assert _texts(f"Title of the story\n\n{sentence}\n\n{PARAGRAPH}")[1] == sentence


def test_a_sentence_cut_around_a_capitalised_node_is_joined_back() -> None:
    # German nouns (and names) start in capitals: "verlor das" + "Bewusstsein" + ". Trotz" and
    # "eingeleiteter" + "Reanimationsmaßnahmen" + "verstarb ..." are one sentence each.
    dump = (
        "Gegenüber einer Zeugin gab er Probleme an und verlor das\n"
        "Bewusstsein\n"
        ". Trotz sofort eingeleiteter\n"
        "Reanimationsmaßnahmen\n"
        "verstarb der Fahrer im Krankenhaus.\n"
        "Newsletter\n"
        "abonnieren\n"
    )
    assert _texts(dump) == [
        "Gegenüber einer Zeugin gab er Probleme an und verlor das Bewusstsein . Trotz sofort "
        "eingeleiteter Reanimationsmaßnahmen verstarb der Fahrer im Krankenhaus.",
        "Newsletter",
        "abonnieren",
    ]


def test_a_short_line_after_a_finished_sentence_stays_apart() -> None:
    # Only a host that broke off mid-sentence takes the short line: after a full stop, a
    # heading or menu item stays a block of its own, whatever follows it.
    dump = "The council voted on Monday to close the old bridge.\nSport\nweather and traffic\n"
    assert _texts(dump)[:2] == ["The council voted on Monday to close the old bridge.", "Sport"]


def test_a_long_list_item_broken_off_mid_sentence_hosts_its_rest() -> None:
    # "– Am Samstag ..." reads as a list item; its sentence runs on after a link.
    dump = "– Am Samstag ist ein 74-Jähriger mit seinem Wagen in\nRichtung Ortsmitte\ngefahren.\n"
    assert _texts(dump) == [
        "Am Samstag ist ein 74-Jähriger mit seinem Wagen in Richtung Ortsmitte gefahren."
    ]
    # A short item, or one indented as a text browser draws lists, keeps to itself.
    assert len(_texts("– Home and\nfamily news today here\n")) == 2
    indented = "  * The council voted on Monday to close the\nrepairs, officials said."
    assert len(_texts(indented)) == 2


def test_a_densely_glued_line_is_cut_at_every_element_joint() -> None:
    # A menu of question-like teasers glued together ("… in ÖsterreichWer sind …") has
    # sentence ends inside it, so only the joints part its items; a name such as "McDonald"
    # (a short head before the capital) stays whole.
    items = ["Ebenen des Handelns in Österreich", "Wer sind die Akteure?", "Thema Wahlen"] * 40
    article = "Michael McDonald will sing at the show, the band said on Monday."
    texts = _texts("".join(items) + article)
    assert texts[:3] == items[:3]
    assert texts[-1] == article


def test_a_shorter_densely_glued_line_is_cut_too() -> None:
    # An article paragraph with the page's footer glued on ("…at the Beacon.You may also
    # like…Who will…"): 1,000 characters suffice when the glue is as dense as a menu's.
    footer = "You may also likeWho will make the HallTerms of UseAd ChoicesPrivacy Policy" * 12
    page = "\n\n".join(["Title of the story", PARAGRAPH + footer, *[PARAGRAPH] * 12])
    texts = _texts(page)
    assert texts[1] == PARAGRAPH
    assert "You may also like" in texts[2]
    # A paragraph of the same length with only a few names in it stays whole.
    whole = " ".join([PARAGRAPH] * 5 + ["Michael McDonald told YouTube so."])
    assert whole in _texts("\n\n".join(["Title of the story", whole, *[PARAGRAPH] * 12]))


def test_a_short_line_of_glued_headlines_is_cut_and_prose_with_brand_names_is_not() -> None:
    # Teaser headlines run together ("…ReadIn Footsteps of…GigBridge Reopens…") are cut from
    # 300 characters on, as most of their words are capitalised; a paragraph as densely glued
    # by brand names reads as prose (most words lower-case) and stays whole.
    teasers = (
        "Most ReadIn Footsteps of Katy PerryKylie Jenner's Ex Set for First GigBridge Reopens "
        "After Two YearsCouncil Votes on BudgetAll NewsSportWeatherTravelHealthScience"
        "TechnologyCultureOpinionVideoPodcastsNewslettersContact UsAbout UsCareersAdvertise "
        "With UsTerms of UsePrivacy PolicyCookie SettingsAccessibility"
    )
    prose = (
        "HigherEdJobs has partnered with TopResume, one of the leading resume writing services, "
        "to offer exclusive pricing to the HigherEdJobs community. TopResume's team of "
        "Certified Professional Resume Writers have years of experience reviewing resumes and "
        "cover letters, and they know what recruiters look for."
    )
    # Code glues as densely ("setIsOnline"); its braces and semicolons keep it whole.
    code = (
        "const [isOnline, setIsOnline] = useState(null); useEffect(() => { function "
        "handleStatusChange(status) { setIsOnline(status.isOnline); } ChatAPI."
        "subscribeToFriendStatus(props.friend.id, handleStatusChange); return () => { ChatAPI."
        "unsubscribeFromFriendStatus(props.friend.id, handleStatusChange); }; });"
    )
    page = "\n\n".join(["Title of the story", teasers, prose, code, *[PARAGRAPH] * 12])
    texts = _texts(page)
    assert teasers not in texts
    assert "Council Votes on Budget" in texts
    assert prose in texts
    assert code in texts


def test_a_longer_linked_name_before_a_closing_mark_is_inside_the_sentence() -> None:
    # "led by" + "<a>French billionaire Bernard Arnault</a>" + ".": a line that only the end
    # of a sentence starts with takes a longer node before it into that sentence too.
    dump = (
        "Now the museum is receiving help from the luxury conglomerate led by\n"
        "French billionaire Bernard Arnault\n"
        ".\n"
        "Related Articles\n"
    )
    assert _texts(dump) == [
        "Now the museum is receiving help from the luxury conglomerate led by French "
        "billionaire Bernard Arnault .",
        "Related Articles",
    ]


def test_elements_parted_by_wide_gaps_are_cut_apart() -> None:
    # soup get_text() keeps the HTML's own white space between the elements it runs together.
    dump = (
        f"Home     Companies   Economy   Property\n\n  {PARAGRAPH} It closed.   Related stories\n"
    )
    dump += "      Markets   Stocks   Funds   Pensions\nTerms   Privacy\n"
    assert _texts(dump) == [
        "Home",
        "Companies",
        "Economy",
        "Property",
        f"{PARAGRAPH} It closed.   Related stories",  # one gap: an element's own spacing
        "Markets",
        "Stocks",
        "Funds",
        "Pensions",
        "Terms   Privacy",  # fewer than three gaps: left to the other rules
    ]


def test_a_long_line_of_gapped_elements_is_cut_into_sentences() -> None:
    dump = f"News   Sport   Weather   {PARAGRAPH} It closed in June.   Most read"
    assert _texts(dump) == [
        "News",
        "Sport",
        "Weather",
        PARAGRAPH,
        "It closed in June.",
        "Most read",
    ]


def test_a_list_item_drawn_beside_a_paragraph_is_cut_off() -> None:
    # A layout dump draws a page's columns side by side: the article's paragraph, then a
    # teaser list's item in the next column, on every line, aligned as a table's rows are.
    dump = f"{PARAGRAPH}      * Council votes on budget      \n\n"
    dump += f"{PARAGRAPH} It closed.      * Bridge reopens after two years\n"
    blocks = segment_text(dump)
    assert [(b.marker, b.text) for b in blocks] == [
        ("", PARAGRAPH),
        ("*", "Council votes on budget"),
        ("", f"{PARAGRAPH} It closed."),
        ("*", "Bridge reopens after two years"),
    ]


def test_a_bullet_inside_a_line_with_no_wide_gap_stays() -> None:
    text = f"{PARAGRAPH} The sign read * open * all night."
    assert _texts(text) == [text]


def test_a_table_drawn_in_aligned_columns_stays_whole() -> None:
    table = "Pos.   Driver        Team       Points\n1      Kyle Busch    Gibbs      5040\n"
    table += "2      Martin Truex  Gibbs      5035\n"
    blocks = segment_text(table)
    assert len(blocks) == 1
    assert blocks[0].kind is BlockKind.TABLE


def test_menu_lines_that_share_a_few_column_starts_by_chance_are_cut_apart() -> None:
    # Two menus drawn one under the other: two of the six column starts of the first fall
    # where the second's do, as they do in any long gapped lines; a table's rows share most.
    first = "Home   News   Sport   Weather   Travel   Money   Video"
    second = "  UK   News   Markets   Fund   Pensions   Property   Jobs   Cars   Homes   Shop"
    assert _texts(f"{first}\n{second}\n") == [*first.split("   "), *second.split()]


def test_table_rows_with_a_cells_second_line_between_them_stay_whole() -> None:
    # Layout dumps draw a cell's second line between two rows: the rows start alike.
    table = "    1901   Wilhelm Röntgen   Jacobus van 't Hoff   Emil von Behring\n"
    table += "                             Henricus\n"
    table += "    1902   Hendrik Lorentz   Emil Fischer          Ronald Ross\n"
    texts = _texts(table)
    assert texts[0].startswith("1901   Wilhelm Röntgen")
    assert "Ronald Ross" in texts[-1]


def test_folded_line_before_words_bound_by_a_no_break_space_is_unfolded() -> None:
    # "ulutsha&nbsp;luzakusetyenziselwa": the browser folds before the bound pair, which the
    # dump draws with a plain space, so the first word alone would have fit on the line.
    prose = textwrap.fill(PARAGRAPH + " " + PARAGRAPH, 78)
    # 65 columns: "volunteers" (10) fits in the fold width (76 here), "volunteers from" not.
    bound = (
        "The count of the nests was taken every morning by a large team of\n"
        "volunteers from the coast and the islands nearby, who walked the beaches daily."
    )
    blocks = segment_text("\n\n".join([prose] * 10 + [bound]))
    assert blocks[-1].text == " ".join(bound.split("\n"))


def test_folded_line_after_a_finished_sentence_or_before_a_capital_stays_apart() -> None:
    prose = textwrap.fill(PARAGRAPH + " " + PARAGRAPH, 78)
    ended = (
        "The count of the nests was taken every morning by a large teams.\n"
        "volunteers from the coast walked the beaches."
    )
    capital = (
        "The count of the nests was taken every morning by a large team of\n"
        "Volunteers Coast Guard walked the beaches."
    )
    blocks = segment_text("\n\n".join([prose] * 10 + [ended, capital]))
    assert [b.text for b in blocks[-4:]] == ended.split("\n") + capital.split("\n")


def test_a_paragraph_in_a_narrow_table_column_of_a_folded_dump_is_joined() -> None:
    # w3m draws a layout table's column at its own width: its lines are far shorter than the
    # 80 columns the page was folded at, so the fold alone never joined them.
    prose = textwrap.fill(PARAGRAPH + " " + PARAGRAPH, 78)
    column = (
        "Es sei grotesk, dass gerade jetzt\n"
        "die erneuerbaren Energien\n"
        "ausgebremst anstatt befördert\n"
        "würden."
    )
    menu = "Startseite\nNachrichten\nWetter"
    blocks = segment_text("\n\n".join([prose] * 10 + [column, menu]))
    assert [b.text for b in blocks[-4:]] == [" ".join(column.split("\n")), *menu.split("\n")]


def test_folded_short_article_among_teaser_lines_is_unfolded() -> None:
    # Most long lines of the page are teasers and headlines, each whole on its line, so few
    # end near the fold width; the lines a paragraph goes on after all do.
    teasers = [
        f"Teaser number {n} about the council budget and the new bridge"[: 40 + n].strip()
        for n in range(12)
    ]
    prose = (  # each line after the first starts with a capital: only the fold joins them
        "Gegenüber einer Verkehrsteilnehmerin, die sich mit ihrem Fahrzeug hinter dem\n"
        "Pkw-Fahrer befand, gab er gesundheitliche Probleme an und verlor das\n"
        "Bewusstsein. Trotz sofort eingeleiteter Reanimationsmaßnahmen verstarb der\n"
        "Pkw-Fahrer im Krankenhaus. Am Fahrzeug entstand ein Sachschaden in Höhe von rund\n"
        "5000 Euro."
    )
    blocks = segment_text("\n\n".join([*teasers, prose, prose]))
    assert [b.text for b in blocks[-2:]] == [" ".join(prose.split("\n"))] * 2
    assert [b.text for b in blocks[:12]] == teasers


def test_a_headings_underline_ends_the_heading_and_is_no_text() -> None:
    # markdownify writes h1 and h2 as setext headings: the underline once joined the heading
    # ("... for the Holidays =====") and became part of the page's title.
    dump = (
        "Spiced Pear Jam\n===============\n\nMake it in an hour.\n\n"
        "The Fruit\n---------\nRipe pears."
    )
    assert [b.text for b in segment_text(dump)] == [
        "Spiced Pear Jam",
        "Make it in an hour.",
        "The Fruit",
        "Ripe pears.",
    ]


def test_dashes_and_equals_signs_in_prose_or_alone_stay() -> None:
    # Only a line of nothing but "=" or "-" right under text is an underline; a rule after a
    # blank line, and prose that uses the signs, stay as they are.
    dump = "If a == b then --- well --- it holds.\n\n-----\n\nThe score was 3-0."
    assert [b.text for b in segment_text(dump)] == [
        "If a == b then --- well --- it holds.",
        "-----",
        "The score was 3-0.",
    ]


def _markdown_dump(line: str) -> str:
    """``line`` under a menu of links, so that the dump reads as Markdown."""
    menu = "\n".join(f"* [Section {n}](https://example.org/{n})" for n in range(6))
    return f"{menu}\n\n{line}\n"


def test_a_markdown_dumps_escaped_stop_after_a_number_is_the_stop() -> None:
    # html2text writes "12\. Juni 2017" so that no reader takes "12." for a list item's
    # number; the date parser needs the stop as the page wrote it.
    dump = _markdown_dump("Veröffentlicht am [12\\. Juni\n2017](https://example.org/a) von Jo")
    assert segment_text(dump)[-1].text == "Veröffentlicht am 12. Juni 2017 von Jo"


def test_a_markdown_dumps_escaped_underscores_and_asterisks_are_the_characters() -> None:
    # markdownify escapes every "_" and "*" of the text: the handle and the mark as written.
    dump = _markdown_dump("— Jo Lee (@\\_jo\\_lee) November 19, 2019 and \\*10 minutes")
    assert segment_text(dump)[-1].text == "— Jo Lee (@_jo_lee) November 19, 2019 and *10 minutes"


def test_other_backslashes_in_a_markdown_dump_stay() -> None:
    # Only a backslash between a figure and a stop, or before "_" and "*", goes: a path or
    # another escaped mark stays.
    dump = _markdown_dump("See the log in C:\\logs\\2024 and \\- here.")
    assert segment_text(dump)[-1].text == "See the log in C:\\logs\\2024 and \\- here."


def test_a_markdown_heading_that_holds_the_page_is_cut_into_sentences() -> None:
    # A heading the HTML never closed holds the rest of the page, its white space squashed.
    # markdownify writes an h1 or h2 over an underline, an h3 or lower after its marks.
    for heading in (f"#### Bridge closes {ARTICLE}", f"Bridge closes {ARTICLE}\n=============="):
        blocks = segment_text(_markdown_dump(heading))[6:]
        assert [b.text for b in blocks] == [f"Bridge closes {PARAGRAPH}"] + [PARAGRAPH] * 11


def test_a_markdown_dump_flattened_onto_one_line_is_cut_into_items_and_sentences() -> None:
    # html2text's dump with its white space squashed: one paragraph holding menu, article
    # and footer. Read as a flattened heading is: its list items, then its sentences.
    menu = " ".join(f"* [Section {n}](https://example.org/{n})" for n in range(6))
    texts = [b.text for b in segment_text(f"{menu} # Bridge closes {ARTICLE} * [Contact](/c)")]
    assert texts[:6] == [f"Section {n}" for n in range(6)]
    assert texts[6:8] == [f"Bridge closes {PARAGRAPH}", PARAGRAPH]
    assert texts[-1] == "Contact"


def test_long_markdown_paragraphs_rows_and_lesser_headings_stay_whole() -> None:
    # A long paragraph with a spaced asterisk and a "#", a heading shorter than a flattened
    # page's line, a long heading under half of the page, and a table row that holds the page
    # (a layout table's cell: kept whole, see _FLAT_HEADING_SHARE) are no flattened heading.
    prose = f"{ARTICLE}  It costs 2 * 3 dollars.  # of nests rose.  {ARTICLE} {ARTICLE}"
    short, long = f"## {PARAGRAPH} {PARAGRAPH}", f"## Bridge closes {ARTICLE}"
    dump = _markdown_dump(f"{prose}\n\n{short}\n\n{long}")
    assert [b.text for b in segment_text(dump)[6:]] == [
        " ".join(prose.split()),
        short[3:],
        long[3:],
    ]
    row = f"| {ARTICLE} |"
    assert segment_text(_markdown_dump(row))[-1].text == row


def test_a_flattened_page_is_cut_after_a_bracketed_labelled_date() -> None:
    # A caption's date in brackets, glued to the next sentence or not, is read alone: the
    # dates step took the whole piece for a date line, and the sentence with it.
    for stamp in ("(Published Monday, November 18, 2019)", "(Published on 18 Nov 2019) "):
        page = f"{ARTICLE} {stamp}The suspect said he needed to get dressed."
        assert _texts(page)[-2:] == [stamp.strip(), "The suspect said he needed to get dressed."]


def test_a_flattened_page_is_cut_after_a_byline_s_name_before_its_sentence() -> None:
    # A byline run into the first sentence: the name is read alone, the sentence without it.
    page = f"{ARTICLE} By Phil Helsel A New York man pleaded guilty on Monday."
    assert _texts(page)[-2:] == ["By Phil Helsel", "A New York man pleaded guilty on Monday."]


def test_prose_that_starts_with_by_and_capitalised_words_is_not_cut() -> None:
    # "By" and one capitalised word, or capitalised words no article follows: no byline's name.
    for sentence in (
        "By Monday The Council had voted to close the bridge.",
        "By Train And Bus the visitors came to see the bridge.",
    ):
        assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence


def test_a_flattened_page_is_cut_around_a_byline_s_date_without_a_time() -> None:
    # A byline's date with no clock runs into the reporter's title: the three are read apart.
    page = f"{ARTICLE} By Elaine Chen December 18, 2025 National Biotech Reporter"
    assert _texts(page)[-3:] == [
        "By Elaine Chen",
        "December 18, 2025",
        "National Biotech Reporter",
    ]


def test_a_flattened_page_is_not_cut_after_a_month_s_abbreviation_before_a_date() -> None:
    # "Dec." before its day and "Jan." before a year are abbreviations, not sentence ends: the
    # stamp stays whole, and the byline's stamp is cut out of it as a date spelt out is.
    stamp = "By Elaine Chen Dec. 18, 2025 National Biotech Reporter."
    page = f"{ARTICLE} {stamp} It opened in Jan. 2019."
    assert _texts(page)[-4:] == [
        "By Elaine Chen",
        "Dec. 18, 2025",
        "National Biotech Reporter.",
        "It opened in Jan. 2019.",
    ]


def test_a_sentence_that_ends_in_a_word_like_a_month_s_abbreviation_is_still_cut() -> None:
    # "set" is Portuguese and Italian for September, but in lower case before a count it is a
    # sentence's last word; a full month's name before a figure ends one too.
    page = f"{ARTICLE} It was a good set. 25 people came. They met in May. 12 stayed."
    assert _texts(page)[-4:] == [
        "It was a good set.",
        "25 people came.",
        "They met in May.",
        "12 stayed.",
    ]


def test_a_flattened_page_is_not_cut_after_a_title_s_abbreviation_or_an_initial() -> None:
    # "Gov." before a name and a middle initial are abbreviations: the name stays in one piece.
    page = f"{ARTICLE} South Dakota Gov. Kristi Noem met Timothy B. Lee in Pierre. It rained."
    assert _texts(page)[-2:] == [
        "South Dakota Gov. Kristi Noem met Timothy B. Lee in Pierre.",
        "It rained.",
    ]


def test_a_sentence_that_ends_in_a_capital_or_a_lower_case_title_word_is_still_cut() -> None:
    # An acronym's last letter, a lower-case "plan b" and a title's word in lower case end a
    # sentence as any word does.
    page = f"{ARTICLE} He moved to the U.S. The plan failed. It was plan b. Lee said so."
    assert _texts(page)[-4:] == [
        "He moved to the U.S.",
        "The plan failed.",
        "It was plan b.",
        "Lee said so.",
    ]


def test_a_picture_s_credit_with_a_year_is_not_cut_off_as_a_footer() -> None:
    # "© 2024 <name>" after "Photo" and the picture's link is the picture's credit, inside the
    # article; after a menu's "Photos" item it is the page's footer, cut off as before.
    credit = "Photo https://example.com/d/logo © 2024 Hinterland of Things The fair opens in June."
    assert _texts(f"{ARTICLE} {credit}")[-1] == credit
    footer = f"{ARTICLE} Home Photos Videos © 2024 The Daily. All rights reserved"
    assert _texts(footer)[-3:] == ["Home Photos Videos", "© 2024 The Daily.", "All rights reserved"]


def test_an_embedded_post_s_date_and_prose_with_a_date_are_not_cut() -> None:
    # An embedded post's signature ends in its date after the handle's bracket; prose gives a
    # date after a lower-case word: neither is a byline's stamp.
    for sentence in (
        "So it was. — Jo Lee (@jolee) November 18, 2019 Still, the council voted again.",
        "The bridge opened on May 2, 2019 Mayor Lee said.",
    ):
        assert _texts(f"{ARTICLE} {sentence}")[-1].endswith(sentence[12:])


def test_a_flattened_page_is_cut_before_a_lower_case_header_after_a_stop() -> None:
    # A section header printed in lower case runs on from the article's last sentence into
    # the first headline: it starts a piece, which the related step reads.
    page = f"{ARTICLE} It rose in the economy. related news FIIs bullish on India"
    assert _texts(page)[-2:] == ["It rose in the economy.", "related news FIIs bullish on India"]


def test_prose_with_a_header_s_words_in_lower_case_is_not_cut() -> None:
    # The header's words inside a sentence, or after a stop but before a lower-case word.
    for sentence in (
        "She said more from the interview would come on Sunday.",
        "It was late. most popular songs were played twice.",
    ):
        assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence


def test_a_flattened_page_cuts_a_run_of_hashtags_out() -> None:
    # A run of hashtags (with its label) between the date and the next section is a piece.
    tags = "tags #Local Markets #Nifty #Sensex"
    page = f"{ARTICLE} Published Nov 20, 2019 01:38 pm {tags} most popular Most read"
    assert tags in _texts(page)
    assert "most popular Most read" in _texts(page)


def test_prose_with_one_hashtag_is_not_cut() -> None:
    sentence = "The tag #MeToo spread across the country within a week of the report."
    assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence


def test_a_flattened_page_is_cut_after_an_agency_credit_and_its_word() -> None:
    page = f"{ARTICLE} J. Scott Applewhite / AP file During the call, he asked about it."
    assert _texts(page)[-1] == "During the call, he asked about it."


def test_a_flattened_page_is_cut_between_a_name_and_the_bio_that_repeats_it() -> None:
    page = f"{ARTICLE} Phil Helsel Phil Helsel is a reporter for NBC News."
    assert _texts(page)[-2:] == ["Phil Helsel", "Phil Helsel is a reporter for NBC News."]


def test_prose_with_a_name_twice_is_not_cut_before_a_non_bio() -> None:
    sentence = "They cheered Jo Lee Jo Lee and then the band played on."
    assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence


def test_a_flattened_page_is_cut_before_a_copyright_footer_with_a_year() -> None:
    page = f"{ARTICLE} See here for a list of delays. © 2023 Reuters. All rights reserved"
    assert "© 2023 Reuters." in _texts(page)


def test_a_photo_credit_and_a_sign_with_a_year_in_a_sentence_are_not_cut_before() -> None:
    # A photo's credit has no year; "©" with a year inside a sentence follows no sentence end.
    page = f"{ARTICLE} The photo. © DPA Images | Jens Kalaene It was marked © 2019 by them."
    assert not any(piece.startswith("©") for piece in _texts(page))


def test_a_flattened_page_cuts_a_comment_section_s_opening_prompt_out() -> None:
    page = f"{ARTICLE} More from Sportsnet Join the Conversation When submitting content, abide."
    assert "Join the Conversation" in _texts(page)


def test_a_comment_section_s_prompt_that_starts_a_piece_is_cut_off_the_text_after_it() -> None:
    page = f"{ARTICLE} What do you think? Be the first to comment Add your name Mazi Built it."
    assert "Be the first to comment" in _texts(page)
    page = f"{ARTICLE} Thanks for reading. Leave a Reply Cancel reply Your email."
    assert "Leave a Reply" in _texts(page)


def test_a_sentence_that_starts_with_a_comment_prompt_s_words_is_not_cut() -> None:
    for sentence in (
        "Leave a comment below if you liked the walk along the coast.",
        "Be the first to comment on the plan, the council said on Monday.",
    ):
        assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence


def test_prose_that_asks_to_leave_a_comment_is_not_cut() -> None:
    sentence = "Readers can Leave a Comment below and we will answer every one of them."
    assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence


def test_a_flattened_page_is_cut_before_a_copyright_footer_run_into_its_menu() -> None:
    page = f"{ARTICLE} Terms of Use Contact Us © 2019 Sputnik. All rights reserved"
    assert "© 2019 Sputnik." in _texts(page)


def test_a_photo_credit_sign_without_a_year_is_not_cut_before() -> None:
    sentence = "Protesters gather in the square © REUTERS / POOL as the police look on."
    assert not any(piece.startswith("©") for piece in _texts(f"{ARTICLE} {sentence}"))


def test_a_comment_link_above_the_article_stays_glued_when_the_comments_open_below() -> None:
    meta = "Posted by Jane Doe on March 3, 2020 Leave a comment"
    page = f"{meta} {ARTICLE} Related posts Older post Leave a Reply Cancel reply Your email."
    texts = _texts(page)
    assert "Leave a Reply" in texts
    assert "Leave a comment" not in texts


def test_a_comment_section_s_prompts_close_together_are_all_cut_out() -> None:
    page = f"{ARTICLE} More from us Join the conversation Show comments The Telegraph values it."
    texts = _texts(page)
    assert "Join the conversation" in texts
    assert "Show comments" in texts


def test_a_q_and_a_post_s_own_comment_link_is_cut_out_above_the_last_prompts() -> None:
    post = "asked Feb 11, 2011 by Kumiko 6 bronze badges Add a comment | 2 Answers"
    page = f"{post} {ARTICLE} Older post Leave a Reply Cancel reply Your email."
    assert "Add a comment" in _texts(page)


def test_a_flattened_page_cuts_a_read_more_link_with_dots_off_a_menu_s_section() -> None:
    page = f"{ARTICLE} Affecting your family Overview Hacked account Lost money View more..."
    texts = _texts(page)
    assert "View more..." in texts
    assert "Affecting your family Overview Hacked account Lost money" in texts


def test_prose_that_reads_more_with_dots_is_not_cut() -> None:
    sentence = "She went home to read more..."
    assert _texts(f"{ARTICLE} {sentence}")[-1] == sentence


def test_a_run_led_by_a_related_header_into_a_headline_is_no_menu() -> None:
    assert not is_menu_run("Latest News Can You Sue Social Security to Receive Your Benefits?")
    assert is_menu_run("Can You Sue Social Security to Receive Your Benefits Latest News?")
    assert is_menu_run("Latest News Politics Sport Business Culture Travel Opinion Video")


def test_a_menu_run_that_mentions_a_header_s_words_later_is_still_a_menu() -> None:
    assert is_menu_run("Home World Sport Latest News Business Culture Travel Opinion Video?")
