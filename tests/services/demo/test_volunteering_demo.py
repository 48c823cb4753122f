"""The demo gives every member a year of service in the brief's shape: a few hundred
people, thousands of 人次, tens of hours each, the retired most; the same seed writes
the same year."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import Event, EventHelper, EventKind, Member, ServiceRecord
from hearth_desk.services.demo.events import YEAR
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.services.volunteering.figures import year_figures
from hearth_desk.services.volunteering.member_totals import member_totals


def test_a_year_of_volunteer_service(session: Session) -> None:
    summary = fill_demo(session, households=300).volunteering
    members = session.scalar(select(func.count()).select_from(Member))
    assert summary.people == members and 300 <= summary.people <= 500
    assert 8_000 <= summary.times <= 25_000 and 5_000 <= summary.served <= 60_000
    assert Decimal(20) <= summary.average_hours <= Decimal(50)
    first, last = session.execute(select(func.min(ServiceRecord.date),
                                         func.max(ServiceRecord.date))).one()  # fmt: skip
    assert first.year == last.year == YEAR
    at_homes = session.scalar(
        select(func.count())
        .select_from(ServiceRecord)
        .where(ServiceRecord.household_id.is_not(None))
    )
    assert at_homes > summary.records / 5

    # The retired party members serve most: ~90 times and 35+ hours a year, as in the brief.
    retired = set(session.scalars(select(Member.id).where(Member.retired.is_(True))))
    totals = member_totals(session, dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31), retired)
    assert len(totals) == len(retired) >= 40
    assert 70 <= sum(t.times for t in totals.values()) / len(totals) <= 120
    assert sum(t.hours for t in totals.values()) / len(totals) >= 35

    # At events: some helpers' own hours, and helpers at the service days.
    own = session.scalar(select(func.count()).select_from(EventHelper)
                         .where(EventHelper.hours.is_not(None)))  # fmt: skip
    assert own and own < session.scalar(select(func.count()).select_from(EventHelper)) / 4
    at_days = session.scalar(
        select(func.count()).select_from(EventHelper)
        .join(Event, Event.id == EventHelper.event_id)
        .where(Event.kind == EventKind.SERVICE_DAY.value)
    )  # fmt: skip
    assert at_days >= 12 * 2 * 3

    figures = year_figures(session, YEAR)
    assert (figures.totals.times, figures.totals.hours) == (summary.times, summary.hours)
    assert len(figures.top) == 10 and all(row.people for row in figures.teams)
    assert fill_demo(session, households=300, replace=True).volunteering == summary
