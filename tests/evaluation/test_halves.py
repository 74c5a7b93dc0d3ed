"""The tune/check split: a hash of the page id, the same everywhere."""

from __future__ import annotations

import hashlib

from hypothesis import given
from hypothesis import strategies as st

from cleaner.evaluation.halves import Half, half_of, split


@given(st.text())
def test_half_is_the_parity_of_the_ids_sha1(page_id: str) -> None:
    parity = int(hashlib.sha1(page_id.encode()).hexdigest(), 16) % 2
    assert half_of(page_id) is (Half.TUNE if parity == 0 else Half.CHECK)


def test_split_keeps_order_and_covers_every_id() -> None:
    ids = [f"{number:04d}" for number in range(1, 41)]
    halves = split(ids)
    assert sorted(halves[Half.TUNE] + halves[Half.CHECK]) == ids
    assert halves[Half.TUNE] == [i for i in ids if half_of(i) is Half.TUNE]
    assert 10 < len(halves[Half.TUNE]) < 30  # a hash, not a rule that puts every id on one side
