"""The elderly university (老年大学): terms, classes with their weekly slots, the
sessions generated from them, and attendance.

A class's enrolment is the events feature's sign-up list, not a second one: each
class owns an ``Event`` (``Course.event_id``; the events area leaves such events out)
whose capacity is the class's, so seats, the waiting list, cancelling and moving up
are the very rules and code that events use (``services.events.signups``). An
outsider from another community is a walk-in sign-up with their community noted
(``Signup.walk_in_community``).

Sessions are made from the weekly slots between the term's first and last day,
skipping its closure days; one can be cancelled or moved with a reason, and the
attendance of a session is the sign-ups ticked for it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hearth_desk.domain.models.base import Base
from hearth_desk.domain.models.events import Event
from hearth_desk.domain.models.tree import Member


class Term(Base):
    """A term (学期), e.g. 2026年秋季学期, with the days it has no classes."""

    __tablename__ = "class_term"
    __table_args__ = (CheckConstraint("end_date >= start_date", name="ends_after_it_starts"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)

    closures: Mapped[list[TermClosure]] = relationship(
        back_populates="term", cascade="all, delete-orphan", order_by="TermClosure.date"
    )
    courses: Mapped[list[Course]] = relationship(
        back_populates="term", order_by="Course.sort_order, Course.id"
    )


class TermClosure(Base):
    """A day without classes (国庆, 春节…), entered by staff or read from a sheet."""

    __tablename__ = "class_closure"

    term_id: Mapped[int] = mapped_column(
        ForeignKey("class_term.id", ondelete="CASCADE"), primary_key=True
    )
    date: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    reason: Mapped[str | None] = mapped_column(String(100))

    term: Mapped[Term] = relationship(back_populates="closures")


class Course(Base):
    """A class (班) of a term, shown as ``#N``: dance, calligraphy, cucurbit flute…"""

    __tablename__ = "course"
    __table_args__ = (
        UniqueConstraint("term_id", "name", name="one_name_per_term"),
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)  # shown as #N
    term_id: Mapped[int] = mapped_column(
        ForeignKey("class_term.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(50))
    # The teacher: a member or volunteer of the tree, or an outside teacher by name.
    teacher_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )
    teacher_name: Mapped[str | None] = mapped_column(String(50))  # as printed
    room: Mapped[str | None] = mapped_column(String(50))
    capacity: Mapped[int | None] = mapped_column(Integer)  # None: as many as come
    notes: Mapped[str | None] = mapped_column(Text)  # 自带葫芦丝…
    # The enrolment list: an event holding the sign-ups (not one staff plan).
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="RESTRICT"), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    term: Mapped[Term] = relationship(back_populates="courses")
    teacher: Mapped[Member | None] = relationship()
    enrolment: Mapped[Event] = relationship()
    slots: Mapped[list[CourseSlot]] = relationship(
        back_populates="course",
        cascade="all, delete-orphan",
        order_by="CourseSlot.weekday, CourseSlot.start_time",
    )
    sessions: Mapped[list[CourseSession]] = relationship(
        back_populates="course",
        cascade="all, delete-orphan",
        order_by="CourseSession.date, CourseSession.start_time",
    )


class CourseSlot(Base):
    """A weekly slot: 周一 14:30–16:00 (weekday 0 is Monday)."""

    __tablename__ = "course_slot"
    __table_args__ = (
        CheckConstraint("weekday >= 0 AND weekday <= 6", name="weekday_known"),
        CheckConstraint("end_time > start_time", name="ends_after_it_starts"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)

    course: Mapped[Course] = relationship(back_populates="slots")


class CourseSession(Base):
    """One session of a class on one day; cancelled or moved ones keep their reason."""

    __tablename__ = "course_session"
    __table_args__ = (
        UniqueConstraint("course_id", "date", "start_time", name="one_session_at_a_time"),
        CheckConstraint("end_time > start_time", name="ends_after_it_starts"),
        Index("ix_course_session_date", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    moved_from: Mapped[dt.date | None] = mapped_column(Date)  # the slot's day, if moved
    reason: Mapped[str | None] = mapped_column(String(200))  # why cancelled or moved

    course: Mapped[Course] = relationship(back_populates="sessions")


class Attendance(Base):
    """A student (a sign-up of the class's list) present at a session."""

    __tablename__ = "class_attendance"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("course_session.id", ondelete="CASCADE"), primary_key=True
    )
    signup_id: Mapped[int] = mapped_column(
        ForeignKey("event_signup.id", ondelete="CASCADE"), primary_key=True, index=True
    )
