"""What the elderly university's printouts show, read from the store as plain data.

The timetable for the notice board, a class's attendance sheet and its roster are laid
out by ``reports.classes`` from the dataclasses here, which never touch a session.
The roster carries full phones: the teacher phones the students from it (it says so in
its footer); the timetable and the attendance sheet carry no phone at all. This module
also lists what the print dialog offers (the terms and the classes), so the window runs
no query of its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hearth_desk.domain.class_slots import Slot
from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import Course, Signup, SignupStatus, Term
from hearth_desk.services.classes.attendance import attendance_of
from hearth_desk.services.classes.courses import slots_of
from hearth_desk.services.classes.enrolment import Student, students
from hearth_desk.services.classes.terms import current_term
from hearth_desk.services.community import community_heading, get_community
from hearth_desk.services.progress import Progress

READING = QT_TRANSLATE_NOOP("Progress", "Reading the classes…")


class ClassChoice(Protocol):
    """Which term or class a printout is of: the printout catalogue's one choice for
    every printout (``LedgerChoice``) has both."""

    @property
    def term_id(self) -> int | None: ...

    @property
    def course_id(self) -> int | None: ...


@dataclass(frozen=True)
class TimetableEntry:
    """One weekly slot of one class: a cell's line of the week grid."""

    weekday: int  # 0 is Monday
    start: dt.time
    end: dt.time
    number: int  # the class, shown as #N
    name: str
    room: str
    teacher: str


@dataclass(frozen=True)
class Closure:
    date: dt.date
    reason: str


@dataclass(frozen=True)
class TimetableData:
    heading: str | None  # the community's full name; None when it is not set
    community: str  # its short name, in the title (和平里社区老年大学); "" if not set
    term: str
    start: dt.date
    end: dt.date
    closures: tuple[Closure, ...]
    entries: tuple[TimetableEntry, ...]  # by weekday, then time, then the classes' order
    today: dt.date


@dataclass(frozen=True)
class ClassHeader:
    """What heads each of a class's printouts."""

    heading: str | None
    number: int  # shown as #N
    name: str
    term: str
    teacher: str
    room: str
    slots: tuple[Slot, ...]  # weekly: 周一 14:30–16:00
    capacity: int | None
    today: dt.date


@dataclass(frozen=True)
class SheetColumn:
    """A session to tick: held on ``date`` (a moved one at its new day)."""

    date: dt.date
    start: dt.time


@dataclass(frozen=True)
class SheetRow:
    name: str
    community: str | None  # an outsider's community; None for a resident of ours
    present: tuple[bool, ...]  # per column: attendance already recorded


@dataclass(frozen=True)
class AttendanceSheetData:
    course: ClassHeader
    columns: tuple[SheetColumn, ...]  # the sessions held or to hold, in order
    rows: tuple[SheetRow, ...]  # the students in enrolment order (not the waiting list)


@dataclass(frozen=True)
class RosterRow:
    name: str
    phone: str  # in full: the teacher phones the students from this roster
    community: str | None
    enrolled_on: dt.date
    waiting_position: int | None  # 候补第k位; None for a student holding a seat


@dataclass(frozen=True)
class ClassRosterData:
    course: ClassHeader
    rows: tuple[RosterRow, ...]  # the students in enrolment order, then the waiting list

    @property
    def enrolled(self) -> int:
        return sum(1 for row in self.rows if row.waiting_position is None)


@dataclass(frozen=True)
class ClassOption:
    """One line of the print dialog's class list: #3 葫芦丝班 (2026年秋季学期)."""

    id: int
    name: str
    term: str


@dataclass(frozen=True)
class ClassPrintOptions:
    terms: tuple[tuple[int, str], ...]  # (id, name), the latest first
    current_term_id: int | None
    classes: tuple[ClassOption, ...]  # the current term's first, in its order


def _term(session: Session, term_id: int | None) -> Term:
    """The chosen term, else the current one (``current_term``)."""
    term = session.get(Term, term_id) if term_id is not None else current_term(session)
    if term is None:
        if term_id is not None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "That term no longer exists."))
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no term yet."))
    return term


def _course(session: Session, course_id: int | None) -> Course:
    if course_id is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose a class to print."))
    course = session.get(Course, course_id)
    if course is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is no class #{number}."), number=course_id
        )
    return course


def timetable_data(
    session: Session, term_id: int | None = None, *, today: dt.date | None = None
) -> TimetableData:
    """The term's classes slot by slot (the current term's without ``term_id``)."""
    term = _term(session, term_id)
    courses = session.scalars(
        select(Course)
        .where(Course.term_id == term.id)
        .order_by(Course.sort_order, Course.id)
        .options(selectinload(Course.slots))
    ).all()
    order = {course.id: index for index, course in enumerate(courses)}
    entries = [
        TimetableEntry(
            slot.weekday,
            slot.start,
            slot.end,
            course.id,
            course.name,
            course.room or "",
            course.teacher_name or "",
        )
        for course in courses
        for slot in slots_of(course)
    ]
    entries.sort(key=lambda e: (e.weekday, e.start, e.end, order[e.number]))
    community = get_community(session)
    return TimetableData(
        heading=community_heading(session),
        community=community.name if community else "",
        term=term.name,
        start=term.start_date,
        end=term.end_date,
        closures=tuple(Closure(c.date, c.reason or "") for c in term.closures),
        entries=tuple(entries),
        today=today or dt.date.today(),
    )


def class_header(session: Session, course: Course, today: dt.date | None = None) -> ClassHeader:
    return ClassHeader(
        heading=community_heading(session),
        number=course.id,
        name=course.name,
        term=course.term.name,
        teacher=course.teacher_name or "",
        room=course.room or "",
        slots=tuple(slots_of(course)),
        capacity=course.capacity,
        today=today or dt.date.today(),
    )


def _students(session: Session, course: Course) -> list[Student]:
    """``enrolment.students``, its residents read in one go first: the session keeps
    them while these are held (its identity map holds them weakly), and forty
    students would otherwise be forty more queries."""
    held = session.scalars(
        select(Signup)
        .where(Signup.event_id == course.event_id)
        .options(selectinload(Signup.resident))
    ).all()
    found = students(session, course.id)
    del held
    return found


def _seated(student: Student) -> bool:
    return student.status != SignupStatus.WAITING.value


def attendance_sheet_data(
    session: Session,
    course_id: int,
    *,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> AttendanceSheetData:
    """The class's students (in enrolment order, not the waiting list) against its
    sessions in date order, cancelled ones left out and moved ones at their new day,
    with the attendance recorded so far."""
    progress = progress or Progress.silent()
    progress.report(0, 1, READING)
    course = _course(session, course_id)
    held = [lesson for lesson in course.sessions if not lesson.cancelled]
    held.sort(key=lambda lesson: (lesson.date, lesson.start_time))
    present = attendance_of(session, course.id)
    rows = tuple(
        SheetRow(
            student.name,
            student.community,
            tuple(student.signup_id in present.get(lesson.id, ()) for lesson in held),
        )
        for student in _students(session, course)
        if _seated(student)
    )
    progress.report(1, 1, READING)
    return AttendanceSheetData(
        class_header(session, course, today),
        tuple(SheetColumn(lesson.date, lesson.start_time) for lesson in held),
        rows,
    )


def class_roster_data(
    session: Session, course_id: int, *, today: dt.date | None = None
) -> ClassRosterData:
    """The class's students with full phones in enrolment order, then the waiting list
    in its order."""
    course = _course(session, course_id)
    rows = tuple(
        RosterRow(
            student.name,
            student.phone,
            student.community,
            student.enrolled_at.date(),
            student.waiting_position,
        )
        for student in _students(session, course)
    )
    return ClassRosterData(class_header(session, course, today), rows)


def timetable_for(
    session: Session, choice: ClassChoice, progress: Progress | None = None
) -> TimetableData:
    """``timetable_data`` for the chosen term (the printout catalogue's call)."""
    return timetable_data(session, choice.term_id)


def attendance_sheet_for(
    session: Session, choice: ClassChoice, progress: Progress | None = None
) -> AttendanceSheetData:
    """``attendance_sheet_data`` for the chosen class (the printout catalogue's call)."""
    return attendance_sheet_data(session, _course(session, choice.course_id).id, progress=progress)


def class_roster_for(
    session: Session, choice: ClassChoice, progress: Progress | None = None
) -> ClassRosterData:
    """``class_roster_data`` for the chosen class (the printout catalogue's call)."""
    return class_roster_data(session, _course(session, choice.course_id).id)


def class_print_options(session: Session, today: dt.date | None = None) -> ClassPrintOptions:
    """The terms (latest first) and the classes the print dialog offers: the current
    term's classes first, in the term's order, then the other terms' by term."""
    current = current_term(session, today)
    terms = session.execute(select(Term.id, Term.name).order_by(Term.start_date.desc())).all()
    rank = {term_id: index for index, (term_id, _name) in enumerate(terms)}
    current_id = current.id if current is not None else None
    rows = session.execute(select(Course.id, Course.name, Course.term_id, Course.sort_order)).all()
    names = dict(terms)
    rows = sorted(
        rows, key=lambda r: (r.term_id != current_id, rank[r.term_id], r.sort_order, r.id)
    )
    return ClassPrintOptions(
        terms=tuple((term_id, name) for term_id, name in terms),
        current_term_id=current_id,
        classes=tuple(ClassOption(r.id, r.name, names[r.term_id]) for r in rows),
    )
