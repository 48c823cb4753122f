"""The demo's year of door-to-door work: staff sharing the grid, visits as the rules
ask with some care-tagged households overdue, about 300 requests in the issue's mix
moved step by step, thanks, and four meetings whose open matters carry over."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import (
    GridLevel,
    GridNode,
    Household,
    Meeting,
    MeetingAttendee,
    MeetingMatter,
    Request,
    RequestStep,
    Staff,
    StaffGrid,
    Thanks,
    Visit,
    VisitVisitor,
)
from hearth_desk.domain.request_flow import DONE_STATUSES, OPEN_STATUSES
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.services.demo.visits import fill_visits_demo

TODAY = dt.date(2026, 11, 20)


def count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def requests_of(session: Session) -> list[tuple[int, str, dt.date]]:
    query = select(Request.id, Request.status, Request.registered_on).order_by(Request.id)
    return [tuple(row) for row in session.execute(query)]


def test_a_year_of_visits_requests_and_meetings(session: Session) -> None:
    summary = fill_demo(session, households=600).visits
    assert summary.staff == count(session, Staff) == 9
    roles = Counter(session.scalars(select(Staff.role)))
    assert roles == {"secretary": 1, "director": 1, "committee": 2, "grid_worker": 4,
                     "social_worker": 1}  # fmt: skip
    assert not session.scalar(select(func.count()).where(Staff.pin_hash.is_not(None)))

    # Every unit lies in some grid worker's area.
    covered = set(session.scalars(select(StaffGrid.node_id)))
    nodes = session.execute(select(GridNode.id, GridNode.parent_id, GridNode.level)).all()
    parent = {node.id: node.parent_id for node in nodes}
    for node in nodes:
        if node.level == GridLevel.UNIT.value:
            up, chain = node.id, set()
            while up is not None:
                chain.add(up)
                up = parent[up]
            assert chain & covered, node

    # Most households visited; every visit has one or two visitors.
    households = count(session, Household)
    assert summary.households_visited > households * 0.8
    assert summary.visits == count(session, Visit) > households
    per_visit = Counter(session.scalars(select(VisitVisitor.visit_id)))
    assert len(per_visit) == summary.visits and set(per_visit.values()) <= {1, 2}

    # About 300 requests: mostly small, about 5% special with a street reference.
    assert summary.requests == count(session, Request) == 300
    tiers = Counter(session.scalars(select(Request.tier)))
    assert tiers["small"] > 180 and 50 <= tiers["large"] <= 110 and 5 <= tiers["special"] <= 30
    refs = session.scalars(select(Request.street_ref).where(Request.street_ref.is_not(None))).all()
    assert refs and all(ref.startswith("和平里街道〔") and ref.endswith("号") for ref in refs)
    statuses = Counter(session.scalars(select(Request.status)))
    done = sum(statuses[s] for s in DONE_STATUSES)
    assert done > 200 and summary.open_requests == sum(statuses[s] for s in OPEN_STATUSES) > 5
    today = dt.date.today()
    still_open = Request.status.in_([s.value for s in OPEN_STATUSES])
    overdue = session.scalar(select(func.count()).where(still_open, Request.due_date < today))
    assert overdue >= 3
    # Every request's first step is 登记, and each step names who.
    steps = session.execute(select(RequestStep.request_id, RequestStep.status, RequestStep.by)
                            .order_by(RequestStep.id)).all()  # fmt: skip
    first: dict[int, str] = {}
    for request_id, status, by in steps:
        first.setdefault(request_id, status)
        assert by
    assert len(first) == 300 and set(first.values()) == {"registered"}
    assert Counter(session.scalars(select(Request.satisfaction)))["satisfied"] > done / 2
    assert count(session, Thanks) == summary.thanks >= 3

    # Four meetings, the five parties at each, open matters carried to the next.
    assert summary.meetings == count(session, Meeting) == 4
    parties = session.execute(select(MeetingAttendee.meeting_id, MeetingAttendee.party)).all()
    assert all(len({p for m, p in parties if m == meeting}) == 5 for meeting in range(1, 5))
    carried = session.scalars(select(MeetingMatter).where(
        MeetingMatter.carried_from_id.is_not(None))).all()  # fmt: skip
    assert carried and all(m.carried_from.meeting_id < m.meeting_id for m in carried)
    assert session.scalar(select(func.count()).where(MeetingMatter.request_id.is_not(None)))


def test_the_same_seed_and_day_write_the_same_work_quickly(session: Session) -> None:
    fill_demo(session, households=600)
    for model in (Thanks, MeetingMatter, MeetingAttendee, Meeting, RequestStep, Request,
                  VisitVisitor, Visit, StaffGrid, Staff):  # fmt: skip
        session.execute(model.__table__.delete())
    started = time.perf_counter()
    first = fill_visits_demo(session, today=TODAY)
    took = time.perf_counter() - started
    assert session.scalar(select(func.max(Visit.date))) <= TODAY
    rows = requests_of(session)
    assert fill_demo(session, households=600, replace=True).visits.staff == 9
    assert count(session, Staff) == 9  # replaced, not added to
    for model in (Thanks, MeetingMatter, MeetingAttendee, Meeting, RequestStep, Request,
                  VisitVisitor, Visit, StaffGrid, Staff):  # fmt: skip
        session.execute(model.__table__.delete())
    assert fill_visits_demo(session, today=TODAY) == first
    assert requests_of(session) == rows
    assert took < 2.0  # about 0.2 s on a laptop; generous for a loaded machine
