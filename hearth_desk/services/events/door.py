"""What the door's check-in window reads and does: where a resident stands at an
event before Enter is pressed (已报名, 候补第k位, 已签到, or not signed up), the running
count, and a check-in that says whether it was one (a second scan changes nothing).

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
from hearth_desk.services.events.signups import (
    WalkIn,
    check_in,
    check_in_by_code,
    waiting_position,
)
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


@dataclass(frozen=True)
class Arrival:
    """One person at the door, checked in now or before."""

    signup_id: int
    name: str
    already: bool  # was checked in before: nothing changed
    on_site: bool  # came without a place (现场)


NOT_SIGNED_UP = Standing(None, None, False)


def standing(session: Session, event_id: int, resident_id: int) -> Standing:
    """Where ``resident_id`` stands at ``event_id``."""
    signup = session.scalars(
        select(Signup).where(Signup.event_id == event_id, Signup.resident_id == resident_id)
    ).first()
    if signup is None or signup.status == SignupStatus.CANCELLED.value:
        return NOT_SIGNED_UP
    return Standing(signup.status, waiting_position(session, signup), bool(signup.on_site))


def event_title(session: Session, event_id: int) -> str:
    """The heading of the day's windows: ``#12 防诈骗讲座``."""
    event = existing_event(session, event_id)
    return f"#{event.id} {event.title}"


def door_count(session: Session, event_id: int) -> DoorCount:
    event = existing_event(session, event_id)
    totals = event_totals(session, event_id)
    return DoorCount(event.id, event.title, event.status, totals.checked_in, totals.signed_up,
                     event.capacity)  # fmt: skip


def arrive(
    session: Session,
    event_id: int,
    *,
    resident_id: int | None = None,
    walk_in: WalkIn | None = None,
    code: str | None = None,
    on_site: bool = False,
) -> Arrival:
    """Check in a resident, a walk-in or the row a sheet's ``code`` names, as
    ``signups.check_in`` does (raising ``EventFull`` at a full event unless
    ``on_site``); and say whether they had been checked in already."""
    before = set(
        session.scalars(
            select(Signup.id).where(
                Signup.event_id == event_id, Signup.status == SignupStatus.CHECKED_IN.value
            )
        )
    )
    if code is not None:
        came = check_in_by_code(session, event_id, code, on_site=on_site)
    else:
        came = check_in(session, event_id, resident_id=resident_id, walk_in=walk_in,
                        on_site=on_site)  # fmt: skip
    signup = session.get(Signup, came.signup_id)
    return Arrival(came.signup_id, came.name, came.signup_id in before,
                   bool(signup is not None and signup.on_site))  # fmt: skip
