"""A team's page: its members with their roles in reading order, the teams with counts
and leaders, and joining a team that never demotes a role already held."""

from __future__ import annotations

from sqlalchemy.orm import Session

from hearth_desk.domain.models import TeamRole
from hearth_desk.services.tree.rosters import join_team, team_entries, team_members
from hearth_desk.services.tree.structure import place_in_team
from tests.support.tree_factories import RARE_NAME, small_tree


def test_team_members_leader_first_with_masked_phones(session: Session) -> None:
    tree = small_tree(session)
    rows = team_members(session, tree["clean"].id)
    assert [(r.name, r.role) for r in rows] == [("黄瑜希", "leader"), (RARE_NAME, "member")]
    assert rows[0].work_unit == "和平里医院"
    assert rows[0].phone_masked != "13812345678" and "*" in rows[0].phone_masked
    patrol = team_members(session, tree["patrol"].id)
    assert [(r.name, r.role) for r in patrol] == [("李四", "deputy"), ("黄瑜希", "member")]


def test_team_entries_count_and_leader(session: Session) -> None:
    small_tree(session)
    entries = team_entries(session)
    assert [(e.name, e.members, e.leader) for e in entries] == [
        ("环境整治服务队", 2, "黄瑜希"),
        ("治安巡逻服务队", 2, ""),
    ]
    assert entries[0].promise == "小区干净整洁，有事随叫随到"


def test_join_team_adds_once_and_keeps_a_role(session: Session) -> None:
    tree = small_tree(session)
    clean, zhao, huang = tree["clean"].id, tree["zhao"].id, tree["huang"].id
    assert join_team(session, zhao, clean) is True
    assert join_team(session, zhao, clean) is False
    assert join_team(session, huang, clean) is False  # the leader stays the leader
    rows = team_members(session, clean)
    assert [(r.name, r.role) for r in rows] == [
        ("黄瑜希", "leader"), (RARE_NAME, "member"), ("赵六", "member"),
    ]  # fmt: skip


def test_new_leader_demotes_the_old_one_in_the_rows(session: Session) -> None:
    tree = small_tree(session)
    clean = tree["clean"].id
    place_in_team(session, tree["wang"].id, clean, TeamRole.LEADER)
    assert [(r.name, r.role) for r in team_members(session, clean)] == [
        (RARE_NAME, "leader"), ("黄瑜希", "member"),
    ]  # fmt: skip
    assert team_entries(session)[0].leader == RARE_NAME
