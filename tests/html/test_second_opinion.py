"""The second opinion on the content choice: asked only when the first is implausible."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.html import second_opinion as module
from cleaner.html.content import choose
from cleaner.html.layout import read_layout
from cleaner.html.parse import parse_html
from cleaner.html.second_opinion import CONTENT_FALLBACK, second_opinion

_TOPICS = ("harbour", "bridge", "library", "school", "market", "museum", "park", "tramline")


def _prose(*topics: str) -> str:
    return "".join(
        f"<p>The council voted on Monday to approve the new {topic} for the town, and the "
        f"mayor said the {topic} would open next spring after a public consultation.</p>"
        for topic in topics
    )


def _notes(html: str) -> list[str]:
    return [note.code for note in cleaner.analyse(html).page.notes]


def _first_choice_stands(html: str, kept: str, dropped: str) -> None:
    """The body holds ``kept`` and not ``dropped``, and no second opinion was taken."""
    body = cleaner.clean(html).body
    assert kept in body and dropped not in body
    assert CONTENT_FALLBACK not in _notes(html)


def test_a_forum_threads_posts_are_the_content() -> None:
    posts = "".join(f"<div class='comment post'>{_prose(topic)}</div>" for topic in _TOPICS)
    html = f"<html><body><h1>Best budget headphones?</h1><main>{posts}</main></body></html>"
    body = cleaner.clean(html).body
    assert all(topic in body for topic in _TOPICS)
    assert CONTENT_FALLBACK in _notes(html)


def test_an_article_with_a_longer_comment_thread_keeps_only_the_article() -> None:
    comments = "".join(f"<li class='comment'>{_prose(topic)}</li>" for topic in _TOPICS[2:])
    html = (
        f"<html><body><article>{_prose(*_TOPICS[:2])}</article>"
        f"<ol class='comments'>{comments}</ol></body></html>"
    )
    _first_choice_stands(html, "harbour", "library")


def test_prose_under_misleading_class_names_is_found_without_them() -> None:
    html = (
        f"<html><body><div><div class='intro'>{_prose('harbour')}</div>"
        f"<div class='promo-area'>{_prose('bridge', 'library', 'school')}</div>"
        f"<div class='widget-box'>{_prose('market', 'museum', 'park')}</div></div></body></html>"
    )
    body = cleaner.clean(html).body
    assert all(topic in body for topic in _TOPICS[:7])
    assert CONTENT_FALLBACK in _notes(html)


def test_a_consent_notice_keeps_its_name_when_the_others_are_set_aside() -> None:
    # The class names are set aside, but a consent notice lies over the page: the prose the
    # other names hid is the content, not the consent text.
    consent = (
        "<p>With our cookies we would like to offer you the best shopping experience, and we "
        "and our partners store and access data on your device for ads and measurement.</p>"
    )
    html = (
        f"<html><body><div><div class='intro'>{_prose('harbour')}</div>"
        f"<div class='promo-area'>{_prose('bridge', 'library', 'school')}</div></div>"
        f"<div class='consent-bar'>{consent * 4}</div></body></html>"
    )
    body = cleaner.clean(html).body
    assert all(topic in body for topic in _TOPICS[:4])
    assert "cookies" not in body


def test_a_real_cookie_notice_beside_an_article_stays_out() -> None:
    cookie = (
        "<div class='cookie-banner'><p>We use cookies to improve your experience. By using "
        "this site you accept our use of cookies.</p></div>"
    )
    html = f"<html><body><article>{_prose(*_TOPICS[:3])}</article>{cookie}</body></html>"
    body = cleaner.clean(html).body
    assert "cookies" not in body and CONTENT_FALLBACK not in _notes(html)


def test_a_dialog_role_outlasts_the_class_names_being_set_aside() -> None:
    # The first choice keeps a tenth of the page's prose, so the second opinion is asked; it
    # sets the class "consent-banner" aside, but role="dialog" still says what the box is.
    dialog = f"<div class='consent-banner' role='dialog'>{_prose('market', 'museum', 'park')}</div>"
    footer = f"<footer>{_prose('bridge', 'library', 'school', 'tramline', 'pool', 'zoo')}</footer>"
    html = f"<html><body><main>{_prose('harbour')}</main>{dialog}{footer}</body></html>"
    _first_choice_stands(html, "harbour", "museum")


def test_a_long_legal_footer_neither_wraps_nor_outweighs_a_short_notice() -> None:
    # The footer's disclaimer holds most of the page's prose: it is still the footer (no
    # layout wrapper), and the notice beside it is no implausibly small choice.
    legal = "<p>This material is not intended to replace the advice of a qualified advisor.</p>"
    html = (
        f"<html><body><main>{_prose('harbour', 'bridge')}</main>"
        f"<div class='l-footer'>{legal * 12}</div></body></html>"
    )
    _first_choice_stands(html, "harbour", "advisor")


def test_the_second_opinion_is_not_computed_when_the_first_is_plausible(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []

    def counting_choose(*args: object) -> object:
        calls.append(1)
        return choose(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "choose", counting_choose)
    root = parse_html(f"<body><article>{_prose(*_TOPICS)}</article></body>", max_bytes=10**6)
    layout = read_layout(root)
    first = choose(layout, None)
    assert second_opinion(layout, None, first) is first
    assert calls == []
