"""The rejected rows, saved as a workbook the office can correct and import again.

The workbook has the sheet's own header and cells, plus a column 问题 saying what
is wrong with each row; the import ignores that column, so the corrected file goes
straight back in. ID numbers are written as text cells, as they must be. Like every
output it is private and replaces only a regular file (``services/user_files``).

The cells are the sheet's as read, so they may hold what Excel refuses: control
characters are written as visible symbols (␛ for ESC, as the 问题 column quotes them),
text that looks like a formula stays text, and a number that is not finite becomes
its text. The workbook is built in memory and only then written, so a target that
cannot be written (a folder, a read-only disk, /proc) is one ``UserError`` and leaves
no half-written file.
"""

from __future__ import annotations

import errno
import io
import math
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, Term, UserError
from hearth_desk.domain.text_fields import visible
from hearth_desk.services.ledger.importing.headers import Header
from hearth_desk.services.ledger.importing.problems import RowProblem, Translate
from hearth_desk.services.ledger.importing.sheets import cell_for_output
from hearth_desk.services.user_files import check_output_target, replacing

PROBLEM_HEADER = "问题"
_SHEET_TITLE = re.compile(r"[\\*?:/\[\]]")  # what Excel refuses in a sheet's name
_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("UserError", "no such folder, or it takes no new files"),
    errno.EISDIR: QT_TRANSLATE_NOOP("UserError", "it is a folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("UserError", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("UserError", "permission denied"),
    errno.EROFS: QT_TRANSLATE_NOOP("UserError", "the disk is read-only"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("UserError", "the disk is full"),
}


class RejectedRow(Protocol):
    cells: list[Any]
    problems: list[RowProblem]
    rejected: bool


class ImportedSheet(Protocol):
    """What the rejects need of a plan: the residents' ``ImportPlan`` or the tree's."""

    source: Path
    sheet: str
    header: Header

    @property
    def rows(self) -> Sequence[RejectedRow]: ...


def _chinese(context: str, text: str) -> str:
    from hearth_desk.i18n.catalogue import load_catalogue

    return load_catalogue("zh_CN").translate(context, text)


def write_rejects(plan: ImportedSheet, out: Path, translate: Translate | None = None) -> int:
    """Write the rejected rows of ``plan`` to the .xlsx ``out``; the number written.

    ``translate`` words the 问题 column (Simplified Chinese by default, the language of
    the sheets themselves)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    check_output_target(out)  # a link, folder or device: refused before any work
    _refuse_the_source(plan.source, out)
    translate = translate or _chinese
    rejected = [row for row in plan.rows if row.rejected]
    workbook = Workbook(write_only=True)
    title = _SHEET_TITLE.sub("_", plan.sheet)[:31].strip("'") or "Sheet1"
    sheet = workbook.create_sheet(title)
    texts = list(plan.header.texts)
    while texts and not texts[-1]:
        texts.pop()
    sheet.append([*(_safe(text) for text in texts), PROBLEM_HEADER])
    width = len(texts)
    id_column = plan.header.columns.get("id_number")
    for row in rejected:
        cells = [cell_for_output(value) for value in row.cells[:width]]
        cells += [None] * (width - len(cells))
        out_cells = []
        for index, value in enumerate(cells):
            cell = WriteOnlyCell(sheet, value=_safe(value))
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text that starts with = stays text, not a formula
            if index == id_column:
                cell.number_format = "@"  # text, so the number keeps all 18 characters
            out_cells.append(cell)
        problems = "；".join(p.line(translate) for p in row.problems if p.is_error)
        out_cells.append(WriteOnlyCell(sheet, value=_safe(problems)))
        sheet.append(out_cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    _write(buffer.getvalue(), out)
    return len(rejected)


def _safe(value: Any) -> Any:
    """A cell value Excel takes."""
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


def _refuse_the_source(source: Path, out: Path) -> None:
    """Writing the rejects over the sheet being imported would lose its good rows."""
    try:
        same = out.exists() and os.path.samefile(source, out)
    except OSError:
        same = False
    if same:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "{path} is the sheet being imported; save the rows with errors under another name.",
            ),
            path=str(out),
        )


def _write(data: bytes, out: Path) -> None:
    """Write ``data`` to ``out`` through a private temporary file beside it; a failure
    is a ``UserError`` and leaves no partial file."""
    with replacing(out, lambda problem: _cannot_write(out, problem)) as temporary:
        temporary.write_bytes(data)


def _cannot_write(out: Path, problem: OSError) -> UserError:
    known = _REASONS.get(problem.errno or 0)
    return UserError(
        QT_TRANSLATE_NOOP("UserError", "Cannot write {path}: {reason}"),
        path=str(out),
        reason=Term(known) if known else (problem.strerror or str(problem)),
    )
