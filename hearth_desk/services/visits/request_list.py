"""Requests read back as plain lines: the list (window and ``request list``), one
request's full view, and the rows of the problem ledger.

A filter narrows by the day a request was registered, tier, category, status, handler
and "overdue only"; the list reads ids first (cheap, for the window's lazy list) and
the lines a page of ids at a time, so 5,000 requests print and show without one query
per row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import Household, PartnerUnit, Request, RequestStep, Staff, Thanks
from hearth_desk.domain.request_flow import OPEN_STATUSES, is_overdue
from hearth_desk.services.tree.structure import partners
from hearth_desk.services.visits.requests import get_request
from hearth_desk.services.visits.settings import visiting_rules

CHUNK = 500  # ids per IN (...) list: well inside every database's limit


@dataclass(frozen=True)
class RequestFilter:
    """What the list and the problem ledger cover; None or False: not narrowed."""

    start: dt.date | None = None  # registered on or after
    end: dt.date | None = None  # registered on or before
    tier: str | None = None
    category: str | None = None
    status: str | None = None
    overdue_only: bool = False
    handler: str | None = None


EVERY_REQUEST = RequestFilter()


@dataclass(frozen=True)
class RequestLine:
    id: int
    registered_on: dt.date
    source: str
    household_id: int | None
    where: str  # the household's address, or the place
    category: str
    tier: str
    description: str
    handler: str
    partner: str
    due_date: dt.date
    status: str
    closed_on: dt.date | None
    result: str
    satisfaction: str | None
    street_ref: str
    overdue_days: int  # 0 unless the request is open past its due date

    @property
    def overdue(self) -> bool:
        return self.overdue_days > 0


@dataclass(frozen=True)
class StepLine:
    status: str
    at: dt.datetime
    by: str
    note: str


@dataclass(frozen=True)
class ThanksLine:
    id: int
    date: dt.date
    kind: str
    giver: str
    words: str


@dataclass(frozen=True)
class RequestView:
    """One request with every step and the thanks it brought."""

    line: RequestLine
    partner_id: int | None
    visit_id: int | None
    escalated_on: dt.date | None
    entered_by: str
    steps: tuple[StepLine, ...]
    thanks: tuple[ThanksLine, ...]


def _filtered(statement: Select, wanted: RequestFilter, today: dt.date) -> Select:
    if wanted.start is not None:
        statement = statement.where(Request.registered_on >= wanted.start)
    if wanted.end is not None:
        statement = statement.where(Request.registered_on <= wanted.end)
    if wanted.tier:
        statement = statement.where(Request.tier == wanted.tier)
    if wanted.category:
        statement = statement.where(Request.category == wanted.category)
    if wanted.status:
        statement = statement.where(Request.status == wanted.status)
    if wanted.handler:
        statement = statement.where(Request.handler == wanted.handler.strip())
    if wanted.overdue_only:
        statement = statement.where(
            Request.status.in_([status.value for status in OPEN_STATUSES]),
            Request.due_date < today,
        )
    return statement


def request_ids(
    session: Session, wanted: RequestFilter = EVERY_REQUEST, today: dt.date | None = None
) -> list[int]:
    """The ids of the requests ``wanted`` covers, in the order they were registered."""
    statement = _filtered(select(Request.id), wanted, today or dt.date.today())
    return list(session.scalars(statement.order_by(Request.registered_on, Request.id)))


def lines_for(
    session: Session, ids: Sequence[int], today: dt.date | None = None
) -> list[RequestLine]:
    """The lines of these requests, in the order of ``ids`` (gone ones left out)."""
    today = today or dt.date.today()
    found: dict[int, RequestLine] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        rows = session.execute(
            select(Request, Household.address, PartnerUnit.name)
            .outerjoin(Household, Request.household_id == Household.id)
            .outerjoin(PartnerUnit, Request.partner_id == PartnerUnit.id)
            .where(Request.id.in_(chunk))
        )
        for request, address, partner in rows:
            found[request.id] = _line(request, address, partner, today)
    return [found[i] for i in ids if i in found]


def request_lines(
    session: Session, wanted: RequestFilter = EVERY_REQUEST, today: dt.date | None = None
) -> list[RequestLine]:
    today = today or dt.date.today()
    return lines_for(session, request_ids(session, wanted, today), today)


def _line(
    request: Request, address: str | None, partner: str | None, today: dt.date
) -> RequestLine:
    overdue = is_overdue(request.status, request.due_date, today)
    return RequestLine(
        id=request.id,
        registered_on=request.registered_on,
        source=request.source,
        household_id=request.household_id,
        where=address or request.place or "",
        category=request.category,
        tier=request.tier,
        description=request.description,
        handler=request.handler or "",
        partner=partner or "",
        due_date=request.due_date,
        status=request.status,
        closed_on=request.closed_on,
        result=request.result or "",
        satisfaction=request.satisfaction,
        street_ref=request.street_ref or "",
        overdue_days=(today - request.due_date).days if overdue else 0,
    )


def request_view(session: Session, request_id: int, today: dt.date | None = None) -> RequestView:
    """Everything about one request, for ``request show`` and the window's panel."""
    request = get_request(session, request_id)
    line = lines_for(session, [request.id], today)[0]
    steps = session.scalars(
        select(RequestStep).where(RequestStep.request_id == request.id).order_by(RequestStep.id)
    )
    thanks = session.scalars(
        select(Thanks).where(Thanks.request_id == request.id).order_by(Thanks.date, Thanks.id)
    )
    return RequestView(
        line=line,
        partner_id=request.partner_id,
        visit_id=request.visit_id,
        escalated_on=request.escalated_on,
        entered_by=request.entered_by,
        steps=tuple(StepLine(s.status, s.at, s.by, s.note or "") for s in steps),
        thanks=tuple(thanks_line(t) for t in thanks),
    )


def thanks_line(thanks: Thanks) -> ThanksLine:
    return ThanksLine(thanks.id, thanks.date, thanks.kind, thanks.giver or "", thanks.words or "")


def handler_names(session: Session) -> list[str]:
    """Every handler named on a request, for the list's filter."""
    names = session.scalars(select(Request.handler).where(Request.handler.is_not(None)).distinct())
    return sorted(name for name in names if name)


@dataclass(frozen=True)
class RequestChoices:
    """What the window's request forms offer: handlers (the active staff, then anyone
    named before), the partner units, and the days each tier has before it is due."""

    handlers: tuple[str, ...]
    partners: tuple[tuple[int, str], ...]
    due_days: dict[str, int]


def request_choices(session: Session) -> RequestChoices:
    staff = session.scalars(
        select(Staff.name).where(Staff.active.is_(True)).order_by(Staff.sort_order, Staff.id)
    ).all()
    handlers = tuple(dict.fromkeys([*staff, *handler_names(session)]))
    return RequestChoices(
        handlers=handlers,
        partners=tuple((unit.id, unit.name) for unit in partners(session)),
        due_days=dict(visiting_rules(session).due_days),
    )
