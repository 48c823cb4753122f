"""A quarter of door-to-door work on the small ledger, for the figures' tests: 张三
(高龄, monthly) visited in January and March, 曾国藩 (never before) in February, 单丽
(yearly, visited last June) not due; three problems, two closed and followed up."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from hearth_desk.domain.models import Household, RequestStatus, Visit
from hearth_desk.services.visits.requests import NewRequest, advance_request, register_request
from tests.support.factories import small_ledger

D = dt.date


def visit(session: Session, household_id: int, day: dt.date) -> None:
    session.add(Visit(household_id=household_id, date=day, entered_at=dt.datetime(2026, 1, 1)))


def problem(session: Session, household_id: int, day: dt.date, category: str, tier: str,
            *, closed: dt.date | None = None, satisfaction: str | None = None) -> None:  # fmt: skip
    new = NewRequest("楼道灯不亮", category=category, tier=tier, household_id=household_id,
                     registered_on=day)  # fmt: skip
    made = register_request(session, new)
    advance_request(session, made.id, RequestStatus.IN_PROGRESS, on=day)
    if closed is not None:
        advance_request(session, made.id, RequestStatus.CLOSED, result="已修好", on=closed)
    if satisfaction is not None:
        advance_request(session, made.id, RequestStatus.FOLLOWED_UP, satisfaction=satisfaction,
                        on=closed)  # fmt: skip


def a_quarter(session: Session) -> dict[str, Household]:
    """The first quarter of 2026 (and a visit and a problem on 2 April, after it)."""
    homes = small_ledger(session)
    zhang, shan, zeng = (homes[name].id for name in ("zhang", "shan", "zeng"))
    for household_id, day in ((zhang, D(2025, 12, 20)), (zhang, D(2026, 1, 10)),
                              (zhang, D(2026, 3, 5)), (shan, D(2025, 6, 1)),
                              (zeng, D(2026, 2, 10)), (zeng, D(2026, 4, 2))):  # fmt: skip
        visit(session, household_id, day)
    problem(session, zhang, D(2026, 1, 5), "livelihood", "small", closed=D(2026, 1, 8),
            satisfaction="satisfied")  # fmt: skip
    problem(session, zeng, D(2026, 2, 1), "works", "large", closed=D(2026, 2, 11),
            satisfaction="fairly")  # fmt: skip
    problem(session, shan, D(2026, 3, 1), "safety", "small")
    problem(session, shan, D(2026, 4, 2), "safety", "small")  # after the quarter
    session.flush()
    return homes
