"""The article record: what ``cleaner`` emits for every input it cleans."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import orjson

__all__ = ["RECORD_KEYS", "Link", "Record", "RecordOptions", "Removed", "words"]

_WORD = re.compile(r"\w+")


def words(text: str) -> str:
    """The words of ``text``, case-folded, one space apart: text compared as a reader would,
    not minding case, punctuation or layout.

    >>> words("The council  voted, on Monday…")
    'the council voted on monday'
    """
    return " ".join(_WORD.findall(text.casefold()))


# Output key order; stable across releases so that diffs of outputs stay readable.
RECORD_KEYS = (
    "source",
    "url",
    "fetched",
    "title",
    "summary",
    "authors",
    "published",
    "modified",
    "publisher",
    "language",
    "body",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class RecordOptions:
    """What the caller asks of a record: what it holds besides the article, and whether an
    empty body is acceptable. None of it changes how a page is cleaned
    (:class:`~cleaner.config.CleanerConfig` does that); it is read when the record is built.

    >>> RecordOptions().tables, RecordOptions(with_removed=True).with_removed
    (True, True)
    """

    # Add the blocks the pipeline dropped, each with its extractor and reason.
    with_removed: bool = False
    # Give a page whose body came out empty as a record instead of a NoArticleError.
    allow_empty: bool = False
    # Keep table rows in the body (False: they go to ``removed`` instead).
    tables: bool = True
    # Add the page's reader comments (HTML comment sections; text dumps have none we can tell).
    comments: bool = False
    # Add the links inside the body's paragraphs (HTML only: text dumps keep no link targets).
    links: bool = False


@dataclass(frozen=True, slots=True)
class Removed:
    """One block the pipeline dropped, with the extractor and reason."""

    extractor: str
    reason: str
    text: str


@dataclass(frozen=True, slots=True)
class Link:
    """A link inside the body: its text occurs in paragraph ``paragraph`` (0-based)."""

    paragraph: int
    text: str
    url: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Record:
    """A clean article.

    >>> r = Record(source="-", body="One.\\n\\nTwo.")
    >>> r.paragraphs
    ['One.', 'Two.']
    >>> Record.from_dict(r.to_dict()) == r
    True
    """

    source: str
    url: str | None = None
    # When the page was captured (ISO 8601, from a WARC/ARC record or a JSONL line); not from
    # the page itself, so None for a plain file.
    fetched: str | None = None
    title: str | None = None
    summary: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    publisher: str | None = None
    language: str | None = None
    body: str = ""
    removed: tuple[Removed, ...] | None = None  # None unless asked for (--with-removed)
    comments: str | None = None  # None unless asked for (--comments); paragraphs as in body
    links: tuple[Link, ...] | None = None  # None unless asked for (--links)
    # Block kind of each body paragraph ("heading", "list_item", ...), for Markdown output;
    # not part of the JSON record.
    kinds: tuple[str, ...] = field(default=(), compare=False)

    @property
    def paragraphs(self) -> list[str]:
        return self.body.split("\n\n") if self.body else []

    @property
    def summary_is_repeated(self) -> bool:
        """True when the first paragraph holds the summary's words (a standfirst, or a meta
        description that is its first sentence): a writer shows it once.

        >>> record = Record(source="-", summary="Bridge closes.", body="Bridge closes, they said.")
        >>> record.summary_is_repeated
        True
        """
        paragraphs = self.paragraphs
        if not self.summary or not paragraphs:
            return False
        return f" {words(self.summary)} " in f" {words(paragraphs[0])} "

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": self.source,
            "url": self.url,
            "fetched": self.fetched,
            "title": self.title,
            "summary": self.summary,
            "authors": list(self.authors),
            "published": self.published,
            "modified": self.modified,
            "publisher": self.publisher,
            "language": self.language,
            "body": self.body,
        }
        if self.comments is not None:
            out["comments"] = self.comments
        if self.links is not None:
            out["links"] = [
                {"paragraph": k.paragraph, "text": k.text, "url": k.url} for k in self.links
            ]
        if self.removed is not None:
            out["removed"] = [
                {"extractor": r.extractor, "reason": r.reason, "text": r.text} for r in self.removed
            ]
        return out

    def to_json(self, *, indent: bool = False) -> bytes:
        """UTF-8 JSON with stable key order and a trailing newline."""
        option = orjson.OPT_APPEND_NEWLINE | (orjson.OPT_INDENT_2 if indent else 0)
        return orjson.dumps(self.to_dict(), option=option)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Record:
        removed, links = data.get("removed"), data.get("links")
        return cls(
            source=str(data.get("source", "")),
            url=data.get("url"),
            fetched=data.get("fetched"),
            title=data.get("title"),
            summary=data.get("summary"),
            authors=tuple(data.get("authors") or ()),
            published=data.get("published"),
            modified=data.get("modified"),
            publisher=data.get("publisher"),
            language=data.get("language"),
            body=data.get("body") or "",
            removed=None if removed is None else tuple(Removed(**r) for r in removed),
            comments=data.get("comments"),
            links=None if links is None else tuple(Link(**k) for k in links),
        )
