"""Text a page writes twice: word runs repeated across the pieces of a flattened page.

A page's chrome is written more than once (a menu in the header and again in the footer, a
headline again in a teaser, the copyright notice in two footers, the whole article again in a
mobile copy), and on a page flattened onto one line that repetition no longer falls on line
boundaries: the two copies are cut into pieces at different places, so the line-level repeat
checks (the duplicates step, navigation's written-elsewhere tests) miss them. One pass of
word-run hashing over the pieces finds them again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["RUN_WORDS", "written_again"]

_WORD = re.compile(r"\w+")

# A run of this many words (the evaluation's tokens: letters and digits) written twice on a
# page is taken for a copy: as long as a short headline ("Using cannabis as we age"), which
# teaser cards print twice (the image's caption and the link), and a piece is a copy only
# when most of it lies in such runs (below), so a stock phrase alone makes none.
RUN_WORDS = 4
# A piece is a copy when this share of its words lies in such runs: a teaser card glued to its
# headline's second copy and a label ("LEARN MORE Find the Best-Fitting Mouse ... Logitech Find
# the Best-Fitting Mouse ...") is mostly copy, a sentence that quotes a headline keeps more
# of its own words. Flattened teaser lists after a short article outweighed it: on the wcxb
# tune pages where a flattened variant of a dump style collapses while the style scores over
# 0.85 (dumps flattened the way bench/styles.py makes one-line), the span ran on into such
# cards. Swept on the tune halves (run words, share): wcxb one-line 0.78145 at (6, 0.9),
# 0.78232 (6, 0.6), 0.78196 (4, 0.9), 0.78317 (4, 0.6); aeb one-line and flattened blocks,
# resiliparse, lynx and soup-text up at (4, 0.6), flattened Markdown and w3m down by a page
# or two. One-line tune|check, (6, 0.9) -> (4, 0.6): aeb 0.94932|0.91887 -> 0.94945|0.91913,
# wcxb 0.78145|0.79469 -> 0.78317|0.79567, traf 0.83579|0.82126 -> 0.83582|0.82136, fundus
# (held out) 0.85189|0.87176 -> 0.85540|0.87503; soup-text aeb tune 0.93277 -> 0.93333;
# its cost, kept for those gains: soup-text traf check 0.86220 -> 0.86114 (one page) and fundus
# 0.86580|0.88272 -> 0.86557|0.88253, where no tune page of aeb, traf or wcxb shows a loss.
_COVERED = 0.6
# ... and it has this many words at least (a piece shorter than a run holds none).
_MIN_WORDS = RUN_WORDS


def written_again(texts: Sequence[str]) -> list[int]:
    """Indices of the pieces (``texts``, in page order) that copy text written before them.

    A piece is such a copy when most of its words (``_COVERED``) lie in runs of
    ``RUN_WORDS`` words that the page writes twice or more, and one of its runs was written
    in an earlier piece: the later copy, so the first one (a headline, a lede before its
    repeat in a teaser) stays as it was. A run repeated inside one piece makes no copy.

    >>> head = "Economy in stress and markets on a high; time to be careful?"
    >>> written_again([head, "Markets closed higher on Friday.", head, "Markets rose."])
    [2]
    >>> written_again(["It rained all day in the city on Monday.", "Then it stopped."])
    []
    """
    words = [_WORD.findall(text) for text in texts]
    flat = [word for piece in words for word in piece]
    # Each run of RUN_WORDS words: where it is first written, and whether it is written again.
    first: dict[tuple[str, ...], int] = {}
    again: set[tuple[str, ...]] = set()
    runs = [tuple(flat[i : i + RUN_WORDS]) for i in range(len(flat) - RUN_WORDS + 1)]
    for at, run in enumerate(runs):
        if first.setdefault(run, at) != at:
            again.add(run)
    if not again:
        return []
    copies: list[int] = []
    start = 0
    for index, piece in enumerate(words):
        end = start + len(piece)
        if len(piece) >= _MIN_WORDS:
            own = runs[start : end - RUN_WORDS + 1]
            if any(first[run] < start for run in own if run in again):
                covered = [False] * len(piece)
                for offset, run in enumerate(own):
                    if run in again:
                        covered[offset : offset + RUN_WORDS] = [True] * RUN_WORDS
                if sum(covered) >= _COVERED * len(piece):
                    copies.append(index)
        start = end
    return copies
