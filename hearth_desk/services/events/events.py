"""Events themselves: adding one (with its stalls), finding one by its number, and
the states it goes through (计划 → 进行中 → 已结束, or 已取消)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import (
    Event,
    EventKind,
    EventStall,
    EventStatus,
    PartnerUnit,
    Signup,
    SignupStatus,
)
from hearth_desk.domain.text_fields import checked, column_length


@dataclass
class StallInput:
    unit: str  # a partner unit's name (linked when the tree knows it) or any name
    service: str  # 测血压血糖, 理发…


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
    event = Event(
        title=title,
        kind=EventKind(data.kind).value,
        date=data.date,
        start_time=data.start_time,
        end_time=data.end_time,
        place=checked(data.place.strip(), column_length(Event.place)) or None,
        team_id=data.team_id,
        capacity=data.capacity,
        signup_deadline=data.signup_deadline,
        notice=checked(data.notice.strip()) or None,
        contact_name=checked(data.contact_name.strip(), column_length(Event.contact_name)) or None,
        contact_phone=checked(data.contact_phone.strip(), column_length(Event.contact_phone))
        or None,
        status=EventStatus.PLANNED.value,
    )
    session.add(event)
    for order, stall in enumerate(data.stalls):
        event.stalls.append(_stall(session, stall, order))
    session.flush()
    return event


def _stall(session: Session, stall: StallInput, order: int) -> EventStall:
    unit = checked(stall.unit.strip(), column_length(EventStall.unit_name))
    service = checked(stall.service.strip(), column_length(EventStall.service))
    if not unit or not service:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "A stall needs a unit and a service, as 单位:服务.")
        )
    partner = session.scalar(select(PartnerUnit.id).where(PartnerUnit.name == unit))
    return EventStall(partner_id=partner, unit_name=unit, service=service, sort_order=order)


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
    return list(
        session.scalars(
            select(Signup).where(Signup.event_id == event_id).order_by(Signup.queued_at, Signup.id)
        )
    )
