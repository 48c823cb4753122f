"""The community's key figures and what needs attention, as the home page shows them.

Each area of the program adds its figures here as it is built, so the home page and
the printed overview always agree with the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.models import HEAD_RELATION, GridLevel, GridNode, Household, Resident
from hearth_desk.domain.notices import Notice
from hearth_desk.services.community import CommunityInfo, get_community


@dataclass(frozen=True)
class Overview:
    community: CommunityInfo | None
    compounds: int
    buildings: int
    units: int
    households: int
    residents: int
    aged_60_plus: int
    aged_80_plus: int
    notices: list[Notice] = field(default_factory=list)


def years_ago(today: dt.date, years: int) -> dt.date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def compute_overview(session: Session, today: dt.date | None = None) -> Overview:
    today = today or dt.date.today()
    levels = dict(
        session.execute(select(GridNode.level, func.count()).group_by(GridNode.level)).all()
    )
    households = session.scalar(select(func.count()).select_from(Household)) or 0
    residents = session.scalar(select(func.count()).select_from(Resident)) or 0
    aged_60 = (
        session.scalar(select(func.count()).where(Resident.birth_date <= years_ago(today, 60))) or 0
    )
    aged_80 = (
        session.scalar(select(func.count()).where(Resident.birth_date <= years_ago(today, 80))) or 0
    )
    community = get_community(session)
    return Overview(
        community=community,
        compounds=levels.get(GridLevel.COMPOUND.value, 0),
        buildings=levels.get(GridLevel.BUILDING.value, 0),
        units=levels.get(GridLevel.UNIT.value, 0),
        households=households,
        residents=residents,
        aged_60_plus=aged_60,
        aged_80_plus=aged_80,
        notices=_notices(session, community),
    )


def _notices(session: Session, community: CommunityInfo | None) -> list[Notice]:
    notices: list[Notice] = []
    if community is None:
        notices.append(
            Notice(
                QT_TRANSLATE_NOOP(
                    "Notice",
                    "The community's name has not been set; printouts will have no heading.",
                )
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
            )
        )
    return notices
