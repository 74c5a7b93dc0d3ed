"""TitleExtractor: a short heading-like block near the article's start."""

from __future__ import annotations

import sys
from dataclasses import replace

import pytest

import cleaner
from cleaner.blocks import Block, BlockKind, Field, Mark, Page
from cleaner.extractors.boundary import BoundaryExtractor
from cleaner.extractors.captions import CaptionExtractor
from cleaner.extractors.chrome import ChromeExtractor
from cleaner.extractors.dates import DateExtractor
from cleaner.extractors.title import (
    TitleExtractor,
    _above_standfirst,
    _after_trail,
    _menu_copies,
    _occurs_twice,
    _ruled_out,
    _shape_score,
    _without_image,
    _without_kicker,
)
from cleaner.reasons import Reason
from tests.helpers import text_page as _page

HEADLINE = "French liaison to CentCom has confidence in broader coalition to fight ISIS"
PROSE = [
    "French Brig. Gen. Thierry Ducret, his nation's representative to the coalition at U.S. "
    "Central Command, said defeating ISIS will mark the start of a new battle.",
    "Even as Iraqi forces are bogged down in a bloody fight to recapture Mosul, a new coalition "
    "is being formed to take on the jihadi group when it loses control of the city.",
    "That coalition will take a more global approach to fighting jihadis than an existing "
    "coalition run by U.S. Central Command, according to a French general.",
]


def _run(page: Page, *steps: object) -> Page:
    for step in (*steps, BoundaryExtractor(), TitleExtractor()):
        page = step.run(page)  # type: ignore[attr-defined]
    return page


def test_docstring_example() -> None:
    page = _page("Make us your home page", HEADLINE, *PROSE, f"{HEADLINE} 11/29/16")
    after = _run(page, ChromeExtractor())
    assert after.marks[1].reason == Reason.TITLE
    assert after.marks[1].by == "title"
    assert after.fields["title"].value == HEADLINE
    assert after.fields["title"].source == "text:heading_block"
    assert after.fields["title"].block_id == 1


def test_headline_without_a_repeat_is_found() -> None:
    after = _run(_page("Home", HEADLINE, *PROSE))
    assert after.fields["title"].value == HEADLINE


def test_sentence_is_not_a_title() -> None:
    after = _run(_page("The council met on Monday.", *PROSE))
    assert "title" not in after.fields


def test_heading_kind_is_preferred() -> None:
    page = _page(
        "Local news and sport from the valley",
        Block(1, "Council approves plan to replace bridge", kind=BlockKind.HEADING),
        *(Block(i + 2, p) for i, p in enumerate(PROSE)),
    )
    assert _run(page).fields["title"].value == "Council approves plan to replace bridge"


def test_declared_title_wins_and_its_block_is_dropped() -> None:
    page = _page(HEADLINE, *PROSE).with_field("title", Field(HEADLINE, "meta:og:title", rank=10))
    after = _run(page)
    assert after.fields["title"].source == "meta:og:title"
    assert after.marks[0].reason == Reason.TITLE


def test_caption_with_credit_right_before_the_article_is_not_a_title() -> None:
    headline = "Senate passes stopgap bill to keep agencies open through March"
    caption = (
        "Senate Majority Leader Glen Ashby speaks to reporters on Capitol Hill on Thursday. "
        "(AP Photo/Jordan Pike)"
    )
    after = _run(_page(headline, "By Marcus Ellery", caption, *PROSE), CaptionExtractor())
    assert after.fields["title"].value == headline


@pytest.mark.parametrize(
    "prompt",
    [
        "Download our free app for iOS and Android",  # app_prompt
        "Was this article helpful?",  # feedback_prompt
        "Please subscribe to continue reading",  # paywall_prompt
        "Please enable JavaScript to view this page",  # script_notice
        "The opinions expressed here are the author's own",  # disclaimer
        "Continue reading the main story",  # read_more_link
    ],
)
def test_a_prompt_is_never_the_title(prompt: str) -> None:
    # Every reason the registry marks NEVER_TITLE rules its block out, however title-like
    # its shape: these codes were once missing from the title step's own list.
    record = cleaner.clean("\n\n".join([prompt, *PROSE]))
    assert record.title != prompt


def test_a_menu_item_the_footer_repeats_does_not_beat_the_headline() -> None:
    # "About us" is shown in the menu and again in the footer: a short repeated line is
    # furniture, where a repeated headline-sized line is the headline shown twice.
    page = _page("About us", "Council approves plan to replace the old bridge", *PROSE, "About us")
    assert _run(page).fields["title"].value == "Council approves plan to replace the old bridge"


def test_a_headline_naming_a_year_is_still_a_headline() -> None:
    headline = "What changes for coalition partners in 2017"
    assert _run(_page("Home", headline, *PROSE)).fields["title"].value == headline


def test_a_headline_sharing_words_with_the_lede_beats_a_closer_label() -> None:
    page = _page(HEADLINE, "Sponsored partner content today", *PROSE)
    assert _run(page).fields["title"].value == HEADLINE


def test_a_line_beside_the_date_line_is_preferred() -> None:
    page = _page(
        "Council approves new bridge plan",
        "November 29, 2016",
        "Tags",
        "More",
        "Residents gather for market day",
        *PROSE,
    )
    after = _run(page, DateExtractor())
    assert after.fields["title"].value == "Council approves new bridge plan"


def test_the_line_above_the_date_line_beats_the_subhead_below_it() -> None:
    # Headline, date, then a subhead that sums up the lede (and so shares more words with it):
    # the headline comes before the article's metadata, the subhead after.
    page = _page(
        "French general sees a new coalition fight after Mosul",
        "November 29, 2016",
        "Defeating ISIS will mark the start of a new battle, says Thierry Ducret",
        *PROSE,
    )
    after = _run(page, DateExtractor())
    assert after.fields["title"].value == "French general sees a new coalition fight after Mosul"


def test_a_headline_above_its_date_line_is_found_past_a_long_table_of_contents() -> None:
    # Headline and date line, then a table of contents longer than look_back, then the text.
    contents = [f"Part {n} of the coalition report in brief" for n in range(1, 61)]
    page = _page("Coalition plans the fight after Mosul", "November 29, 2016", *contents, *PROSE)
    page = replace(page, article_span=(len(contents) + 2, len(contents) + 4))
    page = TitleExtractor().run(DateExtractor().run(page))
    assert page.fields["title"].value == "Coalition plans the fight after Mosul"


def test_a_line_far_before_the_article_without_a_date_line_below_is_no_candidate() -> None:
    contents = [f"Part {n} of the coalition report in brief" for n in range(1, 61)]
    page = _page("Coalition plans the fight after Mosul", "Share", *contents, *PROSE)
    page = replace(page, article_span=(len(contents) + 2, len(contents) + 4))
    assert TitleExtractor().run(DateExtractor().run(page)).fields["title"].value != (
        "Coalition plans the fight after Mosul"
    )


def test_a_sentence_mentioning_a_date_is_no_date_line_for_the_bonus() -> None:
    # Only a date line counts: a label above prose that mentions a date gains nothing.
    page = _page(
        HEADLINE,
        "Sponsored partner content today",
        "The general spoke on November 29, 2016, at a meeting of the coalition's partners in "
        "Tampa, where officers from many nations discussed the next stage of the fight.",
        *PROSE,
    )
    after = _run(page, DateExtractor())
    assert after.fields["title"].value == HEADLINE


def test_an_article_of_one_line_is_not_taken_as_its_own_title() -> None:
    # The span's first block may be the headline, but not when it is the whole span.
    page = _page("Are you sure you want to remove this product from the cart?")
    page = replace(page, article_span=(0, 0))
    assert "title" not in TitleExtractor().run(page).fields


def test_a_headline_the_page_quotes_inside_another_line_is_preferred() -> None:
    # The headline comes back inside a comment heading ("5 thoughts on “...”"); a recent
    # post's title in the sidebar, next to the article too, is shown once.
    headline = "Council approves plan to replace the old bridge"
    page = _page(
        headline,
        "Readers pick their favourite market stalls",
        *PROSE,
        f"5 thoughts on “{headline}”",
    )
    assert _run(page).fields["title"].value == headline


def test_a_two_word_label_sharing_one_word_with_the_lede_does_not_win() -> None:
    # "Coalition news" shares "coalition" with the lede: all of its content words, but a
    # share of two words counts as a share of three, below the headline's.
    page = _page(HEADLINE, "Coalition news", *PROSE)
    assert _run(page).fields["title"].value == HEADLINE


def test_a_table_of_contents_entry_the_article_repeats_is_not_the_headline() -> None:
    # "Why the coalition matters now" is listed before the article and repeated as one of
    # its section headings: that repeat is a contents entry's, not a headline's.
    section = "Why the coalition matters now"
    headline = "French general sees broader coalition against ISIS"
    page = _page(headline, "Contents", section, *PROSE, section, PROSE[0])
    page = replace(page, article_span=(3, 7))
    after = TitleExtractor().run(page)
    assert after.fields["title"].value == headline


def test_a_headings_permalink_sign_is_no_part_of_the_title() -> None:
    page = _page("Working with forms¶", *PROSE)
    after = _run(page)
    assert after.fields["title"].value == "Working with forms"
    assert after.marks[0].reason == Reason.TITLE


def test_a_pilcrow_inside_a_title_stays() -> None:
    page = _page("The ¶ sign and other marks of the editor", *PROSE)
    assert _run(page).fields["title"].value == "The ¶ sign and other marks of the editor"


def test_a_forum_replys_prefix_is_no_part_of_the_title() -> None:
    page = _page("Re: Turning off all the lights of the board", *PROSE)
    assert _run(page).fields["title"].value == "Turning off all the lights of the board"


@pytest.mark.parametrize(
    "headline",
    ["Reading: the books we loved this year", "Why we say Re: in every answer we send"],
)
def test_a_title_that_merely_starts_like_a_reply_stays(headline: str) -> None:
    assert _run(_page(headline, *PROSE)).fields["title"].value == headline


def test_a_breadcrumb_trail_glued_before_the_headline_is_no_part_of_the_title() -> None:
    page = _page(f"home / World / Middle East / {HEADLINE}", *PROSE)
    assert _run(page).fields["title"].value == HEADLINE


def test_an_aggregators_source_address_is_no_part_of_the_title() -> None:
    headline = "A 2024 Discussion Whether To Convert The Linux Kernel From C To Modern C++"
    page = _page(f"{headline} (phoronix.com) 139", *PROSE)
    assert _run(page).fields["title"].value == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Why we left Amazon.com for good (and what came next)",
        "The best laptops we tested this year (2025)",
        "Our new home is example.com after ten years on the old address",
    ],
)
def test_a_headline_naming_a_site_in_brackets_keeps_it(headline: str) -> None:
    assert _run(_page(headline, *PROSE)).fields["title"].value == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Hit / Miss: the films of the year we loved and the ones we did not",
        "Ratings from 1 / 5 to 5 / 5: how our critics score the films they see",
        "Home / Away: why teams still win more often in their own stadium",
        "Homeowners / Renters: what the new insurance rules mean for you",
    ],
)
def test_a_title_with_slashes_but_no_trail_stays(headline: str) -> None:
    assert _run(_page(headline, *PROSE)).fields["title"].value == headline


def test_a_kicker_the_dump_joined_with_a_spaced_colon_reads_as_the_headline_writes_it() -> None:
    page = _page("Coalition talks : French liaison to CentCom has confidence", *PROSE)
    title = _run(page).fields["title"].value
    assert title == "Coalition talks: French liaison to CentCom has confidence"


def test_a_french_title_keeps_the_space_before_its_colon() -> None:
    headline = "Coalition : le général français a confiance dans la coalition contre ISIS"
    page = _page(headline, *PROSE).with_field("language", Field("fr", "text:langid"))
    assert _run(page).fields["title"].value == headline


def test_a_score_with_spaced_colon_stays() -> None:
    headline = "Final score 2 : 1 after a long night for the coalition in Mosul"
    assert _run(_page(headline, *PROSE)).fields["title"].value == headline


def test_a_title_with_two_spaces_in_a_row_stays_whole() -> None:
    headline = "French liaison to CentCom  has confidence in the coalition"
    assert _run(_page(headline, *PROSE)).fields["title"].value == headline


def test_a_posters_line_with_spaced_middle_dots_is_no_title() -> None:
    page = _page("518 posts · Joined in 2021 · Moderator of the forum", *PROSE)
    assert _run(page).fields.get("title") is None


def test_a_headline_with_an_unspaced_middle_dot_ellipsis_is_still_a_title() -> None:
    headline = "Coalition talks stall again··· generals meet on ISIS in Paris"
    assert _run(_page(headline, *PROSE)).fields["title"].value == headline


def _titled(page: Page) -> Page:
    """The title step alone, on a page whose article span is already set."""
    return TitleExtractor().run(page)


def test_the_articles_first_line_is_the_title_when_none_comes_before_it() -> None:
    # The article span starts at the headline: no candidate before it.
    page = replace(_page(HEADLINE, *PROSE), article_span=(0, 3))
    after = _titled(page)
    assert after.fields["title"].value == HEADLINE
    assert after.fields["title"].block_id == 0
    assert 0 not in after.marks  # it stays in the body


def test_the_articles_first_line_is_no_title_when_it_is_a_sentence() -> None:
    page = replace(_page(*PROSE), article_span=(0, 2))
    assert "title" not in _titled(page).fields


def test_a_one_block_article_gives_no_title_from_its_only_block() -> None:
    page = replace(_page("Council approves the new bridge plan", "Home"), article_span=(0, 0))
    assert "title" not in _titled(page).fields


def test_a_headline_after_a_disclosure_at_the_articles_start_is_the_title() -> None:
    disclosure = "We may earn a commission when you buy through the links on this page."
    page = replace(_page(disclosure, HEADLINE, *PROSE), article_span=(0, 4))
    after = _titled(page)
    assert after.fields["title"].value == HEADLINE
    assert 1 not in after.marks  # it stays in the body


def test_a_short_label_after_the_articles_first_sentence_is_no_title() -> None:
    notice = "Your browser is no longer supported, please consider using another one."
    page = replace(_page(notice, "Dismiss notification", HEADLINE, *PROSE), article_span=(0, 5))
    assert "title" not in _titled(page).fields


def test_the_articles_first_line_is_left_to_the_markup_in_html() -> None:
    page = replace(_page(HEADLINE, *PROSE), article_span=(0, 3), input_type="html")
    assert "title" not in _titled(page).fields


# A headline the boundary step put at the article's start, sharing its lede's news.
LEDE_HEADLINE = "French general says defeating ISIS will start a new battle for the coalition"


def test_the_articles_first_line_outscoring_every_line_before_it_is_the_title() -> None:
    page = replace(_page("Find your local office", LEDE_HEADLINE, *PROSE), article_span=(1, 4))
    after = _titled(page)
    assert after.fields["title"].value == LEDE_HEADLINE
    assert after.fields["title"].block_id == 1
    assert not after.marks  # it stays in the body, and the line before is no title


def test_a_section_heading_opening_the_article_does_not_beat_the_headline_above_it() -> None:
    # The article's first heading asks what its first section answers: it shares the lede's
    # words as the headline does, but not by the margin.
    page = replace(_page(HEADLINE, "What does the coalition fight?", *PROSE), article_span=(1, 4))
    after = _titled(page)
    assert after.fields["title"].value == HEADLINE
    assert after.marks[0].reason == Reason.TITLE


def test_the_articles_first_line_does_not_rival_the_lines_before_it_in_html() -> None:
    lines = ("Find your local office", LEDE_HEADLINE, *PROSE)
    page = replace(_page(*lines), article_span=(1, 4), input_type="html")
    assert _titled(page).fields["title"].value == "Find your local office"


@pytest.mark.parametrize(
    "headline",
    [
        "5 Tipps für den Winter im Garten",
        "10 great laptops for students in 2024",
        "5G masts go up across the north of the county",
    ],
)
def test_a_headline_that_starts_with_a_number_stays(headline: str) -> None:
    assert _run(_page(headline, *PROSE)).fields["title"].value == headline


def test_a_run_of_glued_links_is_never_the_title() -> None:
    share = "Partager sur Facebook Partager sur Twitter Partager par e-mail"
    assert _run(_page(HEADLINE, share, *PROSE)).fields["title"].value == HEADLINE


def test_a_headline_that_says_a_name_twice_stays() -> None:
    headline = "Visual Studio 2022 brings Visual Studio Code closer to the cloud"
    assert _run(_page(headline, *PROSE)).fields["title"].value == headline


def test_the_headline_above_its_standfirst_wins() -> None:
    # Headline, standfirst, then the date line: the standfirst sums up the lede, is nearer the
    # text and so scores a little higher, but the headline comes first.
    page = _page(
        "Subscribe",
        "A new coalition to fight ISIS after Mosul",
        "French general Thierry Ducret on the coalition and its battle",
        "November 29, 2016",
        *PROSE,
    )
    after = _run(page, DateExtractor())
    assert after.fields["title"].value == "A new coalition to fight ISIS after Mosul"


def test_a_breadcrumbs_item_before_the_headline_is_not_taken_for_it() -> None:
    page = _page(
        "Subscribe",
        Block(1, "A new coalition to fight ISIS after Mosul", marker="*"),
        "French general Thierry Ducret on the coalition and its battle",
        "November 29, 2016",
        *PROSE,
    )
    after = _run(page, DateExtractor())
    assert after.fields["title"].value == (
        "French general Thierry Ducret on the coalition and its battle"
    )


def test_the_headline_above_its_date_line_and_standfirst_wins() -> None:
    # Headline, date line, standfirst: the date line between the two does not hide the
    # headline.
    page = _page(
        "Subscribe",
        "A new coalition to fight ISIS when Mosul finally falls",
        "November 29, 2016",
        "Thierry Ducret on the coalition and its new battle",
        *PROSE,
    )
    after = _run(page, DateExtractor())
    assert after.fields["title"].value == "A new coalition to fight ISIS when Mosul finally falls"


def test_a_headline_with_a_thousands_separator_is_no_clock_time() -> None:
    headline = "Coalition flights after Mosul cost 57.000 Euro a day"
    page = _page("Subscribe", "Home | News | World", headline, *PROSE)
    assert _run(page).fields["title"].value == headline


def _under_menu(*lines: str) -> Page:
    """``lines`` as a menu run the navigation step marked, right before PROSE's article."""
    page = _page(*lines, *PROSE)
    page = page.with_marks(
        [Mark(i, Reason.NAVIGATION_RUN, "navigation") for i in range(len(lines))]
    )
    return replace(page, article_span=(len(lines), len(lines) + len(PROSE) - 1))


def test_a_headline_in_the_menu_run_right_before_the_article_is_the_title() -> None:
    # It shares no word with the lede and loses its shape score to the menu penalty: no
    # candidate scores above nothing, and the line right before the article is headline-long.
    after = _titled(_under_menu("Contact", "Opening hours", "A short history of the farm"))
    assert after.fields["title"].value == "A short history of the farm"


def test_a_short_menu_item_right_before_the_article_is_no_title() -> None:
    assert "title" not in _titled(_under_menu("Contact", "Our history")).fields


# A headline and, under it, a standfirst telling the same news in other words: the
# standfirst, nearer the text, may score a full point higher and is still not the headline.
_HEADLINE = "Strong tornadoes possible in severe storm outbreak in central states"
_STANDFIRST = "Strong tornadoes are possible across the central states both Friday and Saturday"


def _pick(first: str, second: str, gap: float) -> str:
    """The title _above_standfirst keeps of ``first`` over ``second``, ``second`` scoring
    ``gap`` more."""
    page = _page("Subscribe", first, second, *PROSE, language="en")
    return _above_standfirst(page, page.blocks[2], {1: 4.0, 2: 4.0 + gap}).text


def test_a_headline_its_standfirst_restates_wins_by_a_wider_margin() -> None:
    assert _pick(_HEADLINE, _STANDFIRST, 1.0) == _HEADLINE


def test_a_line_without_words_of_its_own_loses_by_the_wider_margin() -> None:
    # A shorter copy of the standfirst (a contents entry) restates nothing.
    shorter = "Strong tornadoes across the central states"
    assert _pick(shorter, _STANDFIRST, 1.0) == _STANDFIRST


def test_a_line_holding_the_whole_standfirst_loses_by_the_wider_margin() -> None:
    assert _pick(f"Weather news / {_STANDFIRST}", _STANDFIRST, 1.0) == _STANDFIRST


def test_a_line_sharing_no_news_loses_by_the_wider_margin() -> None:
    other = "Web analytics are leaking into meatspace"
    assert _pick(other, _STANDFIRST, 1.0) == _STANDFIRST
    # ... and wins by the narrow one, as any headline above its standfirst.
    assert _pick(other, _STANDFIRST, 0.4) == other


def test_a_restating_headline_loses_beyond_the_wider_margin() -> None:
    assert _pick(_HEADLINE, _STANDFIRST, 2.0) == _STANDFIRST


def test_a_cjk_headline_has_a_headlines_length() -> None:
    # Written without spaces, it is one white-space "word": counted by its characters.
    assert _shape_score(Block(0, "话剧《约定无期限》河北各市巡演结束")) == 1.0


def test_a_cjk_sentence_is_no_title() -> None:
    # Its closing full-width full stop says so, as "." does.
    assert _shape_score(Block(0, "大统领は３日夜、緊急談話を出し、非常戒厳を宣言した。")) < 0


def _marked_before(reason: Reason) -> str:
    """The title _above_standfirst keeps when the line above the best one has a mark."""
    page = _page("Subscribe", _HEADLINE, _STANDFIRST, *PROSE, language="en")
    page = page.with_marks([Mark(1, reason, "test")])
    return _above_standfirst(page, page.blocks[2], {1: 4.0, 2: 4.2}).text


def test_a_headline_the_page_showed_before_still_wins_over_its_standfirst() -> None:
    # The headline was shown a few lines up (a teaser, a <title>-like line): the duplicates
    # step marks its second showing, which is still the headline above its standfirst.
    assert _marked_before(Reason.DUPLICATE_TEXT) == _HEADLINE


def test_a_line_another_step_marked_before_the_best_is_no_headline() -> None:
    assert _marked_before(Reason.NAVIGATION_RUN) == _STANDFIRST


def test_a_line_doubled_just_before_the_article_names_the_page() -> None:
    # A documentation page: the breadcrumb's last item, then the heading it names.
    after = _run(_page("Docs »", "Quickstart", "Quickstart¶", *PROSE))
    assert after.fields["title"].value == "Quickstart"
    assert 1 not in after.marks  # outside the article already: nothing to drop


def test_a_one_word_line_shown_once_is_no_title() -> None:
    after = _run(_page("Docs »", "Quickstart", *PROSE))
    assert "title" not in after.fields


def test_a_doubled_menu_item_does_not_replace_the_headline() -> None:
    after = _run(_page("Share", "Share", HEADLINE, *PROSE))
    assert after.fields["title"].value == HEADLINE


@pytest.mark.parametrize(
    "trail", ["Home Blog", "home newsletter blog github", "Board index US Investors"]
)
def test_a_breadcrumb_trail_over_the_headline_gives_way_to_it(trail: str) -> None:
    headline = "Year-end round-up: tabletop games"
    blocks = (Block(0, trail), Block(1, headline), Block(2, PROSE[0]))
    assert _after_trail(_page_of(blocks), blocks[0], {0: 2.0, 1: 1.0}).text == headline


@pytest.mark.parametrize(
    "headline",
    [
        # Sentence case: "Home" is a word of the headline, not the front page's item.
        "Home buyer's insurance guide",
        "Home renovation costs: room by room",
        "Board index funds fall as rates rise",
    ],
)
def test_a_headline_opening_with_home_keeps_its_place_over_its_standfirst(headline: str) -> None:
    standfirst = "Things to consider before you sign"
    blocks = (Block(0, headline), Block(1, standfirst), Block(2, PROSE[0]))
    assert _after_trail(_page_of(blocks), blocks[0], {0: 2.0, 1: 1.0}).text == headline


def test_a_trail_with_no_headline_under_it_stays_the_title() -> None:
    blocks = (Block(0, "Home Blog"), Block(1, "Menu"), Block(2, PROSE[0]))
    assert _after_trail(_page_of(blocks), blocks[0], {0: 2.0}).text == "Home Blog"


def _page_of(blocks: tuple[Block, ...]) -> Page:
    return Page("dump.txt", "text", blocks)


def test_a_line_of_two_sentences_scores_below_a_headline() -> None:
    notice = Block(0, "This site is no longer updated. Go to react.dev")
    assert _shape_score(notice) < _shape_score(Block(1, "Using the Effect Hook"))


@pytest.mark.parametrize(
    "headline",
    ["Dr. Greger on what to eat", "U.S. Army opens new base in Poland", "Brig. Gen. Ducret speaks"],
)
def test_an_abbreviation_is_no_sentence_end(headline: str) -> None:
    assert _shape_score(Block(0, headline)) == 1.0


def test_a_menus_list_entry_does_not_beat_the_headline_under_the_list() -> None:
    # The site's menu, drawn as list items, names a section in a word of the lede; the
    # headline under the list shares none.
    headline = "Paris sends a general to Tampa"
    page = _page(
        Block(0, "Coalition news today", BlockKind.LIST_ITEM),
        Block(1, "Contact the newsroom", BlockKind.LIST_ITEM),
        headline,
        *PROSE,
    )
    assert _run(page).fields["title"].value == headline


def test_a_headline_alone_in_a_list_item_is_still_the_headline() -> None:
    # A news site's headline in its own <li>, between paragraphs: no menu entry.
    page = _page("Home", Block(1, HEADLINE, BlockKind.LIST_ITEM), "Updated today", *PROSE)
    assert _run(page).fields["title"].value == HEADLINE


PRODUCTS = [
    "Isle of Lewis Compact Celtic Chess Set 9 Inches",
    "$129.00",
    "Reproduction Staunton Chess Set in Ebony and Boxwood",
    "$245.00",
]


def test_a_listings_name_over_its_count_of_results_is_the_title() -> None:
    # A shop's category: its name, filter and sort controls, the count, then the products.
    page = _page(
        "Home",
        "Our Favourite Chess Openings Explained",
        "Chess Sets",
        "Filter & Sort",
        "Displaying 1 to 24 (of 204 products)",
        *PRODUCTS,
        *PROSE,
    )
    assert _run(page).fields["title"].value == "Chess Sets"


def test_a_listings_name_over_a_count_in_brackets_is_the_title() -> None:
    page = _page("Tents", "Camping Tents", "(83 products)", "Products (83)", *PRODUCTS, *PROSE)
    assert _run(page).fields["title"].value == "Camping Tents"


def test_a_listings_description_between_name_and_count_is_skipped() -> None:
    # A chart's name, the sentence under it, then its count of titles.
    page = _page(
        "Charts",
        "Top 250 movies",
        "As rated by regular voters.",
        "250 Titles",
        *PRODUCTS,
        *PROSE,
    )
    assert _run(page).fields["title"].value == "Top 250 movies"


def test_a_facet_with_its_count_is_no_listings_name() -> None:
    page = _page("Fair Trade (48)", "Sort by", "51 products", *PRODUCTS, HEADLINE, *PROSE)
    assert _run(page).fields["title"].value != "Fair Trade (48)"


def test_prose_that_mentions_results_and_items_keeps_its_headline() -> None:
    # A count inside a sentence, or a cart's "0 items", is no listing's count.
    page = _page(
        "0 items",
        HEADLINE,
        "The survey counted 133 items across the region.",
        "(The archive holds 250 titles in all.)",
        *PROSE,
    )
    assert _run(page).fields["title"].value == HEADLINE


def test_a_products_name_over_its_price_is_the_title() -> None:
    # A shop's product page: its name (shown again in a cart bar), the price, a long list of
    # options, then the description the boundary step starts the article at.
    name = "Extra Thick Yoga and Pilates Mat"
    head = ["Shop", name, "From $29.99", "Add to cart", name]
    options = [f"Colour option {i}" for i in range(60)]
    texts = [*head, *options, *PROSE]
    blocks = tuple(Block(i, text) for i, text in enumerate(texts))
    start = len(texts) - len(PROSE)
    page = Page("dump.txt", "text", blocks, article_span=(start, len(texts) - 1))
    assert TitleExtractor().run(page).fields["title"].value == name


def test_a_badge_over_the_first_price_is_no_products_name() -> None:
    # A grid's badge repeats on many cards; a label naming the price is no name either.
    badges = ["New Arrival", "$19.99"] * 6
    page = _page(*badges, HEADLINE, *PROSE)
    assert _run(page).fields["title"].value == HEADLINE
    page = _page("Today's best price", "$24.99", "Today's best price", HEADLINE, *PROSE)
    assert _run(page).fields["title"].value == HEADLINE


def test_prose_that_mentions_a_price_keeps_its_headline() -> None:
    page = _page("Home", HEADLINE, "Tickets cost $29.99 at the door.", "$", *PROSE)
    assert _run(page).fields["title"].value == HEADLINE


def test_code_is_no_title() -> None:
    settings = "dtparam=act_led_trigger=none dtparam=eth_led0=14"
    for line in ("{{ navItem.title }}", settings):
        assert _shape_score(Block(0, line)) < 0


def test_a_headline_with_an_equation_stays() -> None:
    headline = "E=mc2 at 120: why the equation still matters"
    assert _run(_page("Home", headline, *PROSE)).fields["title"].value == headline


def test_a_service_page_is_named_by_what_its_text_is_about() -> None:
    # No byline or date line: the line whose words the text keeps using names the page, not
    # the call to action nearer the text, whose lede is a tagline.
    name = "Data Analytics Consulting Services"
    head = [name, "Menu", "Search", "Contact our sales team now"]
    lede = ["Unlock the value hidden in everything", "We help teams decide faster.", "Ask us how."]
    body = [
        "Our data analytics consulting turns raw data into decisions your teams can trust.",
        "Analytics services cover dashboards, forecasting and data engineering for every team.",
        "Consulting projects start with an audit of your data and analytics services in use.",
    ]
    texts = [*head, *lede, *body]
    blocks = tuple(Block(i, text) for i, text in enumerate(texts))
    page = Page("dump.txt", "text", blocks, article_span=(len(head), len(texts) - 1))
    assert TitleExtractor().run(page).fields["title"].value == name


def test_a_line_opening_with_an_emoji_is_no_title() -> None:
    assert _shape_score(Block(0, "🚚 Free shipping for orders over $150")) < 0
    # A symbol inside the line is no promo's mark.
    assert _shape_score(Block(0, "Almost Timely News: 🗞️ Using AI for Analytics")) > 0
    # The test of the first character holds for a text with none.
    assert not _ruled_out("")


def test_two_sentences_glued_by_a_dump_are_no_title() -> None:
    for notice in (
        "This site is no longer updated.Go to react.dev",
        "Will Congress renew health tax credit?Read More",
    ):
        assert _shape_score(Block(0, notice)) < 0
    page = _page("This site is no longer updated.Go to react.dev", "Hooks at a Glance", *PROSE)
    assert _run(page).fields["title"].value == "Hooks at a Glance"


def test_a_notice_sending_the_reader_to_another_address_is_no_title() -> None:
    for notice in (
        "This site is no longer updated. Go to react.dev",
        "This page has moved. Visit docs.example.org/",
    ):
        assert _ruled_out(notice)
    page = _page("This site is no longer updated. Go to react.dev", "Hooks at a Glance", *PROSE)
    assert _run(page).fields["title"].value == "Hooks at a Glance"


@pytest.mark.parametrize(
    "headline",
    [
        "Vue 3.4 is out. Here is what changed in Node.js",  # the name in its own case
        "Jeff Bezos steps down. What it means for Amazon.com",
        "Big news. We moved to react.dev and the docs are better for it",  # not at the end
        "Go to react.dev",  # one sentence: a link's own text
    ],
)
def test_a_headline_naming_a_site_keeps_its_shape(headline: str) -> None:
    assert not _ruled_out(headline)


@pytest.mark.parametrize(
    "headline",
    [
        "U.S. Open: the final draws a record crowd",
        "Node.js 20 ships with a stable test runner",
        "v1.2 released with faster start-up",
        "Yahoo! Japan sells its auction arm",
        "Why ASP.NET and Socket.IO still matter",
    ],
)
def test_a_headline_with_a_stop_inside_keeps_its_shape(headline: str) -> None:
    assert _shape_score(Block(0, headline)) > 0


def test_a_menu_drawn_twice_does_not_beat_the_headline_under_it() -> None:
    # A blocks dump draws the site's menu for wide and narrow screens, no list items: its
    # headline-long entry is repeated, but with its neighbours, in the menu run.
    menu = ["Our Services", "Meet Our Expert Team Today", "Contact Us Today", "Blog", "Careers"]
    headline = "Paris sends a general to Tampa"
    page = _page(*menu, *menu, headline, *PROSE)
    page = page.with_marks(Mark(i, Reason.NAVIGATION_RUN, "navigation") for i in range(10))
    assert _run(page).fields["title"].value == headline


def test_a_headline_shown_again_under_its_label_keeps_its_repeat() -> None:
    # A teaser of the story under its section's label, and the headline under the same label
    # in a breadcrumb: one neighbour alike is no menu.
    headline = "Coalition partners meet in Tampa"
    texts = ("World", headline, "More from the region", "World", headline, "Share", *PROSE)
    page = _page_of(tuple(Block(i, t) for i, t in enumerate(texts)))
    assert _menu_copies(page, [page.blocks[1], page.blocks[4]]) == frozenset()


def _pick_after_list(second_is_item: bool, gap: float) -> str:
    """The title _above_standfirst keeps of a list item holding the headline (the trail's
    last item, after "Weather") over the standfirst under it, which scores ``gap`` more
    (the list-item penalty taken off the item's score already)."""
    blocks = (
        Block(0, "Weather", BlockKind.LIST_ITEM, marker="*"),
        Block(1, _HEADLINE, BlockKind.LIST_ITEM, marker="*"),
        Block(2, _STANDFIRST, BlockKind.LIST_ITEM if second_is_item else BlockKind.PARAGRAPH),
        *(Block(3 + i, text) for i, text in enumerate(PROSE)),
    )
    page = Page("test", "text", blocks).with_field("language", Field("en", "test"))
    return _above_standfirst(page, page.blocks[2], {1: 4.0 - 3.0, 2: 4.0 + gap}).text


def test_a_lists_last_item_over_its_standfirst_is_weighed_as_in_a_dump_without_lists() -> None:
    # A blocks dump prints the trail's last item as a plain line, which wins by the wider
    # margin; the same page's inscriptis dump marks it a list item.
    assert _pick_after_list(second_is_item=False, gap=1.0) == _HEADLINE


def test_a_list_item_among_others_stays_a_list_entry_over_the_line_under_it() -> None:
    # The next line is an item too: a menu's or contents' entries, no headline over them.
    assert _pick_after_list(second_is_item=True, gap=1.0) == _STANDFIRST


def test_a_lists_last_item_still_loses_beyond_the_wider_margin() -> None:
    assert _pick_after_list(second_is_item=False, gap=2.0) == _STANDFIRST


def test_a_caption_with_its_credit_in_brackets_is_two_sentences() -> None:
    caption = "Artist's impression of the plumes. (NASA's Goddard Space Flight Center/David Ladd)"
    assert _shape_score(Block(0, caption)) < _shape_score(Block(0, "Artist's impression of plumes"))
    # An abbreviation's stop before a bracket is no sentence's end.
    headline = "Apple Inc. (AAPL) reports a record quarter on iPhone sales"
    plain = "Water plumes confirmed on Europa"
    assert _shape_score(Block(0, headline)) == _shape_score(Block(0, plain))


def test_a_short_kicker_joined_by_two_spaces_leaves_the_title() -> None:
    headline = "Neue Traumfrau bei Sturm der Liebe: So geht es weiter"
    assert _run(_page(f"TV  {headline}", *PROSE)).fields["title"].value == headline


@pytest.mark.parametrize(
    "text",
    ["A headline  with two spaces", "Über uns  Redaktion", "Stainless Steel  Double Wall Bottle"],
)
def test_two_spaces_without_a_short_kicker_keep_the_title(text: str) -> None:
    assert _without_kicker(text) == text


@pytest.mark.parametrize("image", ["[blog.png]", "[blog]", "[hero_image-2x.jpg]"])
def test_a_text_browsers_image_before_the_headline_leaves_the_title(image: str) -> None:
    headline = "Ten tips to complete an online course"
    assert _run(_page(f"{image} {headline}", *PROSE)).fields["title"].value == headline
    assert _without_image(f"{image} {headline}") == headline


@pytest.mark.parametrize("headline", ["[2025] A massive list of free courses", "[Video] Tornado"])
def test_a_bracketed_year_or_label_stays_in_the_headline(headline: str) -> None:
    assert _without_image(headline) == headline


def test_a_headline_written_as_a_markdown_link_gives_its_text() -> None:
    headline = "How to book flights when moving to another country?"
    line = f"[{headline}](/questions/964/how-to-book-flights-when-"
    assert _run(_page(line, *PROSE)).fields["title"].value == headline


def test_a_bracketed_word_before_a_headline_in_brackets_is_no_link() -> None:
    # A Markdown link's text is followed by its address at once: "[2025] (Updated)" is none.
    assert _without_image("[2025] (Updated) A massive list") == "[2025] (Updated) A massive list"


@pytest.mark.parametrize(
    "control", ["(BUTTON) Close", "Search AMA ______ (BUTTON)", "[                    ] Search"]
)
def test_a_text_browsers_button_or_field_is_no_title(control: str) -> None:
    assert _ruled_out(control)


def test_a_headline_about_a_button_or_in_brackets_stays() -> None:
    assert not _ruled_out("Why the big red button (in the Oval Office) is gone")
    assert not _ruled_out("[Updated] Storm warnings for the coast")


def _occurs_twice_every_line_normalised(text: str, key: str) -> bool:
    """The reference: every line normalised, then counted."""
    return sum(" ".join(line.split()).count(key) for line in text.split("\0")) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "new rules\0new rules here",
        "new  rules\0new rules here",
        "new\xa0rules\0new rules",
        "new\trules\0home\0new\u2003rules",
        " new rules \0new rules",
        "new rules\0new\0rules",
        "new rules and new rules\0home",
        "news rules\0new rules",
    ],
)
def test_a_repeat_is_counted_in_the_lines_as_normalised(text: str) -> None:
    # A line counted as it is (printable, single spaces) or normalised first: the same count.
    assert _occurs_twice(text, "new rules") is _occurs_twice_every_line_normalised(
        text, "new rules"
    )


def test_no_white_space_but_the_space_is_printable() -> None:
    # What _occurs_twice reads a printable line by: its only white space is the plain space.
    spaces = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()]
    assert [c for c in spaces if c.isprintable()] == [" "]
