"""The problem ledger's data, and its .xlsx opened again as the office would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.services.visits.problem_ledger import (
    HEADER,
    filter_text,
    problem_ledger_data,
    problem_ledger_for,
    request_filter,
    totals_lines,
    write_problem_ledger_xlsx,
)
from hearth_desk.services.visits.request_list import RequestFilter
from tests.support.request_factories import DAY, some_requests


def test_the_choice_is_the_filter_and_the_totals_add_up(session: Session) -> None:
    made = some_requests(session)
    choice = LedgerChoice(date_from=dt.date(2026, 10, 1), request_category="safety")
    assert request_filter(choice) == RequestFilter(start=dt.date(2026, 10, 1), category="safety")
    assert [row.id for row in problem_ledger_for(session, choice).rows] == [made["wall"].id]
    data = problem_ledger_data(session, today=DAY)
    assert data.by_status == {"in_progress": 1, "closed": 1, "escalated": 1, "registered": 1}
    assert data.by_tier == {"small": 2, "large": 1, "special": 1}
    assert totals_lines(data) == [
        "合计4件",
        "按状态：登记1件，办理中1件，上报街道1件，办结1件",
        "按层级：小事2件，大事1件，特事1件",
        "逾期未办结：1件",
    ]
    wanted = RequestFilter(dt.date(2026, 10, 1), None, "special", "safety", "escalated", True)
    assert filter_text(wanted) == (
        "登记日期：2026-10-01至…　层级：特事　类别：安全　状态：上报街道　仅逾期"
    )


def test_the_sheet_reopens_with_its_rows_and_totals(session: Session, tmp_path: Path) -> None:
    made = some_requests(session)
    data = problem_ledger_data(session, today=DAY)
    out = tmp_path / "问题台账.xlsx"
    assert write_problem_ledger_xlsx(out, data) == 4
    sheet = load_workbook(out).active
    assert sheet.title == "问题台账"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == HEADER
    pipe = rows[2]
    assert pipe[0] == f"#{made['pipe'].id}" and pipe[1] == dt.datetime(2026, 10, 8)
    assert pipe[2:8] == ("走访", "洪山小区3栋2单元0402", "工程", "大事", "下水管漏水", "李主任")
    assert pipe[9:12] == ("办结", dt.datetime(2026, 10, 12), "物业更换管道")
    assert rows[3][3] == "洪山小区北门" and rows[3][9] == "上报街道"
    assert rows[-4][0] == "合计4件"
    with pytest.raises(UserError):
        write_problem_ledger_xlsx(tmp_path / "台账.pdf", data)
