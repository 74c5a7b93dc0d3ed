"""A boilerplate-sounding class on the containers of most of the prose is a layout name."""

from __future__ import annotations

import cleaner
from cleaner.html.content import LAYOUT_NAME

_TOPICS = ("bridge", "library", "park", "school", "harbour", "market", "tramline", "museum")


def _paragraph(topic: str) -> str:
    """A paragraph of prose about ``topic`` (each topic's differs: repeats are duplicates)."""
    sentence = f"The council voted on Monday to approve the new {topic} for the town. "
    return f"<p>{sentence * 3}</p>"


def _analyse(html: str) -> tuple[str, dict[str, str], list[str]]:
    page = cleaner.analyse(html).page
    removed = {b.text: page.marks[b.id].reason for b in page.blocks if b.id in page.marks}
    kept = " ".join(b.text for b in page.kept())
    return kept, removed, [note.code for note in page.notes]


def test_a_page_builders_widget_classes_do_not_remove_the_article() -> None:
    widgets = "".join(
        f"<div class='elementor-widget elementor-widget-text-editor'>{_paragraph(topic)}</div>"
        for topic in _TOPICS[:4]
    )
    sidebar = (
        "<div class='widget widget_recent_entries'><ul><li><a href=/a>Saving seeds</a></li>"
        "<li><a href=/b>Composting in a small yard</a></li></ul></div>"
    )
    html = f"<html><body><main>{widgets}</main><aside>{sidebar}</aside></body></html>"
    kept, removed, notes = _analyse(html)
    assert kept.count("The council voted") == 12
    assert removed["Composting in a small yard"] in ("aside_box", "related_links")
    assert LAYOUT_NAME in notes


def test_a_related_box_named_widget_beside_the_article_is_still_removed() -> None:
    article = "".join(_paragraph(topic) for topic in _TOPICS[:4])
    teasers = "".join(
        f"<li><a href=/{topic}>Why the {topic} vote matters to the whole town</a></li>"
        for topic in _TOPICS[4:]
    )
    html = (
        f"<html><body><article>{article}</article>"
        f"<div class='related-widget'><ul>{teasers}</ul></div></body></html>"
    )
    kept, _, notes = _analyse(html)
    assert kept.count("The council voted") == 12
    assert "vote matters" not in kept
    assert LAYOUT_NAME not in notes


def test_a_comment_thread_longer_than_the_article_stays_comments() -> None:
    comments = "".join(f"<div class='comment'>{_paragraph(topic)}</div>" for topic in _TOPICS[2:])
    html = (
        f"<html><body><article>{_paragraph('bridge')}{_paragraph('library')}</article>"
        f"<section class='comments'>{comments}</section></body></html>"
    )
    kept, removed, notes = _analyse(html)
    assert kept.count("The council voted") == 6
    assert set(removed.values()) == {"comment_section"}
    assert LAYOUT_NAME not in notes
