"""Long lists cut into slices: the one helper every batched query and insert uses.

A query with ``IN (…)`` over 100,000 ids would pass SQLite's and PostgreSQL's limits
on bound parameters, and one insert of 100,000 rows would hold them all at once; so
ids are looked up, and rows written, a slice at a time.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

IDS_PER_QUERY = 500  # well under every database's parameter limit


def in_chunks(items: Sequence[T], size: int = IDS_PER_QUERY) -> Iterator[Sequence[T]]:
    """``items`` in consecutive slices of ``size`` (the last one shorter), in order."""
    if size < 1:
        raise ValueError(f"size must be positive: {size}")
    for start in range(0, len(items), size):
        yield items[start : start + size]
