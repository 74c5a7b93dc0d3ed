"""A gallery's captions are its article.

A slideshow or a list-style article ("27 costumes to make this year") puts its text in the
captions of its pictures (``<figure><img><figcaption>``): a line of prose under each slide
and a heading above it. The captions step removes captions, which on an ordinary article
is right; here it would leave the article a headline and an intro. When the captions inside
the chosen content hold several times the words of everything else kept there, the page is
a gallery and they are its paragraphs.

>>> from cleaner.blocks import Block, BlockKind, DomFeatures
>>> def block(i, text, kind=BlockKind.PARAGRAPH):
...     return Block(i, text, kind, dom=DomFeatures(0.0, True))
>>> slide = "Pair a red jumper with a white collar and a black headband for the look. " * 2
>>> blocks = (block(0, "Check out the best costume ideas ahead."),
...           *(block(i, slide, BlockKind.CAPTION) for i in range(1, 8)))
>>> kept, note = gallery_blocks(blocks)
>>> {b.kind.value for b in kept[1:]}, note.code
({'paragraph'}, 'gallery_captions')
>>> gallery_blocks(blocks[:2])[1] is None  # one caption beside an intro: a caption
True
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from cleaner.blocks import Block, BlockKind, Note

__all__ = ["GALLERY_CAPTIONS", "GallerySettings", "gallery_blocks"]

GALLERY_CAPTIONS = "gallery_captions"  # Note code: captions taken as the article's text


@dataclass(frozen=True, slots=True)
class GallerySettings:
    """When captions are the article (traf tune: a slideshow of 3,456 caption words beside
    99 kept; wcxb tune: a collection of 426 beside 81. Ordinary articles with many pictures
    stay near 1: wcxb tune, two around 1.0-1.1, one of them true photo captions)."""

    # Caption words inside the content, at least this many times the other words there ...
    share: float = 3.0
    # ... and at least this many (a few captions beside a short teaser are still captions).
    min_words: int = 150


SETTINGS = GallerySettings()


def _in_content(block: Block) -> bool:
    return block.dom is not None and block.dom.in_article and block.dom.boilerplate is None


def gallery_blocks(
    blocks: tuple[Block, ...], settings: GallerySettings = SETTINGS
) -> tuple[tuple[Block, ...], Note | None]:
    """The blocks with the content's captions made paragraphs when the page is a gallery,
    and the note that says so (None, and the blocks unchanged, otherwise)."""
    captions = other = 0
    for block in blocks:
        if _in_content(block):
            if block.kind is BlockKind.CAPTION:
                captions += block.words
            else:
                other += block.words
    if captions < settings.min_words or captions < settings.share * other:
        return blocks, None
    note = Note(
        "html",
        GALLERY_CAPTIONS,
        f"captions hold {captions} words of the content beside {other} other words: "
        "a gallery, whose captions are its text",
    )
    return tuple(
        replace(b, kind=BlockKind.PARAGRAPH)
        if b.kind is BlockKind.CAPTION and _in_content(b)
        else b
        for b in blocks
    ), note
