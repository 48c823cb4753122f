"""Reading an old .xls workbook (Excel 97-2003) with xlrd, and telling an encrypted
workbook of either kind from it.

Both are OLE compound files. Excel saves a password-protected .xlsx as one too, with
the streams EncryptionInfo and EncryptedPackage; an encrypted .xls says so in its
workbook stream, which xlrd reports. Which one a file is depends on what is inside,
never on its name: a real .xls named .xlsx is read as the .xls it is.

xlrd parses the whole sheet when it is first asked for (the file is at most
``MAX_FILE_BYTES``, and .xls sheets stop at 65,536 rows), writes its complaints to a
log file of ours instead of stdout, and raises assorted errors on damaged files,
each of which becomes one ``UserError``.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from hearth_desk.services.ledger.importing.sheets import (
    RawSheet,
    Row,
    damaged,
    encrypted,
    log,
    not_a_spreadsheet,
    visible_sheets,
)

# Stream names of an encrypted OOXML package, as UTF-16 in the compound file's directory.
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


@contextmanager
def xls_sheets(data: bytes, path: Path) -> Iterator[Iterator[RawSheet]]:
    """The visible worksheets of the compound file ``data``, in workbook order."""
    if _ENCRYPTED_STREAM in data:
        raise encrypted(path)
    import xlrd

    try:
        book = xlrd.open_workbook(
            file_contents=data, on_demand=True, logfile=io.StringIO(), verbosity=0
        )
    except xlrd.XLRDError as problem:
        text = str(problem).lower()
        if "encrypt" in text:
            raise encrypted(path) from problem
        if "can't find workbook" in text:  # a Word or PowerPoint file
            raise not_a_spreadsheet(path) from problem
        log.warning("xlrd cannot open %s: %r", path.name, problem)
        raise damaged(path) from problem
    except MemoryError:
        raise
    except Exception as problem:  # xlrd raises assorted errors on damaged files
        log.warning("xlrd cannot open %s: %r", path.name, problem)
        raise damaged(path) from problem
    try:
        names = book.sheet_names()
        hidden = book._sheet_visibility  # 1 hidden, 2 very hidden; xlrd has no public name
        yield visible_sheets(
            ((names[i], bool(hidden[i]), partial(_xls_rows, book, i)) for i in range(book.nsheets)),
            path,
        )
    finally:
        book.release_resources()


def _xls_rows(book: Any, index: int) -> Iterator[Row]:
    import xlrd

    sheet = book.sheet_by_index(index)  # parsed here: inside the guard
    for number in range(sheet.nrows):
        row: Row = []
        for cell in sheet.row(number):
            if cell.ctype == xlrd.XL_CELL_DATE:
                try:
                    row.append(xlrd.xldate_as_datetime(cell.value, book.datemode))
                except (ValueError, OverflowError):
                    row.append(cell.value)
            elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                row.append(None)
            elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                row.append(bool(cell.value))
            else:
                row.append(cell.value)
        yield row
