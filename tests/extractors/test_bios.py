"""BioExtractor: short author biographies at the foot of an article."""

from __future__ import annotations

import pytest

from cleaner.blocks import Block, Field, Mark
from cleaner.extractors.bios import BioExtractor, NamedBioExtractor
from cleaner.reasons import Reason
from tests.helpers import removed
from tests.helpers import text_page as _page


def _reasons(*texts: str) -> dict[str, str]:
    return removed(BioExtractor(), _page(*texts))


def test_docstring_example() -> None:
    bio = (
        "Meg James is a corporate media reporter for the Los Angeles Times, covering the "
        "business of television."
    )
    page = _page("... the council said.", bio)
    after = BioExtractor().run(page)
    assert after.marks[1].reason == Reason.AUTHOR_BIO
    assert after.marks[1].by == "bios"
    assert 0 not in after.marks


@pytest.mark.parametrize(
    "text",
    [
        "Hannah Lowe is a business reporter at The Gazette.",
        "Owen Marsh is a housing reporter based in the city.",
        "Nora Whitfield (@nwhitfield) is a freelance writer who lives in Denver.",
        pytest.param("Katrin Albers ist Redakteurin im Lokalressort."),
        "Camille Fontaine est journaliste au service économie.",
    ],
)
def test_bios(text: str) -> None:
    assert _reasons(text) == {text: Reason.AUTHOR_BIO}


@pytest.mark.parametrize(
    "text",
    [
        "Marisol Vega, who has lived on the street for two decades, said nothing happens.",
        "The reporter asked the mayor whether the contract had been signed.",
        "Ruth Hallorand is a Kansas Republican who helped write the bill.",
        # A role word a few words after "was", reached through "in what", "by the": a report.
        "Van Der Beek was eliminated in what host Tom Bergeron described as the hardest verdict.",
        "Smith was asked by the host whether he would run again.",
    ],
)
def test_prose_about_people_stays(text: str) -> None:
    assert _reasons(text) == {}


def test_long_paragraph_is_not_a_bio() -> None:
    text = "Jane Doe is a reporter " + "who covered the courts for many years " * 12 + "."
    assert _reasons(text) == {}


def _with_author(*texts: str, author: str | None = None) -> dict[str, str]:
    page = _page(*texts)
    if author is not None:
        page = page.with_field("authors", Field((author,), "test"))
    return removed(BioExtractor(), page)


def test_about_the_author_box() -> None:
    bio = "Meike Neitz studierte Internationale Beziehungen in Dresden und Boston."
    found = _with_author(
        "... sagte sie.", "Über den Autor", "Meike Neitz", bio, "Zu allen Artikeln"
    )
    assert found == {
        "Über den Autor": Reason.AUTHOR_BIO,
        "Meike Neitz": Reason.AUTHOR_BIO,
        bio: Reason.AUTHOR_BIO,
        "Zu allen Artikeln": Reason.AUTHOR_BIO,
    }


def test_about_the_bylines_author() -> None:
    bio = "Scholarch der Akademie, Ingenieur der Nachrichtentechnik und Podcaster."
    found = _with_author("Über Simon Dückert", bio, author="Simon Dückert")
    assert found == {"Über Simon Dückert": Reason.AUTHOR_BIO, bio: Reason.AUTHOR_BIO}


def test_box_stops_at_the_word_limit() -> None:
    long = "Sie schrieb über die Stadt " + "und über ihre Menschen " * 40 + "."
    found = _with_author("About the author", "Jane Doe", long)
    assert found == {"About the author": Reason.AUTHOR_BIO, "Jane Doe": Reason.AUTHOR_BIO}


def test_about_a_name_the_box_repeats_under_it() -> None:
    # No byline gave the name, but the box prints it again over the bio.
    bio = "Pai de Francesco e Teresa, Carlos Nadalim é coordenador pedagógico na escola."
    found = _with_author("Sobre Carlos Nadalim", "Carlos Nadalim", bio)
    assert found == {
        "Sobre Carlos Nadalim": Reason.AUTHOR_BIO,
        "Carlos Nadalim": Reason.AUTHOR_BIO,
        bio: Reason.AUTHOR_BIO,
    }


def test_about_a_person_the_paragraph_under_it_names() -> None:
    # No name line (markdownify and html-text drop the photo that carried it): the bio names
    # the person of the header.
    bio = "Pai de Francesco e Teresa, Carlos Nadalim é coordenador pedagógico na escola."
    found = _with_author("Sobre Carlos Nadalim", bio, "Facebook")
    assert found == {
        "Sobre Carlos Nadalim": Reason.AUTHOR_BIO,
        bio: Reason.AUTHOR_BIO,
        "Facebook": Reason.AUTHOR_BIO,
    }


def test_a_menu_item_over_its_own_label_is_no_box() -> None:
    # A menu prints "About" twice; a step already took the line as navigation.
    page = _page("About About", "About", "Why Support Us?", "The club released its courses.")
    page = page.with_marks([Mark(page.blocks[0].id, Reason.NAVIGATION_RUN, "navigation")])
    assert removed(BioExtractor(), page) == {"About About": Reason.NAVIGATION_RUN}


@pytest.mark.parametrize(
    ("header", "below"),
    [
        # A heading of prose goes on with its section, which may well name its subject: a
        # name of one word, a book's or an institution's name are no person's.
        ("About Face", "Face was the band's second album."),
        ("About Face", "Face the music"),
        ("About The Red Labyrinth", "The Red Labyrinth is the story of the anarchist Zoja Rose."),
        (
            "About Georgetown University Medical Center",
            "Georgetown University Medical Center (GUMC) is an academic medical center.",
        ),
    ],
)
def test_about_a_heading_over_prose_stays(header: str, below: str) -> None:
    assert _with_author(header, below, "The novel sold 40,000 copies.") == {}


@pytest.mark.parametrize(
    ("header", "author"),
    [
        # "About" and a name the byline does not give: a heading of prose ("About Face").
        ("About Jane Doe", None),
        ("About Jane Doe", "John Smith"),
        ("Über die Kampagne", "Simon Dückert"),
        # The header's words inside a sentence: prose about an author.
        ("About the author, critics said little.", None),
    ],
)
def test_prose_about_an_author_stays(header: str, author: str | None) -> None:
    text = "The novel sold 40,000 copies in its first month."
    assert _with_author(header, text, author=author) == {}


def _bylined(*texts: str, author: str = "Karina Cohen", at: int = 0) -> dict[str, str]:
    """The page with its byline's author found at block ``at``."""
    page = _page(*texts).with_field("authors", Field((author,), "test", block_id=at))
    return removed(BioExtractor(), page)


def test_author_box_headed_by_the_bylines_name() -> None:
    bio = "Karina Cohen is the owner of CR Maids, a cleaning company in the Denver area."
    more = "When she is not leading CR Maids, Karina homeschools her daughter."
    found = _bylined("By Karina Cohen", "Dust the shelves first.", "Karina Cohen", bio, more)
    assert found == {
        "Karina Cohen": Reason.AUTHOR_BIO,
        bio: Reason.AUTHOR_BIO,
        more: Reason.AUTHOR_BIO,
    }


@pytest.mark.parametrize(
    "texts",
    [
        # An interview: the speaker's label goes on with what she said, not about her.
        ("By Karina Cohen", "Karina Cohen", "We clean the shelves before the floors."),
        # The name as the byline itself, over the article's first paragraph that names her.
        ("Karina Cohen", "Karina Cohen, a cleaner in Denver, opened her company in 2019."),
        # Another person's name over a paragraph about that person.
        ("By Karina Cohen", "Maria Lopez", "Maria Lopez is the owner of a cleaning company."),
    ],
)
def test_names_over_prose_that_is_no_author_box(texts: tuple[str, ...]) -> None:
    assert _bylined(*texts) == {}


def _one_line(*texts: str) -> dict[str, str]:
    """The pieces of one input line (a page flattened onto one line, cut at its sentences)."""
    return _reasons(*(Block(i, text, line=1) for i, text in enumerate(texts)))


def test_a_flattened_bio_goes_on_past_its_first_sentence() -> None:
    found = _one_line(
        "Rather, the results suggest that regular exercise deserves renewed focus.",
        "Salamon is the executive editor of the Health Watch.",
        "She also writes",
        "for the Health Letter and the Heart Letter, as well as for the website.",
        "Dr. Salamon studied in Boston.",
        "As a service to our readers, we keep our archived articles online.",
    )
    assert found == {
        "Salamon is the executive editor of the Health Watch.": Reason.AUTHOR_BIO,
        "She also writes": Reason.AUTHOR_BIO,
        "for the Health Letter and the Heart Letter, as well as for the website.": (
            Reason.AUTHOR_BIO
        ),
        "Dr. Salamon studied in Boston.": Reason.AUTHOR_BIO,
    }


def test_prose_after_a_flattened_bio_stays() -> None:
    # A whole sentence that names no one after the bio is the page going on; a bio on a line
    # of its own takes nothing of the lines after it.
    assert _one_line(
        "Owen Marsh is a housing reporter based in the city.",
        "The council meets again on Tuesday.",
    ) == {"Owen Marsh is a housing reporter based in the city.": Reason.AUTHOR_BIO}
    assert _reasons("Owen Marsh is a housing reporter based in the city.", "He also writes") == {
        "Owen Marsh is a housing reporter based in the city.": Reason.AUTHOR_BIO
    }


def test_a_flattened_bio_ends_at_an_author_boxs_size() -> None:
    long = "and " + "more " * 150 + "words"
    found = _one_line("Owen Marsh is a housing reporter based in the city", long)
    assert found == {"Owen Marsh is a housing reporter based in the city": Reason.AUTHOR_BIO}


_PROSE = "The shelves were dusted first, and the floors were mopped once they had dried."


def _named(*texts: str, author: str, at: int = 0) -> dict[str, str]:
    """What the late bios step removes, the byline's author found at block ``at``."""
    page = _page(*texts).with_field("authors", Field((author,), "test", block_id=at))
    return removed(NamedBioExtractor(), page)


@pytest.mark.parametrize(
    ("texts", "bio"),
    [
        # The box's name line over the bio: both go.
        (
            ("By Bhaval Patel", _PROSE, "Bhaval Patel"),
            "Bhaval Patel is a Director (Operations) at Space-O. He has 20 years of experience.",
        ),
        # An apposition between the name and the verb; the role line between name and bio.
        (
            ("By Amit Samsukha", _PROSE, "Amit Samsukha", "Chief Technology Officer"),
            "Amit Samsukha, CTO at EmizenTech, is recognized as a community leader.",
        ),
        # The given name alone, under the full name printed again.
        (("By Sam Carter", _PROSE, "Written by Sam Carter"), "Sam is the VP of Marketing."),
        # The name printed under the bio.
        ((("By Bryon Powell", _PROSE)), "Bryon Powell has been writing about running for years."),
    ],
)
def test_a_paragraph_about_the_bylines_author_in_its_box(texts: tuple[str, ...], bio: str) -> None:
    author = texts[0].removeprefix("By ")
    below = ("View all posts by " + author,) if len(texts) == 2 else ()
    found = _named(*texts, bio, *below, author=author)
    assert found.get(bio) == Reason.AUTHOR_BIO
    if texts[-1] == author:  # the name line over the bio goes with it
        assert found.get(author) == Reason.AUTHOR_BIO


@pytest.mark.parametrize(
    ("reason", "found"),
    [
        (Reason.NAVIGATION_RUN, True),  # a role line
        # A section break: the article's closing note about its author may stand under it.
        (Reason.SEPARATOR_LINE, False),
    ],
)
def test_a_bio_under_a_line_another_step_removed(reason: Reason, found: bool) -> None:
    bio = "Owen Marsh has covered city hall since 2015."
    page = _page("By Owen Marsh", _PROSE, "Staff Writer", bio)
    page = page.with_field("authors", Field(("Owen Marsh",), "test", block_id=0))
    page = page.with_marks([Mark(2, reason, "test")])
    assert (removed(NamedBioExtractor(), page).get(bio) == Reason.AUTHOR_BIO) is found


@pytest.mark.parametrize(
    "texts",
    [
        # The author's name in the article's prose, under the article's own lines.
        ("By Jane Doe", _PROSE, "Jane Doe has covered the courts since 2010, her last column."),
        # A given name with no full name over it: the article may name another Sam.
        ("By Sam Carter", _PROSE, "Sam is the name of the dog next door."),
        # Replies that name the page's "author": the line over is a sentence, no name line.
        ("By Lena Hart", "Lena Hart has 4 stars, not 5", "Lena Hart has no reviews yet."),
        # The byline is the name's first print: the article's opening paragraph under it.
        ("By Jane Doe", "Jane Doe has covered the courts since 2010.", _PROSE),
        # The name with no bio's verb after it.
        ("By Jane Doe", _PROSE, "Reporting by Jane Doe", "Jane Doe said the council would vote."),
        # Before the byline.
        ("Jane Doe", "Jane Doe is a lawyer in Denver.", "By Jane Doe", _PROSE),
    ],
)
def test_prose_naming_the_bylines_author_stays(texts: tuple[str, ...]) -> None:
    author = "Sam Carter" if "Sam" in texts[0] else texts[0].removeprefix("By ")
    at = texts.index(f"By {author}")
    assert _named(*texts, author=author, at=at) == {}


def test_a_bio_of_the_author_the_name_line_step_found() -> None:
    bio = "Camille is a content specialist at Yoast."
    texts = ("Camille Cunningham 25 March 2025", _PROSE, "Camille Cunningham", bio)
    found = _named(*texts, author="Camille Cunningham")
    assert found == {"Camille Cunningham": Reason.AUTHOR_BIO, bio: Reason.AUTHOR_BIO}


def test_the_authors_contact_line() -> None:
    line = (
        "Have a tip? Amy Kuperinsky may be reached at ak@example.com. Follow her on Twitter @AmyK."
    )
    assert _named("By Amy Kuperinsky", _PROSE, line, author="Amy Kuperinsky") == {
        line: Reason.AUTHOR_BIO
    }


@pytest.mark.parametrize(
    "text",
    [
        # A prompt to follow with no name of the author: the chrome step's, if any.
        "Follow her on Twitter for more of her recipes, and on Instagram.",
        # The author's name with no prompt to follow on a network.
        "Amy Kuperinsky contributed to this report and will follow the case.",
    ],
)
def test_mentions_of_following_or_the_author_stay(text: str) -> None:
    assert _named("By Amy Kuperinsky", _PROSE, text, author="Amy Kuperinsky") == {}
