"""Events themselves: adding one (with its stalls), finding one by its number, and
the states it goes through (计划 → 进行中 → 已结束, or 已取消)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, selectinload

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import (
    Course,
    Event,
    EventKind,
    EventStall,
    EventStatus,
    PartnerUnit,
    Signup,
    SignupStatus,
    StallService,
)
from hearth_desk.domain.text_fields import checked, column_length


def planned() -> ColumnElement[bool]:
    """Events staff plan, not the elderly university's enrolment lists (a class keeps
    its students as an event's sign-ups): what the events area, its export, its
    printouts and the figures list."""
    return Event.id.not_in(select(Course.event_id))


@dataclass
class StallInput:
    unit: str  # a partner unit's name (linked when the tree knows it) or any name
    service: str  # 测血压血糖, 理发…
    id: int | None = None  # the stall being changed; None: a new one


@dataclass
class EventInput:
    title: str
    date: dt.date
    kind: EventKind = EventKind.OTHER
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    place: str = ""
    team_id: int | None = None
    capacity: int | None = None
    signup_deadline: dt.date | None = None
    notice: str = ""
    contact_name: str = ""  # who to ask, printed on the notice with a QR code of the phone
    contact_phone: str = ""
    stalls: list[StallInput] = field(default_factory=list)


def add_event(session: Session, data: EventInput) -> Event:
    """A new event, planned, with its stalls in the order given."""
    event = Event(status=EventStatus.PLANNED.value)
    _fill(event, data)
    session.add(event)
    for order, stall in enumerate(data.stalls):
        event.stalls.append(_stall(session, EventStall(), stall, order))
    session.flush()
    return event


def update_event(session: Session, event_id: int, data: EventInput) -> Event:
    """Change an event as its form says. Stalls keep their counts by ``StallInput.id``;
    a stall left out is removed, unless it has counted services (人次 are not thrown
    away by tidying a form)."""
    event = existing_event(session, event_id)
    _fill(event, data)
    kept = {stall.id for stall in data.stalls if stall.id is not None}
    for stall in list(event.stalls):
        if stall.id not in kept:
            if session.scalar(select(StallService.id).where(StallService.stall_id == stall.id)):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "The stall “{service}” has services counted; it cannot be removed.",
                    ),
                    service=stall.service,
                )
            event.stalls.remove(stall)
    by_id = {stall.id: stall for stall in event.stalls}
    for order, stall in enumerate(data.stalls):
        existing = by_id.get(stall.id) if stall.id is not None else None
        if existing is None:
            event.stalls.append(_stall(session, EventStall(), stall, order))
        else:
            _stall(session, existing, stall, order)
    session.flush()
    return event


def event_input(event: Event) -> EventInput:
    """What the form shows for ``event`` (for changing it, or as a copy's start)."""
    return EventInput(
        event.title, event.date, EventKind(event.kind), event.start_time, event.end_time,
        event.place or "", event.team_id, event.capacity, event.signup_deadline,
        event.notice or "", event.contact_name or "", event.contact_phone or "",
        [StallInput(stall.unit_name, stall.service, stall.id) for stall in event.stalls],
    )  # fmt: skip


def _fill(event: Event, data: EventInput) -> None:
    """Check ``data`` and write it onto ``event`` (its stalls apart)."""
    title = checked(" ".join(data.title.split()), column_length(Event.title))
    if not title:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The event has no title."))
    if data.capacity is not None and data.capacity < 1:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The capacity {n} is not a number of people."),
            n=data.capacity,
        )
    if data.start_time and data.end_time and data.end_time <= data.start_time:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The event ends at {end}, before it starts at {start}."),
            end=data.end_time.strftime("%H:%M"),
            start=data.start_time.strftime("%H:%M"),
        )
    event.title, event.kind, event.date = title, EventKind(data.kind).value, data.date
    event.start_time, event.end_time = data.start_time, data.end_time
    event.place = checked(data.place.strip(), column_length(Event.place)) or None
    event.team_id, event.capacity = data.team_id, data.capacity
    event.signup_deadline = data.signup_deadline
    event.notice = checked(data.notice.strip()) or None
    name, phone = data.contact_name.strip(), data.contact_phone.strip()
    event.contact_name = checked(name, column_length(Event.contact_name)) or None
    event.contact_phone = checked(phone, column_length(Event.contact_phone)) or None


def _stall(session: Session, row: EventStall, stall: StallInput, order: int) -> EventStall:
    unit = checked(stall.unit.strip(), column_length(EventStall.unit_name))
    service = checked(stall.service.strip(), column_length(EventStall.service))
    if not unit or not service:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "A stall needs a unit and a service, as 单位:服务.")
        )
    row.partner_id = session.scalar(select(PartnerUnit.id).where(PartnerUnit.name == unit))
    row.unit_name, row.service, row.sort_order = unit, service, order
    return row


def existing_event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is no event #{number}."), number=event_id
        )
    return event


def finish_event(session: Session, event_id: int) -> int:
    """End the event: whoever held a place and did not come is 未到. How many."""
    event = existing_event(session, event_id)
    absent = 0
    for signup in event.signups:
        if signup.status == SignupStatus.SIGNED_UP.value:
            signup.status = SignupStatus.ABSENT.value
            absent += 1
    event.status = EventStatus.FINISHED.value
    session.flush()
    return absent


def cancel_event(session: Session, event_id: int) -> None:
    """Call the event off; its sign-ups are kept, for the call list that says so."""
    existing_event(session, event_id).status = EventStatus.CANCELLED.value
    session.flush()


def signups_of(session: Session, event_id: int) -> list[Signup]:
    """The event's sign-ups in sign-up order (the waiting list's order too)."""
    # The residents in one query, not one per row: an event page lists 2,000 quickly.
    return list(
        session.scalars(
            select(Signup)
            .options(selectinload(Signup.resident))
            .where(Signup.event_id == event_id)
            .order_by(Signup.queued_at, Signup.id)
        )
    )
