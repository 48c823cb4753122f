"""How often a household must be visited, from its members' care tags.

A household is due at the shortest interval any living member's care tag asks for
(an elder living alone in a family of three still means weekly), and at the default
(yearly) when no tag has a rule. Staff change the intervals in settings; these are the
defaults the issue of the office's practice gives.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

DEFAULT_INTERVALS = {
    "独居老人": 7,  # weekly
    "空巢老人": 14,  # every two weeks
    "高龄": 30,  # monthly
    "困难家庭": 30,
    "低保": 30,
}
DEFAULT_EVERYONE_ELSE = 365  # yearly


def household_interval(
    tags: Iterable[str], intervals: Mapping[str, int], everyone_else: int
) -> int:
    """The days between visits for a household whose living members carry ``tags``."""
    ruled = [intervals[tag] for tag in tags if tag in intervals]
    return min(ruled, default=everyone_else)


@dataclass(frozen=True)
class Due:
    """When a household is next due, and how late it is today (negative: not yet due)."""

    last_visit: dt.date | None
    interval_days: int
    due_on: dt.date | None  # None: never visited, due at once
    days_late: int | None  # None: never visited (the latest of all)

    @property
    def overdue(self) -> bool:
        return self.days_late is None or self.days_late > 0


def due(last_visit: dt.date | None, interval_days: int, today: dt.date) -> Due:
    if last_visit is None:
        return Due(None, interval_days, None, None)
    due_on = last_visit + dt.timedelta(days=interval_days)
    return Due(last_visit, interval_days, due_on, (today - due_on).days)
