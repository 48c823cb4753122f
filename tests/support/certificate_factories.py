"""Volunteers with a year of service, for the certificates' tests and bench."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from hearth_desk.domain.id_numbers import make_id_number
from hearth_desk.domain.models import Gender, ServiceRecord
from hearth_desk.services.community import set_community
from tests.support.tree_factories import member

YEAR = 2026


def volunteer_id(n: int) -> str:
    return make_id_number("110101", dt.date(1960, 1, 1) + dt.timedelta(days=n), (n % 450) * 2 + 10,
                          Gender.FEMALE)  # fmt: skip


def served(
    session: Session, member_id: int, day: dt.date, hours: str, what: str = "疏通下水道"
) -> None:
    entered_at = dt.datetime.combine(day, dt.time(10))
    record = ServiceRecord(member_id=member_id, date=day, hours=Decimal(hours), what=what,
                           served=1, entered_at=entered_at)  # fmt: skip
    session.add(record)


def volunteers(session: Session, names: list[str], *, with_ids: bool = True) -> list[int]:
    """Members who served twice in ``YEAR`` (5 March and 20 November), 3.5 hours each."""
    set_community(session, "和平里社区", "和平里街道", "北京市东城区")
    ids = []
    for n, name in enumerate(names):
        row = member(session, name, id_number=volunteer_id(n) if with_ids else None)
        served(session, row.id, dt.date(YEAR, 3, 5), "3.5", "环境整治")
        served(session, row.id, dt.date(YEAR, 11, 20), "3.5", "疏通下水道")
        ids.append(row.id)
    session.flush()
    return ids
