"""What the plan needs to know of the store, fetched in a few batched queries.

A 10,000-row sheet must not cost 10,000 queries: the grid is read whole (it has
thousands of nodes at most), residents are looked up by ID number in chunks, and
households only for the units the sheet names.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import Household, Resident
from hearth_desk.services.chunks import in_chunks
from hearth_desk.services.ledger.care_tags import care_tags, tag_names_of
from hearth_desk.services.ledger.grid import GridIndex, WholeGrid, grid_key


@dataclass
class StoredResident:
    id: int
    household_id: int
    name: str
    gender: str
    birth_date: dt.date | None
    id_number: str | None
    phone: str | None
    relation: str
    work_unit: str | None
    notes: str | None
    status: str
    status_date: dt.date | None
    tags: tuple[str, ...] = ()


@dataclass
class StoredHousehold:
    id: int
    unit_id: int
    door: str
    address: str
    members: list[StoredResident] = field(default_factory=list)


_RESIDENT_COLUMNS = (
    Resident.id,
    Resident.household_id,
    Resident.name,
    Resident.gender,
    Resident.birth_date,
    Resident.id_number,
    Resident.phone,
    Resident.relation,
    Resident.work_unit,
    Resident.notes,
    Resident.status,
    Resident.status_date,
)


class StoreView:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.grid = GridIndex(WholeGrid.load(session))
        self.tag_names = [tag.name for tag in care_tags(session)]
        self.households: dict[int, StoredHousehold] = {}
        self.by_id_number: dict[str, StoredResident] = {}
        self.at_door: dict[tuple[int, str], list[StoredHousehold]] = defaultdict(list)
        self._doors: dict[int, dict[str, str]] = defaultdict(dict)  # unit → door key → door

    def load(self, id_numbers: Iterable[str], unit_ids: Iterable[int]) -> None:
        """Fetch residents with these ID numbers, every household of these units and of
        those residents, and all members of those households with their tags."""
        numbers = sorted(set(id_numbers))
        household_ids: set[int] = set()
        for part in in_chunks(numbers):
            for (household_id,) in self.session.execute(
                select(Resident.household_id).where(Resident.id_number.in_(part))
            ):
                household_ids.add(household_id)
        columns = (Household.id, Household.unit_id, Household.door, Household.address)
        rows: list[Any] = []
        for part in in_chunks(sorted(set(unit_ids))):
            rows += self.session.execute(select(*columns).where(Household.unit_id.in_(part)))
        missing = sorted(household_ids - {row[0] for row in rows})
        for part in in_chunks(missing):
            rows += self.session.execute(select(*columns).where(Household.id.in_(part)))
        for row in rows:
            household = StoredHousehold(*row)
            self.households[household.id] = household
            self.at_door[(household.unit_id, household.door)].append(household)
            self._doors[household.unit_id].setdefault(grid_key(household.door), household.door)
        self._load_members()

    def _load_members(self) -> None:
        residents: dict[int, StoredResident] = {}
        for part in in_chunks(sorted(self.households)):
            for row in self.session.execute(
                select(*_RESIDENT_COLUMNS)
                .where(Resident.household_id.in_(part))
                .order_by(Resident.id)
            ):
                residents[row[0]] = StoredResident(*row)
        tags = tag_names_of(self.session, sorted(residents))
        for resident in residents.values():
            resident.tags = tags.get(resident.id, ())
            self.households[resident.household_id].members.append(resident)
            if resident.id_number:
                self.by_id_number[resident.id_number] = resident

    def door_in_unit(self, unit_id: int | None, door: str) -> str:
        """The store's spelling of this door in this unit (0401 for 401), else ``door``."""
        if unit_id is None:
            return door
        return self._doors.get(unit_id, {}).get(grid_key(door), door)
