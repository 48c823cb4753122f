"""The figures of a term (老年大学的数字): per class, the sessions held, attendance in
人次, students and the waiting list; and the term's totals. Four grouped reads,
whatever the number of classes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import Attendance, CourseSession
from hearth_desk.services.classes.enrolment import seats


@dataclass(frozen=True)
class ClassFigures:
    course_id: int
    name: str
    capacity: int | None
    held: int  # sessions before today, not cancelled
    attendance: int  # 人次: one per student present at a session
    students: int  # holding a seat
    waiting: int

    @property
    def left(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.students, 0)


@dataclass(frozen=True)
class TermFigures:
    term_id: int
    classes: list[ClassFigures]

    @property
    def held(self) -> int:
        return sum(row.held for row in self.classes)

    @property
    def attendance(self) -> int:
        return sum(row.attendance for row in self.classes)

    @property
    def students(self) -> int:
        return sum(row.students for row in self.classes)

    @property
    def waiting(self) -> int:
        return sum(row.waiting for row in self.classes)


def term_figures(session: Session, term_id: int, today: dt.date | None = None) -> TermFigures:
    """Each class of the term in timetable order, with its figures up to ``today``."""
    today = today or dt.date.today()
    places = seats(session, term_id)
    ids = [row.course_id for row in places]
    held = dict(
        session.execute(
            select(CourseSession.course_id, func.count())
            .where(
                CourseSession.course_id.in_(ids),
                CourseSession.date < today,
                CourseSession.cancelled.is_(False),
            )
            .group_by(CourseSession.course_id)
        ).all()
    )
    present = dict(
        session.execute(
            select(CourseSession.course_id, func.count())
            .join(Attendance, Attendance.session_id == CourseSession.id)
            .where(CourseSession.course_id.in_(ids))
            .group_by(CourseSession.course_id)
        ).all()
    )
    classes = [
        ClassFigures(row.course_id, row.name, row.capacity, held.get(row.course_id, 0),
                     present.get(row.course_id, 0), row.enrolled, row.waiting)
        for row in places
    ]  # fmt: skip
    return TermFigures(term_id, classes)
