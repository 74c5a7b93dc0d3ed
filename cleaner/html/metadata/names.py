"""Author names: bylines and name lists -> clean names, and which candidate names the authors.

>>> clean_authors("By JANE DOE and @jdoe, Staff Writer")
('Jane Doe',)
>>> clean_authors(("https://facebook.com/x", "Jane Doe", "jane doe", "Example GmbH"))
('Jane Doe',)
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from cleaner.blocks import Field
from cleaner.html.metadata.candidates import RANK_MARKUP, Candidate, Value
from cleaner.html.metadata.index import PageIndex
from cleaner.html.metadata.text import HOST, is_site_name, squash

__all__ = ["choose_authors", "clean_authors", "names_in"]

# What precedes the names in a byline: "By", "Posted by", "View all posts by", "Autor:" ...
_BY_PREFIX = re.compile(
    r"^(?:(?:(?:view|see)\s+all\s+posts|all\s+posts|more\s+posts|posted|written|published|"
    r"reported|story|words|text|photos?|eingestellt|veröffentlicht|geschrieben|verfasst|"
    r"ein\s+beitrag|beitrag|artikel|publié|écrit|publicado|escrito|scritto|pubblicato|"
    r"geplaatst|geschreven)\s+)?(?:by|von|par|por|da|di|door|av|af|przez)\s+"
    r"|^(?:autor(?:in)?|author|auteur|autore|text|texte|verfasser(?:in)?|written\s+by|by)"
    r"\s*:\s*",
    re.I,
)
# "/" separates names only with spaces around it: "Tierfreund/in" is one word.
_AUTHOR_SPLIT = re.compile(
    r"\s*(?:[,;|·•]|\s/\s|\s(?:and|und|et|y|e|en|og|och|i|u\.)\s|&|\+)\s*", re.I
)
# Words that describe a role, not a person: "Staff Writer", "Redakteurin".
_ROLE_WORDS = frozenset(
    "staff writer reporter correspondent editor editors redakteur redakteurin contributor "
    "contributing columnist journalist photographer photos photo fotos foto senior chief "
    "managing associate special posted published updated fotograf admin administrator "
    "webmaster user anonymous guest ceo unknown kolumnist kolumnistin journalistin "
    "korrespondent korrespondentin fotografin".split()
)
# Legal forms and institutions: an organisation, not a person, whatever the markup says.
_ORGANISATION = re.compile(
    r"\b(?:gmbh|ag|e\.\s?v|inc|ltd|llc|corp|s\.a|kg|plc|ministerium|bundesministerium|"
    r"institut|institute|verband|bundesverband|gesellschaft|stiftung|foundation|ministry)\b",
    re.I,
)
_URL_OR_EMAIL = re.compile(r"(?:https?://|www\.)\S*|\S+@\S+\.\w+", re.I)
_NOT_A_NAME = re.compile(r"\.(?:com|org|net|de|fr|it|es|ch|at|info|co)\b|@|[<>{}=:/]", re.I)
_DIGITS = re.compile(r"\d")
_USERNAME = re.compile(r"^[^\W\d_][\w.-]*$")  # "freeman1984": a handle shown as the author
_MAX_NAME_WORDS = 5
_MAX_NAME_CHARS = 60


def _clean_name(name: str) -> str:
    name = _BY_PREFIX.sub("", name).strip(" .,:;-–—|()[]\"'")
    if _DIGITS.search(name) and not _USERNAME.match(name):
        return ""
    if not name or _NOT_A_NAME.search(name):
        return ""
    words = [w for w in name.split() if w.lower().strip(".,") not in _ROLE_WORDS]
    if not words or len(words) > _MAX_NAME_WORDS or len(name) > _MAX_NAME_CHARS:
        return ""
    name = " ".join(words)
    return name.title() if name.isupper() and len(name) > 3 else name


def names_in(text: str) -> Iterator[str]:
    """The clean names in a byline or a name, in order (duplicates kept)."""
    text = squash(text)
    if HOST.match(text) or _ORGANISATION.search(text):
        return  # a profile URL (article:author often holds one), or an organisation's name
    text = _BY_PREFIX.sub("", _URL_OR_EMAIL.sub(" ", text))
    for part in _AUTHOR_SPLIT.split(text):
        name = _clean_name(part)
        if name:
            yield name


def clean_authors(value: Value) -> tuple[str, ...]:
    """Names from a byline or list, cleaned and de-duplicated (see the module docstring)."""
    raw = [value] if isinstance(value, str) else list(value)
    names: dict[str, str] = {}
    for item in raw:
        for name in names_in(item):
            names.setdefault(name.lower(), name)
    return tuple(names.values())


def _shown_text(index: PageIndex) -> str:
    """The page's visible text, lower case, spaces squashed."""
    return " ".join(" ".join(index.texts).split()).casefold()


def _is_credited(names: Sequence[str], shown: str, sites: Sequence[str]) -> bool:
    return any(
        " ".join(name.split()).casefold() in shown
        for name in names
        if not is_site_name(name, sites)
    )


def choose_authors(
    candidates: Sequence[Candidate], index: PageIndex, sites: Sequence[str]
) -> Field | None:
    """Authors from markup. Names from JSON-LD and meta tags are kept only when the page shows
    one of them and it is not the site's own name: those often name an account, an editor or
    the publisher that the page never credits."""
    shown: str | None = None
    for candidate in sorted((c for c in candidates if c.name == "authors"), key=lambda c: -c.rank):
        names = clean_authors(candidate.value)
        if not names:
            continue
        if candidate.rank > RANK_MARKUP:
            shown = _shown_text(index) if shown is None else shown
            if not _is_credited(names, shown, sites):
                continue
        return Field(names, source=candidate.source, rank=candidate.rank)
    return None
