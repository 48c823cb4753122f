"""What the 老年大学 area of the window shows, each in one read: the terms to choose
from, a term's classes with their figures (for the timetable and the class list),
and one class's sheet (students, sessions, who was ticked).

Seats and the waiting list come from ``enrolment`` (the events' sign-up rules); this
module only counts what is stored. A separate module from the figures the
command line prints (``figures.py``, another branch) so that the two can be
reconciled when merged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.class_slots import Slot
from hearth_desk.domain.models import Attendance, Course, CourseSession, Term
from hearth_desk.services.classes.attendance import attendance_of
from hearth_desk.services.classes.courses import slots_of
from hearth_desk.services.classes.enrolment import Student, seats, students
from hearth_desk.services.classes.terms import current_term


@dataclass(frozen=True)
class TermChoice:
    term_id: int
    name: str
    start: dt.date
    end: dt.date


def term_choices(session: Session, today: dt.date | None = None) -> list[TermChoice]:
    """Every term, the current one first, then the latest first."""
    terms = list(session.scalars(select(Term).order_by(Term.start_date.desc(), Term.id)))
    current = current_term(session, today)
    if current is not None:
        terms.remove(current)
        terms.insert(0, current)
    return [TermChoice(t.id, t.name, t.start_date, t.end_date) for t in terms]


@dataclass(frozen=True)
class ClassLine:
    """One class of a term as the timetable and the class list show it."""

    course_id: int
    name: str
    slots: tuple[Slot, ...]
    room: str
    teacher: str
    capacity: int | None
    enrolled: int
    waiting: int
    sessions_held: int  # not cancelled, on or before today
    attendance: int  # 人次: ticks over all sessions

    @property
    def slots_text(self) -> str:
        return "、".join(slot.text() for slot in self.slots)


def class_lines(session: Session, term_id: int, today: dt.date | None = None) -> list[ClassLine]:
    """The term's classes in their order, with seats and figures (a few grouped reads)."""
    today = today or dt.date.today()
    courses = list(
        session.scalars(
            select(Course).where(Course.term_id == term_id).order_by(Course.sort_order, Course.id)
        )
    )
    ids = [course.id for course in courses]
    held = dict(
        session.execute(
            select(CourseSession.course_id, func.count())
            .where(
                CourseSession.course_id.in_(ids),
                CourseSession.cancelled.is_(False),
                CourseSession.date <= today,
            )
            .group_by(CourseSession.course_id)
        ).all()
    )
    ticks = dict(
        session.execute(
            select(CourseSession.course_id, func.count())
            .join(Attendance, Attendance.session_id == CourseSession.id)
            .where(CourseSession.course_id.in_(ids))
            .group_by(CourseSession.course_id)
        ).all()
    )
    places = {seat.course_id: seat for seat in seats(session, term_id)}
    return [
        ClassLine(
            course.id,
            course.name,
            tuple(slots_of(course)),
            course.room or "",
            course.teacher_name or "",
            course.capacity,
            places[course.id].enrolled,
            places[course.id].waiting,
            held.get(course.id, 0),
            ticks.get(course.id, 0),
        )
        for course in courses
    ]


@dataclass(frozen=True)
class SessionLine:
    session_id: int
    date: dt.date
    start: dt.time
    end: dt.time
    cancelled: bool
    moved_from: dt.date | None
    reason: str


@dataclass(frozen=True)
class ClassSheet:
    """One class's page: its students and waiting list, its sessions, who was ticked."""

    course_id: int
    name: str
    term_id: int
    capacity: int | None
    students: list[Student]
    sessions: list[SessionLine]
    present: dict[int, set[int]]  # session id → sign-up ids ticked


def class_sheet(session: Session, course_id: int) -> ClassSheet:
    pupils = students(session, course_id)  # refuses a class that no longer exists
    course = session.get(Course, course_id)
    assert course is not None
    lessons = [
        SessionLine(
            s.id, s.date, s.start_time, s.end_time, s.cancelled, s.moved_from, s.reason or ""
        )
        for s in course.sessions
    ]
    lessons.sort(key=lambda line: (line.date, line.start))
    return ClassSheet(
        course.id,
        course.name,
        course.term_id,
        course.capacity,
        pupils,
        lessons,
        attendance_of(session, course.id),
    )
