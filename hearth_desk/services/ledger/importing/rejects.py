"""The rejected rows, saved as a workbook the office can correct and import again.

The workbook has the sheet's own header and cells, plus a column 问题 saying what
is wrong with each row; the import ignores that column, so the corrected file goes
straight back in. ID numbers are written as text cells, as they must be. Like every
output it is private and replaces only a regular file (``services/user_files``).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.services.ledger.importing.plan import ImportPlan
from hearth_desk.services.ledger.importing.problems import Translate
from hearth_desk.services.ledger.importing.reading import cell_for_output
from hearth_desk.services.user_files import check_output_target, replacing

PROBLEM_HEADER = "问题"


def _chinese(context: str, text: str) -> str:
    from hearth_desk.i18n.catalogue import load_catalogue

    return load_catalogue("zh_CN").translate(context, text)


def write_rejects(plan: ImportPlan, out: Path, translate: Translate | None = None) -> int:
    """Write the rejected rows of ``plan`` to the .xlsx ``out``; the number written.

    ``translate`` words the 问题 column (Simplified Chinese by default, the language of
    the sheets themselves)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    check_output_target(out)  # before the workbook exists: nothing to clean up
    translate = translate or _chinese
    rejected = [row for row in plan.rows if row.rejected]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(plan.sheet[:31] or "Sheet1")
    texts = list(plan.header.texts)
    while texts and not texts[-1]:
        texts.pop()
    sheet.append([*texts, PROBLEM_HEADER])
    width = len(texts)
    id_column = plan.header.columns.get("id_number")
    for row in rejected:
        cells = [cell_for_output(value) for value in row.cells[:width]]
        cells += [None] * (width - len(cells))
        out_cells = []
        for index, value in enumerate(cells):
            cell = WriteOnlyCell(sheet, value=value)
            if index == id_column:
                cell.number_format = "@"  # text, so the number keeps all 18 characters
            out_cells.append(cell)
        problems = "；".join(p.line(translate) for p in row.problems if p.is_error)
        out_cells.append(WriteOnlyCell(sheet, value=problems))
        sheet.append(out_cells)
    with replacing(out, partial(_cannot_write, out)) as temporary:
        workbook.save(temporary)
    return len(rejected)


def _cannot_write(out: Path, problem: OSError) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("UserError", "Cannot write {path}: {reason}"),
        path=str(out),
        reason=problem.strerror or str(problem),
    )
