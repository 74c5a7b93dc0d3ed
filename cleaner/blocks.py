"""The data every pipeline step reads and returns: blocks, marks on them, metadata fields.

A :class:`Page` is immutable. A step returns a new page with more marks or fields; it never
changes the one it was given, so every decision can be traced to the step that made it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from operator import attrgetter
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

from cleaner.reasons import Reason

if TYPE_CHECKING:
    from cleaner.needles import NeedleIndex

__all__ = [
    "Block",
    "BlockKind",
    "DomFeatures",
    "Field",
    "Mark",
    "Note",
    "Page",
    "PageFacts",
    "TextStats",
    "consecutive_runs",
    "marks_of",
    "page_facts",
]


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    TABLE = "table"
    PRE = "pre"
    CAPTION = "caption"


# Not ``frozen`` for the same reason as Block below (one is built per HTML block); treat it as
# immutable all the same.
@dataclass(slots=True, unsafe_hash=True)
class DomFeatures:
    """What the HTML front end knows about the element a block came from.

    Text dumps have none of this; extractors must work without it and use it when present.
    """

    link_density: float  # share of the block's characters inside <a>
    in_article: bool  # inside the element the front end judged to be the article container
    heading_level: int = 0  # 1-6 for h1-h6
    # The innermost boilerplate container around the element (a Reason with Trait.CONTAINER:
    # nav_container, comment_section, share_bar, ...; None for none), as the HTML front end
    # judged it.
    boilerplate: Reason | None = None


# Block is not ``frozen``: a frozen dataclass sets each field through object.__setattr__,
# which made building blocks the largest single cost of cleaning a text dump (profiled).
# Treat it as immutable all the same: no step assigns to a block.
@dataclass(slots=True, unsafe_hash=True)
class Block:
    """One paragraph-like unit of the page.

    ``text`` is the block's text with the dump's layout (indentation, list marker, hard line
    wraps) removed; every character of it occurs in the input in the same order.
    """

    id: int  # the block's position in ``Page.blocks``
    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    line: int = 0  # 1-based line of the input where the block starts (0: unknown)
    indent: int = 0  # leading spaces in a layout dump
    marker: str = ""  # "*", "-", "1." ... for list items in a layout dump
    dom: DomFeatures | None = None
    # Whitespace-separated words of ``text``; counted here unless the front end already has.
    words: int = field(default=-1, compare=False, repr=False)

    # Written out, not the dataclass's: its __init__ made a second call, to __post_init__, for
    # the word count, once per block of every page (a tenth of segmenting a text dump).
    def __init__(
        self,
        id: int,
        text: str,
        kind: BlockKind = BlockKind.PARAGRAPH,
        line: int = 0,
        indent: int = 0,
        marker: str = "",
        dom: DomFeatures | None = None,
        words: int = -1,
    ) -> None:
        self.id = id
        self.text = text
        self.kind = kind
        self.line = line
        self.indent = indent
        self.marker = marker
        self.dom = dom
        # Every step asks for the word count; count once.
        self.words = len(text.split()) if words < 0 else words


class TextStats(NamedTuple):
    """Text features of one block, computed once per page by the ``features`` step."""

    words: int
    chars: int
    stopword_share: float  # share of words that are stop words of the page's language
    ends_sentence: bool
    lowered: str = ""  # the text lower-cased for the rules' needles (prechecks.needle_text)
    hits: int = 0  # the rules' needles in ``lowered``, as Page.needles found them


class Mark(NamedTuple):
    """A decision to drop one block from the body, and why."""

    block_id: int
    reason: Reason  # declared once, with its traits, in cleaner/reasons.py
    by: str  # the extractor's stable name


def marks_of(block_ids: Iterable[int], reason: Reason, by: str) -> list[Mark]:
    """One mark of ``reason`` for each of ``block_ids``.

    Mark(...) runs the NamedTuple's Python-level __new__; the tuple's own builds the same
    object without that call. The steps that mark whole runs (menus, blocks outside the
    article) make a mark for a third of a text dump's blocks.

    >>> marks_of([3, 4], Reason.NAVIGATION_RUN, "navigation")[1]
    Mark(block_id=4, reason=<Reason.NAVIGATION_RUN: 'navigation_run'>, by='navigation')
    """
    new = tuple.__new__
    return [new(Mark, (i, reason, by)) for i in block_ids]


class Note(NamedTuple):
    """A decision about the whole page that no single mark shows (``cleaner explain`` lists
    them): the HTML front end read hidden content, or overruled its first content choice."""

    by: str  # who decided: "html" for the HTML front end
    code: str  # snake_case <what>, stable like a reason code ("reveal_hidden")
    detail: str  # the evidence, in words and numbers


@dataclass(frozen=True, slots=True)
class Field:
    """A metadata value with where it came from.

    >>> Field("2016-11-29", source="text:date_line", block_id=57).value
    '2016-11-29'
    """

    value: str | tuple[str, ...]
    source: str  # "text:<rule>" for dumps, "jsonld:datePublished", "meta:og:title" ...
    block_id: int | None = None
    # Higher wins when two steps fill the same field: structured markup beats text patterns.
    rank: int = 0


_T = TypeVar("_T")
_LINE = attrgetter("line")


class PageFacts:
    """Facts of a page's blocks (and of their features, ``stats``) that several steps read,
    each computed on its first use and kept for the later steps (a text page counted its
    lines' blocks up to five times and found its records' fields up to three). Neither the
    blocks nor their features change after the features step, so neither does a fact. That
    step puts one on the page (Page.facts): it lives and dies with that page.

    >>> facts = PageFacts((Block(0, "One.", line=1), Block(1, "Two.", line=1), Block(2, "Three.")))
    >>> facts.line_pieces, facts.flattened_lines
    (Counter({1: 2, 0: 1}), frozenset({1}))
    >>> facts.of(len), facts.of(len) is facts.of(len)  # a step's own fact, named by its function
    (3, True)
    """

    __slots__ = ("_array", "_blocks", "_flattened", "_found", "_hits", "_pieces", "_stats")

    def __init__(self, blocks: tuple[Block, ...], stats: tuple[TextStats | None, ...] = ()) -> None:
        self._blocks = blocks
        self._stats = stats  # the features step's, when it made these facts
        self._found: dict[Callable[..., object], object] = {}
        self._pieces: Counter[int] | None = None
        self._flattened: frozenset[int] | None = None
        self._hits: list[int | None] | None = None
        self._array: Any = False  # False: not made yet (None: cannot be made)

    @property
    def line_pieces(self) -> Counter[int]:
        """How many blocks each input line gave (line 0: the blocks of unknown line)."""
        if self._pieces is None:
            # attrgetter, not a generator: no Python frame resumed per block.
            self._pieces = Counter(map(_LINE, self._blocks))
        return self._pieces

    @property
    def flattened_lines(self) -> frozenset[int]:
        """Input lines the segmenter cut into several blocks: a page flattened into one line,
        cut at its sentence ends (a block of unknown line, 0, never counts)."""
        if self._flattened is None:
            pieces = self.line_pieces.items()
            self._flattened = frozenset(line for line, count in pieces if count > 1 and line)
        return self._flattened

    @property
    def needle_hits(self) -> list[int | None]:
        """Each block's TextStats.hits (None: a block removed before the features step), read
        out once: cleaner.needles.screen_hits takes each screen's bits from them, nine times
        per text page, and a plain int list is read faster than a NamedTuple's field."""
        if self._hits is None:
            self._hits = [None if s is None else s.hits for s in self._stats]
        return self._hits

    @property
    def hit_array(self) -> Any:
        """:attr:`needle_hits` as a numpy int64 array, or None when some block has none
        (removed before the features step) or a hit needs the sign bit.

        Eight screens and four rule sets each read their bits from every line's hits, nine
        Python-level shifts and masks per line of a text page (2% of cleaning an aeb dump); an
        array shifts and masks all lines in C. numpy is imported on the first call: py3langid,
        which the language step uses, needs it anyway.
        """
        if self._array is False:
            hits = self.needle_hits
            if None in hits or max(cast(list[int], hits), default=0) >> 62:
                self._array = None
            else:
                import numpy

                self._array = numpy.array(hits, dtype=numpy.int64)
        return self._array

    def of(self, fact: Callable[[tuple[Block, ...]], _T]) -> _T:
        """``fact(blocks)``, computed once: a fact one step module defines (its record fields)."""
        if fact not in self._found:
            self._found[fact] = fact(self._blocks)
        return cast(_T, self._found[fact])

    @property
    def stats(self) -> tuple[TextStats | None, ...]:
        """The features these facts were made with (the features step's ``Page.stats``)."""
        return self._stats

    def of_features(
        self, fact: Callable[[tuple[Block, ...], tuple[TextStats | None, ...]], _T]
    ) -> _T:
        """``fact(blocks, stats)``, computed once: a fact of the blocks and of their features
        (:attr:`stats`; a step that holds other features must compute the fact itself).

        >>> facts = PageFacts((Block(0, "One."),), (None,))
        >>> facts.of_features(lambda blocks, stats: len(stats))
        1
        """
        if fact not in self._found:
            self._found[fact] = fact(self._blocks, self._stats)
        return cast(_T, self._found[fact])


@dataclass(frozen=True, slots=True)
class Page:
    """Blocks of one input plus everything the steps decided about them."""

    source: str
    input_type: str  # "text" or "html"
    blocks: tuple[Block, ...]
    marks: Mapping[int, Mark] = field(default_factory=lambda: MappingProxyType({}))
    fields: Mapping[str, Field] = field(default_factory=lambda: MappingProxyType({}))
    # First and last block id of the article, once the boundary step has found it.
    article_span: tuple[int, int] | None = None
    # Text features per block (same order as ``blocks``), once the features step has run;
    # None for a block that was already removed then (nothing judges a removed block's text).
    stats: tuple[TextStats | None, ...] = ()
    # Whole-page decisions of the front end, in the order they were made.
    notes: tuple[Note, ...] = ()
    # The needle index the features step scanned every block with (TextStats.hits), if any.
    needles: NeedleIndex | None = None
    # Page-wide facts of the blocks that several steps read, kept once computed (the
    # features step sets them; see PageFacts). Not compared: a cache, not a decision.
    facts: PageFacts | None = field(default=None, compare=False, repr=False)

    def with_marks(self, marks: Iterable[Mark]) -> Page:
        """Return a page with ``marks`` added; a block keeps the first mark it got.

        New marks come after the page's own, in order: the pipeline relies on it to tell
        what a step added.
        """
        current = self.marks
        added: dict[int, Mark] = {}
        # Two lookups and a store, not setdefault's method call: a third of a text dump's
        # blocks get a mark through here.
        for mark in marks:
            if (block_id := mark[0]) not in current and block_id not in added:
                added[block_id] = mark
        if not added:  # most calls: copying a page's marks for nothing was a visible cost
            return self
        return self._with(MappingProxyType({**current, **added}), self.fields)

    def with_field(self, name: str, value: Field) -> Page:
        """Return a page with ``name`` set, unless it already holds a value of higher rank."""
        current = self.fields.get(name)
        if current is not None and current.rank >= value.rank:
            return self
        merged = dict(self.fields)
        merged[name] = value
        return self._with(self.marks, MappingProxyType(merged))

    def without_field(self, name: str) -> Page:
        """Return a page with ``name`` unset (a step that finds a value it read wrong)."""
        if name not in self.fields:
            return self
        kept = {key: value for key, value in self.fields.items() if key != name}
        return self._with(self.marks, MappingProxyType(kept))

    def _with(self, marks: Mapping[int, Mark], fields: Mapping[str, Field]) -> Page:
        """This page with other ``marks`` and ``fields``: dataclasses.replace() written out for
        the two fields the steps add to, as it took twice as long (it reads the dataclass's
        fields first); tests/test_blocks.py checks it passes every other field on."""
        return Page(
            self.source,
            self.input_type,
            self.blocks,
            marks,
            fields,
            self.article_span,
            self.stats,
            self.notes,
            self.needles,
            self.facts,
        )

    def blocks_to_read(self, *fields: str) -> Sequence[Block]:
        """The blocks a step that marks lines and fills ``fields`` from them must read.

        All of them while one of ``fields`` is empty; once all are set, the step's values
        would lose anyway (see :meth:`with_field`: steps give rank 0, the lowest), so only
        its marks count, and those land on unmarked blocks only.
        """
        if all(name in self.fields for name in fields):
            return self.kept()
        return self.blocks

    def is_removed(self, block_id: int) -> bool:
        return block_id in self.marks

    def kept(self) -> list[Block]:
        """Blocks no step has marked, in page order."""
        return [b for b in self.blocks if b.id not in self.marks]


def page_facts(page: Page) -> PageFacts:
    """The page's facts as the features step stored them (``page_facts(page).of(fact)``), or
    new ones (each fact then computed afresh on every call: a page the features step has not
    seen, as in a test of one step)."""
    return page.facts if page.facts is not None else PageFacts(page.blocks, page.stats)


def consecutive_runs(ids: Iterable[int], gap: int = 1) -> list[list[int]]:
    """Sorted block ids cut into runs in which each id stands at most ``gap`` after the one
    before: consecutive ones by default (a menu's cells, a list of dated lines), or items a
    few blocks apart (a listing's dated teasers).

    >>> consecutive_runs([1, 2, 3, 7, 8, 10]), consecutive_runs([1, 2, 3, 7, 8, 10], gap=2)
    ([[1, 2, 3], [7, 8], [10]], [[1, 2, 3], [7, 8, 10]])
    """
    runs: list[list[int]] = []
    run: list[int] = []
    last = None  # the current run's last id (none before the first)
    for i in ids:
        if last is not None and 0 < i - last <= gap:
            run.append(i)
        else:
            run = [i]
            runs.append(run)
        last = i
    return runs
