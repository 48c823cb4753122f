"""Classes (班) of a term: added with their weekly slots and their enrolment list (an
event whose sign-ups are the students), found by ``#N`` or by name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.class_slots import Slot
from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import (
    Course,
    CourseSlot,
    Event,
    EventKind,
    EventStatus,
    Member,
    Term,
)
from hearth_desk.domain.text_fields import checked, column_length
from hearth_desk.services.classes.sessions import generate_sessions

NUMBER = re.compile(r"^#?(\d+)$")


@dataclass(frozen=True)
class NewCourse:
    name: str
    slots: Sequence[Slot]
    room: str | None = None
    teacher_member_id: int | None = None  # a member or volunteer of the tree
    teacher_name: str | None = None  # an outside teacher (or as the member is printed)
    capacity: int | None = None  # None: as many as come
    notes: str | None = None  # 自带葫芦丝…


def _text(value: str | None, column: object) -> str | None:
    text = (value or "").strip()
    return checked(text, column_length(column)) if text else None


def add_course(session: Session, term_id: int, new: NewCourse) -> Course:
    """A class with its slots, its enrolment list and its sessions for the term."""
    term = session.get(Term, term_id)
    if term is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That term no longer exists."))
    name = _text(new.name, Course.name)
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The class has no name."))
    if session.scalar(select(Course.id).where(Course.term_id == term.id, Course.name == name)):
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "{term} has a class called {name} already."),
            term=term.name,
            name=name,
        )
    if not new.slots:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Say when the class meets, like 周一14:30-16:00.")
        )
    if new.capacity is not None and new.capacity < 1:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A class holds at least one student."))
    teacher_name = _text(new.teacher_name, Course.teacher_name)
    if new.teacher_member_id is not None:
        member = session.get(Member, new.teacher_member_id)
        if member is None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "That member is no longer in the tree."))
        teacher_name = teacher_name or member.name
    enrolment = Event(
        title=name,
        kind=EventKind.OTHER.value,
        date=term.start_date,
        capacity=new.capacity,
        status=EventStatus.PLANNED.value,
    )
    session.add(enrolment)
    session.flush()
    course = Course(
        term_id=term.id,
        name=name,
        teacher_member_id=new.teacher_member_id,
        teacher_name=teacher_name,
        room=_text(new.room, Course.room),
        capacity=new.capacity,
        notes=(new.notes or "").strip() or None,
        event_id=enrolment.id,
        sort_order=len(term.courses),
    )
    for slot in sorted(set(new.slots)):
        course.slots.append(CourseSlot(weekday=slot.weekday, start_time=slot.start,
                                       end_time=slot.end))  # fmt: skip
    session.add(course)
    session.flush()
    generate_sessions(session, course)
    return course


def course_ref(session: Session, text: str) -> Course:
    """The class ``text`` names: ``#3``, ``3``, or its name (the latest term's, when
    two terms have a class of that name)."""
    text = text.strip()
    number = NUMBER.match(text)
    if number:
        course = session.get(Course, int(number[1]))
        if course is None:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "There is no class #{number}."), number=number[1]
            )
        return course
    found = session.scalars(
        select(Course).join(Term).where(Course.name == text).order_by(Term.start_date.desc())
    ).first()
    if found is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is no class called {name}."), name=text
        )
    return found


def slots_of(course: Course) -> list[Slot]:
    return [Slot(slot.weekday, slot.start_time, slot.end_time) for slot in course.slots]
