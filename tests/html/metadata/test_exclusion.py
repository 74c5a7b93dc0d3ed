"""cleaner.html.metadata.exclusion: the quick looks before the patterns change no answer."""

from __future__ import annotations

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.html.metadata import exclusion
from cleaner.html.metadata.exclusion import _label, _label_kinds, is_excluded
from cleaner.html.metadata.index import index_page

_WORDS = st.sampled_from(
    "comment comments reply related teaser promo footer site-footer sidebar menu nav "
    "navigation breadcrumbs has-sidebar with-comments sidebar-off is-menu content main post "
    "author-bio about-author disqus respond replies x _ - -off".split()
)
_LABELS = st.lists(_WORDS, max_size=5).map(" ".join) | st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30
)


def _element(label: str) -> lxml.html.HtmlElement:
    element = lxml.html.Element("div")
    element.set("class", label)
    return element


@settings(max_examples=400, deadline=None)
@given(_LABELS)
def test_label_and_kinds_are_the_plain_pattern_tests(label: str) -> None:
    element = _element(label)
    full = f"{label} ".lower()
    expected = exclusion._MODIFIER.sub(" ", full) if "-" in full or "_" in full else full
    assert _label(element) == expected
    assert _label_kinds(element) == (
        exclusion._EXCLUDED.search(expected) is not None,
        exclusion._CHROME.search(expected) is not None,
    )


def test_comments_and_chrome_exclude_but_the_article_does_not() -> None:
    root = lxml.html.fromstring(
        "<html><body><div class='comment-list'><time id=a></time></div>"
        "<aside><time id=b></time></aside><div class='has-sidebar'><time id=c></time></div>"
        "<article><div class='sidebar'><time id=d></time></div></article></body></html>"
    )
    index = index_page(root)
    assert [is_excluded(t, index) for t in index.by_tag["time"]] == [True, True, False, False]
