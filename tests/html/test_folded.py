"""Folded panels (accordions, tabs) inside the chosen content are read; other hidden parts not."""

from __future__ import annotations

import cleaner
from cleaner.html.folded import REVEAL_FOLDED, FoldedPanels
from cleaner.html.layout import read_layout
from cleaner.html.parse import parse_html

_ANSWERS = (
    "Most orders ship within two working days, and you can follow the parcel online.",
    "You may return unused items within thirty days for a full refund of the price.",
    "Every pot is thrown by hand in our workshop, so no two of them look quite alike.",
)
_INTRO = (
    "<p>This stoneware jug holds a litre and a half. It is glazed inside and out, safe in "
    "the dishwasher and the oven, and made to last for years of daily use at the table.</p>"
)


def _page(panels: str, wrapper: str = "main") -> str:
    return (
        f"<html><body><nav><a href=/>Home</a></nav><{wrapper}><h1>Stoneware jug</h1>{_INTRO}"
        f"{panels}</{wrapper}><footer>Contact us</footer></body></html>"
    )


def _row(hiding: str, texts: tuple[str, ...] = _ANSWERS) -> str:
    return "".join(
        f"<h3><button aria-expanded=false>Question {i}</button></h3>"
        f"<div class=panel {hiding}><p>{text}</p></div>"
        for i, text in enumerate(texts)
    )


def _kept(html: str) -> tuple[str, list[str]]:
    page = cleaner.analyse(html).page
    return " ".join(b.text for b in page.kept()), [note.code for note in page.notes]


def test_a_row_of_folded_panels_is_read_with_the_content() -> None:
    for hiding in ("hidden", "aria-hidden=true", "style='display:none'"):
        kept, notes = _kept(_page(_row(hiding)))
        assert REVEAL_FOLDED in notes, hiding
        assert all(answer in kept for answer in _ANSWERS) and "Contact us" not in kept


def test_a_single_hidden_box_stays_out() -> None:
    # One hidden element is a dialog or a notice, not a row of panels.
    box = f"<div class=notice hidden><p>{_ANSWERS[0]} {_ANSWERS[1]} {_ANSWERS[2]}</p></div>"
    kept, notes = _kept(_page(box))
    assert REVEAL_FOLDED not in notes and _ANSWERS[0] not in kept


def test_hidden_panels_of_an_article_body_stay_out() -> None:
    kept, notes = _kept(_page(_row("hidden"), wrapper="article"))
    assert REVEAL_FOLDED not in notes and _ANSWERS[0] not in kept


def test_an_article_reads_the_panels_its_controls_open() -> None:
    # An accordion in an article's body: each button names the panel it opens.
    accordion = "".join(
        f"<h3><button aria-controls=answer-{i} aria-expanded=false>Question {i}</button></h3>"
        f"<div id=answer-{i} class=panel hidden><p>{text}</p></div>"
        for i, text in enumerate(_ANSWERS)
    )
    kept, notes = _kept(_page(accordion, wrapper="article"))
    assert REVEAL_FOLDED in notes and all(answer in kept for answer in _ANSWERS)
    # Tab panels need no control naming them.
    kept, notes = _kept(_page(_row("role=tabpanel hidden"), wrapper="article"))
    assert REVEAL_FOLDED in notes and _ANSWERS[2] in kept
    # A control naming some other box does not open hidden boxes it does not name.
    other = "<button aria-controls=menu>Menu</button>" + _row("hidden")
    kept, notes = _kept(_page(other, wrapper="article"))
    assert REVEAL_FOLDED not in notes and _ANSWERS[0] not in kept


def test_hidden_data_and_copies_of_the_shown_text_stay_out() -> None:
    data = ('{"sku_id": 12, "colour": "ecru"} size_chart_a ' * 3,) * 3
    kept, notes = _kept(_page(_row("hidden", data)))
    assert REVEAL_FOLDED not in notes and "sku_id" not in kept
    copies = (_INTRO[3:90],) * 3  # the intro again, as a mobile version would repeat it
    assert FoldedPanels()._panels(*_chosen(_page(_row("hidden", copies)))) == []


def test_tab_panels_holding_code_are_read() -> None:
    # A documentation page's tabs: one language a tab, each with its code sample.
    code = tuple(
        f"{text} Run <code>pip install send_{lang}</code> then call <code>send({{to}})</code>."
        for text, lang in zip(_ANSWERS, ("python", "ruby", "node"), strict=True)
    )
    kept, notes = _kept(_page(_row("role=tabpanel hidden", code)))
    assert REVEAL_FOLDED in notes and "pip install send_ruby" in kept
    # The same text in panels that are no tabs is data or a template, and stays out.
    kept, notes = _kept(_page(_row("hidden", code)))
    assert REVEAL_FOLDED not in notes and "send_ruby" not in kept


def test_panels_outside_the_content_stay_out() -> None:
    menu = "<div class=menu>" + _row("hidden") + "</div>"
    html = _page("").replace("<footer>", f"<aside>{menu}</aside><footer>")
    kept, notes = _kept(html)
    assert REVEAL_FOLDED not in notes and _ANSWERS[0] not in kept


def _chosen(html: str) -> tuple:  # type: ignore[type-arg]
    from cleaner.html.content import choose

    layout = read_layout(parse_html(html, max_bytes=10**6))
    return layout, choose(layout, None).root
