from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from stdnum.cn import ric

from hearth_desk.domain.errors import Cancelled, UserError
from hearth_desk.domain.id_numbers import birth_date_and_gender
from hearth_desk.domain.models import Community, Gender, GridNode, Household, Resident
from hearth_desk.services.demo.ledger import DemoSummary, fill_demo
from hearth_desk.services.demo.people import REFERENCE_DATE
from hearth_desk.services.progress import Progress


def rows(session: Session) -> dict[str, list[Any]]:
    """Every row the demo writes, in id order, to compare stores."""
    tables = {"grid": GridNode, "households": Household, "residents": Resident}
    result = {
        name: session.execute(select(model.__table__).order_by(model.id)).all()
        for name, model in tables.items()
    }
    result["community"] = session.execute(
        select(Community.name, Community.street, Community.district)
    ).all()
    return result


def residents(session: Session) -> list[Any]:
    return session.execute(select(Resident.__table__).order_by(Resident.id)).all()


def age(birth: dt.date) -> int:
    return (REFERENCE_DATE - birth).days * 100 // 36524


@pytest.fixture
def demo(session: Session) -> DemoSummary:
    return fill_demo(session, households=600, seed=1)


def test_the_same_seed_gives_the_same_rows_and_another_seed_others(session: Session) -> None:
    fill_demo(session, households=300, seed=7)
    first = rows(session)
    fill_demo(session, households=300, seed=7, replace=True)
    assert rows(session) == first
    fill_demo(session, households=300, seed=8, replace=True)
    assert rows(session)["residents"] != first["residents"]


def test_the_summary_counts_what_was_written(session: Session, demo: DemoSummary) -> None:
    levels = Counter(session.scalars(select(GridNode.level)))
    assert demo.community == session.scalar(select(Community.name))
    assert (demo.compounds, demo.buildings, demo.units) == (
        levels["compound"],
        levels["building"],
        levels["unit"],
    )
    assert demo.households == 600 == session.scalar(select(func.count(Household.id)))
    assert demo.residents == session.scalar(select(func.count(Resident.id)))


def test_about_two_and_a_half_residents_a_household(session: Session) -> None:
    summary = fill_demo(session, households=2000, seed=3)
    assert 2.3 < summary.residents / summary.households < 2.7


def test_the_grid_has_realistic_sizes_and_doors(session: Session, demo: DemoSummary) -> None:
    units_per_building = Counter(
        session.scalars(select(GridNode.parent_id).where(GridNode.level == "unit"))
    )
    assert set(units_per_building.values()) <= {2, 3, 4}
    per_unit = Counter(session.scalars(select(Household.unit_id)))
    assert 12 <= demo.households / demo.units <= 36
    assert max(per_unit.values()) <= 36
    for door in session.scalars(select(Household.door)):
        assert len(door) == 4 and 1 <= int(door[:2]) <= 18 and 1 <= int(door[2:]) <= 3


def test_some_units_but_not_most_lack_a_grid_leader(session: Session, demo: DemoSummary) -> None:
    leaderless = session.scalar(
        select(func.count()).where(GridNode.level == "unit", GridNode.leader_name.is_(None))
    )
    assert 0 < leaderless <= demo.units * 0.1


def test_every_household_has_exactly_one_head(session: Session, demo: DemoSummary) -> None:
    heads = Counter(
        session.scalars(select(Resident.household_id).where(Resident.relation == "户主"))
    )
    assert len(heads) == demo.households and set(heads.values()) == {1}


def test_relations_agree_with_ages_and_genders(session: Session, demo: DemoSummary) -> None:
    households: dict[int, list[Any]] = defaultdict(list)
    for resident in residents(session):
        households[resident.household_id].append(resident)
    for members in households.values():
        head = next(m for m in members if m.relation == "户主")
        for member in members:
            older_than_head = age(member.birth_date) - age(head.birth_date)
            if member.relation == "配偶":
                assert member.gender != head.gender and age(member.birth_date) >= 20
                assert member.name[0] != head.name[0]
            elif member.relation in ("子", "女"):
                assert older_than_head <= -16
            elif member.relation in ("父亲", "母亲"):
                assert older_than_head >= 16
            elif member.relation.endswith(("孙子", "孙女")):
                assert older_than_head <= -36
            if member.relation in ("子", "孙子", "父亲", "女婿"):
                assert member.gender == Gender.MALE
            if member.relation in ("女", "孙女", "母亲", "儿媳"):
                assert member.gender == Gender.FEMALE


def test_an_aging_community_with_children_too(session: Session, demo: DemoSummary) -> None:
    ages = [age(r.birth_date) for r in residents(session)]
    assert 0.25 <= sum(a >= 60 for a in ages) / len(ages) <= 0.5
    assert sum(a >= 80 for a in ages) / len(ages) >= 0.05
    assert sum(a < 14 for a in ages) / len(ages) >= 0.05


def test_id_numbers_are_valid_unique_and_match_birth_and_gender(
    session: Session, demo: DemoSummary
) -> None:
    people = residents(session)
    assert len({r.id_number for r in people}) == len(people)
    for resident in people:
        assert ric.is_valid(resident.id_number), resident.id_number
        assert birth_date_and_gender(resident.id_number) == (
            resident.birth_date,
            Gender(resident.gender),
        )


def test_phones_are_unique_and_children_have_none(session: Session, demo: DemoSummary) -> None:
    people = residents(session)
    phones = [r.phone for r in people if r.phone]
    assert len(set(phones)) == len(phones)
    assert all((len(p) == 11 and p.isdigit()) or p.startswith("010-") for p in phones)
    assert all(r.phone is None for r in people if age(r.birth_date) < 18)
    adults = [r for r in people if age(r.birth_date) >= 18]
    assert sum(r.phone is not None for r in adults) / len(adults) > 0.8


def test_names_include_rare_characters(session: Session, demo: DemoSummary) -> None:
    names = "".join(session.scalars(select(Resident.name)))
    for character in "喆堃燊龑䶮𠮷":
        assert character in names


def test_refuses_a_store_with_data_and_leaves_it_untouched(
    session: Session, demo: DemoSummary
) -> None:
    before = rows(session)
    with pytest.raises(UserError) as refusal:
        fill_demo(session, households=50, seed=2)
    assert refusal.value.params == {"residents": demo.residents}
    assert "--replace" in str(refusal.value)
    assert rows(session) == before


def test_replace_overwrites_the_store(session: Session, demo: DemoSummary) -> None:
    summary = fill_demo(session, households=50, seed=2, replace=True)
    assert session.scalar(select(func.count(Household.id))) == 50
    assert session.scalar(select(func.count(Resident.id))) == summary.residents


def test_rows_added_later_get_fresh_ids(session: Session, demo: DemoSummary) -> None:
    resident = Resident(household_id=1, name="王新", gender="F", relation="女")
    session.add(resident)
    session.flush()
    assert resident.id == demo.residents + 1


def test_cancelling_raises_cancelled_and_rollback_leaves_the_store_empty(
    session: Session,
) -> None:
    reports: list[int] = []
    progress = Progress(lambda done, total, message: reports.append(done), lambda: len(reports) > 1)
    with pytest.raises(Cancelled):
        fill_demo(session, households=5000, progress=progress)
    session.rollback()
    assert session.scalar(select(func.count(Resident.id))) == 0


def test_cancelling_before_the_start_raises_cancelled(session: Session) -> None:
    with pytest.raises(Cancelled):
        fill_demo(session, progress=Progress(is_cancelled=lambda: True))


def test_init_then_demo_keeps_the_offices_names(session: Session) -> None:
    """A new office sets its names, then tries the demo: the store counts as empty,
    and the demo (even with --replace later) keeps the names init set."""
    from hearth_desk.services.community import get_community, set_community
    from hearth_desk.services.demo.ledger import store_has_data

    set_community(session, "青年湖社区", "安定门街道", "北京市东城区")
    assert not store_has_data(session)
    summary = fill_demo(session, households=40, seed=3)
    assert summary.community == "青年湖社区"
    assert session.scalar(select(func.count(Household.id))) == 40
    fill_demo(session, households=30, seed=4, replace=True)
    info = get_community(session)
    assert info is not None and (info.name, info.street) == ("青年湖社区", "安定门街道")


def test_a_grid_without_people_is_not_overwritten(session: Session) -> None:
    from hearth_desk.services.ledger import grid

    grid.ensure_unit(session, "洪山小区", "3栋", "2单元")
    with pytest.raises(UserError):
        fill_demo(session, households=10, seed=5)
