"""The community (社区) itself and its grid of compounds, buildings and units."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hearth_desk.domain.models.base import Base


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
