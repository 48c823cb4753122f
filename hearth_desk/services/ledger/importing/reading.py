"""Reading a workbook into plain rows: .xlsx (openpyxl), .xls (xlrd) and .csv.

The kind of file is told by its first bytes, not its name: a zip is an .xlsx, an
OLE compound file is an old .xls or an encrypted (password-protected) workbook of
either kind, anything else is tried as text (UTF-8 with or without BOM, UTF-16 as
Excel's "Unicode text", else GB18030, the superset of the GBK that Excel writes in
China). Each failure is one ``UserError``.

Cells keep their types (text, int, float, datetime) so that later checks can tell
an ID number Excel stored as a number from one typed as text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
# Stream names of an encrypted OOXML package, as UTF-16 in the compound file's directory.
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")

Row = list[Any]


@dataclass
class RawSheet:
    name: str
    rows: Iterator[Row]  # read lazily: openpyxl's read-only mode streams the sheet


def _not_a_spreadsheet(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "{path} is not a spreadsheet; import an Excel workbook (.xlsx, .xls) or a .csv file.",
        ),
        path=path.name,
    )


def _encrypted(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "{path} is protected by a password; open it in Excel, remove the password "
            "(File → Info → Protect Workbook) and save it again.",
        ),
        path=path.name,
    )


def read_sheets(path: Path) -> Iterator[RawSheet]:
    """The sheets of the file at ``path``, in workbook order."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The file {path} does not exist."), path=str(path)
        ) from None
    except OSError as problem:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Cannot read {path}: {reason}"),
            path=str(path),
            reason=problem.strerror or str(problem),
        ) from problem
    if head.startswith(ZIP_MAGIC):
        return _xlsx_sheets(path)
    if head == CFB_MAGIC:
        return _cfb_sheets(path)
    return _text_sheets(path)


def _xlsx_sheets(path: Path) -> Iterator[RawSheet]:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as problem:
        raise _not_a_spreadsheet(path) from problem
    except Exception as problem:  # openpyxl raises its own InvalidFileException too
        raise _not_a_spreadsheet(path) from problem

    def sheets() -> Iterator[RawSheet]:
        try:
            for sheet in workbook.worksheets:
                yield RawSheet(
                    sheet.title, (list(row) for row in sheet.iter_rows(values_only=True))
                )
        finally:
            workbook.close()

    return sheets()


def _cfb_sheets(path: Path) -> Iterator[RawSheet]:
    data = path.read_bytes()
    if _ENCRYPTED_STREAM in data or path.suffix.lower() in (".xlsx", ".xlsm"):
        raise _encrypted(path)
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True)
    except xlrd.XLRDError as problem:
        if "encrypt" in str(problem).lower():
            raise _encrypted(path) from problem
        raise _not_a_spreadsheet(path) from problem
    except Exception as problem:  # xlrd raises assorted errors on damaged files
        raise _not_a_spreadsheet(path) from problem

    def sheets() -> Iterator[RawSheet]:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            yield RawSheet(sheet.name, _xls_rows(sheet, book.datemode))

    return sheets()


def _xls_rows(sheet: Any, datemode: int) -> Iterator[Row]:
    import xlrd

    for index in range(sheet.nrows):
        row: Row = []
        for cell in sheet.row(index):
            if cell.ctype == xlrd.XL_CELL_DATE:
                try:
                    row.append(xlrd.xldate_as_datetime(cell.value, datemode))
                except (ValueError, OverflowError):
                    row.append(cell.value)
            elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                row.append(None)
            elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                row.append(bool(cell.value))
            elif cell.ctype == xlrd.XL_CELL_ERROR:
                row.append(None)
            else:
                row.append(cell.value)
        yield row


def decode_text(data: bytes) -> str | None:
    """The text of a CSV file, or None when it is not text at all."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\x00" in data:
        return None
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for c in text if c < " " and c not in "\r\n\t")
        return None if controls > len(text) // 100 else text
    return None


def _text_sheets(path: Path) -> Iterator[RawSheet]:
    text = decode_text(path.read_bytes())
    if text is None:
        raise _not_a_spreadsheet(path)
    sample = text[:8192]
    delimiter = max(",\t;", key=sample.count)  # Excel writes "," (or tabs as Unicode text)
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return iter([RawSheet(path.stem, (list(row) for row in rows))])


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def cell_for_output(value: Any) -> Any:
    """A cell as the rejects workbook writes it back: dates stay dates."""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date()
    return value
