"""Author bios: "Jane Doe is a reporter for ... covering ..." at the foot of an article, and
the author box under an "About the author" / "About Jane Doe" header."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import Block, Field, Mark, Page, page_facts
from cleaner.extractors.authors import NAME_ARTICLES, names_in_byline
from cleaner.extractors.features import ends_sentence
from cleaner.languages import alternatives
from cleaner.languages.services import FOLLOW_NETWORKS, share_services
from cleaner.needles import Screen, screen_hits
from cleaner.prechecks import required_literals
from cleaner.reasons import Reason, Trait, reasons_with

__all__ = ["BioExtractor", "NamedBioExtractor"]


@dataclass(frozen=True, slots=True)
class BioSettings:
    """The bios step's word limit (fd6adaa; no figure recorded)."""

    # An author bio is a sentence or two; a longer block is the article's prose.
    max_words: int = 80
    # An author box under its header: a name line and a bio of a paragraph or two (traf
    # tune: "Über den Autor", a name, bio paragraphs of 27 and 96 words); more is the article.
    box_blocks: int = 3
    box_words: int = 150
    # The header is a label, not a heading of prose: "About Jane Doe", "Über den Autor".
    header_words: int = 6
    # "About <name>" with no byline giving the name is a box when the paragraph under it
    # names that person among its first words (a bio: "Pai de Francesco e Teresa ..., Carlos
    # Nadalim é ..."); a person's name is three words at most. Set with the rule, not tuned:
    # aeb lynx, w3m, markdownify, html-text tune and check +1 page each (aeb17 log).
    named_within: int = 30
    person_words: int = 3
    # The line beside a bio that prints its author's name is a name line, a byline or a
    # role line ("Maureen Salamon, Executive Editor, Harvard Women's Health Watch", "View all
    # posts by Jane Doe"), not prose that names the author (a forum reply to the page's
    # "author"). Set with the rule from the tune pages' longest such line (8 words).
    name_line_words: int = 10
    # A bio cut into pieces on a page flattened onto one line goes on while its pieces run on
    # from it (_runs_on), up to an author box's size (box_words, counted from the opener): a
    # flattened author box runs into the reviewer's box after it (wcxb one-line tune 4058:
    # max_words stopped at the reviewer's bio, 0.70; box_words 0.93; nothing else moved).


SETTINGS = BioSettings()

# A name, then the bio in any language: "is a reporter for ...", "ist Redakteurin bei ...".
_BIO = re.compile(rf"^(?:[A-Z][\w'’.-]+\s+){{1,3}}(?:{alternatives('bio')})")
# An author box's header: "About the author" whatever the byline says, or "About" and a name
# (kept only when the byline gave that name: a name alone is too weak, "About Face").
_BOX_HEADER = re.compile(
    rf"^(?:(?P<generic>{alternatives('about_author')})|(?:{alternatives('about')})\s+"
    rf"(?P<name>\S.{{0,60}}?))\s*:?$",
    re.IGNORECASE,
)
_NETWORK_NAMES = share_services(written_as_buttons=False, names=FOLLOW_NETWORKS)
# What follows the byline's name when a paragraph is about its author: a bio's verb in the
# present, perhaps after a nickname in brackets or an apposition between commas ("Rebecca
# (Bec) is a seasoned copywriter", "Amit Samsukha, CTO at EmizenTech, is recognized as ...").
# The verbs are in lower case and matched so: "Jane A. Doe" is no "Jane" and "a".
_AFTER_NAME = re.compile(
    rf"(?:\s*\([^()]{{1,30}}\))?(?:,[^,.;:!?]{{1,100}},)?\s+(?:{alternatives('bio_verb')})\b"
)
# The author's social handle in a line that names the author ("Have a tip? Amy Kuperinsky may
# be reached at ... Follow her on Twitter @AmyKup"): a prompt to follow on a network.
_FOLLOW_AUTHOR = re.compile(rf"(?i:\b(?:{alternatives('follow_prompt')})\s+(?:{_NETWORK_NAMES})\b)")
# Cheap looks before the patterns, which fail on nearly every line they are tried on: a bio
# starts with _BIO's capital [A-Z]; a box header holds one of its needles, looked for in the
# features step's one scan of each line (cleaner.needles).
_BIO_INITIALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_BOX_SCREEN = Screen.of((required_literals(_BOX_HEADER),), max_words=SETTINGS.header_words)
# A bio names a trade ("reporter", "Redakteurin"): _BIO is tried only on the lines holding one
# of its needles. Most lines of a page start with a capital, and the pattern's one to three
# leading names tried on each of them were a fifth of the step (aeb blocks, instructions).
_BIO_SCREEN = Screen.of((required_literals(_BIO),), max_words=SETTINGS.max_words)


def _full_names(authors: Field | None) -> tuple[str, ...]:
    """The byline's names of two words or more, as given."""
    names = authors.value if authors is not None else ()
    names = (names,) if isinstance(names, str) else names
    return tuple(name for name in names if len(name.split()) >= 2)


def _author_names(authors: Field | None) -> frozenset[str]:
    """The byline's full names (_full_names), case-folded, as a box header gives them."""
    return frozenset(name.casefold() for name in _full_names(authors))


@dataclass(frozen=True)
class BioExtractor:
    """Mark short biographies of the author.

    Before: [p "... the council said."] [p "Meg James is a corporate media reporter for the
            Los Angeles Times, covering the business of television."]
    After:  [p "... the council said."] [p "Meg James is ..." -> removed: author_bio]

    Before: [p "About the author"] [p "Meike Neitz"] [p "Meike Neitz studied ..."]
    After:  all three -> removed: author_bio (the header and the box under it)

    Before: [p "By Karina Cohen"] ... [p "Karina Cohen"] [p "Karina Cohen is the owner of ..."]
    After:  the byline stays; the name line and the bio under it -> removed: author_bio
            (_name_box: the byline's name printed again over a paragraph naming that person;
            wcxb tune|check blocks 0.7847|0.7925 -> 0.7849|0.7926, articles +7 -0 | +2 -1
            pages, inscriptis +8 -0 | +2 -0; fundus tune +1 page, check +1 per dump; traf
            and aeb identical)
    """

    name: ClassVar[str] = "bios"
    screens: ClassVar[tuple[Screen, ...]] = (_BOX_SCREEN, _BIO_SCREEN)

    def run(self, page: Page) -> Page:
        found = screen_hits(page, _BIO_SCREEN)
        bios = [
            Mark(b.id, Reason.AUTHOR_BIO, self.name)
            for b in page.blocks
            if b.words <= SETTINGS.max_words
            and found[b.id] != 0
            and b.id not in page.marks
            and b.text[:1] in _BIO_INITIALS
            and _BIO.match(b.text)
        ]
        return page.with_marks([*bios, *_rest_of_bios(page, bios), *self._boxes(page)])

    def _boxes(self, page: Page) -> list[Mark]:
        authors = page.fields.get("authors")
        names = _author_names(authors)
        # A box headed by the name alone needs a byline of a full name to follow (_name_box).
        byline = authors.block_id if authors is not None and names else None
        # A name line has as many words as the name it prints (case folding keeps the spaces):
        # a line of another length needs no look (a _name_box call per block on pages with a
        # byline, most of them).
        name_words = {len(name.split()) for name in names}
        marks: list[Mark] = []
        blocks = page.blocks
        found = screen_hits(page, _BOX_SCREEN)
        for i, block in enumerate(blocks):
            if (
                byline is not None
                and i > 0
                and blocks[i - 1].words in name_words
                and _name_box(page, i, names, byline)
            ):
                # The box's own header is the author's name: it goes with the bio under it.
                marks.append(Mark(blocks[i - 1].id, Reason.AUTHOR_BIO, self.name))
                marks.extend(self._box(page, i - 1))
                continue
            if block.words > SETTINGS.header_words or found[block.id] == 0:
                continue
            header = _BOX_HEADER.match(block.text)
            if header is None or not (
                header.group("generic")
                or header.group("name").casefold() in names
                or (block.id not in page.marks and _named_below(header.group("name"), page, i))
            ):
                continue
            marks.append(Mark(block.id, Reason.AUTHOR_BIO, self.name))
            marks.extend(self._box(page, i))
        return marks

    def _box(self, page: Page, header: int) -> list[Mark]:
        """Marks for the bio under the box header at index ``header``: its unmarked blocks, up
        to the box's size."""
        marks: list[Mark] = []
        taken = words = 0
        for box in page.blocks[header + 1 :]:
            if box.id in page.marks:
                continue
            words += box.words
            if taken == SETTINGS.box_blocks or words > SETTINGS.box_words:
                break
            marks.append(Mark(box.id, Reason.AUTHOR_BIO, self.name))
            taken += 1
        return marks


@dataclass(frozen=True)
class NamedBioExtractor:
    """Mark paragraphs about the byline's author in the author's box, after the boundary step
    has found the article: a paragraph that opens on the author's name and a bio's verb
    (_named_bios), a short one that names the author and prompts to follow on a network
    (_followed). Run after the span is found, a bio at the article's foot does not move it:
    removed before, it took the short lines before it out of the span with it (a tweet's
    embed, a FAQ after comparison tables: wcxb tune 4253 0.94 -> 0.70, aeb tune 3f65af 0.96
    -> 0.94), and the name-line step has read the author of a dump with no "By" line.

    Before: [p "By Sam Carter"] ... [p "Written by Sam Carter"] [p "Sam is the VP of ..."]
    After:  the bio -> removed: author_bio

    Figures, tune|check (b7f03a4 -> this): wcxb blocks 0.7922|0.7970 -> 0.7924|0.7972, +13 -1
    | +8 -0 pages; inscriptis 0.7999|0.8083 -> 0.8001|0.8085, +15 -1 | +8 -0; aeb blocks
    0.9473|0.9313 -> 0.9481|0.9313, +2 -0 tune pages, inscriptis likewise; fundus (held out)
    check +1 page per dump; traf and HTML identical.
    """

    name: ClassVar[str] = "late_bios"

    def run(self, page: Page) -> Page:
        marks = _named_bios(page, self.name)
        return page.with_marks(marks) if marks else page


def _named_bios(page: Page, by: str) -> list[Mark]:
    """Marks for the paragraphs after the byline that open on its author's name and a bio's
    verb ("Bhaval Patel is a Director (Operations) at ...", "Sam is the revenue-focused VP
    ..."), and for the line of that name alone over one: prose about the page's author, in
    the author box at the article's foot. Only a byline's full name counts. Prose about the
    author inside the article ("Why trust us", a closing note the page's gold keeps) stands
    under the article's own lines; a box stands under the author's name or a line another
    step removed (_in_box).
    """
    authors = page.fields.get("authors")
    if authors is None:
        return []
    # The bio comes after the byline. An HTML page's names may come from its markup (meta
    # tags, JSON-LD), with no line of the page: then there is none to look after (read from
    # the page's top, wcxb HTML tune +6 pages, check +3 -1; not kept).
    if authors.block_id is None:
        return []
    full = _full_names(authors)
    if not full:
        return []
    given = tuple({name.split()[0] for name in full} - set(full))
    heads = (*full, *given)
    blocks = page.blocks
    # The blocks that hold a given name first, one comprehension over the blocks after the
    # byline per given name (each full name holds one): a loop's body per block was most of
    # the step's cost (a block's id is its index).
    rest = blocks[authors.block_id + 1 :]
    naming = {
        b.id: b for first in {name.split()[0] for name in full} for b in rest if first in b.text
    }
    opening = sorted(i for i, b in naming.items() if b.text.startswith(heads))
    marks = _followed(page, naming.values(), full, by)
    for i in opening:
        block = blocks[i]
        text = block.text
        if block.words > SETTINGS.box_words or block.id in page.marks:
            continue
        head = next((h for h in heads if _about(text, h)), None)
        if head is None or not _in_box(page, i, full, authors.block_id, given=head not in full):
            continue
        marks.append(Mark(block.id, Reason.AUTHOR_BIO, by))
        above = blocks[i - 1]
        if above.id not in page.marks and above.text.strip() in full:
            marks.append(Mark(above.id, Reason.AUTHOR_BIO, by))
    return marks


def _followed(page: Page, naming: Iterable[Block], full: tuple[str, ...], by: str) -> list[Mark]:
    """Marks for the short paragraphs after the byline (``naming``: those holding a given name
    of its authors) that name its author and prompt the reader to follow that person on a
    network ("Have a tip? Amy Kuperinsky may be reached at ... Follow her on Twitter @AmyKup
    or on Facebook."): the author's contact line."""
    return [
        Mark(block.id, Reason.AUTHOR_BIO, by)
        for block in naming
        if any(name in block.text for name in full)
        and block.words <= SETTINGS.max_words
        and block.id not in page.marks
        and _FOLLOW_AUTHOR.search(block.text)
    ]


# The removed lines that are an article's own furniture as often as not ("* * *", "____"):
# a bio under one may be the article's closing note, which a page's gold keeps (wcxb lynx
# tune 0469: the author's note under a rule of underscores).
_SECTION_BREAKS = reasons_with(Trait.NEUTRAL)


def _in_box(page: Page, at: int, full: tuple[str, ...], byline: int, *, given: bool) -> bool:
    """True when the paragraph at ``at``, which opens on the byline's author's name, sits in
    an author box: the author's full name printed on a short line just over it (a name line,
    a byline, "Jane Doe, Staff Writer" two lines up) or, for a paragraph that gives the full
    name itself, under it ("View all posts by Jane Doe"). A given name alone ("Sam is ...")
    needs the full name over it: the article may name another Sam. In a text dump a line
    another step removed right over a paragraph with the full name does too (a role line,
    "About the author"), but for a section break; on an HTML page most lines around the
    article are removed ones. The byline itself is no such line: it is the name's first
    print, over the article, whose opening paragraphs may be about its author (``byline``:
    its block's id)."""
    blocks = page.blocks
    above = page.marks.get(blocks[at - 1].id)
    if page.input_type == "text" and not given and above and above.reason not in _SECTION_BREAKS:
        return True
    near = (at - 2, at - 1) if given else (at - 2, at - 1, at + 1)
    texts = [
        blocks[j].text
        for j in near
        if byline < j < len(blocks) and blocks[j].words <= SETTINGS.name_line_words
    ]
    # A line that is itself a sentence about the name ("ABR Hosting has 4.1 stars") is no
    # name line: a reply among replies.
    return any(
        name.casefold() in text.casefold() and not _about(text, name)
        for name in full
        for text in texts
    )


def _about(text: str, name: str) -> bool:
    """True when ``text`` opens on ``name`` and a bio's verb: a sentence about that person."""
    return text.startswith(name) and _AFTER_NAME.match(text, len(name)) is not None


def _rest_of_bios(page: Page, bios: list[Mark]) -> list[Mark]:
    """Marks for the rest of each bio the segmenter cut into pieces: on a line cut into several
    blocks (a page flattened onto one line), the pieces after a bio's opener that run on from
    it, as its paragraph did unflattened (:func:`_runs_on`).
    """
    if not bios:
        return []
    flat = page_facts(page).flattened_lines
    if not flat:
        return []
    blocks = page.blocks
    marks: list[Mark] = []
    for bio in bios:
        opener = blocks[bio.block_id]
        if opener.line in flat:
            marks.extend(
                Mark(at, Reason.AUTHOR_BIO, BioExtractor.name) for at in _runs_on(page, opener.id)
            )
    return marks


def _runs_on(page: Page, at: int) -> list[int]:
    """The ids of the pieces after the bio opener at ``at`` that go on with it, on its line. A
    piece runs on when the piece before it ends in no sentence end ("She also writes" / "for
    the Harvard Health Letter, ..."), when it ends in none itself (a fragment), or when it
    names the bio's person among its first words ("Dr. Golen completed ..."). The bio ends at
    the first piece that does none of these, at a piece another step marked, or at box_words
    (an author box's size, counted from its opener).
    """
    opener = page.blocks[at]
    names = set()  # the person's name: the opener's words up to its first in lower case
    for word in opener.text.split()[: SETTINGS.person_words]:
        if not word[:1].isupper():
            break
        names.add(word.strip(".,’'").casefold())
    taken: list[int] = []
    words = opener.words
    previous = opener
    for block in page.blocks[at + 1 :]:
        words += block.words
        if block.line != opener.line or block.id in page.marks or words > SETTINGS.box_words:
            break
        head = {word.strip(".,’'").casefold() for word in block.text.split()[:3]}
        if ends_sentence(previous.text) and ends_sentence(block.text) and not head & names:
            break
        taken.append(block.id)
        previous = block
    return taken


def _name_box(page: Page, at: int, names: frozenset[str], byline: int) -> bool:
    """True when the block at ``at`` is an author box with no "About" header: a line that is
    the byline's author's name alone, after the byline, over a paragraph that names that
    person among its first words ("Karina Cohen" over "Karina Cohen is the owner of ...", or
    "Karina holds ..."). A name printed again after the byline, over prose about that person,
    is the foot of the article; a byline is the name's first print, and an interview's
    speaker label goes on with what the speaker said, not a paragraph naming them.
    ``byline``: the id of the byline's block; ``names``: its full names, case-folded.
    """
    if at < 1:
        return False
    line = page.blocks[at - 1]
    if line.id <= byline or line.id in page.marks or page.blocks[at].id in page.marks:
        return False
    name = line.text.strip()
    if name.casefold() not in names:
        return False
    words = page.blocks[at].text.casefold().split()[: SETTINGS.named_within]
    given = name.split()[0].casefold()
    return name.casefold() in " ".join(words) or any(w.strip(",.’'s") == given for w in words)


def _named_below(name: str, page: Page, at: int) -> bool:
    """True when the block after the header is the header's name alone, or a paragraph no step
    has removed that names that person among its first words: an author box repeats its
    author's name over the bio ("Sobre Carlos Nadalim" over "Carlos Nadalim", or over "Pai de
    Francesco e Teresa ..., Carlos Nadalim é ..."; a blogger may go by one name, "About Regan"
    over "Regan"), where a heading that merely starts with "About" goes on with its section's
    prose, and a menu's "About After Dark" with "Join After Dark"."""
    blocks = page.blocks
    if at + 1 >= len(blocks):
        return False
    below = blocks[at + 1]
    text = below.text.casefold()
    if text == name.casefold():
        return True
    return (
        below.id not in page.marks
        and _person(name)
        and name.casefold() in " ".join(text.split()[: SETTINGS.named_within])
    )


def _person(name: str) -> bool:
    """True when ``name`` reads as a person's name, as a byline would give it ("Carlos
    Nadalim"), and no longer than one: not "The Red Labyrinth", nor "Georgetown University
    Medical Center", whose "About" boxes wcxb's gold keeps (a byline's name may start with an
    article, "By The Diggs Team": a team's, no person's)."""
    words = name.split()
    return (
        len(words) <= SETTINGS.person_words
        and names_in_byline(f"By {name}") == (name,)
        and words[0].casefold() not in NAME_ARTICLES
    )
