"""What the visit round sheet (走访登记表) shows, read as plain data.

The round is walked with paper and entered afterwards, so the sheet lists the
households due within the week (and those overdue) of a grid worker's area or of a
grid node, building by building in door order, for ``reports.visits.round_sheet``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from hearth_desk.domain.models import Staff
from hearth_desk.services.community import community_heading
from hearth_desk.services.ledger.printouts import LedgerChoice, scope_text
from hearth_desk.services.progress import Progress
from hearth_desk.services.visits.due import HORIZON_DAYS, DueHousehold, due_for_staff, due_list


@dataclass(frozen=True)
class RoundRow:
    door: str  # the unit and door, 2单元0401 (the section names the building)
    head: str
    tags: str  # every care tag of the living members, 独居老人、高龄
    last_visit: dt.date | None
    overdue: bool


@dataclass(frozen=True)
class RoundSection:
    """One building of the round (a grid node the sheet heads its pages with)."""

    node: str  # 和平里一区3栋
    rows: tuple[RoundRow, ...]


@dataclass(frozen=True)
class RoundSheetData:
    heading: str | None  # the community's full name; None when not set
    scope: str  # the grid node chosen, "" for a worker's area or the whole community
    worker: str  # the grid worker whose area it is, "" when a node was chosen
    sections: tuple[RoundSection, ...]
    today: dt.date

    @property
    def due_by(self) -> dt.date:
        return self.today + dt.timedelta(days=HORIZON_DAYS)

    @property
    def households(self) -> int:
        return sum(len(section.rows) for section in self.sections)


def _sections(households: tuple[DueHousehold, ...]) -> tuple[RoundSection, ...]:
    sections: list[RoundSection] = []
    rows: list[RoundRow] = []
    current = None
    for item in households:
        node = f"{item.compound}{item.building}"
        if node != current and rows:
            sections.append(RoundSection(current or "", tuple(rows)))
            rows = []
        current = node
        rows.append(
            RoundRow(
                f"{item.unit}{item.door}",
                item.head,
                "、".join(item.tags),
                item.due.last_visit,
                item.overdue,
            )
        )
    if rows:
        sections.append(RoundSection(current or "", tuple(rows)))
    return tuple(sections)


def round_sheet_data(
    session: Session,
    *,
    staff_id: int | None = None,
    node_id: int | None = None,
    today: dt.date | None = None,
) -> RoundSheetData:
    """The round of ``staff_id``'s area, else of ``node_id``, else of the community."""
    today = today or dt.date.today()
    worker = ""
    if staff_id is not None:
        staff = session.get(Staff, staff_id)
        worker = staff.name if staff is not None else ""
        listing = due_for_staff(session, staff_id, today=today, in_door_order=True)
    else:
        nodes = [node_id] if node_id is not None else None
        listing = due_list(session, nodes, today=today, in_door_order=True)
    return RoundSheetData(
        heading=community_heading(session),
        scope="" if staff_id is not None else scope_text(session, node_id),
        worker=worker,
        sections=_sections(listing.households),
        today=today,
    )


def round_sheet_for(
    session: Session, choice: LedgerChoice, progress: Progress | None = None
) -> RoundSheetData:
    """``round_sheet_data`` for what the user chose (the printout catalogue's call)."""
    return round_sheet_data(session, staff_id=choice.staff_id, node_id=choice.node_id)
