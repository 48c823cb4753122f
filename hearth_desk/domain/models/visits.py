"""Door-to-door visits (入户走访), the requests they surface (诉求/问题) handled by the
three-tier rule, thanks received, and the quarterly joint meetings (联席会议).

Staff are the office's own people (书记, 主任, 委员, 网格员, 社工), not the tree's
members: they sit at the desk, walk the rounds and handle requests, and each looks
after some grid nodes. The person at the desk is who change records name.

A request's steps are kept one row each (``RequestStep``): who moved it and when, so
the flow 登记 → 办理中 → (上报街道) → 办结 → 回访 can be read back and proved. The
rule of which step may follow which is pure code in ``hearth_desk.domain.request_flow``.

A meeting's matter that is not settled is copied onto the next meeting's agenda
(``carried_from_id`` names the one it continues), so a matter's history reads as a
chain through the meetings.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hearth_desk.domain.models.base import Base
from hearth_desk.domain.models.community import GridNode
from hearth_desk.domain.models.ledger import CareTag, Household
from hearth_desk.domain.models.tree import PartnerUnit


class StaffRole(enum.StrEnum):
    SECRETARY = "secretary"  # 书记
    DIRECTOR = "director"  # 主任
    COMMITTEE = "committee"  # 委员
    GRID_WORKER = "grid_worker"  # 网格员
    SOCIAL_WORKER = "social_worker"  # 社工


class Staff(Base):
    """One of the office's staff: who sits at the desk and who walks the rounds."""

    __tablename__ = "staff"
    __table_args__ = (
        CheckConstraint(
            "role IN ('secretary', 'director', 'committee', 'grid_worker', 'social_worker')",
            name="role_known",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    role: Mapped[str] = mapped_column(String(20), default=StaffRole.GRID_WORKER)
    phone: Mapped[str | None] = mapped_column(String(20))
    # An optional 4-digit PIN, kept only as a salted hash (``services.visits.pins``).
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # left staff stay in history
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    grids: Mapped[list[GridNode]] = relationship(secondary="staff_grid", order_by="GridNode.id")


class StaffGrid(Base):
    """A grid node (compound, building or unit) a staff member looks after."""

    __tablename__ = "staff_grid"

    staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True
    )
    node_id: Mapped[int] = mapped_column(
        ForeignKey("grid_node.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class VisitSettings(Base):
    """One row: the visit interval for households with no ruled care tag, and the days a
    request of each tier has before it is due. Absent, the domain defaults apply."""

    __tablename__ = "visit_settings"
    __table_args__ = (
        CheckConstraint(
            "default_interval_days > 0 AND small_due_days > 0 AND large_due_days > 0"
            " AND special_due_days > 0",
            name="days_positive",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)  # always 1
    default_interval_days: Mapped[int] = mapped_column(Integer, default=365)
    small_due_days: Mapped[int] = mapped_column(Integer, default=7)
    large_due_days: Mapped[int] = mapped_column(Integer, default=15)
    special_due_days: Mapped[int] = mapped_column(Integer, default=30)


class VisitRule(Base):
    """How often a household with this care tag is visited, when staff changed it from
    the default (``domain.visit_rules.DEFAULT_INTERVALS``)."""

    __tablename__ = "visit_rule"
    __table_args__ = (CheckConstraint("interval_days > 0", name="interval_positive"),)

    care_tag_id: Mapped[int] = mapped_column(
        ForeignKey("care_tag.id", ondelete="CASCADE"), primary_key=True
    )
    interval_days: Mapped[int] = mapped_column(Integer)

    care_tag: Mapped[CareTag] = relationship()


class VisitKind(enum.StrEnum):
    ROUTINE = "routine"  # 例行
    CARE = "care"  # 关爱
    RETURN = "return"  # 回访


class Visit(Base):
    """One visit to one household on one day, by one or more staff."""

    __tablename__ = "visit"
    __table_args__ = (
        CheckConstraint("kind IN ('routine', 'care', 'return')", name="kind_known"),
        Index("ix_visit_household_date", "household_id", "date"),
        Index("ix_visit_date", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(10), default=VisitKind.ROUTINE)
    found: Mapped[str | None] = mapped_column(Text)  # 走访情况: what was found
    notes: Mapped[str | None] = mapped_column(Text)
    entered_by: Mapped[str] = mapped_column(String(50), default="")
    entered_at: Mapped[dt.datetime] = mapped_column(DateTime)

    household: Mapped[Household] = relationship()
    visitors: Mapped[list[Staff]] = relationship(secondary="visit_visitor", order_by="Staff.id")


class VisitVisitor(Base):
    __tablename__ = "visit_visitor"

    visit_id: Mapped[int] = mapped_column(
        ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True
    )
    staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class RequestSource(enum.StrEnum):
    VISIT = "visit"  # 走访
    WALK_IN = "walk_in"  # 来访
    PHONE = "phone"  # 来电
    MEETING = "meeting"  # 联席会议


class RequestCategory(enum.StrEnum):
    LIVELIHOOD = "livelihood"  # 民生
    WORKS = "works"  # 工程
    SAFETY = "safety"  # 安全
    ENVIRONMENT = "environment"  # 环境
    DISPUTE = "dispute"  # 矛盾纠纷
    OTHER = "other"  # 其他


class RequestTier(enum.StrEnum):
    SMALL = "small"  # 小事: solved by the community
    LARGE = "large"  # 大事: solved within the grid, with a partner unit
    SPECIAL = "special"  # 特事: escalated to the street office


class RequestStatus(enum.StrEnum):
    REGISTERED = "registered"  # 登记
    IN_PROGRESS = "in_progress"  # 办理中
    ESCALATED = "escalated"  # 上报街道
    CLOSED = "closed"  # 办结
    FOLLOWED_UP = "followed_up"  # 已回访


class Satisfaction(enum.StrEnum):
    SATISFIED = "satisfied"  # 满意
    FAIRLY = "fairly"  # 基本满意
    DISSATISFIED = "dissatisfied"  # 不满意


class Request(Base):
    """A problem or wish (诉求) from a household or about a place, shown as ``#N``."""

    __tablename__ = "request"
    __table_args__ = (
        CheckConstraint("source IN ('visit', 'walk_in', 'phone', 'meeting')", name="source_known"),
        CheckConstraint(
            "category IN ('livelihood', 'works', 'safety', 'environment', 'dispute', 'other')",
            name="category_known",
        ),
        CheckConstraint("tier IN ('small', 'large', 'special')", name="tier_known"),
        CheckConstraint(
            "status IN ('registered', 'in_progress', 'escalated', 'closed', 'followed_up')",
            name="status_known",
        ),
        CheckConstraint(
            "satisfaction IS NULL OR satisfaction IN ('satisfied', 'fairly', 'dissatisfied')",
            name="satisfaction_known",
        ),
        CheckConstraint("household_id IS NOT NULL OR place IS NOT NULL", name="somewhere"),
        Index("ix_request_status_due", "status", "due_date"),
        Index("ix_request_registered_on", "registered_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)  # shown as #N
    source: Mapped[str] = mapped_column(String(10), default=RequestSource.VISIT)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="SET NULL"))
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="SET NULL"), index=True
    )
    place: Mapped[str | None] = mapped_column(String(200))  # when not a household's
    category: Mapped[str] = mapped_column(String(15), default=RequestCategory.OTHER)
    description: Mapped[str] = mapped_column(Text)
    tier: Mapped[str] = mapped_column(String(10), default=RequestTier.SMALL)
    handler: Mapped[str | None] = mapped_column(String(50))  # 经办人: who handles it
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner_unit.id", ondelete="SET NULL")
    )  # 大事: the partner unit that helps
    escalated_on: Mapped[dt.date | None] = mapped_column(Date)  # 特事: reported to the street
    street_ref: Mapped[str | None] = mapped_column(String(60))  # the street office's reference
    registered_on: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(15), default=RequestStatus.REGISTERED)
    result: Mapped[str | None] = mapped_column(Text)  # 办理结果
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    satisfaction: Mapped[str | None] = mapped_column(String(15))  # the last return visit's
    entered_by: Mapped[str] = mapped_column(String(50), default="")
    entered_at: Mapped[dt.datetime] = mapped_column(DateTime)

    household: Mapped[Household | None] = relationship()
    partner: Mapped[PartnerUnit | None] = relationship()
    steps: Mapped[list[RequestStep]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="RequestStep.id"
    )


class RequestStep(Base):
    """One move of a request through its flow: to which status, by whom, when, and the
    words that went with it (the result, the street's reference, the satisfaction)."""

    __tablename__ = "request_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(15))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(50), default="")
    note: Mapped[str | None] = mapped_column(Text)

    request: Mapped[Request] = relationship(back_populates="steps")


class ThanksKind(enum.StrEnum):
    BANNER = "banner"  # 锦旗
    LETTER = "letter"  # 表扬信
    OTHER = "other"  # 其他


class Thanks(Base):
    """A banner (锦旗) or letter of praise received, for a request or from a household."""

    __tablename__ = "thanks"
    __table_args__ = (
        CheckConstraint("kind IN ('banner', 'letter', 'other')", name="kind_known"),
        CheckConstraint("request_id IS NOT NULL OR household_id IS NOT NULL", name="for_something"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(10), default=ThanksKind.BANNER)
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("request.id", ondelete="SET NULL"), index=True
    )
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="SET NULL"), index=True
    )
    giver: Mapped[str | None] = mapped_column(String(100))  # who gave it
    words: Mapped[str | None] = mapped_column(Text)  # what the banner or letter says
    entered_by: Mapped[str] = mapped_column(String(50), default="")


class MeetingParty(enum.StrEnum):
    """The five parties of a joint meeting."""

    PARTY_BRANCH = "party_branch"  # 社区党组织
    RESIDENTS_COMMITTEE = "residents_committee"  # 居委会
    OWNERS_COMMITTEE = "owners_committee"  # 业委会
    PROPERTY_COMPANY = "property_company"  # 物业公司
    RESIDENT_REPRESENTATIVES = "resident_representatives"  # 居民代表


class Meeting(Base):
    """A joint meeting (联席会议), shown as ``#N``."""

    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_date", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(100))
    convenor: Mapped[str] = mapped_column(String(50), default="")  # 召集人
    recorder: Mapped[str | None] = mapped_column(String(50))  # 记录人
    notes: Mapped[str | None] = mapped_column(Text)
    entered_by: Mapped[str] = mapped_column(String(50), default="")

    attendees: Mapped[list[MeetingAttendee]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingAttendee.id"
    )
    matters: Mapped[list[MeetingMatter]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        order_by="MeetingMatter.sort_order, MeetingMatter.id",
        foreign_keys="MeetingMatter.meeting_id",
    )


class MeetingAttendee(Base):
    """Who came for one of the five parties (one row per person)."""

    __tablename__ = "meeting_attendee"
    __table_args__ = (
        CheckConstraint(
            "party IN ('party_branch', 'residents_committee', 'owners_committee',"
            " 'property_company', 'resident_representatives')",
            name="party_known",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    party: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(50))

    meeting: Mapped[Meeting] = relationship(back_populates="attendees")


class MatterStatus(enum.StrEnum):
    OPEN = "open"  # 未办结: carries over to the next meeting
    SETTLED = "settled"  # 已办结


class MeetingMatter(Base):
    """A matter on a meeting's agenda: a request brought to the table, or a new one,
    with the decision taken, who owns it and by when."""

    __tablename__ = "meeting_matter"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'settled')", name="status_known"),
        UniqueConstraint("meeting_id", "carried_from_id", name="carried_once_per_meeting"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("request.id", ondelete="SET NULL"), index=True
    )
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting_matter.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(200))  # 议题
    decision: Mapped[str | None] = mapped_column(Text)  # 议定事项
    owner: Mapped[str | None] = mapped_column(String(100))  # 责任人/单位
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default=MatterStatus.OPEN)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="matters", foreign_keys=[meeting_id])
    request: Mapped[Request | None] = relationship()
    carried_from: Mapped[MeetingMatter | None] = relationship(remote_side=[id])
