"""RelatedExtractor: related-headline lists, "Most read"/"More from" sections, tag lines."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner.blocks import Mark, Page
from cleaner.extractors.related import RelatedExtractor
from cleaner.reasons import Reason
from cleaner.text.segment import segment_text
from tests.helpers import removed
from tests.helpers import text_page as _page

PROSE = (
    "The council voted on Monday to close the bridge for repairs, citing an engineering "
    "report that found corroded steel in two of its main supports."
)


def _reasons(page: Page) -> dict[str, str]:
    return removed(RelatedExtractor(), page)


def _run_dump(dump: str) -> Page:
    """The related step run on a text dump, segmented as the text front end does."""
    return RelatedExtractor().run(Page("test", "text", segment_text(dump)))


def test_docstring_example() -> None:
    page = _page(
        "Related stories",
        "Rays feel ready to roll",
        "Seminole man accused",
        "Tags: politics, Tampa",
    )
    assert _reasons(page) == {
        "Related stories": Reason.RELATED_HEADER,
        "Rays feel ready to roll": Reason.RELATED_ITEM,
        "Seminole man accused": Reason.RELATED_ITEM,
        "Tags: politics, Tampa": Reason.TAG_LINE,
    }


@pytest.mark.parametrize(
    "header",
    [
        "Most read",
        "Most Popular",
        "More from Business",
        "More from City Ledger",
        "Related Topics",
        "You may also like",
        "Trending now",
        "Mehr zum Thema",
        "À lire aussi",
        "Recent Posts",
        "Lesen Sie auch",
        "Empfehlungen aus der Redaktion",
        "Lesen Sie auch die folgenden Beiträge:",
        "Weitere Artikel",
        "Ähnliche Beiträge",
        "Pour approfondir",
        "Más sobre La Tercera AM",
        "Notícias relacionadas",
        "Leia também",
        "Auch interessant...",
        "More from us…",
        "Weitere Themen",
        "Dies passt zum Thema:",
        "Besonders beliebte Artikel",
        "Beliebte Posts",
        "Entradas populares",
        "Articles les plus consultés",
        "Post più popolari",
        "Postagens mais visitadas",
        # The languages that had no header words (traf20): one or two of each.
        "Czytaj także:",
        "Najczęściej czytane",
        "Читайте также",
        "Похожие статьи",
        "Читайте також",
        "Lees ook",
        "Meest gelezen",
        "Läs också",
        "Les også",
        "Læs også",
        "Související články",
        "İlgili Haberler",
        # A blog's recent-posts box, in every language that has header words.
        "Neueste Beiträge",
        "Aktuelle Artikel",
        "Últimas noticias",
        "Articles récents",
        "Articoli recenti",
        "Posts recentes",
        "Recente berichten",
        "Najnowsze wpisy",
        "Senaste inläggen",
        "Последние записи",
        # One source's or region's stories (German, as English "More from ...").
        "Mehr aus Thüringen",
        # A site's or a section's name between "More" and its stories.
        "More Great WIRED Stories",
        "More Local News Articles",
        "Mehr von CORRECTIV",
        "Mehr zu Iran",
        "Meer over Oekraïne",
        "Mer från Expressen",
        "Mer om: Friidrett",
        "Mere om klimaet",
        "Więcej z regionu",
        "Altro su Roma",
        "En ce moment",
        # A broadcaster's box of links and teasers.
        "Weitere Informationen",
        "Weitere Informationen zum Coronavirus in Thüringen:",
        "Zum Thema",
        "Weiterführende Links",
        "Top-Themen",
        "Mehr Nachrichten",
        "Vous aimerez aussi",
        "Te recomendamos",
        "Artikel zum Thema",
        "Das könnte Sie interessieren",
        "Meistgeklickt",
        "Aus dem Ressort",
        "Neueste Kommentare",
        "Ti potrebbe interessare",
        "Meer nieuws",
        "Las más leídas",
        "Voir aussi",
        "Mais notícias",
        "Новости по теме",
        "Вас може зацікавити",
        "Mohlo by vás zajímat",
        "İlginizi çekebilir",
        "Did You Miss These?",
    ],
)
def test_section_headers(header: str) -> None:
    reasons = _reasons(_page(PROSE, header, "Man rescued after three days in flooded cave"))
    assert reasons == {
        header: Reason.RELATED_HEADER,
        "Man rescued after three days in flooded cave": Reason.RELATED_ITEM,
    }


def test_items_end_at_the_first_prose_paragraph() -> None:
    page = _page("Most read", "Council approves budget", PROSE, "Bridge repairs to close two lanes")
    assert _reasons(page) == {
        "Most read": Reason.RELATED_HEADER,
        "Council approves budget": Reason.RELATED_ITEM,
    }


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Tags: housing, rent, city council", Reason.TAG_LINE),
        ("Filed under: Politics", Reason.TAG_LINE),
        ("Categories: Baking, Bread", Reason.TAG_LINE),
        ("Schlagwörter: Radverkehr, Stadtrat", Reason.TAG_LINE),
        # WordPress's sentence under a post.
        (
            "This entry was posted in Hertha BSC and tagged Michael Preetz. Bookmark the "
            "permalink.",
            Reason.TAG_LINE,
        ),
        (
            "Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit berlin "
            "von Simon Dückert. Permanentlink.",
            Reason.TAG_LINE,
        ),
        (
            "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux, Tutorials.",
            Reason.TAG_LINE,
        ),
        ("Read more: Why water levels matter for global trade", Reason.INLINE_TEASER),
        ("Lesen Sie auch: Parkgebühren steigen ab Januar", Reason.INLINE_TEASER),
        ("Tags: habitação, aluguel, câmara municipal", Reason.TAG_LINE),
        ("Veja também: Ponte fecha para obras em janeiro", Reason.INLINE_TEASER),
        ("Watch: Tornado touches down near the airport", Reason.INLINE_TEASER),
        (
            "SEE MORE: Hong Kong protests: 800 students under siege in university",
            Reason.INLINE_TEASER,
        ),
        (
            "Was gibt es Neues in Sachen Coronavirus? Regelmäßig beantwortet Virus-Forscher "
            "Christian Drosten in einem Podcast Fragen und erläutert Hintergründe. mehr",
            Reason.INLINE_TEASER,
        ),
        ("Die BBC leidet ähnlich wie die … Weiterlesen", Reason.INLINE_TEASER),
        ("He studied anthropology and journalism in... Read more", Reason.INLINE_TEASER),
        ("Hier finden Sie alle Folgen zum Nachlesen. Weiterlesen →", Reason.INLINE_TEASER),
    ],
)
def test_line_rules(text: str, reason: str) -> None:
    assert _reasons(_page(PROSE, text, PROSE + " Again.")) == {text: reason}


def test_numbered_headline_list_with_indented_teasers() -> None:
    dump = (
        "  1. Quiet college dropout turned bomber\n"
        "\n"
        "    LONDON — He was quiet and withdrawn, a college dropout who liked soccer.\n"
        "  2. Soldiers launch attacks in besieged city\n"
        "\n"
        "    Backed by tanks, troops launched attacks on Thursday.\n"
    )
    after = _run_dump(dump)
    assert len(after.blocks) == 4
    assert {m.reason for m in after.marks.values()} == {Reason.RELATED_ITEM}
    assert sorted(after.marks) == [0, 1, 2, 3]


def test_a_numbered_menu_takes_no_article_as_its_teaser() -> None:
    # inscriptis numbers a menu's entries; the article's headline and lede are indented
    # deeper than the last entry, as a teaser's lines would be.
    dump = (
        "  1. Marken\n"
        "      Zurück zum Menü\n"
        "  2. Inspiration\n"
        "  3. Über uns\n"
        "\n"
        "      Wie spreche ich mit meiner Tochter über ihre Pubertät?\n"
        "\n"
        "        Ihre Tochter ist launisch und zieht sich zurück. Sechs Tipps für das Gespräch.\n"
    )
    assert _run_dump(dump).marks == {}


def test_numbered_list_of_sentences_is_article_content() -> None:
    dump = (
        "1. Get a copy of your report from each bureau.\n"
        "2. Mark every item you believe is wrong.\n"
        "3. File the dispute with the bureau that shows the error.\n"
    )
    assert _run_dump(dump).marks == {}


def test_numbered_steps_that_end_in_a_colon_are_article_content() -> None:
    # A how-to's steps each introduce what is under them (code, a command): no headline
    # ends in a colon.
    dump = (
        "  1. Create a file called send_sms.py and paste in the following code:\n"
        "\n"
        "      Send an SMS using Twilio with Python\n"
        "  2. Save your changes and run this command from your terminal:\n"
        "\n"
        "      python send_sms.py\n"
    )
    assert _run_dump(dump).marks == {}


def test_a_numbered_list_longer_than_a_related_list_is_the_pages_own() -> None:
    # A news aggregator's front page: 30 numbered stories, each over its points line.
    dump = "".join(
        f" {n}. Story number {n} about the harbour bridge repairs ( example.com )\n"
        f"     {n} points by someone {n} minutes ago | hide | past | discuss\n\n"
        for n in range(1, 31)
    )
    assert _run_dump(dump).marks == {}
    # The same list cut to ten is a related list.
    short = "".join(dump.splitlines(keepends=True)[:30])
    assert _run_dump(short).marks


def test_numbered_list_heading_sections_of_prose_is_article_content() -> None:
    dump = (
        "  1. Harbour Bridge\n"
        "\n"
        "    The bridge opened in 1931. It carries four lanes and a footpath over the canal, "
        "and in the summer of 1998 it carried more than forty thousand cars and trucks a day, "
        "twice what its engineers had planned for when they drew it in the 1920s, and the city "
        "has widened it once since then.\n"
        "  2. Mill Street Bridge\n"
        "\n"
        "    Built of stone, it is the oldest crossing in town. Its arches were rebuilt twice.\n"
    )
    assert _run_dump(dump).marks == {}


def test_numbered_headings_over_unindented_sections_are_article_content() -> None:
    section = (
        "The bridge opened in 1931. It carries four lanes and a footpath over the canal, and in "
        "the summer of 1998 it carried more than forty thousand cars and trucks a day, twice "
        "what its engineers had planned for when they drew it in the 1920s, and the city has "
        "widened it once since then."
    )
    dump = (
        f"1. Harbour Bridge: the oldest steel span\n\n{section}\n\n"
        f"2. Mill Street Bridge: built of stone\n\n{section}\n\n"
        "3. Canal Bridge: the newest\n"
    )
    assert _run_dump(dump).marks == {}


def test_numbered_list_of_long_items_is_article_content() -> None:
    dump = (
        "1. Relevant experience: your chosen agency should have several years of experience, "
        "ideally with businesses similar to yours\n"
        "2. Case studies: you should be able to review the agency's past work and results on its "
        "website. Publicly displaying a track record shows transparency\n"
    )
    assert _run_dump(dump).marks == {}


def test_numbered_list_a_sentence_introduces_is_article_content() -> None:
    dump = (
        "In her book the author sums up the practice of the Japanese philosophy in ten points:\n"
        "  1. Take time for dreams\n"
        "  2. Stay active\n"
        "  3. Practise gratitude\n"
    )
    assert _run_dump(dump).marks == {}


def test_numbered_tips_after_a_paragraph_are_article_content() -> None:
    dump = (
        "Lowering your computer's energy use does not take drastic changes; a few habits do.\n"
        "\n"
        "  1. Lower Screen Brightness\n"
        "\n"
        "    A dimmer monitor draws noticeably less power.\n"
        "  2. Enable Power-Saving Modes\n"
        "\n"
        "    Let the computer scale down when full power is not needed.\n"
    )
    assert _run_dump(dump).marks == {}


def test_numbered_headlines_after_a_short_line_are_still_related_items() -> None:
    # A headline-long line before the list, even one ending in a stop, is no paragraph.
    dump = (
        "Rain is due on Friday.\n"
        "  1. Quiet college dropout turned bomber\n"
        "  2. Soldiers launch attacks in besieged city\n"
    )
    after = _run_dump(dump)
    assert {i: m.reason for i, m in after.marks.items() if i > 0} == {
        1: Reason.RELATED_ITEM,
        2: Reason.RELATED_ITEM,
    }


def test_numbered_headlines_after_a_label_are_still_related_items() -> None:
    dump = (
        "Read also:\n"
        "  1. Quiet college dropout turned bomber\n"
        "  2. Soldiers launch attacks in besieged city\n"
    )
    after = _run_dump(dump)
    assert {i: m.reason for i, m in after.marks.items() if i > 0} == {
        1: Reason.RELATED_ITEM,
        2: Reason.RELATED_ITEM,
    }


def test_numbered_sections_after_a_nested_list_are_article_content() -> None:
    # The steps "1." to "3." under the first section do not make "2." and "3." their fourth
    # and fifth: a number out of turn starts another list, which follows a paragraph.
    dump = (
        "1. Turn On Two-Factor Sign-In\n"
        "To get started, you need to:\n"
        "  1. Set up codes for all accounts\n"
        "  2. Give staff only what they need\n"
        "  3. Review permissions\n"
        "Access that someone needed last year may not be what they need today, so check it.\n"
        "2. Create Strong Password Rules\n"
        "Most breaches start with a weak password that someone guessed or found elsewhere.\n"
        "3. Keep Your Systems Updated\n"
    )
    after = _run_dump(dump)
    kept = [b.text for b in after.kept()]
    assert "Create Strong Password Rules" in kept
    assert "Keep Your Systems Updated" in kept


def test_numbered_list_a_clause_announces_is_article_content() -> None:
    dump = (
        "Your policy should require:\n"
        "  1. At least twelve characters\n"
        "  2. A mix of figures and letters\n"
    )
    assert _run_dump(dump).marks == {}


def test_numbered_clauses_of_a_sentence_are_article_content() -> None:
    # The items continue the sentence before them: small first words, a comma at the end.
    dump = (
        "Marshall Bern found a pattern in which\n"
        "  1. the disks do not properly overlap (but may touch),\n"
        "  2. the gaps between disks have either three or four sides,\n"
        "  3. there is a disk centered at each vertex of the desired cut pattern, and\n"
    )
    assert _run_dump(dump).marks == {}


def test_numbered_questions_in_small_letters_are_a_post_s_own() -> None:
    dump = (
        "A few questions,\n"
        "  1. do you have an amp?\n"
        "  2. what do you listen to?\n"
        "  3. do you want a closed back for the commute?\n"
    )
    assert _run_dump(dump).marks == {}


def test_numbered_headlines_opening_with_a_name_in_small_letters_are_still_items() -> None:
    dump = (
        "  1. iPhone 16 review: the camera finally catches up\n"
        "  2. eBay sellers report a surge in returns\n"
        "  3. Soldiers launch attacks in besieged city\n"
    )
    assert {m.reason for m in _run_dump(dump).marks.values()} == {Reason.RELATED_ITEM}


def test_single_numbered_item_is_not_a_list() -> None:
    page = Page("test", "text", segment_text("1. Quiet college dropout turned bomber\n"))
    assert RelatedExtractor().run(page).marks == {}


@pytest.mark.parametrize(
    "text",
    [
        "More from the interview will be published on Sunday, when the second part of the "
        "series appears in print.",
        "Most read the report as a warning.",
        "Related to the mayor by marriage, he said he had never discussed the contract.",
        "The topics: housing, transport and schools.",
        "Lesen Sie auch die Stellungnahme des Ministeriums, die am Montag veröffentlicht wurde.",
        "Leia também a nota do ministério, publicada na segunda-feira depois da votação.",
        "Weitere Artikel des Gesetzes sollen im Herbst folgen.",
        "Weitere Themen des Abends waren die Mieten und der Verkehr in der Innenstadt.",
        "Dies passt zum Thema, sagte die Ministerin am Montag in Berlin.",
        "Beliebte Artikel wie Brot und Milch wurden im März knapp, sagte der Verband.",
        "Beliebte Posts auf Instagram zeigen vor allem Tiere, sagte die Forscherin.",
        "Entradas populares para el concierto se agotaron en una hora, dijo el promotor.",
        "Postagens mais visitadas da semana falavam da greve, disse a pesquisadora.",
        "Empfehlungen der Redaktion gab es an diesem Abend nicht, sagte die Jury.",
        "The entry was posted in a sealed envelope, the clerk said on Monday.",
        "He said this entry was posted in error and withdrew it within the hour.",
        "Dieser Eintrag wurde am Montag im Grundbuch gelöscht, teilte das Amt mit.",
        "Pour approfondir la question, le ministre a nommé une commission.",
        "Más sobre el tema dijo el alcalde en la conferencia de prensa del lunes.",
        "Czytaj także uzasadnienie wyroku, które sąd opublikował w poniedziałek.",
        "Aktuelle Artikel der Verfassung werden am Montag im Landtag beraten.",
        "Últimas noticias del frente llegaron al cuartel el lunes por la mañana.",
        "Derniers articles du règlement, adoptés lundi, entrent en vigueur en mai.",
        "Читайте также заявление министерства, опубликованное в понедельник.",
        "Lees ook de verklaring van het ministerie die maandag verscheen.",
        "Läs också rapporten som myndigheten publicerade på måndagen.",
        "Další články zákona začnou platit až na podzim, uvedlo ministerstvo.",
        # A read-more word at the end of a sentence, not a link after it.
        "Die Mieten steigen, und die Familien zahlen jedes Jahr mehr.",
        "Wer die Akte sehen will, muss im Archiv weiterlesen",
        "The council asked residents to read more before the vote.",
        # A header's words and an ellipsis that go on into a sentence.
        "Auch interessant... war die Rede des Bürgermeisters am Montag.",
        # "Mehr aus ..." and "En ce moment" opening a sentence, or a link in prose.
        "Mehr aus Sorge als aus Überzeugung stimmte der Rat am Montag zu.",
        "Mehr über die Füchse Berlin lesen Sie hier.",
        "Meer over de zaak werd maandag niet bekendgemaakt.",
        "En ce moment, le gouvernement prépare une réforme des retraites.",
        "Weitere Informationen zu Cookies erhalten Sie in unserer Datenschutzerklärung.",
        "Weitere Informationen zum Verfahren gab die Polizei am Montag nicht bekannt.",
        "Zum Thema äußerte sich der Minister am Montag nicht.",
        "Lesenswert ist vor allem das letzte Kapitel des Buches.",
        "Te recomendamos leer el informe completo antes de votar.",
        "Artikel zum Thema gibt es in der Zeitung kaum, klagte der Verband.",
        "Das könnte Sie interessieren, sagte der Verkäufer und zeigte auf das Regal.",
        "Aus dem Ressort Sport wechselt sie in die Politik.",
        "Neueste Kommentare des Ministers lassen auf eine Wende hoffen.",
        "Ti potrebbe interessare sapere che il museo riapre lunedì.",
        "Meer nieuws over de zaak werd maandag niet bekendgemaakt.",
        "Voir aussi le rapport publié par la Cour des comptes en mai.",
        "По теме встречи министры не договорились.",
        "Mais notícias sobre o caso devem sair na segunda-feira.",
        "Did you miss these flights too? The airline asked its passengers on Monday.",
    ],
)
def test_prose_starting_like_a_header_stays(text: str) -> None:
    assert _reasons(_page(text)) == {}


@pytest.mark.parametrize("label", ["Up Next", "Keep reading", "What to read next", "Similar Posts"])
def test_box_label_over_headlines(label: str) -> None:
    reasons = _reasons(
        _page(
            PROSE,
            label,
            "Man rescued after three days in flooded cave",
            "Ferry timetable changes from June",
        )
    )
    assert reasons == {
        label: Reason.RELATED_HEADER,
        "Man rescued after three days in flooded cave": Reason.RELATED_ITEM,
        "Ferry timetable changes from June": Reason.RELATED_ITEM,
    }


def test_box_label_over_one_headline_and_prose_stays() -> None:
    # A guide's own "Up Next" section: the next guide's title, then a paragraph about it.
    page = _page(
        PROSE,
        "Up Next",
        "Best 4K Video Cameras",
        "All of these cameras can shoot video, but the next article is a dedicated buying "
        "guide to the best video cameras on the market this year.",
    )
    assert _reasons(page) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Keep reading the label before you take the tablets, the doctor said.",
        "Up next for the council is the budget vote on Monday.",
        "Similar posts on other forums were removed by the moderators within an hour.",
    ],
)
def test_prose_starting_like_a_box_label_stays(text: str) -> None:
    assert _reasons(_page(PROSE, text, "Man rescued after three days in flooded cave")) == {}


_CARDS = (
    "Digital Life",
    "Uber loses its appeal before the commercial court",
    "The ride service lost its case against the taxi company in Vienna on Monday.",
    "B2B",
    "Waymo asks carmakers for money",
    "The Google sister company is looking for investors from the car industry.",
    "B2B",
    "Lyft raises billions in its stock market debut",
    "The company took in 2.3 billion dollars, valuing it at 24 billion.",
)
_LONG = " ".join([PROSE] * 3)


def test_cards_after_the_last_paragraph_go() -> None:
    reasons = _reasons(_page(_LONG, *_CARDS))
    assert reasons == dict.fromkeys(_CARDS, Reason.RELATED_ITEM)


def test_cards_need_a_kicker_that_comes_back() -> None:
    # Name, role, quote: a page's testimonials have the shape of cards, each name once.
    testimonials = (
        "Christa Brehm",
        "Senior Partner Solutions Engineer at a large network",
        "Their tool drives half of the conversion events we see on our ad platform.",
        "Nick Connor",
        "Product Partnerships at a video platform",
        "We encourage our customers to connect their tools, and they thank us for it.",
    )
    assert _reasons(_page(_LONG, *testimonials)) == {}


def test_cards_before_a_paragraph_stay() -> None:
    # Short sections inside the article: a longer paragraph follows them.
    assert _reasons(_page(_LONG, *_CARDS, _LONG)) == {}


def test_notes_announcing_a_list_are_no_cards() -> None:
    # A manual's callouts: "Note", a line ending in a colon, then the step it announces.
    notes = (
        "Note",
        "From version 2.23 onwards you can switch branches like this:",
        "Switch to an existing branch with git switch and its name.",
        "Note",
        "To create the branch and switch to it in one go, type this:",
        "Create and switch with git switch and the option -c first.",
    )
    assert _reasons(_page(_LONG, *notes)) == {}


def test_cards_on_an_html_page_stay() -> None:
    page = replace(_page(_LONG, *_CARDS), input_type="html")
    assert _reasons(page) == {}


_TWIN_CARDS = (
    "Best Backpacking Quilts of the Year",
    "Best Backpacking Quilts of the Year",
    "From the forests of the coast to the desert, we have vetted the quilts that keep you warm.",
    "How to Hike More Comfortably While Pregnant",
    "How to Hike More Comfortably While Pregnant",
    "Pregnancy does not have to pause your time outside. These tips help you hike safely.",
)


def test_cards_printing_their_headline_twice_after_the_last_paragraph_go() -> None:
    reasons = _reasons(_page(_LONG, *_TWIN_CARDS))
    assert reasons == dict.fromkeys(_TWIN_CARDS, Reason.RELATED_ITEM)


def test_sections_with_their_heading_once_stay() -> None:
    # The article's own last sections: each heading written once, then its paragraph.
    sections = (_TWIN_CARDS[0], _TWIN_CARDS[2], _TWIN_CARDS[3], _TWIN_CARDS[5])
    assert _reasons(_page(_LONG, *sections)) == {}


def test_a_listing_of_twin_cards_stays() -> None:
    # No paragraph before them: the cards are the page's content (a listing).
    assert _reasons(_page(*_TWIN_CARDS, *_TWIN_CARDS[:3])) == {}


def test_one_twin_card_stays() -> None:
    # A heading repeated once (a title and its breadcrumb) is no box of cards.
    assert _reasons(_page(_LONG, *_TWIN_CARDS[:3])) == {}


def _teaser_page() -> Page:
    return _page(
        PROSE,
        "Bridge repairs to start in May",
        "The work will take two years, the council says.",
        "Read more",
        "New ferry timetable",
        "Boats will run every half hour from June.",
        "Read more",
        PROSE,
    )


def test_teasers_ending_in_read_more_are_related_items() -> None:
    reasons = _reasons(_teaser_page())
    assert reasons["Bridge repairs to start in May"] == Reason.RELATED_ITEM
    assert reasons["Boats will run every half hour from June."] == Reason.RELATED_ITEM
    assert PROSE not in reasons


def test_read_more_links_far_apart_end_excerpts_not_a_teaser_list() -> None:
    # A home page's sections, each over its own "Read more", with more than a teaser's few
    # blocks between the links: no list of teasers, so its prose is kept.
    page = _page(
        "Welcome to our gallery!",
        "For more than 40 years we have offered handmade gifts from American artists.",
        "Read more",
        PROSE,
        PROSE + " Again.",
        "Shop now",
        "Read what our customers have to say",
        "Have bought too many items to mention and love them all.",
        "Read more",
        PROSE,
    )
    assert _reasons(page) == {}


def test_read_more_inside_a_removed_box_ends_only_that_box() -> None:
    # On an HTML page the markup step removed both boxes ("aside_box") whole; the blocks
    # before them are the article's, however close to a "Read more" they stand.
    page = _teaser_page()
    boxes = [Mark(i, Reason.ASIDE_BOX, "markup") for i in (3, 6)]
    reasons = _reasons(page.with_marks(boxes))
    assert "Bridge repairs to start in May" not in reasons
    assert "Boats will run every half hour from June." not in reasons


def _flattened(*pieces: str) -> Page:
    """Pieces of one flattened line, as the segmenter cuts them (they share its number)."""
    page = _page(*pieces)
    return replace(page, blocks=tuple(replace(block, line=1) for block in page.blocks))


_FLAT_TEASERS = (
    "Bridge repairs to start in May",
    "March 29, 2025",
    "The work will take two years, the council says.",
    "Traffic will cross on a temporary deck.",
    "The ferry will run more often.",
    "Read more",
    "New ferry timetable",
    "March 27, 2025",
    "Boats will run every half hour from June.",
    "The last boat leaves at midnight.",
    "Read more",
)


def _dated(page: Page) -> Page:
    """``page`` with its date pieces marked as the dates step marks them."""
    dates = [b.id for b in page.blocks if b.text.startswith("March")]
    return page.with_marks(Mark(i, Reason.DATE_LINE, "dates") for i in dates)


def test_dated_teasers_of_a_flattened_page_with_ledes_cut_into_sentences_are_items() -> None:
    # Two teasers, each lede cut into its sentences, each closed by its "Read more" link
    # (the segmenter cuts the link out of the next teaser's headline).
    reasons = _reasons(_dated(_flattened(ARTICLE, *_FLAT_TEASERS, PROSE)))
    assert reasons["Traffic will cross on a temporary deck."] == Reason.RELATED_ITEM
    assert reasons["The last boat leaves at midnight."] == Reason.RELATED_ITEM
    assert ARTICLE not in reasons
    assert PROSE not in reasons


def test_dated_teasers_whose_links_run_into_the_next_headline_are_items() -> None:
    # Flattened, each link runs into the next teaser's headline and stays in its piece.
    pieces = [text for text in _FLAT_TEASERS if text != "Read more"]
    pieces[5] = "Read More New ferry timetable"
    pieces.append("Read More Our Team")
    reasons = _reasons(_dated(_flattened(ARTICLE, *pieces, PROSE)))
    assert reasons["Traffic will cross on a temporary deck."] == Reason.RELATED_ITEM
    assert reasons["The last boat leaves at midnight."] == Reason.RELATED_ITEM
    assert ARTICLE not in reasons


def test_prose_that_asks_to_read_more_about_something_is_no_link() -> None:
    pieces = [text for text in _FLAT_TEASERS if text != "Read more"]
    pieces[5] = "Read more about the new ferry timetable on our site."
    pieces.append("We read More Bridges, a book, on the ferry.")
    reasons = _reasons(_dated(_flattened(ARTICLE, *pieces, PROSE)))
    assert "Traffic will cross on a temporary deck." not in reasons


def test_the_same_teasers_on_lines_of_their_own_are_too_far_apart_for_a_list() -> None:
    # Each on a line of its own, a lede of five lines is no teaser's: the links end excerpts.
    reasons = _reasons(_dated(_page(ARTICLE, *_FLAT_TEASERS, PROSE)))
    assert "Traffic will cross on a temporary deck." not in reasons


def test_undated_sections_over_their_read_more_on_a_flattened_page_stay() -> None:
    # A home page's welcome and its shop, each over its own "Read more": no date, no list.
    undated = [
        "Our bridge tours run daily." if text.startswith("March") else text
        for text in _FLAT_TEASERS
    ]
    assert _reasons(_flattened(ARTICLE, *undated, PROSE)) == {}


def test_one_read_more_on_a_flattened_page_leaves_the_prose_before_it() -> None:
    reasons = _reasons(_dated(_flattened(ARTICLE, *_FLAT_TEASERS[:6], PROSE)))
    assert "Traffic will cross on a temporary deck." not in reasons


def test_a_header_glued_to_a_teaser_s_headline_stays_the_list_s_header() -> None:
    glued = "Recommended for you Bridge repairs to start in May"
    page = _dated(_flattened(ARTICLE, glued, *_FLAT_TEASERS[1:], PROSE))
    assert _reasons(page)[glued] == Reason.RELATED_HEADER


def test_a_header_glued_to_its_headlines_on_a_flattened_page_is_a_related_header() -> None:
    glued = (
        "Most Popular Council votes to close the bridge Man rescued after three days in "
        "flooded cave"
    )
    assert _reasons(_flattened(PROSE, glued, PROSE)) == {glued: Reason.RELATED_HEADER}
    # Up to a headline's own stop: the stop ends the headline, not an article's sentence.
    stopped = "Related stories Council votes to close the bridge for repairs."
    assert _reasons(_flattened(PROSE, stopped, PROSE)) == {stopped: Reason.RELATED_HEADER}
    # A site's name between "More" and "Stories".
    named = "More Great WIRED Stories Council votes to close the bridge"
    assert _reasons(_flattened(PROSE, named, PROSE)) == {named: Reason.RELATED_HEADER}


@pytest.mark.parametrize(
    "piece",
    [
        # Starts like a header, but the next word is lower case or the header would be long.
        "Most read the report as a warning and asked for",
        "More from the interview will be published on Sunday Morning",
        "More from the interview will be published on Sunday, the editor said.",
        # Prose that mentions more stories: "than", or a lower-case word after them.
        "More than three stories Collapsed in the storm, the fire brigade said",
        "More local news stories will follow as the council meets again on Monday",
    ],
)
def test_a_flattened_piece_that_only_starts_like_a_header_stays(piece: str) -> None:
    assert _reasons(_flattened(PROSE, piece, PROSE)) == {}


def test_a_header_glued_to_a_headline_on_its_own_line_is_left_to_the_line_rules() -> None:
    glued = "Most Popular Council votes to close the bridge"
    assert _reasons(_page(PROSE, glued, PROSE)) == {}


def test_see_more_inside_a_sentence_stays() -> None:
    text = "Visitors who want to see more: the museum opens a second hall on Monday."
    assert _reasons(_page(PROSE, text, PROSE + " Again.")) == {}


# A paragraph longer than any lede: the article before a related box.
ARTICLE = " ".join([PROSE] * 3)
LEDE = "Die Google-Schwesterfirma sucht nach Investoren aus der Automobilbranche für ihre Autos."


def test_teasers_with_ledes_under_a_header_are_related_items() -> None:
    page = _page(
        ARTICLE,
        "Weitere Themen",
        "Waymo bittet Autohersteller um Geld",
        LEDE,
        # Right under a lede, a short line is the next headline, a question too.
        "Bosch in der Bredouille: Hat die Autoproduktion ihren Zenit überschritten?",
        "Rund um die Welt werden weniger Autos gebaut, und das hinterlässt Spuren in der Bilanz.",
        "Susanne Preuß",
        "Veröffentlicht: vor 51 Minuten",
    )
    reasons = _reasons(page)
    assert reasons.pop("Weitere Themen") == Reason.RELATED_HEADER
    assert set(reasons.values()) == {Reason.RELATED_ITEM}
    assert len(reasons) == 6


def test_short_paragraphs_after_a_box_of_headlines_stay() -> None:
    # A "Don't miss" box inside an article: its headlines, then the article goes on in short
    # paragraphs, each ending in a full stop, none a lede under a headline.
    page = _page(
        ARTICLE,
        "Don't miss",
        "China furious at Macron for Hong Kong protest jibe [INSIGHT]",
        "Protesters believe the extradition bill is an example of the city's eroding autonomy.",
        "They worry China is taking back the freedoms given to Hong Kong when the UK left.",
        "China said it is committed to the formula granting Hong Kong its autonomy.",
    )
    assert _reasons(page) == {
        "Don't miss": Reason.RELATED_HEADER,
        "China furious at Macron for Hong Kong protest jibe [INSIGHT]": Reason.RELATED_ITEM,
    }


def test_a_listing_above_any_paragraph_keeps_its_ledes() -> None:
    # A header over the page's first teasers, with no article before it: the teasers are a
    # listing's content, and the list ends at the first lede as it always did.
    page = _page(
        "Top stories",
        "Waymo asks carmakers for money",
        "The Google sister company is looking for investors from the car industry for its cars.",
        "Gustav Theile",
        ARTICLE,
    )
    assert _reasons(page) == {
        "Top stories": Reason.RELATED_HEADER,
        "Waymo asks carmakers for money": Reason.RELATED_ITEM,
    }


def test_a_question_headline_is_no_lede() -> None:
    # A forum's related questions: a question as long as a headline ends the list, as before.
    page = _page(
        ARTICLE,
        "Related",
        "14",
        "Is there a downside to always updating DNS from DHCP?",
        "18",
        "Reverse DNS records not registered when using DHCP",
    )
    assert _reasons(page) == {"Related": Reason.RELATED_HEADER, "14": Reason.RELATED_ITEM}


def test_the_next_header_heads_its_own_items() -> None:
    page = _page(
        ARTICLE,
        "Most read",
        "Waymo asks carmakers for money",
        "The Google sister company is looking for investors from the car industry for its cars.",
        "Gustav Theile",
        "Related stories",
        "Bridge repairs to close two lanes",
    )
    reasons = _reasons(page)
    assert reasons["Most read"] == Reason.RELATED_HEADER
    assert reasons["Related stories"] == Reason.RELATED_HEADER
    assert reasons["Bridge repairs to close two lanes"] == Reason.RELATED_ITEM


def test_after_two_ledes_a_cut_lede_goes_on_with_the_list() -> None:
    cut = (
        "01.01.2022Megatest Highend-Enduros | Duell: E-Fahrwerke von Fox und Rockshox | "
        "Fitness: Rollentraining für den Winter und noch viel mehr in dieser Ausgabe"
    )
    page = _page(
        ARTICLE,
        "Weitere Themen",
        "Waymo bittet Autohersteller um Geld",
        LEDE,
        "Bosch in der Bredouille",
        "Rund um die Welt werden weniger Autos gebaut, und das hinterlässt Spuren in der Bilanz.",
        "BIKE 02/2022: Top-Themen der aktuellen Ausgabe",
        cut,
        "Shimano-Schaltung einstellen",
    )
    assert _reasons(page)[cut] == Reason.RELATED_ITEM
    # Under a single lede, the same line ends the list.
    first = _reasons(_page(ARTICLE, "Weitere Themen", "Bosch in der Bredouille", cut, "Shimano"))
    assert cut not in first


def test_an_inline_teaser_label_takes_no_ledes() -> None:
    # "Related:" names one link inside the article; the paragraph after the link, cut where
    # a dump broke its line at another link, is the article's.
    paragraph = (
        "Paganini and his colleagues used the W.M. Keck Observatory in Hawaii to study the "
        "moon for seventeen nights in a row."
    )
    page = _page(
        ARTICLE,
        "Related:",
        "Possible Water Plumes on Europa: The Discovery in Images",
        paragraph,
        "The researchers observed",
        ARTICLE,
    )
    assert paragraph not in _reasons(page)


_GLUED_LEDE = "Das Coronavirus breitet sich aus. Hier finden Sie Antworten auf viele Fragen. mehr"


def test_the_headline_over_a_lede_with_its_glued_link_is_the_teasers() -> None:
    lede = _GLUED_LEDE
    reasons = _reasons(_page(PROSE, "Was Sie zum Coronavirus wissen müssen", lede, PROSE))
    assert reasons == {
        "Was Sie zum Coronavirus wissen müssen": Reason.INLINE_TEASER,
        lede: Reason.INLINE_TEASER,
    }


@pytest.mark.parametrize(
    "above",
    [
        # A sentence of the article, a label's colon: no headline.
        "Der Minister sprach am Montag.",
        "Lesen Sie dazu auch:",
        # Longer than a headline.
        "Die Zahl der Fälle in den Kliniken des Landes steigt seit Wochen weiter an und die "
        "Ärzte in den Notaufnahmen warnen vor einer neuen Welle im Winter",
    ],
)
def test_a_line_over_a_glued_lede_that_reads_as_no_headline_stays(above: str) -> None:
    lede = _GLUED_LEDE
    reasons = _reasons(_page(PROSE, above, lede, PROSE))
    assert above not in reasons


def test_a_headline_over_a_sentence_that_merely_ends_in_more_stays() -> None:
    # "mehr" closing a sentence is no glued link: the line above it is a section's heading.
    text = "Die Mieten steigen, und die Familien zahlen jedes Jahr mehr."
    assert _reasons(_page(PROSE, "Wohnen in der Stadt", text, PROSE)) == {}
