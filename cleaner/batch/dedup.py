"""``--dedup``: drop records whose body repeats one already written, exactly or nearly.

Each worker computes a small signature of the body (:func:`signature`); the parent, which
sees every record before it is written, keeps an index of them (:class:`DuplicateIndex`).

- **Exact**: the same words in the same order, whatever the white space and case (a hash of
  the case-folded word sequence).
- **Near-exact**: word 5-shingles with an estimated Jaccard similarity of at least
  :data:`NEAR_DUPLICATE`. The estimate is a one-permutation MinHash (Li, Owen and Zhang,
  2012): every shingle is hashed once, the 32-bit hash space is cut into :data:`BINS` bins
  and the smallest hash in each bin is kept; the share of bins two signatures agree on
  estimates their Jaccard similarity. Candidates come from locality-sensitive hashing over
  :data:`BANDS` bands of the signature, so a lookup costs a few dictionary probes, not a
  pass over every earlier record.

Written here rather than taken from datasketch, the usual library for this: its MinHash
hashes every shingle once per permutation (128 by default) through numpy, and scipy
would become a dependency of every install for a flag most runs do not use. One hash
per shingle keeps the worker's cost under a millisecond for a typical article.

Memory grows with the records kept: about 1 kB each (signature, band keys, the source that
a later duplicate names), so 100,000 records cost about 100 MB in the parent process.

>>> index = DuplicateIndex()
>>> body = "The council voted on Monday to close the old bridge for repairs until spring. " * 3
>>> index.check(signature(body), "a.html") is None
True
>>> index.check(signature(body.upper()), "b.html")
'a.html'
"""

from __future__ import annotations

import hashlib
import re
import struct
import zlib

__all__ = ["BANDS", "BINS", "NEAR_DUPLICATE", "DuplicateIndex", "signature", "similarity"]

_WORD = re.compile(r"\w+")
SHINGLE_WORDS = 5
BINS = 32
BANDS = 8  # of BINS // BANDS = 4 bins each: a pair at 0.8 shares a band with p = 0.985
# Estimated Jaccard similarity of the shingles at which two bodies are the same article.
# One changed word takes five shingles out and puts five in, so a copy with one word in a
# hundred changed (a date line, a corrected typo) is at about 0.9; the estimate's standard
# deviation there is about 0.05 with 32 bins, so 0.8 catches such copies (on the golden
# fixtures, each with 1% of its words replaced: estimates 0.82-1.0), while two different
# articles of one site, sharing only their boilerplate, stay far below it (0.0-0.1).
NEAR_DUPLICATE = 0.8
_EMPTY = 0xFFFFFFFF  # a bin no shingle fell into
_BIN_WIDTH = (1 << 32) // BINS
_ROWS = BINS // BANDS
_LAYOUT = struct.Struct(f"<8s{BINS}I")


def _shingles(words: list[str]) -> set[str]:
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words)}
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(body: str) -> bytes:
    """The body's exact digest (8 bytes) and its MinHash bins, packed for the trip home.

    >>> len(signature("One two three.")) == 8 + 4 * BINS
    True
    """
    words = _WORD.findall(body.casefold())
    exact = hashlib.blake2b(" ".join(words).encode("utf-8", "surrogatepass"), digest_size=8)
    bins = [_EMPTY] * BINS
    for shingle in _shingles(words):
        value = zlib.crc32(shingle.encode("utf-8", "surrogatepass"))
        slot = value // _BIN_WIDTH
        if value < bins[slot]:
            bins[slot] = value
    return _LAYOUT.pack(exact.digest(), *bins)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets (bins both left empty
    do not count).

    >>> similarity(signature("a b c d e f g"), signature("a b c d e f g"))
    1.0
    """
    _, *bins_a = _LAYOUT.unpack(a)
    _, *bins_b = _LAYOUT.unpack(b)
    used = [(x, y) for x, y in zip(bins_a, bins_b, strict=True) if x != _EMPTY or y != _EMPTY]
    if not used:
        return 1.0
    return sum(1 for x, y in used if x == y) / len(used)


class DuplicateIndex:
    """The signatures of the records written so far; :meth:`check` adds or names a match."""

    def __init__(self) -> None:
        self._exact: dict[bytes, int] = {}
        self._bands: dict[int, list[int]] = {}
        self._signatures: list[bytes] = []
        self._sources: list[str] = []

    def __len__(self) -> int:
        return len(self._signatures)

    def _band_keys(self, packed: bytes) -> list[int]:
        bins = packed[8:]
        width = 4 * _ROWS
        return [hash((band, bins[band * width : (band + 1) * width])) for band in range(BANDS)]

    def check(self, packed: bytes, source: str) -> str | None:
        """The source of an earlier record this one duplicates; else None, and it is added."""
        exact = packed[:8]
        if exact in self._exact:
            return self._sources[self._exact[exact]]
        keys = self._band_keys(packed)
        candidates = {n for key in keys for n in self._bands.get(key, ())}
        for number in sorted(candidates):
            if similarity(packed, self._signatures[number]) >= NEAR_DUPLICATE:
                return self._sources[number]
        self.add(packed, source, keys)
        return None

    def add(self, packed: bytes, source: str, keys: list[int] | None = None) -> None:
        """Index a record without checking it (one written by an earlier run, on resume)."""
        number = len(self._signatures)
        self._signatures.append(packed)
        self._sources.append(source)
        self._exact.setdefault(packed[:8], number)
        for key in keys if keys is not None else self._band_keys(packed):
            self._bands.setdefault(key, []).append(number)
