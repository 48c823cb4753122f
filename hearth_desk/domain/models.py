"""The store's tables as typed SQLAlchemy mappings.

The schema is owned by the Alembic revisions in ``hearth_desk.storage.migrations``;
a test compares the two so that they never drift apart.
"""

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
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Explicit constraint names keep Alembic's SQLite batch migrations and PostgreSQL in step.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class GridLevel(enum.StrEnum):
    """The three grid levels below the community itself (社区 → 小区 → 楼栋 → 单元)."""

    COMPOUND = "compound"  # 小区
    BUILDING = "building"  # 楼栋
    UNIT = "unit"  # 单元

    @property
    def child(self) -> GridLevel | None:
        order = list(GridLevel)
        index = order.index(self)
        return order[index + 1] if index + 1 < len(order) else None


class Gender(enum.StrEnum):
    MALE = "M"
    FEMALE = "F"


class ResidentStatus(enum.StrEnum):
    """Residents are never deleted: history (visits, services, sign-ups) keeps them."""

    LIVING = "living"  # 在住
    MOVED_OUT = "moved_out"  # 迁出
    DECEASED = "deceased"  # 死亡


class Community(Base):
    """The one community (社区) a store belongs to; its names head every printout."""

    __tablename__ = "community"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    street: Mapped[str] = mapped_column(String(100))
    district: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())
    leader_name: Mapped[str | None] = mapped_column(String(50))  # the community's own 网格长
    leader_phone: Mapped[str | None] = mapped_column(String(20))


class GridNode(Base):
    """A compound, building or unit of the community's grid, with its grid leader (网格长)."""

    __tablename__ = "grid_node"
    __table_args__ = (
        UniqueConstraint("parent_id", "name"),
        CheckConstraint("level IN ('compound', 'building', 'unit')", name="level"),
        CheckConstraint(
            "(level = 'compound') = (parent_id IS NULL)", name="only_compounds_are_roots"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("grid_node.id", ondelete="RESTRICT"), index=True
    )
    level: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    leader_name: Mapped[str | None] = mapped_column(String(50))
    leader_phone: Mapped[str | None] = mapped_column(String(20))

    parent: Mapped[GridNode | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[GridNode]] = relationship(back_populates="parent")


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


class ChangeRecord(Base):
    """Who changed what and when (修改记录); ID numbers are recorded masked."""

    __tablename__ = "change_record"
    __table_args__ = (Index("ix_change_record_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(20))  # resident, household, grid_node, care_tag
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))  # create, update, move, status, import
    details: Mapped[str] = mapped_column(Text, default="")


HEAD_RELATION = "户主"

SEED_CARE_TAGS = ("独居老人", "空巢老人", "困难家庭", "低保", "残疾", "退役军人", "党员", "高龄")
