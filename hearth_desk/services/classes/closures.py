"""Closure days of a term that already has classes: adding or removing one brings
every class's sessions in line (``generate_sessions``), so a new holiday takes its
sessions off the timetable and a removed one gives them back. Sessions that were
moved, cancelled or have attendance are kept, as generating always keeps them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import Course, Term
from hearth_desk.services.classes.sessions import generate_sessions
from hearth_desk.services.classes.terms import closure_day  # one rule for a closure day


def change_closures(
    session: Session,
    term_id: int,
    add: Iterable[tuple[dt.date, str | None]] = (),
    remove: Iterable[dt.date] = (),
) -> int:
    """Add and remove closure days, then regenerate the term's sessions; how many
    sessions the timetable has now (not cancelled)."""
    term = session.get(Term, term_id)
    if term is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That term no longer exists."))
    gone = set(remove)
    have = {closure.date: closure for closure in term.closures}
    for day in gone:
        if day in have:
            term.closures.remove(have.pop(day))
    for day, reason in dict(add).items():
        if day in have:
            have[day].reason = closure_day(term, day, reason).reason
        else:
            have[day] = closure_day(term, day, reason)
            term.closures.append(have[day])
    session.flush()
    # Read, not term.courses: that list may predate classes added in this session.
    courses = session.scalars(select(Course).where(Course.term_id == term.id)).all()
    for course in courses:
        generate_sessions(session, course)
    return sum(1 for course in courses for lesson in course.sessions if not lesson.cancelled)
