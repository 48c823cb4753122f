"""The rejects workbook: whatever the rows hold, Excel can open it; a target that cannot
be written is one ``UserError`` and leaves nothing behind."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.services.ledger.importing import ImportPlan, plan_import, write_rejects
from hearth_desk.storage.store import Store
from tests.support import messy_sheets as ms


@pytest.fixture
def session(sqlite_store: Store) -> Iterator[Session]:
    with sqlite_store.session() as opened:
        yield opened


def hostile_plan(session: Session, path: Path) -> ImportPlan:
    """Rows Excel would refuse as they are: controls, a formula, a bad ID number each."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名", "身份证号码", "住址", "备注"])
        writer.writerow(["王\x1b[31m芳", ms.WANG, "洪山小区3栋2单元0401", "\x00\x08"])
        writer.writerow(['=HYPERLINK("http://x","点我")', "12345", "洪山小区3栋2单元0402", ""])
    plan = plan_import(session, path)
    assert plan.rejected_row_count == 2
    return plan


def test_rows_with_characters_excel_refuses_are_written_readably(
    session: Session, tmp_path: Path
) -> None:
    plan = hostile_plan(session, tmp_path / "台账[1].csv")  # [ ] are not allowed in a sheet name
    out = tmp_path / "问题行.xlsx"
    assert write_rejects(plan, out) == 2
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["台账_1_"]
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[1][0] == "王␛[31m芳" and rows[1][3] == "␀␈"
    assert "U+001B" in rows[1][4]  # the 问题 column says what is wrong
    assert rows[2][0] == '=HYPERLINK("http://x","点我")'
    assert workbook.active["A3"].data_type == "s"  # text, not a formula Excel would run


@pytest.mark.parametrize(
    ("target", "reason"),
    [("/proc/x.xlsx", "no such folder"), ("{folder}", "it is a folder")],
)  # fmt: skip
def test_a_target_that_cannot_be_written_is_one_user_error(
    session: Session, tmp_path: Path, target: str, reason: str
) -> None:
    plan = plan_import(session, ms.messy_xlsx(tmp_path / "m.xlsx"))
    out = Path(target.replace("{folder}", str(tmp_path)))
    with pytest.raises(UserError) as refused:
        write_rejects(plan, out)
    assert str(refused.value) == f"Cannot write {out}: {reason}" or reason in str(refused.value)
    assert not (tmp_path / "missing").exists()


def test_a_new_folder_for_the_rejects_is_made_as_for_an_export(
    session: Session, tmp_path: Path
) -> None:
    plan = plan_import(session, ms.messy_xlsx(tmp_path / "m.xlsx"))
    out = tmp_path / "问题行" / "x.xlsx"
    assert write_rejects(plan, out) > 0 and out.is_file()


def test_the_sheet_being_imported_is_not_overwritten(session: Session, tmp_path: Path) -> None:
    source = ms.messy_xlsx(tmp_path / "m.xlsx")
    before = source.read_bytes()
    plan = plan_import(session, source)
    with pytest.raises(UserError, match="is the sheet being imported"):
        write_rejects(plan, tmp_path / "." / "m.xlsx")
    assert source.read_bytes() == before
