"""The staff list: added with a role in the office's words, a phone checked as the ledger
checks phones, and the grid nodes each looks after; changed, and deactivated."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import ChangeRecord
from hearth_desk.services.ledger import grid
from hearth_desk.services.visits.staff import (
    StaffEntry,
    add_staff,
    grid_ids_named,
    set_staff_active,
    staff_list,
    update_staff,
)


def test_staff_are_added_with_role_phone_and_grids(session: Session) -> None:
    unit = grid.ensure_unit(session, "和平里一区", "1栋", "2单元")
    building = unit.parent
    compound = grid.find_child(session, None, "和平里一区")
    assert compound is not None and building is not None
    wang = add_staff(
        session, StaffEntry("王芳", "网格员", "189-2979-1187", (compound.id, building.id))
    )
    add_staff(session, StaffEntry(" 李  强 ", "director"))
    rows = staff_list(session)
    names = [(row.name, row.role) for row in rows]
    assert names == [("王芳", "grid_worker"), ("李 强", "director")]
    assert rows[0].phone == "18929791187"
    assert rows[0].phone_masked != rows[0].phone and rows[0].phone_masked.startswith("189")
    assert rows[0].grids == ("和平里一区", "和平里一区/1栋")
    assert rows[1].grids == () and not rows[1].has_pin
    assert grid_ids_named(session, ["和平里一区/1栋"]) == (building.id,)
    record = session.scalars(select(ChangeRecord).where(ChangeRecord.entity == "staff")).first()
    assert record is not None and record.entity_id == wang.id
    assert "18929791187" not in record.details  # phones are masked in change records


@pytest.mark.parametrize(
    ("entry", "said"),
    [
        (StaffEntry("王芳", "网格员"), "already a staff member called 王芳"),
        (StaffEntry("赵六", "组长"), "not a role"),
        (StaffEntry("赵六", "网格员", "12345"), "Phone: “12345” is neither"),
        (StaffEntry("  ", "网格员"), "name is empty"),
    ],
)
def test_a_wrong_entry_is_refused_saying_why(
    session: Session, entry: StaffEntry, said: str
) -> None:
    add_staff(session, StaffEntry("王芳", "网格员"))
    with pytest.raises(UserError) as refused:
        add_staff(session, entry)
    assert said in refused.value.translated(lambda _context, text: text)


def test_a_grid_path_that_does_not_exist_is_named(session: Session) -> None:
    grid.ensure_unit(session, "和平里一区", "1栋", "2单元")
    with pytest.raises(UserError, match="和平里一区/9栋"):
        grid_ids_named(session, ["和平里一区/9栋"])


def test_a_change_is_recorded_and_a_deactivated_person_leaves_the_list(session: Session) -> None:
    unit = grid.ensure_unit(session, "和平里一区", "1栋", "2单元")
    wang = add_staff(session, StaffEntry("王芳", "网格员"))
    update_staff(session, wang.id, StaffEntry("王芳芳", "社工", "010-62345678", (unit.id,)))
    row = staff_list(session)[0]
    assert (row.name, row.role, row.phone, row.grids) == (
        "王芳芳",
        "social_worker",
        "010-62345678",
        ("和平里一区/1栋/2单元",),
    )
    with pytest.raises(UserError, match="already a staff member"):
        other = add_staff(session, StaffEntry("李强", "主任"))
        update_staff(session, other.id, StaffEntry("王芳芳", "主任"))
    set_staff_active(session, wang.id, False)
    assert [row.name for row in staff_list(session)] == ["李强"]
    assert [row.name for row in staff_list(session, with_inactive=True)] == ["王芳芳", "李强"]
    changes = [
        json.loads(record.details).get("changes", {})
        for record in session.scalars(
            select(ChangeRecord)
            .where(ChangeRecord.entity == "staff", ChangeRecord.entity_id == wang.id)
            .order_by(ChangeRecord.id)
        )
    ]
    assert changes[1]["name"] == ["王芳", "王芳芳"]
    assert changes[2] == {"active": [True, False]}
