"""An exported ledger imports back to the same data: in another store, and onto itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import Household, Resident
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.services.ledger.export import export_residents
from hearth_desk.services.ledger.importing import apply_import, plan_import
from hearth_desk.services.ledger.query import ResidentFilter
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import Store, open_store


def people(session: Session) -> list[tuple]:
    rows = session.execute(select(Resident, Household.address).join(Household)).all()
    return sorted(
        (
            r.name,
            r.gender,
            r.birth_date,
            r.id_number,
            r.phone,
            r.relation,
            r.work_unit,
            r.notes,
            r.status,
            r.status_date,
            tuple(t.name for t in r.tags),
            address,
        )
        for r, address in rows
    )


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_into_an_empty_store_gives_the_same_ledger(
    store: Store, tmp_path: Path, suffix: str
) -> None:
    with store.transaction() as session:
        fill_demo(session, households=150, seed=11)
    sheet = tmp_path / f"台账{suffix}"
    with store.session() as session:
        export_residents(session, sheet, ResidentFilter(status=None), full_numbers=True)
        original = people(session)
    with open_store(resolve_location(tmp_path / "other")) as other:
        with other.transaction() as session:
            plan = plan_import(session, sheet)
            assert plan.error_count == 0, [p.line(lambda _c, s: s) for p in plan.problems[:3]]
            apply_import(session, plan)
        with other.session() as session:
            assert people(session) == original


def test_importing_an_export_onto_its_own_store_changes_nothing(
    store: Store, tmp_path: Path
) -> None:
    with store.transaction() as session:
        fill_demo(session, households=80, seed=12)
    sheet = tmp_path / "台账.xlsx"
    with store.session() as session:
        export_residents(session, sheet, ResidentFilter(status=None), full_numbers=True)
        plan = plan_import(session, sheet)
    assert (plan.new_households, plan.new_residents, plan.updated_residents) == (0, 0, 0)
    assert plan.error_count == 0


def test_a_csv_export_is_real_csv_and_other_suffixes_are_refused(
    store: Store, tmp_path: Path
) -> None:
    from hearth_desk.domain.errors import UserError

    with store.transaction() as session:
        fill_demo(session, households=20, seed=13)
    target = tmp_path / "台账.csv"
    with store.session() as session:
        rows = export_residents(session, target, ResidentFilter(status=None))
        with pytest.raises(UserError) as refused:
            export_residents(session, tmp_path / "台账.txt", ResidentFilter(status=None))
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    assert not raw[3:].startswith(b"PK")  # not a workbook under a .csv name
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("小区,楼栋,单元") and len(lines) == rows + 1
    assert "**" in raw.decode("utf-8-sig")  # masked unless asked
    assert ".xlsx" in str(refused.value) and not (tmp_path / "台账.txt").exists()
