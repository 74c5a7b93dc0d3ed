"""Hidden content is read only when the visible page holds no article."""

from __future__ import annotations

import cleaner
from cleaner.html.layout import read_layout
from cleaner.html.parse import parse_html
from cleaner.html.reveal import REVEAL_HIDDEN, reveal_hidden

_PROSE = (
    "<p>" + "The council voted on Monday to approve the new bridge over the river. " * 3 + "</p>"
)


def _reveal(html: str) -> tuple[list[str], str]:
    root = parse_html(html, max_bytes=10**6)
    layout, note = reveal_hidden(root, read_layout(root))
    return [b.text for b in layout.blocks], note.code if note else ""


def test_streamed_content_in_a_hidden_div_is_read() -> None:
    texts, code = _reveal(f"<body><a href=/>Home</a><div hidden id=S:0>{_PROSE * 3}</div></body>")
    assert code == REVEAL_HIDDEN
    assert texts[0] == "Home" and len(texts) == 4


def test_crawler_view_in_noscript_is_read() -> None:
    texts, code = _reveal(f"<body><div id=app></div><noscript>{_PROSE * 2}</noscript></body>")
    assert code == REVEAL_HIDDEN and len(texts) == 2


def test_page_left_inside_a_button_or_under_visibility_hidden_is_read() -> None:
    for wrapper in ("button class=menu", "div style='visibility:hidden'"):
        tag = wrapper.split()[0]
        texts, code = _reveal(f"<body><{wrapper}><main>{_PROSE * 2}</main></{tag}></body>")
        assert code == REVEAL_HIDDEN and len(texts) == 2, wrapper


def test_slides_hidden_by_a_class_are_read_when_the_page_shows_only_the_first() -> None:
    # A gallery shows one slide and hides the others with class="hidden" until a click.
    slides = "".join(f"<div class='slide hidden'><h2>{n}.</h2>{_PROSE}</div>" for n in range(4))
    texts, code = _reveal(f"<body><main><div class=slide>{_PROSE}</div>{slides}</main></body>")
    assert code == REVEAL_HIDDEN and len(texts) == 9


def test_page_swallowed_by_an_object_in_head_is_read() -> None:
    html = f"<html><head><title>t</title><object>{_PROSE * 2}</object></head><body></body></html>"
    texts, code = _reveal(html)
    assert code == REVEAL_HIDDEN and len(texts) == 2


def test_hidden_menus_and_dialogs_stay_hidden_on_a_page_with_an_article() -> None:
    html = (
        f"<body><div hidden><p>{'Sign up for our newsletter and never miss a story. ' * 5}</p>"
        "</div><noscript>Please enable JavaScript.</noscript>"
        f"<article>{_PROSE * 2}</article></body>"
    )
    texts, code = _reveal(html)
    assert code == "" and len(texts) == 2 and "newsletter" not in " ".join(texts)


def test_a_little_hidden_text_does_not_replace_a_short_visible_page() -> None:
    texts, code = _reveal(
        "<body><p>Opening hours: 9 to 5.</p><div hidden><p>More.</p></div></body>"
    )
    assert code == "" and texts == ["Opening hours: 9 to 5."]


def test_the_decision_is_shown_by_explain() -> None:
    page = cleaner.analyse(f"<html><body><div hidden>{_PROSE * 3}</div></body></html>").page
    assert [note.code for note in page.notes] == [REVEAL_HIDDEN]
    assert "prose words" in page.notes[0].detail


def test_an_article_hidden_behind_a_visible_teaser_is_read() -> None:
    teaser = "<p>The council voted on Monday to approve the new bridge over the river.</p>"
    article = "".join(
        f"<p>{sentence} The mayor said so on Monday, after a long public consultation that "
        "drew more letters than any before it.</p>"
        for sentence in (
            "The bridge will cost the town less than planned.",
            "Builders start on the eastern bank in spring.",
            "Ferry services keep running until the deck is laid.",
            "A footpath for cyclists runs beside the road.",
            "Shops near the old crossing asked for a parking plan.",
            "The harbour museum will show the first drawings.",
            "Residents can visit the site on open days in summer.",
        )
    )
    html = (
        f"<html><body><nav><a href=/>Home</a></nav><main>{teaser}"
        f"<div class='paywalled' style='display:none'>{article}</div></main></body></html>"
    )
    page = cleaner.analyse(html).page
    assert [note.code for note in page.notes] == [REVEAL_HIDDEN]
    assert "museum" in " ".join(block.text for block in page.kept())


def test_a_product_grid_hidden_until_a_script_runs_is_read() -> None:
    products = "".join(
        f"<li><h3><a href=/p/{i}>Harbour blend coffee, whole bean, pack {i}</a></h3>"
        f"<span>$1{i}.99</span></li>"
        for i in range(8)
    )
    html = (
        "<html><body><nav><a href=/>Home</a> <a href=/shop>Shop</a></nav>"
        f"<main><div style='display:none'><h1>Coffee</h1><ul>{products}</ul></div></main>"
        "</body></html>"
    )
    page = cleaner.analyse(html).page
    assert "reveal_hidden" in [note.code for note in page.notes]
    assert "pack 7" in " ".join(b.text for b in page.kept())
