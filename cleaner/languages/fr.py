"""French: the words of every slot it has (see :mod:`cleaner.languages.words`)."""

from __future__ import annotations

from cleaner.languages.words import Language

__all__ = ["FRENCH"]

FRENCH = Language(
    code="fr",
    spaced_colon=True,
    phrases={
        # The comment box's own words (WordPress's, in its translations).
        "comment_policy": r"^les commentaires sont (fermés|désactivés)[.!]?$",
        "comment_action": r"répondre|signaler( un abus)?",
        "breadcrumb_root": r"accueil",
        "comment_prompt": (
            r"^laisser (un commentaire|une r[ée]ponse)\b|^(r[ée]digez|[ée]crire) un commentaire\b|"
            r"\bannuler (la )?r[ée]ponse\b"
        ),
        "feedback_prompt": r"\bcet article vous a plu\b",
        "support_verb": r"soutenez",
        "support_us": r"notre",
        "journalism": r"journalisme",
        "disclaimer": r"\bn'engagent que\b",
        "newsletter_prompt": r"^abonnez\b",
        "subscribe_word": r"\babonn(ez|ement)\b",
        "signup_consent": (
            r"^en (vous inscrivant|cliquant|soumettant|validant)\b[^.]{0,80}"
            r"\b(vous )?(acceptez|consentez|reconnaissez)\b"
        ),
        "account_prompt": r"^(se )?connect(er|ez)?(-vous)?$",
        "privacy_link": r"\bmentions l[ée]gales\b|\bpolitique de confidentialit[ée]\b",
        # A consent dialog speaks to the reader about the site's cookies ("En cliquant sur
        # « Tout accepter », vous acceptez que ... utilise des cookies").
        "cookie_notice": (
            r"\butilis(e|ent|ons) des cookies\b|\bcookies et autres traceurs\b|"
            r"\bparam[ée]trer (les|vos) cookies\b|\bpolitique (de|des) cookies\b|"
            r"\bcookies strictement n[ée]cessaires\b|\bdes cookies sont d[ée]pos[ée]s\b|"
            r"\bvous (acceptez|refusez) (que|l'utilisation|le d[ée]p[ôo]t)\b.{0,80}\bcookies\b"
        ),
        "share_button": r"partager",
        "advertisement": r"publicit[ée]",
        "read_more": r"^lire (la suite|plus)\b",
        "comments": r"commentaires?",
        "comments_heading": r"commentaires",
        "comment_age": r"^il y a \d+ (minutes?|heures?|jours?)$",
        "comment_noun": r"commentaire",
        "comment_by": r"de|par",
        "says": r"a dit",
        "rights_reserved": r"\btous droits réservés",
        "related_header": (
            r"à lire aussi|lire aussi|sur le même sujet|les plus lus|pour approfondir|"
            r"à lire également|articles les plus consultés"
            # A blog's recent-posts box.
            r"|articles récents|derniers articles"
            # A box of the site's current stories.
            r"|en ce moment"
            # More boxes' labels.
            r"|vous aimerez aussi|vous pourriez aussi aimer|sur le même thème|"
            r"dans la même rubrique|à découvrir (aussi|également)"
            # More boxes' labels.
            r"|(à )?voir aussi|ces articles pourraient vous intéresser|dernières actualités"
        ),
        "tag_label": r"mots-cl[ée]s",
        "teaser_label": r"lire aussi|à lire aussi",
        "reading_time": r"temps de lecture|min(utes?)? de lecture",
        "read_more_tail": r"lire la suite",
        "teaser_end": r"lire la suite",
        "about_author": r"à propos de l'auteur",
        "about": r"à propos de",
        "bio": r"est\s+(?:\w+\s+){0,4}(?i:journaliste?|rédact)",
        "bio_verb": r"est|écrit|travaille|vit",
        "byline_verb": r"publié|écrit",
        "byline_by": r"par",
        "byline_label": r"auteur|texte",
        "name_and": r"et",
        "name_particle": r"de|du|le|la",
        "name_title": r"mme|mlle|dr|pr|st|ste",
        "credit_source": r"pour|via",
        "date_at": r"à",
        "date_on": r"le",
        "ordinal": r"er",
        "oclock": r"h",
        "published_label": r"publié",
        "date_bound": r"depuis|jusqu'au|à partir du",
        "date_example": r"par exemple|p\. ?ex\.",
        "date_cited": r"consulté le",
        "modified_label": r"mis à jour",
        "key_points_header": (
            r"en bref|l[’']essentiel|ce qu[’']il faut retenir|à retenir|les points clés|en résumé"
        ),
    },
    months=(
        ("janvier",),
        ("février", "fevrier"),
        ("mars",),
        ("avril",),
        ("mai",),
        ("juin",),
        ("juillet",),
        ("août", "aout"),
        ("septembre",),
        ("octobre",),
        ("novembre",),
        ("décembre", "decembre"),
    ),
    # "18 juil. 2024", "3 janv. 2024" (Le Monde, Les Echos); "sept", "oct", "nov" are English's.
    month_abbreviations=(
        ("janv",),
        ("févr", "fevr"),
        (),
        ("avr",),
        (),
        (),
        ("juil",),
        (),
        (),
        (),
        (),
        ("déc",),
    ),
)
