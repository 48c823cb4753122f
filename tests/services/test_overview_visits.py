"""The home page's figures of the 走访 area: open requests past their due date, and
the quarters of this year the five parties have not met; both lead to 走访."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from hearth_desk.domain.models import RequestStatus
from hearth_desk.domain.notices import Destination
from hearth_desk.services.overview import compute_overview
from hearth_desk.services.visits.meetings import NewMeeting, hold_meeting
from hearth_desk.services.visits.requests import NewRequest, advance_request, register_request

TODAY = dt.date(2026, 11, 29)


def _request(session: Session, registered_on: dt.date) -> int:
    new = NewRequest("楼道灯不亮", place="和平里一区", registered_on=registered_on)
    return register_request(session, new).id


def test_overdue_requests_are_counted_and_lead_to_visits(session: Session) -> None:
    assert compute_overview(session, TODAY).overdue_requests == 0
    late = _request(session, dt.date(2026, 11, 1))  # due 11-08
    _request(session, dt.date(2026, 11, 28))  # due 12-05: not yet
    closed = _request(session, dt.date(2026, 10, 1))
    advance_request(session, closed, RequestStatus.IN_PROGRESS)
    advance_request(session, closed, RequestStatus.CLOSED, result="已修")
    advance_request(session, late, RequestStatus.IN_PROGRESS)  # in hand, still late
    overview = compute_overview(session, TODAY)
    assert overview.overdue_requests == 1
    (notice,) = [n for n in overview.notices if "overdue" in n.message]
    assert (notice.params, notice.destination) == ({"count": 1}, Destination.VISITS)


def test_quarters_without_a_joint_meeting_are_reminded(session: Session) -> None:
    def reminders() -> list[tuple[str, dict[str, object]]]:
        notices = compute_overview(session, TODAY).notices
        return [(n.message, n.params) for n in notices if n.destination == Destination.VISITS]

    assert reminders() == []  # no meeting kept here yet
    hold_meeting(session, NewMeeting(dt.date(2026, 2, 10)))
    assert reminders() == [
        (
            "No joint meeting was held in quarter {quarters} of this year.",
            {"quarters": "2、3"},
        ),
        ("No joint meeting has been held this quarter.", {}),
    ]
    hold_meeting(session, NewMeeting(dt.date(2026, 5, 10)))
    hold_meeting(session, NewMeeting(dt.date(2026, 8, 10)))
    hold_meeting(session, NewMeeting(dt.date(2026, 11, 20)))
    assert reminders() == []
    assert compute_overview(session, TODAY).quarters_without_meeting == ()
