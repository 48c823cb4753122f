"""Recording a visit (入户走访) and reading a household's visits back.

A visit names its visitors (staff, at least one) and may surface a problem: that one
is registered as a request (source 走访) through ``requests.register_request`` in the
same transaction, so a visit is never saved without the problem it found, nor the
other way round. A household is found the way the office names it: its address as
printed, or any member's ID number or name (``find_household``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import (
    Household,
    Request,
    RequestSource,
    Staff,
    Visit,
    VisitKind,
    VisitVisitor,
)
from hearth_desk.domain.text_fields import checked, column_length
from hearth_desk.services.audit import current_actor
from hearth_desk.services.events.people import SHOWN_CANDIDATES, one_resident
from hearth_desk.services.ledger.search import search
from hearth_desk.services.visits.requests import NewRequest, register_request


@dataclass(frozen=True)
class FoundProblem:
    """A problem met on the visit, to be registered as a request."""

    description: str
    category: str
    tier: str


@dataclass(frozen=True)
class NewVisit:
    household_id: int
    date: dt.date
    visitor_ids: tuple[int, ...]  # staff; the first is who led the visit
    kind: str = VisitKind.ROUTINE.value
    found: str = ""  # 走访情况
    notes: str = ""
    problem: FoundProblem | None = None


@dataclass(frozen=True)
class RecordedVisit:
    visit_id: int
    address: str
    date: dt.date
    request_id: int | None  # the request the problem became, if one was found


@dataclass(frozen=True)
class VisitLine:
    """One visit as the household card lists it."""

    visit_id: int
    date: dt.date
    kind: str
    visitors: tuple[str, ...]
    found: str
    notes: str
    request_ids: tuple[int, ...]


def _text(text: str) -> str | None:
    return checked(text.strip()) or None


def record_visit(session: Session, new: NewVisit, today: dt.date | None = None) -> RecordedVisit:
    """Save the visit, and register its problem as a request when one was found."""
    household = session.get(Household, new.household_id)
    if household is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "That household is no longer in the ledger.")
        )
    if not new.visitor_ids:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Say who made the visit."))
    if new.date > (today or dt.date.today()):
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The visit's date {date} is in the future."),
            date=new.date.isoformat(),
        )
    VisitKind(new.kind)  # codes come from the edges' word lists
    visitors = list(dict.fromkeys(new.visitor_ids))
    known = set(session.scalars(select(Staff.id).where(Staff.id.in_(visitors))))
    if len(known) != len(visitors):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That staff member is no longer listed."))
    visit = Visit(
        household_id=household.id,
        date=new.date,
        kind=new.kind,
        found=_text(new.found),
        notes=_text(new.notes),
        entered_by=current_actor()[: column_length(Visit.entered_by)],
        entered_at=dt.datetime.now().replace(microsecond=0),
    )
    session.add(visit)
    session.flush()
    session.add_all(VisitVisitor(visit_id=visit.id, staff_id=staff_id) for staff_id in visitors)
    request_id = None
    if new.problem is not None:
        request = register_request(
            session,
            NewRequest(
                description=new.problem.description,
                category=new.problem.category,
                tier=new.problem.tier,
                source=RequestSource.VISIT.value,
                household_id=household.id,
                visit_id=visit.id,
                registered_on=new.date,
                # Whoever found it handles it, until someone hands it on.
                handler=session.get(Staff, visitors[0]).name,  # type: ignore[union-attr]
            ),
        )
        request_id = request.id
    session.flush()
    return RecordedVisit(visit.id, household.address, visit.date, request_id)


def household_visits(session: Session, household_id: int, limit: int = 50) -> list[VisitLine]:
    """The household's visits, latest first, with who went and the requests they raised."""
    visits = session.execute(
        select(Visit.id, Visit.date, Visit.kind, Visit.found, Visit.notes)
        .where(Visit.household_id == household_id)
        .order_by(Visit.date.desc(), Visit.id.desc())
        .limit(limit)
    ).all()
    ids = [row.id for row in visits]
    names: dict[int, list[str]] = {}
    for visit_id, name in session.execute(
        select(VisitVisitor.visit_id, Staff.name)
        .join(Staff, Staff.id == VisitVisitor.staff_id)
        .where(VisitVisitor.visit_id.in_(ids))
        .order_by(VisitVisitor.visit_id, Staff.id)
    ):
        names.setdefault(visit_id, []).append(name)
    requests: dict[int, list[int]] = {}
    for visit_id, request_id in session.execute(
        select(Request.visit_id, Request.id).where(Request.visit_id.in_(ids)).order_by(Request.id)
    ):
        requests.setdefault(visit_id, []).append(request_id)
    return [
        VisitLine(
            row.id,
            row.date,
            row.kind,
            tuple(names.get(row.id, ())),
            row.found or "",
            row.notes or "",
            tuple(requests.get(row.id, ())),
        )
        for row in visits
    ]


def find_household(session: Session, query: str) -> Household:
    """The household ``query`` names: its address as printed (和平里一区1栋2单元0102),
    or any member's ID number or name, which must name one resident."""
    text = "".join(query.split())
    if not text:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Say which household."))
    by_address: Sequence[Household] = session.scalars(
        select(Household).where(Household.address == text).limit(2)
    ).all()
    if len(by_address) == 1:
        return by_address[0]
    if len(by_address) > 1:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "More than one household lives at {address}."),
            address=text,
        )
    hits = search(session, query, limit=SHOWN_CANDIDATES + 1)
    households = {hit.household_id for hit in hits.hits}
    if len(households) == 1 and not hits.cut:  # 3栋2单元0401 without the compound
        household_id = households.pop()
    else:
        household_id = one_resident(session, query).household_id
    household = session.get(Household, household_id)
    assert household is not None
    return household


@dataclass(frozen=True)
class StaffChoice:
    id: int
    name: str


def visitor_choices(session: Session) -> list[StaffChoice]:
    """The active staff, in the staff list's order: who may be named as visitors."""
    rows = session.execute(
        select(Staff.id, Staff.name)
        .where(Staff.active.is_(True))
        .order_by(Staff.sort_order, Staff.id)
    )
    return [StaffChoice(staff_id, name) for staff_id, name in rows]
