"""Layout -> blocks: choose the element that holds the article and label every block.

Every text block gets a weight: prose (long, few links) counts for its non-link words, link
lists and text inside boilerplate containers (comments, share bars, related links, ...)
count against. A container's score is the sum of the weights inside it, so the best
container takes in every run of prose and stops where chrome outweighs it; markup that names
the article (``<article>``, ``itemprop="articleBody"``, ``class="article-body"``) scales the
score up. When the page declares its body in JSON-LD (``articleBody``), blocks whose text
occurs there count strongly for, and prose that does not occur there counts against.

When the best element is the whole page and most of its prose is teasers (runs of sibling
items of a title line and a line of summary, "more stories" under the article), the choice
is made again with the teasers counting against their container, and the article inside
the page is taken when it keeps most of the prose outside them (note ``beside_teasers``).

No site is named here: the same features decide on every page.

>>> from cleaner.html.parse import parse_html
>>> from cleaner.html.layout import read_layout
>>> prose = "<p>" + "The council voted on Monday to approve the plan. " * 3 + "</p>"
>>> root = parse_html("<body><div class=menu><a href=/>Home</a></div><article>" + prose * 2
...                   + "<div class=share><a href=#>Share</a></div></article></body>",
...                   max_bytes=10**6)
>>> for b in build_blocks(read_layout(root)):
...     print(b.text[:7], b.dom.in_article, b.dom.boilerplate or "-")
Home False nav_container
The cou True -
The cou True -
Share True share_bar
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate
from operator import sub

from cleaner.blocks import Block, BlockKind, DomFeatures, Note
from cleaner.html.class_names import FOOTER_NAME_SHARE, layout_names, unnamed_elements
from cleaner.html.layout import Layout, RawBlock
from cleaner.reasons import Reason, Trait, reasons_with

__all__ = [
    "BESIDE_TEASERS",
    "LAYOUT_NAME",
    "MAIN_LANDMARK",
    "ContentChoice",
    "block_prose",
    "blocks_for",
    "build_blocks",
    "choose",
    "choose_element",
    "declared_shares",
    "kept_prose",
    "prose_words",
    "subtree_sums",
    "text_size",
    "within_main",
]

LAYOUT_NAME = "layout_name"  # Note code: a boilerplate-sounding class name taken as layout
# Note code: the whole page was the best element only by its teaser lists; the article in it
# was taken instead.
BESIDE_TEASERS = "beside_teasers"
# Note code: the chosen element was one section of the page's <main> landmark, which holds much
# more of the page's prose; the <main> was taken instead.
MAIN_LANDMARK = "main_landmark"


@dataclass(frozen=True, slots=True)
class ContentSettings:
    """The content choice's tuned numbers (HTML front end 3307753, climbing and shared parents
    1a4955a, the intro's reach d4a0c95: traf HTML F1 0.925 -> 0.927; the rest on aeb and traf
    HTML, no figures recorded)."""

    # A block with fewer words than this is not prose on its own (unless it ends a sentence
    # and has 5 or more) ...
    prose_words: int = 10
    prose_sentence_words: int = 5
    # ... nor one whose text is more than this share link text.
    prose_max_link_density: float = 0.35
    # ... nor a run-on list: this many words or more with fewer than one punctuation mark
    # or line break per this many words (a zip-code list, a tag cloud, a list of a
    # language's names; wcxb tune: 0-8 marks in 122-1073 words, where the prose of forum
    # posts written without stops has one in 55 and more).
    run_on_words: int = 100
    run_on_words_per_mark: int = 60
    # A boilerplate-named container holding more than this share of the page's prose is a
    # layout wrapper with an unlucky class name, not boilerplate.
    wrapper_share: float = 0.6
    # A JSON-LD articleBody of fewer word triples says nothing ...
    declared_min_words: int = 30
    # ... and one of this many or more is the whole article: prose missing from it is not.
    declared_full_words: int = 150
    # A block shares at least this much of its word triples with the declared body, or none ...
    declared_share: float = 0.2
    # ... and counts strongly for its container from this share on.
    declared_match: float = 0.5
    declared_weight: float = 2.0
    # Prose missing from a complete declared body costs this much per word.
    undeclared_penalty: float = 0.5
    # Short text more than this share link text leans against its container (a link list).
    link_heavy: float = 0.5
    # Intro blocks taken from before the chosen element, at most ...
    lead_blocks: int = 3
    # ... among this many blocks before it (d4a0c95).
    lead_reach: int = 8
    # Short plain text (captions, labels, lines of a poem) leans towards content only on
    # pages with little prose.
    short_text_weight: float = 0.0
    # What a word inside named chrome costs its container (it goes anyway).
    named_weight: float = 0.2
    # Climb to an ancestor marked up this strongly as the body when the best element holds
    # less than this share of its prose (1a4955a).
    climb_hint: float = 1.0
    climb_share: float = 0.5
    # An ``<article>`` element (a weaker hint) is climbed to only when the best element holds
    # less than this share of its prose: the page's article is cut into many sections, and
    # the scores took one (wcxb tune: 297 of an <article>'s 2407 prose words).
    article_hint: float = 0.8
    article_climb_share: float = 0.25
    # Repeated body markup (a question and its answers) is held together when it has this share
    # of the common parent's prose (1a4955a).
    shared_share: float = 0.6
    # The page's <main> landmark (or role="main") is taken when the element chosen inside it
    # holds less than this share of the prose the <main> holds outside named chrome: a landing
    # page's sections, each a heading and a few lines, parted by rows of buttons that sink every
    # container above the largest one (wcxb HTML tune | check: 0.7 gained +7 -3 | +7 -1 pages,
    # fundus HTML check +1; 0.6 +5 -3 | +5 -1; 0.75 and 0.85 lost aeb and fundus tune pages).
    main_share: float = 0.7
    # Below this many prose words the scores say little; marked-up article elements decide.
    little_prose: int = 50
    # How much an element's content hint scales its score.
    hint_scale: float = 0.25
    # A content hint this strong marks an article element on a page with little prose.
    hinted_text: float = 0.8
    # A teaser list (see _teaser_blocks): at least this many sibling items of one tag, this
    # share of them teasers ...
    teasers_min: int = 5
    teasers_share: float = 0.8
    # ... each of a few blocks and at most this many words (a title line, a line of summary).
    teaser_max_blocks: int = 6
    teaser_max_words: int = 60
    # An element holding this share of the page's prose is the whole page; it gives way to the
    # article inside it when teasers are at least this share of its prose, the rest is
    # this many words or more, and the element chosen without the teasers keeps this share of
    # the rest (traf tune 7ccc9f: 1165 of 1540 prose words in "more stories" lists).
    whole_page_share: float = 0.9
    teasers_majority: float = 0.5
    teasers_rest_words: int = 100
    teasers_rest_kept: float = 0.7


SETTINGS = ContentSettings()

_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_SENTENCE_END = re.compile(r"""[.!?…:;]["'”’»)\]]*$""")
# Marks that part the sentences and clauses of prose, in Latin, CJK, Arabic and Indic
# scripts; a line break parts the lines of a poem or a post.
_MARKS = re.compile(r"[.,;:!?\n\u3001\u3002\uff0c\uff01\uff1f\uff1b\u060c\u061f\u0964]")
# Thai, Lao, Tibetan, Myanmar and Khmer prose parts its sentences with spaces alone.
_UNMARKED_SCRIPTS = re.compile(r"[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff]")
# Containers that are never a layout wrapper, however much prose they hold (comments) ...
_HOLDS_PROSE = reasons_with(Trait.HOLDS_PROSE)
# ... and those that stay boilerplate around article markup (asides).
_BESIDE_ARTICLE = reasons_with(Trait.BESIDE_ARTICLE)
# Containers that are never the content, even when the other names are set aside as wrong.
_OVERLAYS = reasons_with(Trait.OVERLAY)


@dataclass(frozen=True, slots=True)
class ContentChoice:
    root: int  # index of the chosen element, -1 when the page has no prose at all
    # Per element: the boilerplate reason that applies inside it (None: none).
    reasons: tuple[Reason | None, ...]
    notes: tuple[Note, ...] = ()  # whole-page decisions behind the choice


def _shingles(text: str) -> list[tuple[str, str, str]]:
    """The runs of three words of ``text``, lower case (zip builds them at C speed).

    >>> _shingles("The Council voted today")
    [('the', 'council', 'voted'), ('council', 'voted', 'today')]
    """
    tokens = list(map(str.lower, _WORD.findall(text)))
    return list(zip(tokens, tokens[1:], tokens[2:], strict=False))


def _declared_match(blocks: list[RawBlock], declared_body: str) -> list[float] | None:
    """Share of each block's word shingles that occur in the declared body (None: no hint)."""
    declared = set(_shingles(declared_body))
    if len(declared) < SETTINGS.declared_min_words:
        return None
    # A short declared body is often an excerpt: text missing from it proves nothing. A long
    # one is the whole article, and prose missing from it is something else (-1 says so).
    missing = -1.0 if len(declared) >= SETTINGS.declared_full_words else 0.0
    shares = []
    for block in blocks:
        own = _shingles(block.text)
        share = sum(map(declared.__contains__, own)) / len(own) if len(own) >= 2 else 0.0
        shares.append(share if share >= SETTINGS.declared_share else missing)
    return shares


def text_size(text: str) -> int:
    """Words in ``text``, counting runs of CJK script (written without spaces) as ~2 a word.

    >>> text_size("The council voted."), text_size("武汉的声音：有英勇的你，才有英雄的城")
    (3, 8)
    """
    return _size(text, len(text.split()))


def _size(text: str, words: int) -> int:
    """:func:`text_size` of ``text`` with ``words`` white-space separated words."""
    if len(text) > 8 * words:
        return max(words, len(_CJK.findall(text)) // 2)
    return words


def _is_prose(block: RawBlock, words: int, link_density: float) -> bool:
    if link_density > SETTINGS.prose_max_link_density:
        return False
    if words >= SETTINGS.run_on_words:
        return not _is_run_on(block.text, words)
    if words >= SETTINGS.prose_words:
        return True
    return words >= SETTINGS.prose_sentence_words and _SENTENCE_END.search(block.text) is not None


def _is_run_on(text: str, words: int) -> bool:
    """True for a long run of names or numbers with (almost) no punctuation: a list, no prose.

    >>> _is_run_on(" ".join(["Irvine Perris Rosamond Chino"] * 30), 120)
    True
    >>> _is_run_on("The council voted on Monday, and the plan passed. " * 12, 108)
    False
    """
    marks = len(_MARKS.findall(text))
    return marks * SETTINGS.run_on_words_per_mark < words and not _UNMARKED_SCRIPTS.search(text)


def block_prose(block: RawBlock) -> float:
    """The block's words when it is prose (long, or a sentence; few links), else 0."""
    return _prose_words(block)


def _prose_words(block: RawBlock) -> float:
    words = _size(block.text, block.words)
    return (
        float(words) if _is_prose(block, words, block.link_chars / (len(block.text) or 1)) else 0.0
    )


def prose_words(layout: Layout) -> int:
    """Words in the layout's prose blocks (long, or a sentence; few links)."""
    return int(sum(map(_prose_words, layout.blocks)))


@dataclass(frozen=True, slots=True)
class _Measures:
    """Per-block numbers every score needs, computed once per page."""

    words: list[int]
    link_density: list[float]
    prose: list[bool]

    @classmethod
    def of(cls, blocks: list[RawBlock]) -> _Measures:
        words = [_size(b.text, b.words) for b in blocks]
        density = [b.link_chars / (len(b.text) or 1) for b in blocks]
        prose = [_is_prose(b, w, d) for b, w, d in zip(blocks, words, density, strict=True)]
        return cls(words, density, prose)


def _weight(
    words: int, link_density: float, prose: bool, reason: Reason | None, declared: float | None
) -> float:
    if declared is not None and words >= 4:
        if declared >= SETTINGS.declared_match:
            return SETTINGS.declared_weight * words
        if declared < 0:  # the declared body is complete and this prose is not in it
            return -SETTINGS.undeclared_penalty * words if prose else 0.0
    if reason is not None:
        # Named chrome goes anyway (the markup step marks it inside the chosen element too),
        # so it only leans against a container: a question's long comment thread must not
        # push the question out of a Q&A page.
        return -SETTINGS.named_weight * words - 1.0
    if prose:
        return words * (1.0 - link_density)
    if link_density > SETTINGS.link_heavy:
        return -words * link_density - 1.0
    # Short plain text (captions, labels, short lines of a poem or a spec list) leans towards
    # content: it decides only on pages with little prose.
    return SETTINGS.short_text_weight * words * (1.0 - link_density)


def _subtree_sums(layout: Layout, values: list[float]) -> list[float]:
    """Sum of ``values`` (one per element) over each element's subtree."""
    prefix = [0.0, *accumulate(values)]
    # prefix[end + 1] - prefix[start] for every element, without a Python-level loop.
    return list(map(sub, map(prefix[1:].__getitem__, layout.ends), prefix))


def _per_element(layout: Layout, per_block: list[float]) -> list[float]:
    values = [0.0] * len(layout.tags)
    for block, value in zip(layout.blocks, per_block, strict=True):
        values[block.owner] += value
    return values


def _strong_hints(layout: Layout) -> list[float]:
    """How many elements in each subtree are marked up strongly as the article body."""
    return _subtree_sums(layout, [1.0 if hint >= 1.0 else 0.0 for hint in layout.hints])


def _effective_reasons(
    layout: Layout, prose: list[float], total: float, strong: list[float], unnamed: set[int]
) -> list[Reason | None]:
    """Innermost boilerplate reason around each element, ignoring wrappers (see
    :attr:`ContentSettings.wrapper_share`), layout names (``unnamed``, see
    :mod:`cleaner.html.class_names`) and containers that hold strong article markup (but
    teasers' markup, see :func:`_teasers_marked_up`)."""
    bodies: list[list[int]] = []  # found when a named box holds body markup (few pages)
    inherited: list[Reason | None] = []
    for index, (own, parent, words, hinted) in enumerate(
        zip(layout.boilerplate, layout.parents, prose, strong, strict=True)
    ):
        wrapper = (own is not None and _is_wrapper(own, words, total)) or index in unnamed
        if (
            own
            and not wrapper
            and not (
                hinted
                and own not in _BESIDE_ARTICLE
                and not _teasers_marked_up(layout, prose, index, 0, bodies)
            )
        ):
            inherited.append(own)
        else:
            inherited.append(_inherited(inherited[parent] if parent >= 0 else None, index, layout))
    return inherited


def _teasers_marked_up(
    layout: Layout, prose: list[float], index: int, root: int, bodies: list[list[int]]
) -> bool:
    """True when the body markup inside the named box ``index`` is its teasers'
    ("entry-content" in each card of a related-posts box), not the article's: an element
    under ``root`` marked up strongly as the body, outside the box and around none of it,
    holds more prose than the box. A comment section's posts are marked up as bodies too,
    and are what the section holds (wcxb tune: forum threads lost without this).
    ``bodies`` holds the body elements once found (for the next box on the page)."""
    if layout.boilerplate[index] in _HOLDS_PROSE:
        return False
    if not bodies:
        bodies.append(_bodies(layout, root))
    end = layout.ends[index]
    return any(
        prose[other] > prose[index]
        and not index <= other <= end
        and not (other < index and layout.ends[other] >= end)
        for other in bodies[0]
    )


def _bodies(layout: Layout, root: int) -> list[int]:
    """The elements under ``root`` (``root`` too) marked up strongly as the article body."""
    end = layout.ends[root]
    return [
        index
        for index, hint in enumerate(layout.hints)
        if hint >= SETTINGS.climb_hint and root <= index <= end
    ]


def _overlays(layout: Layout) -> list[Reason | None]:
    """Per element, the overlay (consent notice, modal dialog) around it, if any."""
    inherited: list[Reason | None] = []
    for own, parent in zip(layout.boilerplate, layout.parents, strict=True):
        if own in _OVERLAYS:
            inherited.append(own)
        else:
            inherited.append(inherited[parent] if parent >= 0 else None)
    return inherited


def _inherited(reason: Reason | None, index: int, layout: Layout) -> Reason | None:
    """The reason an element without its own takes from its parent: none for a tab panel
    under a strip of tabs named navigation ("tabs": the panels are what the tabs show)."""
    if reason is not Reason.NAV_CONTAINER or index not in layout.panels:
        return reason
    parent = layout.parents[index]
    while parent >= 0 and layout.boilerplate[parent] is not Reason.NAV_CONTAINER:
        parent = layout.parents[parent]
    # Only a class name: a <nav> (or a navigation role) holds a menu's panels.
    named = parent >= 0 and layout.namers[parent] and layout.tags[parent] != "nav"
    return None if named else reason


def _is_wrapper(reason: Reason, words: float, total: float) -> bool:
    """True when a container named ``reason`` holds so much of the prose around it that the
    name is a layout wrapper's (never a comment section's; a footer's only above
    :data:`~cleaner.html.class_names.FOOTER_NAME_SHARE`)."""
    if reason in _HOLDS_PROSE:
        return False
    share = FOOTER_NAME_SHARE if reason is Reason.PAGE_FOOTER else SETTINGS.wrapper_share
    return words > share * total


def _inner_reasons(
    layout: Layout, prose: list[float], root: int, strong: list[float], unnamed: set[int]
) -> list[Reason | None]:
    """:func:`_effective_reasons` inside ``root``'s subtree (``root`` first), with ``root``
    and its ancestors never boilerplate: only containers below the article can be."""
    inherited: list[Reason | None] = [None]
    total = prose[root]
    bodies: list[list[int]] = []  # found when a named box holds body markup (few pages)
    boilerplate, parents = layout.boilerplate, layout.parents
    for index in range(root + 1, layout.ends[root] + 1):
        own = boilerplate[index]
        wrapper = (own is not None and _is_wrapper(own, prose[index], total)) or index in unnamed
        if (
            own
            and not wrapper
            and not (
                strong[index]
                and own not in _BESIDE_ARTICLE
                and not _teasers_marked_up(layout, prose, index, root, bodies)
            )
        ):
            inherited.append(own)
        else:
            reason = _inherited(inherited[parents[index] - root], index, layout)
            # Only the box's own name is what the parser misapplied, not one around the box.
            if (
                reason
                and _swallowed(layout, prose, index, root)
                and not inherited[parents[parents[index]] - root]
            ):
                reason = None
            inherited.append(reason)
    return inherited


# What a box written as one opens with: its title or its first line of text.
_OPENS_TEXT = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})


def _previous_sibling(layout: Layout, index: int) -> int:
    """The element just before ``index`` under the same parent, -1 for none."""
    parent, sibling = layout.parents[index], index - 1
    while sibling > parent and layout.parents[sibling] != parent:
        sibling = layout.parents[sibling]
    return sibling if sibling > parent else -1


def _swallowed(layout: Layout, prose: list[float], index: int, root: int) -> bool:
    """A prose paragraph a named box swallowed: the parser, recovering from a tag the page
    left open in the box (a sign-up form), hangs the article's next paragraphs on the box.

    The box is named so by its class or id, follows a paragraph of prose and opens with a
    container of its own (the form), not a paragraph or a heading; the paragraph comes after
    that: the article's run of paragraphs goes on inside the box. A box that opens with a
    paragraph or a heading ("Recommended content" and its notice, an <aside>'s title and
    text) is a box written that way. fundus tune: a newsletter box that holds the last five
    paragraphs of an article.
    """
    box = layout.parents[index]
    if (
        layout.tags[index] != "p"
        or prose[index] <= 0
        or box <= root
        or layout.boilerplate[box] is None
        or layout.boilerplate[box] in _HOLDS_PROSE
        or _previous_sibling(layout, index) < 0
    ):
        return False
    before = _previous_sibling(layout, box)
    return (
        bool(layout.namers[box])
        and layout.tags[box + 1] not in _OPENS_TEXT
        and before >= 0
        and layout.tags[before] == "p"
        and prose[before] > 0
    )


def _hinted_element(layout: Layout, reasons: list[Reason | None], best: int) -> int:
    """On a page with little prose, the marked-up article (most plain text) beats ``best``."""
    plain = [
        0.0
        if reasons[b.owner]
        else _size(b.text, b.words) * (1.0 - b.link_chars / (len(b.text) or 1))
        for b in layout.blocks
    ]
    text = _subtree_sums(layout, _per_element(layout, plain))
    hinted = [
        i for i, hint in enumerate(layout.hints) if hint >= SETTINGS.hinted_text and text[i] > 0
    ]
    if not hinted:
        return best
    choice = max(hinted, key=lambda i: (text[i], i))
    return choice if best < 0 or text[choice] > text[best] else best


def _hinted_ancestor(layout: Layout, prose: list[float], best: int) -> int:
    """The nearest ancestor of ``best`` marked up as the article body, if ``best`` is a small
    part of its prose: link-heavy wiki or shop pages can sink the body's own score."""
    index = layout.parents[best]
    while index >= 0:
        hint = layout.hints[index]
        if hint >= SETTINGS.climb_hint:
            return index if prose[best] < SETTINGS.climb_share * prose[index] else best
        if (
            hint >= SETTINGS.article_hint
            and prose[best] < SETTINGS.article_climb_share * prose[index]
        ):
            return index
        index = layout.parents[index]
    return best


def _shared_parent(layout: Layout, prose: list[float], best: int) -> int:
    """When the body markup repeats (the question and each answer of a Q&A page, the posts
    of a thread), the element holding all of them, not the best single one."""
    marked: list[int] = []
    last_end = -1
    for index, hint in enumerate(layout.hints):
        if hint >= 1.0 and index > last_end and prose[index] >= SETTINGS.prose_words:
            marked.append(index)
            last_end = layout.ends[index]
    if len(marked) < 2 or not any(i <= best <= layout.ends[i] for i in marked):
        return best
    common = layout.parents[marked[0]]
    while common >= 0 and layout.ends[common] < marked[-1]:
        common = layout.parents[common]
    if common <= 0 or sum(prose[i] for i in marked) < SETTINGS.shared_share * prose[common]:
        return best  # the marked elements are scattered over a page of other prose
    return common


def _main_landmark(layout: Layout, index: int) -> int:
    """The ``<main>`` element (or ``role="main"``) around element ``index``, -1 for none."""
    index = layout.parents[index]
    while index > 0:
        if layout.tags[index] == "main" or (
            layout.elements and (layout.elements[index].get("role") or "").lower() == "main"
        ):
            return index
        index = layout.parents[index]
    return -1


def within_main(layout: Layout, choice: ContentChoice) -> ContentChoice:
    """The page's ``<main>`` landmark instead of ``choice``, when the element chosen inside it
    holds less than :attr:`ContentSettings.main_share` of the prose the ``<main>`` holds
    outside named chrome: the other sections of the main content are the page's too.

    A landing page writes its content as many sections, each a heading and a line or two of
    prose, parted by rows of buttons and links ("Get started", "Book a demo"); those count
    against every container that spans two sections, so the scores take the largest section
    alone. A choice the front end made on other evidence (a listing, a fallback, the article
    beside teaser lists) is kept as it is.

    >>> from cleaner.html.layout import read_layout
    >>> from cleaner.html.parse import parse_html
    >>> buttons = "<div>" + "<a href=/a>Get started for free</a> " * 4 + "</div>"
    >>> section = "<section><h2>{0}</h2><p>{1}</p></section>"
    >>> lines = ["The tools help teams plan their work.</p><p>They share it in one place.",
    ...          "Every task shows who works on it.", "Files stay next to the work."]
    >>> root = parse_html("<body><main>" + buttons.join(section.format(i, line) for i, line
    ...     in enumerate(lines)) + "</main></body>", max_bytes=10**6)
    >>> layout = read_layout(root)
    >>> first = choose(layout, None)
    >>> layout.tags[first.root], layout.tags[within_main(layout, first).root]
    ('section', 'main')
    """
    best = choice.root
    if best <= 0 or any(note.code != LAYOUT_NAME for note in choice.notes):
        return choice
    main = _main_landmark(layout, best)
    if main < 0:
        return choice
    measures = _Measures.of(layout.blocks)
    reasons = choice.reasons
    clean = subtree_sums(
        layout,
        [
            float(words) if prose and not reasons[block.owner] else 0.0
            for words, prose, block in zip(
                measures.words, measures.prose, layout.blocks, strict=True
            )
        ],
    )
    if clean[best] >= SETTINGS.main_share * clean[main]:
        return choice
    prose_words = [
        float(w) if p else 0.0 for w, p in zip(measures.words, measures.prose, strict=True)
    ]
    prose = _subtree_sums(layout, _per_element(layout, prose_words))
    names = layout_names(layout, prose, main)
    inner = _inner_reasons(
        layout, prose, main, _strong_hints(layout), unnamed_elements(layout, main, names)
    )
    detail = (
        f"the element chosen holds {clean[best]:.0f} of the {clean[main]:.0f} prose words "
        "of the page's <main>"
    )
    return ContentChoice(
        main,
        (*reasons[:main], *inner, *reasons[layout.ends[main] + 1 :]),
        (*choice.notes, *_name_notes(names), Note("html", MAIN_LANDMARK, detail)),
    )


def subtree_sums(layout: Layout, per_block: list[float]) -> list[float]:
    """Per element, the sum of ``per_block`` (one value per block) over its subtree."""
    return _subtree_sums(layout, _per_element(layout, per_block))


def choose_element(layout: Layout, scores: list[float]) -> int:
    """The element with the highest positive score, hint-scaled; -1 when none has one."""
    best, best_score = -1, 0.0
    for index, score in enumerate(scores):
        adjusted = score * (1.0 + SETTINGS.hint_scale * layout.hints[index]) if score > 0 else score
        if adjusted >= best_score and adjusted > 0:
            best, best_score = index, adjusted
    return best


def _best_element(
    layout: Layout, reasons: list[Reason | None], declared: list[float] | None, measures: _Measures
) -> int:
    """The element with the highest (hint-scaled) positive score, -1 when none has one."""
    weights = _block_weights(layout, reasons, declared, measures)
    return choose_element(layout, subtree_sums(layout, weights))


def _block_weights(
    layout: Layout, reasons: list[Reason | None], declared: list[float] | None, measures: _Measures
) -> list[float]:
    """Each block's weight for or against the elements holding it (see :func:`_weight`)."""
    return [
        _weight(
            measures.words[i],
            measures.link_density[i],
            measures.prose[i],
            reasons[b.owner],
            None if declared is None else declared[i],
        )
        for i, b in enumerate(layout.blocks)
    ]


def _choose(layout: Layout, declared: list[float] | None) -> ContentChoice:
    count = len(layout.tags)
    if not count or not layout.blocks:
        return ContentChoice(-1, (None,) * count)
    measures = _Measures.of(layout.blocks)
    prose_words = [
        float(w) if p else 0.0 for w, p in zip(measures.words, measures.prose, strict=True)
    ]
    prose = _subtree_sums(layout, _per_element(layout, prose_words))
    strong = _strong_hints(layout)
    page_names = layout_names(layout, prose, 0)
    reasons = _effective_reasons(
        layout, prose, prose[0], strong, unnamed_elements(layout, 0, page_names)
    )
    best = _best_element(layout, reasons, declared, measures)
    if best < 0 and prose[0] >= SETTINGS.little_prose:
        # The page has prose, but class names put all of it in boilerplate ("tabs",
        # "left-navigation-wrapper" around the body): the names are wrong, not the prose.
        # A consent notice or a modal dialog stays what it is: it lies over the page.
        reasons = _overlays(layout)
        best = _best_element(layout, reasons, declared, measures)
    if best < 0 or prose[best] < SETTINGS.little_prose:
        best = _hinted_element(layout, reasons, best)
    teaser_note: tuple[Note, ...] = ()
    if best >= 0 and prose[best] >= SETTINGS.whole_page_share * prose[0]:
        best, teaser_note = _beside_teasers(layout, reasons, declared, measures, best)
    if best >= 0:
        best = _hinted_ancestor(layout, prose, best)
        best = _shared_parent(layout, prose, best)
    if best < 0:
        return ContentChoice(-1, tuple(reasons), _name_notes(page_names))
    # Inside the chosen element, only containers below it can be boilerplate.
    names = layout_names(layout, prose, best)
    inner = _inner_reasons(layout, prose, best, strong, unnamed_elements(layout, best, names))
    return ContentChoice(
        best,
        (*reasons[:best], *inner, *reasons[layout.ends[best] + 1 :]),
        (*_name_notes(dict(page_names) | dict(names)), *teaser_note),
    )


def _teaser_blocks(layout: Layout, measures: _Measures, root: int) -> list[bool]:
    """Per block: does it sit in a teaser inside ``root``'s subtree?

    A teaser is one of a run of sibling items of one tag ("more stories", "latest news"),
    each a few short blocks that open with a line that is no prose (a title, a kicker) and hold
    some prose (a line of summary). Their links say nothing: many templates lay an empty link
    over the whole card.
    """
    blocks = layout.blocks
    counts = subtree_sums(layout, [1.0] * len(blocks))
    words = subtree_sums(layout, [float(w) for w in measures.words])
    prose = subtree_sums(layout, [1.0 if p else 0.0 for p in measures.prose])
    first: dict[int, int] = {}
    for index in range(len(blocks) - 1, -1, -1):  # each element's first block
        owner = blocks[index].owner
        while owner >= root and first.get(owner, -1) != index:
            first[owner] = index
            owner = layout.parents[owner]
    groups: dict[tuple[int, str], list[int]] = {}
    for index in range(root + 1, layout.ends[root] + 1):
        groups.setdefault((layout.parents[index], layout.tags[index]), []).append(index)
    teaser = [False] * len(blocks)
    for items in groups.values():
        if len(items) < SETTINGS.teasers_min:
            continue
        found = [
            i
            for i in items
            if i in first
            and 2 <= counts[i] <= SETTINGS.teaser_max_blocks
            and words[i] <= SETTINGS.teaser_max_words
            and prose[i] >= 1
            and not measures.prose[first[i]]
        ]
        if len(found) < max(SETTINGS.teasers_min, SETTINGS.teasers_share * len(items)):
            continue
        for item in found:
            index = first[item]
            while index < len(blocks) and blocks[index].owner <= layout.ends[item]:
                teaser[index] = True
                index += 1
    return teaser


def _beside_teasers(
    layout: Layout,
    reasons: list[Reason | None],
    declared: list[float] | None,
    measures: _Measures,
    best: int,
) -> tuple[int, tuple[Note, ...]]:
    """``best`` (the whole page), or the article inside it when the page won only by its
    teaser lists: the element chosen with teasers counting against their container, when it
    keeps most of the prose outside them."""
    teaser = _teaser_blocks(layout, measures, best)
    if not any(teaser):
        return best, ()

    def kept(root: int, teasers: bool) -> float:
        end = layout.ends[root]
        return sum(
            measures.words[i]
            for i, b in enumerate(layout.blocks)
            if root <= b.owner <= end
            and measures.prose[i]
            and not reasons[b.owner]
            and teaser[i] is teasers
        )

    in_teasers, rest = kept(best, True), kept(best, False)
    if in_teasers < SETTINGS.teasers_majority * (in_teasers + rest):
        return best, ()
    if rest < SETTINGS.teasers_rest_words:
        return best, ()
    weights = _block_weights(layout, reasons, declared, measures)
    for i, in_teaser in enumerate(teaser):
        if in_teaser:  # a teaser weighs as named chrome does
            weights[i] = -SETTINGS.named_weight * measures.words[i] - 1.0
    other = choose_element(layout, subtree_sums(layout, weights))
    if not best < other <= layout.ends[best]:
        return best, ()
    other_rest = kept(other, False)
    if other_rest < SETTINGS.teasers_rest_kept * rest:
        return best, ()
    detail = (
        f"{in_teasers:.0f} of the page's {in_teasers + rest:.0f} prose words are in teaser "
        f"lists; the element chosen without them keeps {other_rest:.0f} of the rest"
    )
    return other, (Note("html", BESIDE_TEASERS, detail),)


def _name_notes(names: dict[str, float] | list[tuple[str, float]]) -> tuple[Note, ...]:
    """One note per class token taken as a layout name (see :mod:`cleaner.html.class_names`)."""
    return tuple(
        Note(
            "html",
            LAYOUT_NAME,
            f"class {token!r} is on containers holding {share:.0%} of "
            "the prose around them: a layout name, not boilerplate",
        )
        for token, share in sorted(dict(names).items())
    )


def _lead_blocks(layout: Layout, choice: ContentChoice, declared: list[float] | None) -> set[int]:
    """Prose just before the chosen element, beside it in the tree: a standfirst or intro.

    Many pages put the intro next to the body container, between the headline and the body;
    it belongs to the article but not to the container the scores chose. Under the page's
    <h1>, the intro may sit further up the tree (the headline's <header> beside the body's
    column); prose the complete declared body (JSON-LD) leaves out is no intro.
    """
    root = choice.root
    scope = layout.parents[root]
    if scope <= 0:  # no parent, or the page itself: what comes before is the page's header
        return set()
    first = next((i for i, b in enumerate(layout.blocks) if b.owner >= root), 0)
    scope, reach = _lead_scope(layout, root, first, scope)
    lead: set[int] = set()
    for index in range(first - 1, reach, -1):
        block = layout.blocks[index]
        # Inside the parent, before the chosen element: its siblings and what they hold (a
        # standfirst often sits in the article's <header>, a level or two down).
        if not scope <= block.owner < root:
            break
        if choice.reasons[block.owner]:
            continue  # a share bar or meta line between the intro and the body
        if block.kind is BlockKind.HEADING and block.heading_level <= 1:
            break
        if _prose_words(block) >= SETTINGS.prose_words:
            if declared is not None and declared[index] < 0:
                break  # prose the page's complete declared body leaves out: not the intro
            lead.add(index)
            if len(lead) >= SETTINGS.lead_blocks:
                break
    return lead


def _lead_scope(layout: Layout, root: int, first: int, scope: int) -> tuple[int, int]:
    """The element the intro must sit in, and the block index the search stops above:
    ``scope`` and the lead reach, or the headline's and the body's common element and the
    headline."""
    reach = max(-1, first - 1 - SETTINGS.lead_reach)
    title = _headline_before(layout, first, reach)
    if title is not None:
        # The article's headline just before the body: a standfirst between the two belongs
        # to the article wherever the template nests it (in the <header> beside the body's
        # column), unless the headline's branch is the page itself.
        common = _common_ancestor(layout, layout.blocks[title].owner, root)
        if 0 < common < scope:
            return common, title
    return scope, reach


def _headline_before(layout: Layout, first: int, reach: int) -> int | None:
    """The <h1> right above the blocks before ``first`` (down to ``reach``, excluded); None
    when there is none, or another heading comes between: what follows a sub-heading is a
    box of its own (a fact-check's claim, key points), and an <h2> is as often a box's title
    as the article's."""
    for index in range(first - 1, reach, -1):
        block = layout.blocks[index]
        if block.kind is BlockKind.HEADING:
            return index if block.heading_level == 1 else None
    return None


def _common_ancestor(layout: Layout, one: int, other: int) -> int:
    """The innermost element holding both elements ``one`` and ``other``."""
    while one >= 0 and not one <= other <= layout.ends[one]:
        one = layout.parents[one]
    return one


def build_blocks(layout: Layout, declared_body: str = "") -> tuple[Block, ...]:
    """Choose the content element and turn raw blocks into :class:`Block`s with DOM features
    (the first choice only: cleaner/html/page.py also asks for a second opinion)."""
    declared = declared_shares(layout, declared_body)
    return blocks_for(layout, choose(layout, declared), declared)


def declared_shares(layout: Layout, declared_body: str) -> list[float] | None:
    """How much of each block the page's declared body (JSON-LD ``articleBody``) holds."""
    return _declared_match(layout.blocks, declared_body) if declared_body else None


def choose(layout: Layout, declared: list[float] | None) -> ContentChoice:
    """The content choice, with the declared body already matched to the blocks."""
    return _choose(layout, declared)


def kept_prose(layout: Layout, choice: ContentChoice) -> float:
    """Prose words the choice keeps: inside the chosen element, in no boilerplate container."""
    root = choice.root
    if root < 0:
        return 0.0
    end, reasons = layout.ends[root], choice.reasons
    return sum(
        _prose_words(block)
        for block in layout.blocks
        if root <= block.owner <= end and not reasons[block.owner]
    )


def blocks_for(
    layout: Layout, choice: ContentChoice, declared: list[float] | None
) -> tuple[Block, ...]:
    """The page's blocks with DOM features, inside or outside ``choice``."""
    root = choice.root
    end = layout.ends[root] if root >= 0 else -1
    lead = _lead_blocks(layout, choice, declared) if root >= 0 and SETTINGS.lead_blocks else set()
    reasons = choice.reasons
    blocks = []
    for index, raw in enumerate(layout.blocks):
        owner = raw.owner
        link_chars = raw.link_chars
        dom = DomFeatures(
            # Most blocks have no link text; the share needs no division for them.
            link_density=round(link_chars / (len(raw.text) or 1), 3) if link_chars else 0.0,
            in_article=root <= owner <= end or index in lead,
            heading_level=raw.heading_level,
            boilerplate=reasons[owner] if layout.tags else None,
        )
        blocks.append(Block(index, raw.text, raw.kind, dom=dom, words=raw.words))
    return tuple(blocks)
