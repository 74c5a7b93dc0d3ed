"""Prose held only in a component's data-*props JSON is read when the page shows no article."""

from __future__ import annotations

import html
import json

from cleaner.html.layout import read_layout
from cleaner.html.parse import parse_html
from cleaner.html.props import PropsProse
from cleaner.html.reveal import REVEAL_PROPS, reveal_hidden

_SENTENCE = "The council voted on Monday to approve the new bridge over the river. "


def _page(props: str, visible: str = "") -> str:
    return (
        f"<body><nav><a href=/>Home</a></nav>{visible}"
        f'<div id=app data-react-props="{html.escape(props)}"></div></body>'
    )


def _reveal(page: str) -> tuple[list[str], str]:
    root = parse_html(page, max_bytes=10**6)
    layout, note = reveal_hidden(root, read_layout(root))
    return [b.text for b in layout.blocks], note.code if note else ""


def test_article_held_in_react_props_is_read_in_place() -> None:
    props = json.dumps(
        {
            "locale": "en",
            "searchPath": "/search",
            "article": {"title": "Bridge", "body": f"<p>{_SENTENCE * 4}</p><p>{_SENTENCE * 3}</p>"},
            "summary": _SENTENCE * 3,
        }
    )
    texts, code = _reveal(_page(props))
    assert code == REVEAL_PROPS
    assert texts[0] == "Home" and len(texts) == 4
    assert texts[1].startswith("The council voted") and "/search" not in " ".join(texts)


def test_props_holding_only_short_ui_strings_are_not_read() -> None:
    props = json.dumps(
        {
            "locale": "en",
            "labels": ["Read more", "Sign in", "Share this story with your friends"],
            "privacyLink": '<a href="/privacy">Privacy policy</a>',
            "keywords": " ".join(["bridge", "river", "council"] * 20),  # no sentence: no prose
        }
    )
    assert PropsProse().reveal(parse_html(_page(props), max_bytes=10**6)) is None
    texts, code = _reveal(_page(props))
    assert code == "" and texts == ["Home"]


def test_malformed_or_deeply_nested_json_is_skipped_without_a_crash() -> None:
    for props in (
        '{"body": "' + _SENTENCE * 5,  # cut short
        "{'body': 'single quotes are no JSON'}",
        "[" * 100_000 + "]" * 100_000,  # deeper than the parser's recursion limit
        "not json at all",
    ):
        root = parse_html(_page(props), max_bytes=10**7)
        assert PropsProse().reveal(root) is None


def test_props_are_not_read_on_a_page_with_visible_prose() -> None:
    # Prose in the props (a teaser, a related story) must not join a page that shows its article.
    props = json.dumps({"teaser": "A different story about the harbour and its new ferry. " * 5})
    visible = f"<article><p>{_SENTENCE * 5}</p><p>{_SENTENCE * 4}</p></article>"
    texts, code = _reveal(_page(props, visible))
    assert code == "" and "harbour" not in " ".join(texts)


def test_prose_words_inside_short_props_strings_do_not_count() -> None:
    # A string that mentions words of prose but is a label stays out, even among long prose.
    props = json.dumps({"body": _SENTENCE * 4, "label": "The council voted"})
    shown = PropsProse().reveal(parse_html(_page(props), max_bytes=10**6))
    assert shown is not None
    assert shown.xpath("string(//article)").count("The council voted") == 4
