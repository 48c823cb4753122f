"""Start-up's objects are taken out of the collector's walks, and new ones are not."""

from __future__ import annotations

import gc

from hearth_desk.ui.common.settled_heap import settle_heap


def test_what_lives_at_start_up_is_frozen_and_later_objects_are_collected() -> None:
    try:
        settle_heap()
        frozen = gc.get_freeze_count()
        assert frozen > 0
        cycle: list[object] = []
        cycle.append(cycle)
        del cycle
        assert gc.collect() >= 1  # made afterwards: still collected
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
