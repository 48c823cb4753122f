"""Service counted from events and from records, on both databases: hours by the
event's span unless a helper's own, 人次 shared out so that totals count each resident
once, called-off events for nobody."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from hearth_desk.domain.models import EventHelper, EventKind, ServiceRecord
from hearth_desk.services.events.events import EventInput, StallInput, add_event, cancel_event
from hearth_desk.services.events.helpers import add_helper
from hearth_desk.services.events.tallies import serve
from hearth_desk.services.volunteering.member_totals import member_totals
from hearth_desk.services.volunteering.service_items import service_items
from tests.support.tree_factories import member

DAY = dt.date(2026, 5, 9)
YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_hours_and_times_served_from_events_and_records(session: Session) -> None:
    wang, li, zhao = (member(session, name).id for name in ("王芳", "李强", "赵六"))
    day = add_event(session, EventInput("便民服务日", DAY, EventKind.SERVICE_DAY,
                                        dt.time(14, 0), dt.time(17, 0),
                                        stalls=[StallInput("卫生服务中心", "测血压")]))  # fmt: skip
    serve(session, day.stalls[0].id, count=7)
    for person in (wang, li, zhao):
        add_helper(session, day.id, person)
    session.get(EventHelper, (day.id, zhao)).hours = Decimal("1.5")  # came late
    called_off = add_event(session, EventInput("楼道清理", DAY, EventKind.VOLUNTEER,
                                               dt.time(9, 0), dt.time(11, 0)))  # fmt: skip
    add_helper(session, called_off.id, wang)
    cancel_event(session, called_off.id)
    pipe = dt.date(2026, 6, 2)
    session.add(ServiceRecord(member_id=wang, date=pipe, hours=Decimal("1.0"), what="疏通下水道",
                              served=1, entered_at=dt.datetime(2026, 6, 2, 10)))  # fmt: skip
    session.flush()

    items = service_items(session, *YEAR)
    assert [(i.member_id, i.hours, i.served, i.what) for i in items] == [
        (wang, Decimal("3.0"), 3, "便民服务日"),  # 7 人次 for three: 3, 2, 2
        (li, Decimal("3.0"), 2, "便民服务日"),
        (zhao, Decimal("1.5"), 2, "便民服务日"),
        (wang, Decimal("1.0"), 1, "疏通下水道"),
    ]
    totals = member_totals(session, *YEAR)
    assert (totals[wang].times, totals[wang].hours, totals[wang].served) == (2, Decimal("4.0"), 4)
    assert totals[wang].what == (("便民服务日", 1), ("疏通下水道", 1))
    assert sum(t.served for t in totals.values()) == 8
    assert set(member_totals(session, *YEAR, member_ids={li})) == {li}
    assert member_totals(session, dt.date(2027, 1, 1), dt.date(2027, 12, 31)) == {}
