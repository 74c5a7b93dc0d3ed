"""Related-headline lists, "Most read"/"More from" sections, tag lines and inline teasers."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import ClassVar

from cleaner.blocks import Block, Mark, Page, marks_of
from cleaner.extractors.features import page_facts
from cleaner.extractors.navigation import introduces_list
from cleaner.extractors.rules import RuleSet, StartMatcher, marks_for, rule
from cleaner.languages import alternatives
from cleaner.needles import Screen, screen_hits
from cleaner.prechecks import required_literals
from cleaner.reasons import Reason, Trait, reasons_with

__all__ = ["RelatedExtractor"]


@dataclass(frozen=True, slots=True)
class RelatedSettings:
    """The related step's limits (first text pipeline 790ddd1, teasers 5064167 and fd6adaa; no
    figures recorded)."""

    # A tag line lists a few topics: "Tags: politics, Tampa, ...".
    tag_line: int = 40
    # "Read more: <a headline>".
    inline_teaser: int = 25
    # A related-section header is a label: "Most read", "More from Politics".
    header_words: int = 8
    # A header glued to its first headline on a flattened page: "More from Earth Sciences".
    glued_header_words: int = 6
    # How many blocks after a header are its items, at most (counted from the last lede in a
    # list of teasers with ledes) ...
    header_reach: int = 30
    # ... each a headline: a block longer than this, or a sentence longer than the next, ends
    # the list.
    item_words: int = 20
    # A line ending in a colon with this many words announces the list under it.
    min_announce_words: int = 4
    item_sentence_words: int = 8
    # A numbered item of a related list is followed by its teaser lines, indented deeper.
    max_teaser_blocks: int = 4
    # A headline has this many words at least: a numbered list whose items are mostly
    # shorter is a menu ("6. Victoria", "7. Unsere Verantwortung", "8. Über uns" in an
    # inscriptis dump), and the article's headline and lede indented under its last item are
    # no teaser (traf inscriptis tune 19d5240d; see _numbered_list_items).
    min_headline_words: int = 4
    # A related list numbers a few headlines, ten or so; a numbered list of more is the page's
    # own ranking or listing (a news aggregator's 30 stories, each over its "1 point by ..."
    # line, were all taken for related items: wcxb inscriptis tune 0.015 -> 0.702 on that
    # page, nothing else moved on the eight shipped dump sets).
    max_numbered_items: int = 20
    # A headline is one sentence of this many words at most; a numbered item longer, or of
    # several sentences and longer than ``item_words``, is a paragraph of a list article
    # (wcxb tune: six qualities of an agency, each a sentence or two, lost as related
    # items) ...
    headline_words: int = 30
    # ... and so is a teaser longer than a lede: related ledes run to about 45 words, the
    # sections of a ranked list longer (wcxb tune: 40 paragraphs of a school ranking lost;
    # a lede of 44 words in a fundus related list).
    lede_words: int = 50
    # A teaser's "Read more" link is a few words ...
    read_more_words: int = 4
    # ... and its teaser (headline, date, lede) takes at most this many blocks before it.
    teaser_reach: int = 3
    # On a flattened page the teaser's lede is cut into its sentences, so a dated teaser takes
    # up to this many pieces before its link (headline, date, three or four sentences: wcxb
    # one-line tune, ledes of 3 to 6 pieces).
    flat_teaser_reach: int = 8
    # A teaser card's kicker is a section's name: "B2B", "Digital Life", "startup insights" ...
    kicker_words: int = 3
    # ... and its lede one sentence of a few words at least ("Read the story." is a link).
    min_lede_words: int = 6
    # A card that prints its headline twice may carry a longer lede than a headline list's:
    # two or three sentences ("Whether hiking to the summit ... Check out our list of ...",
    # 55 words, wcxb inscriptis tune 4698). Set with the rule (_twin_cards), not tuned.
    twin_lede_words: int = 80


SETTINGS = RelatedSettings()

# A colon or an ellipsis may close it ("Auch interessant...", "More from us…").
_HEADER = re.compile(rf"^({alternatives(Reason.RELATED_HEADER)})\s*(?::|\.\.\.|…)?$", re.IGNORECASE)
_BOX_LABEL = re.compile(rf"^({alternatives('box_label')})\s*(?::|\.\.\.|…)?$", re.IGNORECASE)
# A teaser's lede with its link glued after its last sentence: "... erläutert
# Hintergründe. mehr", "... was man mit … Weiterlesen", "... in... Read more".
_GLUED_READ_MORE = rf"[.?!…]\s*({alternatives('read_more_tail')})\s*[»›→>]*$"
_RULES = RuleSet.of(
    rule(Reason.TAG_LINE, rf"^({alternatives('tag_label')})\s*:", SETTINGS.tag_line),
    # WordPress's sentence under a post, where it was filed and how it was tagged.
    rule(Reason.TAG_LINE, rf"^({alternatives('post_filing')})\b", SETTINGS.tag_line),
    rule(
        Reason.INLINE_TEASER, rf"^({alternatives('teaser_label')})\s*[:»>|]", SETTINGS.inline_teaser
    ),
    # A teaser's lede with its link glued after its last sentence.
    rule(Reason.INLINE_TEASER, _GLUED_READ_MORE, SETTINGS.lede_words),
)
_GLUED_LEDE = re.compile(_GLUED_READ_MORE, re.IGNORECASE)
# A numbered item of a related list is followed by its teaser lines, indented deeper.
_NUMBERED = re.compile(r"^\d{1,2}[.)]$")
_NUMBER_ENDS = ".)\n"  # what a marker _NUMBERED matches ends in ("$" matches before a "\n")


def _teaser_run(blocks: tuple[Block, ...], item: Block) -> list[int]:
    """Ids of the blocks indented under ``item``, up to the next item or a dedent."""
    run = []
    for block in blocks[item.id + 1 : item.id + 1 + SETTINGS.max_teaser_blocks]:
        if block.marker or block.indent <= item.indent:
            break
        run.append(block.id)
    return run


# A sentence ends after a word or a year ("... ties. But"), not after an item's number
# ("3. Escrache").
_SENTENCE_END = re.compile(r"(?:[^\W\d_]{2}|\d{3})[.!?][\"'”’)]*\s+(?=[\"“‘(]?[A-ZÀ-Þ])")


def _is_paragraph(block: Block) -> bool:
    """True for a block longer than a headline: many words, or more than one sentence.

    >>> _is_paragraph(Block(0, "Rays feel ready to roll after a week of rain."))
    False
    >>> _is_paragraph(Block(0, "Stanford is famous for its ties to the valley and its venture "
    ...                          "capital. But its school of business is much broader than this."))
    True
    """
    if block.words <= SETTINGS.item_words:
        return False  # "Subscriber only. DND looks at ...": a headline may hold a label
    return block.words > SETTINGS.headline_words or _SENTENCE_END.search(block.text) is not None


def _numbered_lists(blocks: tuple[Block, ...]) -> list[list[Block]]:
    """The page's numbered headline items, one list per run of rising numbers ("1." starts a
    new list, and so does any number not above the last; a page holds breadcrumbs, rankings
    and related lists apart)."""
    lists: list[list[Block]] = []
    previous = 0
    for block in blocks:
        marker = block.marker
        # Its last character before the pattern: a layout dump marks half its lines "*".
        if not (marker and marker[-1] in _NUMBER_ENDS and _NUMBERED.match(marker)):
            continue
        # A sentence is no headline, and neither is a step that introduces what is under it
        # ("... paste in the following code:", a how-to's steps over their code).
        if block.text.endswith((".", ":")):
            continue
        # A list counts up from 1; a number that goes back starts another list (the numbered
        # sections of an article, "2. Create Strong Password Policies", after the steps "1."
        # to "3." listed under its first section, are no fourth step). One that skips ahead
        # goes on with it (an item left out, an advertisement in its place).
        number = int(block.marker[:-1])
        if not lists or number <= previous:
            lists.append([])
        lists[-1].append(block)
        previous = number
    return lists


def _heads_sections(blocks: tuple[Block, ...], items: list[Block]) -> bool:
    """True when a block between two items, indented or not, is longer than a lede: the
    items are the numbered headings of a list article ("1. Rule of Thirds: ..." over its
    paragraphs), whose dump layout does not indent the sections under them. Related lists put
    a headline, a date and a lede of 45 words at most between items (see ``lede_words``).
    Traf tune/check 0.841/0.845 -> 0.843/0.846 with the caption credits of the boundary
    (commit of the same day); wcxb articles 0.895/0.916 -> 0.895/0.917."""
    return any(
        block.words > SETTINGS.lede_words
        for item, after in pairwise(items)
        for block in blocks[item.id + 1 : after.id]
    )


# A sentence's end, a closing quote or bracket allowed after it.
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’)\]]*$")


def _follows_prose(block: Block) -> bool:
    """True when the block before a numbered list makes the list the article's own: a
    sentence that introduces it (navigation.introduces_list), or a sentence of prose longer
    than a headline (``item_sentence_words``, the length that ends a related list after its
    header). A related list follows its label ("Most read") or nothing; steps, tips and
    ranked items follow the article's paragraph ("Here is the list of the best ideas. Take
    a look.", then "1. On-Demand Fuel-Delivery App" over its paragraph).

    >>> _follows_prose(Block(0, "Here is the list of the best app ideas for beginners."))
    True
    >>> _follows_prose(Block(0, "Most read")), _follows_prose(Block(0, "Read more."))
    (False, False)

    Tune|check, before -> after: wcxb inscriptis 0.7851|0.7943 -> 0.7860|0.7957 (articles
    0.9067|0.9249 -> 0.9080|0.9254, listing check 0.5195 -> 0.5380), blocks 0.7792|0.7842 ->
    0.7794|0.7844 (articles 0.9065|0.9210 -> 0.9067|0.9214); traf inscriptis check 0.8643 ->
    0.8654; fundus tune +1 page each style; aeb and traf blocks equal. Only a paragraph of
    more than 20 words (``_is_paragraph``) got half of it on wcxb and nothing on traf; any
    sentence of 4 words or more got the same as this.
    """
    if introduces_list(block) or _announces_list(block):
        return True
    return block.words > SETTINGS.item_sentence_words and bool(
        _SENTENCE_STOP.search(block.text.rstrip())
    )


def _announces_list(block: Block) -> bool:
    """True for a clause ending in a colon that is no related section's label: "Your policy
    should require:", "Here's a simple approach:" (a label, "Read also:", is a few words)."""
    text = block.text.rstrip()
    return (
        text.endswith(":")
        and block.words >= SETTINGS.min_announce_words
        and _HEADER_AT.match(text) is None
    )


def _is_clause(block: Block) -> bool:
    """True for a numbered item that is a clause of the sentence around the list, not a
    headline: its first word is in small letters, or it ends in a comma or a semicolon ("1.
    the disks do not properly overlap (but may touch),", a forum post's "2. what do you
    listen to?"). A headline opens with a capital, a name ("iPhone") or a script without
    case, and ends as a title does. Lists where half the items or more are clauses are the
    page's own (wcxb tune: a paper's conditions, a forum post's questions). Tune|check,
    before -> after: wcxb inscriptis 0.79950|0.80788 -> 0.79953|0.80788 (+2 -0 | +1 -0
    pages); the seven other shipped dump sets identical, fundus (held out) too.

    >>> _is_clause(Block(0, "the gaps between disks have either three or four sides,"))
    True
    >>> _is_clause(Block(0, "Rays feel ready to roll")), _is_clause(Block(0, "iPhone 16 im Test"))
    (False, False)
    """
    text = block.text.rstrip()
    words = text.split(maxsplit=1)
    return bool(words) and (words[0].islower() or text.endswith((",", ";")))


def _numbered_list_items(blocks: tuple[Block, ...]) -> Iterator[int]:
    """Ids of numbered headline items and the teaser blocks indented under them.

    Only lists of two items or more count, and the item itself must read like a headline
    (no sentence-final full stop). The last item takes no more teaser blocks than the
    others had: what follows a list is indented like its teasers in some layouts. A list
    whose items are paragraphs (half of them or more), or head one longer than a lede, is
    a list article's: its items are the content. So is a list right after a sentence that
    introduces it ("... beschreibt die Lebenspraxis in zehn Punkten:", see
    navigation.introduces_list), or right after a paragraph (``_follows_prose``): related
    lists are headed by a label, not a sentence. A list whose items are mostly one to
    three words is a menu (``min_headline_words``): navigation's, not ours.
    With that, tune|check: traf inscriptis 0.9021|0.8679 -> 0.9032|0.8679 (19d5240d 0.667
    -> 0.857), wcxb inscriptis 0.7932|0.8046 -> 0.7939|0.8057 (tune +3 -2, check +9 -2),
    blocks 0.7870|0.7939 -> 0.7870|0.7941 (check +7 -0); aeb, fundus, traf blocks equal.
    Tune|check: traf inscriptis 0.8772|0.8574 -> 0.8806|0.8574, wcxb inscriptis
    0.7461|0.7760 -> 0.7461|0.7763 (pages +8/-3 | +20/-3), wcxb blocks +3/-1 | +5/-1 pages
    (equal to 4 places); aeb, fundus, traf blocks equal.
    """
    # Only text dumps have list markers: the test on ``marker`` itself skips HTML blocks.
    for items in _numbered_lists(blocks):
        if not 2 <= len(items) <= SETTINGS.max_numbered_items:
            continue
        if items[0].id > 0 and _follows_prose(blocks[items[0].id - 1]):
            continue
        runs = [_teaser_run(blocks, item) for item in items]
        # The last item's run may reach past the list (see below): the others tell.
        paragraphs = sum(1 for item in items if _is_paragraph(item))
        menu_items = sum(1 for item in items if item.words < SETTINGS.min_headline_words)
        clauses = sum(1 for item in items if _is_clause(item))
        if (
            2 * paragraphs >= len(items)
            or 2 * clauses >= len(items)
            or 2 * menu_items > len(items)
            or any(blocks[i].words > SETTINGS.lede_words for run in runs[:-1] for i in run)
            or _heads_sections(blocks, items)
        ):
            continue
        most = 0
        for index, (item, run) in enumerate(zip(items, runs, strict=True)):
            yield item.id
            if index == len(items) - 1:
                run = run[:most]
            most = max(most, len(run))
            yield from run


def _glued_lede_headlines(blocks: tuple[Block, ...], marks: Mapping[int, Mark]) -> Iterator[int]:
    """The headline of a teaser whose lede ends in its glued link (``_GLUED_READ_MORE``, marked
    an inline teaser by the rules): the unmarked line right above the lede, when it reads as a
    headline (no longer than an item, ending no sentence, no label's colon). A box dropped
    between an article's paragraphs prints the headline, then the lede ("... mehr").

    Before: [p "Korinna Hennig: ..."] [p "Was Sie zum Coronavirus wissen müssen"]
            [p "Das Coronavirus breitet sich ... Antworten auf viele Fragen. mehr"]
    After:  [p "Korinna Hennig: ..."] [p "Was Sie ..." -> removed: inline_teaser]
            [p "Das Coronavirus ... mehr" -> removed: inline_teaser]

    Tune|check (issue 13 round 16): traf blocks 0.9062|0.8653 -> 0.9071|0.8653, inscriptis
    0.9050|0.8687 -> 0.9058|0.8687 (d4f8a865 0.857 -> 0.923); fundus check +1 page per dump
    (0.9088 -> 0.9090, 0.9109 -> 0.9111); aeb, wcxb equal (one wcxb page +0.001).
    """
    # The marked ledes, found from the marks in page order (a look-up per block of every page
    # was most of this rule's cost: few pages have an inline teaser at all).
    teaser = Reason.INLINE_TEASER
    for index in sorted(i for i, mark in marks.items() if mark.reason is teaser and i > 0):
        block = blocks[index]
        above = blocks[block.id - 1]
        text = above.text.rstrip()
        if (
            above.id not in marks
            and above.words <= SETTINGS.item_words
            and not (_SENTENCE_STOP.search(text) or text.endswith(":"))
            and _GLUED_LEDE.search(block.text)
        ):
            yield above.id


def _after_headers(page: Page, found: Sequence[int | None]) -> Iterator[tuple[int, Reason]]:
    """A related-section header, and the teasers that follow it (``_header_items``). Ledes
    count only in a text dump (an HTML page's boxes go with their markup: fundus HTML check
    0.9567 -> 0.9561 with ledes there too), under a header below the page's first paragraph
    (``_first_paragraph``), and not under an inline teaser's label ("Related:" names one
    link inside the article; a paragraph cut by its links, aeb soup-lines tune 686bb170,
    read as a lede under it)."""
    blocks = page.blocks
    first = _first_paragraph(blocks) if page.input_type == "text" else len(blocks)
    headers = [
        b.id
        for b in blocks
        if found[b.id] != 0 and (_is_header(b) or _labels_headlines(blocks, b, b.id > first, found))
    ]
    if not headers:
        return
    inline = {i for i, mark in page.marks.items() if mark.reason is Reason.INLINE_TEASER}
    items = {
        h: list(_header_items(blocks, h, h > first and h not in inline, found)) for h in headers
    }
    for header in headers:
        yield header, Reason.RELATED_HEADER
        yield from ((i, Reason.RELATED_ITEM) for i in items[header])


def _first_paragraph(blocks: tuple[Block, ...]) -> int:
    """Index of the page's first paragraph longer than any lede, or past the last block.
    A header above it heads a listing's teasers (the page's content), not a related box."""
    return next(
        (
            b.id
            for b in blocks
            if b.words > SETTINGS.lede_words and _SENTENCE_STOP.search(b.text.rstrip())
        ),
        len(blocks),
    )


def _header_items(
    blocks: tuple[Block, ...], header: int, ledes: bool, found: Sequence[int | None]
) -> Iterator[int]:
    """The items under a related-section header: short headline-like blocks, each headline
    perhaps with its lede (a teaser: headline, lede, author, time). A sentence longer than a
    headline ends the list unless ``ledes`` and it is a lede (``_is_lede``); right under a
    lede, a short block is the next headline even when it ends a sentence ("Bosch in der
    Bredouille: Hat die Autoproduktion ihren Zenit überschritten?"). A list with ledes goes
    on while they do: its reach counts from the last lede. The next header ends the list.

    Before: [p article] [p "Weitere Themen"] [p "Waymo bittet Autohersteller um Geld"]
            [p "Die Google-Schwesterfirma sucht nach Investoren ..."] [p "Gustav Theile"]
    After:  the article, then the header and three related items (the lede too; before,
            the lede ended the list and the teasers after it stayed in the span).

    Tune|check, with the German headers of the same commit day: fundus blocks
    0.8925|0.9013 -> 0.8974|0.9073, inscriptis 0.8983|0.9036 -> 0.9030|0.9094; wcxb blocks
    0.7827|0.7914 -> 0.7836|0.7917, inscriptis 0.7895|0.8035 -> 0.7906|0.8035 (articles
    up; listings, whose teasers are the content, kept by ``_first_paragraph``); traf blocks
    0.9016|0.8634 -> 0.9019|0.8634; aeb equal.

    ``found`` holds each line's _HEADER_SCREEN bits: a line holding none of the header
    words is no header, and the header pattern, slow to fail, is not tried on it.
    """
    reach = blocks[header + 1 :] if ledes else blocks[header + 1 : header + SETTINGS.header_reach]
    after_lede = False
    last_lede = shown = 0
    for index, follower in enumerate(reach):
        if index - last_lede >= SETTINGS.header_reach - 1 or (
            found[follower.id] != 0 and _is_header(follower)
        ):
            return
        if follower.words <= SETTINGS.item_words and (after_lede or not _is_sentence(follower)):
            after_lede = False  # a headline, a byline, a time
        elif ledes and _is_lede(reach, index, after_lede, shown):
            after_lede, last_lede, shown = True, index, shown + 1
        else:
            return
        yield follower.id


def _labels_headlines(
    blocks: tuple[Block, ...], block: Block, ledes: bool, found: Sequence[int | None]
) -> bool:
    """A box's label ("Up next", "Similar posts") that heads a related box only when its
    first items are headlines: two of the first four blocks ``_header_items`` takes are
    headline-shaped. Alone on a line such a label also heads a guide's own next chapter (a
    title, then prose about it) or a short page's own list.

    Before: [p article] [p "Similar Posts"] [p "Tempat Senang: Rejuvenation."]
            [p "10 Must-Try Vegetarian Food Places in Singapore."] ...
    After:  the article, then the label and its headlines as a related box.

    As plain related headers (2f5a2a3, reverted in dac3a9c) these labels cost a wcxb HTML
    check page 0.245 -> 0.035: the items under them were the page's short text. Tune|check
    with this test: wcxb blocks tune +1 (4083, 0.952 -> 0.958), wcxb HTML check +1 page
    (0.967 -> 0.975), every other set identical; "Related searches" left out (wcxb
    inscriptis tune 0614, a listing whose gold keeps its searches, 0.818 -> 0.813)."""
    if block.words > SETTINGS.header_words or _BOX_LABEL_AT.match(block.text.strip()) is None:
        return False
    items = list(_header_items(blocks, block.id, ledes, found))[:4]
    return sum(_headline_shaped(blocks[i]) for i in items) >= 2


def _headline_shaped(block: Block) -> bool:
    return 2 <= block.words <= SETTINGS.item_words and not _is_sentence(block)


def _is_header(block: Block) -> bool:
    return block.words <= SETTINGS.header_words and _HEADER_AT.match(block.text.strip()) is not None


def _is_sentence(block: Block) -> bool:
    """A sentence longer than a headline: it ends a list of headlines, unless a lede."""
    return block.text.endswith((".", "!", "?")) and block.words > SETTINGS.item_sentence_words


# A lede states: it ends in a full stop (a line asking a question is a headline, as in a
# forum's list of related questions).
_STATEMENT_STOP = re.compile(r"[.!][\"'”’)\]]*$")


def _lede_stop(block: Block) -> bool:
    """True when the block ends as a lede does: in a full stop, or in any sentence stop when
    it is longer than any headline (a forum's related questions end in "?")."""
    stop = _STATEMENT_STOP if block.words <= SETTINGS.item_words else _SENTENCE_STOP
    return stop.search(block.text.rstrip()) is not None


def _is_lede(reach: Sequence[Block], index: int, after_lede: bool, shown: int = 0) -> bool:
    """True for a teaser's lede under its headline: a sentence no longer than a lede, after
    a headline item (not after another lede), with a short block after it. Once ``shown``
    two, a block longer than a headline in that place is a lede however it ends (a teaser
    wall's "01.01.2022Megatest Highend-Enduros | Duell: ... | Fitness: Rollentraini...":
    traf tune 7ccc9fd0 0 -> 0.75, where the wall after the list outweighed the article;
    wcxb inscriptis tune 2965, a listing's video teasers, 0.69 -> 0.11)."""
    block = reach[index]
    return (
        not after_lede
        and index > 0
        and index + 1 < len(reach)
        and block.words <= SETTINGS.lede_words
        and ((shown >= 2 and block.words > SETTINGS.item_words) or _lede_stop(block))
        and _headline_like(reach[index - 1])
        and _headline_like(reach[index + 1])
    )


def _headline_like(block: Block) -> bool:
    """A short block that ends no sentence with a full stop: a headline, a byline, a time
    (a headline may ask a question; an article's short paragraph ends in a stop)."""
    return block.words <= SETTINGS.item_words and not block.text.rstrip().endswith(".")


# A page flattened into one line glues a section's header to its first headline ("Most
# Popular Council votes to close the bridge"): the header, then a capitalised word or a figure.
_GLUED_HEADER = re.compile(
    rf"^({alternatives(Reason.RELATED_HEADER)})\s*:?\s+(?-i:[A-ZÀ-ÖØ-Þ0-9\"“«])", re.IGNORECASE
)


def _glued_headers(blocks: tuple[Block, ...], flat: frozenset[int]) -> Iterator[int]:
    """Pieces of a flattened page (``flat``: its flattened lines) that start with a
    related-section header and run on into its headlines. The header must stay short, or a
    sentence that starts like one ("More from the interview will be published on Sunday")
    would pass for it.

    One-line style tune/check: aeb 0.877/0.8335 -> 0.882/0.8336, traf 0.747/0.756 ->
    0.750/0.759; soup-text aeb tune +0.001; no other style or set moved.

    A piece that ends a sentence was left at first: it can hold an article's sentence after
    an inline "Related articles" box (aeb check page -0.09 with that one rule). Since the
    segmenter cuts pieces before a glued header and the boundary caps what one piece counts,
    such pieces are mostly the header and headlines up to a headline's own stop ("Related
    stories India plans incentives to woo 324 foreign manufacturers."), and the span crosses
    the header for the prose after it. Without the guard, one-line style tune|check: aeb
    0.8993|0.8603 -> 0.9043|0.8705, traf 0.7601|0.7686 -> 0.7675|0.7730, fundus 0.7942|0.8019
    -> 0.8027|0.8067, wcxb 0.7483|0.7703 -> 0.7498|0.7713; soup-text wcxb 0.7270|0.7488 ->
    0.7271|0.7499. Keeping it for pieces of up to 15 or 25 words lost pages on every set.
    """
    for block in blocks:
        if block.line not in flat or block.dom is not None:
            continue
        match = _GLUED_HEADER_AT.match(block.text)
        if match is not None and len(match.group(1).split()) <= SETTINGS.glued_header_words:
            yield block.id


_READ_MORE = re.compile(rf"^({alternatives('teaser_end')})\W*$", re.IGNORECASE)
# The patterns above as matched: each tries only the phrases that may open with the line's first
# character (a failed match of the header's phrases in every language cost 20 to 60 us).
_HEADER_AT = StartMatcher.of(_HEADER.pattern)
_BOX_LABEL_AT = StartMatcher.of(_BOX_LABEL.pattern)
_GLUED_HEADER_AT = StartMatcher.of(_GLUED_HEADER.pattern)
_READ_MORE_AT = StartMatcher.of(_READ_MORE.pattern)
# The header's and the "Read more" link's needles, looked for in the features step's one scan
# of each line (cleaner.needles): a line without them is not tried (a failed match of either
# cost about a microsecond on nearly every short line).
_HEADER_SCREEN = Screen.of(
    (required_literals(_HEADER), required_literals(_BOX_LABEL)), max_words=SETTINGS.header_words
)
_READ_MORE_SCREEN = Screen.of((required_literals(_READ_MORE),), max_words=SETTINGS.read_more_words)
# Reasons the markup step gives: a block so marked sat in a box the markup removed.
_FROM_MARKUP = reasons_with(Trait.MARKUP)


def _listed(ends: list[int]) -> list[int]:
    """The "Read more" links that stand in a list of teasers: each within a teaser's reach
    (``teaser_reach`` blocks and the link) of another. A link with none that close ends one
    excerpt of its own: a section of a site's home page over its "Read more", the article's
    own excerpt, a testimonial; the blocks before it are no related teaser, however many
    such links the page holds further off.

    >>> _listed([10, 14, 18, 60, 140])
    [10, 14, 18]

    Tune|check, every link counted -> this: traf blocks 0.9138|0.8670 -> 0.9138|0.8702,
    inscriptis 0.9114|0.8696 -> 0.9114|0.8728 (check +2 -0 pages each; no tune page moved:
    the lone links only ever cost traf); wcxb blocks 0.7911|0.7959 -> +0.0004|+0.0005 (tune
    +7 -4, check +4 -9), inscriptis +0.0011|+0.0013 (tune +7 -2, check +5 -5); fundus, held
    out, check +1 -0 page per dump and HTML +1 -0, tune equal; wcxb HTML tune +1, check +3
    -1; aeb, traf HTML equal. Dropping the rule instead gained as much on traf check but
    cost fundus tune two pages and wcxb tune twelve."""
    reach = SETTINGS.teaser_reach + 1
    return [
        end
        for k, end in enumerate(ends)
        if (k > 0 and end - ends[k - 1] <= reach)
        or (k + 1 < len(ends) and ends[k + 1] - end <= reach)
    ]


# A flattened page runs a teaser's "Read more" link into the next teaser's headline ("... a
# dead end. Read More Why Choose Lawyers ..."): a capitalised link before a capitalised word.
# (Cutting such links out of the pieces in the segmenter instead cost a wcxb one-line check
# page 0.38, whatever the related step did with them; see _teasers.)
_CAPITAL = "(?=(?-i:[A-ZÀ-ÖØ-Þ]))"
_LINK_INTO_HEADLINE = re.compile(
    rf"(?:^|(?<=\S )){_CAPITAL}(?:{alternatives('teaser_end')}) {_CAPITAL}", re.IGNORECASE
)


def _dated_pairs(links: list[int], marks: Mapping[int, Mark]) -> list[int]:
    """On a flattened page, the "Read more" links that stand in a list of dated teasers:
    two links at most ``flat_teaser_reach`` pieces apart with a date line between them. The
    page cut each lede into its sentences, so the links stand further apart than a teaser's
    few lines; the date (each teaser's own) tells such a list from a page's sections, each
    over its own "Read more" (a home page's welcome, its shop, its reviews), whose pieces stand
    as close.

    >>> date = Mark(3, Reason.DATE_LINE, "dates")
    >>> _dated_pairs([1, 7, 40], {3: date}), _dated_pairs([1, 7, 40], {})
    ([1, 7], [])
    """
    reach = SETTINGS.flat_teaser_reach + 1
    found: list[int] = []
    for before, after in pairwise(links):
        if after - before <= reach and any(
            (mark := marks.get(i)) is not None and mark.reason is Reason.DATE_LINE
            for i in range(before + 1, after)
        ):
            found.extend((before, after))
    return sorted(set(found))


def _teasers(
    blocks: tuple[Block, ...],
    marks: Mapping[int, Mark],
    found: Sequence[int | None],
    flat: frozenset[int] = frozenset(),
    headers: frozenset[int] = frozenset(),
) -> Iterator[int]:
    """Blocks of a teaser list: each teaser (headline, date, lede) ends in the same
    "Read more" link. One "Read more" alone may end an article's own excerpt, so two or more
    are needed. A "Read more" in a box the markup step removed (an aside, a related-links
    box) ends that box, which went whole: the prose before it is the article's.

    On a flattened page a piece that runs the link into the next headline counts as a link
    too, and dated teasers (:func:`_dated_pairs`) are listed as far apart as a lede cut into
    its sentences puts them, besides the close ones; a header glued to the first headline
    stays the header. (Dated teasers only in place of the close ones: wcxb one-line tune
    +5 -1, check +3 -1, the close links' lists lost.)
    Before: [p "... the article's last sentence."] [p "Latest News Can You Sue ...?"]
            [p "March 29, 2025"] [p "When the SSA denies ..."] ... [p "At O'Malley Tunstall,
            Read More Why Choose Lawyers ...?"] [p "March 27, 2025"] ... (4 teasers)
    After:  the header, then every piece of the four teasers as related items (their ledes'
            sentences had carried the span on past the article: wcxb one-line tune 0296).
    """
    links = [
        b.id
        for b in blocks
        if b.words <= SETTINGS.read_more_words
        and found[b.id] != 0
        and _READ_MORE_AT.match(b.text)
        and not (b.id in marks and marks[b.id].reason in _FROM_MARKUP)
    ]
    reach, ends = SETTINGS.teaser_reach, _listed(links)
    if flat and all(blocks[i].line in flat for i in links):
        # A flattened page runs each link into the next teaser's headline ("Read More Why
        # Choose Lawyers ..."): a piece that holds one counts as the link.
        alone = set(links)
        links = [
            b.id
            for b in blocks
            if b.id in alone or (b.line in flat and _LINK_INTO_HEADLINE.search(b.text) is not None)
        ]
        dated = _dated_pairs(links, marks)
        if dated:
            reach, ends = SETTINGS.flat_teaser_reach, sorted({*ends, *dated})
    if len(ends) < 2:
        return
    # The teasers of one list have the same shape: none takes more blocks than the shortest
    # gap between two "Read more" allows, so the first does not reach back into the article.
    size = min(reach, min(after - before for before, after in pairwise(ends)) - 1)
    previous = -1
    for end in ends:
        start = max(previous + 1, end - size)
        # A header glued to the first headline heads the list: it stays the header.
        start = max([start, *(i + 1 for i in headers if start <= i < end)])
        yield from range(start, end + 1)
        previous = end


def _kicker(block: Block) -> bool:
    return 1 <= block.words <= SETTINGS.kicker_words and not block.text.rstrip().endswith(".")


def _card_headline(block: Block) -> bool:
    # A line ending in a colon announces what follows (a how-to's step, a note's list).
    return SETTINGS.min_headline_words <= block.words <= SETTINGS.item_words and not (
        block.text.rstrip().endswith((".", ":"))
    )


def _card_lede(block: Block) -> bool:
    return SETTINGS.min_lede_words <= block.words <= SETTINGS.lede_words and _lede_stop(block)


def _cards_at(kept: Sequence[Block], start: int) -> int:
    """How many blocks from ``start`` on are whole cards: kicker, headline, lede, again."""
    end = start
    while (
        end + 2 < len(kept)
        and _kicker(kept[end])
        and _card_headline(kept[end + 1])
        and _card_lede(kept[end + 2])
    ):
        end += 3
    return end - start


def _tail_cards(page: Page) -> Iterator[int]:
    """Teaser cards without a header after a text dump's last paragraph: two or more of
    kicker, headline, lede, where a kicker comes back (the same section's name twice, or the
    same "Learn more" link): cross-line evidence that the run is a box's cards, not the
    article's last short sections. Unmarked blocks only: a date line between is no break.

    Before: [p article ...] [p "Digital Life"] [p "Uber erleidet Rückschlag vor Gericht"]
            [p "Der Fahrtdienst ist ... abgeblitzt."] [p "B2B"] [p "Waymo bittet
            Autohersteller um Geld"] [p "Die Google-Schwesterfirma sucht ..."] [p "B2B"] ...
    After:  the article, then three cards as related items.

    Tune|check: traf blocks 0.9129|0.8670 -> 0.9138|0.8670 (tune +1: 2c0fa9af 0.8 -> 1.0),
    inscriptis 0.9105|0.8696 -> 0.9114|0.8696 (+1); wcxb blocks 0.79084|0.79573 ->
    0.79117|0.79591 (tune +3 -1, check +3 -1), inscriptis 0.79685|0.80641 -> 0.79721|0.80647
    (tune +4 -1, check +3 -2); fundus, aeb and every HTML set identical. Without the repeated
    kicker, wcxb inscriptis check fell (0.80641 -> 0.80600: testimonials' name, role, quote),
    though fundus check rose a page per dump;
    without the colon rule, a manual's "Note" callouts went (wcxb tune 2869)."""
    if page.input_type != "text":
        return
    marks = page.marks
    kept = [b for b in page.blocks if b.id not in marks]
    last = max((i for i, b in enumerate(kept) if b.words > SETTINGS.lede_words), default=None)
    if last is None:
        return
    index = last + 1
    while index + 2 < len(kept):
        size = _cards_at(kept, index)
        kickers = [kept[i].text.strip().lower() for i in range(index, index + size, 3)]
        if size >= 6 and len(set(kickers)) < len(kickers):
            yield from (b.id for b in kept[index : index + size])
            index += size
        else:
            index += 1


def _twin_card_at(blocks: tuple[Block, ...], start: int) -> bool:
    """True when a card starts at ``start``: a headline, the same headline again (the card's
    picture links it, then its title), and a lede."""
    if start + 2 >= len(blocks):
        return False
    headline, twin, lede = blocks[start : start + 3]
    # The word counts first: most lines of a dump's tail differ from the next in that alone.
    return (
        twin.words == headline.words
        and _card_headline(headline)
        and " ".join(twin.text.split()).lower() == " ".join(headline.text.split()).lower()
        and SETTINGS.min_lede_words <= lede.words <= SETTINGS.twin_lede_words
        and _lede_stop(lede)
    )


def _twin_cards(page: Page) -> Iterator[int]:
    """Teaser cards after a text dump's last paragraph that each print their headline twice
    (its picture's link, then its title's), then its lede: two or more in a row. A headline
    written twice running is cross-line evidence of a card; an article's own last sections
    write each heading once. The copies already marked as duplicates count too.

    Before: [p article ...] [p "Best Backpacking Quilts of 2026"] [p "Best Backpacking
            Quilts of 2026"] [p "From the deep forests of ... we've vetted the best."]
            [p "Men's Paka Apu Parka Review"] [p "Men's Paka Apu Parka Review"] [p "..."]
    After:  the article, then two cards as related items.

    Tune|check: wcxb blocks 0.79184|0.79681 -> 0.79191|0.79684, inscriptis 0.79954|0.80805
    -> 0.79961|0.80808 (tune +1: 4698 0.613 -> 0.667; check +1, none down); aeb, traf and
    fundus dumps identical; HTML pages are left alone (their boxes go with their markup).
    """
    if page.input_type != "text":
        return
    blocks = page.blocks
    marks = page.marks
    # A card's own lede may run past a lede's length: the twin headline above it says so.
    # From the end back, as the last paragraph is all that is wanted (a block's id is its
    # index): a scan of every block cost about 1.5% of a pass over the aeb dumps.
    last = next(
        (
            index
            for index in range(len(blocks) - 1, -1, -1)
            if blocks[index].words > SETTINGS.lede_words
            and index not in marks
            and not (index >= 2 and _twin_card_at(blocks, index - 2))
        ),
        None,
    )
    if last is None:
        return
    index = last + 1
    while index < len(blocks) - 2:
        if blocks[index].words != blocks[index + 1].words:  # no twin: most of a dump's tail
            index += 1
            continue
        end = index
        while _twin_card_at(blocks, end):
            end += 3
        if end - index >= 6:
            yield from range(index, end)
            index = end
        else:
            index += 1


@dataclass(frozen=True)
class RelatedExtractor:
    """Mark related-headline lists, "Most read" sections and tag lines.

    Before: [p "Related stories"] [li "Rays feel ready to roll"] [li "Seminole man accused"]
            [p "Tags: politics, Tampa"]
    After:  [... -> removed: related_header] [... -> removed: related_item] x2
            [... -> removed: tag_line]
    """

    name: ClassVar[str] = "related"
    rules: ClassVar[RuleSet] = _RULES
    screens: ClassVar[tuple[Screen, ...]] = (_HEADER_SCREEN, _READ_MORE_SCREEN)

    def run(self, page: Page) -> Page:
        page = page.with_marks(marks_for(page, self.rules, self.name))
        headlines = _glued_lede_headlines(page.blocks, page.marks)
        page = page.with_marks(marks_of(headlines, Reason.INLINE_TEASER, self.name))
        numbered = _numbered_list_items(page.blocks)
        page = page.with_marks(marks_of(numbered, Reason.RELATED_ITEM, self.name))
        flat = page_facts(page).flattened_lines
        glued = frozenset(_glued_headers(page.blocks, flat))
        hits = screen_hits(page, _READ_MORE_SCREEN)
        teasers = _teasers(page.blocks, page.marks, hits, flat, glued)
        page = page.with_marks(marks_of(teasers, Reason.RELATED_ITEM, self.name))
        page = page.with_marks(
            Mark(i, reason, self.name)
            for i, reason in _after_headers(page, screen_hits(page, _HEADER_SCREEN))
        )
        page = page.with_marks(marks_of(_tail_cards(page), Reason.RELATED_ITEM, self.name))
        page = page.with_marks(marks_of(_twin_cards(page), Reason.RELATED_ITEM, self.name))
        return page.with_marks(marks_of(sorted(glued), Reason.RELATED_HEADER, self.name))
