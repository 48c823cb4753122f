"""The ledger exported to .xlsx: the importer's columns, text ID cells, frozen header,
masked unless asked, narrowed by grid and tag, and never a half-written file."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import Cancelled, UserError
from hearth_desk.domain.masking import mask_id_number, mask_phone
from hearth_desk.domain.models import Household, Resident, resident_care_tag
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.services.ledger.care_tags import tags_named
from hearth_desk.services.ledger.export import (
    EXPORT_COLUMNS,
    KEYWORD_FULL,
    KEYWORD_MASKED,
    MASKED_COLUMNS,
    export_residents,
)
from hearth_desk.services.ledger.grid import find_child, resolve_grid_path, units_under
from hearth_desk.services.ledger.query import ResidentFilter
from hearth_desk.services.progress import Progress

EVERYONE = ResidentFilter(status=None)
HEADERS = (
    "小区", "楼栋", "单元", "门牌", "姓名", "性别", "出生日期", "公民身份号码", "联系电话",
    "与户主关系", "工作单位", "人员类别", "状态", "状态日期", "备注",
)  # fmt: skip


@pytest.fixture
def demo(session: Session) -> Session:
    fill_demo(session, households=120, seed=3)
    session.commit()
    return session


def rows_of(path: Path) -> list[dict[str, object]]:
    sheet = openpyxl.load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    return [
        dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2, values_only=True)
    ]


def test_columns_are_exactly_the_importers(demo: Session, tmp_path: Path) -> None:
    out = tmp_path / "台账.xlsx"
    export_residents(demo, out, EVERYONE, full_numbers=True)
    sheet = openpyxl.load_workbook(out).active
    assert EXPORT_COLUMNS == HEADERS
    assert tuple(cell.value for cell in sheet[1]) == HEADERS
    assert all(cell.font.bold for cell in sheet[1])


def test_a_masked_sheet_gives_the_birth_year_not_the_date(demo: Session, tmp_path: Path) -> None:
    # Beside a masked ID number the birth date would give back what the mask hides.
    masked, full = tmp_path / "masked.xlsx", tmp_path / "full.xlsx"
    export_residents(demo, masked, EVERYONE)
    export_residents(demo, full, EVERYONE, full_numbers=True)
    sheet = openpyxl.load_workbook(masked).active
    masked_headers = tuple("出生年份" if h == "出生日期" else h for h in HEADERS)
    assert MASKED_COLUMNS == masked_headers
    assert tuple(cell.value for cell in sheet[1]) == masked_headers
    pairs = list(zip(rows_of(masked), rows_of(full), strict=True))
    assert any(f["出生日期"] for _m, f in pairs)
    for m, f in pairs:
        assert m["出生年份"] == (f["出生日期"].year if f["出生日期"] else None)  # type: ignore[union-attr]
        assert f["出生日期"] is None or f["出生日期"] not in m.values()


def test_every_resident_once_in_ledger_order(demo: Session, tmp_path: Path) -> None:
    out = tmp_path / "台账.xlsx"
    written = export_residents(demo, out, EVERYONE)
    total = demo.scalar(select(func.count()).select_from(Resident))
    rows = rows_of(out)
    assert written == len(rows) == total
    # ledger order: by address (compound + building + unit + door), head first in a household
    addresses = [f"{r['小区']}{r['楼栋']}{r['单元']}{r['门牌']}" for r in rows]
    assert addresses == sorted(addresses)
    first_of_household = [i for i in range(len(rows)) if i == 0 or addresses[i] != addresses[i - 1]]
    heads = sum(1 for i in first_of_household if rows[i]["与户主关系"] == "户主")
    assert heads == demo.scalar(select(func.count()).select_from(Household))


def test_frozen_header_widths_and_text_id_cells(demo: Session, tmp_path: Path) -> None:
    out = tmp_path / "台账.xlsx"
    export_residents(demo, out, EVERYONE, full_numbers=True)
    sheet = openpyxl.load_workbook(out).active
    assert sheet.freeze_panes == "A2"
    for letter in "ABCDEFGHIJKLMNO":
        assert sheet.column_dimensions[letter].width >= 6
    assert sheet.column_dimensions["H"].width >= 20  # 18 digits shown whole
    ids = [row[7] for row in sheet.iter_rows(min_row=2) if row[7].value]
    phones = [row[8] for row in sheet.iter_rows(min_row=2) if row[8].value]
    assert len(ids) > 100 and phones
    for cell in ids + phones:
        assert cell.data_type == "s" and isinstance(cell.value, str)
        assert cell.number_format == "@"
    assert all(len(cell.value) == 18 and cell.value[:17].isdigit() for cell in ids)
    births = [row[6] for row in sheet.iter_rows(min_row=2) if row[6].value]
    assert births and all(cell.is_date for cell in births)
    assert all(cell.number_format == "yyyy-mm-dd" for cell in births)


def test_values_import_back_to_the_same_data(demo: Session, tmp_path: Path) -> None:
    out = tmp_path / "台账.xlsx"
    export_residents(demo, out, EVERYONE, full_numbers=True)
    by_id = {row["公民身份号码"]: row for row in rows_of(out)}
    statuses = {"living": "在住", "moved_out": "迁出", "deceased": "死亡"}
    checked = 0
    for resident in demo.scalars(select(Resident).where(Resident.id_number.is_not(None))):
        row = by_id[resident.id_number]
        assert row["姓名"] == resident.name
        assert row["性别"] == {"M": "男", "F": "女"}[resident.gender]
        assert row["出生日期"].date() == resident.birth_date  # type: ignore[union-attr]
        assert (row["联系电话"] or None) == resident.phone
        assert row["与户主关系"] == resident.relation
        assert (row["工作单位"] or None) == resident.work_unit
        assert (row["备注"] or None) == resident.notes
        assert row["状态"] == statuses[resident.status]
        status_date = row["状态日期"]
        assert (status_date.date() if status_date else None) == resident.status_date  # type: ignore[union-attr]
        assert (row["人员类别"] or "") == "、".join(tag.name for tag in resident.tags)
        assert f"{row['小区']}{row['楼栋']}{row['单元']}{row['门牌']}" == resident.household.address
        checked += 1
    assert checked > 100
    assert any(row["状态"] != "在住" for row in by_id.values())
    assert any(row["人员类别"] and "、" in row["人员类别"] for row in by_id.values())


def test_masked_unless_full_numbers_are_asked_for(demo: Session, tmp_path: Path) -> None:
    masked, full = tmp_path / "masked.xlsx", tmp_path / "full.xlsx"
    export_residents(demo, masked, EVERYONE)
    export_residents(demo, full, EVERYONE, full_numbers=True)
    masked_rows, full_rows = rows_of(masked), rows_of(full)
    assert len(masked_rows) == len(full_rows)
    for m, f in zip(masked_rows, full_rows, strict=True):
        assert m["公民身份号码"] == (mask_id_number(f["公民身份号码"]) or None)  # type: ignore[arg-type]
        assert m["联系电话"] == (mask_phone(f["联系电话"]) or None)  # type: ignore[arg-type]
    assert all("*" in str(r["公民身份号码"]) for r in masked_rows if r["公民身份号码"])
    assert openpyxl.load_workbook(masked).properties.keywords == KEYWORD_MASKED
    assert openpyxl.load_workbook(full).properties.keywords == KEYWORD_FULL
    every_id = {r["公民身份号码"] for r in full_rows}
    assert not any(value in every_id for r in masked_rows for value in r.values() if value)


def test_narrowed_by_grid_node_and_by_tag(demo: Session, tmp_path: Path) -> None:
    compound = find_child(demo, None, "和平里一区")
    assert compound is not None
    building = resolve_grid_path(demo, "和平里一区/2栋")
    out = tmp_path / "楼.xlsx"
    written = export_residents(demo, out, ResidentFilter(node_id=building.id, status=None))
    expected = demo.scalar(
        select(func.count())
        .select_from(Resident)
        .join(Household)
        .where(Household.unit_id.in_(units_under(demo, building.id)))
    )
    rows = rows_of(out)
    assert written == len(rows) == expected > 0
    assert {(r["小区"], r["楼栋"]) for r in rows} == {("和平里一区", "2栋")}

    tag = tags_named(demo, ["独居老人"])[0]
    out = tmp_path / "独居.xlsx"
    written = export_residents(demo, out, ResidentFilter(tag_id=tag.id, status=None))
    expected = demo.scalar(
        select(func.count())
        .select_from(resident_care_tag)
        .where(resident_care_tag.c.care_tag_id == tag.id)
    )
    rows = rows_of(out)
    assert written == len(rows) == expected > 0
    assert all("独居老人" in str(r["人员类别"]).split("、") for r in rows)


def test_grid_paths_resolve_or_name_what_is_missing(demo: Session) -> None:
    unit = resolve_grid_path(demo, " 和平里一区 ／2栋/1单元 ")
    assert unit.level == "unit" and unit.name == "1单元"
    with pytest.raises(UserError) as raised:
        resolve_grid_path(demo, "和平里一区/99栋")
    assert raised.value.params["name"] == "和平里一区/99栋"
    with pytest.raises(UserError):
        resolve_grid_path(demo, "a/b/c/d")


def test_nothing_to_export_writes_the_header_only(demo: Session, tmp_path: Path) -> None:
    out = tmp_path / "空.xlsx"
    assert export_residents(demo, out, ResidentFilter(min_age=150)) == 0
    sheet = openpyxl.load_workbook(out).active
    assert sheet.max_row == 1 and sheet["A1"].value == "小区"


def test_a_note_that_looks_like_a_formula_stays_text(demo: Session, tmp_path: Path) -> None:
    resident = demo.scalars(select(Resident).order_by(Resident.id)).first()
    assert resident is not None
    resident.notes = "=SUM(A1:A9)\x0b 备注"
    demo.commit()
    out = tmp_path / "台账.xlsx"
    export_residents(demo, out, ResidentFilter(household_id=resident.household_id, status=None))
    sheet = openpyxl.load_workbook(out).active
    notes = [row[14] for row in sheet.iter_rows(min_row=2) if row[14].value]
    assert [(cell.value, cell.data_type) for cell in notes] == [("=SUM(A1:A9) 备注", "s")]


def test_a_cancelled_export_leaves_no_file(demo: Session, tmp_path: Path) -> None:
    calls = 0

    def cancel_later() -> bool:
        nonlocal calls
        calls += 1
        return calls > 2

    folder = tmp_path / "out"
    with pytest.raises(Cancelled):
        export_residents(
            demo, folder / "台账.xlsx", EVERYONE, progress=Progress(is_cancelled=cancel_later)
        )
    assert list(folder.iterdir()) == []


def test_a_failed_export_keeps_the_old_file(
    demo: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "台账.xlsx"
    out.write_bytes(b"old")

    def broken_save(self: object, filename: str) -> None:
        Path(filename).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    with pytest.raises(UserError) as raised:
        export_residents(demo, out, EVERYONE)
    assert "No space left" in str(raised.value)
    assert [p.name for p in folder.iterdir()] == ["台账.xlsx"]
    assert out.read_bytes() == b"old"


def test_an_unwritable_target_is_a_user_error(demo: Session, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserError) as raised:
        export_residents(demo, blocker / "台账.xlsx", EVERYONE)
    assert raised.value.params["path"] == str(blocker / "台账.xlsx")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_is_a_user_error(demo: Session, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(UserError):
            export_residents(demo, folder / "台账.xlsx", EVERYONE)
    finally:
        folder.chmod(0o700)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_file_is_the_users_alone_even_masked(demo: Session, tmp_path: Path) -> None:
    """Issue 11: a masked export still holds names and addresses, so it is 0600 (it was
    readable by others, 0644, under the usual umask)."""
    out = tmp_path / "台账.xlsx"
    out.write_bytes(b"an older export")
    out.chmod(0o644)
    old = os.umask(0o022)
    try:
        export_residents(demo, out, ResidentFilter(min_age=90))
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_dates_are_real_dates(demo: Session, tmp_path: Path) -> None:
    out = tmp_path / "台账.xlsx"
    export_residents(demo, out, EVERYONE, full_numbers=True)
    rows = rows_of(out)
    assert all(isinstance(r["出生日期"], dt.datetime) for r in rows if r["出生日期"])
    dated = [r for r in rows if r["状态"] != "在住"]
    assert dated and all(isinstance(r["状态日期"], dt.datetime) for r in dated)
