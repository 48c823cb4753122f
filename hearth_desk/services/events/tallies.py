"""人次 at the stalls, and an event's totals: what counts once the event is over.

A service is a tally (the count of people served) or one named resident, when the
staff want to know who; both count alike in 人次.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import EventStall, Signup, SignupStatus, StallService
from hearth_desk.services.audit import current_actor
from hearth_desk.services.events.events import existing_event


@dataclass(frozen=True)
class StallTotal:
    stall_id: int
    unit: str
    service: str
    served: int  # 人次


@dataclass(frozen=True)
class EventTotals:
    signed_up: int  # everyone who holds or held a place: signed up, came, or did not
    waiting: int
    cancelled: int
    checked_in: int  # came, on the list or at the door
    on_site: int  # came without a place (现场)
    absent: int
    capacity: int | None
    stalls: tuple[StallTotal, ...]

    @property
    def served(self) -> int:
        """人次 of the whole event."""
        return sum(stall.served for stall in self.stalls)


def serve(
    session: Session,
    stall_id: int,
    *,
    count: int = 1,
    resident_ids: tuple[int, ...] = (),
    now: dt.datetime | None = None,
) -> int:
    """Count services at a stall: ``count`` people, or one per named resident. The
    stall's 人次 afterwards."""
    stall = session.get(EventStall, stall_id)
    if stall is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That stall no longer exists."))
    if count < 1 and not resident_ids:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The count {n} is not a number of people."), n=count
        )
    now = now or dt.datetime.now().replace(microsecond=0)
    actor = current_actor()[:50]
    named: list[tuple[int, int | None]] = [(1, rid) for rid in resident_ids] or [(count, None)]
    rows = [
        StallService(stall_id=stall.id, count=n, resident_id=rid, served_at=now, entered_by=actor)
        for n, rid in named
    ]
    session.add_all(rows)
    session.flush()
    return stall_served(session, stall.id)


def undo_last(session: Session, stall_id: int) -> int:
    """Take back the stall's last count (a +1 pressed twice); its 人次 afterwards."""
    last = session.scalars(
        select(StallService)
        .where(StallService.stall_id == stall_id)
        .order_by(StallService.id.desc())
        .limit(1)
    ).first()
    if last is not None:
        session.delete(last)
        session.flush()
    return stall_served(session, stall_id)


def stall_served(session: Session, stall_id: int) -> int:
    total = session.scalar(
        select(func.coalesce(func.sum(StallService.count), 0)).where(
            StallService.stall_id == stall_id
        )
    )
    return int(total or 0)


def event_totals(session: Session, event_id: int) -> EventTotals:
    event = existing_event(session, event_id)
    by_status = dict(
        session.execute(
            select(Signup.status, func.count())
            .where(Signup.event_id == event.id)
            .group_by(Signup.status)
        ).all()
    )
    on_site = session.scalar(
        select(func.count()).select_from(Signup).where(
            Signup.event_id == event.id, Signup.on_site.is_(True)
        )
    ) or 0  # fmt: skip
    stalls = tuple(
        StallTotal(stall.id, stall.unit_name, stall.service, stall_served(session, stall.id))
        for stall in event.stalls
    )
    checked_in = by_status.get(SignupStatus.CHECKED_IN.value, 0)
    absent = by_status.get(SignupStatus.ABSENT.value, 0)
    signed_up = by_status.get(SignupStatus.SIGNED_UP.value, 0) + absent + checked_in - on_site
    return EventTotals(
        signed_up=signed_up,
        waiting=by_status.get(SignupStatus.WAITING.value, 0),
        cancelled=by_status.get(SignupStatus.CANCELLED.value, 0),
        checked_in=checked_in,
        on_site=on_site,
        absent=absent,
        capacity=event.capacity,
        stalls=stalls,
    )
