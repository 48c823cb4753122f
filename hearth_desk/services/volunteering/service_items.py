"""Every piece of volunteer service in a period, from both places it is kept, as one
list the figures, the yearbook and the certificates all count from:

- helping at an event (``EventHelper``): on the event's date, for the helper's own
  hours if set, else the event's span (start to end; none without both times); its
  人次 is the event's (services counted at its stalls, or those checked in when it
  has no stalls), shared out evenly among its helpers, the remainder one each to the
  first, so that a team's or the community's total counts each resident once;
- a service record (``ServiceRecord``): its own date, hours, 人次 and what was done.

Called-off events count for nobody.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import (
    Event,
    EventHelper,
    EventStall,
    EventStatus,
    ServiceRecord,
    Signup,
    SignupStatus,
    StallService,
)
from hearth_desk.services.events.hours import TENTH, ZERO, span_hours

# The hours' rules moved down to events (its helpers count the span too); kept here
# for the callers that import them from this module.
__all__ = ["TENTH", "ZERO", "ServiceItem", "service_items", "span_hours"]


@dataclass(frozen=True)
class ServiceItem:
    member_id: int
    date: dt.date
    hours: Decimal
    served: int  # 人次
    what: str  # the event's title, or what the record says was done
    event_id: int | None  # None: a service record


def service_items(
    session: Session, start: dt.date, end: dt.date, member_ids: set[int] | None = None
) -> list[ServiceItem]:
    """All service between ``start`` and ``end`` (both included), by date."""
    items = _event_items(session, start, end, member_ids) + _record_items(
        session, start, end, member_ids
    )
    return sorted(items, key=lambda item: (item.date, item.member_id, item.event_id or 0))


def _event_items(
    session: Session, start: dt.date, end: dt.date, member_ids: set[int] | None
) -> list[ServiceItem]:
    rows = session.execute(
        select(EventHelper.event_id, EventHelper.member_id, EventHelper.hours, Event.date,
               Event.start_time, Event.end_time, Event.title)
        .join(Event, Event.id == EventHelper.event_id)
        .where(Event.date >= start, Event.date <= end,
               Event.status != EventStatus.CANCELLED.value)
        .order_by(EventHelper.event_id, EventHelper.member_id)
    ).all()  # fmt: skip
    event_ids = {row.event_id for row in rows}
    served = _event_served(session, event_ids)
    helpers: dict[int, list[int]] = defaultdict(list)
    for row in rows:
        helpers[row.event_id].append(row.member_id)
    items = []
    for row in rows:
        if member_ids is not None and row.member_id not in member_ids:
            continue
        team = helpers[row.event_id]
        share, extra = divmod(served.get(row.event_id, 0), len(team))
        hours = row.hours if row.hours is not None else span_hours(row.start_time, row.end_time)
        items.append(ServiceItem(row.member_id, row.date, Decimal(hours),
                                 share + (1 if team.index(row.member_id) < extra else 0),
                                 row.title, row.event_id))  # fmt: skip
    return items


def _event_served(session: Session, event_ids: set[int]) -> dict[int, int]:
    """Each event's 人次: its stalls' count, or those checked in when it has no stalls."""
    if not event_ids:
        return {}
    at_stalls = dict(
        session.execute(
            select(EventStall.event_id, func.coalesce(func.sum(StallService.count), 0))
            .join(StallService, StallService.stall_id == EventStall.id)
            .where(EventStall.event_id.in_(event_ids))
            .group_by(EventStall.event_id)
        ).all()
    )
    with_stalls = set(
        session.scalars(select(EventStall.event_id).where(EventStall.event_id.in_(event_ids)))
    )
    came = dict(
        session.execute(
            select(Signup.event_id, func.count())
            .where(Signup.event_id.in_(event_ids),
                   Signup.status == SignupStatus.CHECKED_IN.value)
            .group_by(Signup.event_id)
        ).all()
    )  # fmt: skip
    return {
        event_id: int(at_stalls.get(event_id, 0)) if event_id in with_stalls
        else int(came.get(event_id, 0))
        for event_id in event_ids
    }  # fmt: skip


def _record_items(
    session: Session, start: dt.date, end: dt.date, member_ids: set[int] | None
) -> list[ServiceItem]:
    # Plain columns, not objects: a year of a community's records is tens of thousands.
    query = select(
        ServiceRecord.member_id, ServiceRecord.date, ServiceRecord.hours, ServiceRecord.served,
        ServiceRecord.what,
    ).where(ServiceRecord.date >= start, ServiceRecord.date <= end)  # fmt: skip
    if member_ids is not None:
        query = query.where(ServiceRecord.member_id.in_(member_ids))
    return [
        ServiceItem(member_id, date, Decimal(hours), served, what, None)
        for member_id, date, hours, served, what in session.execute(query)
    ]
