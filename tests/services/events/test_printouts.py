"""What the events' printouts are given: the sign-in sheet's rows in order with their
codes and masked phones, the notice's contact, the call list's full numbers (on both
databases)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import Community
from hearth_desk.domain.signin_codes import read_signin_code
from hearth_desk.services.events.events import EventInput, add_event, cancel_event
from hearth_desk.services.events.printouts import (
    call_list_data,
    event_options,
    notice_data,
    notice_for,
    signin_sheet_data,
    signin_sheet_for,
)
from hearth_desk.services.ledger.printouts import LedgerChoice
from tests.support.event_printouts import CONTACT_PHONE, DAY, printed_talk


def test_the_sign_in_sheet_lists_places_then_the_waiting_list(session: Session) -> None:
    talk = printed_talk(session)
    data = signin_sheet_data(session, talk.event_id)
    assert [(r.name, r.waiting_position) for r in data.rows] == [
        ("王大爷", None),
        ("李阿姨", None),
        ("孙奶奶", None),  # 赵青年 cancelled
        ("周老师", 1),
        ("钱先生", 2),
    ]
    assert data.holding == 3
    assert data.rows[0].phone == "138****0001"
    for row in data.rows:
        code = read_signin_code(row.code)
        assert code is not None and code.event_id == talk.event_id
        assert code.signup_id == talk.signup_ids[row.name]
    assert data.event.heading == "北京市东城区和平里街道和平里社区"
    assert (data.event.number, data.event.time, data.event.place) == (
        talk.event_id,
        "14:00–15:30",
        "社区会议室",
    )


def test_the_call_list_phones_who_moved_up_and_the_elderly(session: Session) -> None:
    talk = printed_talk(session)
    data = call_list_data(session, talk.event_id)
    assert [(r.name, r.phone) for r in data.moved_up] == [("孙奶奶", "13800000004")]
    # 60 on the very day counts; the waiting 周老师 and the young do not.
    assert [(r.name, r.age) for r in data.elderly] == [
        ("王大爷", 76),
        ("李阿姨", 60),
        ("孙奶奶", 86),
    ]
    assert data.everyone == ()


def test_a_called_off_event_phones_everyone(session: Session) -> None:
    talk = printed_talk(session)
    cancel_event(session, talk.event_id)
    data = call_list_data(session, talk.event_id)
    names = [row.name for row in data.everyone]
    assert names == ["王大爷", "李阿姨", "孙奶奶", "周老师", "钱先生"]
    assert data.everyone[-1].age is None and data.everyone[-1].phone == "13700000009"


def test_the_notice_has_the_contact_in_full(session: Session) -> None:
    talk = printed_talk(session)
    data = notice_data(session, talk.event_id)
    assert (data.contact_name, data.contact_phone) == ("刘主任", CONTACT_PHONE)
    assert [(s.unit, s.service) for s in data.stalls] == [
        ("和平里派出所", "反诈宣传"),
        ("社区卫生服务中心", "测血压"),
    ]
    assert (data.capacity, data.deadline) == (3, dt.date(2026, 12, 3))
    assert data.event.community == "和平里社区"


def test_without_a_contact_the_community_leader_is_asked(session: Session) -> None:
    printed_talk(session)
    bare = add_event(session, EventInput("楼道清理", DAY)).id
    assert (notice_data(session, bare).contact_phone, notice_data(session, bare).contact_name) == (
        "",
        "",
    )
    community = session.query(Community).one()
    community.leader_name, community.leader_phone = "陈书记", "010-64210134"
    session.flush()
    data = notice_data(session, bare)
    assert (data.contact_name, data.contact_phone) == ("陈书记", "010-64210134")


def test_the_catalogues_calls_need_an_event(session: Session) -> None:
    talk = printed_talk(session)
    with pytest.raises(UserError):
        signin_sheet_for(session, LedgerChoice())
    with pytest.raises(UserError, match="There is no event"):
        notice_for(session, LedgerChoice(event_id=talk.event_id + 100))
    assert signin_sheet_for(session, LedgerChoice(event_id=talk.event_id)).holding == 3


def test_the_print_dialog_offers_upcoming_first_then_the_recent_past(session: Session) -> None:
    ids = {
        title: add_event(session, EventInput(title, day)).id
        for title, day in (
            ("下月", dt.date(2027, 1, 9)),
            ("上月", dt.date(2026, 10, 9)),
            ("下周", dt.date(2026, 12, 6)),
            ("上周", dt.date(2026, 11, 20)),
        )
    }
    cancel_event(session, ids["上周"])
    options = event_options(session, today=dt.date(2026, 11, 29))
    assert [(o.title, o.upcoming, o.cancelled) for o in options] == [
        ("下周", True, False),
        ("下月", True, False),
        ("上周", False, True),
        ("上月", False, False),
    ]
