"""Article metadata from a parsed HTML page: JSON-LD, meta tags, microdata, bylines, headings.

One module per job: :mod:`.index` finds the elements metadata is read from (one walk),
:mod:`.jsonld`, :mod:`.tags` and :mod:`.shown` turn them into candidates, :mod:`.titles`,
:mod:`.names` and :mod:`cleaner.datetimes` clean values, :mod:`.candidates` holds the ranks
and the choice by rank, and :mod:`.extract` ties them up in :func:`extract_metadata`.

Every place a value can come from is a *candidate* with a source name and a rank; for each
field the highest-ranked candidate that survives cleaning wins. The ranks follow how specific
the markup is: JSON-LD for the article itself (60) > OpenGraph and ``article:*`` (50) >
JSON-LD for the page or site, ``<html lang>``, canonical link (45) > other ``<meta>`` (40) >
``og:locale`` (35) > ``<time datetime>``, ``rel=author``, microdata and RDFa (30) > byline
class and text patterns (20) > a date in the page's own URL (15) > ``<h1>`` (12) >
``<title>`` (10) > the first date shown on a page that has no other (5). Text-pattern steps on
blocks have rank 0, so any value found here beats them. Three fields look further than rank:

* title: a visible heading that agrees with a structured title is preferred (it has the page's
  own typography and no site name), with the rank of the title it agrees with;
* authors: names from JSON-LD and meta tags count only if the page shows them and they are not
  the site's own name;
* published: when a markup timestamp falls on the day next to the one a byline prints (time
  zones), the printed day is given.

Each field's ``source`` names where it came from: ``jsonld:headline``, ``meta:og:title``,
``itemprop:datePublished``, ``time[datetime]``, ``rel=author``, ``byline:class``,
``byline:text``, ``url:date``, ``h1``, ``title``, ``text:first-date`` ...

>>> import lxml.html
>>> root = lxml.html.fromstring(
...     '<html lang="en-GB"><head><title>Rain due | Daily Post</title>'
...     '<meta property="og:site_name" content="Daily Post">'
...     '<meta name="author" content="By JANE DOE and @jdoe">'
...     '<script type="application/ld+json">{"@type": "NewsArticle",'
...     ' "datePublished": "2016-11-29T08:00:00+01:00", "articleBody": "It will rain.",}'
...     '</script></head><body><p>By Jane Doe</p><p>It will rain.</p></body></html>')
>>> fields, body = extract_metadata(root)
>>> fields["title"].value, fields["title"].source
('Rain due', 'title')
>>> fields["authors"].value, fields["authors"].source
(('Jane Doe',), 'meta:author')
>>> fields["published"].value, fields["language"].value, fields["publisher"].value
('2016-11-29T08:00:00+01:00', 'en', 'Daily Post')
>>> body
'It will rain.'
"""

from cleaner.html.metadata.candidates import (
    FIELD_NAMES,
    RANK_BYLINE,
    RANK_HEADING,
    RANK_JSONLD_ARTICLE,
    RANK_LOCALE,
    RANK_MARKUP,
    RANK_META,
    RANK_OPENGRAPH,
    RANK_PAGE,
    RANK_TEXT,
    RANK_TITLE_TAG,
    RANK_URL_DATE,
)
from cleaner.html.metadata.extract import extract_metadata

__all__ = [
    "FIELD_NAMES",
    "RANK_BYLINE",
    "RANK_HEADING",
    "RANK_JSONLD_ARTICLE",
    "RANK_LOCALE",
    "RANK_MARKUP",
    "RANK_META",
    "RANK_OPENGRAPH",
    "RANK_PAGE",
    "RANK_TEXT",
    "RANK_TITLE_TAG",
    "RANK_URL_DATE",
    "extract_metadata",
]
