"""The members' export writes the import's own header words, so it imports back
unchanged: onto its own store (nothing changes) and into another store (the same
members, teams and roles). ID numbers are masked unless asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import Member, ServiceTeam, TeamMembership
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.services.tree.export import export_members
from hearth_desk.services.tree.importing import apply_member_import, plan_member_import
from hearth_desk.services.tree.importing.headers import EXPORT_WORDS
from hearth_desk.services.tree.structure import add_branch, set_organisation
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import Store, open_store

COLUMNS = [c for c in Member.__table__.columns if c.key not in ("id", "resident_id", "search_key")]


def tree_of(session: Session) -> list[tuple]:
    """Every member's columns with their teams and roles, comparable across stores
    (the branch by name)."""
    places: dict[int, set[tuple[str, str]]] = {}
    for member_id, team, role in session.execute(
        select(TeamMembership.member_id, ServiceTeam.name, TeamMembership.role).join(ServiceTeam)
    ):
        places.setdefault(member_id, set()).add((team, role))
    return sorted(
        (
            *(getattr(m, c.key) for c in COLUMNS if c.key != "branch_id"),
            m.branch.name if m.branch else None,
            tuple(sorted(places.get(m.id, ()))),
        )
        for m in session.scalars(select(Member))
    )


def test_export_then_import_gives_the_same_tree(store: Store, tmp_path: Path) -> None:
    with store.transaction() as session:
        fill_demo(session, households=60, seed=5)
    sheet = tmp_path / "花名册.xlsx"
    with store.session() as session:
        count = export_members(session, sheet, full_numbers=True)
        original = tree_of(session)
    assert count == len(original) > 300
    assert [c.value for c in next(load_workbook(sheet).active.iter_rows(max_row=1))] == list(
        EXPORT_WORDS
    )
    # Onto its own store: nothing changes.
    with store.transaction() as session:
        plan = plan_member_import(session, sheet)
        assert plan.problems == []
        summary = apply_member_import(session, plan)
    assert (summary.members_created, summary.members_updated) == (0, 0)
    assert summary.members_unchanged == count and summary.teams_created == ()
    # Into another store with the same branches: the same members, teams and roles.
    with open_store(resolve_location(tmp_path / "other")) as other:
        with other.transaction() as session:
            set_organisation(session, "和平里社区党总支")
            for name in ("第一党支部", "第二党支部", "第三党支部"):
                add_branch(session, name)
            plan = plan_member_import(session, sheet)
            assert plan.error_count == 0, [p.line(lambda _c, s: s) for p in plan.problems[:3]]
            assert len(plan.new_teams) == 9
            apply_member_import(session, plan)
        with other.session() as session:
            assert tree_of(session) == original


def test_a_masked_export_hides_id_numbers_and_cannot_update_them(
    store: Store, tmp_path: Path
) -> None:
    with store.transaction() as session:
        fill_demo(session, households=60, seed=5)
    sheet = tmp_path / "花名册.xlsx"
    team = "环境整治服务队"
    with store.session() as session:
        count = export_members(session, sheet, team=team)
        in_team = session.scalars(
            select(Member).join(TeamMembership).join(ServiceTeam).where(ServiceTeam.name == team)
        ).all()
        with pytest.raises(UserError):
            export_members(session, tmp_path / "x.xlsx", team="没有这个队")
        with pytest.raises(UserError):
            export_members(session, tmp_path / "x.csv")
    assert count == len(in_team) > 0
    rows = list(load_workbook(sheet).active.iter_rows(values_only=True))
    assert "出生年份" in rows[0] and "出生日期" not in rows[0]
    numbers = [row[rows[0].index("公民身份号码")] for row in rows[1:]]
    assert all("*" in number for number in numbers if number)
    with store.transaction() as session:
        plan = plan_member_import(session, sheet)
        assert plan.error_count == 0
        # Matched by name and phone, never a new member with a hidden number.
        assert plan.new_members == 0 and plan.updated_members == 0
        assert all(not p.is_error for p in plan.problems)
