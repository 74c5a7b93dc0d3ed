"""Choosing the article container and labelling the blocks around it."""

from __future__ import annotations

import dataclasses

from cleaner.blocks import Block, DomFeatures
from cleaner.html.content import build_blocks, choose, text_size
from cleaner.html.layout import read_layout
from cleaner.html.parse import parse_html

PROSE = "The council voted on Monday to approve the new plan for the old harbour district. "


def _blocks(body: str, declared: str = "") -> list[Block]:
    root = parse_html(f"<html><body>{body}</body></html>", max_bytes=10**6)
    return list(build_blocks(read_layout(root), declared))


def _kept(body: str, declared: str = "") -> list[str]:
    return [
        b.text
        for b in _blocks(body, declared)
        if b.dom and b.dom.in_article and not b.dom.boilerplate
    ]


def test_article_beats_link_heavy_sidebar() -> None:
    body = (
        "<div class='sidebar'><ul>"
        + "<li><a href='#'>Another story here</a></li>" * 20
        + "</ul></div>"
        f"<div><p>{PROSE}</p><p>{PROSE}</p></div>"
    )
    assert _kept(body) == [PROSE.strip()] * 2


def test_comment_section_is_left_out_even_when_it_is_prose() -> None:
    body = (
        f"<article><p>{PROSE}</p><p>{PROSE}</p></article>"
        f"<section id='comments'><p>{PROSE * 2}</p><p>{PROSE * 2}</p></section>"
    )
    blocks = _blocks(body)
    assert [b.dom.boilerplate for b in blocks if b.dom] == [
        None,
        None,
        "comment_section",
        "comment_section",
    ]


def test_declared_body_picks_the_matching_container() -> None:
    other = "Readers also liked this unrelated story about football and the weather this week. "
    body = f"<div><p>{other * 3}</p><p>{other * 3}</p></div><div><p>{PROSE}</p></div>"
    rest = " ".join(f"sentence{i} of the declared article body." for i in range(60))
    assert _kept(body, declared=PROSE + rest) == [PROSE.strip()]


def test_intro_just_before_the_body_container_is_kept() -> None:
    intro = "A short standfirst that sums up the story in one sentence for readers."
    body = (
        f"<div><h1>Title</h1><p class='intro'>{intro}</p>"
        f"<div class='longtext'><p>{PROSE * 2}</p><p>{PROSE * 2}</p></div>"
        "<div class='slides'>" + "<div><h4><a href='#'>Teaser</a></h4></div>" * 5 + "</div></div>"
    )
    assert intro in _kept(body)


def test_intro_in_the_article_header_is_kept_past_a_share_bar() -> None:
    intro = "A short standfirst that sums up the story in one sentence for readers."
    tagline = "Independent local news for the harbour district and its people since 1921."
    body = (
        f"<div class='top'><p>{tagline}</p></div><div class='wrap'>"
        f"<header><h1>Title</h1><div class='dek'><p>{intro}</p></div>"
        "<div class='share'><a href='#'>Share</a></div></header>"
        f"<div class='article-body'><p>{PROSE * 2}</p><p>{PROSE * 2}</p></div>"
        "<div class='slides'>" + "<div><h4><a href='#'>Teaser</a></h4></div>" * 5 + "</div></div>"
    )
    kept = _kept(body)
    assert intro in kept
    assert tagline not in kept  # prose before the article's own parent is not its intro


_TEASERS = "<div class='slides'>" + "<div><h4><a href='#'>Teaser</a></h4></div>" * 5 + "</div>"


def test_intro_under_the_headline_is_kept_when_the_body_sits_in_another_column() -> None:
    intro = "A short standfirst that sums up the story in one sentence for readers."
    tagline = "Independent local news for the harbour district and its people since 1921."
    body = (
        f"<div class='top'><p>{tagline}</p></div><main><div class='wrap'>"
        f"<header><h1>Title</h1><p>{intro}</p><div>21.01.2022 by Jane Doe</div></header>"
        f"<div class='row'><div class='col'><div class='article-body'><p>{PROSE * 2}</p>"
        f"<p>{PROSE * 2}</p></div></div></div>{_TEASERS}</div></main>"
    )
    kept = _kept(body)
    assert intro in kept
    assert tagline not in kept  # above the headline: the page's, not the article's


def test_a_box_under_its_own_heading_is_no_intro() -> None:
    claim = "The ministry said the border crossings were blocked by armed groups all week."
    body = (
        f"<main><div class='wrap'><header><h1>Title</h1></header><div class='claim'>"
        f"<h2>What was claimed</h2><p>{claim}</p></div><div class='row'><div class='col'>"
        f"<div class='article-body'><p>{PROSE * 2}</p><p>{PROSE * 2}</p></div></div></div>"
        f"{_TEASERS}</div></main>"
    )
    assert claim not in _kept(body)


def test_a_footer_named_wrapper_around_nearly_all_the_prose_is_layout() -> None:
    body = f"<div class='map1-footer'><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>"
    assert len(_kept(body)) == 3


def test_wrapper_with_a_boilerplate_class_is_not_boilerplate() -> None:
    body = f"<div class='layout-with-sidebar sidebar'><p>{PROSE}</p><p>{PROSE}</p></div>"
    assert _kept(body) == [PROSE.strip()] * 2


def test_boilerplate_inside_the_article_keeps_its_reason() -> None:
    body = (
        f"<article><p>{PROSE}</p><div class='newsletter-signup'><p>Get our newsletter.</p></div>"
        f"<div class='author-bio'><p>Jane writes about cities.</p></div><p>{PROSE}</p></article>"
    )
    reasons = {b.text: b.dom.boilerplate for b in _blocks(body) if b.dom}
    assert reasons["Get our newsletter."] == "newsletter_box"
    assert reasons["Jane writes about cities."] == "author_bio"


LATER = "The plan goes to a public vote in the spring, the mayor said after the meeting. "


def test_paragraphs_a_box_left_open_swallowed_are_kept() -> None:
    # The parser hangs the article's next paragraphs on a sign-up box left open.
    body = (
        f"<article>{f'<p>{PROSE}</p>' * 3}<div class='newsletter-signup'><div class='form'>"
        "<p>Sign up for our weekly newsletter.</p></div>"
        f"<p>{LATER}</p><p>{LATER}</p></div></article>"
    )
    assert _kept(body) == [PROSE.strip()] * 3 + [LATER.strip()] * 2


def test_a_box_that_opens_with_its_own_text_keeps_its_reason() -> None:
    body = (
        f"<article><p>{PROSE}</p><div class='newsletter-signup'><p>Our newsletter</p>"
        f"<p>{LATER}</p></div><p>{PROSE}</p></article>"
    )
    assert LATER.strip() not in _kept(body)
    body = (
        f"<article><p>{PROSE}</p><div class='promo-box'><h3>Records</h3>"
        f"<p>{LATER}</p></div><p>{PROSE}</p></article>"
    )
    assert LATER.strip() not in _kept(body)


def test_a_box_after_no_paragraph_keeps_its_reason() -> None:
    body = (
        f"<article><p>{PROSE}</p><h2>More</h2><div class='newsletter-signup'><div class='form'>"
        f"<p>Sign up for our weekly newsletter.</p></div><p>{LATER}</p></div></article>"
    )
    assert LATER.strip() not in _kept(body)


def test_cjk_text_counts_as_words() -> None:
    assert text_size("武汉的声音有英勇的你才有英雄的城") >= 8


def test_live_report_entries_are_not_a_comment_section() -> None:
    body = (
        "<div class='live-comments'>"
        + f"<div class='live-comment'><p>{PROSE}</p></div>" * 3
        + "</div><div class='menu'><a href=/>Home</a></div>"
    )
    assert _kept(body) == [PROSE.strip()] * 3


def test_prose_under_misnamed_wrappers_is_still_found() -> None:
    # Every container around the prose carries a navigation-like class name.
    body = (
        "<div class='left-navigation-wrapper'><div class='tabs-wrapper'>"
        f"<p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div></div>"
    )
    assert _kept(body) == [PROSE.strip()] * 3


def test_question_with_long_comment_thread_stays_in_the_content() -> None:
    question = "How does one know which auxiliary verb to use in the passive voice here? "
    comments = "<ul class='comments-list'>" + f"<li>{PROSE * 2}</li>" * 4 + "</ul>"
    body = (
        f"<div class='mainbar'><div class='question'><p>{question * 3}</p>{comments}</div>"
        "<div class='answers'>"
        + f"<div class='answer'><p>{PROSE * 2}</p></div>" * 2
        + "</div></div>"
    )
    assert (question * 3).strip() in _kept(body)


def test_dom_features_hold_what_the_steps_read() -> None:
    # Fields no step reads cost the front end for nothing (issue 14): these are all read.
    names = [f.name for f in dataclasses.fields(DomFeatures)]
    assert names == ["link_density", "in_article", "heading_level", "boilerplate"]


def test_blocks_carry_the_word_count_of_the_layout() -> None:
    root = parse_html("<body><p>One  two\nthree <b>four</b></p></body>", max_bytes=10**6)
    (block,) = build_blocks(read_layout(root))
    assert block.words == len(block.text.split()) == 4


def test_an_article_cut_into_sections_by_link_lists_is_kept_whole() -> None:
    links = "<ul>" + "<li><a href='#'>Another story over here</a></li>" * 30 + "</ul>"
    sections = [f"<section><p>{PROSE * 5} Part {i}.</p></section>" for i in range(5)]
    body = "<div class='menu'>" + links + "</div><article>" + links.join(sections) + "</article>"
    kept = [text for text in _kept(body) if "council" in text]
    assert [text[-7:] for text in kept] == [f"Part {i}." for i in range(5)]


def test_a_section_of_an_article_that_holds_most_of_its_prose_is_not_climbed_from() -> None:
    links = "<ul>" + "<li><a href='#'>Another story over here</a></li>" * 30 + "</ul>"
    body = (
        f"<article><section><p>{PROSE * 6}</p><p>{PROSE * 6}</p></section>{links}"
        f"<section><p>{PROSE} Aside.</p></section></article>"
    )
    assert not any(text.endswith("Aside.") for text in _kept(body))


def test_a_tab_panel_is_not_its_strips_navigation() -> None:
    # A tab widget named "tabs" (navigation: its strip of tab links) shows its panels: a
    # product's description in one is content.
    body = (
        f"<div><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>"
        "<div class='product-tabs'><ul><li><a href='#d'>Description</a></li>"
        "<li><a href='#r'>Reviews</a></li></ul>"
        f"<div class='woocommerce-Tabs-panel' id='d'><p>{PROSE}</p></div>"
        f"<div role='tabpanel'><p>{PROSE}</p></div></div></div>"
    )
    assert _kept(body) == [PROSE.strip()] * 5
    # The strip itself is still navigation.
    strip = [b.text for b in _blocks(body) if b.dom and b.dom.boilerplate]
    assert strip == ["Description", "Reviews"]


def test_a_menus_tab_panels_stay_navigation() -> None:
    # Panels inside a <nav> (a mega menu's tabs) are the menu's.
    body = (
        f"<div><p>{PROSE}</p><p>{PROSE}</p></div>"
        f"<nav class='tabs'><div role='tabpanel'><p>{PROSE} Menu.</p></div></nav>"
    )
    assert _kept(body) == [PROSE.strip()] * 2


TEASER = (
    "<li><div class='kicker'>Harbour news</div><div>Ferry timetable changes</div>"
    "<p>The ferry company said that the winter timetable starts next week with fewer crossings.</p>"
    "</li>"
)


def test_the_article_beats_the_whole_page_that_wins_by_its_teaser_lists() -> None:
    # "More stories" teasers below the article: a title line and a line of summary each,
    # linked by an empty overlay link, so their summaries read as prose.
    body = (
        f"<div><div class='story'><p>{PROSE}</p>" + f"<p>{PROSE}</p>" * 7 + "</div>"
        "<ul>" + TEASER * 10 + "</ul></div>"
    )
    assert _kept(body) == [PROSE.strip()] * 8
    notes = _choice_notes(body)
    assert notes == ["beside_teasers"]


def test_a_page_of_teasers_alone_keeps_them() -> None:
    # A listing page: nothing but teasers and a short intro, so no article to narrow to.
    body = f"<div><div><p>{PROSE}</p></div><ul>" + TEASER * 10 + "</ul></div>"
    kept = _kept(body)
    assert kept[0] == PROSE.strip()
    assert len([text for text in kept if text.startswith("The ferry")]) == 10


def test_a_list_article_of_long_items_is_no_teaser_list() -> None:
    # Each item of a list article is a heading and a paragraph too, but a long one.
    item = f"<section><h2>One of the ideas</h2><p>{PROSE * 4}</p></section>"
    body = f"<div><div><p>{PROSE}</p>" + f"<p>{PROSE}</p>" * 7 + "</div>" + item * 6 + "</div>"
    assert len(_kept(body)) == 8 + 6 * 2
    assert _choice_notes(body) == []


def _choice_notes(body: str) -> list[str]:
    root = parse_html(f"<html><body>{body}</body></html>", max_bytes=10**6)
    return [note.code for note in choose(read_layout(root), None).notes]


CONSENT = (
    "We and our partners store and access personal data, like browsing data or unique "
    "identifiers, on your device, and process it for personalised ads and content. "
)
TEASER_ITEM = (
    "<li><h3><a href=/a>The ferry to the island runs again</a></h3>"
    "<p>The ferry to the island runs again after the winter, the port said on Monday.</p></li>"
)
TEASER_LIST = f"<ul class='more-stories'>{TEASER_ITEM * 4}</ul>"


def test_a_consent_notice_is_never_the_content_when_the_other_names_are_set_aside() -> None:
    # A section page: its teasers sit under a "more-stories" name, so class names put all of
    # the page's prose in boilerplate and the names are set aside; the consent notice (a
    # "consent" container around a "banner" one, more prose than the teasers) still lies
    # over the page.
    body = (
        f"<div class='topics-page'>{TEASER_LIST}</div>"
        f"<div id='x-consent-sdk'><div id='x-banner-sdk'><p>{CONSENT}</p><p>{CONSENT}</p>"
        f"<p>{CONSENT}</p></div></div>"
    )
    kept = _kept(body)
    assert not any(text.startswith("We and our partners") for text in kept)
    assert any(text.startswith("The ferry to the island") for text in kept)


def test_prose_that_mentions_cookies_and_consent_is_kept() -> None:
    # Only a class or id names a consent notice: a recipe about cookies is the content.
    recipe = (
        "Bake the cookies for twelve minutes, and ask for consent before you share them with "
        "the neighbours, who like their cookies soft. "
    )
    body = f"<div class='menu'><a href=/>Home</a></div><article><p>{recipe * 2}</p></article>"
    assert _kept(body) == [(recipe * 2).strip()]


def test_a_long_list_of_place_names_is_no_prose() -> None:
    # A service page's list of the towns it serves: hundreds of words, no punctuation. It
    # must not outweigh the page's few paragraphs of prose.
    towns = " ".join(["Irvine Perris Rosamond Chino Piru Highland Inglewood Cerritos"] * 40)
    links = "".join(f"<li><a href=/{i}>Party rentals in town {i}</a></li>" for i in range(20))
    body = (
        f"<div><p>{PROSE}</p><p>{PROSE}</p></div>"
        f"<div><ul>{links}</ul><p>We serve the following cities:</p><p>{towns}</p></div>"
    )
    assert _kept(body) == [PROSE.strip()] * 2


def test_long_prose_with_few_stops_is_still_prose() -> None:
    # A forum post written without stops still has a comma now and then, and a poem its
    # line breaks.
    post = ", ".join(["i have watermelon and bell peppers in the same bed this year"] * 10)
    poem = "<br>".join(["the river runs along the quiet town at night"] * 12)
    body = f"<div class='menu'><a href=/>Home</a></div><div><p>{post}</p><p>{poem}</p></div>"
    kept = _kept(body)
    assert len(kept) == 2 and kept[0].startswith("i have watermelon")


def test_a_related_box_whose_cards_carry_body_markup_stays_related() -> None:
    # Each card of a related-posts box reuses the theme's "entry-content" class; the
    # article's own body markup, outside the box, holds more prose.
    card = "<div class='card'><h3>Other story</h3><div class='entry-content'><p>{}</p></div></div>"
    teaser = "A short summary of another story that the site wants you to read next."
    body = (
        f"<main><article><div class='entry-content'><p>{PROSE}</p><p>{PROSE}</p>"
        f"<p>{PROSE}</p></div></article>"
        "<div class='related-posts'>" + card.format(teaser) * 3 + "</div></main>"
    )
    assert _kept(body) == [PROSE.strip()] * 3


def test_body_markup_under_a_misnamed_box_is_still_the_article() -> None:
    # The only body markup on the page sits in a box with a related-sounding name.
    body = (
        "<div class='related-wrap'><div class='entry-content'>"
        f"<p>{PROSE}</p><p>{PROSE}</p></div></div>"
        "<div class='sidebar'><ul>" + "<li><a href='#'>Another story</a></li>" * 5 + "</ul></div>"
    )
    assert _kept(body) == [PROSE.strip()] * 2
