"""Attendance: which students were at a session, ticked per session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import Attendance, Course, CourseSession, Signup, SignupStatus


def set_attendance(session: Session, session_id: int, present: Iterable[int]) -> None:
    """Exactly ``present`` (sign-up ids of the class) were at the session."""
    lesson = session.get(CourseSession, session_id)
    if lesson is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That session no longer exists."))
    if lesson.cancelled:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The session of {date} was cancelled."),
            date=lesson.date.isoformat(),
        )
    wanted = set(present)
    course = session.get(Course, lesson.course_id)
    assert course is not None
    ours = set(
        session.scalars(
            select(Signup.id).where(
                Signup.event_id == course.event_id,
                Signup.id.in_(wanted),
                Signup.status != SignupStatus.CANCELLED.value,
            )
        )
    )
    if ours != wanted:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Someone ticked is not in the class."))
    had = set(
        session.scalars(select(Attendance.signup_id).where(Attendance.session_id == session_id))
    )
    if had - wanted:
        session.execute(
            delete(Attendance).where(
                Attendance.session_id == session_id, Attendance.signup_id.in_(had - wanted)
            )
        )
    session.add_all(Attendance(session_id=session_id, signup_id=s) for s in wanted - had)
    session.flush()


def session_on(session: Session, course_id: int, day: dt.date) -> CourseSession:
    """The class's (not cancelled) session on ``day``."""
    found = session.scalars(
        select(CourseSession)
        .where(CourseSession.course_id == course_id, CourseSession.date == day)
        .order_by(CourseSession.cancelled, CourseSession.start_time)
    ).first()
    if found is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Class #{number} has no session on {date}."),
            number=course_id,
            date=day.isoformat(),
        )
    return found


def attendance_of(session: Session, course_id: int) -> dict[int, set[int]]:
    """Each session's present sign-ups (session id → sign-up ids), one read."""
    present: dict[int, set[int]] = {}
    rows = session.execute(
        select(Attendance.session_id, Attendance.signup_id)
        .join(CourseSession, CourseSession.id == Attendance.session_id)
        .where(CourseSession.course_id == course_id)
    )
    for session_id, signup_id in rows:
        present.setdefault(session_id, set()).add(signup_id)
    return present
