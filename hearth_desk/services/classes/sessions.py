"""A class's sessions: made from its weekly slots between the term's first and last
day, skipping closure days; a single session can be cancelled or moved, with a reason.

Generating again (after the slots or closures changed) adds the sessions that are
missing and removes the generated ones no longer wanted, unless they were moved,
cancelled or have attendance: what happened is never thrown away.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.class_slots import Slot, term_days
from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import Attendance, Course, CourseSession
from hearth_desk.domain.text_fields import checked, column_length


def generate_sessions(session: Session, course: Course) -> int:
    """Bring the class's sessions in line with its slots and term; how many were added."""
    term = course.term
    slots = [Slot(s.weekday, s.start_time, s.end_time) for s in course.slots]
    closed = [closure.date for closure in term.closures]
    wanted = {(day, slot.start): slot for day, slot in
              term_days(term.start_date, term.end_date, slots, closed)}  # fmt: skip
    attended = set(
        session.scalars(
            select(Attendance.session_id)
            .join(CourseSession, CourseSession.id == Attendance.session_id)
            .where(CourseSession.course_id == course.id)
        )
    )
    have = {}
    for existing in list(course.sessions):
        key = (existing.moved_from or existing.date, existing.start_time)
        have[key] = existing
        kept = existing.cancelled or existing.moved_from is not None or existing.id in attended
        if key not in wanted and not kept:
            course.sessions.remove(existing)
    added = 0
    for (day, _start), slot in wanted.items():
        if (day, slot.start) not in have:
            course.sessions.append(
                CourseSession(date=day, start_time=slot.start, end_time=slot.end)
            )
            added += 1
    session.flush()
    return added


def _existing(session: Session, session_id: int) -> CourseSession:
    found = session.get(CourseSession, session_id)
    if found is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That session no longer exists."))
    return found


def _reason(text: str) -> str:
    reason = checked(text.strip(), column_length(CourseSession.reason))
    if not reason:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Say why, for the students."))
    return reason


def cancel_session(session: Session, session_id: int, reason: str) -> CourseSession:
    lesson = _existing(session, session_id)
    lesson.cancelled, lesson.reason = True, _reason(reason)
    session.flush()
    return lesson


def move_session(
    session: Session,
    session_id: int,
    day: dt.date,
    reason: str,
    start: dt.time | None = None,
    end: dt.time | None = None,
) -> CourseSession:
    """Hold one session on another day (and time); it remembers the day it left."""
    lesson = _existing(session, session_id)
    start, end = start or lesson.start_time, end or lesson.end_time
    if end <= start:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The session ends before it starts."))
    clash = session.scalar(
        select(CourseSession.id).where(
            CourseSession.course_id == lesson.course_id,
            CourseSession.date == day,
            CourseSession.start_time == start,
            CourseSession.id != lesson.id,
        )
    )
    if clash is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The class has a session then already ({date})."),
            date=day.isoformat(),
        )
    if lesson.moved_from is None and (day, start) != (lesson.date, lesson.start_time):
        lesson.moved_from = lesson.date
    lesson.date, lesson.start_time, lesson.end_time = day, start, end
    lesson.cancelled, lesson.reason = False, _reason(reason)
    session.flush()
    return lesson
