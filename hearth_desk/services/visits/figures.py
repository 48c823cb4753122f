"""The monthly and quarterly figures of door-to-door work, as offices report them:

- visits made, and the households covered against those due: a household is due in a
  span when it had never been visited before it, or when its last visit before it
  plus its interval (``domain.visit_rules``, from settings) falls inside it; it is
  covered when it was visited in the span;
- the problems (requests) registered in the span, by category, tier and status: the
  status is today's, so a month's closure rate rises as its requests are closed;
- the closure rate (closed or followed up, of those registered) and the median days
  from registration to closing;
- satisfaction at the return visits of those requests (the last return visit's), and
  the share satisfied (满意 and 基本满意, of those asked), as offices count 满意率.

For a period (from, to), the whole and each calendar month and quarter within it,
clipped to the period. Counted with a handful of queries whatever the period's length;
the sentences, tables and charts made of them belong to the cli, reports and window.
"""

from __future__ import annotations

import bisect
import datetime as dt
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import (
    Request,
    RequestCategory,
    RequestStatus,
    RequestTier,
    Satisfaction,
    Visit,
)
from hearth_desk.domain.request_flow import DONE_STATUSES
from hearth_desk.services.visits.intervals import household_intervals
from hearth_desk.services.visits.settings import visiting_rules

CATEGORIES = tuple(category.value for category in RequestCategory)
TIERS = tuple(tier.value for tier in RequestTier)
STATUSES = tuple(status.value for status in RequestStatus)
SATISFACTIONS = tuple(satisfaction.value for satisfaction in Satisfaction)


@dataclass(frozen=True)
class SpanFigures:
    """The figures of one span: the whole period, a month or a quarter."""

    start: dt.date
    end: dt.date  # inclusive
    visits: int  # visits made
    households_visited: int  # households visited at least once
    due: int  # households due in the span by the visiting rules
    covered: int  # of those due, visited in the span
    registered: int  # problems registered in the span
    by_category: dict[str, int]  # every category code, in the words' order
    by_tier: dict[str, int]
    by_status: dict[str, int]
    done: int  # closed or followed up
    median_days: float | None  # registration to closing, of those closed; None: none closed
    satisfaction: dict[str, int]  # 满意/基本满意/不满意 by code

    @property
    def coverage(self) -> float | None:
        """Covered of due, 0–1; None when nobody was due."""
        return self.covered / self.due if self.due else None

    @property
    def closure_rate(self) -> float | None:
        return self.done / self.registered if self.registered else None

    @property
    def rated(self) -> int:
        return sum(self.satisfaction.values())

    @property
    def satisfied_share(self) -> float | None:
        """满意率: satisfied or fairly satisfied, of those asked at a return visit."""
        if not self.rated:
            return None
        happy = self.satisfaction[Satisfaction.SATISFIED] + self.satisfaction[Satisfaction.FAIRLY]
        return happy / self.rated


@dataclass(frozen=True)
class VisitFigures:
    start: dt.date
    end: dt.date
    total: SpanFigures
    months: tuple[SpanFigures, ...]  # every calendar month the period touches, clipped
    quarters: tuple[SpanFigures, ...]  # likewise, every quarter


def months_of(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The calendar months from ``start`` to ``end``, the first and last clipped."""
    return _spans(start, end, 1)


def quarters_of(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    return _spans(start, end, 3)


def _spans(start: dt.date, end: dt.date, months: int) -> list[tuple[dt.date, dt.date]]:
    spans = []
    first = dt.date(start.year, (start.month - 1) // months * months + 1, 1)
    while first <= end:
        year, month = divmod(first.year * 12 + first.month - 1 + months, 12)
        following = dt.date(year, month + 1, 1)
        spans.append((max(first, start), min(following - dt.timedelta(days=1), end)))
        first = following
    return spans


def visit_figures(session: Session, start: dt.date, end: dt.date) -> VisitFigures:
    """The figures from ``start`` to ``end`` (both days counted)."""
    if end < start:
        start, end = end, start
    visits = _Visits.read(session, start, end)
    problems = _Problems.read(session, start, end)

    def span(first: dt.date, last: dt.date) -> SpanFigures:
        return SpanFigures(first, last, *visits.counts(first, last), *problems.counts(first, last))

    return VisitFigures(
        start,
        end,
        span(start, end),
        tuple(span(*each) for each in months_of(start, end)),
        tuple(span(*each) for each in quarters_of(start, end)),
    )


class _Visits:
    """The period's visits by household, each household's last visit before it, and
    every household's interval: enough to count any span inside the period."""

    def __init__(self, intervals: dict[int, int], before: dict[int, dt.date],
                 days: dict[int, list[dt.date]], per_day: dict[dt.date, int]) -> None:  # fmt: skip
        self.intervals, self.before, self.days, self.per_day = intervals, before, days, per_day

    @classmethod
    def read(cls, session: Session, start: dt.date, end: dt.date) -> _Visits:
        intervals = household_intervals(session, visiting_rules(session))
        before = {
            household_id: last
            for household_id, last in session.execute(
                select(Visit.household_id, func.max(Visit.date))
                .where(Visit.date < start)
                .group_by(Visit.household_id)
            )
        }
        days: dict[int, list[dt.date]] = defaultdict(list)
        per_day: Counter[dt.date] = Counter()
        for household_id, day, made in session.execute(
            select(Visit.household_id, Visit.date, func.count())
            .where(Visit.date.between(start, end))
            .group_by(Visit.household_id, Visit.date)
            .order_by(Visit.household_id, Visit.date)
        ):
            days[household_id].append(day)
            per_day[day] += made
        return cls(intervals, before, days, per_day)

    def counts(self, first: dt.date, last: dt.date) -> tuple[int, int, int, int]:
        """Visits, households visited, households due, due ones covered."""
        made = sum(n for day, n in self.per_day.items() if first <= day <= last)
        visited = due = covered = 0
        for household_id in self.days.keys() | self.intervals.keys():
            dates = self.days.get(household_id, [])
            at = bisect.bisect_left(dates, first)
            seen = at < len(dates) and dates[at] <= last
            visited += seen
            interval = self.intervals.get(household_id)
            if interval is None:  # nobody lives there any more: no longer due
                continue
            previous = dates[at - 1] if at else self.before.get(household_id)
            if previous is None or previous + dt.timedelta(days=interval) <= last:
                due += 1
                covered += seen
        return made, visited, due, covered


class _Problems:
    """The period's requests, grouped by what the figures count."""

    def __init__(self, rows: list[tuple]) -> None:  # type: ignore[type-arg]
        self.rows = rows

    @classmethod
    def read(cls, session: Session, start: dt.date, end: dt.date) -> _Problems:
        columns = (Request.registered_on, Request.closed_on, Request.category, Request.tier,
                   Request.status, Request.satisfaction)  # fmt: skip
        query = (
            select(*columns, func.count())
            .where(Request.registered_on.between(start, end))
            .group_by(*columns)
        )
        return cls([tuple(row) for row in session.execute(query)])

    def counts(
        self, first: dt.date, last: dt.date
    ) -> tuple[int, dict[str, int], dict[str, int], dict[str, int], int, float | None,
               dict[str, int]]:  # fmt: skip
        category, tier, status = _zeros(CATEGORIES), _zeros(TIERS), _zeros(STATUSES)
        satisfaction = _zeros(SATISFACTIONS)
        registered = done = 0
        days: list[int] = []
        for registered_on, closed_on, cat, level, state, said, n in self.rows:
            if not first <= registered_on <= last:
                continue
            registered += n
            category[cat] += n
            tier[level] += n
            status[state] += n
            if said is not None:
                satisfaction[said] += n
            if state in DONE_STATUSES:
                done += n
            if closed_on is not None:
                days += [(closed_on - registered_on).days] * n
        median = float(statistics.median(days)) if days else None
        return registered, category, tier, status, done, median, satisfaction


def _zeros(codes: Iterable[str]) -> dict[str, int]:
    return dict.fromkeys(codes, 0)
