"""What every reader of a workbook shares: a sheet as plain rows, the limits that keep a
hostile file from taking the machine's memory or time, and the messages for a file
that cannot be read.

A damaged file fails inside the library that parses it (openpyxl, xlrd, the csv
module), often only when a row is reached, with whatever exception that library
raises. ``guarded_rows`` turns any such failure into one ``UserError`` naming the file,
the sheet and the row, and logs the library's own words for whoever looks into it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.text_fields import visible

log = logging.getLogger(__name__)

Row = list[Any]

MIB = 2**20
# Bounds on what a file may make the import do. A 200,000-row ledger is a 15 MiB
# .xlsx whose sheet unpacks to about 120 MiB, or a 30 MiB CSV; Excel itself stops at
# 1,048,576 rows, and old .xls files at 256 columns.
MAX_FILE_BYTES = 64 * MIB
MAX_SHEET_ROWS = 1_048_576
MAX_COLUMNS = 256


@dataclass
class RawSheet:
    name: str  # as shown to the user: control characters made visible
    rows: Iterator[Row]  # read lazily: openpyxl's read-only mode streams the sheet


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def trimmed(row: Iterable[Any]) -> Row:
    """A row as a list, without the blank cells after its last value, at most
    ``MAX_COLUMNS`` wide (a sheet may claim 16,384 columns for every row)."""
    cells = list(itertools.islice(row, MAX_COLUMNS))
    while cells and is_blank(cells[-1]):
        cells.pop()
    return cells


def guarded_rows(
    rows: Iterator[Any],
    path: Path,
    sheet: str,
    explain: Callable[[int, Exception], UserError | None] | None = None,
) -> Iterator[Row]:
    """The rows of a library's reader, trimmed, at most ``MAX_SHEET_ROWS`` of them.

    Whatever the library raises while reading row N becomes one ``UserError``: the one
    ``explain(N, problem)`` gives, if any, else "row N is damaged".
    """
    number = 0
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except MemoryError:
            raise
        except Exception as problem:  # a damaged file: each library fails its own way
            log.warning("cannot read row %d of a sheet: %r", number + 1, problem)
            told = explain(number + 1, problem) if explain else None
            raise (told or damaged_row(path, sheet, number + 1)) from problem
        number += 1
        if number > MAX_SHEET_ROWS:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The sheet “{sheet}” in {path} has more than {limit} rows, more than "
                    "Excel itself allows; it is not an ordinary ledger.",
                ),
                sheet=sheet,
                path=shown(path),
                limit=MAX_SHEET_ROWS,
            )
        yield trimmed(row)


def visible_sheets(
    sheets: Iterable[tuple[str, bool, Callable[[], Iterator[Any]]]], path: Path
) -> Iterator[RawSheet]:
    """The sheets that are not hidden, from (name, hidden, rows) of each; when every
    sheet is hidden, a ``UserError`` saying so. A hidden sheet holds lookup lists or an
    old copy, not the ledger the office sees."""
    any_sheet = any_shown = False
    for name, hidden, rows in sheets:
        any_sheet = True
        if hidden:
            continue
        any_shown = True
        shown_name = visible(str(name))
        yield RawSheet(shown_name, guarded_rows(rows(), path, shown_name))
    if any_sheet and not any_shown:
        raise only_hidden_sheets(path)


def cell_for_output(value: Any) -> Any:
    """A cell as the rejects workbook writes it back: dates stay dates."""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date()
    return value


def shown(path: Path) -> str:
    """The file's name as messages show it."""
    return visible(path.name)


# --- messages ---------------------------------------------------------------------------


def not_a_spreadsheet(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "{path} is not a spreadsheet; import an Excel workbook (.xlsx, .xls) or a .csv file.",
        ),
        path=shown(path),
    )


def encrypted(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "{path} is protected by a password; open it in Excel, remove the password "
            "(File → Info → Protect Workbook) and save it again.",
        ),
        path=shown(path),
    )


def damaged(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "{path} is damaged and cannot be read. Open it in Excel or WPS, save it again, "
            "and import the saved copy.",
        ),
        path=shown(path),
    )


def damaged_row(path: Path, sheet: str, row: int) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "Row {row} of the sheet “{sheet}” in {path} is damaged and cannot be read. "
            "Open the file in Excel or WPS, save it again, and import the saved copy.",
        ),
        path=shown(path),
        sheet=sheet,
        row=row,
    )


def too_big(path: Path, size: int, limit: int) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "{path} is {size} MB; the import reads files of up to {limit} MB. "
            "Split the sheet into smaller files.",
        ),
        path=shown(path),
        size=-(-size // MIB),
        limit=limit // MIB,
    )


def only_hidden_sheets(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "Every sheet of {path} is hidden. Show the ledger's sheet in Excel "
            "(right-click a sheet tab → Unhide), save, and import again.",
        ),
        path=shown(path),
    )
