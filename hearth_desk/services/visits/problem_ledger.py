"""The problem ledger (问题台账): the requests a filter covers, one row each, with the
filters it was made with and its totals; printed by ``reports.visits.problem_ledger``
and written here as the .xlsx the street office asks for each month.

Both read the same plain data (``ProblemLedgerData``), gathered in one pass of the
store, so the sheet and the paper always agree.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.visit_words import (
    REQUEST_CATEGORY_CHINESE,
    REQUEST_SOURCE_CHINESE,
    REQUEST_STATUS_CHINESE,
    REQUEST_TIER_CHINESE,
    SATISFACTION_CHINESE,
)
from hearth_desk.services.community import community_heading
from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.services.progress import Progress
from hearth_desk.services.spreadsheets import cell_value, new_sheet, save
from hearth_desk.services.visits.request_list import (
    EVERY_REQUEST,
    RequestFilter,
    RequestLine,
    lines_for,
    request_ids,
)

READING = QT_TRANSLATE_NOOP("Progress", "Reading the requests…")
SHEET_TITLE = "问题台账"
HEADER = ("编号", "登记日期", "来源", "住户/地点", "类别", "层级", "问题描述", "经办人",
          "期限", "状态", "办结日期", "办理结果", "满意度")  # fmt: skip
WIDTHS = (7, 12, 8, 26, 9, 7, 40, 10, 12, 9, 12, 36, 9)
DATE_COLUMNS = (2, 9, 11)  # 登记日期, 期限, 办结日期 (1-based)


@dataclass(frozen=True)
class ProblemLedgerData:
    heading: str | None
    wanted: RequestFilter
    rows: tuple[RequestLine, ...]
    today: dt.date
    by_status: dict[str, int] = field(default_factory=dict)
    by_tier: dict[str, int] = field(default_factory=dict)

    @property
    def overdue(self) -> int:
        return sum(1 for row in self.rows if row.overdue)


def request_filter(choice: LedgerChoice) -> RequestFilter:
    """The requests a print choice covers (the Print area and ``print requests``)."""
    return RequestFilter(
        start=choice.date_from,
        end=choice.date_to,
        tier=choice.request_tier,
        category=choice.request_category,
        status=choice.request_status,
        overdue_only=choice.overdue_only,
    )


def problem_ledger_data(
    session: Session,
    wanted: RequestFilter = EVERY_REQUEST,
    *,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> ProblemLedgerData:
    """Every request ``wanted`` covers, in the order they were registered."""
    today = today or dt.date.today()
    ids = request_ids(session, wanted, today)
    if progress is not None:
        progress.report(0, len(ids), READING)
    rows = tuple(lines_for(session, ids, today))
    return ProblemLedgerData(
        heading=community_heading(session),
        wanted=wanted,
        rows=rows,
        today=today,
        by_status=dict(Counter(row.status for row in rows)),
        by_tier=dict(Counter(row.tier for row in rows)),
    )


def problem_ledger_for(
    session: Session, choice: LedgerChoice, progress: Progress | None = None
) -> ProblemLedgerData:
    """``problem_ledger_data`` for what the user chose (the printout catalogue's call)."""
    return problem_ledger_data(session, request_filter(choice), progress=progress)


def sheet_row(row: RequestLine) -> list[object]:
    """One request as the ledger's columns, in the office's words."""
    return [
        f"#{row.id}",
        row.registered_on,
        REQUEST_SOURCE_CHINESE.get(row.source, row.source),
        row.where,
        REQUEST_CATEGORY_CHINESE.get(row.category, row.category),
        REQUEST_TIER_CHINESE.get(row.tier, row.tier),
        row.description,
        row.handler,
        row.due_date,
        REQUEST_STATUS_CHINESE.get(row.status, row.status),
        row.closed_on,
        row.result,
        SATISFACTION_CHINESE.get(row.satisfaction or "", ""),
    ]


def write_problem_ledger_xlsx(
    out: Path, data: ProblemLedgerData, progress: Progress | None = None
) -> int:
    """Write ``data`` to the .xlsx ``out``; the rows written. The totals follow the rows."""
    if out.suffix.lower() != ".xlsx":
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "Write the problem ledger to a file ending in .xlsx, not “{name}”."
            ),
            name=out.name,
        )
    workbook, sheet = new_sheet(SHEET_TITLE, HEADER, WIDTHS)
    for number, row in enumerate(data.rows, start=1):
        sheet.append([cell_value(value) for value in sheet_row(row)])
        for column in DATE_COLUMNS:  # row 1 is the header (max_row would scan the sheet)
            sheet.cell(number + 1, column).number_format = "yyyy-mm-dd"
        if progress is not None and number % 500 == 0:
            progress.report(number, len(data.rows), READING)
    sheet.append([])
    filters = filter_text(data.wanted)
    if filters:
        sheet.append([f"筛选条件：{filters}"])
    for line in totals_lines(data):
        sheet.append([line])
    save(workbook, out)
    return len(data.rows)


def totals_lines(data: ProblemLedgerData) -> list[str]:
    """合计 lines, in the office's words: by status, by tier, and how many are overdue."""

    def counted(counts: dict[str, int], words: dict[str, str]) -> str:
        return "，".join(
            f"{word}{counts[code]}件" for code, word in words.items() if counts.get(code)
        )

    lines = [f"合计{len(data.rows)}件"]
    if data.rows:
        lines.append("按状态：" + counted(data.by_status, REQUEST_STATUS_CHINESE))
        lines.append("按层级：" + counted(data.by_tier, REQUEST_TIER_CHINESE))
        lines.append(f"逾期未办结：{data.overdue}件")
    return lines


def filter_text(wanted: RequestFilter) -> str:
    """The filters the ledger was made with, as its header says them; "" for none."""
    parts = []
    if wanted.start or wanted.end:
        start = wanted.start.isoformat() if wanted.start else "…"
        end = wanted.end.isoformat() if wanted.end else "…"
        parts.append(f"登记日期：{start}至{end}")
    for label, code, words in (
        ("层级", wanted.tier, REQUEST_TIER_CHINESE),
        ("类别", wanted.category, REQUEST_CATEGORY_CHINESE),
        ("状态", wanted.status, REQUEST_STATUS_CHINESE),
    ):
        if code:
            parts.append(f"{label}：{words.get(code, code)}")
    if wanted.overdue_only:
        parts.append("仅逾期")
    if wanted.handler:
        parts.append(f"经办人：{wanted.handler}")
    return "　".join(parts)
