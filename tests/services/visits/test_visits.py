"""Visits are recorded with their visitors, and a problem found becomes a request in the
same transaction; a household is found by its address, an ID number or a name."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import Request, Visit
from hearth_desk.services.audit import set_actor
from hearth_desk.services.visits.visits import (
    FoundProblem,
    NewVisit,
    find_household,
    household_visits,
    record_visit,
)
from tests.support.factories import ZHANG_SAN_ID
from tests.support.visit_factories import visiting_area

DAY = dt.date(2026, 11, 2)


@pytest.fixture(autouse=True)
def at_the_desk():  # type: ignore[no-untyped-def]
    set_actor("王芳")
    yield
    set_actor(None)


def test_a_visit_with_a_problem_registers_a_request_from_the_visit(session: Session) -> None:
    area = visiting_area(session)
    zhang = area.households["zhang"]
    recorded = record_visit(
        session,
        NewVisit(
            zhang.id,
            DAY,
            (area.worker.id, area.director.id),
            kind="care",
            found="身体尚好",
            notes="  ",
            problem=FoundProblem("楼道灯不亮", "safety", "small"),
        ),
    )
    assert (recorded.address, recorded.date) == ("洪山小区3栋2单元0401", DAY)
    request = session.get(Request, recorded.request_id)
    assert request is not None
    assert (request.source, request.visit_id, request.household_id, request.registered_on) == (
        "visit",
        recorded.visit_id,
        zhang.id,
        DAY,
    )
    assert request.handler == area.worker.name  # the first visitor found it and handles it
    visit = session.get(Visit, recorded.visit_id)
    assert visit is not None and (visit.notes, visit.entered_by) == (None, "王芳")
    [line] = household_visits(session, zhang.id)
    assert (line.kind, line.visitors, line.found, line.request_ids) == (
        "care",
        ("王芳", "李强"),
        "身体尚好",
        (request.id,),
    )


def test_a_visit_needs_a_visitor_and_a_day_not_to_come(session: Session) -> None:
    area = visiting_area(session)
    zhang = area.households["zhang"]
    with pytest.raises(UserError, match="who made the visit"):
        record_visit(session, NewVisit(zhang.id, DAY, ()))
    with pytest.raises(UserError, match="future"):
        yesterday = DAY - dt.timedelta(1)
        record_visit(session, NewVisit(zhang.id, DAY, (area.worker.id,)), today=yesterday)
    with pytest.raises(UserError, match="no longer listed"):
        record_visit(session, NewVisit(zhang.id, DAY, (area.worker.id + 99,)))


def test_a_bad_problem_leaves_no_visit_behind(session: Session) -> None:
    area = visiting_area(session)
    with pytest.raises(UserError, match="what the request is about"):
        with session.begin_nested():
            record_visit(
                session,
                NewVisit(
                    area.households["zhang"].id,
                    DAY,
                    (area.worker.id,),
                    problem=FoundProblem("  ", "safety", "small"),
                ),
            )
    assert session.scalar(select(func.count()).select_from(Visit)) == 0


def test_a_household_is_found_by_address_id_number_or_name(session: Session) -> None:
    area = visiting_area(session)
    zhang = area.households["zhang"]
    assert find_household(session, "洪山小区3栋2单元0401").id == zhang.id
    assert find_household(session, ZHANG_SAN_ID).id == zhang.id
    assert find_household(session, "李秀英").id == zhang.id
    with pytest.raises(UserError, match="No resident matches"):
        find_household(session, "王五")
    assert find_household(session, "3栋2单元0401").id == zhang.id
    with pytest.raises(UserError, match="matches 3 residents"):
        find_household(session, "洪山小区3栋2单元")
