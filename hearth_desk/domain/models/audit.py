"""The change history every feature writes to (修改记录)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hearth_desk.domain.models.base import Base


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
