"""What the door reads before Enter: a resident's standing at an event, and the count
of those who came against those who signed up, on both databases."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import EventKind, Gender
from hearth_desk.domain.signin_codes import signin_code
from hearth_desk.services.events.door import (
    NOT_SIGNED_UP,
    Arrival,
    Standing,
    arrive,
    door_count,
    event_title,
    standing,
)
from hearth_desk.services.events.events import EventInput, add_event
from hearth_desk.services.events.signups import EventFull, WalkIn, cancel, check_in, sign_up
from hearth_desk.services.ledger import households as ledger
from tests.support.factories import person, small_ledger

DAY = dt.date(2026, 12, 5)
NOW = dt.datetime(2026, 11, 29, 9, 0)


def residents(session: Session, count: int) -> list[int]:
    home = small_ledger(session)["zhang"]
    return [
        ledger.add_member(session, home.id, person(f"居民{n:02d}", relation="其他",
                                                   gender=Gender.FEMALE)).id
        for n in range(1, count + 1)
    ]  # fmt: skip


def test_standing_of_each_kind_of_person_at_the_door(session: Session) -> None:
    a, b, c, d, e = residents(session, 5)
    event = add_event(session, EventInput("防诈骗讲座", DAY, kind=EventKind.TALK, capacity=2)).id
    first = sign_up(session, event, resident_id=a, now=NOW)
    sign_up(session, event, resident_id=b, now=NOW + dt.timedelta(minutes=1))
    sign_up(session, event, resident_id=c, now=NOW + dt.timedelta(minutes=2))  # waiting 1
    sign_up(session, event, resident_id=d, now=NOW + dt.timedelta(minutes=3))  # waiting 2
    check_in(session, event, resident_id=b, now=NOW)

    assert standing(session, event, a) == Standing("signed_up", None, False)
    assert standing(session, event, b) == Standing("checked_in", None, False)
    assert standing(session, event, d) == Standing("waiting", 2, False)
    assert standing(session, event, e) == NOT_SIGNED_UP
    cancel(session, event, first.signup_id)  # c moves up; d waits first now
    assert standing(session, event, a) == NOT_SIGNED_UP
    assert standing(session, event, c) == Standing("signed_up", None, False)
    assert standing(session, event, d) == Standing("waiting", 1, False)
    check_in(session, event, resident_id=e, on_site=True, now=NOW)
    assert standing(session, event, e) == Standing("checked_in", None, True)


def test_the_door_count_is_came_against_signed_up(session: Session) -> None:
    a, b, c = residents(session, 3)
    event = add_event(session, EventInput("防诈骗讲座", DAY, kind=EventKind.TALK, capacity=2)).id
    for rid in (a, b, c):
        sign_up(session, event, resident_id=rid, now=NOW)
    count = door_count(session, event)
    assert (count.title, count.came, count.signed, count.capacity) == ("防诈骗讲座", 0, 2, 2)
    assert event_title(session, event) == f"#{event} 防诈骗讲座"
    check_in(session, event, resident_id=a, now=NOW)
    check_in(session, event, walk_in=WalkIn("路人甲", "13700000000"), on_site=True, now=NOW)
    count = door_count(session, event)
    assert (count.came, count.signed, count.status) == (
        2,
        2,
        "running",
    )  # the first one in: under way


def test_arriving_says_whether_it_checked_anyone_in(session: Session) -> None:
    a, b = residents(session, 2)
    event = add_event(session, EventInput("防诈骗讲座", DAY, kind=EventKind.TALK, capacity=1)).id
    first = sign_up(session, event, resident_id=a, now=NOW)
    code = signin_code(event, first.signup_id)
    assert arrive(session, event, code=code) == Arrival(first.signup_id, "居民01", False, False)
    assert arrive(session, event, resident_id=a) == Arrival(first.signup_id, "居民01", True, False)
    with pytest.raises(UserError, match="sign-in sheet of #"):
        arrive(session, event, code=signin_code(event + 1, first.signup_id))
    with pytest.raises(EventFull):
        arrive(session, event, resident_id=b)
    came = arrive(session, event, walk_in=WalkIn("路人甲", "13700000000"), on_site=True)
    assert (came.name, came.already, came.on_site) == ("路人甲", False, True)
