"""cleaner.html.metadata: each source, precedence, broken JSON-LD, @graph, author cleaning."""

from __future__ import annotations

import html
import json

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.blocks import Field
from cleaner.datetimes import find_date, parse_date
from cleaner.html.metadata import (
    FIELD_NAMES,
    RANK_BYLINE,
    RANK_JSONLD_ARTICLE,
    RANK_LOCALE,
    RANK_META,
    RANK_OPENGRAPH,
    RANK_URL_DATE,
    extract_metadata,
)


def _page(head: str = "", body: str = "", lang: str = "") -> lxml.html.HtmlElement:
    lang_attribute = f' lang="{lang}"' if lang else ""
    markup = f"<html{lang_attribute}><head>{head}</head><body>{body}</body></html>"
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True)
    return lxml.html.document_fromstring(markup, parser=parser)


def _jsonld(value: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(value)}</script>'


def _fields(head: str = "", body: str = "", lang: str = "") -> dict[str, Field]:
    return extract_metadata(_page(head, body, lang))[0]


def test_docstring_example_first() -> None:
    root = _page(
        '<title>Rain due | Daily Post</title><meta property="og:site_name" content="Daily Post">',
        "<h1>Rain due</h1><p>By Jane Doe</p>",
        lang="en-GB",
    )
    fields, body = extract_metadata(root)
    assert fields["title"] == Field("Rain due", source="h1", rank=12)
    assert fields["publisher"].value == "Daily Post"
    assert fields["language"].value == "en"
    assert fields["authors"] == Field(("Jane Doe",), source="byline:text", rank=RANK_BYLINE)
    assert body == ""


# ------------------------------------------------------------------------------ JSON-LD


ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Council approves the new bridge",
    "datePublished": "2016-11-29T08:00:00+01:00",
    "dateModified": "2016-11-30",
    "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
    "publisher": {"@type": "Organization", "name": "Daily Post"},
    "description": "The vote was close.",
    "inLanguage": "en-US",
    "articleBody": "The council voted on Monday.",
}
BYLINE = "<p>By Jane Doe and John Roe</p>"


def test_jsonld_article_fills_every_field() -> None:
    fields, body = extract_metadata(_page(_jsonld(ARTICLE), BYLINE))
    assert fields["title"] == Field(
        "Council approves the new bridge", source="jsonld:headline", rank=RANK_JSONLD_ARTICLE
    )
    assert fields["authors"].value == ("Jane Doe", "John Roe")
    assert fields["authors"].source == "jsonld:author"
    assert fields["published"].value == "2016-11-29T08:00:00+01:00"
    assert fields["published"].source == "jsonld:datePublished"
    assert fields["modified"].value == "2016-11-30"
    assert fields["publisher"].value == "Daily Post"
    assert fields["summary"].value == "The vote was close."
    assert fields["language"].value == "en"
    assert body == "The council voted on Monday."


def test_a_products_description_is_the_declared_body_without_its_markup() -> None:
    product = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": "Arrival Shirt",
        "description": "<p><strong>MADE TO MOVE</strong><br>A light shirt.</p>",
    }
    _, body = extract_metadata(_page(_jsonld(product)))
    assert body == "MADE TO MOVE A light shirt."
    # On an article page the article's own body is declared, never a product it names.
    _, body = extract_metadata(_page(_jsonld(ARTICLE) + _jsonld(product)))
    assert body == "The council voted on Monday."


def test_jsonld_graph_with_id_references() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "@id": "#site", "name": "Daily Post"},
            {"@type": "Person", "@id": "#jane", "name": "Jane Doe"},
            {
                "@type": ["Article", "BlogPosting"],
                "headline": "Graph headline",
                "author": {"@id": "#jane"},
                "publisher": {"@id": "#site"},
                "datePublished": "2020-05-01",
            },
        ],
    }
    fields = _fields(_jsonld(graph), "<p>By Jane Doe</p>")
    assert fields["title"].value == "Graph headline"
    assert fields["authors"].value == ("Jane Doe",)
    assert fields["publisher"].value == "Daily Post"
    assert fields["published"].value == "2020-05-01"


def test_jsonld_list_and_nested_main_entity() -> None:
    page = {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "Nested"}}
    fields = _fields(_jsonld([{"@type": "BreadcrumbList"}, page]))
    assert fields["title"] == Field("Nested", source="jsonld:headline", rank=RANK_JSONLD_ARTICLE)


@pytest.mark.parametrize(
    "script",
    [
        '{"@type": "NewsArticle", "headline": "Trailing comma",}',
        '<!-- {"@type": "NewsArticle", "headline": "Trailing comma"} -->',
        '//<![CDATA[\n{"@type": "NewsArticle", "headline": "Trailing comma"}\n//]]>',
        '{"@type": "Organization"} {"@type": "NewsArticle", "headline": "Trailing comma"}',
    ],
)
def test_sloppy_jsonld_is_still_read(script: str) -> None:
    head = f'<script type="application/ld+json">{script}</script>'
    assert _fields(head)["title"].value == "Trailing comma"


@pytest.mark.parametrize(
    "script",
    ["{not json at all", "", "[1, 2, 3]", '"just a string"', "{" * 5000, "null", "{}"],
)
def test_broken_jsonld_never_raises(script: str) -> None:
    head = f'<script type="application/ld+json">{script}</script><title>Fallback</title>'
    fields, body = extract_metadata(_page(head))
    assert fields["title"].value == "Fallback"
    assert body == ""


def test_jsonld_with_odd_value_types_never_raises() -> None:
    odd = {
        "@type": "NewsArticle",
        "headline": ["First headline", "Second"],
        "author": [None, 3, {"name": ["Jane Doe"]}, {"givenName": "John", "familyName": "Roe"}],
        "publisher": [{"name": None}],
        "datePublished": {"@value": "2020-01-01"},
    }
    fields = _fields(_jsonld(odd), "<p>Jane Doe and John Roe wrote this.</p>")
    assert fields["title"].value == "First headline"
    assert fields["authors"].value == ("Jane Doe", "John Roe")
    assert "published" not in fields


def test_html_entities_in_jsonld_are_decoded() -> None:
    article = {"@type": "Article", "headline": "Rock &amp; roll &#8211; live"}
    assert _fields(_jsonld(article))["title"].value == "Rock & roll – live"


# ----------------------------------------------------------------------------- meta tags


def test_opengraph_and_article_meta() -> None:
    head = (
        '<meta property="og:title" content="OG title">'
        '<meta property="og:site_name" content="Daily Post">'
        '<meta property="og:url" content="https://example.org/a">'
        '<meta property="og:locale" content="de_DE">'
        '<meta property="article:published_time" content="2016-12-02T18:51:00">'
        '<meta property="article:modified_time" content="2016-12-03T09:00:00Z">'
        '<meta property="og:description" content="Short summary.">'
    )
    fields = _fields(head)
    assert fields["title"] == Field("OG title", source="meta:og:title", rank=RANK_OPENGRAPH)
    assert fields["publisher"].value == "Daily Post"
    assert fields["url"].value == "https://example.org/a"
    assert fields["language"] == Field("de", source="meta:og:locale", rank=RANK_LOCALE)
    assert fields["published"].value == "2016-12-02T18:51:00"
    assert fields["published"].source == "meta:article:published_time"
    assert fields["modified"].value == "2016-12-03T09:00:00+00:00"
    assert fields["summary"].value == "Short summary."


@pytest.mark.parametrize(
    ("meta", "source"),
    [
        ('<meta name="date" content="2019-04-01">', "meta:date"),
        ('<meta name="pubdate" content="20190401">', "meta:pubdate"),
        ('<meta name="DC.date.issued" content="2019-04-01">', "meta:dc.date.issued"),
        ('<meta name="parsely-pub-date" content="2019-04-01T10:00:00Z">', "meta:parsely-pub-date"),
        ('<meta name="sailthru.date" content="Mon, 01 Apr 2019 10:00:00">', "meta:sailthru.date"),
    ],
)
def test_other_date_meta(meta: str, source: str) -> None:
    published = _fields(meta)["published"]
    assert published.value[:10] == "2019-04-01"
    assert (published.source, published.rank) == (source, RANK_META)


def test_meta_author_needs_to_be_shown_on_the_page() -> None:
    head = '<meta name="author" content="Jane Doe">'
    assert "authors" not in _fields(head, "<p>Some text without names.</p>")
    shown = _fields(head, "<p>Text by Jane Doe, our reporter.</p>")
    assert shown["authors"] == Field(("Jane Doe",), source="meta:author", rank=RANK_META)


def test_author_named_like_the_site_is_dropped() -> None:
    head = (
        '<meta name="author" content="Daily Post">'
        '<meta property="og:site_name" content="Daily Post">'
    )
    assert "authors" not in _fields(head, "<p>© Daily Post</p>")


def test_profile_url_in_article_author_is_not_a_name() -> None:
    head = '<meta property="article:author" content="https://www.facebook.com/janedoe">'
    assert "authors" not in _fields(head, "<p>https://www.facebook.com/janedoe</p>")


# ------------------------------------------------------------------ markup and bylines


def test_time_datetime_and_rel_author() -> None:
    body = (
        '<article><header><a rel="author" href="/u/jd">Jane Doe</a>'
        '<time datetime="2021-03-04T05:06:07+02:00">4 March</time>'
        '<time class="updated" datetime="2021-03-05">5 March</time></header></article>'
    )
    fields = _fields(body=body)
    assert fields["authors"] == Field(("Jane Doe",), source="rel=author", rank=30)
    assert fields["published"] == Field("2021-03-04T05:06:07+02:00", "time[datetime]", rank=30)
    assert fields["modified"].value == "2021-03-05"


def test_microdata_itemprops() -> None:
    body = (
        '<div itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Micro</h1>'
        '<span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span>'
        "<abbr itemprop=\"datePublished\" title='2018-06-05T08:00:00-07:00'>08:00</abbr></div>"
    )
    fields = _fields(body=body)
    assert fields["authors"].source == "itemprop:author"
    assert fields["authors"].value == ("Jane Doe",)
    assert fields["published"].value == "2018-06-05T08:00:00-07:00"


def test_byline_class_patterns() -> None:
    body = '<h1>Title</h1><div class="article-byline">By <a href="/p/jd">JANE DOE</a></div>'
    assert _fields(body=body)["authors"] == Field(
        ("Jane Doe",), source="byline:class-link", rank=RANK_BYLINE
    )


def test_bylines_in_comments_and_related_lists_are_ignored() -> None:
    body = (
        "<h1>Title</h1><p>Text.</p>"
        '<div class="comments"><span class="comment-author">By Troll Person</span>'
        '<time datetime="2020-01-01">1 Jan</time></div>'
        '<aside><div class="byline">By Other Writer</div></aside>'
    )
    fields = _fields(body=body)
    assert "authors" not in fields
    assert "published" not in fields


def test_rdfa_property_outside_meta() -> None:
    body = '<span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span>'
    assert _fields(body=body)["published"].source == "itemprop:schema:dateCreated"


def test_date_in_the_pages_own_url() -> None:
    head = '<link rel="canonical" href="https://example.org/2021/10/20/bridge-opens/">'
    assert _fields(head)["published"] == Field("2021-10-20", "url:date", rank=RANK_URL_DATE)


def test_printed_day_wins_over_a_timestamp_on_the_next_day() -> None:
    head = '<meta property="article:published_time" content="2021-11-04T23:00:00+00:00">'
    shifted = _fields(head, '<p class="post-date">5. November 2021</p>')["published"]
    assert (shifted.value, shifted.source, shifted.rank) == ("2021-11-05", "byline:date", 50)
    same = _fields(head, '<p class="date">4. November 2021</p><p class="date">5.11.2021</p>')
    assert same["published"].value == "2021-11-04T23:00:00+00:00"
    far = _fields(head, '<p class="date">9. November 2021</p>')
    assert far["published"].value == "2021-11-04T23:00:00+00:00"


def test_slashed_dates_follow_the_page_language() -> None:
    body = '<p class="date">02/10/2020</p>'
    assert _fields(body=body, lang="en-GB")["published"].value == "2020-10-02"
    assert _fields(body=body, lang="en-US")["published"].value == "2020-02-10"


def test_visible_date_when_there_is_no_markup() -> None:
    body = "<h1>Title</h1><p class='meta'>Veröffentlicht am 3. März 2020</p><p>Text.</p>"
    assert _fields(body=body)["published"].value == "2020-03-03"
    plain = "<h1>Title</h1><p>Some text.</p><p><em>16.08.2019</em></p>"
    assert _fields(body=plain)["published"] == Field("2019-08-16", "text:first-date", rank=5)
    dateline = "<h1>Title</h1><p>27.1.2022 - " + "The council met on Monday. " * 10 + "</p>"
    assert _fields(body=dateline)["published"].value == "2022-01-27"


def test_first_shown_date_skips_history_and_comments() -> None:
    body = (
        "<h1>Title</h1><p>Founded on 18.10.1819 in Bonn.</p>"
        "<div class='comments'><p>03.03.2020</p></div><footer>01.01.2021</footer>"
        "<p>Stand: 05.05.2019</p>"
    )
    assert _fields(body=body)["published"].value == "2019-05-05"


# ----------------------------------------------------------------------------- precedence


def test_precedence_jsonld_over_opengraph_over_meta_over_markup() -> None:
    head = (
        _jsonld({"@type": "NewsArticle", "datePublished": "2020-01-01"})
        + '<meta property="article:published_time" content="2020-02-02">'
        + '<meta name="date" content="2020-03-03">'
    )
    body = '<time datetime="2020-04-04">x</time><p class="date">5 May 2020</p>'
    assert _fields(head, body)["published"].source == "jsonld:datePublished"
    without_jsonld = head.split("</script>", 1)[1]
    assert _fields(without_jsonld, body)["published"].value == "2020-02-02"
    only_meta = '<meta name="date" content="2020-03-03">'
    assert _fields(only_meta, body)["published"].value == "2020-03-03"
    assert _fields("", body)["published"].value == "2020-04-04"
    assert _fields("", '<p class="date">5 May 2020</p>')["published"].value == "2020-05-05"


def test_unparseable_higher_rank_falls_through() -> None:
    head = (
        '<meta property="article:published_time" content="0000-00-00 00:00:00">'
        '<meta name="date" content="2020-03-03">'
    )
    assert _fields(head)["published"].source == "meta:date"


def test_webpage_author_is_not_the_article_author() -> None:
    page = {"@type": "WebPage", "name": "Page", "author": {"name": "Web Editor"}}
    assert "authors" not in _fields(_jsonld(page), "<p>Web Editor</p>")


# --------------------------------------------------------------------------------- titles


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        # The visible heading agrees with og:title and has the page's typography.
        ('<meta property="og:title" content="Say \'no\' to it">', "<h1>Say ‘no’ to it</h1>",
         "Say ‘no’ to it"),
        # Site name stripped when it is the declared site name.
        ('<meta property="og:title" content="Rain due - Daily Post">'
         '<meta property="og:site_name" content="Daily Post">', "", "Rain due"),
        # A kicker in og:title that the h1 does not show.
        ('<meta property="og:title" content="Covid: Schools close early">',
         "<h1>Schools close early</h1>", "Schools close early"),
        # A logo h1 and a title-classed h1: the class wins.
        ("<title>Kleine Schafskunde | Maescot</title>",
         '<h1>Maescot</h1><h1 class="entry-title">Kleine Schafskunde</h1>', "Kleine Schafskunde"),
        # Only <title>: a short site suffix goes.
        ("<title>Was ist Freie Software - MyOOS Community Forum</title>", "",
         "Was ist Freie Software"),
    ],
)  # fmt: skip
def test_title_choice(head: str, body: str, title: str) -> None:
    assert _fields(head, body)["title"].value == title


def test_title_keeps_real_dash_parts_of_structured_titles() -> None:
    head = '<meta property="og:title" content="This County Criminalized Students – Until Now">'
    assert _fields(head)["title"].value == "This County Criminalized Students – Until Now"


def test_truncated_jsonld_headline_gives_way_to_the_full_heading() -> None:
    full = "A very long headline " * 6
    cut = full[:100]
    fields = _fields(_jsonld({"@type": "NewsArticle", "headline": cut}), f"<h1>{full}</h1>")
    assert fields["title"].value == full.strip()
    assert fields["title"].source == "h1"


# -------------------------------------------------------------------------------- authors


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("Von Lars Fischer und Alina Schadwinkel", ("Lars Fischer", "Alina Schadwinkel")),
        ("By JANE DOE, Staff Writer", ("Jane Doe",)),
        ("Posted by Jane Doe | @janedoe", ("Jane Doe",)),
        ("Autor: Jane Doe", ("Jane Doe",)),
    ],
)
def test_author_cleaning(byline: str, names: tuple[str, ...]) -> None:
    assert _fields(body=f"<h1>T</h1><div class='byline'>{byline}</div>")["authors"].value == names


@pytest.mark.parametrize(
    "byline",
    [
        "Von Brot, Wein und Käse",  # a list of things, not of people
        "Von der Idee zur Umsetzung",  # a heading
        "By the numbers",
    ],
)
def test_byline_text_that_is_not_a_byline(byline: str) -> None:
    assert "authors" not in _fields(body=f"<h1>T</h1><p>{byline}</p><p>Text.</p>")


def test_organisations_and_gendered_words_are_not_authors() -> None:
    head = '<meta name="author" content="Deutsches Weininstitut GmbH">'
    assert "authors" not in _fields(head, "<p>© Deutsches Weininstitut GmbH</p>")
    microdata = '<span itemprop="author">Verifizierte/r Tierfreund/in</span>'
    assert "authors" not in _fields(body=microdata)


def test_logo_h1_is_not_the_title() -> None:
    head = (
        '<link rel="canonical" href="https://www.l-mag.de/news/x.html">'
        "<title>Holocaust-Gedenktag: Erinnerungskultur</title>"
    )
    fields = _fields(head, "<h1>L-Mag</h1><p>Text</p>")
    assert fields["title"] == Field("Holocaust-Gedenktag: Erinnerungskultur", "title", rank=10)


def test_authors_are_deduplicated() -> None:
    article = {"@type": "Article", "author": ["Jane Doe", {"name": "JANE DOE"}, "jane doe"]}
    assert _fields(_jsonld(article), "<p>Jane Doe</p>")["authors"].value == ("Jane Doe",)


# ------------------------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("lang", "head", "code"),
    [
        ("en-GB", "", "en"),
        ("", '<meta http-equiv="content-language" content="fr-CA">', "fr"),
        ("", '<meta property="og:locale" content="pt_BR">', "pt"),
        ("x-default", "", None),
    ],
)
def test_language(lang: str, head: str, code: str | None) -> None:
    language = _fields(head, lang=lang).get("language")
    assert (language.value if language else None) == code


# ----------------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2016-11-29", "2016-11-29"),
        ("2016-12-02T18:51:00", "2016-12-02T18:51:00"),
        ("2016-12-02 18:51", "2016-12-02T18:51:00"),
        ("2016-12-02T18:51:00.123+0100", "2016-12-02T18:51:00+01:00"),
        ("2016-12-02T18:51:00Z", "2016-12-02T18:51:00+00:00"),
        ("Fri, 02 Dec 2016 18:51:00 GMT", "2016-12-02T18:51:00+00:00"),
        ("December 2, 2016", "2016-12-02"),
        ("02.12.2016", "2016-12-02"),
        ("01-11-2023 10:29", "2023-11-01T10:29:00"),
        ("2. Dezember 2016", "2016-12-02"),
        ("20161202", "2016-12-02"),
        ("0000-00-00 00:00:00", None),
        ("1970-01-01", None),
        ("0001-01-01T00:00:00", None),
        ("2016-02-30", None),
        ("December 2016", None),
        ("yesterday", None),
        ("12", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_find_date_in_running_text() -> None:
    assert find_date("Posted on June 3, 2019 by admin") == "2019-06-03"
    assert find_date("Samstag, 5. Oktober 2013") == "2013-10-05"
    assert find_date("12 comments, 3 shares") is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_markup_text_never_raises(text: str) -> None:
    escaped = html.escape(text, quote=True)
    head = (
        f'<script type="application/ld+json">{escaped}</script>'
        f'<meta name="date" content="{escaped}"><meta name="author" content="{escaped}">'
    )
    body = f'<time datetime="{escaped}">{escaped}</time><p class="byline">By {escaped}</p>'
    fields, declared = extract_metadata(_page(head, body))
    assert set(fields) <= set(FIELD_NAMES)
    assert all(field.rank >= 1 for field in fields.values())
    assert isinstance(declared, str)
