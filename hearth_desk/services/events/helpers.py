"""The members of the tree who helped at an event (志愿者): kept per event, so that
volunteer hours can be counted from them later."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.masking import mask_phone
from hearth_desk.domain.models import EventHelper, Member
from hearth_desk.services.events.events import existing_event


@dataclass(frozen=True)
class HelperLine:
    member_id: int
    name: str
    phone_masked: str


def add_helper(session: Session, event_id: int, member_id: int) -> bool:
    """Note that the member helped; False if they were noted already."""
    existing_event(session, event_id)
    if session.get(Member, member_id) is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That member is no longer in the tree."))
    if session.get(EventHelper, (event_id, member_id)) is not None:
        return False
    session.add(EventHelper(event_id=event_id, member_id=member_id))
    session.flush()
    return True


def remove_helper(session: Session, event_id: int, member_id: int) -> None:
    helper = session.get(EventHelper, (event_id, member_id))
    if helper is not None:
        session.delete(helper)
        session.flush()


def helper_lines(session: Session, event_id: int) -> list[HelperLine]:
    """The event's helpers by name."""
    helpers = session.scalars(
        select(Member)
        .join(EventHelper, EventHelper.member_id == Member.id)
        .where(EventHelper.event_id == event_id)
        .order_by(Member.name)
    )
    return [HelperLine(m.id, m.name, mask_phone(m.phone or "")) for m in helpers]
