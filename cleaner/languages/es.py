"""Spanish: the words of every slot it has (see :mod:`cleaner.languages.words`)."""

from __future__ import annotations

from cleaner.languages.words import Language

__all__ = ["SPANISH"]

SPANISH = Language(
    code="es",
    phrases={
        # The comment box's own words (WordPress's, in its translations).
        "comment_policy": r"^los comentarios están cerrados[.!]?$",
        "comment_action": r"responder|denunciar",
        "breadcrumb_root": r"inicio",
        "comment_prompt": (
            r"^deja (un comentario|una respuesta)\b|^(escribe|añade) un comentario\b|"
            r"\bcancelar (la )?respuesta\b"
        ),
        "feedback_prompt": r"\bte ha (gustado|resultado útil)\b",
        "paywall_prompt": r"\bcancela cuando quieras\b",
        "support_verb": r"apoya",
        "support_us": r"nuestro",
        "journalism": r"periodismo",
        "newsletter_prompt": r"^suscr[ií]b",
        "signup_consent": (
            r"^al (suscribirte|suscribirse|registrarte|registrarse|hacer clic|enviar)\b[^.]{0,80}"
            r"\b(aceptas|acepta|aceptás|consientes)\b"
        ),
        "account_prompt": r"^iniciar sesi[oó]n$",
        "privacy_link": r"\bpol[ií]tica de privacidad\b",
        "cookie_notice": r"\butiliza(mos)? cookies\b",
        "share_button": r"compartir",
        "advertisement": r"publicidad",
        "read_more": r"^leer m[aá]s\b",
        "comments": r"comentarios?",
        "comment_age": r"^hace \d+ (minutos?|horas?|d[ií]as?)$",
        "comment_noun": r"comentario",
        "comment_by": r"de",
        "says": r"dice",
        "rights_reserved": r"\btodos los derechos reservados",
        "related_header": (
            r"noticias relacionadas|te puede interesar|lo más leído|más sobre\b.{0,40}|"
            r"lee también|entradas populares"
            # A blog's recent-posts box.
            r"|últimas (noticias|entradas)|entradas recientes"
            # More boxes' labels.
            r"|te recomendamos|lo más visto|(contenido|artículos) relacionados?|"
            r"también te puede interesar"
            # More boxes' labels.
            r"|más noticias|quizás te interese|noticias recomendadas|(las|los) más leíd[ao]s"
        ),
        "tag_label": r"etiquetas",
        "teaser_label": r"leer también",
        "reading_time": r"tiempo de lectura|min(utos?)? de lectura",
        "read_more_tail": r"leer m[aá]s",
        "teaser_end": r"leer m[aá]s",
        "about_author": r"sobre el autor|acerca del autor",
        "about": r"sobre|acerca de",
        "bio": r"es\s+(?:\w+\s+){0,4}(?i:periodista|redactor)",
        "bio_verb": r"es|escribe|trabaja|vive",
        "byline_verb": r"publicado|escrito",
        "byline_by": r"por",
        "byline_label": r"autor",
        "name_and": r"y",
        "name_particle": r"de|del|la|y",
        "name_title": r"sr|sra|srta|dr|dra",
        "credit_source": r"para|vía|via",
        "date_at": r"a las",
        "date_of": r"del|de",
        "published_label": r"publicado",
        "date_bound": r"desde|hasta",
        "date_example": r"por ejemplo|p\. ?ej\.",
        "date_cited": r"consultado el",
        "modified_label": r"actualizado",
        "key_points_header": r"en resumen|lo esencial|puntos clave|lo más importante",
    },
    months=(
        ("enero",),
        ("febrero",),
        ("marzo",),
        ("abril",),
        ("mayo",),
        ("junio",),
        ("julio",),
        ("agosto",),
        ("septiembre",),
        ("octubre",),
        ("noviembre",),
        ("diciembre",),
    ),
    # "27 de abr de 2022"; the others are English's or Italian's ("ago", "dic").
    month_abbreviations=(
        ("ene",),
        (),
        (),
        ("abr",),
        (),
        (),
        (),
        (),
        (),
        (),
        (),
        (),
    ),
)
