"""Where a date or a name belongs to something else than the article: comments, related
links, site chrome.

Containers are recognised by whole class/id words ("comments", "related-posts"), so
"with-sidebar" or "sidebar-off" do not count.

>>> import lxml.html
>>> from cleaner.html.metadata.index import index_page
>>> root = lxml.html.fromstring('<html><body><div class="comment-list"><time id=a></time></div>'
...     '<article><aside class="sidebar"><time id=b></time></aside></article></body></html>')
>>> index = index_page(root)
>>> [is_excluded(t, index) for t in index.by_tag["time"]]
[True, False]
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from cleaner.html.metadata.index import UNSHOWN_TAGS, PageIndex
from cleaner.prechecks import required_literals, trie_pattern

__all__ = ["is_excluded", "is_not_dating"]

_EXCLUDED = re.compile(
    r"(?:^|[\s_-])(?:comments?|commentlist|comment-list|related|recommended|recommendations|"
    r"teaser|teasers|popular|trending|newsletter|promo|author-bio|about-author|disqus|respond|"
    r"replies|reply)(?=$|[\s_-])",
)
# Site chrome; inside an <article> such names mark the article's own side panels, not chrome.
_CHROME = re.compile(
    r"(?:^|\s)(?:site-|page-|global-|main-)?footer(?=$|[\s_-])|"
    r"(?:^|[\s_-])(?:sidebar|navigation|menu|breadcrumbs?)(?=$|[\s_-])"
)
_MODIFIER_WORD = r"(?:^|\s)(?:has|with|no|without|is|show|hide)[-_]\S*"
_MODIFIER = re.compile(_MODIFIER_WORD + r"|\S*-off(?=\s|$)")
# The same without its "-off" branch, for labels without "-off": that branch backtracks
# through every word at every position, the slowest test here on long class lists.
_MODIFIER_NO_OFF = re.compile(_MODIFIER_WORD)
# Words one of the two patterns above needs (read off them): a label with none of them
# matches neither.
_LABEL_WORDS = re.compile(
    trie_pattern((*(required_literals(_EXCLUDED) or ("",)), *(required_literals(_CHROME) or ("",))))
)
_MAX_ANCESTORS = 40
# Subtrees where a date is not the article's: chrome, and containers named like comments.
_NOT_DATING_TAGS = UNSHOWN_TAGS | {"head", "nav", "select", "footer", "aside"}


def _label(element: etree._Element) -> str:
    label = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    if "-" in label or "_" in label:
        return (_MODIFIER if "-off" in label else _MODIFIER_NO_OFF).sub(" ", label)
    return label


def _label_kinds(element: etree._Element) -> tuple[bool, bool]:
    """Whether the element's class/id name (excluded content, site chrome)."""
    label = _label(element)
    if _LABEL_WORDS.search(label) is None:
        return False, False
    return _EXCLUDED.search(label) is not None, _CHROME.search(label) is not None


def is_excluded(element: HtmlElement, index: PageIndex) -> bool:
    """Whether ``element`` sits in comments, related links or site chrome."""
    labels = index.labels
    in_chrome = False
    for depth, ancestor in enumerate(element.iterancestors()):
        tag = ancestor.tag
        if tag == "article":
            return False  # comments inside the article were caught on the way up
        if depth > _MAX_ANCESTORS or tag in ("body", "html"):
            break  # page-wide layout classes ("content-sidebar") say nothing
        kinds = labels.get(ancestor)
        if kinds is None:
            kinds = labels[ancestor] = _label_kinds(ancestor)
        if kinds[0]:
            return True
        in_chrome = in_chrome or tag in ("aside", "nav") or kinds[1]
    return in_chrome


def is_not_dating(element: etree._Element) -> bool:
    """Whether a date shown inside ``element`` cannot be the article's."""
    if element.tag in _NOT_DATING_TAGS:
        return True
    excluded, chrome = _label_kinds(element)
    return excluded or chrome
