"""The tune/check split of every development set: a page's half follows from its id alone.

Rules are developed on the *tune* half (failures, explain output and page text are read there
only) and the *check* half is reported beside it, unread: a change that helps tune and costs
check fits pages, not the web. The split is a hash of the page id, so it needs no list, is the
same in every tool and never moves when a set grows.

>>> half_of("0001"), half_of("0003")
(<Half.CHECK: 'check'>, <Half.TUNE: 'tune'>)
>>> split(["0001", "0002", "0003"])
{<Half.CHECK: 'check'>: ['0001', '0002'], <Half.TUNE: 'tune'>: ['0003']}
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Iterable

__all__ = ["Half", "half_of", "split"]


class Half(enum.StrEnum):
    """``int(sha1(id).hexdigest(), 16) % 2``: 0 is the tune half, 1 the check half."""

    TUNE = "tune"
    CHECK = "check"


def half_of(page_id: str) -> Half:
    """The half a page belongs to, from the SHA-1 of its id (UTF-8)."""
    parity = int(hashlib.sha1(page_id.encode("utf-8")).hexdigest(), 16) % 2
    return Half.CHECK if parity else Half.TUNE


def split(page_ids: Iterable[str]) -> dict[Half, list[str]]:
    """The ids of each half, in the order given (a half with no page is left out)."""
    halves: dict[Half, list[str]] = {}
    for page_id in page_ids:
        halves.setdefault(half_of(page_id), []).append(page_id)
    return halves
