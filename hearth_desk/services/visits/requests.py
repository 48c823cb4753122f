"""Requests (诉求/问题) registered and moved through their flow, one step at a time.

Every write checks first (``domain.request_flow`` says whether a move may happen) and
then records the step with who (the person at the desk, or ``--by``) and when, so the
list and the problem ledger can show how each request went. A request is found by its
number, shown as ``#N``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import (
    Household,
    PartnerUnit,
    Request,
    RequestCategory,
    RequestSource,
    RequestStatus,
    RequestStep,
    RequestTier,
    Visit,
)
from hearth_desk.domain.request_flow import Move, due_date, move
from hearth_desk.domain.text_fields import checked, column_length
from hearth_desk.services.audit import current_actor
from hearth_desk.services.visits.settings import visiting_rules


@dataclass(frozen=True)
class NewRequest:
    description: str
    category: str = RequestCategory.OTHER.value
    tier: str = RequestTier.SMALL.value
    source: str = RequestSource.VISIT.value
    household_id: int | None = None
    place: str | None = None  # when it is about a place, not a household
    visit_id: int | None = None
    handler: str | None = None  # who handles it
    partner_id: int | None = None  # 大事: the partner unit that helps
    registered_on: dt.date | None = None  # today when None
    due_date: dt.date | None = None  # set by the tier's days when None


def _actor() -> str:
    return current_actor()[: column_length(RequestStep.by)]


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def get_request(session: Session, request_id: int) -> Request:
    request = session.get(Request, request_id)
    if request is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is no request #{number}."), number=request_id
        )
    return request


def register_request(session: Session, new: NewRequest, today: dt.date | None = None) -> Request:
    """A new request at 登记, due by its tier's days unless a date was given."""
    description = checked(new.description.strip())
    if not description:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Say what the request is about."))
    place = (new.place or "").strip() or None
    if new.household_id is None and place is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Say which household or place the request is about.")
        )
    if new.household_id is not None and session.get(Household, new.household_id) is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "That household is no longer in the ledger.")
        )
    if new.partner_id is not None and session.get(PartnerUnit, new.partner_id) is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "That partner unit is no longer in the tree.")
        )
    if new.visit_id is not None and session.get(Visit, new.visit_id) is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That visit is no longer recorded."))
    # Codes come from the edges' word lists; anything else is a bug, not bad input.
    RequestCategory(new.category)
    RequestTier(new.tier)
    RequestSource(new.source)
    registered_on = new.registered_on or today or dt.date.today()
    due = new.due_date
    if due is None:
        due = due_date(registered_on, new.tier, visiting_rules(session).due_days)
    if due < registered_on:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The due date {due} is before the request was made."),
            due=due.isoformat(),
        )
    request = Request(
        source=new.source,
        visit_id=new.visit_id,
        household_id=new.household_id,
        place=place,
        category=new.category,
        description=description,
        tier=new.tier,
        handler=(new.handler or "").strip() or None,
        partner_id=new.partner_id,
        registered_on=registered_on,
        due_date=due,
        status=RequestStatus.REGISTERED.value,
        entered_by=_actor(),
        entered_at=_now(),
    )
    # A request written down from a notebook days later was registered on its day.
    at = dt.datetime.combine(registered_on, _now().time()) if new.registered_on else _now()
    request.steps.append(RequestStep(status=RequestStatus.REGISTERED.value, at=at, by=_actor()))
    session.add(request)
    session.flush()
    return request


def advance_request(
    session: Session,
    request_id: int,
    target: str,
    *,
    result: str | None = None,
    street_ref: str | None = None,
    satisfaction: str | None = None,
    on: dt.date | None = None,
) -> Move:
    """Move a request one step (``domain.request_flow`` says which are allowed) and
    record the step; ``on`` is the day it happened (today when None)."""
    request = get_request(session, request_id)
    step = move(
        request.status,
        request.tier,
        target,
        result=result,
        street_ref=street_ref,
        satisfaction=satisfaction,
    )
    day = on or dt.date.today()
    note: str | None = None
    if target == RequestStatus.ESCALATED:
        request.street_ref = checked((street_ref or "").strip(), column_length(Request.street_ref))
        request.escalated_on = day
        note = request.street_ref
    elif target == RequestStatus.CLOSED:
        request.result = checked((result or "").strip())
        request.closed_on = day
        note = request.result
    elif target == RequestStatus.FOLLOWED_UP:
        request.satisfaction = satisfaction
        note = satisfaction
        if step.reopened:
            request.closed_on = None
    request.status = step.status.value
    request.tier = step.tier.value
    at = dt.datetime.combine(day, _now().time()) if on else _now()
    request.steps.append(
        RequestStep(
            status=RequestStatus.FOLLOWED_UP.value
            if target == RequestStatus.FOLLOWED_UP
            else step.status.value,
            at=at,
            by=_actor(),
            note=note,
        )
    )
    session.flush()
    return step
