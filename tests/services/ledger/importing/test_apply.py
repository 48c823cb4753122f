"""Applying an import: all or nothing, idempotent, skip-invalid with a rejects workbook."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import Cancelled, UserError
from hearth_desk.domain.models import ChangeRecord, GridNode, Household, Resident
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.services.ledger.importing import apply_import, plan_import, write_rejects
from hearth_desk.services.progress import Progress
from tests.support import messy_sheets as ms

TABLES = ("grid_node", "household", "resident", "resident_care_tag", "change_record")


def snapshot(session: Session) -> dict[str, str]:
    """Row count and a hash of every row of the ledger tables."""
    state = {}
    for table in TABLES:
        rows = session.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2")).all()
        state[table] = f"{len(rows)}:" + hashlib.sha256(repr(rows).encode()).hexdigest()
    return state


def count(session: Session, model) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(select(func.count()).select_from(model))


def test_strict_import_with_errors_writes_nothing(session: Session, tmp_path: Path) -> None:
    before = snapshot(session)
    plan = plan_import(session, ms.messy_xlsx(tmp_path / "m.xlsx"))
    with pytest.raises(UserError, match="8 errors in 8 rows; nothing was imported"):
        apply_import(session, plan)
    session.commit()
    assert snapshot(session) == before


def test_import_the_valid_rows_then_the_corrected_rejects(session: Session, tmp_path: Path) -> None:
    plan = plan_import(session, ms.messy_xlsx(tmp_path / "m.xlsx"))
    summary = apply_import(session, plan, skip_invalid=True)
    session.commit()
    assert (summary.households_created, summary.residents_created) == (4, 7)
    assert summary.rows_rejected == 8
    assert count(session, Household) == 4 and count(session, Resident) == 7
    wang = session.scalar(select(Resident).where(Resident.id_number == ms.WANG))
    assert wang.household.address == "洪山小区3栋2单元0401"
    assert [t.name for t in wang.tags] == ["党员", "高龄"]
    assert wang.search_key and wang.status == "living"
    li = session.scalar(select(Resident).where(Resident.id_number == ms.LI))
    assert li.household_id == wang.household_id and li.relation == "妻"
    units = session.scalars(select(GridNode.name).where(GridNode.level == "building")).all()
    assert sorted(units) == ["3栋", "4栋"]  # 3号楼 did not make a twin of 3栋
    records = session.scalars(select(ChangeRecord.details)).all()
    assert all(ms.WANG not in details for details in records)  # masked in the history

    rejects = tmp_path / "rejects.xlsx"
    assert write_rejects(plan, rejects) == 8
    sheet = load_workbook(rejects).active
    table = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert table[0] == [*ms.MESSY_HEADER, "问题"]
    assert [row[1] for row in table[1:]] == [
        "赵强", "孙丽", "周杰", "吴敏", "郑华", "钱进", "冯磊", "韩梅",
    ]  # fmt: skip
    assert all(row[-1] for row in table[1:])  # each says why
    assert f"{ms.row_of(8)}" in table[2][-1]  # 孙丽: her head's row

    # The office corrects the rows in the rejects workbook and imports it again.
    fixes = {
        "赵强": {3: ms.ZHAO},
        "孙丽": {},
        "周杰": {3: ms.ZHOU},
        "吴敏": {},
        "郑华": {3: ms.pid("1974-12-13", 121)},
        "钱进": {8: "低保"},
        "冯磊": {6: "户主"},
        "韩梅": {3: ms.pid("1975-01-14", 132)},
    }
    corrected = []
    for row in table[1:]:
        cells = row[:-1]
        for column, value in fixes[row[1]].items():
            cells[column] = value
        corrected.append(cells)
    fixed = ms.write_xlsx(tmp_path / "fixed.xlsx", ms.MESSY_HEADER, corrected)
    again = plan_import(session, fixed)
    assert again.problems == [], [p.line(lambda c, s: s) for p in again.problems]
    assert (again.new_households, again.new_residents) == (7, 8)
    apply_import(session, again)
    session.commit()
    assert count(session, Resident) == 15 and count(session, Household) == 11
    zhao = session.scalar(select(Resident).where(Resident.id_number == ms.ZHAO))
    sun = session.scalar(select(Resident).where(Resident.name == "孙丽"))
    assert sun.household_id == zhao.household_id and sun.relation == "妻"


def test_importing_the_same_file_twice_changes_nothing(session: Session, tmp_path: Path) -> None:
    path = ms.messy_xlsx(tmp_path / "m.xlsx")
    apply_import(session, plan_import(session, path), skip_invalid=True)
    session.commit()
    before = snapshot(session)
    plan = plan_import(session, path)
    assert (plan.new_households, plan.new_residents, plan.updated_residents) == (0, 0, 0)
    assert plan.unchanged_residents == 7
    summary = apply_import(session, plan, skip_invalid=True)
    session.commit()
    assert summary.residents_updated == 0 and summary.households_created == 0
    assert snapshot(session) == before


def test_an_exported_ledger_imports_back_to_the_same_data(session: Session, tmp_path: Path) -> None:
    fill_demo(session, households=40, seed=3)
    session.commit()
    before = snapshot(session)
    path = ms.export_like_xlsx(session, tmp_path / "导出.xlsx")
    plan = plan_import(session, path)
    assert plan.error_count == 0
    assert (plan.new_households, plan.new_residents, plan.updated_residents) == (0, 0, 0)
    assert plan.unchanged_residents == count(session, Resident)
    apply_import(session, plan)
    session.commit()
    assert snapshot(session) == before


def test_reimport_updates_residents_matched_by_id_number(session: Session, tmp_path: Path) -> None:
    apply_import(session, plan_import(session, ms.split_xlsx(tmp_path / "a.xlsx")))
    session.commit()
    rows = ms.split_rows()
    rows[0][6] = "13900009999"  # 王建国 has a new phone
    rows[1][9] = "党员"  # 李秀英 is no longer 空巢老人
    rows[2][4] = "张 伟 "  # same name, padded
    plan = plan_import(session, ms.write_xlsx(tmp_path / "b.xlsx", ms.SPLIT_HEADER, rows))
    assert (plan.new_residents, plan.updated_residents, plan.unchanged_residents) == (0, 2, 1)
    changes = {row.clean.name: row.changes for row in plan.updates}
    assert changes["王建国"] == {"phone": ("13812345678", "13900009999")}
    assert changes["李秀英"] == {"tags": ("空巢老人、党员", "党员")}  # in the list's order
    apply_import(session, plan)
    session.commit()
    li = session.scalar(select(Resident).where(Resident.id_number == ms.LI))
    assert [t.name for t in li.tags] == ["党员"]
    updates = session.scalars(select(ChangeRecord).where(ChangeRecord.action == "update")).all()
    assert len(updates) == 2 and all("b.xlsx" in r.details for r in updates)
    assert all("13900009999" not in r.details for r in updates)  # phones masked


def test_a_head_moving_to_another_address_gets_a_new_household(
    session: Session, tmp_path: Path
) -> None:
    apply_import(session, plan_import(session, ms.split_xlsx(tmp_path / "a.xlsx")))
    session.commit()
    rows = [["洪山小区", "5栋", "1单元", "0101", "张伟", ms.ZHANG, "", "", "户主", "", ""]]
    plan = plan_import(session, ms.write_xlsx(tmp_path / "b.xlsx", ms.SPLIT_HEADER, rows))
    assert (plan.new_households, plan.updated_residents) == (1, 1)
    assert plan.updates[0].changes["household"] == ("洪山小区3栋2单元0402", "洪山小区5栋1单元0101")
    apply_import(session, plan)
    session.commit()
    zhang = session.scalar(select(Resident).where(Resident.id_number == ms.ZHANG))
    assert zhang.household.address == "洪山小区5栋1单元0101"


def test_status_columns_are_imported(session: Session, tmp_path: Path) -> None:
    rows = [
        ["洪山小区", "3栋", "2单元", "0401", "王建国", "男", "", ms.WANG, "", "户主", "", "",
         "死亡", dt.datetime(2023, 1, 2), ""],
        ["洪山小区", "3栋", "2单元", "0401", "李秀英", "女", "", ms.LI, "", "妻", "", "",
         "迁出", "2022.5.6", ""],
    ]  # fmt: skip
    plan = plan_import(session, ms.write_xlsx(tmp_path / "s.xlsx", ms.EXPORT_HEADER, rows))
    assert plan.problems == []
    apply_import(session, plan)
    session.commit()
    wang = session.scalar(select(Resident).where(Resident.id_number == ms.WANG))
    li = session.scalar(select(Resident).where(Resident.id_number == ms.LI))
    assert (wang.status, wang.status_date) == ("deceased", dt.date(2023, 1, 2))
    assert (li.status, li.status_date) == ("moved_out", dt.date(2022, 5, 6))


def test_cancelling_midway_leaves_the_store_as_it_was(session: Session, tmp_path: Path) -> None:
    session.commit()
    before = snapshot(session)
    plan = plan_import(session, ms.big_xlsx(tmp_path / "big.xlsx", 700))
    reports = []

    def cancel_after_two_batches() -> bool:
        return len(reports) >= 2

    progress = Progress(lambda *r: reports.append(r), cancel_after_two_batches)
    with pytest.raises(Cancelled):
        apply_import(session, plan, progress=progress)
    assert count(session, Resident) == 400  # two batches were written…
    session.rollback()  # …and the caller's transaction rolls back
    assert snapshot(session) == before
