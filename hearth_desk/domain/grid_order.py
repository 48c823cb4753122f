"""The order of households on paper: by the grid's own order, then the door."""

from __future__ import annotations

import re
from collections.abc import Sequence

_DIGITS = re.compile(r"\d+")


def door_key(door: str) -> str:
    """Digits compared as numbers: 401 and 0401 sort alike, 1001 after 0902."""
    return _DIGITS.sub(lambda m: m.group().lstrip("0").rjust(8, "0"), door)


def household_sort_key(path: Sequence[tuple[int, int]], door: str) -> str:
    """``path``: (sort_order, id) of the compound, building and unit."""
    return "".join(f"{order:05d}{node_id:07d}" for order, node_id in path) + door_key(door)
