"""The demo's elderly university: the term running today, 13 classes mostly full with
waiting lists, about a thousand enrolments in exactly the shape the sign-up rules
leave, half a term of attendance; the office's own classes and enrolments follow."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.class_slots import parse_slot
from hearth_desk.domain.models import Attendance, Course, CourseSession, Resident, Signup
from hearth_desk.services.classes.courses import NewCourse, add_course
from hearth_desk.services.classes.enrolment import drop, enrol, seats, students
from hearth_desk.services.classes.figures import term_figures
from hearth_desk.services.classes.terms import current_term
from hearth_desk.services.demo.classes import demo_term
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.services.demo.people import REFERENCE_DATE

TODAY = dt.date(2026, 11, 29)


def test_the_term_is_the_one_running_today() -> None:
    assert demo_term(TODAY) == ("2026年秋季学期", dt.date(2026, 9, 7), dt.date(2027, 1, 15))
    assert demo_term(dt.date(2027, 1, 10))[0] == "2026年秋季学期"
    assert demo_term(dt.date(2027, 4, 1))[0] == "2027年春季学期"


def test_a_term_of_full_classes(session: Session) -> None:
    summary = fill_demo(session, households=600, today=TODAY).classes
    term = current_term(session, TODAY)
    assert term is not None and term.name == summary.term == "2026年秋季学期"
    assert {c.reason for c in term.closures} == {"国庆节", "元旦"}
    assert summary.classes == 13 and summary.sessions >= 200
    assert 850 <= summary.enrolments <= 1300 and 50 <= summary.outsiders <= 200
    places = seats(session, term.id)
    assert all(20 <= row.capacity <= 40 for row in places if row.capacity)
    assert sum(1 for row in places if row.left == 0 and row.waiting) >= 10  # most are full
    for row in places:  # the sign-up engine's shape: seats 1..capacity, then the queue
        signed = session.execute(
            select(Signup.seat, Signup.queued_at, Signup.status)
            .join(Course, Course.event_id == Signup.event_id)
            .where(Course.id == row.course_id)
            .order_by(Signup.queued_at)
        ).all()
        held = [seat for seat, _at, status in signed if status == "signed_up"]
        assert sorted(held) == list(range(1, len(held) + 1))
        assert [status for *_x, status in signed] == sorted(
            (status for *_x, status in signed), key=lambda s: s == "waiting"
        )
    cutoff = REFERENCE_DATE.replace(year=REFERENCE_DATE.year - 60)
    births = session.scalars(
        select(Resident.birth_date).join(Signup, Signup.resident_id == Resident.id)
        .join(Course, Course.event_id == Signup.event_id)
    ).all()  # fmt: skip
    assert all(birth <= cutoff for birth in births)  # the residents enrolled are 60 and over
    figures = term_figures(session, term.id, today=TODAY)
    assert figures.attendance == summary.attendance
    assert 0.75 <= figures.attendance / sum(r.held * r.students for r in figures.classes) <= 0.95
    late = session.scalar(
        select(func.count())
        .select_from(Attendance)
        .join(CourseSession, CourseSession.id == Attendance.session_id)
        .where(CourseSession.date >= TODAY)
    )
    assert late == 0  # no one ticked for a session still to come


def test_the_offices_own_enrolments_follow_the_demos(session: Session) -> None:
    """The sign-up rules take the demo's lists as their own; on PostgreSQL the sequences
    were moved past the demo's ids."""
    fill_demo(session, households=60, today=TODAY)
    term = current_term(session, TODAY)
    assert term is not None
    full = next(row for row in seats(session, term.id) if row.left == 0 and row.waiting)
    first_waiting = next(s for s in students(session, full.course_id) if s.waiting_position == 1)
    moved = drop(session, full.course_id, students(session, full.course_id)[0].signup_id)
    assert moved is not None and moved.signup_id == first_waiting.signup_id
    resident = session.scalars(select(Resident.id).order_by(Resident.id.desc()).limit(1)).one()
    new = add_course(session, term.id, NewCourse("太极扇班", [parse_slot("周六09:00-10:00")],
                                                 capacity=1))  # fmt: skip
    assert enrol(session, new.id, resident_id=resident).status == "signed_up"
    again = fill_demo(session, households=60, today=TODAY, replace=True).classes
    assert again == fill_demo(session, households=60, today=TODAY, replace=True).classes
