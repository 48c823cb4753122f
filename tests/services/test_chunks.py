"""Slices for batched queries and inserts."""

from __future__ import annotations

import pytest

from hearth_desk.services.chunks import in_chunks


def test_slices_keep_the_order_and_the_last_is_shorter() -> None:
    assert list(in_chunks(list(range(7)), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(in_chunks([], 3)) == []
    assert [len(chunk) for chunk in in_chunks(list(range(1001)))] == [500, 500, 1]


def test_a_slice_holds_at_least_one_item() -> None:
    with pytest.raises(ValueError):
        list(in_chunks([1], 0))
