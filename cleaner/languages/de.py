"""German: the words of every slot it has (see :mod:`cleaner.languages.words`)."""

from __future__ import annotations

from cleaner.languages.words import Language

__all__ = ["GERMAN"]

GERMAN = Language(
    code="de",
    phrases={
        "breadcrumb_root": r"startseite|home",
        "comment_prompt": (
            r"^(schreibe|hinterlasse|schreiben sie) einen kommentar\b|"
            r"^kommentar (schreiben|verfassen)\b|\bantworten abbrechen\b|"
            # The comment box's title: "Ihre Meinung zu diesem Thema", "Deine Meinung zählt".
            r"^(ihre|deine) meinung( zu diesem (thema|artikel)| zählt| ist gefragt)?[.!:]?$|"
            r"^kommentieren sie( hier)?[.!:]?$|"
            # The form's other titles: "Kommentar hinzufügen", "Hinterlasse eine Antwort",
            # "Jetzt kommentieren", "Diskutieren Sie mit!" (whole line: a sentence may start so).
            r"^(kommentar (hinzufügen|abgeben|hinterlassen)|(schreibe|hinterlasse) eine antwort)"
            r"[.!:]?$|"
            r"^(jetzt )?kommentieren[.!:]?$|^(diskutieren sie|diskutiere) mit[.!:]?$"
        ),
        # The comment box's notices, whole lines ("Kommentare sind geschlossen.", "Ihr
        # Kommentar wartet auf Freischaltung."): a report on a closed forum says more.
        "comment_policy": (
            r"^(die )?(kommentare|kommentarfunktion) (ist|sind|wurde|wurden) "
            r"((für|bei|zu|unter) (diesem|diesen) (artikel|beitrag) )?"
            r"(geschlossen|deaktiviert)[.!]?$|"
            r"^(ihr|dein) kommentar (wurde gespeichert und )?(wartet auf|muss noch) "
            r"(moderation|freischaltung|freigabe|freigegeben werden)[.!]?$|"
            r"^kommentare werden moderiert[.!]?$|^vielen dank für (ihren|deinen) kommentar[.!]?$|"
            # WordPress's form notice: "Deine E-Mail-Adresse wird nicht veröffentlicht.
            # Erforderliche Felder sind mit * markiert".
            r"^(deine|ihre) e-mail-adresse wird nicht veröffentlicht\b"
        ),
        "comment_action": r"antworten|auf kommentar antworten|(kommentar |missbrauch )?melden",
        "comment_opener": (
            r"kommentare (anzeigen|lesen|laden)|kommentar (schreiben|verfassen)|"
            r"(schreibe|hinterlasse|schreiben sie) einen kommentar"
        ),
        "feedback_prompt": (
            r"\b(war|ist) (der|dieser|dieses) (artikel|beitrag|text) (nützlich|hilfreich)\b|"
            r"\b(den|diesen) (artikel|beitrag) teilen\b|\bempfiehl (dies|diesen|uns)\b|"
            r"\bkommentar (verfassen|schreiben)\b|\bantwort abbrechen\b|"
            r"\bkommentieren sie hier\b|^diesen (artikel|beitrag) kommentieren\b|"
            r"\bhier können sie (den|diesen) (artikel|beitrag) bewerten\b"
        ),
        "paywall_prompt": (
            r"\bjederzeit kündbar\b|\bjetzt spenden\b|"
            r"\bwählen sie ihren zugang und lesen sie weiter\b"
        ),
        "support_verb": r"unterstützen sie",
        "support_us": r"uns|unseren",
        "journalism": r"journalismus",
        "disclaimer": r"\bdie meinung des autors\b|\bgibt nicht (unbedingt )?die meinung\b",
        "newsletter_prompt": (
            r"\bnewsletter abonnieren\b|^abonnieren\b|"
            r"\babonnieren sie (kostenlos )?(unseren?|den|die) \S*newsletter\b|"
            r"\bwir informieren sie (täglich|wöchentlich)( \(werktags\))? über die\b|"
            # The site's own or a free newsletter, or one the reader is told to get, as
            # English "our/free newsletter": "Melde Dich für unseren Newsletter an", "mit
            # unserem Newsletter sind Sie immer up to date", "Erhalten Sie den monatlichen
            # Gartenjournal Newsletter ...", "Trag dich für den MTB-News-Newsletter ein!" (no
            # "tägliche Newsletter": a report names one so).
            r"\b(unser|unsere[nmrs]?|meine[nmr]?|kostenlose[nmr]?|gratis) (\S+ )?\S*newsletter\b|"
            r"\b(erhalten sie|erhältst du|bekommen sie|bekommst du)\b.{0,50}\bnewsletter\b|"
            r"\b(trag|trage|tragt|tragen sie)( dich| euch| sich)?\b.{0,50}\bnewsletter\b|"
            r"\bnewsletter an[!.]?$|\bnewsletter-?anmeldung\b"
        ),
        "subscribe_word": r"\babonnieren\b",
        "signup_consent": (
            r"^mit (dem |der |meiner |meinem )?"
            r"(absenden|absendung|abschicken|klick|anmeldung|registrierung)\b"
            r"[^.]{0,80}"
            r"\b(willige ich|willigst du|willigen sie|stimme ich|stimmst du|stimmen sie)\b"
        ),
        "account_prompt": r"\banmelden\b|^(jetzt )?(registrieren|einloggen)$",
        "privacy_link": r"\bdatenschutz|\bimpressum\b|\bagb\b",
        # A consent manager lists each service under these labels ("Speicherdauer: Daten auf
        # Ihrem Endgerät bis zu zwei Jahre"); a form's consent box ticks the privacy notice.
        "cookie_notice": (
            r"\bverwendet cookies\b|\bcookies? (verwenden|setzen|akzeptieren)\b|"
            r"^(folgen der nichteinwilligung|rechtsgrundlage für die daten\w+( in \w+ \w+)?|"
            r"gemeinsamer verantwortlicher|verarbeitungsvorgänge|speicherdauer):|"
            r"\beinwilligen bzw\. ablehnen\b|"
            r"\bich habe die datenschutz\w+ (gelesen|zur kenntnis genommen)\b"
        ),
        # WordPress's share row title: "Teilen mit:"; "Beitrag teilen:", "Artikel teilen".
        "share_button": r"((artikel|beitrag|seite) )?teilen( mit)?",
        # WordPress's like button before its script ran: "Gefällt mir Wird geladen...".
        "script_notice": r"^(gefällt mir )?wird geladen(\.\.\.|…)$",
        # An embedded post or video held back until the reader consents: the placeholder's
        # notice and buttons ("Externen Inhalt anzeigen", "Inhalt laden").
        "embed_consent": (
            r"^externe[nr]? inhalte? (anzeigen|laden)$|^inhalte? (laden|anzeigen)$|"
            r"\bich bin damit einverstanden, dass mir (der |die )?externe[nr]? inhalte? "
            r"angezeigt (wird|werden)\b|"
            r"\bum (den|diesen) inhalt von \S+ zu laden\b|"
            r"\ban dieser stelle (finden sie|findest du) [^.]{0,80}\bexterne[nr]? inhalt|"
            r"\bhängt von der einbindung eines drittanbieters ab\b|"
            # The placeholder's title: "Empfohlener redaktioneller Inhalt", "Externer Inhalt".
            r"^(empfohlener (redaktioneller|externer)|externer) inhalt$"
        ),
        "advertisement": r"anzeige|werbung",
        "skip_link": r"zum inhalt springen|men[üu]|suche|schlie(ß|ss)en",
        # "← Vorheriger Artikel", "Nächster Beitrag →", "Ältere Beiträge".
        "pager_link": (
            r"(vorheriger|nächster|älterer|neuerer) (artikel|beitrag)|"
            r"(vorherige|nächste|ältere|neuere) (meldung|nachricht|geschichte)|"
            r"(ältere|neuere) (artikel|beiträge)"
        ),
        "read_more": r"^(\.\.\.\s*)?weiter\b.{0,30}$|^weiterlesen\b|^mehr (zum thema|lesen)\b",
        "comments": r"kommentare?",
        "comments_heading": r"kommentare",
        "comment_age": r"^vor \d+ (minuten|stunden|tagen)$",
        "comment_noun": r"kommentar|antwort",
        "comment_by": r"von",
        "says": r"sagt|schreibt",
        "picture": r"foto|bild",
        # A single letter with its dot: "(r)" alone is a US politician's party in English prose.
        "photo_position": r"l\.|r\.|li\.?|re\.?|links|rechts|mitte|v\. ?l\.( ?n\. ?r)?|v\. ?r\.",
        "credit_label": r"quelle",
        "media_word": r"foto|bild",
        "rights_reserved": r"\balle rechte vorbehalten",
        "related_header": (
            r"mehr zum thema|das könnte sie auch interessieren|meistgelesen|auch interessant|"
            r"lesen sie auch( die(se)? (folgenden )?(beiträge|artikel))?|"
            r"(weitere|ähnliche) (artikel|beiträge)|empfehlungen (aus )?der redaktion|"
            r"weitere (themen|nachrichten|meldungen)|das könnte dich auch interessieren|"
            r"(verwandte|passende) (artikel|beiträge|themen)|(dies )?passt zum thema|"
            # Blogger's gadget "Beliebte Posts" (the other languages' lists name it too).
            r"(besonders )?beliebte (artikel|beiträge|posts)"
            # A blog's recent-posts box.
            r"|(neueste|letzte|aktuelle) (beiträge|artikel|nachrichten|news|meldungen|posts)"
            # A box of one source's or region's stories, as English "More from ..." and
            # Spanish "Más sobre ...": "Mehr aus Thüringen", "Mehr von CORRECTIV", "Mehr zu
            # Iran". No sentence: "Mehr über die Füchse lesen Sie hier." is a link in prose.
            r"|mehr (aus|von|vom|zu|zum|zur|über) [^.!?]{1,40}"
            # A broadcaster's box of links and teasers: "Weitere Informationen", "Weitere
            # Informationen zum Coronavirus in Thüringen:". No sentence: "Weitere
            # Informationen zu Cookies erhalten Sie in ..." is the privacy notice's.
            r"|weitere (informationen|infos)( (zu|zum|zur|über) [^.!?]{1,40})?"
            # More boxes' labels: "Zum Thema", "Weiterführende Links", "Top-Themen".
            r"|zum thema|mehr zu diesem thema|(weiterführende|verwandte) links|"
            r"weitere (videos|inhalte|stories|storys)|mehr (artikel|nachrichten|videos|beiträge)|"
            r"top-?themen|(aktuelle|beliebte) themen|unsere empfehlungen|"
            r"empfohlene (artikel|beiträge)|lesenswert"
            # Other boxes many German sites share: "Artikel zum Thema", "Das könnte Sie
            # interessieren", "Meistgeklickt", "Aus dem Ressort", a blog's "Neueste Kommentare".
            r"|(weitere )?(artikel|beiträge|videos|bilder) zum thema|"
            r"das könnte (sie|dich) interessieren|(auch|ebenfalls) (lesenswert|spannend)|"
            r"passend (dazu|zum thema)|dazu passend|(unsere )?lesetipps|"
            r"meistgelesene (artikel|beiträge|nachrichten)|am meisten gelesen|meistgeklickt|"
            r"beliebteste (artikel|beiträge)|ähnliche themen|(mehr )?aus dem ressort|"
            r"andere leser interessierten sich (auch )?für|das interessiert andere leser|"
            r"(neueste|letzte) kommentare"
        ),
        "tag_label": r"schlagw(o|ö)rter?|themen|stichw(o|ö)rter",
        "post_filing": (
            r"dieser (eintrag|beitrag) wurde (am .{5,40} )?veröffentlicht in|"
            r"erstellt am .{5,40} und abgelegt unter"
        ),
        "teaser_label": r"lesen sie auch|mehr zum thema",
        "reading_time": r"lesezeit",
        "read_more_tail": r"mehr|weiterlesen",
        "teaser_end": r"weiterlesen",
        "about_author": r"über (den|die) autor(in)?",
        "about": r"über",
        "bio": (
            r"ist\s+(?:\w+\s+){0,4}(?i:redakteur|reporter|korrespondent|autor|journalist|"
            r"\S*experte|berater|gründer|inhaber|bloggerin|blogger|fotograf)"
        ),
        "bio_verb": r"ist|hat|schreibt|arbeitet|lebt|leitet|berichtet",
        "byline_verb": (
            r"veröffentlicht|geschrieben|erstellt|eingestellt|verfasst|ein\s+beitrag|beitrag|"
            r"artikel"
        ),
        "byline_by": r"von",
        "byline_by_glued": r"von",
        "byline_label": r"autor(?:in|en|innen)?|verfasser(?:in)?",
        "thread_starter": r"themenstarter(?:in)?|themen-?ersteller(?:in)?",
        "reply_prefix": r"aw",
        "name_and": r"und|u\.",
        "name_particle": r"von|zu|der|den",
        "name_title": r"dr|prof|hr|fr|st",
        "credit_source": r"für|via",
        "role_word": (
            r"redakteur|redakteurin|fotograf|fotografin|kolumnist|kolumnistin|journalistin|"
            r"korrespondent|korrespondentin"
        ),
        "date_at": r"um",
        "oclock": r"uhr",
        "date_on": r"am",
        "published_label": r"veröffentlicht|erschienen|datum|erstellt|geschrieben am|abgelegt",
        "date_bound": r"seit|bis|ab|registriert",
        "date_example": r"z\. ?b\.|zum beispiel|beispielsweise",
        "date_cited": r"abgerufen am|zugegriffen am|zugriff am|letzter zugriff|archiviert am",
        "modified_label": r"aktualisiert|geändert|letzter beitrag(?: von\b|:)",
        "contents_label": r"inhaltsverzeichnis|inhalt",
        "key_points_header": (
            r"das wichtigste (?:in kürze|auf einen blick|zusammengefasst)|auf einen blick|"
            r"in kürze|kurz und knapp"
        ),
    },
    months=(
        ("januar", "jänner"),
        ("februar",),
        ("märz", "maerz"),
        ("april",),
        ("mai",),
        ("juni",),
        ("juli",),
        ("august",),
        ("september",),
        ("oktober",),
        ("november",),
        ("dezember",),
    ),
    month_abbreviations=(
        (),
        (),
        ("mär", "mrz"),
        (),
        (),
        (),
        (),
        (),
        (),
        ("okt",),
        (),
        ("dez",),
    ),
)
