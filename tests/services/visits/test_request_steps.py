"""Requests registered and moved one step at a time, each step naming who and when."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import RequestStatus, VisitSettings
from hearth_desk.services.audit import set_actor
from hearth_desk.services.visits.requests import NewRequest, advance_request, register_request
from tests.support.factories import small_ledger

DAY = dt.date(2026, 11, 2)


@pytest.fixture(autouse=True)
def at_the_desk():  # type: ignore[no-untyped-def]
    set_actor("王网格")
    yield
    set_actor(None)


def test_a_request_goes_through_every_step_with_who_and_when(session: Session) -> None:
    household = small_ledger(session)["zhang"]
    request = register_request(
        session,
        NewRequest("楼道灯不亮", category="safety", household_id=household.id, registered_on=DAY),
    )
    assert (request.status, request.due_date) == ("registered", dt.date(2026, 11, 9))
    advance_request(session, request.id, RequestStatus.IN_PROGRESS)
    advance_request(session, request.id, RequestStatus.CLOSED, result="换了灯泡")
    advance_request(session, request.id, RequestStatus.FOLLOWED_UP, satisfaction="dissatisfied")
    assert request.status == "in_progress" and request.closed_on is None
    advance_request(session, request.id, RequestStatus.CLOSED, result="换了感应灯")
    advance_request(session, request.id, RequestStatus.FOLLOWED_UP, satisfaction="satisfied")
    steps = [(s.status, s.by) for s in request.steps]
    assert [s for s, _ in steps] == [
        "registered",
        "in_progress",
        "closed",
        "followed_up",
        "closed",
        "followed_up",
    ]
    assert {by for _, by in steps} == {"王网格"}
    assert (request.status, request.satisfaction) == ("followed_up", "satisfied")


def test_escalating_records_the_reference_and_makes_it_special(session: Session) -> None:
    request = register_request(session, NewRequest("小区围墙倒塌", tier="large", place="洪山小区"))
    advance_request(session, request.id, RequestStatus.IN_PROGRESS)
    advance_request(session, request.id, RequestStatus.ESCALATED, street_ref="街〔2026〕8号")
    assert (request.tier, request.street_ref) == ("special", "街〔2026〕8号")
    assert request.escalated_on == dt.date.today()


def test_due_days_come_from_settings_and_bad_requests_are_refused(session: Session) -> None:
    session.add(VisitSettings(id=1, small_due_days=3))
    session.flush()
    request = register_request(session, NewRequest("门禁卡", place="3栋", registered_on=DAY))
    assert request.due_date == dt.date(2026, 11, 5)
    with pytest.raises(UserError, match="household or place"):
        register_request(session, NewRequest("无处"))
    with pytest.raises(UserError, match="what the request"):
        register_request(session, NewRequest("  ", place="3栋"))
    with pytest.raises(UserError, match="no request #999"):
        advance_request(session, 999, RequestStatus.IN_PROGRESS)
