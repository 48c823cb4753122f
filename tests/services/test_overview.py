"""The home page's figures come from the store, and gaps in it are flagged."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.ages import years_ago
from hearth_desk.domain.models import GridNode, Household, Resident
from hearth_desk.services.community import set_community
from hearth_desk.services.overview import compute_overview

TODAY = dt.date(2026, 11, 23)


def _grid(session: Session) -> GridNode:
    compound = GridNode(level="compound", name="洪山小区", leader_name="王喆")
    building = GridNode(level="building", name="3栋", parent=compound, leader_name="李堃")
    unit = GridNode(level="unit", name="2单元", parent=building)
    session.add_all([compound, building, unit])
    session.flush()
    return unit


def test_an_empty_store_asks_for_the_community(session: Session) -> None:
    overview = compute_overview(session, TODAY)
    assert (overview.households, overview.residents) == (0, 0)
    assert any("community's name" in notice.message for notice in overview.notices)


def test_figures_count_grid_households_residents_and_the_elderly(session: Session) -> None:
    set_community(session, "和平里社区", "和平里街道")
    unit = _grid(session)
    home = Household(unit=unit, door="0401")
    session.add(home)
    session.add_all(
        [
            Resident(
                household=home,
                name="张三",
                gender="M",
                relation="户主",
                birth_date=dt.date(1940, 1, 1),
            ),
            Resident(
                household=home,
                name="李四",
                gender="F",
                relation="配偶",
                birth_date=dt.date(1960, 11, 23),
            ),
            Resident(
                household=home,
                name="张燊",
                gender="M",
                relation="子",
                birth_date=dt.date(1990, 5, 1),
            ),
        ]
    )
    session.flush()
    overview = compute_overview(session, TODAY)
    assert (overview.compounds, overview.buildings, overview.units) == (1, 1, 1)
    assert (overview.households, overview.residents) == (1, 3)
    assert (overview.aged_60_plus, overview.aged_80_plus) == (2, 1)
    messages = [notice.message for notice in overview.notices]
    assert messages == ["{count} units have no grid leader."]
    assert overview.notices[0].params == {"count": 1}


def test_a_household_without_a_head_is_flagged(session: Session) -> None:
    unit = _grid(session)
    home = Household(unit=unit, door="0101")
    session.add(Resident(household=home, name="赵六", gender="F", relation="女"))
    session.flush()
    notices = compute_overview(session, TODAY).notices
    assert any(n.message == "{count} households have no head of household." for n in notices)


def test_years_ago_handles_leap_days() -> None:
    assert years_ago(dt.date(2024, 2, 29), 80) == dt.date(1944, 2, 29)
    assert years_ago(dt.date(2024, 2, 29), 1) == dt.date(2023, 2, 28)


def test_moved_out_and_deceased_residents_leave_the_figures(session: Session) -> None:
    from hearth_desk.domain.models import ResidentStatus
    from hearth_desk.services.ledger import households as ledger
    from tests.support.factories import small_ledger

    small_ledger(session)
    before = compute_overview(session, TODAY)
    zeng = session.scalars(select(Resident).where(Resident.name == "曾国藩")).one()
    ledger.set_status(session, zeng.id, ResidentStatus.DECEASED, dt.date(2026, 10, 1))
    after = compute_overview(session, TODAY)
    assert (before.residents, after.residents) == (5, 4)
    assert (before.aged_80_plus, after.aged_80_plus) == (1, 0)
