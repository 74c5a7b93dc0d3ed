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
# page is taken for a copy: longer than most stock phrases, shorter than a menu or a headline.
# Counted on the one-line tune halves (4-token shingles of the body): on aeb, 12% of the
# shingles kept outside the gold lie in a 6-word run written twice, against 3% of those kept
# inside it; on wcxb 25% against 6%. Not swept: the one value the count was made with.
RUN_WORDS = 6
# A piece is a copy when this share of its words lies in such runs: a sentence that merely
# quotes a headline or a menu's phrase keeps its own words.
_COVERED = 0.9
# ... and it has this many words at least (a piece shorter than a run holds none).
_MIN_WORDS = RUN_WORDS


def written_again(texts: Sequence[str]) -> list[int]:
    """Indices of the pieces (``texts``, in page order) that copy text written before them.

    A piece is such a copy when nearly all its words (``_COVERED``) lie in runs of
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
