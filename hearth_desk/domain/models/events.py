"""Events and their sign-ups (活动报名): service days with partner stalls, talks with
limited seats, volunteer activities; who signed up, who came, and 人次 per stall.

A place at an event with a capacity is a numbered seat: a sign-up that holds one has
``seat`` set, and (event, seat) is unique, so two windows, or two PCs on one
PostgreSQL store, cannot both take the last seat: the second insert fails and that
sign-up goes on the waiting list instead. The waiting list is first come, first
served, ordered by ``queued_at`` and then ``id``.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hearth_desk.domain.models.base import Base
from hearth_desk.domain.models.ledger import Resident
from hearth_desk.domain.models.tree import Member, PartnerUnit, ServiceTeam


class EventKind(enum.StrEnum):
    SERVICE_DAY = "service_day"  # 服务日
    VOLUNTEER = "volunteer"  # 志愿活动
    TALK = "talk"  # 讲座
    CULTURE = "culture"  # 文体活动
    OTHER = "other"  # 其他


class EventStatus(enum.StrEnum):
    PLANNED = "planned"  # 计划
    RUNNING = "running"  # 进行中
    FINISHED = "finished"  # 已结束
    CANCELLED = "cancelled"  # 已取消


class SignupStatus(enum.StrEnum):
    SIGNED_UP = "signed_up"  # 已报名 (holds a seat when the event has a capacity)
    WAITING = "waiting"  # 候补
    CANCELLED = "cancelled"  # 已取消
    CHECKED_IN = "checked_in"  # 已签到
    ABSENT = "absent"  # 未到


class Event(Base):
    __tablename__ = "event"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('service_day', 'volunteer', 'talk', 'culture', 'other')", name="kind_known"
        ),
        CheckConstraint(
            "status IN ('planned', 'running', 'finished', 'cancelled')", name="status_known"
        ),
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),
        Index("ix_event_date", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)  # shown as #12
    title: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20), default=EventKind.OTHER)
    date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    place: Mapped[str | None] = mapped_column(String(100))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("service_team.id", ondelete="SET NULL"))
    capacity: Mapped[int | None] = mapped_column(Integer)  # None: as many as come
    signup_deadline: Mapped[dt.date | None] = mapped_column(Date)  # the last day to sign up
    notice: Mapped[str | None] = mapped_column(Text)
    contact_name: Mapped[str | None] = mapped_column(String(50))
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(15), default=EventStatus.PLANNED)

    team: Mapped[ServiceTeam | None] = relationship()
    stalls: Mapped[list[EventStall]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventStall.sort_order"
    )
    signups: Mapped[list[Signup]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Signup.id"
    )


class EventStall(Base):
    """A stall at an event: a partner unit (or a team of ours) and the service it gives."""

    __tablename__ = "event_stall"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner_unit.id", ondelete="SET NULL")
    )
    unit_name: Mapped[str] = mapped_column(String(100))  # as printed, kept if the unit goes
    service: Mapped[str] = mapped_column(String(50))  # 测血压血糖, 理发…
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[Event] = relationship(back_populates="stalls")
    partner: Mapped[PartnerUnit | None] = relationship()


class Signup(Base):
    """One person at one event: a resident of the ledger or a walk-in (name and phone)."""

    __tablename__ = "event_signup"
    __table_args__ = (
        UniqueConstraint("event_id", "resident_id", name="one_signup_per_resident"),
        UniqueConstraint("event_id", "seat", name="one_person_per_seat"),
        CheckConstraint(
            "status IN ('signed_up', 'waiting', 'cancelled', 'checked_in', 'absent')",
            name="status_known",
        ),
        CheckConstraint("resident_id IS NOT NULL OR walk_in_name IS NOT NULL", name="someone"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id", ondelete="SET NULL"))
    walk_in_name: Mapped[str | None] = mapped_column(String(50))
    walk_in_phone: Mapped[str | None] = mapped_column(String(20))
    # A class's student from another community (老年大学 takes outsiders): where from.
    walk_in_community: Mapped[str | None] = mapped_column(String(50))
    status: Mapped[str] = mapped_column(String(15), default=SignupStatus.SIGNED_UP)
    seat: Mapped[int | None] = mapped_column(Integer)  # 1..capacity while it holds one
    queued_at: Mapped[dt.datetime] = mapped_column(DateTime)  # sign-up time: the queue order
    entered_by: Mapped[str] = mapped_column(String(50), default="")
    on_site: Mapped[bool] = mapped_column(Boolean, default=False)  # 现场: came without a seat
    checked_in_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # When a cancellation gave this waiting sign-up a seat: the call list phones them.
    moved_up_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    event: Mapped[Event] = relationship(back_populates="signups")
    resident: Mapped[Resident | None] = relationship()


class StallService(Base):
    """Services given at a stall (人次): a tally, or one named resident served."""

    __tablename__ = "stall_service"
    __table_args__ = (CheckConstraint("count > 0", name="count_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stall_id: Mapped[int] = mapped_column(
        ForeignKey("event_stall.id", ondelete="CASCADE"), index=True
    )
    count: Mapped[int] = mapped_column(Integer, default=1)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id", ondelete="SET NULL"))
    served_at: Mapped[dt.datetime] = mapped_column(DateTime)
    entered_by: Mapped[str] = mapped_column(String(50), default="")


class EventHelper(Base):
    """A member of the tree who helped at an event (volunteer hours build on this)."""

    __tablename__ = "event_helper"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("member.id", ondelete="CASCADE"), primary_key=True
    )

    # Hours at the event when they differ from its span (came late, stayed on); None:
    # the event's start to end.
    hours: Mapped[Decimal | None] = mapped_column(Numeric(5, 1))

    member: Mapped[Member] = relationship()
