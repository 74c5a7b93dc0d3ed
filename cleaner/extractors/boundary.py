"""The article boundary: the span of the page where the article's prose runs."""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import ClassVar

from cleaner.blocks import Block, Mark, Note, Page, TextStats, consecutive_runs, marks_of
from cleaner.datetimes import MONTH_NAMES
from cleaner.extractors.features import (
    CLOCK_STAMP,
    block_stats,
    line_key,
    page_facts,
)
from cleaner.extractors.fields import record_fields
from cleaner.extractors.markup import is_listing
from cleaner.extractors.navigation import FIGURE, introduces_list, key_points_header, table_runs
from cleaner.languages import alternatives
from cleaner.reasons import Reason, Trait, reasons_with
from cleaner.text.repeats import written_again
from cleaner.text.segment import FLAT_SHARE, HEADER_LEADS, UNSPACED

__all__ = [
    "NO_ARTICLE",
    "BoundaryExtractor",
    "BoundarySettings",
    "TrimExtractor",
    "article_span",
    "block_values",
]


@dataclass(frozen=True, slots=True)
class BoundarySettings:
    """The boundary step's tuned numbers. Scores are in word-equivalents (characters / 6).

    Most were set with the first text pipeline (commit 790ddd1) on the aeb and traf text
    dumps and kept since; no figure was recorded for them. Where a later commit set one, it
    is named.
    """

    # Characters per word-equivalent: scores in "words" that also work for scripts without
    # spaces.
    chars_per_word: float = 6.0
    # A block this big that ends a sentence is prose (was CleanerConfig.min_prose_words).
    min_prose: float = 12.0
    # Prose has stop words; a long block with fewer is a list of names or a table row.
    min_stopword_share: float = 0.2
    # A long sentence-ending block with few stop words counts this share of its size.
    listlike_share: float = 0.3
    # A shorter block that ends a sentence (4 word-equivalents or more) counts half its size.
    min_sentence: float = 4.0
    sentence_share: float = 0.5
    # What a short, sentence-less block (a menu item, a label) costs the span.
    short_penalty: float = 4.0
    # A list of clauses under a heading ("Pros", "Here is how:"): lines of this many words,
    # with stop words, no sentence end, this many in a row; each costs ``phrase_penalty``
    # (see _phrase_lists; wcxb tune, 4 and 6 words and runs of 2 not tried for lack of
    # time; 2.0 instead of 0.5 gained half as much on wcxb and kept the aeb and fundus losses
    # of the rule without the heading).
    min_phrase_words: int = 5
    min_phrase_run: int = 3
    phrase_penalty: float = 0.5
    # A wrapped paragraph: lines this long (characters) that run on, this many or more
    # (two lines: fundus tune one page down; see _wrapped_paragraphs).
    min_wrapped_chars: int = 40
    min_wrapped_lines: int = 3
    # A review's item boxes: labels recurring in this many stretches between prose, this
    # many labels in a stretch, prose of this size on both sides (see _record_boxes: 2 labels
    # and prose of 40 cost traf check a page; wcxb tune 0.7449 -> 0.7434).
    min_box_repeats: int = 3
    min_box_labels: int = 3
    min_box_prose: float = 60.0
    # ... or a template of this many recurring words (figures not counted), at most this
    # share of the stretch's words, between prose of this size (see _template: a guide's
    # "Features", "Pros", "Cons", "Best fit" under each item, with one paragraph after
    # each). Without the share, a review widget repeated under each customer review took
    # the reviews in (wcxb tune, a product page 0.910 -> 0.637). 4 labels, 30 and 0.75 not
    # varied.
    min_template_labels: int = 4
    min_template_prose: float = 30.0
    max_template_share: float = 0.75
    # A block this long counts as prose without a closing stop: a dump that lost its line
    # breaks runs paragraphs together (commit 8d128c1, text-node dumps). Not a piece of a page
    # flattened into one line: that was cut after every sentence end, so a long piece without
    # one is headlines or labels run together (one-line style tune/check: aeb 0.867/0.831 ->
    # 0.877/0.834, traf 0.744/0.748 -> 0.747/0.756; no other style or set moved).
    long_prose: float = 60.0
    # A page flattened into one line (one input line holds this share of its text: the
    # segmenter's own test for such a page) lost the line breaks that show menus and teaser
    # lists; the settings below put some of that back. One-line style, tune|check, before ->
    # after: aeb 0.880|0.835 -> 0.897|0.847, traf 0.751|0.759 -> 0.754|0.763, fundus
    # 0.781|0.785 -> 0.786|0.792, wcxb 0.749|0.767 -> 0.748|0.767 (articles up, collections
    # and listings down); no shipped dump moved.
    one_line_share: float = FLAT_SHARE
    # There a piece with no sentence end is menu items or headlines run together: it costs
    # this share of its size, as its lines each would have cost the short penalty (0.25
    # against 0.15 and 0.35; 0.5 was best on tune and cost aeb and traf check) ...
    flat_piece_share: float = 0.25
    # So does a piece of a script written without spaces (Han, kana) that spaces part into
    # this many tokens or more: menu items or headlines run together, whatever it ends in
    # (see _spaced_unspaced). Set on fundus one-line tune: such pieces in the span hold 0 gold
    # shingles against 35 to 80 junk for each count of 3 to 6 tokens, 11 of 93 at 7 (a
    # Chinese source line, "来源： 新华网 小字号 新华社北京4月24日电 题：..."), none from 8; at
    # 4 that page lost 0.966 -> 0.904 and tune fell (0.8390 -> 0.8378), at 8 it does not.
    min_spaced_tokens: int = 8
    # ... unless figures are this share of its words: a table's rows, inside the article
    # (wcxb tune: ranking tables; traf one-line 0.752|0.760 -> 0.754|0.763).
    flat_table_share: float = 0.25
    # There a piece counts at most this much (180 characters): a long piece is as often
    # headlines, captions and teasers run together up to the next sentence end as one long
    # sentence, and an article is many sentences, so no one piece decides the span.
    # One-line style tune|check, before -> after: traf 0.7592|0.7664 -> 0.7601|0.7686, fundus
    # 0.7895|0.7953 -> 0.7942|0.8019, aeb equal, wcxb 0.7494|0.7676 -> 0.7483|0.7703 (articles
    # up on both halves, documentation tune down 3 pages); at 20 aeb tune -0.006, at 40-60
    # less gained.
    flat_piece_cap: float = 30.0
    # There a piece of ``flat_menu_words`` words or more, with ``flat_menu_capitals`` of its
    # words capitalised or more, is no sentence: a mega menu's items run into their blurbs up
    # to the one stop at its end ("Due Diligence VASP screening to onboard customers ...
    # Monitoring Automatic rescreening ... Discover our AI copilot See how ..."), which counted
    # as a long sentence and took the span to the page's top. It costs what a piece without a
    # sentence end costs. One-line tune|check, before -> after: wcxb 0.77633|0.78872 ->
    # 0.77748|0.79025 (+15 -5, +12 -0), fundus (held out) check 0.85958 -> 0.86166 (+1 -0),
    # aeb and traf identical. 60 words: wcxb tune 0.77689 (+23 -10), traf tune -1 page; a
    # share of 0.3: aeb tune -1 page (0.89 -> 0.43), traf check -1; 0.5: wcxb tune 0.77630.
    flat_menu_words: int = 80
    flat_menu_capitals: float = 0.4
    # ... and so does a shorter piece of ``flat_caps_words`` words or more with
    # ``flat_caps_share`` of them capitalised: a widget's or a menu's items run into one short
    # prompt up to its stop, read as a sentence before a short article (aeb tune markdownify
    # and resiliparse, flattened: a weather widget above a 155-word article). Swept on the
    # one-line tune halves (aeb | wcxb mean, pages up/down): 12 words and 0.75 +1 -0 | +16 -6,
    # 0.8 +1 -0 | +8 -3, 0.85 none | +0 -2, 16 words +1 -0 | +10 -3, 10 words +1 -0 | +19 -7;
    # wcxb's mean is 0.0001 under main's in each (one page, 0.97 -> 0.79, where a related
    # card in the article now costs and the span's tail rule no longer ends it). One-line
    # check, measured after: aeb 0.91913 -> 0.92588 (+2 pages), fundus (held out) 0.87503 ->
    # 0.87684 (+2), wcxb 0.79567 -> 0.79585 (+20 -4), traf 0.82136 -> 0.82070 (-2); wcxb
    # soup-text -1 page a half.
    flat_caps_words: int = 12
    flat_caps_share: float = 0.75
    # Teaser cards: a menu run (the headline), then one to ``card_reach`` pieces (its summary),
    # then the next card's headline, at least ``min_cards`` cards in a row; their summaries
    # count this share of their value (reach 2 and 4, and one card alone, did less on tune;
    # lists of three cards or more only, or cards with prose only, lost aeb half the gain).
    # Unless that leaves no article: then the cards are the page's content.
    card_reach: int = 3
    min_cards: int = 2
    card_share: float = 0.0
    # What a marked block costs at least, and the share of its size it costs when bigger.
    marked_penalty: float = 6.0
    marked_share: float = 0.5
    # With markup, a run of marked blocks inside the chosen element (a table of contents, a
    # product carousel, a score box between the intro and the rest) costs as this many
    # blocks at most: a box of thirty links is one box, not thirty walls that cut the intro
    # above it off. HTML tune | check: wcxb 0.8481 | 0.8633 to 0.8513 | 0.8683 (+57 -22 |
    # +42 -11 pages), traf 0.9503 | 0.9346 to 0.9500 | 0.9389, fundus (held out) 0.9469 |
    # 0.9616 to 0.9481 | 0.9615, aeb tune -1 page (a standfirst its gold leaves out). 1 (a
    # run after its first block free) cost fundus check 0.003 and aeb check 2 pages; 6 gained
    # less on wcxb tune (+0.0024) and lost traf tune.
    marked_run_blocks: int = 4
    # A table between paragraphs whatever its shape: this many lines led by figures, this
    # share of the lines between the two paragraphs (see _figure_stretches; 0.25 took a
    # teaser list's counts).
    min_figure_lines: int = 4
    figure_line_share: float = 0.3
    # ... and no other line longer than a table's cell (a teaser headline; 6 left out a
    # table's headings, "Annual income at 80% MFI or less").
    max_cell_words: int = 10
    # A wall (comment section, copyright footer) costs this: the span never crosses one.
    wall_penalty: float = 1e6
    # What a mark that usually ends the article costs: crossed only for much prose (d66f319).
    terminator_penalty: float = 40.0
    # What a section break ("* * *") costs: they sit inside articles as often as around
    # them (4dc532e). A short label ending in a colon costs the same (see _value).
    neutral_penalty: float = 0.5
    # A part of the page between walls holds the article when its best run is this big, or
    # this share of the best part's; the first such part wins (fd6adaa).
    min_article: float = 50.0
    min_share_of_best: float = 0.2
    # Comment furniture this many times makes a comment section (d66f319) ...
    min_comment_meta: int = 2
    # ... which starts at an opener (a comment prompt, a count) up to this many blocks before.
    comment_opener_reach: int = 12
    # A thread (a forum's, a Q&A site's; see _thread): at least ``min_thread_walls`` comment
    # walls; before the first, an opening post of ``min_thread_opening`` to
    # ``thread_max_opening`` (an article is longer); between the first and the last, posts
    # of ``thread_ratio`` times its prose. The opening limits from the tune halves: the
    # largest opening post of a wcxb forum thread is 227 (a news page's comment prompt
    # before its article leaves 0 to 36 before it, fundus and traf); above 240, aeb and
    # fundus have 8 short articles up to 300, and 300 took one aeb check article's comments
    # (0.969 -> 0.320). Ratio 2 and two walls not varied.
    thread_ratio: float = 2.0
    min_thread_opening: float = 50.0
    thread_max_opening: float = 240.0
    min_thread_walls: int = 2
    # A thread's posts (see _post_breaks): a stretch between prose whose chrome lines recur,
    # digits aside, in this many such stretches, at least this share of them, with a post's
    # stamp among them (a date, "Reply", "Add a comment"); this many such stretches on the
    # page, and no run of prose longer than an opening post (``thread_max_opening``) before
    # the first. Set on the wcxb forum pages of the tune half (posts' furniture recurs at
    # 0.5 to 0.9 of their stretches); 3 and 0.4 not varied.
    min_post_repeats: int = 3
    post_furniture_share: float = 0.4
    # What may follow the span's last paragraph, past chrome, and still end it: at most one
    # short sentence's worth (one under ``min_prose`` counts half its size). See _trim_tail:
    # traf tune and check +0.0017 in both dumps; 9 the same, 12 cost an aeb tune page.
    max_tail: float = 6.0
    # On a page flattened into one line, the span ends before the last terminator it crossed
    # when what follows it in the span adds under this share of what precedes it (see
    # _flat_teasers_after). Set on the tune halves' crossings (aeb and fundus one-line: the
    # teaser lists after the article had 0.04 to 0.40 of the article's worth after their
    # header, a box inside the article 0.10 to 0.76 after it); 0.6 cost a fundus soup-text
    # tune page, 0.25 gained less (fundus one-line tune 0.8358 against 0.8391).
    flat_tail_share: float = 0.4
    # ... and, after that, before the last stretch of chrome (pieces that each cost) costing
    # this much or more, when what follows it adds under this share of what precedes it and
    # no paragraph stands right before it (see _flat_chrome_after: a newsletter prompt, a
    # share bar, then teasers; set on aeb and fundus one-line tune, ratios of the teasers
    # 0.02 to 0.26, a box inside an article 0.39).
    flat_chrome_cost: float = 20.0
    flat_chrome_share: float = 0.3
    # A run of an article's size is still no article when the unmarked text outside it is
    # this many times its size, with prose of this many times its size among it; each
    # outside block counts at most ``outside_block_cap`` (see _outweighed: set on the tune
    # halves, 4, 6 and 8 times with prose 2 times the run, 8 with 1; then prose 2.5 and 3).
    max_outside_ratio: float = 6.0
    min_outside_prose: float = 2.5
    outside_block_cap: float = 30.0


NO_ARTICLE = "no_article_run"  # Note code: no run is an article; trim keeps the page

# Marks an article never runs across: the comment section and the copyright footer.
_WALLS = reasons_with(Trait.WALL)
# Marks that usually open a section after the article ("Related stories"), but also head
# boxes inside it: the span crosses one only for a good amount of prose.
_TERMINATORS = reasons_with(Trait.ENDS_ARTICLE)
# Section breaks ("* * *", "___") sit inside articles as often as around them.
_NEUTRAL = reasons_with(Trait.NEUTRAL)
_COMMENT_FURNITURE = reasons_with(Trait.COMMENT_FURNITURE)
# The walls a comment section raises (its prompts, each comment's furniture), not the footer.
_COMMENT_WALLS = _WALLS - {Reason.COPYRIGHT_LINE}
_DEFAULT = BoundarySettings()
# What a thread's posts carry ("Reply", "Add a comment", "3 hours ago"), and what stamps one
# (those or its date); teasers' marks are no post's.
_POST_FURNITURE = frozenset({Reason.COMMENT_ACTION, Reason.COMMENT_META, Reason.COMMENT_PROMPT})
_POST_STAMPS = _POST_FURNITURE | {Reason.DATE_LINE}
_TEASERS = frozenset({Reason.RELATED_HEADER, Reason.RELATED_ITEM, Reason.INLINE_TEASER})
# The reasons whose marked blocks the text rules look up (photo credits, comment furniture,
# walls and counts, terminators, posts' stamps, teasers): see _marked_ids.
_LOOKED_UP = (
    frozenset({Reason.COPYRIGHT_LINE, Reason.COMMENT_COUNT, Reason.MENU_RUN})
    | _COMMENT_FURNITURE
    | _COMMENT_WALLS
    | _TERMINATORS
    | _POST_STAMPS
    | _TEASERS
)
_DIGITS = re.compile(r"\d+")
# What a page's own copyright footer states: the year, or that all rights are reserved.
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_RESERVED = re.compile(alternatives("rights_reserved"), re.IGNORECASE)
# A figure that is a measure or a count in a table, not a price or a bracketed count.
_MEASURE = re.compile(r"^[-+−±]?\d")
_MEASURE_LEADS = frozenset("-+−±0123456789")
# A block's text, for map() over a page's blocks.
_text_of = operator.attrgetter("text")
# A caption that ends in its photo's credit: words, a separator, then "©" ("Sylt, Germany |
# © 2010 Jon Norris"); a footer starts with the sign or "Copyright".
_CAPTION_CREDIT = re.compile(r"^\W*(?!copyright\b)[^\W\d_][^©]*[|,.:/–-]\s*©", re.IGNORECASE)


def _value(
    block: Block,
    features: TextStats | None,
    settings: BoundarySettings,
    flattened: bool = False,
) -> float:
    """How much an unmarked block adds to the article span: prose adds its size, chrome
    subtracts (a marked block's cost: :func:`_text_values`)."""
    # The size from the text: features.chars is its length, but a removed block lacks them.
    size = len(block.text) / settings.chars_per_word
    if features is None:  # only removed blocks lack features, and those have a mark
        return -settings.marked_penalty
    if size >= settings.min_prose and (features.ends_sentence or _closes_with_emoji(block.text)):
        prose = features.stopword_share >= settings.min_stopword_share or features.words < 3
        return size if prose else settings.listlike_share * size
    if features.ends_sentence and size >= settings.min_sentence:
        return settings.sentence_share * size
    if (
        size >= settings.long_prose
        and _stopword_share_without_months(features) >= settings.min_stopword_share
        and not flattened
    ):
        # Whole paragraphs run together (a dump that lost its line breaks) end however the
        # last one does; their length and stop words still say prose. A flattened page was cut
        # at every sentence end, so there such a piece holds no finished sentence at all.
        return settings.sentence_share * size
    if block.text.endswith(":"):
        # A label that introduces what follows ("Ingredients:", "USAGE:", "Here is how:") is
        # the article's own furniture, not a menu item: it costs what a section break costs.
        # Its form, not its words: menus and share bars rarely end an item with a colon.
        # Tune|check, base -> this: traf blocks 0.8718|0.8500 -> 0.8729|0.8502, inscriptis
        # 0.8751|0.8563 -> 0.8762|0.8574, wcxb blocks 0.7348|0.7592 -> 0.7359|0.7604,
        # inscriptis 0.7432|0.7741 -> 0.7450|0.7744, aeb check +1 page each; fundus equal.
        return -settings.neutral_penalty
    return -settings.short_penalty


# A paragraph a blogger or a commenter closes with a smiley instead of a stop ("... würde ich
# mich daher sehr freuen 🙂", "... das sagt meine Mutter auch immer zu mir! :-)"): an emoji
# (with its variation selector or joiner) or a common ASCII emoticon after a word or a stop.
_EMOJI_END = re.compile(
    r"[\w.!?…,)\"“”«»„]\s*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF][\uFE0F\u200D]?|[:;]-?[)(DP])+\s*$"
)


def _closes_with_emoji(text: str) -> bool:
    """True when a line closes with an emoji or an emoticon after a word or a stop: a long
    one is a paragraph, however it ends (the last paragraph of a blog post valued as a menu
    item ended the span before it: traf tune e1718931).

    >>> _closes_with_emoji("Über Stimmen würde ich mich daher sehr freuen 🙂")
    True
    >>> _closes_with_emoji("Das sagt meine Mutter auch immer zu mir! :-)")
    True
    >>> _closes_with_emoji("Menu"), _closes_with_emoji("Check them out below~⬇️")
    (False, False)

    Tune|check, before -> after: traf blocks 0.9034|0.8634 -> 0.9044|0.8634, inscriptis
    0.9010|0.8679 -> 0.9021|0.8679 (e1718931 0.8 -> 1.0 in both); aeb blocks and inscriptis
    check 0.9299 -> 0.9313 and 0.9316 -> 0.9330 (one page); wcxb blocks check 0.7941 ->
    0.7942 (+3 -1 pages: 0.419 -> 0.412 the one down), inscriptis check +1 -1 (mean equal);
    fundus equal.
    """
    # A match ends in an emoji, its selector or joiner, or an emoticon's last character, then
    # white space only (re's \s and str.rstrip() strip the same characters): a look at that
    # character first. The search tries every position of a long line, and every unmarked
    # line long enough for prose that ends no sentence is asked (aeb blocks: 423 lines a pass,
    # 2.8 ms).
    last = text.rstrip()[-1:]
    if not (
        last in _EMOJI_LAST or "\U0001f300" <= last <= "\U0001faff" or "\u2600" <= last <= "\u27bf"
    ):
        return False
    return _EMOJI_END.search(text) is not None


# The characters other than the emoji ranges' that can end a match of _EMOJI_END: the
# variation selector, the joiner, an emoticon's mouth.
_EMOJI_LAST = frozenset("\ufe0f\u200d)(DP")


def _stopword_share_without_months(features: TextStats) -> float:
    """The block's stop-word share, month names not counted as stop words: they say a date,
    not prose. A blog's archive run together into one line ("Blog-Archiv Juli 2020 (1) Mai
    2020 (2) ...", 358 words) had a third of its words in the stop list and counted as
    paragraphs run together, half its size: the span crossed the sidebar into the teasers
    of "Beliebte Posts" (traf inscriptis tune e640f390).

    >>> stats = TextStats(6, 40, 0.5, False, "juli 2020 (1) mai 2020 (2)")
    >>> _stopword_share_without_months(stats)
    0.16666666666666669
    """
    tokens = features.lowered.split()
    # jusText's stop lists hold their language's twelve months.
    months = sum(1 for token in tokens if token in MONTH_NAMES)
    return features.stopword_share - months / len(tokens) if tokens else 0.0


# The ids of the blocks marked with each reason the text rules look up (_LOOKED_UP).
_MarkedIds = Mapping[Reason, list[int]]


def _marked_ids(page: Page) -> _MarkedIds:
    """The ids of the blocks marked with each of the reasons the text rules look up
    (``_LOOKED_UP``), in the marks' order: one scan of the page's marks for them all, not
    one per rule (six rules scanned every mark of every text page)."""
    found: dict[Reason, list[int]] = {}
    for mark in page.marks.values():
        if mark.reason in _LOOKED_UP:
            found.setdefault(mark.reason, []).append(mark.block_id)
    return found


def _ids_with(marked: _MarkedIds, reasons: frozenset[Reason]) -> list[int]:
    """The ids in ``marked`` of the blocks marked with one of ``reasons``, reason by reason."""
    return [i for reason in reasons for i in marked.get(reason, ())]


def _credits_inside(
    page: Page, values: list[float], settings: BoundarySettings, marked: _MarkedIds
) -> None:
    """A copyright line right before prose that states no year ("© Shutterstock/racorn") or
    closes a caption ("Sylt, Germany | © 2010 Jon Norris") credits a photo inside the article:
    it costs what any marked block costs, not a wall. A page's footer starts with the sign or
    "Copyright", states the year or that all rights are reserved, and no prose follows it.

    Yearless credits counted as ordinary marks wherever they stood cost traf check 0.852 ->
    0.847 (agency lines and footers before teasers); right before prose, traf tune 0.839 ->
    0.841 and check 0.846 -> 0.845, wcxb articles 0.892 -> 0.895 | 0.915 -> 0.916. Captions
    too: traf tune 0.841 -> 0.843, check 0.845 -> 0.846. Prose two blocks on (a section
    heading between) helped tune only (traf check 0.846 -> 0.845): dropped for every credit,
    kept for a caption's, which closes a section of a guide above the next one's heading
    (wcxb blocks and inscriptis articles tune 0.8903 -> 0.8924, 0.8974 -> 0.8994, one check
    page up a little; traf, fundus, aeb identical).
    """
    credits = marked.get(Reason.COPYRIGHT_LINE)
    if not credits:
        return
    blocks = page.blocks
    for block_id in credits:
        # A text dump's ids are its blocks' positions: a look-up table of every block's
        # position, built for the few credits, was most of this rule's cost.
        index = block_id
        if index >= len(blocks) or blocks[index].id != block_id:
            index = next(i for i, block in enumerate(blocks) if block.id == block_id)
        text = blocks[index].text
        caption = _CAPTION_CREDIT.match(text) is not None
        if (
            _prose_follows(values, index, 2 if caption else 1, settings)
            and (caption or _YEAR.search(text) is None)
            and _RESERVED.search(text) is None
        ):
            size = len(text) / settings.chars_per_word
            values[index] = -max(settings.marked_penalty, settings.marked_share * size)


def _prose_follows(values: list[float], index: int, reach: int, settings: BoundarySettings) -> bool:
    """True when prose comes within ``reach`` blocks after ``index``."""
    return any(value >= settings.min_prose for value in values[index + 1 : index + 1 + reach])


# Longer lines are no key points' header (see _lists_inside).
_MAX_HEADER_CHARS = 40


def _lists_inside(
    page: Page, values: list[float], settings: BoundarySettings, unmarked: list[int]
) -> None:
    """The short, sentence-less lines right after a sentence that introduces a list
    (navigation.introduces_list: "... in zehn Punkten:") are its items: each costs what a
    section break costs, not a menu item's short penalty, so the span runs on through the
    list to the prose after it. The navigation step leaves such a list unmarked.

    Without this (the navigation step's part alone): traf blocks tune 0.8776 against 0.8798,
    wcxb blocks tune 0.7365 against 0.7369; the check halves as with it.

    An item that is a table's row ("1 Kyle Busch 5040 5 1 17 27": figures among its words,
    _is_table_row) counts for the span, as a list-like line of prose does: a standings table
    under its sentence is the article, and it outweighs a sidebar's teasers. Alone on top of
    main 9178eb8: aeb lynx tune +1 page (0.000 -> 0.826), the shipped dumps equal but for
    one wcxb inscriptis tune page (0.79 -> 0.27: the table's size moved the span to the
    article's other part, see article_span's first-part rule).

    A summary's key points under their header ("Das Wichtigste in Kürze:", "Key takeaways":
    navigation.key_points_header) are such a list too (see navigation.key_points_list).
    """
    blocks, marks = page.blocks, page.marks
    short = -settings.short_penalty
    count = len(blocks)
    for start in unmarked:  # only an unmarked line heads a list
        # A key points' header without a colon is short (the longest phrase has 30
        # characters) and over an unmarked short line: cheap tests before its words'.
        block = blocks[start]
        text = block.text
        if text.endswith(":"):
            if not (introduces_list(block) or key_points_header(page, start)):
                continue
        elif (
            len(text) > _MAX_HEADER_CHARS
            or start + 1 >= count
            or values[start + 1] != short
            or not key_points_header(page, start)
        ):
            continue
        index = start + 1
        # Each item on a line of its own: the pieces of a page flattened into one line show
        # no layout, and there a piece costs what _one_line_values gives it (one-line style:
        # a share bar's pieces after a sentence ending in a colon joined the span).
        while (
            index < count
            and (blocks[index].line == 0 or blocks[index].line != blocks[index - 1].line)
            and blocks[index].id not in marks
            and values[index] == short
        ):
            text = blocks[index].text
            values[index] = (
                settings.listlike_share * len(text) / settings.chars_per_word
                if _is_table_row(text, settings)
                else -settings.neutral_penalty
            )
            index += 1


def _phrase_lists(
    page: Page, values: list[float], settings: BoundarySettings, flat: frozenset[int]
) -> None:
    """A list of clauses under a heading of its own ("Pros", "Key features", "Here is how:")
    is the article's list, not a menu: each item costs what a section break costs, so the
    span runs on to the prose after it. Menu items are labels ("Contact us"); a list of
    three clauses or more in a row, right under an unmarked label or a line ending in a
    colon, is a review's pros and cons, a guide's steps. The navigation step may have taken
    its short items for a menu: they keep their mark, the span crosses them. Lines of their
    own only: the pieces of a page flattened into one line (``flat``: its lines cut into
    several blocks) show no list, and _one_line_values weighs them (traf soup-text tune: a
    teaser box's pieces after its label joined the span).

    Without the heading, teaser headlines ("Stamp prices to rise by record amount - as ...")
    after the article read the same, and the span ran into them (aeb tune -2 pages, fundus
    -3); every clause line at the section break's cost, not only lists, cost traf check
    0.8514 -> 0.8464. wcxb tune|check, main 299b57f -> this: blocks 0.7392|0.7635 ->
    0.7407|0.7635, inscriptis 0.7480|0.7774 -> 0.7497|0.7776; traf inscriptis check 0.8585
    -> 0.8607 (one page); aeb, fundus and traf blocks equal.
    """
    blocks, marks = page.blocks, page.marks
    short, navigation = -settings.short_penalty, Reason.NAVIGATION_RUN
    min_words, min_stop_words = settings.min_phrase_words, settings.min_stopword_share
    # The lines that read as a clause, not a label: several words, stop words among them, but
    # no sentence end ("Is one of the more expensive options for self-employed users").
    # Tested inline, the word count first: this runs on every line of every text page.
    items = [
        i
        for i, features in enumerate(block_stats(page))
        if features is not None
        and features.words >= min_words
        and not features.ends_sentence
        and features.stopword_share >= min_stop_words
        and blocks[i].line not in flat
        and (
            values[i] == short
            or ((mark := marks.get(blocks[i].id)) is not None and mark.reason is navigation)
        )
    ]
    for run in consecutive_runs(items):
        if len(run) >= settings.min_phrase_run and _headed(page, values, run[0], settings):
            values[run[0] : run[-1] + 1] = [-settings.phrase_penalty] * len(run)


def _headed(page: Page, values: list[float], index: int, settings: BoundarySettings) -> bool:
    """True when the block before ``index`` heads a list: an unmarked label (a short,
    sentence-less line) or a line ending in a colon."""
    if index == 0 or page.blocks[index - 1].id in page.marks:
        return False
    label = values[index - 1] in (-settings.short_penalty, -settings.neutral_penalty)
    return label or page.blocks[index - 1].text.endswith(":")


def _wrapped_paragraphs(
    page: Page, values: list[float], settings: BoundarySettings, unmarked: list[int]
) -> None:
    """A paragraph broken into lines of a fixed width (the page wrapped its text with line
    breaks) reads as many sentence-less lines, each costing a menu item's penalty, and only
    its last line ends a sentence. Lines that run on (a long line with no sentence end, the
    next one starting in lower case) are joined back; a paragraph of three lines or more
    that then reads as prose counts each line at its size.

    Two lines joined took a link cut out of a sentence after the article for a paragraph
    (fundus tune one page down per dump). wcxb tune|check, the list rule above -> this:
    blocks 0.7407|0.7635 -> 0.7420|0.7637 (pages +2, none down), inscriptis equal (its
    layout joins such lines already); aeb, traf, fundus equal.
    """
    blocks, stats, marks = page.blocks, block_stats(page), page.marks
    min_chars = settings.min_wrapped_chars
    # The lines whose sentence runs on into the next line: a long line of its own (not a
    # piece of a flattened one) with no sentence end, unmarked, before an unmarked line that
    # starts in lower case. One pass over the unmarked lines with no call per line: this
    # runs on every text page.
    last = len(blocks) - 1
    joins = [
        i
        for i in unmarked
        if i < last
        and len(blocks[i].text) >= min_chars
        and blocks[i + 1].text[:1].islower()
        and (features := stats[i]) is not None
        and not features.ends_sentence
        and stats[i + 1] is not None
        and blocks[i + 1].id not in marks
        and (blocks[i + 1].line == 0 or blocks[i + 1].line != blocks[i].line)
    ]
    for run in consecutive_runs(joins):  # lines run[0] .. run[-1] + 1 make one paragraph
        if len(run) + 1 >= settings.min_wrapped_lines:
            _weigh_paragraph(page, stats, range(run[0], run[-1] + 2), values, settings)


def _weigh_paragraph(
    page: Page,
    stats: Sequence[TextStats | None],
    lines: range,
    values: list[float],
    settings: BoundarySettings,
) -> None:
    """Count each of ``lines`` at its size when together they are prose (as _value judges
    one block: long enough, ending a sentence, with stop words)."""
    present = [stat for i in lines if (stat := stats[i]) is not None]
    words = sum(stat.words for stat in present)
    stop_words = sum(stat.words * stat.stopword_share for stat in present)
    sizes = [len(page.blocks[i].text) / settings.chars_per_word for i in lines]
    last = stats[lines[-1]]
    if (
        last is not None
        and last.ends_sentence
        and sum(sizes) >= settings.min_prose
        and stop_words >= settings.min_stopword_share * words
    ):
        for i, size in zip(lines, sizes, strict=True):
            values[i] = max(values[i], size)


def _gaps(values: list[float], settings: BoundarySettings) -> list[range]:
    """The stretches of blocks between two prose blocks (each at least ``min_prose``)."""
    min_prose = settings.min_prose  # read once, not per block
    prose = [i for i, value in enumerate(values) if value >= min_prose]
    return [range(a + 1, b) for a, b in itertools.pairwise(prose) if b > a + 1]


def _prose_around(values: list[float], gap: range, settings: BoundarySettings) -> float:
    """The smaller of the prose runs right before and right after ``gap``."""
    before = after = 0.0
    index = gap.start - 1
    while index >= 0 and values[index] >= settings.min_prose:
        before += values[index]
        index -= 1
    index = gap.stop
    while index < len(values) and values[index] >= settings.min_prose:
        after += values[index]
        index += 1
    return min(before, after)


def _record_boxes(
    page: Page, values: list[float], settings: BoundarySettings, flat: frozenset[int]
) -> None:
    """A review or buyer's guide gives each item a box of the same labels between its
    paragraphs ("Product Specs", "Resolution", "Field of View", "What We Like", ... under
    every camera): a template, not a menu. A stretch between sections of prose whose labels
    recur in other such stretches costs the span what section breaks cost, so the span runs
    on through all the items. The boxes' lines keep their marks. Lines of their own only,
    as for _phrase_lists (``flat``).

    Only stretches of menu lines and unmarked lines (no date, share bar or teaser rule fired
    there), between two runs of prose of a few paragraphs each (``min_box_prose``), with at
    least ``min_box_labels`` labels that recur in ``min_box_repeats`` such stretches. Teaser
    cards repeat their share buttons ("Inhalt teilen", "URL zum Kopieren") between one-line
    summaries: the prose around them is too short. Two labels and prose of 40 took more
    (wcxb blocks tune 0.7449) but cost traf check a page (0.8514 -> 0.8480).
    wcxb tune|check, the wrapped-paragraph rule above -> this: blocks 0.7420|0.7637 ->
    0.7434|0.7642 (tune +5 pages, none down), inscriptis 0.7497|0.7776 -> 0.7504|0.7775
    (tune +2, none down; check one page down); aeb, traf, fundus equal.

    A template of four labels or more (_template) needs only one paragraph around each box
    (``min_template_prose``): a guide gives each item a short one. wcxb tune|check, the
    thread rule -> this: blocks 0.7468|0.7651 -> 0.7483|0.7655 (articles 0.9029|0.9171 ->
    0.9059|0.9187; tune +4 -3 pages, check +4 -3), inscriptis 0.7571|0.7802 ->
    0.7575|0.7802 (articles 0.9071|0.9231 -> 0.9078|0.9241; tune +1 -2, check +3 -3, one
    collection page 0.935 -> 0.431); aeb, traf, fundus identical.
    """
    blocks, marks = page.blocks, page.marks
    navigation = Reason.NAVIGATION_RUN
    soft = (-settings.short_penalty, -settings.neutral_penalty, -settings.phrase_penalty)

    def crossable(i: int) -> bool:
        if values[i] <= -settings.min_prose or blocks[i].line in flat:
            return False  # a long marked line is no template's label; a piece shows no box
        mark = marks.get(blocks[i].id)
        if mark is not None:
            return mark.reason is navigation
        return values[i] in soft or values[i] >= 0

    gaps = [
        (gap, prose)
        for gap in _gaps(values, settings)
        if all(map(crossable, gap))
        and (prose := _prose_around(values, gap, settings)) >= settings.min_template_prose
    ]
    # Labels recur over every stretch between prose of ``min_template_prose``, for both tests.
    labels = [{blocks[i].text.casefold() for i in gap if values[i] < 0} for gap, _ in gaps]
    seen = Counter(label for texts in labels for label in texts)
    for (gap, prose), texts in zip(gaps, labels, strict=True):
        recurring = sum(1 for text in texts if seen[text] >= settings.min_box_repeats)
        if (recurring >= settings.min_box_labels and prose >= settings.min_box_prose) or (
            _template(texts, seen, settings)
        ):
            for i in gap:
                if values[i] < 0:
                    values[i] = -settings.neutral_penalty


def _template(labels: set[str], seen: Counter[str], settings: BoundarySettings) -> bool:
    """True when a box's labels are an item's template: enough words (not figures, "4.5")
    recur in other boxes, but not every one: the item has words of its own besides them
    (names, values, its list's items), where a widget repeated under each review ("features",
    "sound", "quality", "Report") has none."""
    words = [label for label in labels if any(char.isalpha() for char in label)]
    recurring = sum(1 for label in words if seen[label] >= settings.min_box_repeats)
    return (
        recurring >= settings.min_template_labels
        and recurring <= settings.max_template_share * len(words)
    )


def _fields_inside(values: list[float], settings: BoundarySettings, fields: frozenset[int]) -> None:
    """The fields of a list article's records ("Base price: $36,600", "Location: Barcelona,
    Spain" under each item) are the article's own furniture, like a label ending in a colon:
    each costs the span what a section break costs, not what a menu item costs.

    wcxb tune|check, navigation's rule alone -> with this: blocks 0.7367|0.7610 ->
    0.7378|0.7616, inscriptis 0.7456|0.7748 -> 0.7471|0.7755; aeb, traf, fundus equal.
    """
    short = -settings.short_penalty
    for index in fields:  # the page's record_fields
        if values[index] == short:  # an unmarked, sentence-less line
            values[index] = -settings.neutral_penalty


def _tables_inside(
    page: Page, values: list[float], settings: BoundarySettings, fields: frozenset[int]
) -> None:
    """A table drawn one cell per line between a sentence and prose (navigation.figure_table:
    "2.3 GB/s", "58%" in enough of its cells) is inside the article: the navigation step left
    its cells unmarked, and the span crosses them as it crosses a section break, not at a
    menu item's short penalty each: the table costs one neutral penalty, whatever its size.
    A neutral penalty per cell kept a ranking table of 180 cells (navigation.table_region)
    out of the span, and the prose after it: wcxb tune 0.7887|0.7944 -> 0.7896|0.7956
    (blocks|inscriptis; two pages, 0.20 -> 0.88, 0.02 -> 0.88), check equal (one inscriptis
    page -0.006), the other sets equal.
    """
    for run in table_runs(page, fields):
        # A line already worth more (a table's row, _lists_inside) keeps its value.
        values[run.start] = max(values[run.start], -settings.neutral_penalty)
        for index in range(run.start + 1, run.stop):
            values[index] = max(values[index], 0.0)


def _is_figure_line(text: str) -> bool:
    """A table's cell or row: a figure alone ("63", "85%", a code listing's line number), or
    a row holding two figures or more ("1 Kyle Busch 5040 5 1 17 27"). Not a numbered item
    ("1. The council voted"): one figure before words. Not a price ("$79.99") or a count in
    brackets ("(2606)"): those lead a shop's product cards."""
    if not _MEASURE.match(text):
        return False
    words = text.split()
    return len(words) <= 2 or sum(1 for word in words if FIGURE.match(word)) >= 2


def _counts_on(previous: str, text: str) -> bool:
    """True when ``text`` is the next number after ``previous`` ("3" after "2"): a star
    rating's or a pager's buttons ("1 2 3 4 5"), not a table's figures."""
    return text.isdigit() and previous.isdigit() and int(text) == int(previous) + 1


def _figure_stretches(page: Page, values: list[float], settings: BoundarySettings) -> None:
    """A table between two paragraphs of prose, whatever its shape (a cell per line, a row
    per line, rows broken by a sentence of notes): figures lead many of its lines. Its lines
    cost what a section break costs, so the span runs through it to the prose after it, as
    it runs through a table one cell per line (_tables_inside). Menus and teaser lists
    between paragraphs hold few figures; a wall or a terminator inside the stretch stops it.
    So does a line longer than a cell (a teaser headline over its comment count), and
    prices, bracketed counts and a rating's "1 2 3 4 5" are no table's figures
    (_is_figure_line, _counts_on): those lead a shop's product cards.

    With _lists_inside's table rows, tune|check, main 9178eb8 -> this: aeb blocks
    0.9170|0.9263 -> 0.9226|0.9278, traf blocks check 0.8514 -> 0.8536, wcxb blocks
    0.7438|0.7645 -> 0.7451|0.7664, inscriptis 0.7508|0.7778 -> 0.7501|0.7782 (a code
    listing's line numbers, a table of incomes, a stats table), fundus check +0.0002; styles:
    aeb lynx tune 0.921 -> 0.940, soup-text 0.900 -> 0.906, soup-lines +2 tune +1 check
    pages, traf soup-text, soup-lines and w3m check +1 page, fundus soup-lines and soup-text
    tune -1 page. A share of 0.25 with prices counted and cells of 6 words took a teaser
    list's dates and a shop's prices (fundus tune -2 pages, wcxb product pages down).
    """
    blocks = page.blocks
    # The lines a figure leads, found first: most pages have too few for any table, and the
    # stretches without enough of them need no closer look (this runs on every text page).
    # (Their first character only: a superset of _MEASURE's lines, so the same stretches pass,
    # at a set look-up a line instead of a regex call.)
    leads = [i for i, block in enumerate(blocks) if block.text[:1] in _MEASURE_LEADS]
    if len(leads) < settings.min_figure_lines:
        return
    min_prose = settings.min_prose  # read once, not per block
    prose = [i for i, value in enumerate(values) if value >= min_prose]
    for before, after in itertools.pairwise(prose):
        stretch = range(before + 1, after)
        led = bisect.bisect_left(leads, after) - bisect.bisect_right(leads, before)
        if not _enough_figures(led, stretch, settings):
            continue
        if any(values[i] <= -settings.terminator_penalty for i in stretch):
            continue
        figures = 0
        for i in stretch:
            mark = page.marks.get(blocks[i].id)
            if (
                (mark is None or mark.reason is Reason.NAVIGATION_RUN)
                and _is_figure_line(blocks[i].text)
                and not _counts_on(blocks[i - 1].text, blocks[i].text)
            ):
                figures += 1
            elif len(blocks[i].text.split()) > settings.max_cell_words:
                break  # a headline: a teaser list with counts and dates, not a table
        else:
            if _enough_figures(figures, stretch, settings):
                for i in stretch:
                    values[i] = max(values[i], -settings.neutral_penalty)


def _enough_figures(count: int, stretch: range, settings: BoundarySettings) -> bool:
    """Whether ``count`` lines of ``stretch`` are enough for a table: ``min_figure_lines`` and
    ``figure_line_share`` of it. _figure_stretches asks it first of the lines a figure's
    character leads, then of those that are a table's figures."""
    return count >= settings.min_figure_lines and count >= settings.figure_line_share * len(stretch)


def _one_line(
    blocks: Sequence[Block], settings: BoundarySettings, flat: frozenset[int] = frozenset()
) -> bool:
    """True when the page was flattened into one line: one line holds nearly all its text
    (a block of unknown line, 0, never counts). ``flat`` holds the lines cut into several
    blocks (features.flattened_lines); without any, each line is one block, and the sizes
    are the blocks' own (this runs on every text page: no per-line tally is needed then).

    >>> pieces = (Block(0, "One sentence.", line=1), Block(1, "Two.", line=1))
    >>> _one_line(pieces, _DEFAULT, frozenset({1})), _one_line(pieces[:1], _DEFAULT)
    (True, True)
    >>> _one_line((Block(0, "Home", line=1), Block(1, "The council voted.", line=2)), _DEFAULT)
    False
    """
    sizes = [len(block.text) for block in blocks]
    total = sum(sizes)
    if not flat:
        longest = max((size for size, b in zip(sizes, blocks, strict=True) if b.line), default=0)
        return total > 0 and longest >= settings.one_line_share * total
    per_line = Counter[int]()
    for size, block in zip(sizes, blocks, strict=True):
        per_line[block.line] += size
    longest = max((size for line, size in per_line.items() if line), default=0)
    return total > 0 and longest >= settings.one_line_share * total


def _one_line_values(page: Page, values: list[float], settings: BoundarySettings) -> list[float]:
    """On a page flattened into one line, weigh what line breaks would have shown.

    A piece with no sentence end ("Politics World Sport Business Culture Travel ...") is
    several menu items or headlines run together: it costs a share of its size, and so does a
    piece of Han or kana script that spaces part into many tokens (its prose has no spaces:
    :func:`_spaced_unspaced`). No piece counts more than a few sentences' worth
    (``flat_piece_cap``); a short piece of mostly capitalised words is items run into a
    prompt (:func:`_capital_run`). Teaser cards
    read headline (a menu run), summary, headline, summary: their summaries add nothing. A
    piece that copies text written before it on the page (cleaner.text.repeats) costs what a
    piece with no sentence end costs, when that only trims the span.
    """
    headline = [
        (mark := page.marks.get(block.id)) is not None and mark.reason is Reason.MENU_RUN
        for block in page.blocks
    ]
    values = [min(value, settings.flat_piece_cap) for value in values]
    # The short penalty is what _value gives a piece with no sentence end (or a sentence too
    # short to count); a marked piece costs its mark's penalty instead.
    for index, value in enumerate(values):
        text = page.blocks[index].text
        if (
            value == -settings.short_penalty
            or (value > 0 and _spaced_unspaced(text, settings))
            or (value > 0 and _menu_blurbs(text, settings))
            or (value > 0 and _capital_run(text, settings))
        ) and (not headline[index] and not _is_table_row(text, settings)):
            values[index] = _flat_piece_cost(text, settings)
    heads = [index for index, is_head in enumerate(headline) if is_head]
    cards = [
        (head, next_head)
        for head, next_head in itertools.pairwise(heads)
        if 1 < next_head - head <= settings.card_reach + 1
    ]
    for run in _card_lists(cards):
        if len(run) >= settings.min_cards:
            for head, next_head in run:
                for index in range(head + 1, next_head):
                    values[index] = min(values[index], settings.card_share * values[index])
    # A piece that copies text written before it on the page (a headline again in a teaser,
    # a footer's notice twice, the article again in a mobile copy) costs what a piece without
    # a sentence end costs: the line-level repeat checks miss such copies once the lines are
    # gone (see cleaner.text.repeats). One-line tune|check, before -> after: wcxb
    # 0.77882|0.79025 -> 0.78145|0.79467 (+50 -20, +58 -17), fundus (held out)
    # 0.84904|0.86196 -> 0.85188|0.87175 (+6 -0, +16 -0), aeb 0.94917|0.91887 ->
    # 0.94932|0.91887 (tune +1), traf 0.83563|0.82202 -> 0.83579|0.82126 (+2 -2, +4 -3: on
    # tune, spans that end sooner and lose a last snippet glued to an info box printed twice).
    # The repeats inside an article (a plan's steps, terms per region, a quoted post) are what
    # it costs on wcxb tune.
    copies = [i for i in written_again([block.text for block in page.blocks]) if values[i] > 0]
    if copies:
        trimmed = list(values)
        for index in copies:
            trimmed[index] = _flat_piece_cost(page.blocks[index].text, settings)
        # Copies trim the span's ends; they never move it (an article written after its
        # own teaser copies it, and is still the article). Added after an aeb one-line check
        # page fell 0.763 -> 0.0 without it (tune moved by one wcxb page), so that check
        # figure is no evidence for it.
        before, after = article_span(values, settings), article_span(trimmed, settings)
        if before and after and before[0] <= after[0] and after[1] <= before[1]:
            return trimmed
    return values


def _flat_piece_cost(text: str, settings: BoundarySettings) -> float:
    """What a flattened piece with no sentence end costs: a share of its size in words
    (several menu items or headlines run together), and at least the short penalty."""
    return -max(
        settings.short_penalty, settings.flat_piece_share * len(text) / settings.chars_per_word
    )


def _headed_menus(
    page: Page, values: list[float], settings: BoundarySettings, marked: _MarkedIds
) -> None:
    """On a page flattened into one line, a menu run led by a related section's header
    ("Latest News Video Articles Testimonials ...", "Trending Ballparks Past and Present ...")
    after an article's worth of prose (``min_article``) costs what a header costs: the
    section after the article, run into its items. Above the article such a run is the
    site's menu, and costs a menu's: taken for a header wherever it stood (the segmenter's
    first try), a site menu led by "Related Topics" at the top cost a wcxb tune page 0.09.

    One-line tune|check, segment's header-led headline rule -> this: aeb 0.94985|0.91687 ->
    0.94985|0.91694 (check +1), fundus (held out) 0.84777|0.85598 -> 0.84833|0.85721 (+3 -0,
    +1 -0), wcxb 0.77514|0.78797 -> 0.77492|0.78812 (+1 -2: a shop's "Trending" products
    after its welcome, 0.21 down; +4 -2); traf, soup-text and the eight shipped dumps sets
    identical."""
    runs = marked.get(Reason.MENU_RUN, ())
    if not runs:
        return
    blocks = page.blocks
    for index in sorted(runs):  # ids are positions in a dump
        if HEADER_LEADS.match(blocks[index].text) is None:
            continue
        if sum(value for value in values[:index] if value > 0) >= settings.min_article:
            values[index] = -settings.terminator_penalty


def _menu_blurbs(text: str, settings: BoundarySettings) -> bool:
    """True when ``text`` is a menu's items run into their blurbs: as many words as no
    sentence has (``flat_menu_words``), a good share of them capitalised (the items' names).

    >>> items = "Screening Wallet screening for AML rules Monitoring Automatic rescreening " * 9
    >>> _menu_blurbs(items + "Learn more.", _DEFAULT)
    True
    >>> _menu_blurbs("The council, which met on Monday, voted " * 12 + "to close it.", _DEFAULT)
    False
    """
    if text.count(" ") < settings.flat_menu_words:
        return False
    return _capitalised(text.split(), settings.flat_menu_capitals)


def _capital_run(text: str, settings: BoundarySettings) -> bool:
    """True when ``text`` is a short run of capitalised items up to a stop: ``flat_caps_words``
    words or more, ``flat_caps_share`` of them capitalised (a widget's or a menu's items run
    into its one prompt, "Media Insider Rewards Customize Your Weather Set Your Location: ...
    Congratulations!"); a sentence's own words are lower case, whatever names it holds.

    >>> widget = "Home News Sport Weather Set Your Location: Enter City or Zip Code!"
    >>> _capital_run(widget, _DEFAULT)
    True
    >>> _capital_run("Mayor Anne Hidalgo of Paris met Olaf Scholz in Berlin on Monday.", _DEFAULT)
    False
    """
    words = text.split()
    if len(words) < settings.flat_caps_words:
        return False
    return _capitalised(words, settings.flat_caps_share)


def _capitalised(words: list[str], share: float) -> bool:
    """True when at least ``share`` of ``words`` start with a capital (a menu's item names)."""
    return sum(1 for word in words if word[:1].isupper()) >= share * len(words)


def _spaced_unspaced(text: str, settings: BoundarySettings) -> bool:
    """True when ``text`` is mostly a script written without spaces (Han, kana; not Hangul)
    and spaces still part it into ``min_spaced_tokens`` or more: its prose runs on without a
    space, so these are a menu's items or headlines run together, though a flattened page's
    cut leaves them ending in a stop ("日本ジャズの断面 ライフ ニュース 子育て こどもの詩 ...").

    >>> _spaced_unspaced("日本ジャズ ライフ ニュース 子育て こどもの詩 車 旅行 数独。", _DEFAULT)
    True
    >>> _spaced_unspaced("日本 バレーボール 協会もフジとの関係は深い。", _DEFAULT)
    False
    >>> _spaced_unspaced("Home News Sport Business Culture Travel Opinion Video.", _DEFAULT)
    False
    """
    tokens = text.split()
    if len(tokens) < settings.min_spaced_tokens:
        return False
    letters = sum(1 for character in text if character.isalnum())
    return 2 * len(UNSPACED.findall(text)) >= letters > 0


def _is_table_row(text: str, settings: BoundarySettings) -> bool:
    """True when figures make up the settings' share of the words: a table's rows run
    together ("1 Chicago Booth 37% 3.6 729 $175,000 2 Kellogg 33% 3.7 733 $175,000")."""
    words = text.split()
    figures = sum(1 for word in words if FIGURE.match(word))
    return figures >= settings.flat_table_share * len(words)


def _card_lists(cards: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Cards (headline index, next headline index) cut into lists of cards that follow on.

    >>> _card_lists([(1, 3), (3, 5), (9, 11)])
    [[(1, 3), (3, 5)], [(9, 11)]]
    """
    lists: list[list[tuple[int, int]]] = []
    for card in cards:
        if lists and lists[-1][-1][1] == card[0]:
            lists[-1].append(card)
        else:
            lists.append([card])
    return lists


def _furniture_in_menus(page: Page, marked: _MarkedIds) -> frozenset[int]:
    """Ids of comment furniture with a navigation run's item right before and right after
    it: a menu item whose words read like a comment's ("Jugend schreibt", a section of the
    site's menu, matches "<name> schreibt"), not the header of a comment.

    A comment's own lines (its author, time stamp, "Reply") are marked by the comment and
    date steps before the navigation step runs, so a real thread does not sit inside a
    navigation run. A page's menu repeated at the top and bottom made two such "comments",
    and the comment zone that began at the first of them, above the article, cut the whole
    article out (traf inscriptis tune: F1 0 on such a page). Text dumps only: in HTML the
    markup chose the content. Tune|check: fundus blocks 0.8868|0.8801 -> 0.8868|0.8866,
    inscriptis 0.8927|0.8891 -> 0.8927|0.8956, wcxb blocks check 0.7604 -> 0.7611,
    inscriptis check 0.7745 -> 0.7751, traf inscriptis tune 0.8762 -> 0.8770; no page fell.
    """
    marks = page.marks
    navigation = Reason.NAVIGATION_RUN
    return frozenset(
        block_id
        for block_id in _ids_with(marked, _COMMENT_FURNITURE)
        if (before := marks.get(block_id - 1)) is not None
        and before.reason is navigation
        and (after := marks.get(block_id + 1)) is not None
        and after.reason is navigation
    )


def _comment_zone_start(
    settings: BoundarySettings, marked: _MarkedIds, in_menus: frozenset[int] = frozenset()
) -> int | None:
    """Index where a comment section begins: the first comment mark of a run of several.

    Comments are prose too, and a long thread outweighs a short article; once the
    per-comment furniture (timestamps, ratings) shows up, nothing after it is the article.
    Furniture inside a menu (``in_menus``) is a menu item and does not count.
    """
    meta = [i for i in _ids_with(marked, _COMMENT_FURNITURE) if i not in in_menus]
    if len(meta) < settings.min_comment_meta:
        return None
    first_meta = min(meta)
    openers = [
        i
        for i in _ids_with(marked, _TERMINATORS)
        if first_meta - settings.comment_opener_reach <= i <= first_meta
    ]
    return min(openers, default=first_meta)


def _markup_value(
    block: Block, features: TextStats | None, mark: Mark | None, settings: BoundarySettings
) -> float:
    """With markup, the ``markup`` step has already chosen the content: every block it kept
    counts for the span. The text rules' walls do not cut it: comment sections are already
    marked by their containers, and inside the chosen element a "© 2019 <name>" photo credit
    or a line like "To which he replied:" sits in the middle of articles as often as at their
    end (wcxb tune 0.7791 -> 0.7852, check 0.8185 -> 0.8262; no set lost)."""
    if mark is not None or features is None:  # no features: removed before they were read
        return -settings.marked_penalty
    return max(1.0, features.chars / settings.chars_per_word)


def _cap_marked_runs(page: Page, values: list[float], settings: BoundarySettings) -> None:
    """With markup, a run of marked blocks inside the chosen element costs as
    ``marked_run_blocks`` blocks at most: the blocks after those are free (``values`` is
    changed in place).

    The markup step has removed the box already (a table of contents, a carousel of
    products between the intro and the body); counted block by block, a long box outweighs
    the intro's paragraphs above it and the span starts after it.

    >>> from cleaner.blocks import Block, BlockKind, DomFeatures, Page, marks_of
    >>> from cleaner.reasons import Reason
    >>> inside = DomFeatures(link_density=1.0, in_article=True)
    >>> blocks = tuple(Block(i, "x", BlockKind.PARAGRAPH, dom=inside) for i in range(7))
    >>> page = Page("p", "html", blocks).with_marks(marks_of(range(1, 7), Reason.LINK_LIST, "m"))
    >>> values = [10.0] + [-6.0] * 6
    >>> _cap_marked_runs(page, values, BoundarySettings(marked_run_blocks=4))
    >>> values
    [10.0, -6.0, -6.0, -6.0, -6.0, 0.0, 0.0]
    """
    cap, marks, run = settings.marked_run_blocks, page.marks, 0
    for index, block in enumerate(page.blocks):
        if block.id in marks and block.dom is not None and block.dom.in_article:
            run += 1
            if run > cap:
                values[index] = 0.0
        else:
            run = 0


def _marked_costs(settings: BoundarySettings) -> dict[Reason, float | None]:
    """What a block marked with each reason costs the span whatever its size (walls,
    terminators and section breaks), None where the cost is the size's (marked_penalty or
    marked_share of it: :func:`_text_values`)."""
    costs: dict[Reason, float | None] = {}
    for reason in Reason:
        if reason in _WALLS:
            costs[reason] = -settings.wall_penalty
        elif reason in _TERMINATORS:
            costs[reason] = -settings.terminator_penalty
        elif reason in _NEUTRAL:
            costs[reason] = -settings.neutral_penalty
        else:
            costs[reason] = None
    return costs


_DEFAULT_COSTS = _marked_costs(_DEFAULT)


def _text_values(page: Page, settings: BoundarySettings, flat: frozenset[int]) -> list[float]:
    """What each block of a text dump adds to the span: an unmarked block's :func:`_value`,
    a marked block's cost by its reason (:func:`_marked_costs`) or its size. The marked
    blocks' costs are worked out here, not in a call: nearly three in four blocks of a dump
    are marked before this step (menus, chrome; aeb blocks 11,207 of 15,657), and a call per
    block was a visible cost of the step."""
    costs = _DEFAULT_COSTS if settings is _DEFAULT else _marked_costs(settings)
    floor, share, per_word = settings.marked_penalty, settings.marked_share, settings.chars_per_word
    # A plain dict's get: a mapping proxy's looks its mapping's method up on every call, and
    # this asks it of every block (the copy costs a tenth of that).
    get = dict(page.marks).get
    return [
        _value(block, features, settings, block.line in flat)
        if (mark := get(block.id)) is None
        else cost
        if (cost := costs[mark.reason]) is not None
        # max(floor, sized) written out: a call per marked block was a visible cost.
        else -(sized if (sized := share * (len(block.text) / per_word)) > floor else floor)
        for block, features in zip(page.blocks, block_stats(page), strict=True)
    ]


def block_values(
    page: Page, settings: BoundarySettings = _DEFAULT, *, one_line: bool | None = None
) -> list[float]:
    """Each block's prose score. ``one_line``: whether the text page was flattened into one
    line (:func:`_flattened`), when the caller knows it already; None: worked out here."""
    zone: int | None = None  # the comment zone is a text-dump rule (see _markup_value)
    if page.input_type == "html":
        values = [
            _markup_value(block, features, page.marks.get(block.id), settings)
            for block, features in zip(page.blocks, block_stats(page), strict=True)
        ]
        _cap_marked_runs(page, values, settings)
    else:
        flat = page_facts(page).flattened_lines
        values = _text_values(page, settings, flat)
        marked = _marked_ids(page)
        # A menu item that reads like a comment's furniture costs what a menu item costs,
        # not a wall (ids are positions in a dump).
        in_menus = _furniture_in_menus(page, marked)
        for index in in_menus:
            values[index] = -settings.marked_penalty
        _credits_inside(page, values, settings, marked)
        # The unmarked lines, which the list and paragraph rules read (three lines in four of
        # a dump are marked: a loop over every line for each rule was a visible cost).
        marks = page.marks
        unmarked = [index for index, block in enumerate(page.blocks) if block.id not in marks]
        _lists_inside(page, values, settings, unmarked)
        fields = page_facts(page).of(record_fields)
        _fields_inside(values, settings, fields)
        _phrase_lists(page, values, settings, flat)
        _wrapped_paragraphs(page, values, settings, unmarked)
        _record_boxes(page, values, settings, flat)
        _tables_inside(page, values, settings, fields)
        _figure_stretches(page, values, settings)
        if one_line is None:
            one_line = _one_line(page.blocks, settings, flat)
        _post_breaks(page, values, settings, flat, marked, one_line=one_line)
        if one_line:
            _headed_menus(page, values, settings, marked)
            weighed = _one_line_values(page, values, settings)
            # A page of cards (a collection, a listing) has no article apart from them.
            if _best_run(weighed, 0)[0] >= settings.min_article:
                values = weighed
        if _thread(values, settings, marked):
            return values
        zone = _comment_zone_start(settings, marked, in_menus)
    # Comments follow an article: furniture with no prose at all before it is the article's
    # own (a relative date, "Hace 13 horas", and a comment count in its share bar), and taking
    # it for the thread would leave no span, so nothing of the page would be trimmed.
    if zone is not None and any(value > 0 for value in values[:zone]):
        values[zone:] = [-abs(v) for v in values[zone:]]
    return values


def _post_breaks(
    page: Page,
    values: list[float],
    settings: BoundarySettings,
    flat: frozenset[int],
    marked: _MarkedIds,
    *,
    one_line: bool = False,
) -> None:
    """The furniture between a thread's posts ("Share", "Improve this answer", "Follow",
    "answered Feb 6, 2014 at 23:35", the poster's badges, "Reply", a vote count) recurs at
    every post, where a menu between an article's paragraphs appears once: a stretch between
    prose whose lines mostly recur, digits aside, in ``min_post_repeats`` such stretches, with
    a post's stamp among them, costs what section breaks cost, so the span runs from the
    question or the opening post through its answers. Walls keep their cost: _thread, which
    runs after, decides whether a comment wall parts a thread. A thread with no walls (a
    forum's "Reply" and "Posted March 5, 2024" at every post) is joined here only.

    Before: [p "How does one know ..."] [p "Share"] [p "Follow"] [p "asked Feb 6, 2014"]
            [p "user5105"] [p "2"] [p "I don't quite agree ..."] ... (three posts or more)
    After:  the lines between the posts cost 0.5 each, not 4 or 6.

    Not when a run of prose before the first break is longer than an opening post
    (``thread_max_opening``, as _thread): the furniture that recurs after an article is a
    teaser list's or its comments' (wcxb tune: a guide's comments under its author boxes,
    0.919 -> 0.755; a podcast's episodes under a post; fundus check one page down). A stamp is
    a post's when it recurs (see _post_stamped), and a stretch with a teaser's mark is none.
    wcxb tune|check, base c7aa2ee -> this: blocks 0.7737|0.7790 -> 0.7792|0.7842 (forum
    0.512|0.458 -> 0.569|0.518; tune +15 -4 pages, check +16 -8), inscriptis 0.7805|0.7892 ->
    0.7850|0.7943 (forum 0.638|0.625 -> 0.683|0.683; tune +14 -2, check +16 -4); traf
    inscriptis check 0.8621 -> 0.8643 (one page); traf blocks, aeb and fundus blocks
    identical. Without the length test: wcxb check 0.7850 | 0.7949, but tune articles down
    and fundus check 0.8939 -> 0.8933. With it on the page's best run, wherever it lies: no
    page down, but a thread with one long reply is not joined (wcxb blocks 0.7775|0.7830,
    inscriptis 0.7831|0.7939).

    A stretch on a line the segmenter cut (``flat``) is left out; on a page flattened into
    one line (``one_line``) every stretch is, so none is left out there (a forum's thread
    flattened: the posts' "Posts: 54 Joined:" and date pieces parted it, and the span kept
    one post or two), but a break needs furniture that recurs besides its date lines: a
    teaser card's headline and summary are one piece there, and its dates alone part the
    cards ("Published On 6 Mar 2026", "6 Mar 2026").
    """
    stamps = {i: reason for reason in _POST_STAMPS for i in marked.get(reason, ())}
    if len(stamps) < settings.min_post_repeats:
        return  # each break holds a stamp of its own: most pages have too few to look further
    teasers = set(_ids_with(marked, _TEASERS))
    gaps = [
        gap
        for gap in _gaps(values, settings)
        if not any(
            (not one_line and page.blocks[i].line in flat) or page.blocks[i].id in teasers
            for i in gap
        )
    ]
    # Each break holds a stamp (_post_stamped): with fewer stretches holding one than a
    # thread's posts, there is none, and the stretches' keys (a regex call a line) go unread.
    stamped = sum(1 for gap in gaps if any(page.blocks[i].id in stamps for i in gap))
    if stamped < settings.min_post_repeats:
        return
    # The chrome of each stretch (its lines that cost the span), digits aside: a post's
    # own short lines between (a question's "Ich wurde ausgeraubt") are no furniture.
    keys = [[_furniture_key(page.blocks[i].text) for i in gap if values[i] < 0] for gap in gaps]
    seen = Counter(key for gap_keys in keys for key in set(gap_keys))
    breaks = [
        gap
        for gap, gap_keys in zip(gaps, keys, strict=True)
        if (recurring := sum(1 for key in gap_keys if seen[key] >= settings.min_post_repeats)) >= 2
        and recurring >= settings.post_furniture_share * len(gap_keys)
        and _post_stamped(page, gap, stamps, seen, settings)
        and (not one_line or _undated_furniture(page, gap, values, stamps, seen, settings))
    ]
    if len(breaks) < settings.min_post_repeats:
        return  # furniture recurs at every post: too few breaks make no thread
    if _best_run(values[: breaks[0].start], 0)[0] > settings.thread_max_opening:
        return  # an article: what recurs after it is teasers' or comments' furniture
    for gap in breaks:
        for i in gap:
            if -settings.wall_penalty < values[i] < 0:
                values[i] = -settings.neutral_penalty


def _undated_furniture(
    page: Page,
    gap: range,
    values: list[float],
    stamps: dict[int, Reason],
    seen: Counter[str],
    settings: BoundarySettings,
) -> bool:
    """True when a line of ``gap`` that costs the span and is no date line recurs, digits
    aside, at ``min_post_repeats`` stretches (a poster's "Posts: 54 Joined:", "Reply")."""
    return any(
        values[i] < 0
        and stamps.get(page.blocks[i].id) is not Reason.DATE_LINE
        and seen[_furniture_key(page.blocks[i].text)] >= settings.min_post_repeats
        for i in gap
    )


def _post_stamped(
    page: Page,
    gap: range,
    stamps: dict[int, Reason],
    seen: Counter[str],
    settings: BoundarySettings,
) -> bool:
    """True when a post's stamp is in ``gap``: its reply button or comment prompt, or a date
    line that recurs, digits aside ("Posted March 5, 2024", "answered Feb 6, 2014 at
    23:35"); a teaser's or an episode's date names its author or stands alone, and varies."""
    for i in gap:
        reason = stamps.get(page.blocks[i].id)
        if reason is None:
            continue
        if reason is not Reason.DATE_LINE:
            return True
        if seen[_furniture_key(page.blocks[i].text)] >= settings.min_post_repeats:
            return True
    return False


def _furniture_key(text: str) -> str:
    """A line of a thread's furniture as it recurs from post to post: case and digits aside
    ("answered Feb 6, 2014" and "answered Mar 9, 2015" differ in the month only).

    >>> _furniture_key("Posted March 5, 2024"), _furniture_key("12 Likes")
    ('posted march 0, 0', '0 likes')
    """
    return _DIGITS.sub("0", text.casefold())


def _thread(values: list[float], settings: BoundarySettings, marked: _MarkedIds) -> bool:
    """On a thread's page (a forum, a Q&A site) the posts are the content, not a comment
    section to cut off: each post's furniture ("2 Likes", "Add a comment") raises a comment
    wall, and the opening post before the first is short. When the posts between the first
    and the last wall outweigh the opening (``thread_ratio``) and the opening is a post, not
    an article (``min_thread_opening`` to ``thread_max_opening``), each comment wall costs
    what a marked block costs, and no comment zone is cut off. True when the page is a
    thread. Text dumps only: in HTML the markup chose the content.

    wcxb tune|check, main 9178eb8 -> this: inscriptis 0.7508|0.7778 -> 0.7571|0.7802 (forum
    0.554|0.582 -> 0.628|0.615; tune +9 pages, none down; check +4 -1), blocks
    0.7438|0.7645 -> 0.7468|0.7651 (tune +5, check +3 -1); articles identical. traf blocks
    tune one page down (a Q&A page: the span now starts at an answer, 0.5 -> 0.4); aeb,
    fundus, traf inscriptis identical.
    """
    walls = sorted(_ids_with(marked, _COMMENT_WALLS))  # ids are positions in a dump
    if len(walls) < settings.min_thread_walls:
        return False
    first, last = walls[0], walls[-1]
    opening = sum(value for value in values[:first] if value > 0)
    # The posts sit between the first comment wall and the last: what follows the last one
    # is the page's footer (archives, a cookie notice), prose that is no post.
    posts = sum(value for value in values[first:last] if value > 0)
    if (
        not settings.min_thread_opening <= opening <= settings.thread_max_opening
        or posts < settings.thread_ratio * opening
    ):
        return False
    # A heading that counts or names the comments ("Comments", "23 Responses") right before
    # them closes an article (a blog post with its readers' comments), not an opening post.
    if any(
        first - settings.comment_opener_reach <= i <= first
        for i in marked.get(Reason.COMMENT_COUNT, ())
    ):
        return False
    for index in walls:
        values[index] = -settings.marked_penalty
    return True


def _best_run(values: list[float], offset: int) -> tuple[float, tuple[int, int] | None]:
    """The run with the largest total value (Kadane): (total, (start, end)) or (0, None)."""
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for index, value in enumerate(values):
        if total <= 0:
            total, start = value, index
        else:
            total += value
        if total > best:
            best, best_span = total, (offset + start, offset + index)
    return best, best_span


def article_span(
    values: list[float], settings: BoundarySettings = _DEFAULT
) -> tuple[int, int] | None:
    """Indices [start, end] of the article: the best run, walls respected.

    Walls (comment sections, the copyright footer) split the page into parts. Comment
    threads and footers come after the article and can outweigh a short one, so the first
    part holding a substantial run wins over larger ones further down.

    >>> article_span([-4, 30, 20, -6, 25, -6, -6, -6, -6, -6, 10])
    (1, 4)
    >>> article_span([-4, 60, 20, -_DEFAULT.wall_penalty, 90, 80, 70])
    (1, 2)
    """
    parts: list[tuple[float, tuple[int, int] | None]] = []
    start = 0
    # The walls found in one comprehension (a loop over every block was a visible cost); the
    # last part runs to the page's end.
    wall = -settings.wall_penalty
    for index in [index for index, value in enumerate(values) if value <= wall]:
        parts.append(_best_run(values[start:index], start))
        start = index + 1
    parts.append(_best_run(values[start:], start))
    overall = max((total for total, _ in parts), default=0.0)
    enough = max(settings.min_article, settings.min_share_of_best * overall)
    return next((span for total, span in parts if span and total >= enough), None) or next(
        (span for total, span in parts if total == overall and span), None
    )


def _no_article(
    page: Page, values: list[float], span: tuple[int, int], settings: BoundarySettings
) -> bool:
    """True when the best run of a text dump is too small to be an article (``min_article``,
    the size that makes a part of the page hold one) and the page holds more text outside it
    that no step marked: a listing, a collection, a catalogue of items. No stretch of it is
    the content, and trimming the page to the run would keep a line or two; untrimmed, the
    other steps' marks still take its menus and chrome out. A short article with a few
    menu lines around it is still trimmed.

    wcxb tune|check, the template rule -> this: blocks 0.7483|0.7655 -> 0.7726|0.7773
    (listing 0.469|0.426 -> 0.588|0.534, collection 0.425|0.478 -> 0.548|0.530; F1 < 0.5
    152|148 -> 127|135), inscriptis 0.7575|0.7802 -> 0.7811|0.7890 (listing 0.456|0.415 ->
    0.579|0.507); fundus blocks 0.8887|0.8900 -> 0.8906|0.8934, inscriptis 0.8944|0.8990 ->
    0.8965|0.9024; traf blocks 0.8848|0.8514 -> 0.8837|0.8550, inscriptis 0.8813|0.8607 ->
    0.8802|0.8604; aeb identical. A limit of its own at 100 took more on wcxb (check 0.789 |
    0.799) but cost aeb check 0.926 -> 0.911 and fundus and traf both halves; 25 took half
    of wcxb's gain. Titles and dates read the span as before.

    A run under one paragraph of prose (``min_prose``) is no article whatever lies around it:
    the page's content is not prose (a photo's data sheet, a song's lyrics, a page of short
    lines), and a run of one short sentence ("Gefällt mir Wird geladen...") would leave it
    out. Alone, tune|check, before -> after: traf blocks 0.8882|0.8514 -> 0.8906|0.8514,
    inscriptis 0.8850|0.8607 -> 0.8874|0.8607 (one tune page each, 0 -> 0.75), fundus blocks
    0.8887|0.8901 -> 0.8935|0.8972, inscriptis 0.8944|0.8991 -> 0.8993|0.9062, wcxb blocks
    0.7438|0.7645 -> 0.7488|0.7674 (pages +15 -1), inscriptis 0.7508|0.7778 -> 0.7551|0.7791
    (+16 -0); aeb identical. A limit of 30 did less on traf tune (0.8898: a page of 21 left
    untrimmed leaked more) and moved a fundus check page each way; 50 cost traf tune three
    pages.
    """
    start, end = span
    run = sum(values[start : end + 1])
    if run < settings.min_prose:
        return True
    blocks, marks = page.blocks, page.marks
    # The blocks before the span and after it, each read once (not looked up by index).
    outside = [i for i, block in enumerate(blocks[:start]) if block.id not in marks]
    outside += [i for i, block in enumerate(blocks[end + 1 :], end + 1) if block.id not in marks]
    if run >= settings.min_article:
        return _outweighed(page, values, outside, run, settings)
    size = sum(len(blocks[i].text) for i in outside)
    return size / settings.chars_per_word > run


def _outweighed(
    page: Page, values: list[float], outside: list[int], run: float, settings: BoundarySettings
) -> bool:
    """True when the text outside the span that no step marked dwarfs the span: many times
    its size (``max_outside_ratio``), with prose of more than twice its size among it
    (``min_outside_prose``). The span is then one stretch of the page's content that the
    rest, prose between short lines, could not join: one reply of a forum thread whose
    posts are parted by their furniture ("L 1 Reply Last reply Reply Quote 0"), one section
    of a service's landing page between its feature lists. Left untrimmed, the other steps'
    marks still take the menus and chrome out.

    Before: [p "@luizjr4 Hello, I am not sure about the cause ..."] [p "L 1 Reply Last reply
            Reply Quote 2"] ... [p "Of course your routes saved as KML or GPX files are not
            directly displayed ..."] [p "You have first to load them ..."] (the best run)
            [p "L 1 Reply Last reply Reply Quote 0"] ...
    After:  note no_article_run; trim keeps every post (wcxb tune 0553, 0.360 -> 0.839).

    Each block counts at most ``outside_block_cap``: a line of 1,600 words of zip codes or a
    stock ticker is one block, not a page's content. Prose counts only where _value gave it
    a positive worth: a link farm ("Remote jobs in Canada", "Data analyst jobs") is big but
    no prose (wcxb tune 4355 and 4449 fell with size alone). A short news article over a
    footer of teasers with a sentence each and consent text has both, but less prose: 2.4
    times the run on two traf tune pages that prose 2 took (soup-lines 68699e8e, a wine
    magazine, 1.0 -> 0.667; lynx e29b6cb9 1.0 -> 0.857), 3 to 5.8 times on the wcxb tune
    pages it mends.

    wcxb tune|check, before -> after: blocks 0.7797|0.7850 -> 0.7827|0.7914 (F1 < 0.5:
    121|127 -> 114|120), inscriptis 0.7862|0.7964 -> 0.7895|0.8035 (115|119 -> 109|110);
    traf blocks check 0.8604 -> 0.8610 (+1 page); aeb, fundus and traf tune identical.
    Prose 3: wcxb inscriptis tune one page less mended. Six times the size with prose 2
    (the same tune figures): traf soup-lines tune -1 page and lynx -1 (above). Eight times:
    wcxb tune 117 / 112 pages under 0.5; four: traf tune snippet F1 -0.0009 (a leaked
    snippet). Size alone (eight times) moved no traf, aeb or fundus tune page but cost a
    fundus check page per dump; at four, traf tune -4 pages and fundus tune -1 (a Korean
    article over its unmarked headline lists). Prose alone, twice the run: traf tune -1
    page (the wine magazine), fundus tune -1 (a short Reuters report over its footer's
    product blurbs).
    """
    blocks, cap, per_word = page.blocks, settings.outside_block_cap, settings.chars_per_word
    # min(sized, cap) written out: a call per block outside the span was a visible cost.
    size = sum([sized if (sized := len(blocks[i].text) / per_word) < cap else cap for i in outside])
    if size <= settings.max_outside_ratio * run:
        return False
    prose = sum(min(max(values[i], 0.0), cap) for i in outside)
    return prose > settings.min_outside_prose * run


def _trim_tail(
    values: list[float], span: tuple[int, int], settings: BoundarySettings
) -> tuple[int, int]:
    """End the span at its last paragraph of prose when all that follows it, inside the span,
    is chrome and one short sentence's worth (``max_tail``): the best run takes in a promo or
    a pointer after the article ("Redaktionstipp", "Lesen Sie hier einen weiteren spannenden
    Beitrag …") as soon as the sentence outweighs the menu item before it, though no reader
    would call it the article's. Only chrome (a menu item's cost or more) parts such a tail
    from the article: a section break or a label ending in a colon is the article's own
    furniture, and the note or the sources under it ("___", "*Thanks to M Ahmadian for
    suggesting this resource.") are the article's.

    Before: [p "Das Interview wurde ... geführt."] [p "Redaktionstipp"]
            [p "Lesen Sie hier einen weiteren spannenden Beitrag …"]   (values 23, -4, 4.2)
    After:  the span ends at "Das Interview wurde ... geführt."

    Text dumps only (in HTML the markup chose the content). Tune|check, before -> after:
    traf blocks 0.8987|0.8588 -> 0.9005|0.8604, inscriptis 0.8955|0.8654 -> 0.8972|0.8671
    (tune +3 pages, check +2), fundus blocks 0.8912|0.8942 -> 0.8915|0.8945, inscriptis
    0.8971|0.9031 -> 0.8973|0.9033, wcxb blocks 0.7795|0.7844 -> 0.7797|0.7845, aeb
    identical. A tail parted by any cost (a section break too) cut wcxb tune notes and
    sources (0.7795 -> 0.7796, many pages each way) and cost an aeb check page; a tail of up
    to 12 cut an aeb tune page's last section (a heading over two short paragraphs); the
    same rule at the span's start cut a dictionary entry's definition (traf tune -1 page,
    wcxb tune down).
    """
    start, end = span
    last = end
    while last >= start and values[last] < settings.min_prose:
        last -= 1
    tail = values[last + 1 : end + 1]
    if last < start or not tail:
        return span
    if min(tail) <= -settings.short_penalty and sum(tail) < settings.max_tail:
        return start, last
    return span


def _flat_teasers_after(
    page: Page,
    values: list[float],
    span: tuple[int, int],
    settings: BoundarySettings,
    *,
    one_line: bool | None = None,
) -> tuple[int, int]:
    """On a page flattened into one line, end the span before the last terminator it crossed
    (a related header, a comment count) when what follows it in the span adds under
    ``flat_tail_share`` of what precedes it and no paragraph stands right before it (one of
    the article's flow, :func:`_paragraph_at`): the article is over, and the teasers after
    the header read as prose. Their headlines run into their ledes ("Most Read Tuesday's
    impeachment hearings were a disaster for Republicans Even their own ..."), so the pieces
    end sentences and each counts up to ``flat_piece_cap``: a few of them outweigh the
    header's cost. The article's own end (its tags, date, share bar or newsletter prompt)
    mostly stands between it and such a list; a box inside the article sits right under a
    paragraph, and mostly has a good part of the article after it.

    Before: [p "... political will and a bit of imagination."] (the article, worth 2,020)
            [p "Next Up In Science & Health ..."] (-17.6)
            [p "Most Read Tuesday's impeachment hearings were a disaster ..."] (-40)
            [p "“Knowledge workers” could be the most impacted by ..."] ... (94 in all)
    After:  the span ends at "... political will and a bit of imagination."

    Only the last terminator: weighing the one before it again, with the span cut, took a
    long review's boxes (fundus tune us-Wired 0.860 -> 0.460). Without the paragraph test,
    fundus one-line tune +16 -5 (boxes inside articles near their end: de-Hamburger 0.902 ->
    0.758). Tune|check, main 22e2866 -> this: one-line aeb 0.9329|0.9136 -> 0.9391|0.9157
    (+4 -0, +1 -0), traf 0.8075|0.8109 -> 0.8181|0.8160 (+9 -0, +4 -0), fundus 0.8251|0.8299
    -> 0.8391|0.8385 (+15 -0, +11 -2), wcxb 0.7688|0.7820 -> 0.7709|0.7844 (+30 -7, +36 -6);
    soup-text aeb and fundus tune +1, traf check +1, wcxb +2 -0 | +4 -1, fundus check
    0.8808 -> 0.8802 (-1); every other style of aeb, traf, fundus and the shipped dumps
    identical.
    """
    start, end = span
    terminator = -settings.terminator_penalty
    if terminator not in values[start + 1 : end + 1]:
        return span
    if not (_flattened(page, settings) if one_line is None else one_line):
        return span
    index = end - values[end:start:-1].index(terminator)
    return _ended_before(values, span, (index, index + 1), settings.flat_tail_share, settings)


def _flat_chrome_after(
    page: Page,
    values: list[float],
    span: tuple[int, int],
    settings: BoundarySettings,
    *,
    one_line: bool | None = None,
) -> tuple[int, int]:
    """On a page flattened into one line, end the span before the last stretch of chrome
    inside it (pieces that each cost, ``flat_chrome_cost`` in all) when what follows adds
    under ``flat_chrome_share`` of what precedes and no paragraph stands right before it
    (:func:`_paragraph_at`): what :func:`_flat_teasers_after` does at a marked header, for an
    article's end that no rule names (a newsletter prompt, a share bar, then teasers glued to
    their ledes).

    Before: [p "... an article's last paragraph ..."] (worth 421 with those before it)
            [p "Stay up to date with Ascom."] (2.2) [p "Subscribe to our newsletter."] (-6)
            [p "Subscribe No thanks Please, fill the form ..."] (-8.8) ... (-25 in all)
            [p "Ascom is a global solutions provider ..."] ... (56)
    After:  the span ends at the article's last paragraph.

    Stretches costing 10 took a Q&A's last answers (aeb tune 4648a420) and more boxes inside
    fundus articles (tune: 4 good of 15); a share of 0.4, a box (de-Hamburger, 0.39).
    Tune|check, commit 2033087 -> this: one-line aeb 0.9391|0.9157 -> 0.9400|0.9167 (+1 -0,
    +1 -0), traf 0.8178|0.8160 -> 0.8197|0.8175 (+2 -1, +2 -0), fundus 0.8385|0.8459 ->
    0.8404|0.8483 (+4 -0, +6 -0), wcxb 0.7709|0.7844 -> 0.7724|0.7867 (+30 -9, +37 -9);
    soup-text fundus 0.8613|0.8802 -> 0.8617|0.8814 (+2 -1, +2 -0), wcxb 0.77275|0.7827 ->
    0.77271|0.7831 (+4 -2, +3 -1; F1 < 0.5 check 124 -> 123); every other style of aeb,
    traf, fundus, wcxb and the twelve shipped dumps identical.
    """
    start, end = span
    if not any(value < 0 for value in values[start + 1 : end]):
        return span
    if not (_flattened(page, settings) if one_line is None else one_line):
        return span
    stretch_end = end - 1
    while stretch_end > start:
        if values[stretch_end] >= 0:
            stretch_end -= 1
            continue
        first = stretch_end
        while first - 1 > start and values[first - 1] < 0:
            first -= 1
        if sum(values[first : stretch_end + 1]) <= -settings.flat_chrome_cost:
            break
        stretch_end = first - 1
    else:
        return span
    return _ended_before(
        values, span, (first, stretch_end + 1), settings.flat_chrome_share, settings
    )


def _flattened(page: Page, settings: BoundarySettings) -> bool:
    """Whether the text page was flattened into one line (:func:`_one_line`). It reads every
    block: the step works it out once a page and hands it
    to block_values and the span's ends (``one_line``)."""
    facts = page_facts(page)
    flat = facts.flattened_lines
    if flat or 0 in facts.line_pieces:
        return _one_line(page.blocks, settings, flat)
    # Each block a line of its own, none of unknown line (most dumps): the longest line is
    # the longest block (_one_line's test), and the sizes are read in C, not in a Python
    # loop over the blocks.
    sizes = list(map(len, map(_text_of, page.blocks)))
    total = sum(sizes)
    return total > 0 and max(sizes) >= settings.one_line_share * total


def _ended_before(
    values: list[float],
    span: tuple[int, int],
    cut: tuple[int, int],
    share: float,
    settings: BoundarySettings,
) -> tuple[int, int]:
    """``span`` ended before the stretch ``cut`` (its first block, the first after it) when
    what follows the stretch adds under ``share`` of what precedes it and no paragraph of the
    article's flow stands right before it (:func:`_paragraph_at`); else ``span`` unchanged.

    >>> _ended_before([30.0, 28.0, 2.0, -40.0, 5.0, 6.0], (0, 5), (3, 4), 0.4, _DEFAULT)
    (0, 2)
    """
    start, end = span
    first, after_it = cut
    before, after = sum(values[start:first]), sum(values[after_it : end + 1])
    if after >= share * before or _paragraph_at(values, first - 1, start, settings):
        return span
    return start, _best_end(values, start, first)


def _paragraph_at(values: list[float], index: int, start: int, settings: BoundarySettings) -> bool:
    """True when the piece at ``index`` is a paragraph of the article's flow: prose
    (``min_prose``) that chrome does not stand right before. A teaser glued to its lede reads
    as a paragraph too, though it sits under the article's end ("More From ... Power
    Rankings:" then "Browns edging closer to Steelers ...").

    Tune|check, b81e27a -> this: one-line aeb 0.9400|0.9167 -> 0.9430|0.9167 (+2 -0), traf
    0.8197|0.8175 -> 0.8249|0.8183 (+4 -0, +1 -0), fundus 0.8404|0.8483 -> 0.8408|0.8487
    (+2 -0, +3 -0), wcxb 0.77237|0.78669 -> 0.77245|0.78710 (+9 -5, +13 -5; F1 < 0.5 117 / 114
    -> 115 / 113); soup-text fundus tune 0.8617 -> 0.8621 (+2 -0), wcxb 0.77278|0.78300 ->
    0.77275|0.78310 (+3 -1, +3 -2); soup-lines, lynx and the twelve shipped dumps identical.

    >>> _paragraph_at([30.0, 24.5], 1, 0, _DEFAULT), _paragraph_at([-6.0, 24.5], 1, 0, _DEFAULT)
    (True, False)
    """
    if values[index] < settings.min_prose:
        return False
    return index <= start or values[index - 1] >= 0


def _best_end(values: list[float], start: int, stop: int) -> int:
    """The end in [start, stop) where the run from ``start`` sums highest (the first such).

    >>> _best_end([5.0, -1.0, 3.0, -4.0, 1.0], 0, 5)
    2
    """
    sums = list(itertools.accumulate(values[start:stop]))
    return start + sums.index(max(sums))


@dataclass(frozen=True)
class BoundaryExtractor:
    """Find where the article starts and ends; record it on the page for later steps.

    Before: [p "Home"] [p "World"] [p "Even as Iraqi forces ..."] ... [p "Islamic State in Libya."]
            [p "© 2017 Tampa Bay Times"] [li "Quiet college dropout turned bomber"] ...
    After:  page.article_span = (2, 30); ``trim`` later drops every block outside it.

    Prose-like blocks (long, ending in sentence punctuation, with stop words) count for the
    span, chrome and marked blocks against it; the span is the run with the largest sum, so
    trailing chrome goes even when no rule names it.
    """

    name: ClassVar[str] = "boundary"
    settings: BoundarySettings = _DEFAULT

    def run(self, page: Page) -> Page:
        if is_listing(page):
            return page  # a listing's items, not a run of prose, are its content
        one_line = page.input_type != "html" and _flattened(page, self.settings)
        values = block_values(page, self.settings, one_line=one_line)
        span = article_span(values, self.settings)
        if span is None:
            return page
        if page.input_type != "html":
            span = _flat_teasers_after(page, values, span, self.settings, one_line=one_line)
            span = _flat_chrome_after(page, values, span, self.settings, one_line=one_line)
            span = _trim_tail(values, span, self.settings)
        notes = page.notes
        if page.input_type != "html" and _no_article(page, values, span, self.settings):
            # The page's items, not one stretch of them, are its content: the span still
            # tells the title and date steps where the page's own text starts, but trim
            # keeps the rest.
            detail = (
                f"the best run, blocks {span[0]}-{span[1]}, is under {self.settings.min_article:g}"
            )
            notes = (*notes, Note(self.name, NO_ARTICLE, detail))
        start, end = page.blocks[span[0]].id, page.blocks[span[1]].id
        if (
            start > 0
            and not page.is_removed(start - 1)
            and CLOCK_STAMP.match(page.blocks[start - 1].text)
        ):
            start -= 1  # the first entry's time stamp of a live blog
        return replace(page, article_span=(start, end), notes=notes)


# A teaser headline is a line of its own, longer than a menu item ("Weitere Tourentipps in
# Schweden"); a paragraph this long (min_intro_chars) that ends a sentence right under a line
# makes it a heading over its section. Four words at least: a name linked in prose, which
# lynx and get_text("\n") print as a line of its own ("Rep." / "Alexandria Ocasio-Cortez"),
# comes back in the tag list below, and a headline is longer (aeb get_text("\n") tune
# 0.858 -> 0.857 with any length: that name; with four words no aeb page lost).
_MIN_TEASER_CHARS = 12
_MIN_TEASER_WORDS = 4
_MIN_SECTION_CHARS = 72


def _teasers_repeated_after(
    page: Page, start: int, end: int, chrome: Mapping[int, Mark]
) -> list[int]:
    """Ids of the lines inside the span [start, end] that the page prints again, whole, after
    it in a line another step took for chrome (``chrome``: a related list's item, a menu's),
    and that read as a teaser's headline: sentence-less, no record field ("Size: 9 cm"),
    no heading over a paragraph. A story's link dropped between its paragraphs ("Was Sie zum
    Coronavirus wissen müssen", "Bebé muere electrocutado al recostarse ...") comes back in
    the related list or the sidebar below it; the article's own lines do not (a table of
    contents repeats headings before the article, not after it).

    Before: [p "Paragraph ..."] [p "Weitere Tourentipps in Schweden"] [p "Paragraph ..."]
            ... span ends ... [p "Weitere Tourentipps in Schweden"]
    After:  the line inside the span -> removed: inline_teaser (by trim)

    Tune|check, branch traf17 (7a1ebd9) -> this: traf blocks 0.9007|0.8604 ->
    0.9016|0.8612, inscriptis 0.8974|0.8671 -> 0.8983|0.8679; fundus blocks 0.8918|0.9011 ->
    0.8928|0.9020, inscriptis 0.8976|0.9034 -> 0.8986|0.9041; aeb blocks 0.9431|0.9278 ->
    0.9431|0.9284, inscriptis 0.9456|0.9295 -> 0.9456|0.9301; wcxb blocks 0.7797|0.7845 ->
    0.7797|0.7844, inscriptis 0.7861|0.7958 -> 0.7862|0.7957 (forums up on tune, down on
    check; a product's spec lines and service names printed twice, down on tune). Copies
    before the article too: wcxb tune step headings repeated in a table of contents lost.
    Only copies that another step marked (this version), from 7a1ebd9: traf identical;
    fundus blocks 0.8918|0.9011 -> 0.8924|0.9013, inscriptis 0.8976|0.9034 -> 0.8982|0.9036;
    aeb check +0.0004 both; wcxb blocks 0.7797|0.7845 -> 0.7796|0.7846, inscriptis
    0.7861|0.7958 -> 0.7860|0.7959. Four words or more, and no piece of a flattened line
    (the one-line style: a traf check page 1.000 -> 0.667 without that test, no aeb page with
    it), from main f6a2a09: aeb lynx 0.9484|0.9199 -> 0.9501|0.9203, w3m 0.9390|0.9272 ->
    0.9407|0.9275, markdownify, get_text(), html-text check +1 page, blocks and inscriptis
    check 0.9296 -> 0.9300 and 0.9312 -> 0.9316; fundus lynx 0.8600|0.8771 -> 0.8604|0.8773,
    markdownify, html-text, get_text() and blocks up; traf identical.
    """
    stats, blocks, marks = block_stats(page), page.blocks, page.marks
    candidates: dict[int, str] = {}
    for index in range(start, min(end + 1, len(blocks))):
        block, features = blocks[index], stats[index]
        if (
            block.id in marks
            or features is None
            or features.ends_sentence
            or len(block.text) < _MIN_TEASER_CHARS
        ):
            continue
        if block.words >= _MIN_TEASER_WORDS:
            candidates[index] = line_key(block.text)
    if not candidates:
        return []
    later = {line_key(block.text) for block in blocks[end + 1 :] if block.id in chrome}
    found = [index for index, key in candidates.items() if key in later]
    if not found:
        return []  # most pages: the page-wide tests below cost more than the lines' own
    fields = page_facts(page).of(record_fields)
    # A piece the segmenter cut out of a flattened or glued line is no line the page printed
    # on its own: a flattened page's repeated phrases are no teasers' headlines.
    flat = page_facts(page).flattened_lines
    return [
        blocks[index].id
        for index in found
        if index not in fields
        and not _heads_section(stats, index)
        and blocks[index].line not in flat
    ]


def _heads_section(stats: Sequence[TextStats | None], index: int) -> bool:
    """True when a paragraph that ends a sentence follows the line at ``index``."""
    following = stats[index + 1] if index + 1 < len(stats) else None
    return (
        following is not None and following.ends_sentence and following.chars >= _MIN_SECTION_CHARS
    )


@dataclass(frozen=True)
class TrimExtractor:
    """Drop every block outside the article span (runs last, so other reasons come first).

    Before: article_span = (2, 30); [p "Home"] [p "Even as ..."] ... [li "Quiet college dropout"]
    After:  [p "Home" -> removed: outside_article] ... [li "Quiet ..." -> removed: outside_article]
    """

    name: ClassVar[str] = "trim"

    def run(self, page: Page) -> Page:
        if page.article_span is None or any(note.code == NO_ARTICLE for note in page.notes):
            return page
        start, end = page.article_span
        # Blocks marked already keep their mark (Page.with_marks): no new one for them.
        marks = page.marks
        outside = (b.id for b in page.blocks if (b.id < start or b.id > end) and b.id not in marks)
        page = page.with_marks(marks_of(outside, Reason.OUTSIDE_ARTICLE, self.name))
        if page.input_type == "html":
            return page  # the markup chose the content; a page prints its headings twice
        teasers = _teasers_repeated_after(page, start, end, marks)
        return page.with_marks(marks_of(teasers, Reason.INLINE_TEASER, self.name))
