"""A messy 党员花名册 imports exactly, on both databases; wrong rows are reported as
``第N行 列名：…`` and nothing is written; importing it again changes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import Member, ServiceTeam, TeamMembership
from hearth_desk.services.ledger.importing import group_problems, write_rejects
from hearth_desk.services.tree.importing import apply_member_import, plan_member_import
from hearth_desk.storage.store import Store
from tests.support.member_sheets import (
    LI,
    ROSTER,
    ROWS,
    WANG,
    ZHANG,
    bad_roster,
    messy_roster,
    sheet_row,
    tree_skeleton,
    write_roster,
)

ENGLISH = lambda _context, text: text  # noqa: E731


def members(session: Session) -> dict[str, tuple]:
    teams: dict[int, dict[str, str]] = {}
    for member_id, team, role in session.execute(
        select(TeamMembership.member_id, ServiceTeam.name, TeamMembership.role).join(ServiceTeam)
    ):
        teams.setdefault(member_id, {})[team] = role
    return {
        m.name: (m.phone, m.join_date, m.retired, m.dual_registered, teams.get(m.id, {}))
        for m in session.scalars(select(Member))
    }


def import_file(store: Store, path: Path, **options: bool) -> tuple:
    with store.transaction() as session:
        plan = plan_member_import(session, path)
        summary = apply_member_import(session, plan, **options)
    return plan, summary


def test_a_messy_roster_imports_exactly(store: Store, tmp_path: Path) -> None:
    with store.transaction() as session:
        tree_skeleton(session)
    plan, summary = import_file(store, messy_roster(tmp_path / "花名册.xlsx"))
    assert plan.sheet == "党员花名册"  # the hidden sheet before it is not read
    assert plan.header.row == ROSTER["header_row"]
    assert len(plan.rows) == len(ROWS)  # the 合计 row is skipped, not an error
    assert plan.problems == []
    assert plan.new_teams == ROSTER["new_teams"]
    assert summary.teams_created == tuple(ROSTER["new_teams"])
    assert (summary.members_created, summary.members_updated) == (5, 0)
    with store.session() as session:
        assert members(session) == ROSTER["members"]
        wang = session.scalars(select(Member).where(Member.id_number == WANG)).one()
        assert wang.branch.name == "第一党支部"
        assert wang.dual_organisation == "市第一医院党委" and wang.skills == "内科"
        assert wang.birth_date == dt.date(1956, 4, 12) and wang.gender == "M"
        li = session.scalars(select(Member).where(Member.id_number == LI)).one()
        assert li.political_status == "probationary" and li.notes == "新调入"
        zhang = session.scalars(select(Member).where(Member.id_number == ZHANG)).one()
        assert zhang.political_status == "masses" and zhang.join_date is None
        assert session.scalar(select(func.count()).select_from(ServiceTeam)) == 4


def test_the_hidden_sheet_before_the_roster_would_be_read_if_shown(
    store: Store, tmp_path: Path
) -> None:
    shown = write_roster(tmp_path / "shown.xlsx", ROWS, hidden=False)
    with store.session() as session:
        assert plan_member_import(session, shown).sheet == "旧名单"


def test_importing_the_same_roster_again_changes_nothing(store: Store, tmp_path: Path) -> None:
    with store.transaction() as session:
        tree_skeleton(session)
    sheet = messy_roster(tmp_path / "花名册.xlsx")
    import_file(store, sheet)
    with store.session() as session:
        before = members(session)
    plan, summary = import_file(store, sheet)
    assert plan.new_teams == [] and plan.updates == []
    assert (summary.members_created, summary.members_updated) == (0, 0)
    assert summary.members_unchanged == len(ROWS)
    with store.session() as session:
        assert members(session) == before


def test_a_changed_row_updates_its_member_by_id_number_or_name_and_phone(
    store: Store, tmp_path: Path
) -> None:
    with store.transaction() as session:
        tree_skeleton(session)
    import_file(store, messy_roster(tmp_path / "花名册.xlsx"))
    rows = [list(row) for row in ROWS]
    rows[0][14], rows[0][15] = "治安巡逻服务队", "队长"  # 王建国 moves team
    rows[4][9] = "和平里社区"  # 孙秀兰 (no ID number): a work unit
    plan, summary = import_file(store, write_roster(tmp_path / "改.xlsx", rows))
    assert summary.members_updated == 2 and summary.members_created == 0
    changed = {row.clean.values["name"]: row.changes for row in plan.updates}
    assert changed["王建国"]["teams"] == (
        "医疗保健服务队（队长）、环境整治服务队（队长）",
        "治安巡逻服务队（队长）",
    )
    assert changed["孙秀兰"] == {"work_unit": (None, "和平里社区")}
    with store.session() as session:
        now = members(session)
    assert now["王建国"][4] == {"治安巡逻服务队": "leader"}
    assert now["李芳"][4] == {"环境整治服务队": "deputy", "治安巡逻服务队": "member"}


def test_wrong_rows_are_named_by_row_and_column_and_nothing_is_written(
    store: Store, tmp_path: Path
) -> None:
    with store.transaction() as session:
        tree_skeleton(session)
    sheet = bad_roster(tmp_path / "错.xlsx")
    with store.transaction() as session:
        plan = plan_member_import(session, sheet)
        lines = [group.line(ENGLISH) for group in group_problems(plan.problems)]
        assert lines == [
            f"Row {sheet_row(0)} 入党时间: Joined the party on 1972-07-01 at 16: "
            "no one joins before 18.",
            f"Row {sheet_row(1)} 入党时间: The join date 1960-07-01 is before the birth "
            "date 1962-09-03.",
            f"Row {sheet_row(2)} 身份证号: The check digit of the ID number "
            "110105**********30 is wrong: a digit is mistyped.",
        ]
        with pytest.raises(UserError):
            apply_member_import(session, plan)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 0
        assert session.scalar(select(func.count()).select_from(ServiceTeam)) == 3
    # --skip-invalid: only the good row; the rejects say why for the others.
    plan, summary = import_file(store, sheet, skip_invalid=True)
    assert (summary.members_created, summary.rows_rejected) == (1, 3)
    assert write_rejects(plan, tmp_path / "问题行.xlsx") == 3


def test_two_leaders_of_one_team_and_roles_that_do_not_fit(store: Store, tmp_path: Path) -> None:
    rows = [list(row) for row in ROWS[:3]]
    rows[1][14], rows[1][15] = "医疗保健服务队", "队长"  # a second leader
    rows[2][14], rows[2][15] = "家电维修服务队、治安巡逻服务队", "队长、副队长、队员"
    with store.transaction() as session:
        tree_skeleton(session)
        plan = plan_member_import(session, write_roster(tmp_path / "r.xlsx", rows))
    lines = [p.line(ENGLISH) for p in plan.problems]
    assert lines == [
        f"Row {sheet_row(0)} 队内职务: 医疗保健服务队 has two leaders (队长): rows 4 and 5.",
        f"Row {sheet_row(1)} 队内职务: 医疗保健服务队 has two leaders (队长): rows 4 and 5.",
        f"Row {sheet_row(2)} 队内职务: 3 roles for 2 teams; give one role for all of them, "
        "or one for each team in the same order.",
    ]
