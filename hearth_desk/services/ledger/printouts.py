"""What the ledger's printouts show, read from the store as plain data.

The building ledger and the care list are laid out by ``reports.ledger`` from the
dataclasses here, which never touch a session; this module does all the reading, on
a worker thread in the window. It also lists what the print dialog offers (compounds,
their buildings, the care tags), so the window runs no query of its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.ages import age_on
from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.masking import mask_id_number, mask_phone
from hearth_desk.domain.models import (
    HEAD_RELATION,
    CareTag,
    GridLevel,
    GridNode,
    Household,
    Resident,
    ResidentStatus,
)
from hearth_desk.domain.vocabulary import relation_code
from hearth_desk.services.community import community_heading
from hearth_desk.services.ledger.care_tags import care_tags
from hearth_desk.services.ledger.export import ledger_records
from hearth_desk.services.ledger.grid import grid_nodes, grid_path
from hearth_desk.services.ledger.query import (
    ResidentFilter,
    apply_filter,
)
from hearth_desk.services.progress import Progress

READING = QT_TRANSLATE_NOOP("Progress", "Reading the ledger…")


@dataclass(frozen=True)
class LedgerChoice:
    """What a ledger printout covers, as the print dialog or ``--grid``/``--tag`` say."""

    node_id: int | None = None  # None: the whole community
    tag_id: int | None = None  # only residents with this tag; the care list needs one
    full_numbers: bool = False
    # Read by the tree's printouts only (the Print area hands every printout one choice).
    team_id: int | None = None  # one service team; None: every member
    member_queries: tuple[str, ...] = ()  # only the members these find (contact cards)
    # Read by the events' printouts only: the event a sign-in sheet or notice is of.
    event_id: int | None = None
    # Read by the joint meetings' printouts only: the meeting (None: the latest one).
    meeting_id: int | None = None
    # Read by the year's printouts (the yearbook, the certificates): the year; and by the
    # certificates only: whom to issue for, which kind.
    year: int | None = None
    min_hours: Decimal | None = None
    certificate_kind: str | None = None  # record (the default) or honour
    skip_without_id: bool = False  # records: leave out members with no ID number
    # Read by the visit round sheet: the grid worker whose area it covers (else node_id).
    staff_id: int | None = None
    # The period, both days counted: of the visits' figures page (None: this year), and
    # of registering for the problem ledger (问题台账; None: from the first, to the last).
    # The problem ledger also reads the codes of the tier, category and status its
    # requests have, and whether only overdue ones.
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    request_tier: str | None = None
    request_category: str | None = None
    request_status: str | None = None
    overdue_only: bool = False
    # Read by the elderly university's printouts: the term of the timetable (None: the
    # current term) and the class of the attendance sheet and the class roster.
    term_id: int | None = None
    course_id: int | None = None


@dataclass(frozen=True)
class NamedChoice:
    id: int
    name: str


@dataclass(frozen=True)
class PrintChoices:
    """What the print dialog offers, in the office's order."""

    compounds: tuple[NamedChoice, ...]
    buildings: dict[int, tuple[NamedChoice, ...]]  # by compound id
    units: dict[int, tuple[NamedChoice, ...]]  # by building id
    tags: tuple[NamedChoice, ...]
    parents: dict[int, int]  # every building's and unit's parent, to show a chosen node


@dataclass(frozen=True)
class MemberLine:
    name: str
    relation: str  # a vocabulary code (spouse), or a word the list does not know
    gender: str  # M / F: the report says it in its language
    birth_date: dt.date | None  # only with full numbers: beside a masked ID it would unmask it
    age: int | None
    id_number: str  # masked unless full numbers were asked for
    phone: str  # likewise
    tags: str  # 独居老人、高龄
    notes: str


@dataclass(frozen=True)
class HouseholdBlock:
    unit: str
    door: str
    members: tuple[MemberLine, ...]


@dataclass(frozen=True)
class BuildingSection:
    compound: str
    building: str
    leader_name: str
    leader_phone: str  # masked unless full numbers were asked for
    households: tuple[HouseholdBlock, ...]

    @property
    def residents(self) -> int:
        return sum(len(h.members) for h in self.households)


@dataclass(frozen=True)
class BuildingLedgerData:
    """Everything the building ledger prints, gathered in one read of the store."""

    heading: str | None  # the community's full name; None when it is not set
    scope: str  # the grid node printed, e.g. 和平里一区3栋; "" for the whole community
    tag: str  # the care tag the residents were narrowed to, as the ledger's filter; "" for all
    sections: tuple[BuildingSection, ...]
    full_numbers: bool
    today: dt.date

    @property
    def households(self) -> int:
        return sum(len(s.households) for s in self.sections)


@dataclass(frozen=True)
class CareListRow:
    name: str
    gender: str  # M / F: the report says it in its language
    age: int | None
    address: str
    phone: str  # masked unless full numbers were asked for
    tags: str  # every tag the resident carries, 独居老人、高龄
    notes: str


@dataclass(frozen=True)
class CareListData:
    heading: str | None
    tag: str
    scope: str  # the grid node, e.g. 和平里一区; "" for the whole community
    rows: tuple[CareListRow, ...]
    full_numbers: bool
    today: dt.date


def print_choices(session: Session) -> PrintChoices:
    """The compounds, each compound's buildings, each building's units and the care tags
    a printout can cover."""
    compounds: list[NamedChoice] = []
    children: dict[str, dict[int, list[NamedChoice]]] = {
        GridLevel.BUILDING.value: {},
        GridLevel.UNIT.value: {},
    }
    parents: dict[int, int] = {}
    for node in grid_nodes(session):
        if node.level == GridLevel.COMPOUND.value:
            compounds.append(NamedChoice(node.id, node.name))
        elif node.parent_id is not None and node.level in children:
            children[node.level].setdefault(node.parent_id, []).append(
                NamedChoice(node.id, node.name)
            )
            parents[node.id] = node.parent_id

    def frozen(level: GridLevel) -> dict[int, tuple[NamedChoice, ...]]:
        return {parent: tuple(names) for parent, names in children[level.value].items()}

    return PrintChoices(
        compounds=tuple(compounds),
        buildings=frozen(GridLevel.BUILDING),
        units=frozen(GridLevel.UNIT),
        tags=tuple(NamedChoice(tag.id, tag.name) for tag in care_tags(session)),
        parents=parents,
    )


def print_order_ids(
    session: Session, wanted: ResidentFilter, today: dt.date | None = None
) -> list[int]:
    """Resident ids in the order of the grid (compounds, buildings and units as the
    office ordered them, doors in ``grid_order.door_key``'s order: that is what a
    household's ``sort_key`` holds), head first, then eldest first."""
    statement = select(
        Resident.id, Household.sort_key, Household.id, Resident.relation, Resident.birth_date
    ).join(Household, Resident.household_id == Household.id)
    statement = apply_filter(statement, session, wanted, today or dt.date.today())
    rows = session.execute(statement).all()
    rows.sort(
        key=lambda r: (
            r[1],
            r[2],
            r[3] != HEAD_RELATION,
            r[4] is None,
            r[4] or dt.date.min,
            r[0],
        )
    )
    return [row[0] for row in rows]


def scope_text(session: Session, node_id: int | None) -> str:
    """The printed node's names run together, 和平里一区3栋; "" for the whole community."""
    if node_id is None:
        return ""
    return "".join(node.name for node in grid_path(session, node_id))


def _tag_name(session: Session, tag_id: int | None) -> str:
    tag = session.get(CareTag, tag_id) if tag_id is not None else None
    return tag.name if tag is not None else ""


def building_ledger_data(
    session: Session,
    node_id: int | None = None,
    *,
    tag_id: int | None = None,
    full_numbers: bool = False,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> BuildingLedgerData:
    """The living residents at or below ``node_id`` (the whole community without it),
    by building, unit and door; only those carrying ``tag_id`` when it is given, as the
    ledger's care-tag filter shows them."""
    today = today or dt.date.today()
    ids = print_order_ids(
        session,
        ResidentFilter(node_id=node_id, tag_id=tag_id, status=ResidentStatus.LIVING),
        today,
    )
    leaders = {
        (parent_id, name): (leader or "", phone or "")
        for parent_id, name, leader, phone in session.execute(
            select(GridNode.parent_id, GridNode.name, GridNode.leader_name, GridNode.leader_phone)
        )
    }
    compound_ids = {
        name: node_id
        for node_id, name in session.execute(
            select(GridNode.id, GridNode.name).where(GridNode.parent_id.is_(None))
        )
    }
    sections: list[BuildingSection] = []
    households: list[HouseholdBlock] = []
    members: list[MemberLine] = []
    current_building: tuple[str, str] | None = None
    current_household: tuple[int, str, str] | None = None

    def close_household() -> None:
        if current_household is not None and members:
            households.append(
                HouseholdBlock(current_household[1], current_household[2], tuple(members))
            )
        members.clear()

    def close_building() -> None:
        close_household()
        if current_building is not None and households:
            compound, building = current_building
            leader, phone = leaders.get((compound_ids.get(compound), building), ("", ""))
            sections.append(
                BuildingSection(
                    compound,
                    building,
                    leader,
                    phone if full_numbers else mask_phone(phone),
                    tuple(households),
                )
            )
        households.clear()

    for record in ledger_records(session, ids, progress=progress, message=READING):
        building_key = (record.compound, record.building)
        if building_key != current_building:
            close_building()
            current_building = building_key
            current_household = None
        if current_household is None or current_household[0] != record.household_id:
            close_household()
            current_household = (record.household_id, record.unit, record.door)
        members.append(
            MemberLine(
                name=record.name,
                relation=relation_code(record.relation),
                gender=record.gender,
                birth_date=record.birth_date if full_numbers else None,
                age=age_on(record.birth_date, today),
                id_number=record.id_number if full_numbers else mask_id_number(record.id_number),
                phone=record.phone if full_numbers else mask_phone(record.phone),
                tags="、".join(record.tags),
                notes=record.notes,
            )
        )
    close_building()
    return BuildingLedgerData(
        heading=community_heading(session),
        scope=scope_text(session, node_id),
        tag=_tag_name(session, tag_id),
        sections=tuple(sections),
        full_numbers=full_numbers,
        today=today,
    )


def care_list_data(
    session: Session,
    tag_id: int,
    node_id: int | None = None,
    *,
    full_numbers: bool = False,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> CareListData:
    """The living residents carrying tag ``tag_id`` at or below ``node_id``."""
    today = today or dt.date.today()
    ids = print_order_ids(
        session,
        ResidentFilter(node_id=node_id, tag_id=tag_id, status=ResidentStatus.LIVING),
        today,
    )
    rows = tuple(
        CareListRow(
            name=record.name,
            gender=record.gender,
            age=age_on(record.birth_date, today),
            address=record.address,
            phone=record.phone if full_numbers else mask_phone(record.phone),
            tags="、".join(record.tags),
            notes=record.notes,
        )
        for record in ledger_records(session, ids, progress=progress, message=READING)
    )
    return CareListData(
        heading=community_heading(session),
        tag=_tag_name(session, tag_id),
        scope=scope_text(session, node_id),
        rows=rows,
        full_numbers=full_numbers,
        today=today,
    )


def building_ledger_for(
    session: Session, choice: LedgerChoice, progress: Progress | None = None
) -> BuildingLedgerData:
    """``building_ledger_data`` for what the user chose (the printout catalogue's call)."""
    return building_ledger_data(
        session,
        choice.node_id,
        tag_id=choice.tag_id,
        full_numbers=choice.full_numbers,
        progress=progress,
    )


def care_list_for(
    session: Session, choice: LedgerChoice, progress: Progress | None = None
) -> CareListData:
    """``care_list_data`` for what the user chose; the choice must name a tag."""
    if choice.tag_id is None:
        raise ValueError("the care list needs a care tag")
    return care_list_data(
        session,
        choice.tag_id,
        choice.node_id,
        full_numbers=choice.full_numbers,
        progress=progress,
    )
