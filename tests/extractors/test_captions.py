"""CaptionExtractor: photo credits, captions ending with a credit, markup captions."""

from __future__ import annotations

import re

import pytest

from cleaner.blocks import Block, BlockKind
from cleaner.extractors import captions
from cleaner.extractors.captions import CaptionExtractor
from cleaner.languages import alternatives
from cleaner.reasons import Reason
from tests.helpers import removed
from tests.helpers import text_page as _page


def _reasons(*texts: str) -> dict[str, str]:
    return removed(CaptionExtractor(), _page(*texts))


def test_docstring_example() -> None:
    credit = "Courtesy of French army"
    caption = "Soldiers fire at enemy positions on Thursday. (AP Photo/Jane Doe)"
    assert _reasons(credit, caption) == {
        credit: Reason.PHOTO_CREDIT,
        caption: Reason.CAPTION_WITH_CREDIT,
    }


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Photo: Jane Doe/Reuters", Reason.PHOTO_CREDIT),
        ("Photo: Lakeshore Sentinel file", Reason.PHOTO_CREDIT),
        ("Foto: dpa", Reason.PHOTO_CREDIT),
        ("(Photo by John Smith)", Reason.PHOTO_CREDIT),
        ("Getty Images", Reason.PHOTO_CREDIT),
        ("John Smith / AFP", Reason.PHOTO_CREDIT),
        ("© Jane Doe", Reason.PHOTO_CREDIT),
        (
            "Senate Majority Leader Glen Ashby speaks to reporters on Thursday. "
            "(AP Photo/Jordan Pike)",
            Reason.CAPTION_WITH_CREDIT,
        ),
        (
            "Signs at North Shore Park warned people to stay out of the water. "
            "[LARA CERRI | Times]",
            Reason.CAPTION_WITH_CREDIT,
        ),
        (
            "Auf dem Ring sollen die ersten geschützten Radwege entstehen. Foto: Marc Vogt",
            Reason.CAPTION_WITH_CREDIT,
        ),
        # A credit label after the picture word, a credit naming a site, a "©" credit.
        (
            "Vertreter der Jugendverbände sprachen mit der Ministerin. (Bildquelle: Ring e.V.)",
            Reason.CAPTION_WITH_CREDIT,
        ),
        ("Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com", Reason.CAPTION_WITH_CREDIT),
        (
            "Cyber-Attacken nehmen weiter zu. – © Sergey Nivens – stock.adobe.com",
            Reason.CAPTION_WITH_CREDIT,
        ),
        (
            "Gemeinsam richtig stark: Marcell Jansen (l.) und Piotr Trochowski spielten beim HSV.",
            Reason.POSITION_CAPTION,
        ),
        ("Tyson Fury (l) und Oleksandr Usyk vor dem Kampf", Reason.POSITION_CAPTION),
        ("Kerstin Wahala, Judy Lybke und Elke Hannemann (v.l.).", Reason.POSITION_CAPTION),
        ("The mayor (left) with the council's new treasurer.", Reason.POSITION_CAPTION),
        (
            "Rep. Ilhan Omar, D-Minn., speaks at the Capitol on July 25, 2019.J. Scott Applewhite "
            "/ AP file",
            Reason.CAPTION_WITH_CREDIT,
        ),
        # A name and agencies between bars, alone or after the caption's last sentence.
        ("Natalie Naccache | Bloomberg | Getty Images", Reason.PHOTO_CREDIT),
        (
            "Sheikh Mohammed passes a Boeing 787-10 at the Dubai Air Show on Monday, Nov. 13, "
            "2017. Natalie Naccache | Bloomberg | Getty Images",
            Reason.CAPTION_WITH_CREDIT,
        ),
    ],
)
def test_rule_reasons(text: str, reason: str) -> None:
    assert _reasons(text) == {text: reason}


def test_markup_caption_is_removed_whatever_it_says() -> None:
    page = _page(Block(0, "The mayor at Monday's meeting.", kind=BlockKind.CAPTION))
    after = CaptionExtractor().run(page)
    assert after.marks[0].reason == Reason.MARKUP_CAPTION


@pytest.mark.parametrize(
    "text",
    [
        "AP reporters were not allowed into the courtroom.",
        "Reuters reported the deal first, citing people familiar with the talks.",
        "Reporters at AP file their stories from the courthouse steps.",
        "Photographers waited outside the hospital for hours on Sunday, hoping to see the family "
        "leave, but the couple left through a side entrance.",
        "The photo, taken in 1969, shows the bridge before its first repair.",
        # An agency's name must be a whole word: "(page ..." is not "(PA ...".
        "Hardware for utility and ornamentation. (Sargent & Co., 1927) (page images online)",
        "Price list of hardware and tools (s.n., 1898), by Lewis & Son (paperback reprint)",
        # A source cited in prose is no picture's credit; nor a credit glued to a paragraph.
        "Die Zahl der Anträge stieg im Mai um fünf Prozent (Quelle: Statistisches Bundesamt)",
        "Private Anbieter unterliegen der Aufsicht der Kartellbehörden.Foto: photocase.de",
        "Der Sprayer malte ein riesiges – © – an die Wand des alten Rathauses.",
        # Bars in prose that names an agency, not at the end after a name.
        "Markets fell. Traders in London | New York | Tokyo said Reuters and AP were late.",
        "Shares of Getty Images | the photo agency rose after the deal with Shutterstock.",
        # A word's own brackets, a table's units: no picture's positions.
        "Gesucht: Technische(r) Mitarbeiter(in) für das Labor in der Innenstadt.",
        "Man nehme 2 (l) Wasser und 5 miles (m) Geduld, sagte der Koch.",
        "Rest 5-6 km (s) 5 miles (m-f) Rest 5 miles (s)",
        "The party moved to the left (politically) after the election in May.",
        # A politician's party, in US papers' prose.
        "Gov. Glenn Youngkin (R) signed the bill on Tuesday after months of talks with the "
        "Democrats who control the legislature.",
    ],
)
def test_prose_about_photos_and_agencies_stays(text: str) -> None:
    assert _reasons(text) == {}


def test_a_pictures_own_text_before_its_credited_caption_goes() -> None:
    # lynx and w3m print an image's alt text where the image stands, above its caption.
    alt = "Hong Kong protester"
    caption = "China has warned they will cease control of Hong Kong (Image: GETTY )"
    assert _reasons(alt, caption) == {
        alt: Reason.IMAGE_TEXT,
        caption: Reason.CAPTION_WITH_CREDIT,
    }


@pytest.mark.parametrize(
    "before",
    [
        # A sentence, a longer line and a line no caption follows are not a picture's text.
        "The protests went on through the night.",
        "Police said the students inside the university had no way out",
    ],
)
def test_prose_before_a_caption_stays(before: str) -> None:
    caption = "China has warned they will cease control of Hong Kong (Image: GETTY )"
    assert _reasons(before, caption) == {caption: Reason.CAPTION_WITH_CREDIT}


def test_alt_text_the_caption_repeats_before_its_credit_goes() -> None:
    # However long: the caption opens with the whole line, word for word.
    alt = "The oxygen bar, 'consists of an oxygen concentrator that purifies the air'."
    caption = f"{alt} (Photo Credit : PTI File Photo )"
    assert _reasons(alt, caption) == {
        alt: Reason.IMAGE_TEXT,
        caption: Reason.CAPTION_WITH_CREDIT,
    }
    # A credit glued on, as the page printed it.
    alt = "V. l.: Katja Wolf (BSW), Thomas L. Kemmerich (FDP) und Bodo Ramelow im MDR-Studio"
    caption = f"{alt}Quelle: Martin Schutt/dpa"
    assert _reasons(alt, caption) == {
        alt: Reason.IMAGE_TEXT,
        caption: Reason.CAPTION_WITH_CREDIT,
    }


@pytest.mark.parametrize(
    "before",
    [
        # The caption opens with the line's words but goes on inside its last word, or says
        # something else: prose, not the picture's text.
        "The oxygen bar, 'consists of an oxygen concentrator that purifies the ambi",
        "The oxygen bar opened in Saket last week and charges Rs 300 for fifteen minutes.",
    ],
)
def test_prose_a_caption_merely_starts_like_stays(before: str) -> None:
    caption = (
        "The oxygen bar, 'consists of an oxygen concentrator that purifies the ambient air'. "
        "(Photo Credit : PTI File Photo )"
    )
    assert _reasons(before, caption) == {caption: Reason.CAPTION_WITH_CREDIT}


def test_a_short_line_with_no_caption_after_it_stays() -> None:
    assert _reasons("Hong Kong protester", "The protests went on through the night.") == {}


def test_a_linked_image_as_lynx_draws_it_is_the_picture_text() -> None:
    image = "Apple's 16-inch MacBook Pro [33622-59478-Logic-Pro-X-on-MacBook-Pro-l.jpg]"
    assert _reasons(image, "Apple's 16-inch MacBook Pro") == {image: Reason.IMAGE_TEXT}


@pytest.mark.parametrize(
    "text",
    [
        # A paragraph the image follows, folded into it; prose that names a file; a long line.
        "The crowd-surfing banner actually read: “Chelsea since birth”. [Gallagher.jpg?q=75]",
        "Download the map [map.pdf] or the photo of the bridge as photo.jpg",
        "The council said on Monday that the bridge over the river would close for repairs "
        "until the end of the year at the earliest [bridge.jpg]",
    ],
)
def test_prose_before_an_image_file_stays(text: str) -> None:
    assert _reasons(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Gemeinsam richtig stark: Marcell Jansen (l.) und Piotr Trochowski spielten beim HSV.",
        "(l.) Marcell Jansen und Piotr Trochowski",
        "Jansen(l.) und Trochowski",
        "Jansen  (r.), Trochowski",
        "5 (l) Wasser",
        "Kess (r.)",
        "A (",
        "(",
    ],
)
def test_the_position_rule_reads_the_bracket_first_with_the_same_matches(text: str) -> None:
    # Written with the look behind first, as it was: the bracket read first matches the same.
    old = re.compile(
        rf"(?<=[^\W\d_]\s)\(({alternatives('photo_position')})\.?\)(?=[\s,.:;]|$)", re.I
    )
    rule = next(r for r in captions._RULES.rules if r.reason is Reason.POSITION_CAPTION)
    found, expected = rule.pattern.search(text), old.search(text)
    assert (found and found.span()) == (expected and expected.span())
