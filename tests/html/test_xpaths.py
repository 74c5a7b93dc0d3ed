"""cleaner.html.xpaths: class/id tokens -> boilerplate reason, content hint, caption."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.html.xpaths import (
    boilerplate_reason,
    class_parts,
    content_hint,
    has_keyword,
    is_caption_class,
    token_signals,
)

_PIECES = st.sampled_from(
    "has with no is js live blog comment comments share social ad Ad AD ads post content "
    "body caption credit side bar nav menu text main article entry tags meta read more hide "
    "show wp td col md 8 x - _ -- A".split()
)
_TOKENS = st.lists(_PIECES, min_size=1, max_size=6).map("".join) | st.text(max_size=20)


@settings(max_examples=1000, deadline=None)
@given(_TOKENS)
def test_token_signals_are_the_three_answers_at_once(token: str) -> None:
    if not has_keyword(token) or "[" in token:  # "[": a utility class's arbitrary value
        assert token_signals(token) == (None, 0.0, False)
        return
    parts = class_parts(token)
    expected = (boilerplate_reason(parts), content_hint(parts), is_caption_class(parts))
    assert token_signals(token) == expected


def test_examples() -> None:
    assert token_signals("socialShareBar") == ("share_bar", 0.0, False)
    assert token_signals("td-post-content") == (None, 1.0, False)
    assert token_signals("live-blog-comments") == (None, 0.5, False)  # "blog": weak hint
    assert token_signals("has-sidebar") == (None, 0.0, False)
    assert token_signals("wp-caption-text") == (None, 0.5, True)
    assert token_signals("galleryAd") == ("advertisement", 0.0, False)


def test_adobe_component_prefix_is_no_cookie_notice() -> None:
    # "cmp-" prefixes every component of an Adobe Experience Manager page; a consent
    # platform's "cmp" ends the token ("qc-cmp", "sp-cmp") or is all of it.
    assert token_signals("cmp-text")[0] is None
    assert token_signals("cmp-container")[0] is None
    assert token_signals("qc-cmp")[0] == "cookie_notice"
    assert token_signals("cmp")[0] == "cookie_notice"
    assert token_signals("cookie-banner")[0] == "cookie_notice"


def test_a_utility_class_with_an_arbitrary_value_names_nothing() -> None:
    # Tailwind's "top-[var(--nav-height)]" places an element under the menu; it is no menu.
    assert token_signals("top-[var(--nav-height)]") == (None, 0.0, False)
    assert token_signals("tw-mt-[--teaser-content-space]") == (None, 0.0, False)
    assert token_signals("site-nav")[0] == "nav_container"
