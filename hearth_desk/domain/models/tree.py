"""The connected-heart tree (党群连心树): the party organisation, its service teams,
their members (party members and volunteers who are not) and the partner units.

The organisation is the trunk (a 党委 or 党总支 with its 党支部), each service team a
branch, each member a leaf. A member who lives in the community points at their
resident record in the ledger; the link is kept by ID number when members are
imported, and survives the resident moving out (it is then simply not followed).
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hearth_desk.domain.models.base import Base
from hearth_desk.domain.models.ledger import Resident


class OrganisationKind(enum.StrEnum):
    COMMITTEE = "committee"  # 党委
    GENERAL_BRANCH = "general_branch"  # 党总支
    BRANCH = "branch"  # 党支部


class PoliticalStatus(enum.StrEnum):
    MEMBER = "member"  # 中共党员
    PROBATIONARY = "probationary"  # 预备党员
    MASSES = "masses"  # 群众: a volunteer who is not a party member


class TeamRole(enum.StrEnum):
    """A member's role in one team; the order is the order a team lists them in."""

    LEADER = "leader"  # 队长
    DEPUTY = "deputy"  # 副队长
    MEMBER = "member"  # 队员


class PartnerKind(enum.StrEnum):
    HOSPITAL = "hospital"  # 医院、卫生服务中心
    COMPANY = "company"  # 企业
    SCHOOL = "school"  # 学校
    POLICE = "police"  # 派出所
    PROPERTY = "property"  # 物业公司
    GOVERNMENT = "government"  # 机关事业单位
    OTHER = "other"


class Organisation(Base):
    """The community's party organisation: the root (党委/党总支) and its 党支部."""

    __tablename__ = "party_organisation"
    __table_args__ = (
        CheckConstraint("kind IN ('committee', 'general_branch', 'branch')", name="kind_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("party_organisation.id", ondelete="RESTRICT")
    )
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))
    secretary: Mapped[str | None] = mapped_column(String(50))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class ServiceTeam(Base):
    """A service team (服务队): a branch of the tree."""

    __tablename__ = "service_team"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    purpose: Mapped[str | None] = mapped_column(Text)  # what the team does
    promise: Mapped[str | None] = mapped_column(String(200))  # its service promise
    colour: Mapped[str] = mapped_column(String(7), default="#2E7D32")  # on the poster
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    memberships: Mapped[list[TeamMembership]] = relationship(
        back_populates="team", cascade="all, delete-orphan"
    )


class Member(Base):
    """A leaf: a party member, or a volunteer who is not one (political status 群众)."""

    __tablename__ = "member"
    __table_args__ = (
        Index("ix_member_id_number", "id_number"),
        CheckConstraint(
            "political_status IN ('member', 'probationary', 'masses')",
            name="political_status_known",
        ),
        CheckConstraint("gender IN ('M', 'F')", name="gender_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    gender: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    id_number: Mapped[str | None] = mapped_column(String(18))  # checked by the ledger's rule
    phone: Mapped[str | None] = mapped_column(String(20))
    political_status: Mapped[str] = mapped_column(String(15), default=PoliticalStatus.MEMBER)
    join_date: Mapped[dt.date | None] = mapped_column(Date)  # 入党时间: 党龄 is counted from it
    branch_id: Mapped[int | None] = mapped_column(
        ForeignKey("party_organisation.id", ondelete="SET NULL")
    )
    work_unit: Mapped[str | None] = mapped_column(String(100))
    retired: Mapped[bool] = mapped_column(Boolean, default=False)  # 退休, else 在职
    dual_registered: Mapped[bool] = mapped_column(Boolean, default=False)  # 双报到
    # The workplace's party organisation a 双报到 member is also registered with.
    dual_organisation: Mapped[str | None] = mapped_column(String(100))
    skills: Mapped[str | None] = mapped_column(String(200))
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("resident.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str | None] = mapped_column(Text)
    # Name, pinyin and initials, as the ledger's residents: search as you type.
    search_key: Mapped[str] = mapped_column(String(300), default="")

    branch: Mapped[Organisation | None] = relationship()
    resident: Mapped[Resident | None] = relationship()
    memberships: Mapped[list[TeamMembership]] = relationship(
        back_populates="member", cascade="all, delete-orphan"
    )


class TeamMembership(Base):
    """One member in one team, with a role; a member may be in several teams."""

    __tablename__ = "team_membership"
    __table_args__ = (
        CheckConstraint("role IN ('leader', 'deputy', 'member')", name="role_known"),
        Index("ix_team_membership_team", "team_id"),
    )

    member_id: Mapped[int] = mapped_column(
        ForeignKey("member.id", ondelete="CASCADE"), primary_key=True
    )
    team_id: Mapped[int] = mapped_column(
        ForeignKey("service_team.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(10), default=TeamRole.MEMBER)

    member: Mapped[Member] = relationship(back_populates="memberships")
    team: Mapped[ServiceTeam] = relationship(back_populates="memberships")


class PartnerUnit(Base):
    """A partner unit (联建单位) that serves the community with the teams."""

    __tablename__ = "partner_unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default=PartnerKind.OTHER)
    contact_name: Mapped[str | None] = mapped_column(String(50))
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    offers: Mapped[str | None] = mapped_column(Text)  # what it offers the residents
    since: Mapped[dt.date | None] = mapped_column(Date)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
