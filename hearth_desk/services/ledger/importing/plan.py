"""Planning an import: read and check the whole sheet against the store, write nothing.

People are grouped into households by address and head, never by surname: a row
whose relation is 户主 starts a household at its address; other rows join the
nearest head above them at the same address (or the only head of that address in
the sheet, or the one household the store has there). Two heads at one address make
two households (人户分离, shared flats). A head whose household the store already has
at that address (same ID number, or same name where a number is missing) reuses it.
A row whose ID number is in the store updates that resident: that is how re-import
works, and why importing the same file twice changes nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.findings import Finding, error
from hearth_desk.domain.masking import mask_id_number
from hearth_desk.domain.models import HEAD_RELATION, ResidentStatus
from hearth_desk.services.ledger.derived import address_text
from hearth_desk.services.ledger.importing import headers as h
from hearth_desk.services.ledger.importing.headers import Header
from hearth_desk.services.ledger.importing.problems import ProblemCounts, RowProblem
from hearth_desk.services.ledger.importing.reading import read_sheets
from hearth_desk.services.ledger.importing.rows import RowReader, SheetRow, is_skipped
from hearth_desk.services.ledger.importing.sheets import Row
from hearth_desk.services.ledger.importing.store_view import (
    StoredHousehold,
    StoredResident,
    StoreView,
)
from hearth_desk.services.ledger.importing.values import Address, plain_text
from hearth_desk.services.ledger.residents import (
    BIRTH_DATE,
    GENDER,
    ID_NUMBER,
    NAME,
    NOTES,
    PHONE,
    RELATION,
    TAGS,
    WORK_UNIT,
    clean_name,
)
from hearth_desk.services.progress import Progress

NEW, UPDATE, UNCHANGED = "new", "update", "unchanged"
PROGRESS_EVERY = 200
READING = QT_TRANSLATE_NOOP("Progress", "Reading the sheet…")
CHECKING = QT_TRANSLATE_NOOP("Progress", "Checking rows…")


@dataclass(eq=False)
class HouseholdGroup:
    """One household of the sheet: an existing one reused, or one to create."""

    address: Address  # in the store's spelling
    unit_id: int | None
    household_id: int | None  # the store's household, when reused
    head: SheetRow | None  # None when members join a household only the store knows
    rows: list[SheetRow] = field(default_factory=list)

    @property
    def address_text(self) -> str:
        return _address_text(self.address)


@dataclass
class ImportPlan(ProblemCounts):
    source: Path
    sheet: str
    header: Header
    rows: list[SheetRow]
    groups: list[HouseholdGroup]
    problems: list[RowProblem]
    new_households: int = 0
    new_residents: int = 0
    updated_residents: int = 0
    unchanged_residents: int = 0

    @property
    def valid_row_count(self) -> int:
        return sum(1 for row in self.rows if not row.rejected)

    @property
    def updates(self) -> list[SheetRow]:
        """Rows that change a resident, with ``changes`` (field → (old, new))."""
        return [row for row in self.rows if not row.rejected and row.action == UPDATE]


def plan_import(session: Session, path: Path, *, progress: Progress | None = None) -> ImportPlan:
    """Read ``path`` and work out what importing it would do; nothing is written."""
    progress = progress or Progress.silent()
    progress.report(0, 1, READING)
    sheet, header, data = _open_sheet(Path(path), progress)
    reader = RowReader(header, sheet)
    rows: list[SheetRow] = []
    for index, (number, cells) in enumerate(data):
        if index % PROGRESS_EVERY == 0:
            progress.report(index, len(data), CHECKING)
        rows.append(reader.read(number, cells))
    view = StoreView(session)
    _check_duplicates(rows, reader)
    _check_tags(rows, reader, view.tag_names)
    for row in rows:
        if row.address is not None:
            a = row.address
            names, row.unit_id = view.grid.resolve((a.compound, a.building, a.unit))
            row.address = Address(*names, a.door)
    view.load(
        (row.clean.id_number for row in rows if row.clean and row.clean.id_number),
        (row.unit_id for row in rows if row.unit_id is not None),
    )
    for row in rows:
        if row.address is not None:
            door = view.door_in_unit(row.unit_id, row.address.door)
            row.address = dataclasses.replace(row.address, door=door)
    groups = _Grouper(view, reader).group(rows)
    _match(rows, view, header)
    _reject(rows, reader)
    progress.report(len(data), len(data), CHECKING)
    plan = ImportPlan(
        Path(path), sheet, header, rows, groups, [p for row in rows for p in row.problems]
    )
    valid = [row for row in rows if not row.rejected]
    plan.new_households = sum(
        1 for g in groups if g.head is not None and not g.head.rejected and g.household_id is None
    )
    plan.new_residents = sum(1 for row in valid if row.action == NEW)
    plan.updated_residents = sum(1 for row in valid if row.action == UPDATE)
    plan.unchanged_residents = sum(1 for row in valid if row.action == UNCHANGED)
    return plan


# --- the sheet -----------------------------------------------------------------------


def _open_sheet(path: Path, progress: Progress) -> tuple[str, Header, list[tuple[int, Row]]]:
    return open_sheet(path, progress)


def open_sheet(
    path: Path,
    progress: Progress,
    *,
    names: Mapping[str, str] | None = None,
    check: Callable[[Header, str], None] = h.check_header,
) -> tuple[str, Header, list[tuple[int, Row]]]:
    """The first visible sheet with a header row naming its columns, and its data rows
    (blank and totals rows left out). Read whole: the workbook closes after.

    ``names`` (header word → field) and ``check`` (refusing a header the import cannot
    use) are the residents' ledger's unless another import (the tree's) gives its own."""
    problem = None
    with read_sheets(path) as sheets:
        for sheet in sheets:
            search = h.find_header(sheet, names)
            if search.header is None:
                if problem is None and (search.had_content or not search.ended):
                    problem = h.no_name_column(sheet.name, search.looked_at)
                continue
            check(search.header, sheet.name)
            data: list[tuple[int, Row]] = []
            for number, cells in search.rows:
                if not is_skipped(cells):
                    data.append((number, cells))
                    if len(data) % PROGRESS_EVERY == 0:
                        progress.check()
            if not data:
                raise h.empty_sheet(sheet.name)
            return sheet.name, search.header, data
    raise problem or h.empty_sheet(path.stem)


def _check_duplicates(rows: list[SheetRow], reader: RowReader) -> None:
    check_duplicates(rows, reader, lambda row: row.clean.id_number if row.clean else None)


def check_duplicates(rows: list[Any], reader: Any, number_of: Callable[[Any], Any]) -> None:
    """An error on both rows of every ID number the sheet gives twice; ``number_of``
    reads a row's checked number (None when it has none)."""
    first: dict[str, Any] = {}
    for row in rows:
        number = number_of(row)
        if not number:
            continue
        if number not in first:
            first[number] = row
            continue
        finding = error(
            QT_TRANSLATE_NOOP(
                "Finding",
                "The ID number {number} is in the sheet twice: rows {first} and {second}.",
            ),
            number=mask_id_number(number),
            first=first[number].number,
            second=row.number,
        )
        for each in (first[number], row):
            reader.problem(each, ID_NUMBER, finding)


def _check_tags(rows: list[SheetRow], reader: RowReader, known: list[str]) -> None:
    names = set(known)
    for row in rows:
        for tag in row.clean.tags if row.clean else ():
            if tag not in names:
                reader.problem(
                    row,
                    TAGS,
                    error(
                        QT_TRANSLATE_NOOP(
                            "Finding", "Unknown care tag “{name}”; the list has: {known}."
                        ),
                        name=tag,
                        known="、".join(known),
                    ),
                )


# --- households ----------------------------------------------------------------------


def _address_text(a: Address) -> str:
    """The address as the store will write it (``derived.address_text``)."""
    return address_text((a.compound, a.building, a.unit), a.door)


def _key(address: Address) -> tuple[str, str, str, str]:
    return (address.compound, address.building, address.unit, address.door)


def _same_person(stored: StoredResident, name: str, id_number: str | None) -> bool:
    if stored.id_number and id_number:
        return stored.id_number == id_number
    return stored.name == name


class _Grouper:
    def __init__(self, view: StoreView, reader: RowReader) -> None:
        self.view = view
        self.reader = reader
        self.groups: list[HouseholdGroup] = []
        self.heads_at: dict[tuple[str, ...], list[HouseholdGroup]] = {}
        self.joined: dict[int, HouseholdGroup] = {}  # store households members join
        self.reused: set[int] = set()

    def group(self, rows: list[SheetRow]) -> list[HouseholdGroup]:
        placed = [row for row in rows if row.address is not None]
        explicit = {_key(row.address) for row in placed if row.is_head}  # type: ignore[arg-type]
        for row in placed:
            assert row.address is not None
            if not row.relation and self._free(row, explicit):
                row.relation = HEAD_RELATION  # a lone row without relation: its own head
            if row.is_head:
                self._start(row)
        for row in placed:
            if not row.is_head:
                self._join(row)
        return self.groups

    def _free(self, row: SheetRow, explicit: set[tuple[str, ...]]) -> bool:
        key = _key(row.address)  # type: ignore[arg-type]
        return key not in explicit and key not in self.heads_at and not self._stored_at(row)

    def _stored_at(self, row: SheetRow) -> list[StoredHousehold]:
        if row.unit_id is None or row.address is None:
            return []
        return self.view.at_door.get((row.unit_id, row.address.door), [])

    def _start(self, row: SheetRow) -> None:
        assert row.address is not None
        household = self._household_of_head(row)
        if household is not None:
            self.reused.add(household.id)
        group = HouseholdGroup(
            row.address, row.unit_id, household.id if household else None, row, [row]
        )
        row.group = group
        self.groups.append(group)
        self.heads_at.setdefault(_key(row.address), []).append(group)

    def _household_of_head(self, row: SheetRow) -> StoredHousehold | None:
        candidates = [c for c in self._stored_at(row) if c.id not in self.reused]
        clean = row.clean
        raw_name = plain_text(self.reader.header.value(row.cells, NAME))
        name = clean.name if clean else clean_name(raw_name)
        number = clean.id_number if clean else None
        stored = self.view.by_id_number.get(number) if number else None
        for candidate in candidates:
            if stored is not None and stored.household_id == candidate.id:
                return candidate
        for candidate in candidates:
            if any(
                m.relation == HEAD_RELATION and _same_person(m, name, number)
                for m in candidate.members
            ):
                return candidate
        return None

    def _join(self, row: SheetRow) -> None:
        assert row.address is not None
        if not row.relation:  # the lone-row case was made a head above
            self._problem(row, self._no_head(row, [], []))
            return
        heads = self.heads_at.get(_key(row.address), [])
        above = [g for g in heads if g.head is not None and g.head.number < row.number]
        if above or len(heads) == 1:
            target = above[-1] if above else heads[0]
        else:
            target = self._stored_household(row, heads)
        if target is not None:
            target.rows.append(row)
            row.group = target

    def _stored_household(
        self, row: SheetRow, heads: list[HouseholdGroup]
    ) -> HouseholdGroup | None:
        candidates = self._stored_at(row)
        number = row.clean.id_number if row.clean else None
        stored = self.view.by_id_number.get(number) if number else None
        chosen = [c for c in candidates if stored is not None and c.id == stored.household_id]
        if not chosen and len(candidates) == 1 and not heads:
            chosen = candidates
        if not chosen:
            self._problem(row, self._no_head(row, heads, candidates))
            return None
        household = chosen[0]
        if household.id not in self.joined:
            group = HouseholdGroup(row.address, row.unit_id, household.id, None)  # type: ignore[arg-type]
            self.joined[household.id] = group
            self.groups.append(group)
        return self.joined[household.id]

    def _no_head(
        self, row: SheetRow, heads: list[HouseholdGroup], candidates: list[StoredHousehold]
    ) -> Finding:
        if not row.relation:
            return error(
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "The relation to the head is empty; write 户主 for the head of a household.",
                )
            )
        if heads or len(candidates) > 1:
            return error(
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "Several households live at {address}; put this row right under "
                    "the row of its head (户主).",
                ),
                address=_address_text(row.address),  # type: ignore[arg-type]
            )
        return error(
            QT_TRANSLATE_NOOP(
                "Finding",
                "No head (户主) lives at this address; add the head's row or correct the relation.",
            )
        )

    def _problem(self, row: SheetRow, finding: Finding) -> None:
        self.reader.problem(row, RELATION, finding)


# --- residents -----------------------------------------------------------------------


def _match(rows: list[SheetRow], view: StoreView, header: Header) -> None:
    """Find each row's resident in the store and what would change."""
    used: set[int] = set()
    for row in rows:
        clean, group = row.clean, row.group
        if clean is None or group is None:
            continue
        stored = view.by_id_number.get(clean.id_number) if clean.id_number else None
        if stored is None and group.household_id is not None:
            stored = next(
                (
                    m
                    for m in view.households[group.household_id].members
                    if m.id not in used
                    and m.name == clean.name
                    and not (m.id_number and clean.id_number)
                ),
                None,
            )
        if stored is None or stored.id in used:
            row.action = NEW
            continue
        used.add(stored.id)
        row.match = stored
        row.changes = _changes(row, stored, view, header)
        row.action = UPDATE if row.changes else UNCHANGED


def _changes(
    row: SheetRow, stored: StoredResident, view: StoreView, header: Header
) -> dict[str, tuple[Any, Any]]:
    clean, group = row.clean, row.group
    assert clean is not None and group is not None
    wanted: dict[str, Any] = {"name": clean.name}
    if clean.id_number:
        wanted["id_number"] = clean.id_number
    if clean.id_number or header.has(GENDER):
        wanted["gender"] = clean.gender.value
    if clean.id_number or header.has(BIRTH_DATE):
        wanted["birth_date"] = clean.birth_date
    for key in (PHONE, WORK_UNIT, NOTES, RELATION):
        if header.has(key) or (key == RELATION and row.relation):
            wanted[key] = getattr(clean, key)
    if header.has(h.STATUS) and row.status is not None:
        wanted["status"] = row.status.value
        living = row.status is ResidentStatus.LIVING
        wanted["status_date"] = None if living else row.status_date
    changes = {
        key: (getattr(stored, key), value)
        for key, value in wanted.items()
        if getattr(stored, key) != value
    }
    if header.has(TAGS) and set(clean.tags) != set(stored.tags):
        changes["tags"] = ("、".join(stored.tags), "、".join(ordered_tags(clean.tags, view)))
    if group.household_id != stored.household_id:
        old = view.households.get(stored.household_id)
        changes["household"] = (old.address if old else "", group.address_text)
    return changes


def ordered_tags(names: tuple[str, ...], view: StoreView) -> list[str]:
    order = {name: index for index, name in enumerate(view.tag_names)}
    return sorted(names, key=lambda name: order.get(name, len(order)))


def _reject(rows: list[SheetRow], reader: RowReader) -> None:
    """Rows with errors are rejected, and so are the members of a rejected head."""
    for row in rows:
        row.rejected = row.has_error
    for row in rows:
        group = row.group
        if row.rejected or group is None or group.head is None or group.head is row:
            continue
        if group.head.rejected:
            row.rejected = True
            reader.problem(
                row,
                "",
                error(
                    QT_TRANSLATE_NOOP(
                        "Finding", "Not imported because the row of the head ({row}) has errors."
                    ),
                    row=group.head.number,
                ),
            )
