"""The monthly and quarterly figures: visits, households covered against those due by
the visiting rules, problems by category, tier and status, closure and satisfaction."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from hearth_desk.services.audit import set_actor
from hearth_desk.services.visits.figures import months_of, quarters_of, visit_figures
from tests.support.visit_figures import a_quarter

D = dt.date


@pytest.fixture(autouse=True)
def at_the_desk():  # type: ignore[no-untyped-def]
    set_actor("陈静")
    yield
    set_actor(None)


def test_a_quarter_by_month(session: Session) -> None:
    a_quarter(session)  # 张三 is 高龄: monthly; the others yearly

    figures = visit_figures(session, D(2026, 1, 1), D(2026, 3, 31))
    total = figures.total
    assert (total.visits, total.households_visited, total.due, total.covered) == (3, 2, 2, 2)
    # January: 张三 due (last 20 Dec) and seen; 曾国藩 never visited, so due, not seen.
    # February: 张三 due again (10 Jan + 30 days) and missed; 曾国藩 seen.
    # March: 张三 due and seen; 曾国藩 next due in a year; 单丽 not due until June.
    assert [(m.visits, m.due, m.covered) for m in figures.months] == [
        (1, 2, 1), (1, 2, 1), (1, 1, 1)]  # fmt: skip
    assert figures.months[1].coverage == 0.5
    assert len(figures.quarters) == 1 and figures.quarters[0] == total

    assert total.registered == 3 and total.done == 2
    assert total.by_category == {"livelihood": 1, "works": 1, "safety": 1, "environment": 0,
                                 "dispute": 0, "other": 0}  # fmt: skip
    assert total.by_tier == {"small": 2, "large": 1, "special": 0}
    assert total.by_status["followed_up"] == 2 and total.by_status["in_progress"] == 1
    assert total.closure_rate == pytest.approx(2 / 3)
    assert total.median_days == 6.5  # 3 and 10 days
    assert total.satisfaction == {"satisfied": 1, "fairly": 1, "dissatisfied": 0}
    assert total.satisfied_share == 1.0
    march = figures.months[2]
    assert (march.registered, march.closure_rate, march.median_days) == (1, 0.0, None)
    assert march.satisfied_share is None


def test_an_empty_period_counts_nothing(session: Session) -> None:
    figures = visit_figures(session, D(2026, 5, 1), D(2026, 5, 31))
    assert figures.total.visits == figures.total.due == figures.total.registered == 0
    assert figures.total.coverage is None and figures.total.closure_rate is None


def test_months_and_quarters_are_clipped_to_the_period() -> None:
    assert months_of(D(2026, 1, 15), D(2026, 3, 10)) == [
        (D(2026, 1, 15), D(2026, 1, 31)), (D(2026, 2, 1), D(2026, 2, 28)),
        (D(2026, 3, 1), D(2026, 3, 10))]  # fmt: skip
    assert quarters_of(D(2025, 11, 1), D(2026, 2, 1)) == [
        (D(2025, 11, 1), D(2025, 12, 31)), (D(2026, 1, 1), D(2026, 2, 1))]  # fmt: skip
    assert len(months_of(D(2025, 12, 1), D(2026, 11, 30))) == 12
