"""Closure days (停课日) from a small sheet the office keeps: the first visible sheet of
an .xlsx (or .xls, .csv), a header row with 日期 and 原因, one day a row.

The sheet is read whole before anything is written: a row whose date cannot be read is
one ``UserError`` naming the sheet, the row and the field, and nothing changes. The
file is opened with the ledger import's guarded reader (size limits, damaged
files, hidden sheets), not a second one.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.services.ledger.importing.reading import read_sheets
from hearth_desk.services.ledger.importing.sheets import is_blank

DATE_HEADER, REASON_HEADER = "日期", "原因"
_WRITTEN = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")

Closure = tuple[dt.date, str | None]


def read_closures(path: Path) -> list[Closure]:
    """Each (day, reason) of the sheet in its order; a day given twice keeps its first."""
    with read_sheets(path) as sheets:
        sheet = next(sheets, None)
        if sheet is None:
            return []
        header = next(sheet.rows, [])
        columns = [str(cell).strip() if cell is not None else "" for cell in header]
        if DATE_HEADER not in columns:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The sheet “{sheet}” has no column 日期 in its first row."
                ),
                sheet=sheet.name,
            )
        at = columns.index(DATE_HEADER)
        reason_at = columns.index(REASON_HEADER) if REASON_HEADER in columns else None
        found: dict[dt.date, str | None] = {}
        for number, row in enumerate(sheet.rows, start=2):
            if all(is_blank(cell) for cell in row):
                continue
            day = _date(_cell(row, at))
            if day is None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "Sheet “{sheet}”, row {row}: 日期 “{value}” is not a date such as "
                        "2026-10-01.",
                    ),
                    sheet=sheet.name,
                    row=number,
                    value="" if is_blank(_cell(row, at)) else str(_cell(row, at)).strip(),
                )
            reason = _cell(row, reason_at) if reason_at is not None else None
            found.setdefault(day, None if is_blank(reason) else str(reason).strip())
    return list(found.items())


def _cell(row: list[Any], index: int) -> Any:
    return row[index] if index < len(row) else None


def _date(value: Any) -> dt.date | None:
    """A date cell, or text written 2026-10-01, 2026/10/1 or 2026年10月1日."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = _WRITTEN.match(str(value or "").strip())
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
