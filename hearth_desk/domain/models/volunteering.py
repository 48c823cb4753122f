"""Volunteer service done outside events (志愿服务记录): a member repaired a pipe for a
household, visited someone, cleared a stairwell. Service at events is kept by the
events feature (``EventHelper``, with its own hours when they differ from the event's
span); the two together give the hours, times served and 人次 that offices report.

Hours are kept in tenths (``Numeric(5, 1)``): offices write 1.5 小时, never minutes,
and a float would add 0.1 ten times into 0.9999999.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hearth_desk.domain.models.base import Base
from hearth_desk.domain.models.ledger import Household
from hearth_desk.domain.models.tree import Member

HOURS = Numeric(5, 1)


class ServiceRecord(Base):
    __tablename__ = "service_record"
    __table_args__ = (
        CheckConstraint("hours > 0 AND hours <= 24", name="hours_in_a_day"),
        CheckConstraint("served >= 0", name="served_not_negative"),
        Index("ix_service_record_date", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    hours: Mapped[Decimal] = mapped_column(HOURS)
    what: Mapped[str] = mapped_column(String(200))  # 说明: what was done
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="SET NULL")
    )
    served: Mapped[int] = mapped_column(Integer, default=1)  # 人次 this service counts
    entered_by: Mapped[str] = mapped_column(String(50), default="")
    entered_at: Mapped[dt.datetime] = mapped_column(DateTime)

    member: Mapped[Member] = relationship()
    household: Mapped[Household | None] = relationship()
