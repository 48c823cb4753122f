"""Which households are due a visit, per grid worker or per grid node.

A household's interval comes from the care tags its living members carry (the
shortest ruled one: ``domain.visit_rules.household_interval``), counted from its last
visit. "Due" is due within ``HORIZON_DAYS`` from today (the week ahead, so a round
can be planned); "overdue" is past its due date; a household never visited is the
latest of all.

The list is read in three statements over the households of the area (the living
members with the head's name, the last visit per household, the care tags), each
aggregated by the database, so a grid worker's list on a 100,000-resident store is a
matter of milliseconds (``bench/bench_visits_due.py``), never a query per household.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, case, func, select, true
from sqlalchemy.orm import Session

from hearth_desk.domain.models import (
    HEAD_RELATION,
    CareTag,
    Household,
    Resident,
    ResidentStatus,
    Staff,
    StaffGrid,
    Visit,
    resident_care_tag,
)
from hearth_desk.domain.visit_rules import Due, due, household_interval
from hearth_desk.services.chunks import in_chunks
from hearth_desk.services.ledger.grid import WholeGrid
from hearth_desk.services.visits.settings import visiting_rules

HORIZON_DAYS = 7  # due within a week counts as due: the round is planned ahead


@dataclass(frozen=True)
class DueHousehold:
    household_id: int
    address: str
    unit_id: int
    compound: str
    building: str
    unit: str
    door: str
    sort_key: str  # the grid's own order, then the door (``domain.grid_order``)
    head: str  # the head's name, else the first living member's
    tags: tuple[str, ...]  # every care tag of the living members, in the list's order
    interval_tags: tuple[str, ...]  # the tags that set the interval (none: everyone else's)
    due: Due

    @property
    def overdue(self) -> bool:
        return self.due.overdue

    @property
    def never_visited(self) -> bool:
        return self.due.last_visit is None


@dataclass(frozen=True)
class DueList:
    households: tuple[DueHousehold, ...]
    node_ids: tuple[int, ...]  # the nodes looked at (none: the staff member has no area)
    today: dt.date


def lateness_order(item: DueHousehold) -> tuple:
    """Never visited first, then the latest, then door order."""
    late = item.due.days_late
    return (late is not None, -(late or 0), item.sort_key)


def door_order(item: DueHousehold) -> str:
    return item.sort_key


def units_below(grid: WholeGrid, node_ids: Iterable[int]) -> list[int]:
    """The units at or below the given nodes (a node covers every unit under it)."""
    wanted = set(node_ids)
    units = []
    for unit in grid.units():
        if any(node.id in wanted for node in grid.path(unit.id)):
            units.append(unit.id)
    return units


def staff_node_ids(session: Session, staff_id: int) -> tuple[int, ...]:
    statement = select(StaffGrid.node_id).where(StaffGrid.staff_id == staff_id)
    return tuple(session.scalars(statement.order_by(StaffGrid.node_id)))


def _in_area(unit_ids: Sequence[int] | None) -> ColumnElement[bool]:
    if unit_ids is None:
        return true()
    return Household.unit_id.in_(unit_ids)


def _lived_in(session: Session, area: ColumnElement[bool]) -> list[int]:
    """The area's households with someone living there (a probe of the residents'
    household index each, no rows read)."""
    living = (
        select(Resident.id)
        .where(
            Resident.household_id == Household.id,
            Resident.status == ResidentStatus.LIVING.value,
        )
        .exists()
    )
    return list(session.scalars(select(Household.id).where(area, living)))


def _households(session: Session, household_ids: Sequence[int]) -> list:
    """These households' places and the head's name (one grouped read)."""
    head = func.min(case((Resident.relation == HEAD_RELATION, Resident.name)))
    return session.execute(
        select(
            Household.id,
            Household.address,
            Household.unit_id,
            Household.door,
            Household.sort_key,
            func.coalesce(head, func.min(Resident.name)),
        )
        .join(Resident, Resident.household_id == Household.id)
        .where(Household.id.in_(household_ids), Resident.status == ResidentStatus.LIVING.value)
        # The key alone: the other columns depend on it (SQLite and PostgreSQL both
        # know), and grouping by five columns cost a third more.
        .group_by(Household.id)
    ).all()


def _last_visits(session: Session, area: ColumnElement[bool]) -> dict[int, dt.date]:
    """The last visit per household, read from the (household, date) index alone: the
    area's households are a subquery, not a join, so no visit row itself is read."""
    households = select(Household.id).where(area).scalar_subquery()
    return dict(
        session.execute(  # type: ignore[arg-type]
            select(Visit.household_id, func.max(Visit.date))
            .where(Visit.household_id.in_(households))
            .group_by(Visit.household_id)
        ).all()
    )


def _tags(session: Session, area: ColumnElement[bool]) -> dict[int, list[str]]:
    rows = session.execute(
        select(Resident.household_id, CareTag.name)
        .join(resident_care_tag, resident_care_tag.c.resident_id == Resident.id)
        .join(CareTag, CareTag.id == resident_care_tag.c.care_tag_id)
        .where(
            Resident.household_id.in_(select(Household.id).where(area).scalar_subquery()),
            Resident.status == ResidentStatus.LIVING.value,
        )
        .group_by(Resident.household_id, CareTag.name, CareTag.sort_order, CareTag.id)
        .order_by(Resident.household_id, CareTag.sort_order, CareTag.id)
    )
    tags: dict[int, list[str]] = {}
    for household_id, name in rows:
        tags.setdefault(household_id, []).append(name)
    return tags


def due_list(
    session: Session,
    node_ids: Sequence[int] | None = None,
    *,
    today: dt.date | None = None,
    overdue_only: bool = False,
    every_household: bool = False,
    in_door_order: bool = False,
) -> DueList:
    """The households at or below ``node_ids`` (None: the whole community) due within
    ``HORIZON_DAYS`` (or overdue only; or all of them, for the round's whole list),
    latest first, or in door order for a round."""
    today = today or dt.date.today()
    grid = WholeGrid.load(session)
    if node_ids is not None and not node_ids:
        return DueList((), (), today)
    unit_ids = None if node_ids is None else units_below(grid, node_ids)
    area = _in_area(unit_ids)
    rules = visiting_rules(session)
    last = _last_visits(session, area)
    tags = _tags(session, area)
    names = grid.unit_names()
    horizon = today + dt.timedelta(days=HORIZON_DAYS)
    # Which are due first; only those are read in full (a third of an area, say).
    dues: dict[int, tuple[Due, int]] = {}
    for household_id in _lived_in(session, area):
        carried = tags.get(household_id, [])
        interval = household_interval(carried, rules.intervals, rules.everyone_else)
        when = due(last.get(household_id), interval, today)
        if overdue_only and not when.overdue:
            continue
        if not every_household and when.due_on is not None and when.due_on > horizon:
            continue
        dues[household_id] = (when, interval)
    found: list[DueHousehold] = []
    # Big slices: a worker's area is one read; the whole community's stays under
    # SQLite's 32,766 parameters per statement.
    rows = (row for ids in in_chunks(list(dues), 10_000) for row in _households(session, ids))
    for household_id, address, unit_id, door, sort_key, head in rows:
        when, interval = dues[household_id]
        carried = tags.get(household_id, [])
        compound, building, unit = names.get(unit_id, ("", "", ""))
        found.append(
            DueHousehold(
                household_id,
                address,
                unit_id,
                compound,
                building,
                unit,
                door,
                sort_key,
                head or "",
                tuple(carried),
                tuple(tag for tag in carried if rules.intervals.get(tag) == interval),
                when,
            )
        )
    found.sort(key=door_order if in_door_order else lateness_order)
    return DueList(tuple(found), tuple(node_ids or ()), today)


def due_for_staff(
    session: Session,
    staff_id: int,
    *,
    today: dt.date | None = None,
    overdue_only: bool = False,
    every_household: bool = False,
    in_door_order: bool = False,
) -> DueList:
    """``due_list`` over the grid nodes the staff member looks after (empty without)."""
    return due_list(
        session,
        staff_node_ids(session, staff_id),
        today=today,
        overdue_only=overdue_only,
        every_household=every_household,
        in_door_order=in_door_order,
    )


@dataclass(frozen=True)
class GridWorker:
    """A staff member with an area, as the visit round's chooser lists them."""

    id: int
    name: str
    node_ids: tuple[int, ...]


def grid_workers(session: Session) -> list[GridWorker]:
    """Active staff who look after some grid node, in the staff list's order."""
    rows = session.execute(
        select(Staff.id, Staff.name, StaffGrid.node_id)
        .join(StaffGrid, StaffGrid.staff_id == Staff.id)
        .where(Staff.active.is_(True))
        .order_by(Staff.sort_order, Staff.id, StaffGrid.node_id)
    )
    workers: dict[int, tuple[str, list[int]]] = {}
    for staff_id, name, node_id in rows:
        workers.setdefault(staff_id, (name, []))[1].append(node_id)
    return [GridWorker(staff_id, name, tuple(nodes)) for staff_id, (name, nodes) in workers.items()]
