"""Rosters of party members (党员花名册) as offices keep them, built by the tests.

``messy_roster`` has what a real one has: a hidden sheet before it, two title rows
merged across the table, header words of another office, join dates as an Excel date,
``1990.07``, ``1975年3月`` and the number Excel made of ``1985.10``, 双报到 as 是/√/否/
blank, two teams in one cell with one role each, padded names, spaced phones, and a
合计 row. ``ROSTER`` says what the import must find; ``tree_skeleton`` is the store
it goes into (a 党总支, two branches, three of the roster's four teams).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from hearth_desk.domain.id_numbers import make_id_number
from hearth_desk.domain.models import Gender
from hearth_desk.services.tree.structure import add_branch, add_team, set_organisation

M, F = Gender.MALE, Gender.FEMALE
WANG = make_id_number("110105", dt.date(1956, 4, 12), 11, M)
LI = make_id_number("110105", dt.date(1962, 9, 3), 22, F)
ZHANG = make_id_number("110105", dt.date(1990, 1, 20), 33, M)
ZHAO = make_id_number("110105", dt.date(1950, 6, 15), 44, F)

HEADER = [
    "序号", "姓 名", "性别", "出生年月", "身份证号", "手机号码", "政治面貌", "入党时间", "所属支部",
    "工作单位", "在职/退休", "是否双报到", "单位党组织", "特长", "所属服务队", "队内职务", "备注",
]  # fmt: skip
TITLES = ["和平里社区党员花名册", "填报单位：和平里社区党总支　　填报日期：2026年11月"]
ROWS: list[list[Any]] = [
    [1, "  王建国 ", "男", dt.datetime(1956, 4, 12), WANG, "138 1234 5678", "中共党员",
     dt.datetime(1982, 7, 1), "第一党支部", "市第一医院", "在职", "是", "市第一医院党委",
     "内科", "医疗保健服务队、环境整治服务队", "队长", None],
    [2, "李 芳", "女", "1962.09", LI, "139 1111 2222", "预备党员", "1990.07", "第二党支部",
     "和平里小学", "在职", "√", "和平里小学党支部", "", "环境整治服务队，治安巡逻服务队",
     "副队长、队员", "新调入"],
    [3, "张伟", "男", None, ZHANG, "13700001111", "群众", None, None, "个体", "在职", None,
     None, "修电器", "家电维修服务队", "队员", None],
    [4, " 赵敏", "女", "1950-06-15", ZHAO, "010 6421 0134", "中共党员", "1975年3月",
     "第一党支部", "", "退休", "否", None, "", "医疗保健服务队", None, None],
    [5, "孙秀兰", "女", "1958-05-06", None, "136 0000 2222", "中共党员", 1985.1, "第二党支部",
     "", "退休", None, None, "理发", None, None, None],
]  # fmt: skip
TOTAL = ["合计", "5人"]

# What importing ``messy_roster`` into ``tree_skeleton`` must give.
ROSTER = {
    "members": {
        # name: (phone, join date, retired, 双报到, teams and roles)
        "王建国": (
            "13812345678",
            dt.date(1982, 7, 1),
            False,
            True,
            {"医疗保健服务队": "leader", "环境整治服务队": "leader"},
        ),
        "李芳": (
            "13911112222",
            dt.date(1990, 7, 1),
            False,
            True,
            {"环境整治服务队": "deputy", "治安巡逻服务队": "member"},
        ),
        "张伟": ("13700001111", None, False, False, {"家电维修服务队": "member"}),
        "赵敏": ("010-64210134", dt.date(1975, 3, 1), True, False, {"医疗保健服务队": "member"}),
        "孙秀兰": ("13600002222", dt.date(1985, 10, 1), True, False, {}),
    },
    "new_teams": ["家电维修服务队"],
    "header_row": 3,
}


def tree_skeleton(session: Session) -> None:
    """A 党总支 with 第一党支部 and 第二党支部; three teams (家电维修服务队 is not one)."""
    set_organisation(session, "和平里社区党总支", secretary="周建华")
    add_branch(session, "第一党支部")
    add_branch(session, "第二党支部")
    for name in ("医疗保健服务队", "环境整治服务队", "治安巡逻服务队"):
        add_team(session, name)


def write_roster(
    path: Path, rows: list[list[Any]], *, header: list[str] = HEADER, hidden: bool = True
) -> Path:
    """A workbook: a hidden sheet of an old list first, then the roster with merged
    title rows, ID numbers as text cells, and a 合计 row under the rows."""
    from openpyxl import Workbook

    workbook = Workbook()
    old = workbook.active
    old.title = "旧名单"
    old.append(["姓名", "联系电话", "所属服务队"])
    old.append(["旧人", "13800000000", "旧服务队"])
    old.sheet_state = "hidden" if hidden else "visible"
    ws = workbook.create_sheet("党员花名册")
    last = chr(ord("A") + len(header) - 1)
    for index, title in enumerate(TITLES, start=1):
        ws.append([title])
        ws.merge_cells(f"A{index}:{last}{index}")
    ws.append(header)
    for row in rows:
        ws.append(row)
    ws.append(TOTAL)
    for cells in ws.iter_rows(min_row=len(TITLES) + 2):
        for cell in cells:
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(cell.value, str) and cell.value.isdigit():
                cell.number_format = "@"
    workbook.save(path)
    return path


def messy_roster(path: Path) -> Path:
    return write_roster(path, ROWS)


def sheet_row(index: int) -> int:
    """The sheet row of ``ROWS[index]``: below the two titles and the header."""
    return len(TITLES) + 2 + index


def bad_roster(path: Path) -> Path:
    """Rows 4–6 are wrong: joined at 16, joined before birth, an ID's check digit;
    row 7 is fine."""
    rows = [list(row) for row in ROWS[:4]]
    rows[0][7] = dt.datetime(1972, 7, 1)  # 王建国, born 1956-04-12: 16
    rows[1][7] = "1960.07"  # 李芳, born 1962-09-03
    rows[2][4] = ZHANG_BAD
    return write_roster(path, rows)


ZHANG_BAD = ZHANG[:-1] + ("0" if ZHANG[-1] != "0" else "1")
