"""Control characters and field lengths in an imported sheet: found by the plan, with
row and column named, and the same answer on SQLite and PostgreSQL.

Before, a 151-character compound name imported on SQLite but failed at commit on
PostgreSQL after the plan said "0 errors"; 工作单位 over 100 and 与户主关系 over 20
characters were cut silently; control characters went into the store.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hearth_desk.domain.models import GridNode, Resident
from hearth_desk.services.ledger.importing import apply_import, plan_import
from hearth_desk.storage.store import Store
from tests.support import messy_sheets as ms

HEADER = ["姓名", "身份证号码", "与户主关系", "小区", "楼栋", "单元", "门牌号", "工作单位", "备注"]


def member(**changes: str) -> list[str]:
    """李秀英, the wife of ``person()``'s 王建国, with ``changes``."""
    return person(**{"姓名": "李秀英", "身份证号码": ms.LI, "与户主关系": "妻", **changes})


def person(**changes: str) -> list[str]:
    row = {
        "姓名": "王建国", "身份证号码": ms.WANG, "与户主关系": "户主", "小区": "洪山小区",
        "楼栋": "3栋", "单元": "2单元", "门牌号": "0401", "工作单位": "洪山机械厂", "备注": "",
    }  # fmt: skip
    row.update(changes)
    return [row[column] for column in HEADER]


def sheet(path: Path, *rows: list[str]) -> Path:
    """A CSV (it holds any character; Excel's XML cannot hold most controls)."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def errors_of(store: Store, path: Path) -> set[tuple[int, str, str]]:
    with store.session() as session:
        plan = plan_import(session, path)
    return {(p.row, p.column, p.finding.message) for p in plan.problems if p.is_error}


def import_all(store: Store, path: Path) -> None:
    with store.transaction() as session:
        apply_import(session, plan_import(session, path))


LENGTH = "It is {length} characters long; at most {limit} fit."
IN_VALUE = "“{value}”: {problem}"
CONTROL = "It contains an invisible control character ({code}); delete it and type the text again."


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("小区", "洪" * 101, IN_VALUE),
        ("楼栋", "栋" * 101, IN_VALUE),
        ("门牌号", "1" * 21, IN_VALUE),
        ("工作单位", "厂" * 101, LENGTH),
        ("与户主关系", "关" * 21, LENGTH),
        ("姓名", "名" * 51, "The name is longer than {limit} characters."),
    ],
)
def test_a_value_longer_than_its_column_is_an_error_in_the_plan(
    store: Store, tmp_path: Path, column: str, value: str, message: str
) -> None:
    path = sheet(tmp_path / "x.csv", person(), member(**{column: value}))
    assert errors_of(store, path) == {(3, column, message)}


def test_the_compound_of_a_one_column_address_is_checked_too(store: Store, tmp_path: Path) -> None:
    path = ms.write_xlsx(
        tmp_path / "x.xlsx",
        ["姓名", "身份证号码", "住址"],
        [["王建国", ms.WANG, "洪" * 151 + "3栋2单元0401"]],
    )
    with store.session() as session:
        plan = plan_import(session, path)
    (problem,) = plan.problems
    assert (problem.row, problem.column, problem.is_error) == (2, "住址", True)
    assert problem.finding.params["problem"].params == {"length": 151, "limit": 100}
    assert plan.valid_row_count == 0


def test_values_as_long_as_their_columns_import_on_both_databases(
    store: Store, tmp_path: Path
) -> None:
    """A 50-character name's pinyin is 351 characters and three 100-character grid names
    make a 320-character address: the derived columns are cut to fit, where before
    PostgreSQL refused them at commit."""
    row = person(姓名="庄" * 50, 小区="洪" * 100, 楼栋="栋" * 100, 单元="单" * 100)
    row[HEADER.index("门牌号")] = "1-2-3-4-5-6-7-8-9-10"  # 20 characters, a long sort key
    row[HEADER.index("工作单位")] = "厂" * 100
    row[HEADER.index("与户主关系")] = "户主"
    path = sheet(tmp_path / "x.csv", row)
    assert errors_of(store, path) == set()
    import_all(store, path)
    with store.session() as session:
        resident = session.scalar(select(Resident))
        assert resident.name == "庄" * 50 and resident.work_unit == "厂" * 100
        assert len(resident.household.address) == 200
        assert session.scalar(select(func.count()).select_from(GridNode)) == 3


@pytest.mark.parametrize(
    ("column", "value", "code"),
    [
        ("姓名", "王\x00芳", "U+0000"),
        ("姓名", "王\x1b[31m芳", "U+001B"),
        ("姓名", "王\x1c芳", "U+001C"),  # str.split() would have eaten this one
        ("与户主关系", "妻\x07", "U+0007"),
        ("工作单位", "洪山\x9b31m厂", "U+009B"),
        ("备注", "腿脚\x7f不便", "U+007F"),
        ("小区", "洪山\x1b小区", "U+001B"),
        ("门牌号", "04\x0001", "U+0000"),
    ],
)
def test_a_control_character_is_an_error_naming_row_and_column(
    store: Store, tmp_path: Path, column: str, value: str, code: str
) -> None:
    with store.session() as session:
        plan = plan_import(session, sheet(tmp_path / "x.csv", person(), member(**{column: value})))
    (problem,) = plan.problems
    assert (problem.row, problem.column, problem.finding.message) == (3, column, CONTROL)
    assert problem.finding.params == {"code": code}
    assert "\x1b" not in problem.line(lambda _context, source: source)


def test_a_control_character_in_a_value_quoted_back_is_shown_as_a_symbol(
    store: Store, tmp_path: Path
) -> None:
    path = sheet(tmp_path / "x.csv", person(), person(身份证号码="\x1b[2J" + ms.LI))
    with store.session() as session:
        plan = plan_import(session, path)
    lines = [p.line(lambda _context, source: source) for p in plan.problems]
    assert lines and not any(c < " " for line in lines for c in line)


def test_tabs_and_line_breaks_are_spaces(store: Store, tmp_path: Path) -> None:
    """Excel's Alt+Enter in a cell: one line in the store, where the forms edit one line."""
    path = sheet(
        tmp_path / "x.csv",
        person(备注="腿脚不便\r\n需上门\t服务", 工作单位="洪山\n机械厂", 姓名="王\n建国"),
    )
    import_all(store, path)
    with store.session() as session:
        resident = session.scalar(select(Resident))
        assert resident.notes == "腿脚不便 需上门 服务"
        assert resident.work_unit == "洪山 机械厂" and resident.name == "王建国"
