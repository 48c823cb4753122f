"""The grid module: every way of walking the grid gives the same paths and names."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import GridNode, Household
from hearth_desk.services.ledger import grid
from tests.support.factories import small_ledger


def test_the_whole_grid_gives_the_paths_and_columns_the_stored_nodes_give(
    session: Session,
) -> None:
    small_ledger(session)
    grid.add_grid_node(session, None, "空小区")  # a compound without units
    whole = grid.WholeGrid.load(session)
    for node in session.scalars(select(GridNode)):
        assert [p.id for p in whole.path(node.id)] == [
            n.id for n in grid.grid_path(session, node.id)
        ]
    for household in session.scalars(select(Household)):
        unit = session.get_one(GridNode, household.unit_id)
        columns = whole.household_columns(unit.id, household.door)
        assert columns == {"address": household.address, "sort_key": household.sort_key}
        assert columns["address"] == grid.address_of(unit, household.door)
        assert columns["sort_key"] == grid.sort_key_of(unit, household.door)
        prefix = grid.unit_sort_prefixes(session)[unit.id]
        assert household.sort_key.startswith(prefix)
    assert sorted(grid.grid_names(session).values()) == [
        ("洪山小区", "3栋", "2单元"),
        ("青年湖小区", "1栋", "1单元"),
    ]
    assert whole.path(10_000) == []


def test_the_tree_rows_keep_the_office_order_and_mask_phones(session: Session) -> None:
    small_ledger(session)
    compound = grid.resolve_grid_path(session, "洪山小区")
    grid.set_grid_leader(session, compound.id, "刘芳", "13812345678")
    rows = grid.grid_nodes(session)
    compounds = [row.name for row in rows if row.parent_id is None]
    assert compounds == ["洪山小区", "青年湖小区"]  # sort_order 0, then 1
    leader = next(row for row in rows if row.id == compound.id)
    assert (leader.leader_name, leader.leader_phone_masked) == ("刘芳", "138****5678")


def test_a_sheets_spelling_finds_the_stored_node(session: Session) -> None:
    small_ledger(session)
    index = grid.GridIndex(grid.WholeGrid.load(session))
    unit = grid.resolve_grid_path(session, "洪山小区/3栋/2单元")
    assert index.resolve(("洪山 小区", "3号楼", "2")) == (("洪山小区", "3栋", "2单元"), unit.id)
    assert index.resolve(("ＩＴ园", "3号楼", "2")) == (("ＩＴ园", "3号楼", "2"), None)
    assert index.resolve(("洪山小区", "9号楼", "2")) == (("洪山小区", "9号楼", "2"), None)
    assert grid.grid_key("0401") == grid.grid_key("401室") == "401"


def test_grid_paths_name_the_missing_part(session: Session) -> None:
    small_ledger(session)
    with pytest.raises(UserError, match="“洪山小区/9栋”"):
        grid.resolve_grid_path(session, "洪山小区/9栋/1单元")
    assert grid.units_under(session, grid.resolve_grid_path(session, "洪山小区").id) == [
        grid.resolve_grid_path(session, "洪山小区/3栋/2单元").id
    ]
