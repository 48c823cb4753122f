"""Planning an import: every quirk of a messy sheet, and the files that cannot be read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import Cancelled, UserError
from hearth_desk.domain.models import ChangeRecord, Household, Resident
from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.services.ledger.importing import plan_import
from hearth_desk.services.ledger.importing.plan import NEW
from hearth_desk.services.progress import Progress
from tests.support import messy_sheets as ms


def outcome(plan) -> tuple[set, set]:  # type: ignore[no-untyped-def]
    errors = {(p.row, p.column) for p in plan.problems if p.is_error}
    warnings = {(p.row, p.column) for p in plan.problems if not p.is_error}
    return errors, warnings


def by_row(plan):  # type: ignore[no-untyped-def]
    return {row.number: row for row in plan.rows}


def test_the_messy_sheet_gives_exactly_the_expected_preview(
    session: Session, tmp_path: Path
) -> None:
    plan = plan_import(session, ms.messy_xlsx(tmp_path / "台账.xlsx"))
    assert plan.sheet == "2024年台账"
    assert plan.header.row == ms.HEADER_ROW  # below the merged title rows
    assert len(plan.rows) == 15  # blank and 合计 rows are skipped
    errors, warnings = outcome(plan)
    assert errors == ms.MESSY["errors"]
    assert warnings == ms.MESSY["warnings"]
    assert plan.error_count == 8 and plan.warning_count == 4
    assert plan.new_households == ms.MESSY["new_households"]
    assert plan.new_residents == ms.MESSY["new_residents"]
    assert plan.updated_residents == 0 and plan.unchanged_residents == 0
    assert plan.rejected_row_count == ms.MESSY["rejected_rows"]
    assert plan.valid_row_count == 7
    assert all(p.sheet == "2024年台账" for p in plan.problems)
    # Nothing was written while planning.
    assert session.scalar(select(func.count()).select_from(Resident)) == 0


def test_the_messy_sheet_is_read_right(session: Session, tmp_path: Path) -> None:
    rows = by_row(plan_import(session, ms.messy_xlsx(tmp_path / "台账.xlsx")))
    wang, li = rows[ms.row_of(1)], rows[ms.row_of(2)]
    assert wang.clean.name == "王建国"  # padded and spaced name trimmed
    assert wang.clean.birth_date == dt.date(1950, 3, 4)
    assert wang.clean.tags == ("党员", "高龄")
    assert li.clean.tags == ("党员", "空巢老人")
    # 3号楼…401室 and 3栋…0401 are the same door: one household.
    assert wang.group is li.group and wang.group.address_text == "洪山小区3栋2单元0401"
    assert li.clean.relation == "妻" and li.clean.notes == "腿脚不便"
    zhang, son, sister, liu = (rows[ms.row_of(i)] for i in (3, 4, 5, 6))
    assert zhang.clean.tags == ("低保", "困难家庭") and zhang.clean.phone == "010-62345678"
    assert son.group is zhang.group and sister.group is zhang.group
    from stdnum.cn.ric import is_valid

    assert sister.clean.id_number.startswith("11010119750607042")  # 15 → 18 digits
    assert is_valid(sister.clean.id_number)
    assert sister.clean.birth_date == dt.date(1975, 6, 7)
    # Same door, second head: a household of its own (合租), never grouped by surname.
    assert liu.group is not zhang.group
    assert liu.group.address_text == zhang.group.address_text
    assert liu.clean.birth_date == dt.date(1990, 5, 20)  # 1990.5 agrees with the number
    chen = rows[ms.row_of(7)]
    assert chen.clean.tags == ("独居老人", "残疾") and chen.clean.gender.value == "F"
    assert {row.action for row in rows.values() if not row.rejected} == {NEW}


def test_problem_lines_name_row_column_and_problem(session: Session, tmp_path: Path) -> None:
    plan = plan_import(session, ms.messy_xlsx(tmp_path / "台账.xlsx"))
    english = load_catalogue("en").translate
    lines = [p.line(english) for p in plan.problems]
    assert f"Row {ms.row_of(8)} 身份证号码: Excel stored this ID number as a number" in "\n".join(
        lines
    )
    assert any(
        line.startswith(f"Row {ms.row_of(11)} 身份证号码:")
        and f"rows {ms.row_of(11)} and {ms.row_of(12)}" in line
        for line in lines
    )
    assert any("五保户" in line and "独居老人、空巢老人" in line for line in lines)
    assert f"Row {ms.row_of(9)}: Not imported because the row of the head ({ms.row_of(8)})" in (
        "\n".join(lines)
    )
    assert all("110101195003040117" not in line for line in lines)  # never a full number
    assert any("(warning)" in line for line in lines)


def test_split_address_columns_with_merged_cells(session: Session, tmp_path: Path) -> None:
    plan = plan_import(session, ms.split_xlsx(tmp_path / "split.xlsx"))
    assert plan.problems == []
    assert (plan.new_households, plan.new_residents) == (2, 3)
    rows = plan.rows
    assert [r.group.address_text for r in rows] == [
        "洪山小区3栋2单元0401",
        "洪山小区3栋2单元0401",
        "洪山小区3栋2单元0402",
    ]
    assert rows[0].clean.phone == "13812345678"
    assert rows[0].clean.tags == ("党员", "高龄") and rows[1].clean.tags == ("党员", "空巢老人")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gbk", "gb18030"])
def test_csv_in_every_encoding_excel_writes(
    session: Session, tmp_path: Path, encoding: str
) -> None:
    plan = plan_import(session, ms.write_csv(tmp_path / "台账.csv", encoding))
    assert [r.clean.name for r in plan.rows if r.clean] == ["王建国", "李秀英", "张伟"]
    errors, _warnings = outcome(plan)
    assert errors == {(5, "证件号码")}  # 1.10101E+17: Excel's scientific notation
    assert (plan.new_households, plan.new_residents, plan.rejected_row_count) == (1, 2, 1)


def test_old_xls_workbook(session: Session, tmp_path: Path) -> None:
    plan = plan_import(session, ms.write_xls(tmp_path / "花名册.xls"))
    assert plan.sheet == "花名册" and plan.header.row == 2
    errors, warnings = outcome(plan)
    assert errors == {(5, "证件号码")} and warnings == set()  # the number cell
    assert plan.rows[1].clean.birth_date == dt.date(1952, 5, 6)
    assert (plan.new_households, plan.new_residents) == (1, 2)


@pytest.mark.parametrize(
    ("maker", "words"),
    [
        (lambda p: ms.not_a_spreadsheet(p / "photo.xlsx"), "not a spreadsheet"),
        (lambda p: ms.not_a_spreadsheet(p / "photo.csv"), "not a spreadsheet"),
        (lambda p: ms.encrypted_xlsx(p / "secret.xlsx"), "password"),
        (lambda p: ms.encrypted_xlsx(p / "secret.xls"), "password"),
        (lambda p: ms.empty_xlsx(p / "empty.xlsx"), "is empty"),
        (lambda p: ms.no_name_column_xlsx(p / "noname.xlsx"), "no column of names"),
        (lambda p: p / "missing.xlsx", "does not exist"),
    ],
)
def test_bad_files_are_one_clear_user_error(
    session: Session, tmp_path: Path, maker, words: str
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as raised:
        plan_import(session, maker(tmp_path))
    assert words in str(raised.value)


def test_a_zip_that_is_not_a_workbook(session: Session, tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(UserError, match="not a spreadsheet"):
        plan_import(session, path)


def test_header_only_sheet_is_empty(session: Session, tmp_path: Path) -> None:
    path = ms.write_xlsx(tmp_path / "h.xlsx", ms.MESSY_HEADER, [[None] * 11, ["合计"]])
    with pytest.raises(UserError, match="is empty"):
        plan_import(session, path)


def test_planning_reports_progress_and_can_be_cancelled(session: Session, tmp_path: Path) -> None:
    path = ms.big_xlsx(tmp_path / "big.xlsx", 650)
    reports: list[tuple[int, int, str]] = []
    plan = plan_import(session, path, progress=Progress(lambda *r: reports.append(r)))
    assert plan.new_residents == 650 and plan.problems == []
    checking = [r for r in reports if r[2] == "Checking rows…"]
    assert [r[0] for r in checking] == [0, 200, 400, 600, 650]
    with pytest.raises(Cancelled):
        plan_import(session, path, progress=Progress(is_cancelled=lambda: True))
    assert session.scalar(select(func.count()).select_from(ChangeRecord)) == 0
    assert session.scalar(select(func.count()).select_from(Household)) == 0
