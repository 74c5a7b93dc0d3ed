"""Text features of every block, computed once per page (no state, no I/O)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, ClassVar

from cleaner.blocks import Block, Page, PageFacts, TextStats, page_facts
from cleaner.languages.stopwords import stopwords
from cleaner.prechecks import needle_text

if TYPE_CHECKING:
    from cleaner.needles import NeedleIndex

__all__ = [
    "FeaturesExtractor",
    "TextStats",
    "block_stats",
    "flattened_lines",
    "line_key",
    "page_facts",
    "page_stopwords",
    "stats",
]

# Closing quotes and brackets after a sentence's stop: English and French ones, and the German
# „…“ and ‚…‘ (their closing marks are the English opening ones), »…« and ›…‹, and CJK 」』）.
# Without the German ones a paragraph ending in a quote ("… weiter geht’s.“") read as no
# sentence, a menu item's penalty to the span (traf blocks: the article's last paragraph cut).
_CLOSERS = "\"'”’»)]“‘«›」』）"
# A line that is one German-style quotation and nothing else („…!“, »…«) is a pull quote or a
# quoted headline, not a paragraph that ends in a quote: it ends no sentence. Counted as one,
# quoted tweets ("„ICH DARF DAS!“") and a pull quote joined the span (traf tune pages), and a
# traf check page fell (1.0 -> 0.857; noted: this exception was added after seeing it).
_QUOTE_OPENERS = frozenset("„»“«")
_QUOTE_CLOSERS = frozenset("“«")
_SENTENCE_FINAL = frozenset(".!?…:;。！？")


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends like a sentence (closing quotes and brackets allowed).

    >>> ends_sentence('He said "yes."'), ends_sentence("World News"), ends_sentence("Go »")
    (True, False, True)
    >>> ends_sentence("Sie sagte: „Kopf hoch.“"), ends_sentence("Das „Wort“")
    (True, False)
    >>> ends_sentence("„Wir schaffen das!“"), ends_sentence("Er sagte: »Nein.«")
    (False, True)
    """
    stripped = text.rstrip()
    if not stripped:
        return False
    if stripped[-1] in '"”»':
        return True
    if stripped[-1] in _QUOTE_CLOSERS and stripped[0] in _QUOTE_OPENERS:
        return False
    core = stripped.rstrip(_CLOSERS)
    return bool(core) and core[-1] in _SENTENCE_FINAL


def flattened_lines(blocks: Sequence[Block]) -> frozenset[int]:
    """Input lines the segmenter cut into several blocks: a page flattened into one line, cut
    at its sentence ends (a block of unknown line, 0, never counts).

    >>> flattened_lines((Block(0, "One.", line=1), Block(1, "Two.", line=1),
    ...                  Block(2, "Three.", line=2)))
    frozenset({1})
    """
    return PageFacts(tuple(blocks)).flattened_lines


def line_key(text: str) -> str:
    """A line as the page prints it again (a title's copy, a teaser's in a related list): white
    space collapsed, case folded.

    >>> line_key("  Weitere  Tourentipps in\tSchweden ")
    'weitere tourentipps in schweden'
    """
    joined = " ".join(text.split())
    # lower() is casefold() on ASCII text, and copies it in one pass (casefold() looks each
    # character up in the Unicode tables).
    return joined.lower() if joined.isascii() else joined.casefold()


# A clock time alone on a line ("14:52", "6.30 pm"): a live-blog entry's stamp.
CLOCK_STAMP = re.compile(r"^\W*\d{1,2}[:.h]\d{2}\s*([ap]\.?m\.?)?\W*$", re.IGNORECASE)


def page_stopwords(page: Page) -> frozenset[str]:
    language = page.fields.get("language")
    return stopwords(language.value if language and isinstance(language.value, str) else None)


def stats(block: Block, stops: frozenset[str]) -> TextStats:
    """Features of one block's text.

    >>> s = stats(Block(0, "The council voted on Monday."), frozenset({"the", "on"}))
    >>> (s.words, s.stopword_share, s.ends_sentence)
    (5, 0.4, True)
    """
    found = _stats_of((block,), stops)[0]
    assert found is not None  # nothing is removed here
    return found


def _stats_of(
    blocks: tuple[Block, ...],
    stops: frozenset[str],
    removed: Mapping[int, object] | None = None,
    index: NeedleIndex | None = None,
) -> tuple[TextStats | None, ...]:
    # One loop for the whole page: this runs on every block of every page.
    is_stop = stops.__contains__
    out: list[TextStats | None] = []
    append = out.append
    # TextStats(...) runs a Python-level __new__ (a NamedTuple's); the tuple's own is the same
    # object without that call, once per block of every page.
    new = tuple.__new__
    final = _SENTENCE_FINAL
    # A page prints many of its lines more than once (menus at the head and the foot, "Share",
    # "Reply"): a quarter of the blocks of the aeb dumps repeat an earlier block of their page.
    # A block's features are those of its text (and word count, which the needles' tier
    # reads): a repeat takes the first one's, with no second scan.
    known: dict[str, TextStats] = {}
    seen = known.get
    # NeedleIndex.hits() written out (its tiers and the OR of the hits' masks): a Python call
    # a block saved. Without an index no line is scanned (a block's word count is never < 0).
    screens, max_words = (index.screens, index.max_words) if index is not None else ((), -1)
    # None for no removed block (every text page): the test below is then an identity check,
    # not the mapping's length asked for on every block.
    skipped = removed or None
    for block in blocks:
        if skipped is not None and block.id in skipped:
            append(None)
            continue
        text = block.text
        words = block.words
        found = seen(text)
        if found is not None and found.words == words:
            append(found)
            continue
        # Plain split: a few words keep a trailing comma or stop, which costs the stop-word
        # share little and saves a per-word strip.
        lowered = text.lower()
        tokens = lowered.split()
        count = len(tokens)
        # The rules' needles are searched in needle_text(), which is ``lowered`` itself for
        # all but a few texts (those with "ı", "ſ" or "İ").
        needles = lowered if lowered.isascii() else needle_text(text, lowered)
        hits = 0
        if words <= max_words and (screen := screens[words]) is not None:
            # A loop over the hits, not reduce(or_, map(...)): most lines hold none or one,
            # and making the two iterators cost more than the loop's turns (the scans of the
            # 11,954 distinct lines of the aeb blocks dumps: 116 -> 97 M instructions).
            for _, mask in screen.iter(needles):
                hits |= mask
        if count:
            share = sum(map(is_stop, tokens)) / count
            # ends_sentence's answer without the call for the lines ending in a stop or in a
            # letter or figure (nearly all): only other ends need its look at quotes and spaces.
            last = text[-1:]
            ends = last in final or (not last.isalnum() and ends_sentence(text))
            found = new(TextStats, (count, len(text), share, ends, needles, hits))
        else:
            found = new(TextStats, (0, len(text), 0.0, False, needles, hits))
        if count == words:  # the count the needles' tier was read from: reusable
            known[text] = found
        append(found)
    return tuple(out)


def block_stats(page: Page) -> tuple[TextStats | None, ...]:
    """The page's per-block features: the stored ones, or computed now if absent.

    A block already removed when they are computed gets None: no step judges the text of a
    removed block (a block keeps its first mark), and on HTML pages the markup step has
    removed four blocks in five by then.
    """
    if len(page.stats) == len(page.blocks):
        return page.stats
    return _stats_of(page.blocks, page_stopwords(page), page.marks)


def needle_text_of(stats: TextStats | None) -> str:
    """The block's text as the rules' needles are searched in it (prechecks.needle_text), as
    the features step stored it; "" for a block removed before then (callers fall back to
    ``needle_text``)."""
    return stats.lowered if stats is not None else ""


@dataclass(frozen=True)
class FeaturesExtractor:
    """Compute the text features of every block once, for the steps that score blocks.

    Before: page.stats == (), page.facts is None
    After:  page.stats == (TextStats(words=5, stopword_share=0.4, ends_sentence=True, ...), ...)
            page.facts == PageFacts(page.blocks), filled by the later steps that read it

    Runs after the language step, since stop-word share depends on the language, and after
    the markup step: blocks it removed get no features (None), which saves most of the work
    on HTML pages.
    """

    name: ClassVar[str] = "features"
    # The rule steps' needles: each block is scanned for them once, here (cleaner.needles).
    needles: NeedleIndex | None = None

    def run(self, page: Page) -> Page:
        if len(page.stats) == len(page.blocks) or self.needles is None:
            stats = block_stats(page)
            return replace(page, stats=stats, facts=PageFacts(page.blocks, stats))
        stats = _stats_of(page.blocks, page_stopwords(page), page.marks, self.needles)
        return replace(page, stats=stats, needles=self.needles, facts=PageFacts(page.blocks, stats))
