"""A gallery's captions are its text; an article's captions stay captions."""

from __future__ import annotations

import cleaner
from cleaner.html.gallery import GALLERY_CAPTIONS

_INTRO = "<p>Cheap and easy costumes are all that matter this year, and here are the best.</p>"
_COLOURS = ("red", "blue", "green", "black", "white", "pink", "grey", "yellow")
_SLIDE = (
    "<figure><img src='x.jpg'><figcaption>{n}. What you need: a {colour} jumper with a collar "
    "and a headband will make you the witch of party number {n}, and it costs next to nothing "
    "if you already own the jumper.</figcaption></figure>"
)
_PARAGRAPHS = (
    "The council voted on Monday to approve the plan for the new bridge over the river.",
    "The debate ran late into the evening and ended with a narrow majority for the mayor.",
    "Opponents said the cost had doubled since the first estimate was published in spring.",
    "Builders expect to start work in March if the weather allows the foundations to be laid.",
    "Residents near the old ferry landing asked for a footpath on both sides of the deck.",
    "A second vote on the tolls is planned for the autumn, after a public consultation.",
)


def _slides(count: int) -> str:
    return "".join(_SLIDE.format(n=n, colour=_COLOURS[n]) for n in range(count))


def _paragraphs(first: int, count: int) -> str:
    return "".join(f"<p>{text}</p>" for text in _PARAGRAPHS[first : first + count])


def _clean(article: str) -> cleaner.Record:
    return cleaner.clean(f"<html><body><article><h1>Costumes</h1>{article}</article></body></html>")


def test_captions_that_hold_the_article_are_its_paragraphs() -> None:
    explanation = cleaner.analyse(
        f"<html><body><article>{_INTRO}{_slides(8)}</article></body></html>"
    )
    assert GALLERY_CAPTIONS in {note.code for note in explanation.page.notes}
    record = _clean(_INTRO + _slides(8))
    assert record.body.count("What you need") == 8


def test_an_articles_few_captions_stay_captions() -> None:
    record = _clean(_paragraphs(0, 4) + _slides(2) + _paragraphs(4, 2))
    assert "What you need" not in record.body
    assert all(text in record.body for text in _PARAGRAPHS)
