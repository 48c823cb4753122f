"""Joint meetings: who came, the matters and their decisions, and the matters not
settled carried over to the next meeting by themselves."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import RequestStatus
from hearth_desk.services.visits.meetings import (
    NewMeeting,
    add_request_matter,
    decide_matter,
    hold_meeting,
    matter_at,
    matter_chain,
    meeting_detail,
    meeting_lines,
    open_requests,
    quarters_without_meeting,
    settle_matter,
)
from hearth_desk.services.visits.requests import NewRequest, advance_request, register_request


def _request(session: Session, text: str) -> int:
    return register_request(
        session, NewRequest(text, place="和平里一区", registered_on=dt.date(2026, 3, 1))
    ).id


def test_a_meeting_records_who_came_and_its_matters(session: Session) -> None:
    lamp = _request(session, "三栋楼道灯不亮")
    meeting = hold_meeting(
        session,
        NewMeeting(
            dt.date(2026, 3, 20),
            place="社区会议室",
            convenor="李书记",
            recorder="王网格",
            attendees=[("residents_committee", "张三"), ("property_company", "赵经理"),
                       ("residents_committee", " 李四 "), ("owners_committee", "")],
            request_ids=[lamp],
            new_matters=["小区停车难"],
        ),
    )  # fmt: skip
    detail = meeting_detail(session, meeting.id)
    assert (detail.place, detail.convenor, detail.recorder) == ("社区会议室", "李书记", "王网格")
    assert detail.attendees["residents_committee"] == ("张三", "李四")
    assert detail.attendees["owners_committee"] == ()
    assert list(detail.attendees) == [
        "party_branch",
        "residents_committee",
        "owners_committee",
        "property_company",
        "resident_representatives",
    ]
    first, second = detail.matters
    assert (first.title, first.request_id, first.request_status) == (
        "三栋楼道灯不亮",
        lamp,
        "registered",
    )
    assert (second.title, second.request_id, second.position) == ("小区停车难", None, 2)
    decide_matter(session, second.id, "物业划线增加车位", "物业公司", dt.date(2026, 4, 30))
    again = meeting_detail(session, meeting.id).matters[1]
    assert (again.decision, again.owner, again.due_date) == (
        "物业划线增加车位",
        "物业公司",
        dt.date(2026, 4, 30),
    )
    with pytest.raises(UserError):
        decide_matter(session, second.id, "x", due_date=dt.date(2026, 1, 1))
    with pytest.raises(UserError):
        add_request_matter(session, meeting.id, lamp)  # on the agenda once
    with pytest.raises(UserError):
        matter_at(session, meeting.id, 3)


def test_open_matters_carry_over_to_the_next_meeting_by_themselves(session: Session) -> None:
    lamp, wall, bins = (_request(session, t) for t in ("楼道灯不亮", "围墙开裂", "垃圾桶不够"))
    new = NewMeeting(
        dt.date(2026, 3, 20), request_ids=[lamp, wall, bins], new_matters=["停车难", "绿化"]
    )
    first = hold_meeting(session, new)
    matters = first.matters
    decide_matter(session, matters[3].id, "划线", "物业公司", dt.date(2026, 5, 1))
    settle_matter(session, matters[4].id)  # 绿化: settled by hand
    # 围墙: its request is closed, so the matter is settled with it.
    advance_request(session, wall, RequestStatus.IN_PROGRESS)
    advance_request(session, wall, RequestStatus.CLOSED, result="已修补")
    second = hold_meeting(session, NewMeeting(dt.date(2026, 6, 18), new_matters=["电梯维保"]))
    detail = meeting_detail(session, second.id)
    assert [(m.title, m.carried_from_meeting) for m in detail.matters] == [
        ("楼道灯不亮", first.id),
        ("垃圾桶不够", first.id),
        ("停车难", first.id),
        ("电梯维保", None),
    ]
    assert detail.carried == 3
    parking = detail.matters[2]
    assert (parking.owner, parking.due_date, parking.decision) == (
        "物业公司",
        dt.date(2026, 5, 1),
        "",
    )
    # Settled at the second meeting: the third carries only the rest.
    settle_matter(session, parking.id)
    third = hold_meeting(session, NewMeeting(dt.date(2026, 9, 10)))
    assert [m.title for m in meeting_detail(session, third.id).matters] == [
        "楼道灯不亮",
        "垃圾桶不够",
        "电梯维保",
    ]
    chain = matter_chain(session, third.matters[0].id)
    assert [link.meeting_id for link in chain] == [first.id, second.id, third.id]
    assert matter_chain(session, matters[0].id) == chain  # read from either end
    lines = meeting_lines(session)
    assert [line.id for line in lines] == [third.id, second.id, first.id]
    assert (lines[2].matters, lines[2].open_matters) == (5, 3)


def test_a_meeting_entered_late_carries_from_the_one_before_its_date(session: Session) -> None:
    march = hold_meeting(session, NewMeeting(dt.date(2026, 3, 20), new_matters=["停车难"]))
    hold_meeting(session, NewMeeting(dt.date(2026, 9, 1), new_matters=["电梯"]))
    june = hold_meeting(session, NewMeeting(dt.date(2026, 6, 1)))
    assert [m.carried_from.meeting_id for m in june.matters] == [march.id]  # type: ignore[union-attr]


def test_quarters_without_a_meeting(session: Session) -> None:
    today = dt.date(2026, 8, 15)
    assert quarters_without_meeting(session, today) == ()  # none kept here yet
    hold_meeting(session, NewMeeting(dt.date(2026, 5, 2)))  # the first: from Q2 on
    assert quarters_without_meeting(session, today) == (3,)
    hold_meeting(session, NewMeeting(dt.date(2025, 12, 30)))  # last year: Q1 counts now
    hold_meeting(session, NewMeeting(dt.date(2026, 9, 2)))  # not held yet
    assert quarters_without_meeting(session, today) == (1, 3)
    hold_meeting(session, NewMeeting(dt.date(2026, 7, 1)))
    assert quarters_without_meeting(session, today) == (1,)


def test_the_open_requests_a_meeting_may_take_up(session: Session) -> None:
    lamp, wall = _request(session, "楼道灯不亮"), _request(session, "围墙开裂")
    advance_request(session, wall, RequestStatus.IN_PROGRESS)
    advance_request(session, wall, RequestStatus.CLOSED, result="已修补")
    (line,) = open_requests(session, today=dt.date(2026, 3, 20))
    assert (line.id, line.description, line.overdue) == (lamp, "楼道灯不亮", True)
    assert not open_requests(session, today=dt.date(2026, 3, 2))[0].overdue
