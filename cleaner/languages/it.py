"""Italian: the words of every slot it has (see :mod:`cleaner.languages.words`)."""

from __future__ import annotations

from cleaner.languages.words import Language

__all__ = ["ITALIAN"]

ITALIAN = Language(
    code="it",
    phrases={
        # The comment box's own words (WordPress's, in its translations).
        "comment_policy": r"^i commenti sono chiusi[.!]?$",
        "comment_action": r"rispondi|segnala",
        "breadcrumb_root": r"home",
        "comment_prompt": r"^lascia (un commento|una risposta)\b|\bannulla risposta\b",
        "share_button": r"condividi",
        "advertisement": r"pubblicit[àa]",
        "signup_consent": (
            r"^(iscrivendoti|registrandoti|cliccando|inviando)\b[^.]{0,80}"
            r"\b(accetti|acconsenti|dichiari)\b"
        ),
        "related_header": (
            r"leggi anche|articoli correlati|post più popolari"
            # A blog's recent-posts box.
            r"|articoli recenti|ultimi articoli"
            # A box of one source's or region's stories (as English "More from ...").
            r"|altro (su|da):? [^.!?]{1,40}"
            # More boxes' labels.
            r"|ti potrebbe interessare|potrebbe interessarti( anche)?"
            r"|(i )?più letti|notizie correlate"
        ),
        "teaser_label": r"leggi anche",
        "reading_time": r"tempo di lettura|min(uti)? di lettura",
        "teaser_end": r"continua(re)? a leggere",
        "byline_verb": r"pubblicato|scritto",
        "byline_by": r"di|da",
        "byline_label": r"autore",
        "name_and": r"e",
        "name_particle": r"di|da|del|della",
        "name_title": r"sig|dott|prof",
        "date_at": r"alle",
        "published_label": r"pubblicato",
        "date_bound": r"fino al|a partire dal",
        "date_example": r"ad esempio|per esempio|ad es\.",
        "date_cited": r"consultato il|visitato il",
        "modified_label": r"aggiornato",
        "key_points_header": r"in breve|in sintesi|punti chiave|l[’']essenziale",
    },
    months=(
        ("gennaio",),
        ("febbraio",),
        ("marzo",),
        ("aprile",),
        ("maggio",),
        ("giugno",),
        ("luglio",),
        ("agosto",),
        ("settembre",),
        ("ottobre",),
        ("novembre",),
        ("dicembre",),
    ),
    month_abbreviations=(
        ("gen",),
        (),
        (),
        (),
        (),
        (),
        ("lug",),
        ("ago",),
        ("set",),
        ("ott",),
        (),
        ("dic",),
    ),
)
