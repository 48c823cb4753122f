"""Reading an .xlsx workbook: its visible worksheets, streamed, with bounded memory.

openpyxl parses the XML with ``defusedxml`` (a dependency for that reason), so entity
expansion ("billion laughs") is refused. What defusedxml does not bound is plain size:
XML compresses very well, and a 1 MB file can unpack to a gigabyte of whitespace that
the parser holds as one string. So the zip's declared sizes are checked before any
XML is parsed (zipfile then refuses to unpack more than a member declares): the
whole package may unpack to at most ``MAX_UNPACKED`` bytes, and no large member may
unpack to more than ``MAX_RATIO`` times its packed size.

Only worksheets are read, never chart sheets (openpyxl would parse their charts and
fail on some), and of those only the visible ones: a hidden first sheet holds
lookup lists or an old copy, not the ledger the office sees.

Rows are streamed (openpyxl's read-only mode) and kept at most ``MAX_COLUMNS`` wide,
and the sheet's own claim of its size is ignored (``reset_dimensions``): some programs
write a wrong one, which would cut rows off or pad every row to 16,384 cells.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import IO, Any

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.services.ledger.importing.sheets import (
    MIB,
    RawSheet,
    damaged,
    log,
    not_a_spreadsheet,
    shown,
    visible_sheets,
)

MAX_UNPACKED = 512 * MIB  # four times the sheet of a 200,000-row ledger
MAX_RATIO = 100  # ledgers pack 5 to 20 times; a run of whitespace 1,000 times
RATIO_FROM = MIB  # small members (styles, themes) may pack as tightly as they like


def check_package(archive: zipfile.ZipFile, path: Path) -> None:
    """Refuse a zip that is not a workbook, or would unpack to too much."""
    members = archive.infolist()
    names = {member.filename for member in members}
    if not any(name.startswith("xl/") for name in names) or "xl/workbook.bin" in names:
        raise not_a_spreadsheet(path)  # a Word file, a zip of photos, a binary .xlsb
    total = sum(member.file_size for member in members)
    if total > MAX_UNPACKED:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "{path} would unpack to {size} MB; the import reads workbooks of up to "
                "{limit} MB unpacked. Split the sheet into smaller files.",
            ),
            path=shown(path),
            size=-(-total // MIB),
            limit=MAX_UNPACKED // MIB,
        )
    for member in members:
        if member.file_size > RATIO_FROM and member.file_size > MAX_RATIO * max(
            member.compress_size, 1
        ):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{path} is not an ordinary workbook: a part of it unpacks to {ratio} "
                    "times its size, and the import stops at {limit} times. Open it in "
                    "Excel or WPS, save it again, and import the saved copy.",
                ),
                path=shown(path),
                ratio=member.file_size // max(member.compress_size, 1),
                limit=MAX_RATIO,
            )


def _reader_class() -> Any:
    from openpyxl.reader.excel import ExcelReader

    class WorksheetsOnly(ExcelReader):  # type: ignore[misc]
        """openpyxl's reader, leaving chart sheets out instead of parsing their charts."""

        def read_chartsheet(self, sheet: Any, rel: Any) -> None:
            del sheet, rel

    return WorksheetsOnly


@contextmanager
def xlsx_sheets(handle: IO[bytes], path: Path) -> Iterator[Iterator[RawSheet]]:
    """The visible worksheets of the .xlsx open in ``handle``, in workbook order."""
    try:
        with zipfile.ZipFile(handle) as archive:
            check_package(archive, path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as problem:
        log.warning("cannot open %s as a zip: %r", path.name, problem)
        raise damaged(path) from problem
    handle.seek(0)
    try:
        reader = _reader_class()(handle, read_only=True, data_only=True, keep_links=False)
        reader.read()
    except MemoryError:
        raise
    except Exception as problem:  # openpyxl raises whatever the damaged part leads to
        log.warning("openpyxl cannot open %s: %r", path.name, problem)
        raise damaged(path) from problem
    workbook = reader.wb
    try:
        yield visible_sheets(
            (
                (sheet.title, sheet.sheet_state != "visible", partial(_rows, sheet))
                for sheet in workbook.worksheets
            ),
            path,
        )
    finally:
        workbook.close()


def _rows(sheet: Any) -> Iterator[Any]:
    sheet.reset_dimensions()
    return sheet.iter_rows(values_only=True)  # type: ignore[no-any-return]
