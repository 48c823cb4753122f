"""A resident imported from a sheet and the same resident typed into the forms are
stored alike: one rule for the address, sort key, search key and audit columns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import Gender, GridNode, Household, Resident
from hearth_desk.services import audit
from hearth_desk.services.ledger import grid
from hearth_desk.services.ledger import households as ledger
from hearth_desk.services.ledger.importing import apply_import, plan_import
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import Store, open_store
from tests.support import messy_sheets as ms
from tests.support.factories import ZENG_ID, person

SHAN_BIRTH = dt.date(1962, 7, 8)
RESIDENT_COLUMNS = (
    "household_id", "name", "gender", "birth_date", "id_number", "phone", "relation",
    "work_unit", "notes", "status", "status_date", "search_key", "updated_by",
)  # fmt: skip


@pytest.fixture(autouse=True)
def clerk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(audit.ACTOR_ENV, "网格员小李")


@pytest.fixture
def typed_store(tmp_path: Path) -> Any:
    opened = open_store(resolve_location(tmp_path / "typed"))
    yield opened
    opened.close()


def sheet_row(name: str, gender: str, birth: Any, number: str, phone: str, relation: str) -> list:
    # 3号楼, 2 and 401 are the sheet's spellings of 3栋, 2单元 and 0401.
    return ["洪山小区", "3号楼", "2", "401", name, gender, birth, number, phone, relation,
            "", "高龄" if number else "", "", "", ""]  # fmt: skip


def stored(session: Session) -> dict[str, list[tuple]]:
    """The rows of the grid, households and residents, by id; times only as present."""
    nodes = session.scalars(select(GridNode).order_by(GridNode.id))
    households = session.scalars(select(Household).order_by(Household.id))
    residents = session.scalars(select(Resident).order_by(Resident.id)).all()
    return {
        "grid": [(n.id, n.parent_id, n.level, n.name, n.sort_order) for n in nodes],
        "households": [(h.id, h.unit_id, h.door, h.address, h.sort_key) for h in households],
        "residents": [
            (*(getattr(r, c) for c in RESIDENT_COLUMNS), r.updated_at is not None)
            for r in residents
        ],
        "tags": [tuple(t.name for t in r.tags) for r in residents],
    }


def test_imported_and_typed_residents_get_the_same_derived_columns(
    session: Session, typed_store: Store, tmp_path: Path
) -> None:
    rows = [
        sheet_row("曾国藩", "", "", ZENG_ID, "13900001111", "户主"),
        sheet_row("单 丽", "女", SHAN_BIRTH, "", "", "配偶"),  # no ID number: gender given
    ]
    plan = plan_import(session, ms.write_xlsx(tmp_path / "a.xlsx", ms.EXPORT_HEADER, rows))
    assert plan.error_count == 0
    started = dt.datetime.now().replace(microsecond=0)
    apply_import(session, plan)
    session.commit()

    with typed_store.transaction() as typed:
        unit = grid.ensure_unit(typed, "洪山小区", "3栋", "2单元")
        head = person("曾国藩", ZENG_ID, "13900001111", tags=("高龄",))
        household = ledger.add_household(typed, unit.id, "0401", head)
        wife = person("单 丽", gender=Gender.FEMALE, birth_date=SHAN_BIRTH, relation="配偶")
        ledger.add_member(typed, household.id, wife)

    with typed_store.session() as typed:
        assert stored(session) == stored(typed)
        imported = session.scalars(select(Resident).order_by(Resident.id)).all()
        assert [r.search_key for r in imported] == [
            r.search_key for r in typed.scalars(select(Resident).order_by(Resident.id))
        ]
        assert {r.updated_by for r in imported} == {"网格员小李"}
        assert all(r.updated_at >= started for r in imported)
        assert imported[0].household.address == "洪山小区3栋2单元0401"

    # A later change, by a sheet and by the form, stamps and keys the resident alike.
    rows[0][8] = "13900002222"
    plan = plan_import(session, ms.write_xlsx(tmp_path / "b.xlsx", ms.EXPORT_HEADER, rows))
    assert plan.updated_residents == 1
    apply_import(session, plan)
    session.commit()
    with typed_store.transaction() as typed:
        zeng = typed.scalars(select(Resident).where(Resident.id_number == ZENG_ID)).one()
        ledger.update_resident(
            typed, zeng.id, person("曾国藩", ZENG_ID, "13900002222", tags=("高龄",))
        )
    with typed_store.session() as typed:
        assert stored(session) == stored(typed)
