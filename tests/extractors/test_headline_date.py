"""HeadlineDateExtractor: in a text dump the date by the headline is the publication date."""

from __future__ import annotations

from dataclasses import replace

from cleaner.blocks import Field, Page
from cleaner.extractors.comments import CommentsExtractor
from cleaner.extractors.dates import DateExtractor, HeadlineDateExtractor
from cleaner.reasons import Reason
from tests.helpers import text_page as _page

PROSE = "The council voted on Monday to close the bridge for repairs, officials said."
HEADLINE = "Council approves new bridge plan"
MENU = ("News", "Sport", "Weather", "Culture")


def _run(*lines: str, title: int | None, span: tuple[int, int], html: bool = False) -> Page:
    page = DateExtractor().run(_page(*lines, language="en"))
    page = replace(page, article_span=span, input_type="html" if html else "text")
    if title is not None:
        page = page.with_field("title", Field(lines[title], "test", title))
    return HeadlineDateExtractor().run(page)


def test_docstring_example() -> None:
    lines = ("Wednesday, 8 July 2020", *MENU, HEADLINE, "24 April 2020", PROSE, PROSE)
    after = _run(*lines, title=5, span=(7, 8))
    assert after.fields["published"].value == "2020-04-24"
    assert after.fields["published"].source == "text:date_by_headline"
    assert after.fields["published"].block_id == 6


def test_the_date_by_the_headline_was_already_the_first() -> None:
    after = _run(HEADLINE, "24 April 2020", PROSE, "Related: 3 May 2020", title=0, span=(2, 2))
    assert after.fields["published"].source == "text:date_line"
    assert after.fields["published"].value == "2020-04-24"


def test_without_a_title_the_article_start_anchors_the_window() -> None:
    lines = ("Wednesday, 8 July 2020", *MENU, "Home", "24 April 2020", PROSE, PROSE)
    assert _run(*lines, title=None, span=(7, 8)).fields["published"].value == "2020-04-24"


def test_a_date_far_from_the_headline_is_not_taken() -> None:
    # A date in a teaser list after the article is no better than the first one.
    lines = ("8 July 2020", *MENU, HEADLINE, PROSE, PROSE, PROSE, PROSE, "24 April 2020")
    assert _run(*lines, title=5, span=(6, 9)).fields["published"].value == "2020-07-08"


def test_a_date_line_beats_a_date_in_a_sentence_in_the_window() -> None:
    mention = "Since 1 January 2020 the bridge has been closed to lorries (staff report"
    lines = ("Wednesday, 8 July 2020", *MENU, HEADLINE, mention, "24 April 2020", PROSE)
    assert _run(*lines, title=5, span=(6, 8)).fields["published"].value == "2020-04-24"


def test_an_updated_date_by_the_headline_does_not_replace_the_first_date() -> None:
    lines = ("Wednesday, 8 July 2020", *MENU, HEADLINE, "Updated 24 April 2020", PROSE)
    assert _run(*lines, title=5, span=(7, 7)).fields["published"].value == "2020-07-08"


def test_a_thread_keeps_its_first_date() -> None:
    # Every post of a forum thread is dated; the boundary may pick a later post, whose date
    # is not the thread's.
    posts = [line for day in range(1, 7) for line in (f"Posted March {day}, 2024", PROSE)]
    lines = (HEADLINE, *posts, "Re: " + HEADLINE, "Posted March 10, 2024", PROSE)
    n = len(lines)
    assert _run(*lines, title=n - 3, span=(n - 1, n - 1)).fields["published"].value == "2024-03-01"


def test_html_pages_keep_their_date() -> None:
    lines = ("Wednesday, 8 July 2020", *MENU, HEADLINE, "24 April 2020", PROSE)
    after = _run(*lines, title=5, span=(7, 7), html=True)
    assert after.fields["published"].value == "2020-07-08"


def test_a_page_without_a_date_is_unchanged() -> None:
    page = _page(HEADLINE, PROSE)
    page = replace(page, article_span=(1, 1))
    assert HeadlineDateExtractor().run(page) is page


def test_the_pages_own_teaser_dates_it_when_the_headline_has_no_date() -> None:
    # A "latest news" list repeats the page's headline, its lede opened by the date stamp.
    lede = "24.04.2020The council voted on Monday to close the bridge for repairs."
    lines = ("8 July 2020", *MENU, HEADLINE, PROSE, PROSE, PROSE, PROSE, HEADLINE, lede)
    after = _run(*lines, title=5, span=(6, 9))
    assert after.fields["published"].value == "2020-04-24"
    assert after.fields["published"].block_id == 11


def test_a_teaser_list_that_dates_each_title_above_it_gives_no_date_below() -> None:
    # The site's posts below, each title under its date: the date under the repeated
    # headline is the next post's.
    lines = ("27 January 2014", *MENU, HEADLINE, PROSE, PROSE, PROSE, PROSE)
    lines = (*lines, "26 January 2014", HEADLINE, "24 January 2014", "Library opens")
    after = _run(*lines, title=5, span=(6, 9))
    assert after.fields["published"].value == "2014-01-27"
    assert after.fields["published"].block_id == 0


def test_another_teasers_date_is_not_the_pages() -> None:
    lede = "24.04.2020The mayor opened the new library on Friday afternoon."
    lines = ("8 July 2020", *MENU, HEADLINE, PROSE, PROSE, PROSE, PROSE, "Library opens", lede)
    assert _run(*lines, title=5, span=(6, 9)).fields["published"].value == "2020-07-08"


def test_a_repeated_headline_with_a_date_inside_its_lede_gives_none() -> None:
    # Only a stamp that opens the lede dates the teaser; a date in its sentence is a mention.
    lede = "The council said on 24.04.2020 that the bridge will close for repairs."
    lines = ("8 July 2020", *MENU, HEADLINE, PROSE, PROSE, PROSE, PROSE, HEADLINE, lede)
    assert _run(*lines, title=5, span=(6, 9)).fields["published"].value == "2020-07-08"


def test_an_update_date_below_the_article_does_not_date_the_page() -> None:
    # A wiki's or a document's footer: the page's upkeep, not an article's date.
    footer = "This page was last modified on Jul 8, 2025 by contributors."
    lines = (*MENU, HEADLINE, PROSE, PROSE, "See also", footer, *MENU, "Privacy")
    before = DateExtractor().run(_page(*lines, language="en"))
    assert before.fields["published"].value == "2025-07-08"  # it stands in, high on the page
    after = _run(*lines, title=4, span=(5, 6))
    assert "published" not in after.fields
    assert after.fields["modified"].value == "2025-07-08"


def test_an_update_date_above_the_article_still_stands_in() -> None:
    lines = (*MENU, HEADLINE, "Last updated: Jul 8, 2025", PROSE, PROSE, PROSE, "Privacy")
    after = _run(*lines, title=4, span=(6, 8))
    assert after.fields["published"].value == "2025-07-08"


def test_a_publication_date_below_the_article_stays() -> None:
    # Only the update's stand-in is dropped below the article: a dated footer still dates it.
    lines = (*MENU, HEADLINE, PROSE, PROSE, "Published July 8, 2025", *MENU, "Privacy")
    after = _run(*lines, title=4, span=(5, 6))
    assert after.fields["published"].value == "2025-07-08"


def _after_comments(*lines: str, span: tuple[int, int]) -> Page:
    page = DateExtractor().run(CommentsExtractor().run(_page(*lines, language="en")))
    return HeadlineDateExtractor().run(replace(page, article_span=span))


def test_a_comments_stamp_below_the_article_does_not_date_the_page() -> None:
    lines = (HEADLINE, PROSE, PROSE, "51 Comments", "sarah says:", "July 30, 2013 at 2:33 pm")
    after = _after_comments(*lines, "Why sugar twice?", span=(1, 2))
    assert after.marks[4].reason == Reason.COMMENT_META
    assert "published" not in after.fields


def test_a_date_below_prose_that_mentions_what_someone_says_dates_the_page() -> None:
    lines = (HEADLINE, PROSE, "The mayor says the bridge will reopen in spring.", "March 9, 2023")
    after = _after_comments(*lines, span=(1, 2))
    assert after.fields["published"].value == "2023-03-09"


def test_a_date_glued_to_the_lede_in_the_window_dates_an_undated_page() -> None:
    # A dump that joined the byline and its stamp to the lede: no date line anywhere.
    lede = f"Dan Davies Dec 12, 2025 33 25 5 Share {PROSE}"
    after = _run(*MENU, HEADLINE, lede, PROSE, title=4, span=(5, 6))
    assert after.fields["published"].value == "2025-12-12"
    assert after.fields["published"].source == "text:lede_date"
    assert after.fields["published"].block_id == 5


def test_a_date_the_prose_mentions_deep_in_its_sentence_gives_no_date() -> None:
    mention = (
        "The council voted on Monday to close the old bridge for repairs that will start on"
        " May 3, 2020, officials said."
    )
    after = _run(*MENU, HEADLINE, mention, PROSE, title=4, span=(5, 6))
    assert "published" not in after.fields


def test_a_bounded_date_in_the_window_gives_no_date() -> None:
    offer = f"Sale ends 03/31/2026. While supplies last. {PROSE}"
    after = _run(*MENU, HEADLINE, offer, PROSE, title=4, span=(5, 6))
    assert "published" not in after.fields


def test_a_lede_date_is_not_read_from_html() -> None:
    lede = f"Dan Davies Dec 12, 2025 33 25 5 Share {PROSE}"
    after = _run(*MENU, HEADLINE, lede, PROSE, title=4, span=(5, 6), html=True)
    assert "published" not in after.fields
