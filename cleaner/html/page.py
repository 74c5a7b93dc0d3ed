"""Raw HTML bytes -> Page: decode, parse once, read metadata and the layout, choose the content.

>>> from cleaner.config import CleanerConfig
>>> page = load_html_page(b"<html><body><p>Hello there.</p></body></html>", "-", CleanerConfig())
>>> page.input_type, [b.text for b in page.blocks]
('html', ['Hello there.'])
"""

from __future__ import annotations

from types import MappingProxyType

import lxml.html

from cleaner.blocks import Note, Page
from cleaner.config import CleanerConfig
from cleaner.errors import InputTooLargeError, NoArticleError
from cleaner.html.content import (
    ContentChoice,
    blocks_for,
    choose,
    declared_shares,
    kept_prose,
    within_main,
)
from cleaner.html.folded import FoldedPanels
from cleaner.html.gallery import gallery_blocks
from cleaner.html.layout import Layout, read_layout
from cleaner.html.listing import listed_words
from cleaner.html.metadata import extract_metadata
from cleaner.html.parse import parse_html
from cleaner.html.reveal import (
    REVEAL_KEPT_BELOW,
    hidden_content_note,
    hidden_listing_note,
    reveal_hidden,
)
from cleaner.html.second_opinion import LISTING_CONTENT, second_opinion
from cleaner.io.decode import decode_bytes

__all__ = ["load_html_page"]

_UTF8 = frozenset({"utf-8", "utf_8", "utf8"})
# Decoding methods that guessed: the page neither declared a charset that fits nor was UTF-8.
_GUESSED = frozenset({"western", "detected", "dammit", "fallback"})
# Invalid sequences a UTF-8 page may hold (one per this many bytes, at least 2): a teaser
# cut in the middle of a character must not turn the whole page into mojibake.
_BYTES_PER_BAD_SEQUENCE = 20_000


def _repaired_utf8(raw: bytes, method: str) -> str | None:
    """The page as UTF-8 with a few bad sequences replaced, when it is UTF-8 but for them.

    >>> _repaired_utf8("Specjalną uchwałę".encode() + b"\\xc3", "western")
    'Specjalną uchwałę\\ufffd'
    >>> _repaired_utf8("café".encode("cp1252"), "western") is None
    True
    """
    if method not in _GUESSED or raw.isascii():
        return None
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    # Bytes that valid multi-byte sequences folded into characters: the evidence for UTF-8.
    folded = len(raw) - len(text)
    if bad > max(2, len(raw) // _BYTES_PER_BAD_SEQUENCE) or folded <= 2 * bad:
        return None
    return text


def _content(layout: Layout, declared_body: str) -> tuple[list[float] | None, ContentChoice]:
    """The content choice, with its second opinion; and the declared body's match."""
    declared = declared_shares(layout, declared_body)
    return declared, second_opinion(layout, declared, choose(layout, declared))


def _revealed_content(
    root: lxml.html.HtmlElement, layout: Layout, choice: ContentChoice, declared_body: str
) -> tuple[Layout, list[float] | None, ContentChoice, Note | None]:
    """The page read with its hidden parts, when their content keeps clearly more prose."""
    hidden = read_layout(root, reveal=True)
    declared, hidden_choice = _content(hidden, declared_body)
    note = hidden_content_note(kept_prose(layout, choice), kept_prose(hidden, hidden_choice))
    if note is None and any(n.code == LISTING_CONTENT for n in hidden_choice.notes):
        # No prose either way: a product grid or a list of links hidden until a script runs.
        note = hidden_listing_note(
            listed_words(layout, choice), listed_words(hidden, hidden_choice)
        )
    if note is None:
        return layout, declared_shares(layout, declared_body), choice, None
    return hidden, declared, hidden_choice, note


def load_html_page(raw: bytes, source: str, config: CleanerConfig) -> Page:
    """Turn one HTML page into a :class:`Page` of blocks carrying DOM features."""
    if len(raw) > config.max_input_bytes:
        raise InputTooLargeError(
            f"{len(raw)} bytes is over the limit of {config.max_input_bytes} bytes"
        )
    decoded = decode_bytes(raw)
    # Already-valid UTF-8 is handed to lxml as it is: re-encoding the text would cost a copy.
    if decoded.encoding in _UTF8 and decoded.method != "bom":
        root = parse_html(raw, max_bytes=config.max_input_bytes)
    else:
        root = parse_html(
            _repaired_utf8(raw, decoded.method) or decoded.text, max_bytes=config.max_input_bytes
        )
    fields, declared_body = extract_metadata(root)
    layout, revealed = reveal_hidden(root, read_layout(root))
    declared, choice = _content(layout, declared_body)
    if revealed is None and kept_prose(layout, choice) < REVEAL_KEPT_BELOW:
        # The content found keeps little prose: what the page hides may be the article.
        layout, declared, choice, revealed = _revealed_content(root, layout, choice, declared_body)
    if revealed is None:
        unfolded = FoldedPanels().unfold(root, layout, choice, declared_body)
        if unfolded is not None:
            layout, declared, choice = unfolded.layout, unfolded.declared, unfolded.choice
            revealed = unfolded.note
    if revealed is None:
        # Last, on the page as shown: a wider choice must not stop the hidden parts' reading.
        choice = within_main(layout, choice)
    blocks, gallery = gallery_blocks(blocks_for(layout, choice, declared))
    if not blocks:
        raise NoArticleError("no visible text in the HTML page")
    return Page(
        source=source,
        input_type="html",
        blocks=blocks,
        fields=MappingProxyType(dict(fields)),
        notes=tuple(n for n in (revealed, gallery) if n) + choice.notes,
    )
