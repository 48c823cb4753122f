"""Importing a sheet in the window: check it first, show what will happen, then write.

The file is read and checked off the UI thread with a progress bar; the preview lists
the counts (new households and residents, updates, unchanged), then every error with
its sheet row and column, then each kind of warning once with its count and first rows
(grouped as on the command line, ``importing/grouping.py``). Nothing is written until
the clerk presses Import, and then all of it or none of it. With errors, the clerk may
import only the valid rows and save the rejected ones, with the reason, to correct
them later. What the import wrote (new buildings, tags, households, residents) is
broadcast, and every page follows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.services.ledger.importing import (
    ImportPlan,
    ImportSummary,
    apply_import,
    group_problems,
    plan_import,
    write_rejects,
)
from hearth_desk.services.progress import Progress
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.errors import ErrorPresenter, translate
from hearth_desk.ui.common.progress_dialog import run_with_progress
from hearth_desk.ui.common.worker import BackgroundTask

if TYPE_CHECKING:
    from sqlalchemy.orm import Session  # annotations only: no SQL in the window

SHEET_FILTER = "*.xlsx *.xls *.csv"


def choose_and_check(
    parent: QWidget,
    store: Store,
    errors: ErrorPresenter,
    path: Path | None = None,
    opened: Callable[[ImportDialog], None] | None = None,
) -> BackgroundTask | None:
    """Ask for a sheet (unless given) and check it; the preview opens when it is read,
    and ``opened`` gets it (to connect ``imported``)."""
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ImportDialog", "Import residents from a sheet"),
            "",
            QCoreApplication.translate("ImportDialog", "Sheets ({patterns})").format(
                patterns=SHEET_FILTER
            ),
        )
        if not chosen:
            return None
        path = Path(chosen)

    def check(progress: Progress) -> ImportPlan:
        with store.session() as session:
            return plan_import(session, path, progress=progress)

    task = run_with_progress(
        parent, QCoreApplication.translate("ImportDialog", "Checking the sheet…"), check, errors
    )

    def show_preview(plan: ImportPlan) -> None:
        dialog = ImportDialog(plan, store, errors, parent)
        if opened is not None:
            opened(dialog)
        dialog.open()

    task.succeeded.connect(show_preview)
    return task


class ImportDialog(QDialog):
    """The preview: what the import will do, the errors row by row, and the warnings
    by kind."""

    imported = Signal(object)  # ImportSummary

    def __init__(
        self, plan: ImportPlan, store: Store, errors: ErrorPresenter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self._store = store
        self._errors = errors
        self.setWindowTitle(self.tr("Import {file}").format(file=plan.source.name))
        self.resize(900, 600)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 13pt;")
        groups = group_problems(plan.problems, errors_first=True)
        self.problems = QTableWidget(len(groups), 4)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Kind"), self.tr("Problem")]
        )
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for index, group in enumerate(groups):
            kind = self.tr("Error") if group.is_error else self.tr("Warning")
            values = [group.rows_text(translate), group.column, kind, group.text(translate)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if group.is_error:
                    item.setForeground(QColor("#a4161a"))
                self.problems.setItem(index, column, item)
        self.problems.resizeColumnsToContents()

        self.skip_invalid = QCheckBox(self.tr("Import only the rows without errors"))
        self.skip_invalid.setVisible(plan.error_count > 0)
        self.skip_invalid.toggled.connect(self._update_state)
        self.save_rejects = QPushButton(self.tr("Save the rows with errors…"))
        self.save_rejects.setVisible(plan.error_count > 0)
        self.save_rejects.clicked.connect(self._save_rejects)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.save_rejects, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self._update_state()

    def _summary_text(self) -> str:
        plan = self.plan
        text = self.tr(
            "Sheet “{sheet}”: {households} new households, {residents} new residents, "
            "{updated} residents updated (matched by ID number), {unchanged} unchanged. "
            "{errors} errors, {warnings} warnings."
        ).format(
            sheet=plan.sheet,
            households=plan.new_households,
            residents=plan.new_residents,
            updated=plan.updated_residents,
            unchanged=plan.unchanged_residents,
            errors=plan.error_count,
            warnings=plan.warning_count,
        )
        if plan.error_count:
            text += " " + self.tr(
                "With errors nothing is imported, unless you choose to import only the "
                "{valid} rows without errors ({rejected} rows left out)."
            ).format(valid=plan.valid_row_count, rejected=plan.rejected_row_count)
        return text

    def _update_state(self) -> None:
        nothing_to_do = (
            self.plan.new_residents + self.plan.updated_residents == 0 and not self.plan.error_count
        )
        allowed = self.plan.error_count == 0 or self.skip_invalid.isChecked()
        self.import_button.setEnabled(allowed and not nothing_to_do)

    def _save_rejects(self) -> None:
        default = self.plan.source.with_name(self.plan.source.stem + "_有问题的行.xlsx")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the rows with errors"), str(default), "*.xlsx"
        )
        if not chosen:
            return
        try:
            count = write_rejects(self.plan, Path(chosen), translate)
        except Exception as error:
            self._errors.show(error, self)
            return
        QMessageBox.information(
            self,
            self.tr("Rows saved"),
            self.tr("{count} rows with the reason in a column were saved to {path}.").format(
                count=count, path=chosen
            ),
        )

    def start_import(self) -> BackgroundTask | None:
        if not self.import_button.isEnabled():
            return None
        plan, store, skip = self.plan, self._store, self.skip_invalid.isChecked()

        def write(session: Session, progress: Progress) -> ImportSummary:
            # One transaction: all of it or none of it.
            return apply_import(session, plan, skip_invalid=skip, progress=progress)

        task = operations.start_write(self, self.tr("Importing…"), store, write, self._errors)
        task.succeeded.connect(self._done)
        return task

    def _done(self, summary: ImportSummary) -> None:
        self.imported.emit(summary)
        QMessageBox.information(
            self,
            self.tr("Import finished"),
            self.tr(
                "{households} households and {residents} residents added, "
                "{updated} residents updated, {rejected} rows left out."
            ).format(
                households=summary.households_created,
                residents=summary.residents_created,
                updated=summary.residents_updated,
                rejected=summary.rows_rejected,
            ),
        )
        self.accept()
