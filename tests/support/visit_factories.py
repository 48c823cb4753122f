"""A small visiting area: the small ledger, a grid worker who looks after one compound,
and a director with no area of their own."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import GridNode, Household, Staff, StaffGrid
from tests.support.factories import small_ledger


@dataclass
class VisitingArea:
    households: dict[str, Household]
    worker: Staff  # 王芳, looks after 洪山小区
    director: Staff  # 李强, no area
    compound_id: int  # 洪山小区


def visiting_area(session: Session) -> VisitingArea:
    households = small_ledger(session)
    compound = session.scalars(select(GridNode).where(GridNode.name == "洪山小区")).one()
    worker = Staff(name="王芳", role="grid_worker")
    director = Staff(name="李强", role="director", sort_order=1)
    session.add_all([worker, director])
    session.flush()
    session.add(StaffGrid(staff_id=worker.id, node_id=compound.id))
    session.flush()
    return VisitingArea(households, worker, director, compound.id)
