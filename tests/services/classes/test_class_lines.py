"""What the 老年大学 area reads: the terms with the current one first, each class's
seats and figures (sessions held up to today, attendance 人次), and one class's sheet."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from hearth_desk.domain.class_slots import parse_slot
from hearth_desk.services.classes.attendance import set_attendance
from hearth_desk.services.classes.class_lines import class_lines, class_sheet, term_choices
from hearth_desk.services.classes.courses import NewCourse, add_course
from hearth_desk.services.classes.enrolment import enrol
from hearth_desk.services.classes.sessions import cancel_session
from hearth_desk.services.classes.terms import add_term
from tests.support.factories import small_ledger

MONDAY = dt.date(2026, 9, 7)


def test_terms_put_the_current_one_first(session: Session) -> None:
    add_term(session, "2026年春季学期", dt.date(2026, 3, 2), dt.date(2026, 6, 30))
    add_term(session, "2026年秋季学期", MONDAY, dt.date(2027, 1, 15))
    add_term(session, "2027年春季学期", dt.date(2027, 3, 1), dt.date(2027, 6, 30))
    names = [t.name for t in term_choices(session, today=dt.date(2026, 11, 29))]
    assert names == ["2026年秋季学期", "2027年春季学期", "2026年春季学期"]


def test_class_lines_count_seats_sessions_held_and_attendance(session: Session) -> None:
    people = small_ledger(session)
    term = add_term(session, "2026年秋季学期", MONDAY, dt.date(2026, 10, 12))
    course = add_course(session, term.id, NewCourse(
        "葫芦丝班", [parse_slot("周一14:30-16:00")], room="活动室", teacher_name="李老师",
        capacity=1))  # fmt: skip
    for key in ("zhang", "shan"):
        enrol(session, course.id, resident_id=people[key].members[0].id)
    sheet = class_sheet(session, course.id)
    seated = [s.signup_id for s in sheet.students if s.waiting_position is None]
    set_attendance(session, sheet.sessions[0].session_id, seated)
    set_attendance(session, sheet.sessions[1].session_id, seated)
    cancel_session(session, sheet.sessions[2].session_id, "老师生病")
    [line] = class_lines(session, term.id, today=dt.date(2026, 9, 30))
    assert (line.name, line.room, line.teacher, line.capacity) == (
        "葫芦丝班",
        "活动室",
        "李老师",
        1,
    )
    assert (line.enrolled, line.waiting) == (1, 1)
    assert (line.sessions_held, line.attendance) == (3, 2)  # 09-07, 09-14, 09-28 (not 09-21)
    assert line.slots_text == "周一 14:30–16:00"
    again = class_sheet(session, course.id)
    assert [s.waiting_position for s in again.students] == [None, 1]
    assert again.sessions[2].cancelled and again.sessions[2].reason == "老师生病"
    assert again.present == {sheet.sessions[0].session_id: set(seated),
                             sheet.sessions[1].session_id: set(seated)}  # fmt: skip
