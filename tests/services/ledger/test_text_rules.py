"""The forms' side of the text rules: the one resident rule, households, the grid.

Control characters are refused with the field named; a value longer than its column
is refused (it was cut silently, or failed at commit on PostgreSQL only); tabs and
line breaks are spaces. Each store test runs on SQLite and on PostgreSQL and commits,
which is where PostgreSQL used to refuse what SQLite kept.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import Gender, GridNode, Household, Resident
from hearth_desk.services.ledger import grid
from hearth_desk.services.ledger import households as ledger
from hearth_desk.services.ledger.residents import (
    NAME,
    NOTES,
    RELATION,
    WORK_UNIT,
    ResidentInput,
    clean_resident,
)
from hearth_desk.storage.store import Store
from tests.support.factories import ZHANG_SAN_ID, person

CONTROL = "It contains an invisible control character ({code}); delete it and type the text again."


def errors(data: ResidentInput) -> dict[str, tuple[str, dict]]:
    clean, findings = clean_resident(data)
    found = {f.field: (f.finding.message, f.finding.params) for f in findings if f.finding.is_error}
    assert (clean is None) == bool(found)
    return found


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        (NAME, "张\x1b[31m三", "U+001B"),
        (NAME, "张\x00三", "U+0000"),
        (NAME, "张\x1f三", "U+001F"),
        (NAME, "张\x85三", "U+0085"),
        (RELATION, "配\x07偶", "U+0007"),
        (WORK_UNIT, "洪山\x9b机械厂", "U+009B"),
        (NOTES, "腿脚\x7f不便", "U+007F"),
        (NOTES, "\ud800", "U+D800"),
    ],
)
def test_the_resident_rule_refuses_control_characters_naming_the_field(
    field: str, value: str, code: str
) -> None:
    data = person("张三", ZHANG_SAN_ID, **({} if field == NAME else {field: value}))
    if field == NAME:
        data.name = value
    assert errors(data) == {field: (CONTROL, {"code": code})}


@pytest.mark.parametrize(
    ("field", "limit"), [(NAME, 50), (RELATION, 20), (WORK_UNIT, 100)]
)  # the lengths of Resident's columns
def test_the_resident_rule_refuses_what_its_column_cannot_hold(field: str, limit: int) -> None:
    fits = person("张三", ZHANG_SAN_ID)
    setattr(fits, field, "长" * limit)
    assert errors(fits) == {}
    too_long = person("张三", ZHANG_SAN_ID)
    setattr(too_long, field, "长" * (limit + 1))
    ((message, params),) = errors(too_long).values()
    assert params["limit"] == limit and field in errors(too_long)
    assert "longer than" in message or "at most" in message


def test_tabs_and_line_breaks_in_notes_become_single_spaces() -> None:
    clean, _ = clean_resident(person("张三", ZHANG_SAN_ID, notes=" 腿脚不便\r\n需上门\t\t服务 "))
    assert clean is not None and clean.notes == "腿脚不便 需上门 服务"


def test_a_household_door_is_checked_not_cut(store: Store) -> None:
    with store.transaction() as session:
        unit = grid.ensure_unit(session, "洪山小区", "3栋", "2单元")
        with pytest.raises(UserError, match="at most 20 fit"):
            ledger.add_household(session, unit.id, "1" * 21, person("张三", ZHANG_SAN_ID))
        with pytest.raises(UserError, match="U\\+001B"):
            ledger.add_household(session, unit.id, "04\x1b01", person("张三", ZHANG_SAN_ID))
        household = ledger.add_household(session, unit.id, "1" * 20, person("张三", ZHANG_SAN_ID))
        ledger.add_member(
            session, household.id, person("李" * 50, gender=Gender.FEMALE, relation="妻")
        )
    with store.session() as session:
        assert session.scalar(select(Household.door)) == "1" * 20
        assert session.scalar(select(Resident.name).where(Resident.relation == "妻")) == "李" * 50


def test_moving_a_member_checks_the_relation_not_cuts_it(store: Store) -> None:
    with store.transaction() as session:
        unit = grid.ensure_unit(session, "洪山小区", "3栋", "2单元")
        first = ledger.add_household(session, unit.id, "0401", person("张三", ZHANG_SAN_ID))
        second = ledger.add_household(session, unit.id, "0402", person("李四", gender=Gender.MALE))
        wife = ledger.add_member(session, first.id, person("王芳", gender=Gender.FEMALE))
        with pytest.raises(UserError, match="at most 20 fit"):
            ledger.move_resident(session, wife.id, second.id, "关" * 21)
        ledger.move_resident(session, wife.id, second.id, "妻")
    with store.session() as session:
        assert session.get(Resident, wife.id).relation == "妻"


@pytest.mark.parametrize("name", ["洪山\x1b[2J小区", "洪山\x00小区", "洪" * 101])
def test_grid_names_are_checked_on_adding_and_renaming(store: Store, name: str) -> None:
    with store.transaction() as session:
        with pytest.raises(UserError):
            grid.add_grid_node(session, None, name)
        compound = grid.add_grid_node(session, None, "洪山小区")
        with pytest.raises(UserError):
            grid.rename_grid_node(session, compound.id, name)
        with pytest.raises(UserError):
            grid.set_grid_leader(session, compound.id, name, "")
    with store.session() as session:
        assert session.scalars(select(GridNode.name)).all() == ["洪山小区"]


def test_a_refused_grid_name_is_quoted_visibly() -> None:
    with pytest.raises(UserError) as refused:
        grid.add_grid_node(None, None, "洪山\x1b[2J小区")  # type: ignore[arg-type]
    assert refused.value.params["value"] == "洪山␛[2J小区"
    assert "\x1b" not in str(refused.value)


def test_renaming_to_the_longest_names_keeps_addresses_within_their_column(store: Store) -> None:
    with store.transaction() as session:
        unit = grid.ensure_unit(session, "洪山小区", "3栋", "2单元")
        ledger.add_household(session, unit.id, "1" * 20, person("张三", ZHANG_SAN_ID))
        for node in grid.grid_path(session, unit.id):
            grid.rename_grid_node(session, node.id, node.name[0] * 100)
    with store.session() as session:
        address = session.scalar(select(Household.address))
        assert len(address) == 200 and address.startswith("洪" * 100 + "3" * 100)
