"""A household's visiting interval is its most demanding care tag's."""

from __future__ import annotations

import datetime as dt

from hearth_desk.domain.visit_rules import DEFAULT_INTERVALS, due, household_interval


def test_the_shortest_ruled_interval_wins_and_others_are_yearly() -> None:
    assert household_interval(["高龄", "独居老人", "党员"], DEFAULT_INTERVALS, 365) == 7
    assert household_interval(["党员"], DEFAULT_INTERVALS, 365) == 365
    assert household_interval([], DEFAULT_INTERVALS, 200) == 200


def test_lateness_counts_from_the_last_visit() -> None:
    today = dt.date(2026, 11, 29)
    weekly = due(dt.date(2026, 11, 20), 7, today)
    assert (weekly.due_on, weekly.days_late, weekly.overdue) == (dt.date(2026, 11, 27), 2, True)
    assert not due(dt.date(2026, 11, 28), 7, today).overdue
    never = due(None, 365, today)
    assert never.overdue and never.days_late is None
