"""Enrolment (报名) in a class through the events' sign-up rules: a seat while there is
one, then the waiting list in order; a dropped seat goes to the first waiting. A
person may join several classes. Outsiders from other communities sign up as
walk-ins with their community noted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, Term, UserError
from hearth_desk.domain.models import Course, Signup, SignupStatus
from hearth_desk.domain.text_fields import checked, column_length
from hearth_desk.domain.vocabulary import SIGNUP_STATUS_WORDS, VOCABULARY_CONTEXT
from hearth_desk.services.events import signups
from hearth_desk.services.events.signups import MovedUp, Outcome, WalkIn

HOLDING = (SignupStatus.SIGNED_UP.value, SignupStatus.CHECKED_IN.value)


@dataclass(frozen=True)
class Outsider:
    """Someone from another community: a name, a phone and where they live."""

    name: str
    phone: str = ""
    community: str = ""


def _course(session: Session, course_id: int) -> Course:
    course = session.get(Course, course_id)
    if course is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is no class #{number}."), number=course_id
        )
    return course


def enrol(
    session: Session,
    course_id: int,
    *,
    resident_id: int | None = None,
    outsider: Outsider | None = None,
    now: dt.datetime | None = None,
) -> Outcome:
    """Enrol one person: 已报名 with a seat, else 候补第k位 (the outcome says which)."""
    course = _course(session, course_id)
    if resident_id is not None:
        held = session.scalar(
            select(Signup).where(
                Signup.event_id == course.event_id,
                Signup.resident_id == resident_id,
                Signup.status != SignupStatus.CANCELLED.value,
            )
        )
        if held is not None:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "{name} is already {status} in class #{number}."),
                name=signups.person_name(held),
                status=Term(SIGNUP_STATUS_WORDS[held.status], VOCABULARY_CONTEXT),
                number=course.id,
            )
    walk_in = None
    if outsider is not None:
        walk_in = WalkIn(outsider.name, outsider.phone)
    result = signups.sign_up(
        session, course.event_id, resident_id=resident_id, walk_in=walk_in, now=now
    )
    if outsider is not None:
        signup = session.get(Signup, result.signup_id)
        assert signup is not None
        community = outsider.community.strip()
        signup.walk_in_community = (
            checked(community, column_length(Signup.walk_in_community)) if community else None
        )
        session.flush()
    return result


def drop(session: Session, course_id: int, signup_id: int) -> MovedUp | None:
    """Take someone off the class; who moved up from the waiting list, to phone."""
    course = _course(session, course_id)
    return signups.cancel(session, course.event_id, signup_id)


@dataclass(frozen=True)
class Seats:
    """A class's places as the enrolment desk shows them."""

    course_id: int
    name: str
    capacity: int | None
    enrolled: int
    waiting: int

    @property
    def left(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.enrolled, 0)


def seats(session: Session, term_id: int) -> list[Seats]:
    """Every class of the term with its enrolled and waiting counts (one grouped read)."""
    courses = session.execute(
        select(Course.id, Course.name, Course.capacity, Course.event_id)
        .where(Course.term_id == term_id)
        .order_by(Course.sort_order, Course.id)
    ).all()
    counts: dict[tuple[int, str], int] = {
        (event_id, status): count
        for event_id, status, count in session.execute(
            select(Signup.event_id, Signup.status, func.count())
            .where(Signup.event_id.in_([row.event_id for row in courses]))
            .group_by(Signup.event_id, Signup.status)
        )
    }
    return [
        Seats(
            row.id,
            row.name,
            row.capacity,
            sum(counts.get((row.event_id, status), 0) for status in HOLDING),
            counts.get((row.event_id, SignupStatus.WAITING.value), 0),
        )
        for row in courses
    ]


@dataclass(frozen=True)
class Student:
    signup_id: int
    resident_id: int | None
    name: str
    phone: str  # in full: for the class roster the teacher calls from; masked on screen
    community: str | None  # an outsider's community; None for a resident of ours
    status: str  # SignupStatus code
    waiting_position: int | None  # 候补第k位
    enrolled_at: dt.datetime


def students(session: Session, course_id: int, with_cancelled: bool = False) -> list[Student]:
    """The class's students in the order they enrolled, then the waiting list."""
    course = _course(session, course_id)
    # The residents in the same read: a name and phone per student, not a query each.
    query = (
        select(Signup)
        .where(Signup.event_id == course.event_id)
        .options(selectinload(Signup.resident))
    )
    if not with_cancelled:
        query = query.where(Signup.status != SignupStatus.CANCELLED.value)
    rows = list(session.scalars(query.order_by(Signup.queued_at, Signup.id)))
    waiting = [row for row in rows if row.status == SignupStatus.WAITING.value]
    position = {row.id: index for index, row in enumerate(waiting, start=1)}
    ordered = [row for row in rows if row.status != SignupStatus.WAITING.value] + waiting
    return [
        Student(
            row.id,
            row.resident_id,
            signups.person_name(row),
            signups.person_phone(row),
            row.walk_in_community,
            row.status,
            position.get(row.id),
            row.queued_at,
        )
        for row in ordered
    ]
