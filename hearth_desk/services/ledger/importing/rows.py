"""One data row of the sheet turned into a checked resident, with its problems.

The person is checked by ``services.residents.clean_resident``, the one rule the
entry forms use too; this module only reads the cells into its input and names the
sheet's column in every problem.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.findings import Finding, InvalidValue, warning
from hearth_desk.domain.models import HEAD_RELATION, ResidentStatus
from hearth_desk.domain.text_fields import (
    control_character,
    control_finding,
    in_value,
    text_problem,
)
from hearth_desk.services.ledger.derived import MAX_DOOR
from hearth_desk.services.ledger.grid import grid_name_problem
from hearth_desk.services.ledger.importing.headers import (
    ADDRESS,
    BUILDING,
    COMPOUND,
    DOOR,
    SPLIT_ADDRESS,
    STATUS,
    STATUS_DATE,
    UNIT,
    Header,
)
from hearth_desk.services.ledger.importing.problems import RowProblem
from hearth_desk.services.ledger.importing.sheets import Row, is_blank
from hearth_desk.services.ledger.importing.values import (
    Address,
    building_name,
    door_name,
    id_number_text,
    parse_address,
    parse_date,
    parse_gender,
    parse_status,
    plain_text,
    split_tags,
    text_of,
    unit_name,
)
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
    CleanResident,
    ResidentInput,
    clean_resident,
)

TOTALS = ("合计", "总计", "小计", "共计")
HEAD_WORDS = (HEAD_RELATION, "本人", "户主本人")


@dataclass(eq=False, slots=True)
class SheetRow:
    """A data row: its cells as read, what they mean, and what is wrong with them."""

    number: int
    cells: Row
    address: Address | None = None
    relation: str = ""  # as written; "" when the cell is blank or there is no column
    clean: CleanResident | None = None
    status: ResidentStatus | None = None
    status_date: dt.date | None = None
    problems: list[RowProblem] = field(default_factory=list)
    # Filled by the plan: where the row goes and what it does to the store.
    unit_id: int | None = None  # the existing unit of ``address``, if any
    group: Any = None  # plan.HouseholdGroup
    match: Any = None  # store_view.StoredResident matched by ID number (or name)
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    action: str = ""  # new, update, unchanged
    rejected: bool = False

    @property
    def has_error(self) -> bool:
        return any(p.is_error for p in self.problems)

    @property
    def is_head(self) -> bool:
        return self.relation == HEAD_RELATION


def is_skipped(row: Row) -> bool:
    """Blank rows, and totals rows (合计 12 户) that sheets end with."""
    texts = [text_of(cell) for cell in row if not is_blank(cell)]
    return not texts or "".join(texts[0].split()).startswith(TOTALS)


class CellReader:
    """Reads the cells of data rows under one header and names the sheet's column in
    every problem; a row is anything with ``number``, ``cells`` and ``problems`` (the
    residents' ``SheetRow``, the tree's member rows)."""

    def __init__(self, header: Header, sheet: str) -> None:
        self.header = header
        self.sheet = sheet

    def problem(self, row: Any, key: str, finding: Any) -> None:
        row.problems.append(RowProblem(self.sheet, row.number, self.header.text(key), finding))

    def _cell(self, cells: Row, key: str) -> Any:
        return self.header.value(cells, key)

    def _read_field(self, row: Any, key: str, reader: Any) -> Any:
        value = self._cell(row.cells, key)
        if is_blank(value):
            return None
        try:
            return reader(value)
        except InvalidValue as problem:
            self.problem(row, key, problem.finding)
            return None

    def _month_only(self, row: Any, data: ResidentInput, first: dt.date) -> None:
        """出生年月 gives year and month: fine beside an ID number with the same month
        (its date is kept); alone, the 1st of the month is stored, with a warning."""
        from hearth_desk.domain.id_numbers import birth_date_and_gender

        try:
            from_id, _gender = birth_date_and_gender(
                "".join(text_of(data.id_number).split()).upper()
            )
        except ValueError:
            from_id = None
        if from_id is not None and (from_id.year, from_id.month) == (first.year, first.month):
            data.birth_date = None
            return
        if from_id is None:
            self.problem(
                row,
                BIRTH_DATE,
                warning(
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "Only year and month are given; the birth date is stored as {date}.",
                    ),
                    date=first.isoformat(),
                ),
            )


class RowReader(CellReader):
    """Reads data rows under one header; remembers the address cells of the row above,
    which merged cells (one 小区 cell over a whole building) leave blank."""

    def __init__(self, header: Header, sheet: str) -> None:
        super().__init__(header, sheet)
        self._above: dict[str, Any] = {}

    def read(self, number: int, cells: Row) -> SheetRow:
        row = SheetRow(number, cells)
        self._read_address(row)
        data = ResidentInput(name=plain_text(self._cell(cells, NAME)))
        self._read_field(row, ID_NUMBER, lambda v: setattr(data, "id_number", id_number_text(v)))
        self._read_field(row, GENDER, lambda v: setattr(data, "gender", parse_gender(v)))
        birth = self._read_field(row, BIRTH_DATE, parse_date)
        if birth is not None:
            data.birth_date = birth.date
        data.phone = plain_text(self._cell(cells, PHONE))
        row.relation = "".join(plain_text(self._cell(cells, RELATION)).split())
        if row.relation in HEAD_WORDS:
            row.relation = HEAD_RELATION
        data.relation = row.relation or HEAD_RELATION
        data.work_unit = plain_text(self._cell(cells, WORK_UNIT))
        data.notes = plain_text(self._cell(cells, NOTES))
        data.tags = split_tags(self._cell(cells, TAGS))
        row.status = self._read_field(row, STATUS, parse_status)
        date = self._read_field(row, STATUS_DATE, parse_date)
        row.status_date = date.date if date is not None else None

        if birth is not None and birth.month_only:
            self._month_only(row, data, birth.date)
        clean, findings = clean_resident(data)
        for found in findings:
            self.problem(row, found.field, found.finding)
        row.clean = clean
        return row

    def _read_address(self, row: SheetRow) -> None:
        header, cells = self.header, row.cells
        keys = (ADDRESS,) if header.has(ADDRESS) else SPLIT_ADDRESS
        values = {}
        for key in keys:
            value = header.value(cells, key)
            if is_blank(value):
                value = self._above.get(key)  # a merged cell, or "same as above"
            values[key] = value
        self._above = values
        for key, value in values.items():
            code = control_character(plain_text(value))
            if code is not None:
                self.problem(row, key, control_finding(code))
                return
        if header.has(ADDRESS):
            if is_blank(values[ADDRESS]):
                self.problem(row, ADDRESS, _empty_address())
                return
            try:
                address = parse_address(values[ADDRESS])
            except InvalidValue as problem:
                self.problem(row, ADDRESS, problem.finding)
                return
        else:
            missing = [key for key in SPLIT_ADDRESS if is_blank(values[key])]
            if missing:
                self.problem(row, missing[0], _empty_address())
                return
            address = Address(
                " ".join(text_of(values[COMPOUND]).split()),
                building_name(values[BUILDING]),
                unit_name(values[UNIT]),
                door_name(values[DOOR]),
            )
        problems = list(_address_problems(address))
        for key, part, problem in problems:
            self.problem(row, ADDRESS if header.has(ADDRESS) else key, in_value(part, problem))
        if not problems:
            row.address = address


def _address_problems(address: Address) -> Iterator[tuple[str, str, Finding]]:
    """Parts of the address longer than the store's columns hold (the grid's names,
    the door), each with its column key."""
    for key, part, problem in (
        (COMPOUND, address.compound, grid_name_problem(address.compound)),
        (BUILDING, address.building, grid_name_problem(address.building)),
        (UNIT, address.unit, grid_name_problem(address.unit)),
        (DOOR, address.door, text_problem(address.door, MAX_DOOR)),
    ):
        if problem is not None:
            yield key, part, problem


def _empty_address() -> Any:
    from hearth_desk.domain.findings import error

    return error(QT_TRANSLATE_NOOP("Finding", "The address is empty."))
