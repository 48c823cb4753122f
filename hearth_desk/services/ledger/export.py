"""Export of the household ledger to an Excel sheet (.xlsx) that imports back.

Staff keep their ledgers in Excel, so the export is the sheet they know: one header
row (frozen), then one row per resident in ledger order, with exactly the columns
``EXPORT_COLUMNS`` that the importer (``services.ledger.importing``) reads. ID numbers
and phones are text cells (format ``@``) so Excel never turns an ID number into
1.1E+17, and are masked unless the user asks for full numbers; whether they are is
recorded in the workbook's properties, never as an extra row. A masked sheet gives
the birth year instead of the birth date (``MASKED_COLUMNS``): the date beside a
masked number would give back what the mask hides. The importer refuses a masked
sheet anyway (its ID numbers are masked), so only the full sheet has to import back.

100,000 residents export in seconds: rows come in chunks from plain selects (no ORM
objects) with their tags (``care_tags.tag_names_of``), and openpyxl streams them in
write-only mode. The file is written beside the target and renamed at the end, so a
cancelled or failed export leaves nothing under the real name; it is private to the
user (0600 on POSIX: even masked, it holds names and addresses), and a link, folder
or device in the target's place is refused (``services/user_files``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.masking import mask_id_number, mask_phone
from hearth_desk.domain.messages import Translate
from hearth_desk.domain.models import Household, Resident
from hearth_desk.domain.vocabulary import GENDER_CHINESE, STATUS_CHINESE
from hearth_desk.services.chunks import in_chunks
from hearth_desk.services.ledger.care_tags import tag_names_of
from hearth_desk.services.ledger.grid import grid_names
from hearth_desk.services.ledger.query import (
    ResidentFilter,
    resident_ids,
)
from hearth_desk.services.progress import Progress
from hearth_desk.services.user_files import replacing

# The sheet's columns, in order; the importer reads exactly these headers. They are
# the sheet's data format, like the printed labels of a paper form, not UI text.
EXPORT_COLUMNS = (
    "小区", "楼栋", "单元", "门牌", "姓名", "性别", "出生日期", "公民身份号码", "联系电话",
    "与户主关系", "工作单位", "人员类别", "状态", "状态日期", "备注",
)  # fmt: skip
BIRTH_COLUMN = EXPORT_COLUMNS.index("出生日期")
# With masked numbers: the birth year in place of the birth date, under its own name.
MASKED_COLUMNS = (*EXPORT_COLUMNS[:BIRTH_COLUMN], "出生年份", *EXPORT_COLUMNS[BIRTH_COLUMN + 1 :])
COLUMN_WIDTHS = (16, 8, 8, 8, 10, 6, 12, 22, 15, 11, 24, 22, 7, 12, 30)
SHEET_TITLE = "居民台账"
TAG_SEPARATOR = "、"
DATE_FORMAT = "yyyy-mm-dd"
TEXT_FORMAT = "@"
KEYWORD_MASKED = "hearth-desk:masked"
KEYWORD_FULL = "hearth-desk:full-numbers"
CHUNK = 1000  # ids per query: well under every database's parameter limit
EXPORT_CONTEXT = "Export"

# Characters XML 1.0 cannot hold (a stray tab-like control from an old sheet, say).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_PHONE_LIKE = re.compile(r"^[-+\d]+$")  # 010-64210134 and +86… are numbers, not formulas


class LedgerRecord(NamedTuple):
    """One resident with the names of their grid cells: what the export and the
    printed ledgers show. ``id_number`` and ``phone`` are the full values."""

    resident_id: int
    household_id: int
    compound: str
    building: str
    unit: str
    unit_id: int
    door: str
    address: str
    name: str
    gender: str  # M / F
    birth_date: dt.date | None
    id_number: str
    phone: str
    relation: str
    work_unit: str
    tags: tuple[str, ...]
    status: str  # living / moved_out / deceased
    status_date: dt.date | None
    notes: str


def ledger_records(
    session: Session,
    ids: Sequence[int],
    *,
    progress: Progress | None = None,
    message: str = "",
) -> Iterator[LedgerRecord]:
    """The records of ``ids`` in that order, fetched ``CHUNK`` at a time.

    Ids no longer in the store are skipped; ``progress`` hears of every chunk.
    """
    progress = progress or Progress.silent()
    grid = grid_names(session)
    total, done = len(ids), 0
    for chunk in in_chunks(ids, CHUNK):
        progress.report(done, total, message)
        done += len(chunk)
        tags = tag_names_of(session, chunk)
        rows = {
            row.id: row
            for row in session.execute(
                select(
                    Resident.id,
                    Resident.household_id,
                    Household.unit_id,
                    Household.door,
                    Household.address,
                    Resident.name,
                    Resident.gender,
                    Resident.birth_date,
                    Resident.id_number,
                    Resident.phone,
                    Resident.relation,
                    Resident.work_unit,
                    Resident.status,
                    Resident.status_date,
                    Resident.notes,
                )
                .join(Household, Resident.household_id == Household.id)
                .where(Resident.id.in_(chunk))
            )
        }
        for resident_id in chunk:
            row = rows.get(resident_id)
            if row is None:
                continue
            compound, building, unit = grid.get(row.unit_id, ("", "", ""))
            yield LedgerRecord(
                resident_id=row.id,
                household_id=row.household_id,
                compound=compound,
                building=building,
                unit=unit,
                unit_id=row.unit_id,
                door=row.door,
                address=row.address,
                name=row.name,
                gender=row.gender,
                birth_date=row.birth_date,
                id_number=row.id_number or "",
                phone=row.phone or "",
                relation=row.relation or "",
                work_unit=row.work_unit or "",
                tags=tags.get(resident_id, ()),
                status=row.status,
                status_date=row.status_date,
                notes=row.notes or "",
            )
    progress.report(total, total, message)


def _cannot_write(out: Path, error: OSError) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("UserError", "Cannot write the spreadsheet to {path}: {reason}"),
        path=str(out),
        reason=error.strerror or str(error),
    )


def export_residents(
    session: Session,
    out: Path,
    wanted: ResidentFilter,
    *,
    full_numbers: bool = False,
    progress: Progress | None = None,
    translate: Translate | None = None,
) -> int:
    """Write the residents ``wanted`` selects to ``out``; the rows written.

    The name's suffix says the kind: an Excel workbook (.xlsx) or a CSV file (.csv,
    UTF-8 with a BOM so that Excel opens it in Chinese); any other suffix is refused.
    ``translate(context, text)`` puts the workbook's title in the user's language
    (English without it). Raises ``UserError`` when ``out`` cannot be written and
    ``Cancelled`` when ``progress`` is cancelled; either way no file is left behind.
    """
    kind = out.suffix.lower()
    if kind not in (".xlsx", ".csv"):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Export to a file ending in .xlsx (Excel) or .csv, not “{name}”.",
            ),
            name=out.name,
        )
    if kind == ".csv":
        return _export_csv(session, out, wanted, full_numbers=full_numbers, progress=progress)
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    progress = progress or Progress.silent()
    message = QT_TRANSLATE_NOOP("Progress", "Exporting residents…")
    progress.report(0, 1, message)
    translate = translate or (lambda _context, text: text)
    ids = resident_ids(session, wanted)

    written = 0
    sheet = None
    # Written beside the target and renamed over it only when whole (services/user_files);
    # a half-written sheet also drops openpyxl's own temporary file.
    with replacing(out, partial(_cannot_write, out)) as temporary:
        try:
            workbook = Workbook(write_only=True)
            sheet = workbook.create_sheet(SHEET_TITLE)
            title = (
                QT_TRANSLATE_NOOP("Export", "Resident ledger (full ID numbers and phones)")
                if full_numbers
                else QT_TRANSLATE_NOOP("Export", "Resident ledger (ID numbers and phones masked)")
            )
            workbook.properties.title = translate(EXPORT_CONTEXT, title)
            workbook.properties.keywords = KEYWORD_FULL if full_numbers else KEYWORD_MASKED
            workbook.properties.creator = "Hearth Desk"
            sheet.freeze_panes = "A2"
            sheet.print_title_rows = "1:1"
            sheet.page_setup.orientation = "landscape"
            for index, width in enumerate(COLUMN_WIDTHS, start=1):
                sheet.column_dimensions[get_column_letter(index)].width = width

            bold, fill = Font(bold=True), PatternFill("solid", fgColor="E6E6E6")
            centre = Alignment(horizontal="center", vertical="center")
            header = []
            for text in EXPORT_COLUMNS if full_numbers else MASKED_COLUMNS:
                cell = WriteOnlyCell(sheet, value=text)
                cell.font, cell.fill, cell.alignment = bold, fill, centre
                header.append(cell)
            sheet.append(header)

            # Styled cells are written as soon as a row is appended, so one per column can
            # be reused row after row instead of creating 200,000 cell objects.
            id_cell, phone_cell = WriteOnlyCell(sheet), WriteOnlyCell(sheet)
            id_cell.number_format = phone_cell.number_format = TEXT_FORMAT
            birth_cell, status_cell = WriteOnlyCell(sheet), WriteOnlyCell(sheet)
            birth_cell.number_format = status_cell.number_format = DATE_FORMAT

            def text_value(value: str) -> object:
                """Free text as a string cell: never a formula, no characters XML refuses."""
                if not value:
                    return None
                value = _ILLEGAL.sub("", value)
                if value.startswith("="):
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.data_type = "s"
                    return cell
                return value

            def date_cell(cell: WriteOnlyCell, value: dt.date | None) -> object:
                if value is None:
                    return None
                cell.value = value
                return cell

            def string_cell(cell: WriteOnlyCell, value: str) -> object:
                if not value:
                    return None
                cell.value = value
                cell.data_type = "s"  # even an all-digit ID number stays text
                return cell

            for row in sheet_rows(session, ids, full_numbers, progress, message):
                sheet.append(
                    (
                        *(text_value(value) for value in row[:5]),
                        row[5],
                        date_cell(birth_cell, row[6]) if full_numbers else row[6],
                        string_cell(id_cell, row[7]),
                        string_cell(phone_cell, row[8]),
                        text_value(row[9]),
                        text_value(row[10]),
                        row[11],
                        row[12],
                        date_cell(status_cell, row[13]),
                        text_value(row[14]),
                    )
                )
                written += 1
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(EXPORT_COLUMNS))}{written + 1}"
            progress.report(len(ids), len(ids), QT_TRANSLATE_NOOP("Progress", "Saving…"))
            workbook.save(temporary)
        except BaseException:
            _discard(sheet)
            raise
    return written


def sheet_rows(
    session: Session, ids: list[int], full_numbers: bool, progress: Progress, message: str
) -> Iterator[tuple[Any, ...]]:
    """The export's rows as plain values, in EXPORT_COLUMNS' order, for either kind of
    file: masked numbers and the birth year unless ``full_numbers``."""
    for record in ledger_records(session, ids, progress=progress, message=message):
        if full_numbers:
            id_number, phone, birth = record.id_number, record.phone, record.birth_date
        else:
            id_number, phone = mask_id_number(record.id_number), mask_phone(record.phone)
            birth = record.birth_date.year if record.birth_date else None
        yield (
            record.compound,
            record.building,
            record.unit,
            record.door,
            record.name,
            GENDER_CHINESE.get(record.gender, record.gender),
            birth,
            id_number,
            phone,
            record.relation,
            record.work_unit,
            TAG_SEPARATOR.join(record.tags) or None,
            STATUS_CHINESE.get(record.status, record.status),
            record.status_date,
            record.notes,
        )


def _export_csv(
    session: Session,
    out: Path,
    wanted: ResidentFilter,
    *,
    full_numbers: bool,
    progress: Progress | None,
) -> int:
    """The same columns as the workbook, as CSV (UTF-8 with BOM, dates as 2024-05-06).
    A cell that begins with = + - @ is prefixed with ' so a spreadsheet never runs it."""
    import csv

    progress = progress or Progress.silent()
    message = QT_TRANSLATE_NOOP("Progress", "Exporting residents…")
    progress.report(0, 1, message)
    ids = resident_ids(session, wanted)
    written = 0
    with (
        replacing(out, partial(_cannot_write, out)) as temporary,
        open(temporary, "w", encoding="utf-8-sig", newline="") as file,
    ):
        writer = csv.writer(file)
        writer.writerow(EXPORT_COLUMNS if full_numbers else MASKED_COLUMNS)
        for row in sheet_rows(session, ids, full_numbers, progress, message):
            writer.writerow(_csv_value(value) for value in row)
            written += 1
    return written


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    text = _ILLEGAL.sub("", str(value))
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _PHONE_LIKE.match(text) else text


def _discard(sheet: Any) -> None:
    """Close a write-only sheet left half written and remove its own temporary file."""
    try:
        if sheet is None or sheet._writer is None:
            return
        if not sheet.closed:
            sheet.close()
        sheet._writer.cleanup()
    except Exception:  # best effort while already failing
        pass
