"""The community's key figures and what needs attention, as the home page shows them.

Each area of the program adds its figures here as it is built, so the home page and
the printed overview (``overview_report_data``) always agree with the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.ages import years_ago
from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.models import (
    HEAD_RELATION,
    GridLevel,
    GridNode,
    Household,
    Request,
    Resident,
)
from hearth_desk.domain.notices import Destination, Notice
from hearth_desk.domain.request_flow import OPEN_STATUSES
from hearth_desk.services.community import CommunityInfo, get_community
from hearth_desk.services.ledger.grid import WholeGrid
from hearth_desk.services.population import LIVING, population
from hearth_desk.services.progress import Progress
from hearth_desk.services.visits.meetings import quarter_of, quarters_without_meeting

# Figures count the people living here (services/population.py says who they are);
# moved-out and deceased residents stay in the ledger's history but not in the numbers.


@dataclass(frozen=True)
class Overview:
    community: CommunityInfo | None
    compounds: int
    buildings: int
    units: int
    households: int  # every household, lived in or not
    residents: int  # living here now (在册居民)
    aged_60_plus: int
    aged_80_plus: int
    notices: list[Notice] = field(default_factory=list)
    households_without_residents: int = 0  # the building ledger leaves these out
    overdue_requests: int = 0  # open past their due date (domain.request_flow.is_overdue)
    quarters_without_meeting: tuple[int, ...] = ()  # of this year, up to the current one


def compute_overview(session: Session, today: dt.date | None = None) -> Overview:
    today = today or dt.date.today()
    levels = dict(
        session.execute(select(GridNode.level, func.count()).group_by(GridNode.level)).all()
    )
    people = population(session)
    aged_60 = (
        session.scalar(
            select(func.count()).where(LIVING, Resident.birth_date <= years_ago(today, 60))
        )
        or 0
    )
    aged_80 = (
        session.scalar(
            select(func.count()).where(LIVING, Resident.birth_date <= years_ago(today, 80))
        )
        or 0
    )
    community = get_community(session)
    overdue = overdue_requests(session, today)
    quiet_quarters = quarters_without_meeting(session, today)
    notices = _notices(session, community, people.households_without_residents)
    notices += _visit_notices(overdue, quiet_quarters, today)
    return Overview(
        community=community,
        compounds=levels.get(GridLevel.COMPOUND.value, 0),
        buildings=levels.get(GridLevel.BUILDING.value, 0),
        units=levels.get(GridLevel.UNIT.value, 0),
        households=people.households,
        residents=people.residents,
        aged_60_plus=aged_60,
        aged_80_plus=aged_80,
        notices=notices,
        households_without_residents=people.households_without_residents,
        overdue_requests=overdue,
        quarters_without_meeting=quiet_quarters,
    )


def overdue_requests(session: Session, today: dt.date) -> int:
    """Requests still open past their due date, as ``request_flow.is_overdue`` says:
    one count over the request table's status and due date."""
    return (
        session.scalar(
            select(func.count(Request.id)).where(
                Request.status.in_([status.value for status in OPEN_STATUSES]),
                Request.due_date < today,
            )
        )
        or 0
    )


def _visit_notices(overdue: int, quarters: tuple[int, ...], today: dt.date) -> list[Notice]:
    """Overdue requests, and the quarters the five parties have not met (each quarter
    they should): both put right in the 走访 area."""
    notices: list[Notice] = []
    if overdue:
        notices.append(
            Notice(
                QT_TRANSLATE_NOOP("Notice", "{count} requests are overdue."),
                {"count": overdue},
                Destination.VISITS,
            )
        )
    current = quarter_of(today)
    earlier = [str(quarter) for quarter in quarters if quarter != current]
    if earlier:
        notices.append(
            Notice(
                QT_TRANSLATE_NOOP(
                    "Notice", "No joint meeting was held in quarter {quarters} of this year."
                ),
                {"quarters": "、".join(earlier)},
                Destination.VISITS,
            )
        )
    if current in quarters:
        notices.append(
            Notice(
                QT_TRANSLATE_NOOP("Notice", "No joint meeting has been held this quarter."),
                destination=Destination.VISITS,
            )
        )
    return notices


def _notices(session: Session, community: CommunityInfo | None, empty: int) -> list[Notice]:
    """What needs attention, each with the place where it is put right."""
    notices: list[Notice] = []
    if community is None:
        notices.append(
            Notice(
                QT_TRANSLATE_NOOP(
                    "Notice",
                    "The community's name has not been set; printouts will have no heading.",
                ),
                destination=Destination.SETTINGS,
            )
        )
    without_leader = (
        session.scalar(
            select(func.count()).where(
                GridNode.level == GridLevel.UNIT.value, GridNode.leader_name.is_(None)
            )
        )
        or 0
    )
    if without_leader:
        notices.append(
            Notice(
                QT_TRANSLATE_NOOP("Notice", "{count} units have no grid leader."),
                {"count": without_leader},
                Destination.LEDGER,  # leaders are set in the ledger's grid
            )
        )
    heads = select(Resident.household_id).where(Resident.relation == HEAD_RELATION)
    without_head = (
        session.scalar(
            select(func.count()).select_from(Household).where(Household.id.not_in(heads))
        )
        or 0
    )
    if without_head:
        notices.append(
            Notice(
                QT_TRANSLATE_NOOP("Notice", "{count} households have no head of household."),
                {"count": without_head},
                Destination.LEDGER,
            )
        )
    if empty:
        # Why the building ledger lists fewer households than the home page counts.
        notices.append(
            Notice(
                QT_TRANSLATE_NOOP("Notice", "{count} households have no residents living there."),
                {"count": empty},
                Destination.LEDGER,
            )
        )
    return notices


@dataclass(frozen=True)
class CompoundFigures:
    name: str
    buildings: int
    units: int
    households: int
    residents: int
    leader: str


AGE_BANDS: tuple[tuple[int, int | None], ...] = ((0, 17), (18, 34), (35, 59), (60, 79), (80, None))


@dataclass(frozen=True)
class AgeBand:
    low: int
    high: int | None  # None: and over
    male: int
    female: int

    @property
    def total(self) -> int:
        return self.male + self.female


def compound_figures(session: Session) -> list[CompoundFigures]:
    """Buildings, units, households and residents of each compound, in grid order.

    The grid is walked by ``services.ledger.grid`` (its one home); only the counts per
    unit come from SQL here."""
    grid = WholeGrid.load(session)
    households = dict(
        session.execute(select(Household.unit_id, func.count()).group_by(Household.unit_id)).all()
    )
    residents = dict(
        session.execute(
            select(Household.unit_id, func.count(Resident.id))
            .join(Resident, (Resident.household_id == Household.id) & LIVING)
            .group_by(Household.unit_id)
        ).all()
    )
    compounds = [
        node for node in grid.siblings_in_order() if node.level == GridLevel.COMPOUND.value
    ]
    counts = {node.id: [0, 0, 0, 0] for node in compounds}  # buildings, units, households, people
    for node in grid.nodes.values():
        path = grid.path(node.id)
        if node.level == GridLevel.COMPOUND.value or not path or path[0].id not in counts:
            continue
        tally = counts[path[0].id]
        if node.level == GridLevel.BUILDING.value:
            tally[0] += 1
        else:
            tally[1] += 1
            tally[2] += households.get(node.id, 0)
            tally[3] += residents.get(node.id, 0)
    return [CompoundFigures(node.name, *counts[node.id], node.leader_name) for node in compounds]


def age_bands(session: Session, today: dt.date | None = None) -> tuple[list[AgeBand], int]:
    """Residents per age band and gender, and how many have no known birth date."""
    today = today or dt.date.today()
    bands = []
    for low, high in AGE_BANDS:
        condition = [LIVING, Resident.birth_date <= years_ago(today, low)]
        if high is not None:
            condition.append(Resident.birth_date > years_ago(today, high + 1))
        counts = dict(
            session.execute(
                select(Resident.gender, func.count()).where(*condition).group_by(Resident.gender)
            ).all()
        )
        bands.append(AgeBand(low, high, counts.get("M", 0), counts.get("F", 0)))
    unknown = session.scalar(select(func.count()).where(LIVING, Resident.birth_date.is_(None))) or 0
    return bands, unknown


@dataclass(frozen=True)
class OverviewReportData:
    """Everything the printed overview shows, read in one go."""

    figures: Overview
    compounds: list[CompoundFigures]
    age_bands: list[AgeBand]
    unknown_age: int  # residents without a known birth date
    today: dt.date

    @property
    def heading(self) -> str | None:
        """The community's full name; None when it is not set."""
        community = self.figures.community
        return community.heading if community else None


def overview_report_data(
    session: Session, today: dt.date | None = None, progress: Progress | None = None
) -> OverviewReportData:
    """The figures of the printed overview, as of ``today``."""
    today = today or dt.date.today()
    progress = progress or Progress.silent()
    counting = QT_TRANSLATE_NOOP("Progress", "Counting…")
    progress.report(0, 3, counting)
    figures = compute_overview(session, today)
    compounds = compound_figures(session)
    progress.report(1, 3, counting)
    bands, unknown = age_bands(session, today)
    progress.report(2, 3, counting)
    return OverviewReportData(figures, compounds, bands, unknown, today)
