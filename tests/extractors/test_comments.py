"""CommentsExtractor: comment links, counts and discussion prompts."""

from __future__ import annotations

import pytest

from cleaner.extractors.comments import CommentsExtractor
from cleaner.reasons import Reason
from tests.helpers import removed
from tests.helpers import text_page as _page


def _reasons(*texts: str) -> dict[str, str]:
    return removed(CommentsExtractor(), _page(*texts))


def test_docstring_example() -> None:
    assert _reasons("Join the discussion: Click to view comments, add yours", "12 comments") == {
        "Join the discussion: Click to view comments, add yours": Reason.COMMENT_PROMPT,
        "12 comments": Reason.COMMENT_COUNT,
    }


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Join the conversation", Reason.COMMENT_PROMPT),
        ("Leave a comment", Reason.COMMENT_PROMPT),
        pytest.param("Leave a Reply", Reason.COMMENT_PROMPT),
        ("Comments are closed.", Reason.COMMENT_PROMPT),
        ("View comments", Reason.COMMENT_PROMPT),
        pytest.param("Load more comments", Reason.COMMENT_PROMPT),
        ("Load all comments", Reason.COMMENT_PROMPT),
        # The comment form's title in the languages of the dev sets (WordPress's own words).
        ("Schreibe einen Kommentar", Reason.COMMENT_PROMPT),
        ("Laisser un commentaire", Reason.COMMENT_PROMPT),
        ("Deja una respuesta", Reason.COMMENT_PROMPT),
        ("Deixe uma resposta Cancelar resposta", Reason.COMMENT_PROMPT),
        ("Lascia un commento", Reason.COMMENT_PROMPT),
        ("Geef een reactie", Reason.COMMENT_PROMPT),
        ("Ihre Meinung zu diesem Thema", Reason.COMMENT_PROMPT),
        ("Deine Meinung zählt", Reason.COMMENT_PROMPT),
        ("Kommentieren Sie hier", Reason.COMMENT_PROMPT),
        ("Kommentar hinzufügen", Reason.COMMENT_PROMPT),
        ("Hinterlasse eine Antwort", Reason.COMMENT_PROMPT),
        ("Jetzt kommentieren", Reason.COMMENT_PROMPT),
        ("Diskutieren Sie mit!", Reason.COMMENT_PROMPT),
        ("Kommentare sind geschlossen.", Reason.COMMENT_PROMPT),
        ("Kommentare sind bei diesem Artikel deaktiviert.", Reason.COMMENT_PROMPT),
        ("Ihr Kommentar wurde gespeichert und wartet auf Moderation.", Reason.COMMENT_PROMPT),
        ("Dein Kommentar muss noch freigegeben werden.", Reason.COMMENT_PROMPT),
        ("Vielen Dank für Ihren Kommentar.", Reason.COMMENT_PROMPT),
        (
            "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * "
            "markiert",
            Reason.COMMENT_PROMPT,
        ),
        (
            "Your email address will not be published. Required fields are marked *",
            Reason.COMMENT_PROMPT,
        ),
        ("Antworten", Reason.COMMENT_ACTION),
        ("Les commentaires sont fermés.", Reason.COMMENT_PROMPT),
        ("Los comentarios están cerrados.", Reason.COMMENT_PROMPT),
        ("Comentários encerrados.", Reason.COMMENT_PROMPT),
        ("I commenti sono chiusi.", Reason.COMMENT_PROMPT),
        ("Reacties zijn gesloten.", Reason.COMMENT_PROMPT),
        ("Dodaj komentarz Anuluj pisanie odpowiedzi", Reason.COMMENT_PROMPT),
        ("Lämna ett svar Avbryt svar", Reason.COMMENT_PROMPT),
        ("Skriv et svar Annuller svar", Reason.COMMENT_PROMPT),
        ("Legg igjen en kommentar", Reason.COMMENT_PROMPT),
        ("Napsat komentář Zrušit odpověď", Reason.COMMENT_PROMPT),
        ("Добавить комментарий Отменить ответ", Reason.COMMENT_PROMPT),
        ("Залишити коментар", Reason.COMMENT_PROMPT),
        ("Bir yanıt yazın Yanıtı iptal et", Reason.COMMENT_PROMPT),
        ("Répondre", Reason.COMMENT_ACTION),
        ("Responder", Reason.COMMENT_ACTION),
        ("Rispondi", Reason.COMMENT_ACTION),
        ("Odpowiedz", Reason.COMMENT_ACTION),
        ("Svara", Reason.COMMENT_ACTION),
        ("Odpovědět", Reason.COMMENT_ACTION),
        ("Ответить", Reason.COMMENT_ACTION),
        ("Відповісти", Reason.COMMENT_ACTION),
        ("Yanıtla", Reason.COMMENT_ACTION),
        ("Missbrauch melden", Reason.COMMENT_ACTION),
        ("Comments", Reason.COMMENT_COUNT),
        ("Kommentare", Reason.COMMENT_COUNT),
        ("Commentaires", Reason.COMMENT_COUNT),
        ("You must be logged in to post a comment.", Reason.COMMENT_PROMPT),
        ("You must log in or register to reply here.", Reason.COMMENT_PROMPT),
        ("You must log in to answer this question.", Reason.COMMENT_PROMPT),
        ("Read our commenting policy", Reason.COMMENT_PROMPT),
        ("Comments are moderated. Please keep it civil.", Reason.COMMENT_PROMPT),
        ("Comment by rivermom_77", Reason.COMMENT_META),
        ("D. Kovacs says:", Reason.COMMENT_META),
        ("23 Comments", Reason.COMMENT_COUNT),
        ("(4) comments", Reason.COMMENT_COUNT),
        ("Comments (12)", Reason.COMMENT_COUNT),
        ("10 comments:", Reason.COMMENT_COUNT),  # a blog's heading over its thread
        ("Comments:", Reason.COMMENT_COUNT),
        ("Discussion about this post", Reason.COMMENT_COUNT),
        ("3 replies", Reason.COMMENT_COUNT),
        ("7 Kommentare", Reason.COMMENT_COUNT),
        ("2 hours ago", Reason.COMMENT_META),
        ("a day ago", Reason.COMMENT_META),
        ("14 likes", Reason.COMMENT_META),
        ("vor 3 Stunden", Reason.COMMENT_META),
        ("il y a 5 minutes", Reason.COMMENT_META),
        ("Let us know what you think in the comments section.", Reason.COMMENT_PROMPT),
        ("Reply", Reason.COMMENT_ACTION),
        ("Report abuse", Reason.COMMENT_ACTION),
        ("Improve this answer", Reason.COMMENT_ACTION),
        ("Improve this question", Reason.COMMENT_ACTION),
        ("Sorted by:", Reason.COMMENT_ACTION),
        ("Reset to default", Reason.COMMENT_ACTION),
        ("Click to expand...", Reason.COMMENT_ACTION),
        ("Quote", Reason.COMMENT_ACTION),
        # A Q&A poster's card: reputation, then each badge count (twice in inscriptis).
        ("39.8k 6 6 gold badges 62 62 silver badges 86 86 bronze badges", Reason.COMMENT_ACTION),
        ("559 2 2 silver badges 12 12 bronze badges", Reason.COMMENT_ACTION),
        ("1,655 1 1 gold badge 14 14 silver badges", Reason.COMMENT_ACTION),
        ("39.8k66 gold badges6262 silver badges8686 bronze badges", Reason.COMMENT_ACTION),
    ],
)
def test_rule_reasons(text: str, reason: str) -> None:
    assert _reasons(text) == {text: reason}


@pytest.mark.parametrize(
    "text",
    [
        "The council will take public comments at its meeting on Tuesday.",
        "Ihre Meinung zu diesem Thema änderte die Ministerin am Montag nicht.",
        "Ihre Meinung ist eindeutig, sagte die Sprecherin am Montag.",
        # German comment-box words in reporting, not the box's own lines.
        "Kommentar hinzufügen wollte der Sprecher am Montag nichts.",
        "Diskutieren Sie mit Ihren Kindern über das Thema, rät die Psychologin.",
        "Jetzt kommentieren auch Politiker die Entscheidung des Gerichts.",
        "Die Kommentarfunktion wurde nach Hassbotschaften geschlossen, teilte die Zeitung mit.",
        "Kommentare sind geschlossen, sagte der Betreiber des Forums am Montag.",
        "Vielen Dank für Ihren Kommentar zur Lage, schrieb der Minister an den Verband.",
        "Antworten auf diese Fragen gab es am Montag nicht.",
        "Missbrauch melden können Betroffene bei der Beratungsstelle.",
        "Der Dienst versprach, dass Ihre E-Mail-Adresse nicht veröffentlicht wird.",
        "The site promised that your email address will not be published anywhere.",
        # Other languages' comment-box words in reporting.
        "Les commentaires sont fermés depuis lundi, a indiqué la rédaction.",
        "Los comentarios están cerrados al público desde el lunes.",
        "I commenti sono chiusi dal gestore dopo gli insulti, ha spiegato.",
        "Répondre aux critiques n'était pas sa priorité.",
        "Responder a la crisis costará millones, dijo el ministro.",
        "Ответить на вопросы журналистов министр отказался.",
        "Legg igjen en kommentar i rapporten, ba lederen om i møtet på mandag.",
        "12 comments were received before the deadline, officials said.",
        "Comments: the council heard 40 of them on Monday.",
        "12 comments: a record for the council's public hearing.",
        "Discussion about this post went on for weeks among the council's members.",
        "More than 200 residents came to City Hall on Monday night to join the discussion about "
        "the plan for the park, organizers said.",
        "He declined to comment.",
        "Der Minister wollte am Montag keinen Kommentar schreiben.",
        "Il a refusé de laisser un commentaire sur le projet de loi.",
        "O ministro não quis deixar um comentário sobre a votação.",
        "Two hours ago the road was still closed.",
        "The reply came a week later.",
        # A paragraph that mentions the comments section is reporting, not a policy box.
        "Do you know of other newsletters on data and AI that are worth reading? Are you a "
        "writer who covers enterprise IT? The editors collected the best answers that readers "
        "left in the comments section of last week's post, and they are printed below.",
        "Readers flooded the comments section with praise.",
        # Mentions a Q&A site's edit link in prose: not the link itself.
        "Improve this answer by citing the manual.",
        "Sorted by: date of birth, the list ran to four pages.",
        "Reset to default settings, the router came back online.",
        "How do I improve this question so it gets reopened?",
        # A forum's "Quote" button and a poster's badges, mentioned in prose.
        "Quote of the day: the council will meet again on Monday.",
        "She earned 3 gold badges and 12 silver badges on the site last year.",
        "In 2019 the team won 12 gold badges.",
        # A forum's folded-quote link and its reply prompt, mentioned in prose.
        "Click to expand the map, then drag it to the town you want to see.",
        "You must log in to the portal before the deadline, the agency said.",
        "To file, you must log in or register to answer the agency's questions online, which "
        "took residents of the county more than an hour on Monday.",
    ],
)
def test_prose_about_comments_stays(text: str) -> None:
    assert _reasons(text) == {}


def test_short_prose_with_join_the_debate_stays() -> None:
    assert _reasons("Two other candidates are expected to join the debate next week.") == {}
