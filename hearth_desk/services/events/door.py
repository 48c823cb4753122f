"""What the door's check-in window reads: where a resident stands at an event before
Enter is pressed (已报名, 候补第k位, 已签到, or not signed up), and the running count.

The window shows the highlighted search hit's standing in large letters, so the
person at the door knows before checking in whether this is a sign-up, someone from
the waiting list or a walk-in (who may need a confirmation at a full event).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import Signup, SignupStatus
from hearth_desk.services.events.events import existing_event
from hearth_desk.services.events.signups import waiting_position
from hearth_desk.services.events.tallies import event_totals


@dataclass(frozen=True)
class Standing:
    """A resident's sign-up at one event; ``status`` None: not signed up (or no
    longer: a cancelled sign-up is checked in like a walk-in)."""

    status: str | None  # SignupStatus code
    waiting_position: int | None  # 候补第k位
    on_site: bool  # came without a place (现场)


@dataclass(frozen=True)
class DoorCount:
    """The event as the door sees it: its name and 已签到 x / 报名 y."""

    event_id: int
    title: str
    status: str  # EventStatus code
    came: int  # checked in, signed up or at the door
    signed: int  # held a place (报名), as the event page counts it
    capacity: int | None


NOT_SIGNED_UP = Standing(None, None, False)


def standing(session: Session, event_id: int, resident_id: int) -> Standing:
    """Where ``resident_id`` stands at ``event_id``."""
    signup = session.scalars(
        select(Signup).where(Signup.event_id == event_id, Signup.resident_id == resident_id)
    ).first()
    if signup is None or signup.status == SignupStatus.CANCELLED.value:
        return NOT_SIGNED_UP
    return Standing(signup.status, waiting_position(session, signup), bool(signup.on_site))


def door_count(session: Session, event_id: int) -> DoorCount:
    event = existing_event(session, event_id)
    totals = event_totals(session, event_id)
    return DoorCount(event.id, event.title, event.status, totals.checked_in, totals.signed_up,
                     event.capacity)  # fmt: skip
