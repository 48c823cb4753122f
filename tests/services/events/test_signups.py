"""The rules of signing up, waiting, cancelling and checking in, on both databases."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import EventKind, Gender, Resident, SignupStatus
from hearth_desk.domain.signin_codes import signin_code
from hearth_desk.services.events.events import (
    EventInput,
    StallInput,
    add_event,
    cancel_event,
    existing_event,
    finish_event,
    signups_of,
)
from hearth_desk.services.events.signups import (
    EventFull,
    LateSignup,
    WalkIn,
    cancel,
    check_in,
    check_in_by_code,
    sign_up,
)
from hearth_desk.services.ledger import households as ledger
from hearth_desk.storage.store import Store
from tests.support.factories import person, small_ledger

DAY = dt.date(2026, 12, 5)
NOW = dt.datetime(2026, 11, 29, 9, 0)


def residents(session: Session, count: int) -> list[int]:
    """``count`` residents of one household, 居民01, 居民02…, with phones."""
    homes = small_ledger(session)
    home = homes["zhang"]
    people = [
        ledger.add_member(session, home.id, person(f"居民{n:02d}", "", f"1390000{n:04d}",
                                                   relation="其他",
                                                   gender=Gender.FEMALE))
        for n in range(1, count + 1)
    ]  # fmt: skip
    return [resident.id for resident in people]


def talk(session: Session, capacity: int | None = 2, **more: object) -> int:
    data = EventInput("防诈骗讲座", DAY, kind=EventKind.TALK, capacity=capacity, **more)  # type: ignore[arg-type]
    return add_event(session, data).id


def test_seats_then_a_first_come_first_served_waiting_list(session: Session) -> None:
    ids = residents(session, 5)
    event = talk(session, capacity=2)
    outcomes = [
        sign_up(session, event, resident_id=rid, now=NOW + dt.timedelta(minutes=n))
        for n, rid in enumerate(ids)
    ]
    assert [(o.status, o.waiting_position) for o in outcomes] == [
        ("signed_up", None), ("signed_up", None),
        ("waiting", 1), ("waiting", 2), ("waiting", 3)]  # fmt: skip

    # Cancelling a seat moves exactly the first waiting up, with a number to phone.
    moved = cancel(session, event, outcomes[0].signup_id)
    assert moved is not None and (moved.name, moved.phone) == ("居民03", "13900000003")
    statuses = {s.id: (s.status, s.seat) for s in signups_of(session, event)}
    assert statuses[outcomes[2].signup_id] == ("signed_up", 1)  # the freed seat
    assert statuses[outcomes[3].signup_id][0] == "waiting"
    # A waiting person who cancels frees no seat: nobody moves.
    assert cancel(session, event, outcomes[3].signup_id) is None
    assert sign_up(session, event, resident_id=ids[0], now=NOW + dt.timedelta(hours=1)) \
        .waiting_position == 2  # signed up again: the end of the queue  # fmt: skip


def test_a_second_sign_up_is_refused_with_the_first_ones_status(session: Session) -> None:
    (rid,) = residents(session, 1)
    event = talk(session, capacity=1)
    sign_up(session, event, resident_id=rid, now=NOW)
    with pytest.raises(UserError, match="already signed up"):
        sign_up(session, event, resident_id=rid, now=NOW)


def test_the_deadline_and_a_cancelled_or_finished_event(session: Session) -> None:
    a, b, c = residents(session, 3)
    event = talk(session, capacity=None, signup_deadline=dt.date(2026, 11, 28))
    with pytest.raises(LateSignup):
        sign_up(session, event, resident_id=a, now=NOW)
    assert sign_up(session, event, resident_id=a, now=NOW, late=True).status == "signed_up"
    cancel_event(session, event)
    with pytest.raises(UserError, match="cancelled"):
        sign_up(session, event, resident_id=b, now=NOW, late=True)
    with pytest.raises(UserError, match="cancelled"):
        check_in(session, event, resident_id=a, now=NOW)
    other = talk(session, capacity=None)
    sign_up(session, other, resident_id=b, now=NOW)
    sign_up(session, other, resident_id=c, now=NOW)
    check_in(session, other, resident_id=b, now=NOW)
    assert finish_event(session, other) == 1  # c did not come
    assert [s.status for s in signups_of(session, other)] == ["checked_in", "absent"]
    with pytest.raises(UserError, match="over"):
        check_in(session, other, resident_id=c, now=NOW)


def test_at_the_door_a_full_event_asks_before_letting_someone_in(session: Session) -> None:
    a, b, c = residents(session, 3)
    event = talk(session, capacity=1)
    sign_up(session, event, resident_id=a, now=NOW)
    assert check_in(session, event, resident_id=a, now=NOW).status == "checked_in"
    assert check_in(session, event, resident_id=a, now=NOW).status == "checked_in"  # twice
    with pytest.raises(EventFull):
        check_in(session, event, walk_in=WalkIn("路人甲", "13700000000"), now=NOW)
    came = check_in(session, event, walk_in=WalkIn("路人甲", "13700000000"), on_site=True,
                    now=NOW)  # fmt: skip
    assert came.status == "checked_in"
    sign_up(session, event, resident_id=b, now=NOW)  # waiting
    assert check_in(session, event, resident_id=b, on_site=True, now=NOW).status == "checked_in"
    on_site = [s for s in signups_of(session, event) if s.on_site]
    assert [s.walk_in_name or s.resident.name for s in on_site] == ["路人甲", "居民02"]
    # Where there is no capacity anyone is let in without asking.
    open_day = add_event(session, EventInput("便民服务日", DAY, kind=EventKind.SERVICE_DAY,
                         stalls=[StallInput("和平里社区卫生服务中心", "测血压")])).id  # fmt: skip
    assert check_in(session, open_day, resident_id=c, now=NOW).status == "checked_in"


def test_two_connections_cannot_both_take_the_last_seat(store: Store) -> None:
    """Two offices' windows sign up at the same moment for the one seat left: one gets
    it, the other waits, on SQLite and on PostgreSQL (with real concurrent transactions)."""
    with store.transaction() as session:
        a, b = residents(session, 2)
        event = talk(session, capacity=1)
    results: dict[int, str] = {}
    first_wrote = threading.Event()
    errors: list[BaseException] = []

    def first() -> None:
        try:
            with store.transaction() as session:
                results[a] = sign_up(session, event, resident_id=a, now=NOW).status
                first_wrote.set()
                threading.Event().wait(0.5)  # hold the seat uncommitted a moment
        except BaseException as error:  # pragma: no cover - shown below
            errors.append(error)
            first_wrote.set()

    def second() -> None:
        first_wrote.wait(5)
        try:
            with store.transaction() as session:
                results[b] = sign_up(session, event, resident_id=b, now=NOW).status
        except BaseException as error:  # pragma: no cover - shown below
            errors.append(error)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert sorted(results.values()) == ["signed_up", "waiting"]
    with store.session() as session:
        seats = [s.seat for s in signups_of(session, event)]
        assert sorted(seats, key=lambda s: s or 0) == [None, 1]
        assert session.get(Resident, a) is not None
    assert SignupStatus.WAITING.value in results.values()


def test_stall_tallies_named_services_undo_and_the_totals(session: Session) -> None:
    from hearth_desk.services.events.tallies import event_totals, serve, undo_last

    a, b, c = residents(session, 3)
    day = add_event(session, EventInput(
        "便民服务日", DAY, kind=EventKind.SERVICE_DAY, capacity=2,
        stalls=[StallInput("和平里社区卫生服务中心", "测血压血糖"), StallInput("爱心理发", "理发")],
    ))  # fmt: skip
    pressure, haircut = (stall.id for stall in day.stalls)
    for rid in (a, b, c):
        sign_up(session, day.id, resident_id=rid, now=NOW)  # c waits
    check_in(session, day.id, resident_id=a, now=NOW)
    check_in(session, day.id, walk_in=WalkIn("路人甲"), on_site=True, now=NOW)
    assert serve(session, pressure, count=12, now=NOW) == 12
    assert serve(session, pressure, resident_ids=(a, b), now=NOW) == 14
    assert serve(session, haircut, now=NOW) == 1
    assert serve(session, haircut, now=NOW) == 2
    assert undo_last(session, haircut) == 1  # +1 pressed twice
    with pytest.raises(UserError):
        serve(session, haircut, count=0)
    finish_event(session, day.id)
    totals = event_totals(session, day.id)
    assert (totals.signed_up, totals.waiting, totals.checked_in, totals.on_site,
            totals.absent) == (2, 1, 2, 1, 1)  # fmt: skip
    assert [(s.service, s.served) for s in totals.stalls] == [("测血压血糖", 14), ("理发", 1)]
    assert totals.served == 15


def test_checking_in_by_a_sheets_code(session: Session) -> None:
    first, second = residents(session, 2)
    event = talk(session, capacity=5)
    other = talk(session, capacity=5)
    signup = sign_up(session, event, resident_id=first, now=NOW).signup_id
    elsewhere = sign_up(session, other, resident_id=second, now=NOW).signup_id

    assert existing_event(session, event).status == "planned"
    came = check_in_by_code(session, event, signin_code(event, signup) + "\n")
    assert (came.name, came.status) == ("居民01", SignupStatus.CHECKED_IN)
    assert existing_event(session, event).status == "running"  # the first one in
    assert check_in_by_code(session, event, signin_code(event, signup)).status == "checked_in"

    with pytest.raises(UserError) as wrong_sheet:
        check_in_by_code(session, event, signin_code(other, elsewhere))
    assert f"#{other}" in str(wrong_sheet.value)
    with pytest.raises(UserError):
        check_in_by_code(session, event, "80001200003451")  # a wrong check digit
    with pytest.raises(UserError):  # the other event's sign-up under this event's number
        check_in_by_code(session, event, signin_code(event, elsewhere))


def test_the_one_who_moves_up_is_remembered_for_the_call_list(session: Session) -> None:
    first, second = residents(session, 2)
    event = talk(session, capacity=1)
    held = sign_up(session, event, resident_id=first, now=NOW).signup_id
    sign_up(session, event, resident_id=second, now=NOW + dt.timedelta(minutes=1))
    later = NOW + dt.timedelta(hours=2)
    moved = cancel(session, event, held, now=later)
    assert moved is not None and moved.name == "居民02"
    assert [(s.status, s.moved_up_at) for s in signups_of(session, event)] == [
        ("cancelled", None),
        ("signed_up", later),
    ]
