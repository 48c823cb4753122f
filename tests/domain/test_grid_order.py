"""One door order for the lists, the sort keys and the printouts."""

from __future__ import annotations

from hearth_desk.domain.grid_order import door_key, household_sort_key


def test_natural_door_order() -> None:
    assert sorted(["10", "2", "0102", "0101", "1001", "B2", "B10"], key=door_key) == [
        "2", "10", "0101", "0102", "1001", "B2", "B10"]  # fmt: skip


def test_a_door_with_and_without_its_leading_zero_sorts_alike() -> None:
    assert door_key("401") == door_key("0401")


def test_households_sort_by_the_grid_order_before_the_door() -> None:
    first = household_sort_key([(1, 9), (2, 8), (1, 7)], "1001")
    second = household_sort_key([(1, 9), (3, 2), (1, 1)], "0101")
    assert first < second
    assert household_sort_key([(1, 9), (2, 8), (1, 7)], "") + door_key("0101") == (
        household_sort_key([(1, 9), (2, 8), (1, 7)], "0101")
    )
