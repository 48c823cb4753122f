"""Events and sign-ups as lists for people to read (the command line, the window).

Phones are masked here; only the call list and a moved-up person's number are given
in full, because they exist so that someone can call.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.masking import mask_phone
from hearth_desk.domain.models import Event, EventStatus, Resident, Signup, SignupStatus
from hearth_desk.services.events.events import existing_event, planned

HELD = (SignupStatus.SIGNED_UP, SignupStatus.CHECKED_IN, SignupStatus.ABSENT)


@dataclass(frozen=True)
class EventLine:
    id: int
    title: str
    kind: str  # EventKind code
    date: dt.date
    start_time: dt.time | None
    place: str
    status: str  # EventStatus code
    capacity: int | None
    signed_up: int  # holding or having held a place: signed up, checked in or absent
    waiting: int


@dataclass(frozen=True)
class SignupLine:
    position: int  # in sign-up order, from 1
    signup_id: int
    name: str
    phone_masked: str
    status: str  # SignupStatus code
    waiting_position: int | None  # 候补第k位
    on_site: bool  # 现场
    queued_at: dt.datetime | None = None  # when they signed up (or came, at the door)


@dataclass(frozen=True)
class StallLine:
    id: int
    unit: str
    service: str


@dataclass(frozen=True)
class EventDetail:
    """One event as its page heads it."""

    id: int
    title: str
    kind: str  # EventKind code
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    place: str
    team: str  # the organising service team's name, or ""
    capacity: int | None
    signup_deadline: dt.date | None
    contact_name: str
    contact_phone: str  # in full: it is the office's number residents call
    notice: str
    status: str  # EventStatus code
    stalls: tuple[StallLine, ...]


def event_detail(session: Session, event_id: int) -> EventDetail:
    event = existing_event(session, event_id)
    return EventDetail(
        event.id, event.title, event.kind, event.date, event.start_time, event.end_time,
        event.place or "", event.team.name if event.team else "", event.capacity,
        event.signup_deadline, event.contact_name or "", event.contact_phone or "",
        event.notice or "", event.status,
        tuple(StallLine(stall.id, stall.unit_name, stall.service) for stall in event.stalls),
    )  # fmt: skip


def next_like(session: Session, event_id: int) -> EventLine | None:
    """The next event of the same kind after this one (not called off), which the
    thank-you notice after this one can announce."""
    event = existing_event(session, event_id)
    later = [
        line
        for line in event_lines(session, start=event.date)
        if line.kind == event.kind
        and line.id != event.id
        and (line.date, line.id) > (event.date, event.id)
        and line.status != EventStatus.CANCELLED.value
    ]
    return later[0] if later else None


def time_span(start: dt.time | None, end: dt.time | None) -> str:
    """14:00–15:30, 14:00 without an end, "" without a start."""
    if start is None:
        return ""
    return start.strftime("%H:%M") + ("–" + end.strftime("%H:%M") if end else "")


def event_lines(
    session: Session, start: dt.date | None = None, end: dt.date | None = None
) -> list[EventLine]:
    """Events between ``start`` and ``end`` (both included), by date."""
    query = select(Event).where(planned()).order_by(Event.date, Event.start_time, Event.id)
    if start is not None:
        query = query.where(Event.date >= start)
    if end is not None:
        query = query.where(Event.date <= end)
    events = list(session.scalars(query))
    # Who came without a place (现场) held none, as in ``event_totals``.
    counts: dict[tuple[int, str], int] = {
        (event_id, status): count
        for event_id, status, count in session.execute(
            select(Signup.event_id, Signup.status, func.count())
            .where(Signup.event_id.in_([event.id for event in events]), Signup.on_site.is_(False))
            .group_by(Signup.event_id, Signup.status)
        )
    }
    return [
        EventLine(
            event.id, event.title, event.kind, event.date, event.start_time, event.place or "",
            event.status, event.capacity,
            sum(counts.get((event.id, status.value), 0) for status in HELD),
            counts.get((event.id, SignupStatus.WAITING.value), 0),
        )
        for event in events
    ]  # fmt: skip


def signup_lines(session: Session, event_id: int) -> list[SignupLine]:
    """Everyone who signed up or came, in sign-up order; waiting ones numbered.

    Read as plain columns, not ORM objects: an event page reads its 2,000 sign-ups
    again after every sign-up, and objects cost ten times as much."""
    rows = session.execute(
        select(
            Signup.id, Signup.status, Signup.on_site, Signup.queued_at,
            Resident.name, Resident.phone, Signup.walk_in_name, Signup.walk_in_phone,
        )
        .outerjoin(Resident, Resident.id == Signup.resident_id)
        .where(Signup.event_id == event_id)
        .order_by(Signup.queued_at, Signup.id)
    )  # fmt: skip
    lines, waiting = [], 0
    for position, row in enumerate(rows, start=1):
        signup_id, status, on_site, queued_at, name, phone, walk_in, walk_in_phone = row
        place = None
        if status == SignupStatus.WAITING.value:
            waiting += 1
            place = waiting
        resident = name is not None
        shown = name if resident else (walk_in or "")
        masked = mask_phone((phone if resident else walk_in_phone) or "")
        lines.append(
            SignupLine(position, signup_id, shown, masked, status, place, bool(on_site), queued_at)
        )
    return lines
