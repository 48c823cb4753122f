"""What the enrolment desk shows of one person on enrolment day (报名日): the classes of
the term they already hold a place in or wait for, and the term's name for the heading.

Only reads. Seats and waiting lists are the events' sign-up rules
(``services.events.signups``, through ``services.classes.enrolment``); the positions
here are theirs (``waiting_position``), not counted again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import Course, Signup, SignupStatus, Term
from hearth_desk.services.events.signups import waiting_position


@dataclass(frozen=True)
class Place:
    """One class the person is in: 已报名, or 候补第k位 (``waiting_position``)."""

    course_id: int
    name: str
    status: str  # SignupStatus code
    waiting_position: int | None


def term_name(session: Session, term_id: int) -> str:
    """The term's name, for the desk's heading."""
    term = session.get(Term, term_id)
    if term is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That term no longer exists."))
    return term.name


def places(session: Session, term_id: int, resident_id: int) -> list[Place]:
    """The term's classes ``resident_id`` is enrolled in or waiting for, in the term's
    order of classes: one read, and one count per class they wait for (rarely any)."""
    rows = session.execute(
        select(Course.id, Course.name, Signup)
        .join(Signup, Signup.event_id == Course.event_id)
        .where(
            Course.term_id == term_id,
            Signup.resident_id == resident_id,
            Signup.status != SignupStatus.CANCELLED.value,
        )
        .order_by(Course.sort_order, Course.id)
    ).all()
    return [
        Place(course_id, name, signup.status, waiting_position(session, signup))
        for course_id, name, signup in rows
    ]
