"""A class fills, then waits in order; a dropped seat moves the first up; outsiders
keep their community; sessions skip closure days; attendance is ticked per session."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.class_slots import parse_slot
from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import Course
from hearth_desk.services.classes.attendance import attendance_of, session_on, set_attendance
from hearth_desk.services.classes.courses import NewCourse, add_course, course_ref
from hearth_desk.services.classes.enrolment import Outsider, drop, enrol, seats, students
from hearth_desk.services.classes.sessions import cancel_session, generate_sessions, move_session
from hearth_desk.services.classes.terms import add_term
from hearth_desk.services.events.listing import event_lines
from tests.support.factories import small_ledger

MONDAY = dt.date(2026, 9, 7)


def _class(session: Session, capacity: int | None = 2) -> Course:
    term = add_term(session, "2026年秋季学期", MONDAY, dt.date(2026, 10, 12),
                    closed=[(dt.date(2026, 10, 5), "国庆")])  # fmt: skip
    return add_course(
        session,
        term.id,
        NewCourse("葫芦丝班", [parse_slot("周一14:30-16:00")], room="活动室", capacity=capacity,
                  notes="自带葫芦丝"),
    )  # fmt: skip


def test_a_full_class_waits_in_order_and_a_drop_moves_the_first_up(session: Session) -> None:
    people = small_ledger(session)
    course = _class(session)
    zhang, shan, zeng = (people[key].members[0].id for key in ("zhang", "shan", "zeng"))
    assert enrol(session, course.id, resident_id=zhang).status == "signed_up"
    assert enrol(session, course.id, resident_id=shan).status == "signed_up"
    third = enrol(session, course.id, resident_id=zeng)
    assert (third.status, third.waiting_position) == ("waiting", 1)
    with pytest.raises(UserError, match="already"):
        enrol(session, course.id, resident_id=zhang)
    [desk] = seats(session, course.term_id)
    assert (desk.enrolled, desk.waiting, desk.left) == (2, 1, 0)
    first = students(session, course.id)[0]
    moved = drop(session, course.id, first.signup_id)
    assert moved is not None and moved.name == "曾国藩"
    assert [s.status for s in students(session, course.id)] == ["signed_up", "signed_up"]
    assert event_lines(session) == []  # the enrolment list is no event of the events area


def test_an_outsider_keeps_their_community_and_joins_several_classes(session: Session) -> None:
    course = _class(session, capacity=None)
    outcome = enrol(session, course.id, outsider=Outsider("王秀兰", "13900002222", "青年湖社区"))
    [student] = students(session, course.id)
    assert (student.name, student.community, outcome.status) == (
        "王秀兰",
        "青年湖社区",
        "signed_up",
    )
    assert (
        course_ref(session, "葫芦丝班").id == course.id == course_ref(session, f"#{course.id}").id
    )


def test_sessions_skip_closures_and_can_be_moved_or_cancelled(session: Session) -> None:
    course = _class(session)
    days = [lesson.date for lesson in course.sessions]
    assert days == [MONDAY + dt.timedelta(weeks=w) for w in (0, 1, 2, 3, 5)]  # not 10-05
    moved = move_session(session, course.sessions[1].id, dt.date(2026, 9, 15), "教室维修")
    assert (moved.moved_from, moved.date) == (dt.date(2026, 9, 14), dt.date(2026, 9, 15))
    cancel_session(session, course.sessions[2].id, "老师生病")
    assert generate_sessions(session, course) == 0  # nothing lost, nothing doubled
    assert len(course.sessions) == 5


def test_attendance_is_ticked_per_session(session: Session) -> None:
    people = small_ledger(session)
    course = _class(session)
    ids = [
        enrol(session, course.id, resident_id=people[key].members[0].id).signup_id
        for key in ("zhang", "shan")
    ]
    lesson = session_on(session, course.id, MONDAY)
    set_attendance(session, lesson.id, ids)
    set_attendance(session, lesson.id, ids[:1])
    assert attendance_of(session, course.id) == {lesson.id: {ids[0]}}
    with pytest.raises(UserError, match="not in the class"):
        set_attendance(session, lesson.id, [999_999])
