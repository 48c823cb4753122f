"""The members of the tree who helped at an event (志愿者): kept per event, so that
volunteer hours can be counted from them later. A helper is counted for the event's
span (start to end) unless they have hours of their own (came late, stayed on)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.masking import mask_phone
from hearth_desk.domain.models import Event, EventHelper, Member
from hearth_desk.services.events.events import existing_event
from hearth_desk.services.events.hours import ZERO, checked_hours, span_hours


@dataclass(frozen=True)
class HelperLine:
    member_id: int
    name: str
    phone_masked: str
    hours: Decimal  # counted: their own hours, else the event's span
    own_hours: bool  # True: ``hours`` are their own, not the event's span


def add_helper(
    session: Session, event_id: int, member_id: int, hours: Decimal | None = None
) -> bool:
    """Note that the member helped, for ``hours`` of their own or (None) the event's
    span; False if they were noted already (their hours are left as they were)."""
    existing_event(session, event_id)
    if session.get(Member, member_id) is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That member is no longer in the tree."))
    own = None if hours is None else checked_hours(hours)
    if session.get(EventHelper, (event_id, member_id)) is not None:
        return False
    session.add(EventHelper(event_id=event_id, member_id=member_id, hours=own))
    session.flush()
    return True


def set_helper_hours(
    session: Session, event_id: int, member_id: int, hours: Decimal | None
) -> None:
    """Give a helper hours of their own, or (None) count them for the event's span again."""
    existing_event(session, event_id)
    helper = session.get(EventHelper, (event_id, member_id))
    if helper is None:
        member = session.get(Member, member_id)
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "{name} is not a helper at #{number}."),
            name=member.name if member is not None else "?",
            number=event_id,
        )
    helper.hours = None if hours is None else checked_hours(hours)
    session.flush()


def remove_helper(session: Session, event_id: int, member_id: int) -> None:
    helper = session.get(EventHelper, (event_id, member_id))
    if helper is not None:
        session.delete(helper)
        session.flush()


def helper_lines(session: Session, event_id: int) -> list[HelperLine]:
    """The event's helpers by name, with the hours each is counted for."""
    event = session.get(Event, event_id)
    span = span_hours(event.start_time, event.end_time) if event is not None else ZERO
    rows = session.execute(
        select(Member.id, Member.name, Member.phone, EventHelper.hours)
        .join(EventHelper, EventHelper.member_id == Member.id)
        .where(EventHelper.event_id == event_id)
        .order_by(Member.name)
    )
    return [
        HelperLine(member_id, name, mask_phone(phone or ""),
                   span if own is None else Decimal(own), own is not None)
        for member_id, name, phone, own in rows
    ]  # fmt: skip
