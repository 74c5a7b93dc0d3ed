"""Class names the page's own content contradicts: a boilerplate word used as a layout name.

A class or id names a container as boilerplate by a word in it ("widget", "sidebar",
"footer"). Page builders and CSS modules put such words on the containers that hold the
article itself: Elementor wraps every paragraph in ``elementor-widget-container``, a
Genesis theme wraps the content column in ``content-sidebar-wrap``, a CSS module calls the
article area ``WidgetArea_WidgetArea__3v9Kg``. Such a name, however often the page uses it,
is not evidence of boilerplate when the containers carrying it hold most of the page's
prose: the name describes the layout, not what is inside.

The test is the one :mod:`cleaner.html.content` applies to a single wrapper element, over
every element that carries the same class token: their outermost instances together holding
more than :data:`LAYOUT_NAME_SHARE` of the prose. Comment sections are left out: a thread can
outweigh the article it follows and still be comments.

>>> from cleaner.html.parse import parse_html
>>> from cleaner.html.layout import read_layout
>>> prose = "<p>" + "The council voted on Monday to approve the plan. " * 3 + "</p>"
>>> widget = "<div class='elementor-widget'>" + prose + "</div>"
>>> layout = read_layout(parse_html("<body>" + widget * 3 + "<div class=footer>"
...                                  + prose + "</div></body>", max_bytes=10**6))
>>> prose_per_element = [0.0] * len(layout.tags)
>>> for b in layout.blocks:
...     for i in range(len(layout.tags)):
...         if i <= b.owner <= layout.ends[i]: prose_per_element[i] += b.words
>>> sorted(layout_names(layout, prose_per_element, 0))
[('elementor-widget', 0.75)]
"""

from __future__ import annotations

import functools

from cleaner.html.layout import Layout
from cleaner.html.xpaths import token_signals
from cleaner.reasons import Reason

__all__ = ["FOOTER_NAME_SHARE", "LAYOUT_NAME_SHARE", "layout_names", "unnamed_elements"]

# The same share as content._WRAPPER_SHARE, for one element: a name whose containers hold
# more than this share of the prose around them is a layout name.
LAYOUT_NAME_SHARE = 0.6
# A footer's legal notes can outweigh a short article (wcxb tune: 220 words of disclaimer,
# 70% of the prose, under a 73-word notice): a footer name is a layout name only above this
# share (wcxb tune: "map1-footer" around 97% of an article's prose).
FOOTER_NAME_SHARE = 0.9
_COMMENTS = Reason.COMMENT_SECTION


@functools.lru_cache(maxsize=4096)
def _reason(token: str) -> Reason | None:
    # A pure function of the token, memoised as segment._token_signals is.
    return token_signals(token)[0]


def _naming_token(namer: str, reason: Reason | None) -> str | None:
    """The class/id token that gave an element its boilerplate ``reason``, if one did."""
    for token in namer.split():
        if _reason(token) == reason:
            return token
    return None


def _coverage(
    layout: Layout, prose: list[float], root: int
) -> dict[str, tuple[float, Reason | None]]:
    """Prose inside the outermost elements carrying each naming token, under ``root``, and
    the reason the token gives."""
    coverage: dict[str, tuple[float, Reason | None]] = {}
    last_end: dict[str, int] = {}
    namers, reasons, ends = layout.namers, layout.boilerplate, layout.ends
    for index in range(root, ends[root] + 1):
        namer = namers[index]
        if not namer or reasons[index] == _COMMENTS:
            continue
        token = _naming_token(namer, reasons[index])
        if token is None or index <= last_end.get(token, -1):
            continue
        last_end[token] = ends[index]
        words, _ = coverage.get(token, (0.0, None))
        coverage[token] = (words + prose[index], reasons[index])
    return coverage


def layout_names(layout: Layout, prose: list[float], root: int) -> list[tuple[str, float]]:
    """The boilerplate-sounding class tokens under ``root`` that name most of its prose, with
    the share they hold. ``prose`` is each element's prose words (its subtree's)."""
    total = prose[root] if layout.namers else 0.0
    if total <= 0:
        return []
    return [
        (token, round(words / total, 2))
        for token, (words, reason) in _coverage(layout, prose, root).items()
        if words
        > (FOOTER_NAME_SHARE if reason is Reason.PAGE_FOOTER else LAYOUT_NAME_SHARE) * total
    ]


def unnamed_elements(layout: Layout, root: int, names: list[tuple[str, float]]) -> set[int]:
    """Elements under ``root`` whose boilerplate reason came from one of ``names``."""
    tokens = {token for token, _ in names}
    if not tokens:
        return set()
    found = set()
    for index in range(root, layout.ends[root] + 1):
        namer = layout.namers[index]
        if namer and _naming_token(namer, layout.boilerplate[index]) in tokens:
            found.add(index)
    return found
