"""Portuguese: the words of every slot it has (see :mod:`cleaner.languages.words`)."""

from __future__ import annotations

from cleaner.languages.words import Language

__all__ = ["PORTUGUESE"]

PORTUGUESE = Language(
    code="pt",
    phrases={
        # The comment box's own words (WordPress's, in its translations).
        "comment_policy": r"^(os )?comentários (estão )?(fechados|encerrados)[.!]?$",
        "comment_action": r"responder|denunciar",
        "breadcrumb_root": r"in[íi]cio|p[áa]gina inicial",
        "comment_prompt": (
            r"^deixe (um coment[áa]rio|uma resposta|seu coment[áa]rio)\b|"
            r"^(escreva|adicione) um coment[áa]rio\b|\bcancelar resposta\b"
        ),
        "feedback_prompt": r"\besta (not[íi]cia|mat[ée]ria) (foi|te) [úu]til\b",
        "support_verb": r"apoie",
        "support_us": r"nosso",
        "journalism": r"jornalismo",
        "newsletter_prompt": r"^(assine|inscreva-se|cadastre-se)\b.{0,40}\bnewsletter\b",
        "signup_consent": (
            r"^ao (se inscrever|se cadastrar|clicar|assinar|enviar)\b[^.]{0,80}"
            r"\b(você )?(concorda|aceita)\b"
        ),
        "account_prompt": r"^(entrar|fazer login|iniciar sess[ãa]o)$",
        "privacy_link": r"\bpol[íi]tica de privacidade\b",
        "cookie_notice": r"\b(utiliza|usa)(mos)? cookies\b",
        "share_button": r"compartilh(e|ar)|partilh(e|ar)",
        "advertisement": r"publicidade",
        "read_more": r"^(leia|ler) mais\b|^continue lendo\b",
        "comments": r"coment[áa]rios?",
        "comment_noun": r"coment[áa]rio",
        "comment_by": r"de",
        "says": r"diz",
        "rights_reserved": r"\btodos os direitos reservados",
        "related_header": (
            r"not[íi]cias relacionadas|(artigos|posts|mat[ée]rias) relacionad[ao]s|"
            r"mais lid[ao]s|mais sobre\b.{0,40}|leia tamb[ée]m|veja tamb[ée]m|"
            r"voc[êe] (tamb[ée]m )?pode (gostar|se interessar)|postagens mais visitadas"
            # A blog's recent-posts box.
            r"|posts recentes|últimos posts|últimas notícias"
            # More boxes' labels.
            r"|recomendados para você|mais notícias"
        ),
        "tag_label": r"tags|etiquetas|palavras-chave",
        "teaser_label": r"leia tamb[ée]m|veja tamb[ée]m|saiba mais",
        "reading_time": r"tempo de leitura|min(utos?)? de leitura",
        "teaser_end": r"leia mais|saiba mais",
        "about_author": r"sobre (o autor|a autora)",
        "about": r"sobre",
        "byline_verb": r"publicado|escrito",
        "byline_by": r"por",
        "name_and": r"e",
        "name_particle": r"da|dos|das|de",
        "name_title": r"sr|sra|dr|dra|prof",
        "date_of": r"de",
        "date_bound": r"desde|até",
        "date_example": r"por exemplo|p\. ?ex\.",
        "date_cited": r"acesso em|acessado em|consultado em",
        "published_label": r"publicado|publicada",
        "modified_label": r"atualizado|atualizada",
        "key_points_header": r"em resumo|pontos[- ]chave|o essencial|em síntese",
    },
    months=(
        ("janeiro",),
        ("fevereiro",),
        ("março",),
        ("abril",),
        ("maio",),
        ("junho",),
        ("julho",),
        ("agosto",),
        ("setembro",),
        ("outubro",),
        ("novembro",),
        ("dezembro",),
    ),
    # "3 fev 2021", "27 abr 2022"; not "out" (outubro), an English word.
    month_abbreviations=(
        (),
        ("fev",),
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
