"""Changing an event in its form, its page's heading, its helpers and the next one
like it: what the window's event page reads and writes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import EventKind
from hearth_desk.services.events.events import (
    EventInput,
    StallInput,
    add_event,
    cancel_event,
    event_input,
    existing_event,
    update_event,
)
from hearth_desk.services.events.helpers import add_helper, helper_lines, remove_helper
from hearth_desk.services.events.listing import event_detail, next_like
from hearth_desk.services.events.tallies import serve, stall_served
from tests.support.tree_factories import member

DAY = dt.date(2026, 12, 5)


def service_day(session: Session, day: dt.date = DAY) -> int:
    stalls = [StallInput("社区卫生服务中心", "测血压"), StallInput("阳光理发店", "理发")]
    data = EventInput("便民服务日", day, EventKind.SERVICE_DAY, place="社区广场", stalls=stalls)
    return add_event(session, data).id


def test_changing_an_event_keeps_the_counts_of_its_stalls(session: Session) -> None:
    event = service_day(session)
    pressure = existing_event(session, event).stalls[0].id
    serve(session, pressure, count=3)
    data = event_input(existing_event(session, event))
    data.place, data.capacity, data.contact_phone = "党群服务中心", 40, "010-62345678"
    data.stalls = [data.stalls[0], StallInput("和平里派出所", "防诈骗宣传")]  # haircut out
    update_event(session, event, data)
    detail = event_detail(session, event)
    assert (detail.place, detail.capacity, detail.contact_phone) == ("党群服务中心", 40,
                                                                     "010-62345678")  # fmt: skip
    assert [(s.id == pressure, s.service) for s in detail.stalls] == [
        (True, "测血压"),
        (False, "防诈骗宣传"),
    ]
    assert stall_served(session, pressure) == 3


def test_a_stall_with_counted_services_is_not_removed(session: Session) -> None:
    event = service_day(session)
    first = existing_event(session, event).stalls[0]
    serve(session, first.id)
    data = event_input(existing_event(session, event))
    data.stalls = data.stalls[1:]
    with pytest.raises(UserError, match="测血压"):
        update_event(session, event, data)


def test_helpers_are_noted_once_and_can_be_taken_off(session: Session) -> None:
    event = service_day(session)
    wang = member(session, "王芳", phone="13911112222").id
    li = member(session, "李强").id
    assert add_helper(session, event, wang) and add_helper(session, event, li)
    assert not add_helper(session, event, wang)
    assert [(h.name, h.phone_masked) for h in helper_lines(session, event)] == [
        ("李强", ""),
        ("王芳", "139****2222"),
    ]
    remove_helper(session, event, li)
    assert [h.name for h in helper_lines(session, event)] == ["王芳"]


def test_the_next_event_of_the_same_kind_skips_cancelled_ones(session: Session) -> None:
    this = service_day(session)
    called_off = service_day(session, DAY + dt.timedelta(days=30))
    cancel_event(session, called_off)
    add_event(session, EventInput("防诈骗讲座", DAY + dt.timedelta(days=7), EventKind.TALK))
    assert next_like(session, this) is None
    coming = service_day(session, DAY + dt.timedelta(days=61))
    found = next_like(session, this)
    assert found is not None and found.id == coming
