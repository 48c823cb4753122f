"""What the 老年大学 area of the window shows, each in one read: the terms to choose
from, a term's classes with their figures (for the timetable and the class list),
and one class's sheet (students, sessions, who was ticked).

Seats, the waiting list and the figures come from ``enrolment`` (the events' sign-up
rules) and ``figures`` (what the command line prints): this module only puts them
together for the window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.class_slots import Slot
from hearth_desk.domain.models import Course, Term
from hearth_desk.services.classes.attendance import attendance_of
from hearth_desk.services.classes.courses import slots_of
from hearth_desk.services.classes.enrolment import Student, students
from hearth_desk.services.classes.figures import term_figures
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
    sessions_held: int  # not cancelled, before today (``figures``)
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
    # The figures the command line prints and the area shows are one count.
    figures = {row.course_id: row for row in term_figures(session, term_id, today).classes}
    return [
        ClassLine(
            course.id,
            course.name,
            tuple(slots_of(course)),
            course.room or "",
            course.teacher_name or "",
            course.capacity,
            figures[course.id].students,
            figures[course.id].waiting,
            figures[course.id].held,
            figures[course.id].attendance,
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
