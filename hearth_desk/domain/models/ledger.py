"""The household ledger (住户台账): households at doors, their residents and care tags."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hearth_desk.domain.models.base import Base
from hearth_desk.domain.models.community import GridNode


class Gender(enum.StrEnum):
    MALE = "M"
    FEMALE = "F"


class ResidentStatus(enum.StrEnum):
    """Residents are never deleted: history (visits, services, sign-ups) keeps them."""

    LIVING = "living"  # 在住
    MOVED_OUT = "moved_out"  # 迁出
    DECEASED = "deceased"  # 死亡


class Household(Base):
    """A household (户) living at one door of a unit."""

    __tablename__ = "household"
    __table_args__ = (Index("ix_household_unit_door", "unit_id", "door"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("grid_node.id", ondelete="RESTRICT"))
    door: Mapped[str] = mapped_column(String(20))
    # "和平里一区3栋2单元0401": kept in step with the grid names by services.ledger so
    # that an address search is one indexed-table scan, not a four-way join.
    address: Mapped[str] = mapped_column(String(200), default="")
    # The grid's own order (compound, building, unit as the office numbers them, then
    # the door, digits compared as numbers): a paper ledger's order in one column, so
    # that 和平里一区 comes before 东河沿小区 and 2栋 before 10栋 without a join.
    sort_key: Mapped[str] = mapped_column(String(80), default="")

    unit: Mapped[GridNode] = relationship()
    members: Mapped[list[Resident]] = relationship(back_populates="household")


resident_care_tag = Table(
    "resident_care_tag",
    Base.metadata,
    Column(
        "resident_id",
        ForeignKey("resident.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "care_tag_id",
        ForeignKey("care_tag.id", ondelete="RESTRICT"),
        primary_key=True,
        index=True,
    ),
)


class CareTag(Base):
    """A care tag (人员类别) such as 独居老人; the office edits the list."""

    __tablename__ = "care_tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Resident(Base):
    """A resident (居民): one member of a household."""

    __tablename__ = "resident"
    __table_args__ = (
        CheckConstraint("gender IN ('M', 'F')", name="gender"),
        CheckConstraint("status IN ('living', 'moved_out', 'deceased')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("household.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(50), index=True)
    gender: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    id_number: Mapped[str | None] = mapped_column(String(18), unique=True)
    phone: Mapped[str | None] = mapped_column(String(20))
    relation: Mapped[str] = mapped_column(String(20), default="户主")
    work_unit: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)
    # No index: nearly everyone is living, and an index on it makes SQLite read the
    # table in index order (randomly) instead of scanning it, doubling search time.
    status: Mapped[str] = mapped_column(String(10), default=ResidentStatus.LIVING.value)
    status_date: Mapped[dt.date | None] = mapped_column(Date)  # when moved out or died
    # Pinyin spellings and initials of the name (both readings of 单, 曾, 区…),
    # written by services.ledger whenever the name changes; see domain.pinyin.
    search_key: Mapped[str] = mapped_column(String(300), default="")
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    updated_by: Mapped[str | None] = mapped_column(String(50))

    household: Mapped[Household] = relationship(back_populates="members")
    tags: Mapped[list[CareTag]] = relationship(
        secondary=resident_care_tag, order_by=CareTag.sort_order
    )


HEAD_RELATION = "户主"

SEED_CARE_TAGS = ("独居老人", "空巢老人", "困难家庭", "低保", "残疾", "退役军人", "党员", "高龄")
