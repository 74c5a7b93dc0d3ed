"""ChromeExtractor: calls to action and site furniture, judged only on short blocks."""

from __future__ import annotations

import pytest

from cleaner.blocks import Page
from cleaner.extractors.chrome import ChromeExtractor
from cleaner.reasons import Reason
from tests.helpers import removed
from tests.helpers import text_page as _page

PROSE = (
    "The council voted on Monday to close the bridge for repairs, citing an engineering "
    "report that found corroded steel in two of its main supports."
)


def _reasons(page: Page) -> dict[str, str]:
    return removed(ChromeExtractor(), page)


def test_docstring_example() -> None:
    page = _page("Make us your home page", "Today's top headlines delivered to you daily.", PROSE)
    after = ChromeExtractor().run(page)
    assert after.marks[0].reason == Reason.HOME_PAGE_PROMPT
    assert after.marks[1].reason == Reason.NEWSLETTER_PROMPT
    assert {m.by for m in after.marks.values()} == {"chrome"}
    assert [b.text for b in after.kept()] == [PROSE]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Set this page as your homepage", Reason.HOME_PAGE_PROMPT),
        ("Sign up for our newsletter", Reason.NEWSLETTER_PROMPT),
        ("Subscribe", Reason.NEWSLETTER_PROMPT),
        (
            "Get the day's top stories delivered to your inbox every morning.",
            Reason.NEWSLETTER_PROMPT,
        ),
        ("Newsletter abonnieren", Reason.NEWSLETTER_PROMPT),
        ("Log in", Reason.ACCOUNT_PROMPT),
        ("Sign in", Reason.ACCOUNT_PROMPT),
        ("Already a subscriber? Log in", Reason.NEWSLETTER_PROMPT),
        ("Create a free account", Reason.ACCOUNT_PROMPT),
        ("(View our Privacy Policy)", Reason.PRIVACY_LINK),
        ("Terms of Use | Privacy Policy | Contact Us", Reason.PRIVACY_LINK),
        ("Datenschutz | Impressum | AGB", Reason.PRIVACY_LINK),
        ("Mentions légales | Politique de confidentialité", Reason.PRIVACY_LINK),
        # Written without the accent: the pattern accepts it, and its pre-check must too.
        ("Politica de privacidad", Reason.PRIVACY_LINK),
        ("Política de privacidad", Reason.PRIVACY_LINK),
        ("Política de Privacidade", Reason.PRIVACY_LINK),
        ("Utilizamos cookies para melhorar a sua experiência.", Reason.COOKIE_NOTICE),
        ("Leia mais", Reason.READ_MORE_LINK),
        ("We use cookies to improve your experience on our site.", Reason.COOKIE_NOTICE),
        (
            "This site uses cookies. By continuing you accept our cookie policy.",
            Reason.COOKIE_NOTICE,
        ),
        ("Accept all cookies", Reason.COOKIE_NOTICE),
        ("Diese Website verwendet Cookies.", Reason.COOKIE_NOTICE),
        # A consent dialog in French, and a German consent manager's labels and form box.
        (
            "En cliquant sur « Tout refuser », vous refusez que le site et les tiers utilisent "
            "ces cookies et autres traceurs.",
            Reason.COOKIE_NOTICE,
        ),
        ("Vous pouvez également paramétrer les cookies ci-dessous.", Reason.COOKIE_NOTICE),
        ("Pour plus d’information consultez la politique de cookies.", Reason.COOKIE_NOTICE),
        (
            "Folgen der Nichteinwilligung: Der Dienst Facebook wird Ihnen nicht zur Verfügung "
            "gestellt",
            Reason.COOKIE_NOTICE,
        ),
        ("Speicherdauer: Daten auf Ihrem Endgerät bis zu zwei Jahre", Reason.COOKIE_NOTICE),
        (
            "Rechtsgrundlage für die Datenübermittlung in die USA: Der Konzern übermittelt Ihre "
            "personenbezogenen Daten in die USA.",
            Reason.COOKIE_NOTICE,
        ),
        (
            "Ich habe die Datenschutzerklärung zur Kenntnis genommen. Ich stimme zu, dass meine "
            "Angaben zur Kontaktaufnahme und für Rückfragen dauerhaft gespeichert werden können.",
            Reason.COOKIE_NOTICE,
        ),
        ("Share this article", Reason.SHARE_PROMPT),
        ("Share: Facebook Twitter Email", Reason.SHARE_PROMPT),
        ("Facebook", Reason.SHARE_PROMPT),
        ("Partager", Reason.SHARE_PROMPT),
        ("Download our free app for breaking news alerts.", Reason.APP_PROMPT),
        ("Available on the App Store and Google Play", Reason.APP_PROMPT),
        ("Advertisement", Reason.ADVERTISEMENT),
        ("Story continues below advertisement", Reason.ADVERTISEMENT),
        ("Anzeige", Reason.ADVERTISEMENT),
        ("Skip to main content", Reason.SKIP_LINK),
        ("Back to top", Reason.SKIP_LINK),
        ("Zum Inhalt springen", Reason.SKIP_LINK),
        ("Menu", Reason.SKIP_LINK),
        ("Read more", Reason.READ_MORE_LINK),
        ("Check price at Amazon (on sale!)", Reason.SHOP_BUTTON),
        ("See price at REI", Reason.SHOP_BUTTON),
        ("Buy now at Amazon", Reason.SHOP_BUTTON),
        ("View Deal", Reason.SHOP_BUTTON),
        ("Jump to Review", Reason.SHOP_BUTTON),
        ("5 min read", Reason.READING_TIME),
        ("• 4 minute read", Reason.READING_TIME),
        ("Lesezeit: 3 Min.", Reason.READING_TIME),
        ("3 Minuten Lesezeit", Reason.READING_TIME),
        ("Tempo de leitura: 1 minuto", Reason.READING_TIME),
        ("Continue reading", Reason.READ_MORE_LINK),
        ("Weiterlesen", Reason.READ_MORE_LINK),
        ("Please enable JavaScript to view this page.", Reason.SCRIPT_NOTICE),
        ("It looks like you are using an ad blocker.", Reason.SCRIPT_NOTICE),
        # WordPress's like button and share row title before their script ran.
        ("Like Loading...", Reason.SCRIPT_NOTICE),
        ("Gefällt mir Wird geladen...", Reason.SCRIPT_NOTICE),
        ("Wird geladen…", Reason.SCRIPT_NOTICE),
        ("Teilen mit:", Reason.SHARE_PROMPT),
        ("Abonnieren Sie unseren Newsletter.", Reason.NEWSLETTER_PROMPT),
        ("Beitrag teilen:", Reason.SHARE_PROMPT),
        ("Artikel teilen", Reason.SHARE_PROMPT),
        # Share bars as a flattened page's cut leaves them (SHARE_BUTTONS).
        ("858 shares Pinterest Facebook Twitter Mix Flipboard Reddit", Reason.SHARE_PROMPT),
        ("Facebook 0 Twitter Pinterest 0 Email", Reason.SHARE_PROMPT),
        ("Melde Dich für unseren Newsletter an", Reason.NEWSLETTER_PROMPT),
        (
            "Erhalten Sie den monatlichen Gartenjournal Newsletter in Ihr E-Mail Postfach.",
            Reason.NEWSLETTER_PROMPT,
        ),
        (
            "Verpasse keine Neuheit. Trag dich für den MTB-News-Newsletter ein!",
            Reason.NEWSLETTER_PROMPT,
        ),
        ("Share this on WhatsApp", Reason.SHARE_PROMPT),
        ("Click to share on Facebook", Reason.SHARE_PROMPT),
        (
            "Keine Neuigkeiten aus der Medien-Branche mehr verpassen: Abonnieren Sie kostenlos "
            "die MEEDIA-Newsletter und bleiben Sie über alle aktuellen Entwicklungen auf dem "
            "Laufenden.",
            Reason.NEWSLETTER_PROMPT,
        ),
        (
            "Wir informieren Sie täglich (werktags) über die Topthemen des Tages.",
            Reason.NEWSLETTER_PROMPT,
        ),
        ("Wählen Sie Ihren Zugang und lesen Sie weiter:", Reason.PAYWALL_PROMPT),
        ("(BUTTON) Sign Up", Reason.FORM_CONTROL),
        ("(BUTTON) (BUTTON) Close sticky video", Reason.FORM_CONTROL),
        ("Cerca: ____________________ (BUTTON) Search", Reason.FORM_CONTROL),
        ("____________________ (BUTTON) Buscar", Reason.FORM_CONTROL),
        ("IFRAME: https://www.youtube.com/embed/AEyOoZ7JpyY", Reason.FORM_CONTROL),
        ("[1535178347_2.jpg]", Reason.FORM_CONTROL),
        ("[loucos-por]", Reason.FORM_CONTROL),
        ("[INS: :INS]", Reason.FORM_CONTROL),
        ("https://twitter.com/intent/tweet?text=Bubi-Bomber wieder da", Reason.LINK_ADDRESS),
        (
            "mailto:?subject=Meine Empfehlung: Bubi-Bomber wieder da&body=Hallo,",
            Reason.LINK_ADDRESS,
        ),
        (
            "https://twitter.com/intent/tweet?text=Bridge to close for repairs next week",
            Reason.LINK_ADDRESS,
        ),
        ("mailto:?subject=Bridge to close&body=The old bridge will close.", Reason.LINK_ADDRESS),
    ],
)
def test_rule_reasons(text: str, reason: str) -> None:
    assert _reasons(_page(text, PROSE)) == {text: reason}


@pytest.mark.parametrize(
    "text",
    [
        # Long prose that mentions the trigger words is never judged by the short-line rules.
        "Readers who subscribe to the print edition will see the redesigned paper on Sunday, "
        "the editor wrote in a note published with the first issue of the new layout.",
        "Share prices fell 4 percent on Monday.",
        "Facebook said on Tuesday that it would cut 11,000 jobs.",
        "Share on Facebook, Twitter and Pinterest grew, the survey of 2,000 users found.",
        "Facebook Twitter accounts of the council were hacked on Monday, officials said.",
        pytest.param("The bakery will accept orders for holiday cookies until Friday."),
        "Search teams found the hikers on Sunday.",
        "Loading... the crane took three hours, the harbour master said.",
        "Like loading a truck, the job took three hours.",
        "Die Seite wird geladen, sobald der Server antwortet.",
        "Teilen mit Freunden ist auf dieser Seite nicht erlaubt.",
        "Beitrag teilen sich die Mitglieder nach ihrem Einkommen, sagte der Kassenwart.",
        "Wir informieren Sie täglich über die Lage, sagte die Sprecherin der Stadt am Montag "
        "vor der Presse, und wir werden das so lange tun, wie die Straßen gesperrt sind und "
        "die Schulen geschlossen bleiben müssen, weil das Wasser noch nicht abgeflossen ist.",
        "Wer den Newsletter des Vereins abonniert, erfährt die Termine zuerst, sagte sie.",
        "Im Wahllokal wählen Sie Ihren Zugang zum Stimmzettel nicht selbst; den gibt Ihnen "
        "der Wahlvorstand, nachdem er Ihre Benachrichtigung geprüft hat und Ihr Name in "
        "der Liste steht, die der Wahlvorstand vor der Wahl von der Gemeinde bekommen hat.",
        "The menu at the new restaurant changes every week.",
        # A shop's button words in prose.
        "Check the price at Amazon before you buy now, the guide says.",
        "Buy now or wait for the sale?",
        "Book now: the festival sold out in a day last year.",
        # A reading time's words in prose: minutes read aloud, a reading time discussed.
        "The report is a 5 min read for most people, the editor said.",
        "The average reading time is 4 minutes, the study found.",
        "Die Lesezeit beträgt 3 Minuten.",
        # A text browser's words in prose: not at the line's start, or more than an address.
        "Press the red (BUTTON) marked STOP to halt the machine.",
        "Write your name on the line ____ (button) and press it.",
        "IFRAME: an element that embeds another page, as the HTML standard defines it.",
        "[Updated at 5 p.m. with the mayor's comments]",
        "[Engadget]",  # an image's own text: a source's logo on an aggregator
        "The full report is at https://example.org/report and runs to 80 pages.",
        "https://t.co/XPxUJuyIAC",  # a tweet's link, quoted by the article
        # An address in prose, or alone on its line as an article may print it.
        "Residents can apply at https://example.gov/apply?lang=en before the end of May.",
        "https://example.gov/apply?lang=en",
        "https://example.gov/apply is where residents apply before the end of May.",
        "Os leitores podem ler mais sobre a política de privacidade do banco no relatório "
        "anual, publicado na segunda-feira junto com os resultados do trimestre.",
        PROSE,
    ],
)
def test_prose_that_mentions_chrome_words_stays(text: str) -> None:
    assert _reasons(_page(text)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Residents can subscribe to the county's flood alerts by texting FLOOD to 55500.",
        "The newsletter, first printed in 1952, is mailed to 3,000 homes.",
    ],
)
def test_short_prose_sentence_mentioning_subscribe_stays(text: str) -> None:
    assert _reasons(_page(text)) == {}


@pytest.mark.parametrize(
    "text",
    [
        # Reporting on consent rules names the same things without speaking for a site.
        "La CNIL a sanctionné le site, qui déposait des cookies sans le consentement des "
        "internautes.",
        "Les boulangers vendent des cookies au chocolat et aux noisettes tout l'hiver.",
        "Die Speicherdauer der Daten sei viel zu lang, kritisierte die Behörde am Montag.",
        "Als Rechtsgrundlage für die Datenverarbeitung nannte das Gericht die Einwilligung.",
    ],
)
def test_prose_about_consent_stays(text: str) -> None:
    assert _reasons(_page(text)) == {}


def test_prose_about_baked_cookies_stays() -> None:
    text = "Volunteers sold cookies using a recipe from the church's 1950s cookbook."
    assert _reasons(_page(text)) == {}


def test_run_is_pure() -> None:
    page = _page("Advertisement", PROSE)
    after = ChromeExtractor().run(page)
    assert page.marks == {}
    assert after is not page
    assert ChromeExtractor().run(_page(PROSE)).marks == {}


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Was this article helpful?", Reason.FEEDBACK_PROMPT),
        ("War der Artikel nützlich?", Reason.FEEDBACK_PROMPT),
        ("Kommentar verfassen Antwort abbrechen", Reason.FEEDBACK_PROMPT),
        ("Kommentieren Sie hier", Reason.FEEDBACK_PROMPT),
        ("Hier können Sie den Artikel bewerten", Reason.FEEDBACK_PROMPT),
        ("Diesen Artikel kommentieren", Reason.FEEDBACK_PROMPT),
        ("Jetzt registrieren", Reason.ACCOUNT_PROMPT),
        (
            "We want to hear what you think about this article. Submit a letter to the editor.",
            Reason.FEEDBACK_PROMPT,
        ),
        ("To view the full story, please subscribe to the Daily Planet.", Reason.PAYWALL_PROMPT),
        ("Support our journalism: donate now.", Reason.PAYWALL_PROMPT),
        ("The opinions expressed in this blog are the author's own.", Reason.DISCLAIMER),
        ("Download the Planet apps for iOS and Android.", Reason.APP_PROMPT),
        ("Weiter »", Reason.READ_MORE_LINK),
    ],
)
def test_multilingual_prompts(text: str, reason: str) -> None:
    assert _reasons(_page(text)) == {text: reason}


@pytest.mark.parametrize(
    "text",
    [
        "Did you find this content helpful?",
        "Found this article helpful?",
        "How useful was this post?",
        "Was this helpful?",
        "Click on a star to rate it!",
        "No votes so far! Be the first to rate this post.",
        "Thank you for your feedback!",
        "Thanks for your feedback! If you want to let us know more, please leave a post.",
    ],
)
def test_rating_widgets_are_feedback_prompts(text: str) -> None:
    assert _reasons(_page(text)) == {text: Reason.FEEDBACK_PROMPT}


@pytest.mark.parametrize(
    "text",
    [
        "Residents found the report helpful, the council said on Monday.",
        "How useful was the bridge before the storm? Engineers disagree on the answer.",
        "The mayor thanked residents for their feedback on the plans for the new bridge.",
        "The critic was the first to rate the play, giving it a star on Monday.",
    ],
)
def test_prose_near_rating_words_stays(text: str) -> None:
    assert _reasons(_page(text)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The council said the report was helpful to residents who lost power in the storm.",
        "Opinions differ on whether the bridge should be rebuilt, officials said on Monday.",
        "Die Leser können diesen Artikel kommentieren, sagte die Chefredakteurin am Montag.",
        "Jetzt registrieren sich immer mehr Wähler online, meldet das Wahlamt.",
        "We want to hear what you think about the new bridge, the mayor told residents.",
    ],
)
def test_prose_near_prompt_words_stays(text: str) -> None:
    assert _reasons(_page(text)) == {}


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("CLICK HERE TO GET THE DAILY PLANET APP", Reason.APP_PROMPT),
        ("Get it on Google Play", Reason.APP_PROMPT),
        ("Like this story? Share it with a friend!", Reason.FEEDBACK_PROMPT),
        ("Enjoyed this article? Share it with your friends.", Reason.FEEDBACK_PROMPT),
        ("Share this on WhatsApp", Reason.SHARE_PROMPT),
        ("Share on Facebook", Reason.SHARE_PROMPT),
        ("Please disable your ad blocker to continue.", Reason.SCRIPT_NOTICE),
    ],
)
def test_promo_lines(text: str, reason: str) -> None:
    assert _reasons(_page(text, PROSE)) == {text: reason}


@pytest.mark.parametrize(
    "text",
    [
        # A paragraph about apps names the stores; only a short badge line is chrome.
        "Developers build iOS apps using Swift in Xcode, and these apps follow the strict "
        "design and privacy guidelines that Apple sets for its App Store.",
        "Publish to the Google Play Store: prepare the assets, write a store listing and "
        "upload the signed bundle through the console.",
        "Features like a kill switch and an ad blocker come with every plan, and the "
        "no-logs policy has been audited independently twice.",
        "Readers said they would share the story with their friends, and the editor "
        "published their letters the following week.",
        "She asked whether we liked the story, and we said it was the best one in the book.",
        # A report names a newsletter without offering it.
        "Der tägliche Newsletter der Zeitung erreichte im Mai 40 000 Leser, teilte der Verlag mit.",
        "Die Leser trugen sich im Mai für den Newsletter der Stadt ein, hieß es im Rathaus.",
    ],
)
def test_prose_that_mentions_promo_words_stays(text: str) -> None:
    assert _reasons(_page(text)) == {}


def test_a_long_run_of_marks_is_a_separator_line() -> None:
    # A flattened page runs its section breaks and rules together: no letter, no figure.
    assert _reasons(_page("* * * ___ * * *")) == {"* * * ___ * * *": Reason.SEPARATOR_LINE}


def test_prose_between_marks_is_no_separator_line() -> None:
    assert _reasons(_page("* * * The bridge reopened on Monday. * * *")) == {}


@pytest.mark.parametrize(
    "text",
    [
        "By signing up, you agree to our Privacy Policy and European users agree to the data "
        "transfer policy.",
        "By clicking Get Started below, I consent to receive recurring marketing e-mails.",
        "Mit Absenden meiner E-Mail-Adresse willige ich bis auf Widerruf ein, den Newsletter "
        "zu erhalten.",
        "En vous inscrivant, vous acceptez nos conditions générales d'utilisation.",
        "Al suscribirte aceptas nuestra política de privacidad.",
        "Ao se inscrever, você concorda com os termos de uso.",
        "Iscrivendoti accetti i termini e la privacy policy.",
        "By submitting your information, you're agreeing to receive communications from us.",
        "Mit Absendung des Formulars willige ich in die Verarbeitung meiner Daten ein.",
        "Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.",
    ],
)
def test_consent_under_a_signup_form_is_a_newsletter_prompt(text: str) -> None:
    assert _reasons(_page(text)) == {text: Reason.NEWSLETTER_PROMPT}


@pytest.mark.parametrize(
    "text",
    [
        # The same words reporting on a form, or not opening the line.
        "By registering early, the team secured its place in the final, the coach said.",
        "Users who clicked the button agreed to terms they never read, the court found.",
        "Mit dem Absenden des Briefes stimmte der Rat dem Plan am Montag nicht zu, hieß es.",
        "Al hacer clic en el enlace, los usuarios llegaban a una página falsa del banco.",
    ],
)
def test_prose_about_signing_up_stays(text: str) -> None:
    assert _reasons(_page(text)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Externen Inhalt anzeigen",
        "Inhalt laden",
        "Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.",
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können "
        "personenbezogene Daten an Drittplattformen übermittelt werden.",
        "An dieser Stelle finden Sie einen von unseren Redakteuren ausgewählten, externen "
        "Inhalt, der den Artikel für Sie mit zusätzlichen Informationen anreichert.",
        "Die Funktionalität dieses Widgets hängt von der Einbindung eines Drittanbieters ab.",
        "To see this content please enable targeting cookies.",
        "Empfohlener redaktioneller Inhalt",
        "Externer Inhalt",
    ],
)
def test_an_embeds_consent_placeholder_is_a_script_notice(text: str) -> None:
    assert _reasons(_page(text)) == {text: Reason.SCRIPT_NOTICE}


@pytest.mark.parametrize(
    "text",
    [
        # Reporting on embedded content and consent, not a placeholder's notice.
        "Die Zeitung zeigt externe Inhalte erst nach Zustimmung an, kritisierte der "
        "Datenschützer am Montag.",
        "Der Anbieter hängt von der Einbindung in das Netz der Stadtwerke ab, hieß es im Rat.",
        "This content is not visible to most readers, the editor admitted in a letter.",
        "To load the truck, the crew worked through the night, the firm said.",
        "Externer Inhalt der Debatte war die Rentenfrage, nicht das Budget.",
    ],
)
def test_prose_about_embedded_content_stays(text: str) -> None:
    assert _reasons(_page(text)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "← Previous Story",
        "Next Story →",
        "Previous Post",
        "Older Posts",
        "Newer Entries",
        "Next Article: Council votes to close the bridge for repairs",
        "« Vorheriger Artikel",
        "Ältere Beiträge",
        # A flattened page glues the pager into the sentences around it.
        "These partnerships do not influence our editorial content. ← Previous Story Council "
        "votes to close the bridge",
        "2 special event Newer Story → Council votes to close the bridge for repairs",
    ],
)
def test_a_pager_is_a_pager_link(text: str) -> None:
    assert _reasons(_page(text)) == {text: Reason.PAGER_LINK}


@pytest.mark.parametrize(
    "text",
    [
        # Prose that mentions the story before or after, without a pager's arrow.
        "In the previous story we told you about the mayor, who resigned on Monday.",
        "The next story on the agenda was the flood, the editor said.",
        "Readers of the previous post asked why the bridge was closed for so long.",
        "Der nächste Artikel der Serie erscheint am Montag, kündigte die Redaktion an.",
    ],
)
def test_prose_that_mentions_the_previous_story_stays(text: str) -> None:
    assert _reasons(_page(text)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Follow her on Twitter @AmyKup or on Facebook.",
        "Follow us on Twitter @Spacedotcom or Facebook.",
        "Follow him on Instagram",
    ],
)
def test_a_prompt_to_follow_on_a_network_is_a_share_prompt(text: str) -> None:
    assert _reasons(_page(text)) == {text: Reason.SHARE_PROMPT}


@pytest.mark.parametrize(
    "text",
    [
        # Prose that mentions following someone on a network.
        "More than 2 million people follow her on Twitter, the agency said on Monday.",
        "Follow them on Twitter, the coach told his players before the season, and learn.",
    ],
)
def test_prose_that_mentions_following_on_twitter_stays(text: str) -> None:
    assert _reasons(_page(text)) == {}


def test_a_players_share_box_is_a_share_prompt() -> None:
    box = (
        "Link to this video //www.example.com/news/local/video-123.html Copy Close Embed this "
        'video <script type="text/javascript" src="http://www.example.com/player/"></script> '
        "Replay More videos (1 of 9)"
    )
    assert _reasons(_page(box)) == {box: Reason.SHARE_PROMPT}


def test_prose_about_embedding_a_video_stays() -> None:
    text = "Readers may embed this video on their own sites, the broadcaster said on Monday."
    assert _reasons(_page(text)) == {}
