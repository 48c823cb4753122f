"""The building ledger (楼栋台账): households by unit and door, for the grid workers.

Each building is its own section starting on a new A4 landscape page, with the
compound, the building and its grid leader above the table on every page, so a
loose page still says where it belongs. A household's members stay together on one
page; its unit and door are printed once, on its first row, and a heavier rule
separates households. ID numbers and phones are masked unless full numbers are
asked for.

The data is gathered first (``building_ledger_data``, on a worker thread in the
window) and laid out afterwards (``render_building_ledger``); layout measures each
row once and fills page after page, so time grows linearly with the households.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.grid_order import door_key
from hearth_desk.domain.masking import mask_id_number, mask_phone
from hearth_desk.domain.models import HEAD_RELATION, GridNode, Household, Resident, ResidentStatus
from hearth_desk.reports.kit.document import (
    REPORT_CONTEXT,
    Paper,
    ReportMeta,
    Translate,
    build_pdf,
    frame_size,
    title_block,
)
from hearth_desk.reports.kit.fonts import TITLE
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.table import (
    Column,
    PageGrid,
    column_widths,
    measure_row,
)
from hearth_desk.reports.kit.text import MissingLog, TextBlock, TextStyle
from hearth_desk.services.community import get_community
from hearth_desk.services.ledger.export import ledger_records
from hearth_desk.services.ledger.grid import grid_path
from hearth_desk.services.ledger.query import GENDER_LABELS, ResidentFilter, age_on, apply_filter
from hearth_desk.services.progress import Progress

LEDGER_STYLE = TextStyle(size=10, leading=13)
CAPTION_STYLE = TextStyle(chain=TITLE, size=13, leading=19)
NOTE_STYLE = TextStyle(size=11, leading=16)
GROUP_RULE = 1.6  # the line between households, heavier than the grid's 0.6
GROUPED_COLUMNS = 2  # unit and door: ruled only between households
HOUSEHOLDS_PER_PAGE_GUESS = 8  # for the progress bar only


@dataclass(frozen=True)
class MemberLine:
    name: str
    relation: str
    gender: str  # 男 / 女
    birth_date: dt.date | None
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
    sections: tuple[BuildingSection, ...]
    full_numbers: bool
    today: dt.date


def print_order_ids(
    session: Session, wanted: ResidentFilter, today: dt.date | None = None
) -> list[int]:
    """Resident ids in the order of the grid (compounds, buildings and units as the
    office ordered them, doors counted naturally), head first, then eldest first."""
    unit, building, compound = aliased(GridNode), aliased(GridNode), aliased(GridNode)
    statement = (
        select(
            Resident.id,
            compound.sort_order,
            compound.id,
            building.sort_order,
            building.id,
            unit.sort_order,
            unit.id,
            Household.door,
            Household.id,
            Resident.relation,
            Resident.birth_date,
        )
        .join(Household, Resident.household_id == Household.id)
        .join(unit, unit.id == Household.unit_id)
        .join(building, building.id == unit.parent_id)
        .join(compound, compound.id == building.parent_id)
    )
    statement = apply_filter(statement, session, wanted, today or dt.date.today())
    rows = session.execute(statement).all()
    rows.sort(
        key=lambda r: (
            *r[1:7],
            door_key(r[7]),
            r[8],
            r[9] != HEAD_RELATION,
            r[10] is None,
            r[10] or dt.date.min,
            r[0],
        )
    )
    return [row[0] for row in rows]


def scope_text(session: Session, node_id: int | None) -> str:
    if node_id is None:
        return ""
    return "".join(node.name for node in grid_path(session, node_id))


def building_ledger_data(
    session: Session,
    node_id: int | None = None,
    *,
    full_numbers: bool = False,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> BuildingLedgerData:
    """The living residents at or below ``node_id`` (the whole community without it),
    by building, unit and door."""
    today = today or dt.date.today()
    ids = print_order_ids(
        session, ResidentFilter(node_id=node_id, status=ResidentStatus.LIVING), today
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

    message = QT_TRANSLATE_NOOP("Progress", "Reading the ledger…")
    for record in ledger_records(session, ids, progress=progress, message=message):
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
                relation=record.relation,
                gender=GENDER_LABELS.get(record.gender, record.gender),
                birth_date=record.birth_date,
                age=age_on(record.birth_date, today),
                id_number=record.id_number if full_numbers else mask_id_number(record.id_number),
                phone=record.phone if full_numbers else mask_phone(record.phone),
                tags="、".join(record.tags),
                notes=record.notes,
            )
        )
    close_building()
    community = get_community(session)
    return BuildingLedgerData(
        heading=community.heading if community else None,
        scope=scope_text(session, node_id),
        sections=tuple(sections),
        full_numbers=full_numbers,
        today=today,
    )


class GroupedPageGrid(PageGrid):
    """A page of a table whose first columns are ruled only between groups.

    Members of one household share the unit and door cells' space: their rows are
    ruled across the member columns only, and a heavier rule starts each household.
    """

    def __init__(
        self,
        rows: list[list[TextBlock]],
        heights: list[float],
        widths: list[float],
        group_starts: set[int],
        grouped_columns: int,
    ) -> None:
        super().__init__(rows, heights, widths)
        self.group_starts = group_starts
        self.grouped_columns = grouped_columns

    def draw_rules(self, canvas: Any) -> None:
        grouped_width = sum(self.widths[: self.grouped_columns])
        thin, heavy = canvas.beginPath(), canvas.beginPath()
        y = self.height
        thin.moveTo(0, y)
        thin.lineTo(self.width, y)
        for index, row_height in enumerate(self.heights):
            y -= row_height
            following = index + 1
            if following in self.group_starts or following == len(self.heights) or index == 0:
                path = heavy if following in self.group_starts and index > 0 else thin
                path.moveTo(0, y)
                path.lineTo(self.width, y)
            else:
                thin.moveTo(grouped_width, y)
                thin.lineTo(self.width, y)
        self.add_column_rules(thin)
        canvas.setLineWidth(0.6)
        canvas.drawPath(thin, stroke=1, fill=0)
        canvas.setLineWidth(GROUP_RULE)
        canvas.drawPath(heavy, stroke=1, fill=0)


def grouped_pages(
    columns: Sequence[Column],
    groups: Sequence[Sequence[Sequence[str]]],
    *,
    width: float,
    page_height: float,
    first_page_height: float,
    caption: Callable[[bool], list[Flowable]],
    log: MissingLog,
    style: TextStyle = LEDGER_STYLE,
    grouped_columns: int = GROUPED_COLUMNS,
    on_group: Callable[[], None] | None = None,
) -> list[Flowable]:
    """Pages of a table of ``groups`` of rows, the header and ``caption`` on each page.

    A group stays on one page when it fits on a page at all. ``caption(continued)``
    gives the flowables above the table: ``continued`` is False on the first page.
    """
    widths = column_widths(columns, width)
    header_style = TextStyle(TITLE, style.size, style.leading, "center")
    header, header_height = measure_row(
        [c.title for c in columns], [header_style] * len(columns), widths, log
    )
    body_styles = [TextStyle(style.chain, style.size, style.leading, c.align) for c in columns]
    flowables: list[Flowable] = []

    def start_page(continued: bool, room: float) -> float:
        above = caption(continued)
        flowables.extend(above)
        return room - sum(f.wrap(width, room)[1] for f in above)

    available = start_page(False, first_page_height)
    rows, heights, starts = [header], [header_height], set()
    used = header_height

    def flush() -> None:
        flowables.append(GroupedPageGrid(rows, heights, widths, starts, grouped_columns))

    for group in groups:
        measured = [measure_row(cells, body_styles, widths, log) for cells in group]
        total = sum(height for _blocks, height in measured)
        if used + total > available and len(rows) > 1 and total + header_height <= page_height:
            flush()
            flowables.append(PageBreak())
            available = start_page(True, page_height)
            rows, heights, starts, used = [header], [header_height], set(), header_height
        starts.add(len(rows))
        for blocks, height in measured:
            if used + height > available and len(rows) > 1:  # a group longer than a page
                flush()
                flowables.append(PageBreak())
                available = start_page(True, page_height)
                rows, heights, starts, used = [header], [header_height], {1}, header_height
            rows.append(blocks)
            heights.append(height)
            used += height
        if on_group is not None:
            on_group()
    flush()
    return flowables


def ledger_columns(t: Callable[[str], str]) -> list[Column]:
    return [
        Column(t(QT_TRANSLATE_NOOP("Report", "Unit")), 0.8, "center"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Door")), 0.75, "center"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Name")), 1.1),
        Column(t(QT_TRANSLATE_NOOP("Report", "Relation to head")), 1.2, "center"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Gender")), 0.55, "center"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Birth date (age)")), 2.3, "center"),
        Column(t(QT_TRANSLATE_NOOP("Report", "ID number")), 2.05, "center"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Phone")), 1.4, "center"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Care tags")), 1.55),
        Column(t(QT_TRANSLATE_NOOP("Report", "Notes")), 1.6),
    ]


def birth_and_age(t: Callable[[str], str], birth: dt.date | None, age: int | None) -> str:
    if birth is None:
        return ""
    return t(QT_TRANSLATE_NOOP("Report", "{date} ({age})")).format(date=birth.isoformat(), age=age)


def leader_text(t: Callable[[str], str], name: str, phone: str) -> str:
    if not name:
        return t(QT_TRANSLATE_NOOP("Report", "Grid leader: not set"))
    return (
        t(QT_TRANSLATE_NOOP("Report", "Grid leader: {name} {phone}"))
        .format(name=name, phone=phone)
        .strip()
    )


def community_heading(t: Callable[[str], str], heading: str | None) -> str:
    return heading or t(QT_TRANSLATE_NOOP("Report", "(community name not set)"))


def render_building_ledger(
    out: Path,
    data: BuildingLedgerData,
    translate: Translate,
    progress: Progress | None = None,
) -> RenderResult:
    """Lay ``data`` out as the building ledger on A4 landscape and write it to ``out``."""

    def t(text: str) -> str:
        return translate(REPORT_CONTEXT, text)

    progress = progress or Progress.silent()
    log = MissingLog()
    title = t(QT_TRANSLATE_NOOP("Report", "Building ledger"))
    meta = ReportMeta(
        title=f"{title}（{data.scope}）" if data.scope else title,
        heading=community_heading(t, data.heading),
        paper=Paper.A4_LANDSCAPE,
        printed_on=data.today,
    )
    width, height = frame_size(meta.paper)
    story: list[Flowable] = title_block(meta, log)
    households = sum(len(s.households) for s in data.sections)
    residents = sum(s.residents for s in data.sections)
    note = t(
        QT_TRANSLATE_NOOP(
            "Report", "{buildings} buildings, {households} households, {residents} residents."
        )
    ).format(buildings=len(data.sections), households=households, residents=residents)
    if not data.full_numbers:
        note += " " + t(QT_TRANSLATE_NOOP("Report", "ID numbers and phones are partly hidden."))
    story.append(TextBlock(note, NOTE_STYLE, log))
    story.append(Spacer(1, 2 * mm))
    if not data.sections:
        story.append(
            TextBlock(t(QT_TRANSLATE_NOOP("Report", "No residents to list.")), NOTE_STYLE, log)
        )
        return build_pdf(out, meta, story, translate, log, progress, expected_pages=1)
    used = sum(flowable.wrap(width, height)[1] for flowable in story)
    columns = ledger_columns(t)
    done = 0

    def counted() -> None:
        nonlocal done
        done += 1
        if done % 50 == 0:
            progress.report(done, households, QT_TRANSLATE_NOOP("Progress", "Laying out pages…"))

    for index, section in enumerate(data.sections):
        place = f"{section.compound}{section.building}"
        leader = leader_text(t, section.leader_name, section.leader_phone)

        def caption(continued: bool, place: str = place, leader: str = leader) -> list[Flowable]:
            text = (
                t(QT_TRANSLATE_NOOP("Report", "{place} (continued)")).format(place=place)
                if continued
                else place
            )
            return [TextBlock(f"{text}　　{leader}", CAPTION_STYLE, log), Spacer(1, 1.5 * mm)]

        groups = [
            [
                [
                    household.unit if row == 0 else "",
                    household.door if row == 0 else "",
                    member.name,
                    member.relation,
                    member.gender,
                    birth_and_age(t, member.birth_date, member.age),
                    member.id_number,
                    member.phone,
                    member.tags,
                    member.notes,
                ]
                for row, member in enumerate(household.members)
            ]
            for household in section.households
        ]
        if index > 0:
            story.append(PageBreak())
        story += grouped_pages(
            columns,
            groups,
            width=width,
            page_height=height,
            first_page_height=height - used if index == 0 else height,
            caption=caption,
            log=log,
            on_group=counted,
        )
    return build_pdf(
        out,
        meta,
        story,
        translate,
        log,
        progress,
        expected_pages=max(1, households // HOUSEHOLDS_PER_PAGE_GUESS),
    )
