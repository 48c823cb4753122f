"""Writing an office's .xlsx sheet: the pieces every export shares.

Text cells lose the control characters XML cannot hold; a bold, frozen header row;
and the file is written private beside its target and renamed into place
(``user_files.replacing``), so a failed save leaves whatever was there before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.services.user_files import replacing

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what XML 1.0 cannot hold


def cell_value(value: Any) -> Any:
    """Free text without the characters XML refuses (and "" as an empty cell)."""
    if isinstance(value, str):
        value = _ILLEGAL.sub("", value)
        return value or None
    return value


def cannot_write(out: Path, error: OSError) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("UserError", "Cannot write the spreadsheet to {path}: {reason}"),
        path=str(out),
        reason=error.strerror or str(error),
    )


def new_sheet(title: str, header: Sequence[str], widths: Sequence[int]) -> tuple[Any, Any]:
    """A workbook and its one sheet, with a bold header row that stays in view."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    workbook.properties.creator = "Hearth Desk"
    return workbook, sheet


def save(workbook: Any, out: Path) -> None:
    with replacing(out, partial(cannot_write, out)) as temporary:
        workbook.save(temporary)
