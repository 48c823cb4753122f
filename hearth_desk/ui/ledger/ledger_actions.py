"""The ledger's file actions: import a sheet, export what is shown, print it.

Kept apart from the page so that the page stays about browsing and editing; the
actions sit in the page's toolbar and reuse the page's current filter.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.services.ledger.export import export_residents
from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.services.ledger.query import ResidentFilter
from hearth_desk.services.progress import Progress
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.errors import ErrorPresenter, translate
from hearth_desk.ui.common.progress_dialog import run_with_progress
from hearth_desk.ui.common.worker import BackgroundTask
from hearth_desk.ui.ledger.import_dialog import ImportDialog, choose_and_check
from hearth_desk.ui.ledger.ledger_page import LedgerPage


class ExportOptions(QDialog):
    """Asks whether the sheet may carry full ID numbers and phones (default: no)."""

    def __init__(self, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to Excel"))
        note = QLabel(
            self.tr(
                "The {rows} residents now listed are exported, with the ledger's columns."
            ).format(rows=rows)
        )
        note.setWordWrap(True)
        self.full_numbers = QCheckBox(self.tr("Full ID numbers and phones (keep the file safe)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.full_numbers)
        layout.addWidget(buttons)


class LedgerActions(QObject):
    # A Print-area entry key (building-ledger, care-list) and the LedgerChoice the
    # ledger shows, so the printout starts from the same node and care tag as export.
    print_requested = Signal(str, object)

    def __init__(self, page: LedgerPage, store: Store, errors: ErrorPresenter) -> None:
        super().__init__(page)
        self.page = page
        self._store = store
        self._errors = errors
        self.import_action = QAction(self.tr("Import from Excel…"), page)
        self.import_action.triggered.connect(lambda: self.start_import())
        self.export_action = QAction(self.tr("Export to Excel…"), page)
        self.export_action.triggered.connect(lambda: self.start_export())
        self.print_action = QAction(self.tr("Print the building ledger…"), page)
        self.print_action.triggered.connect(lambda: self.request_print("building-ledger"))
        self.care_list_action = QAction(self.tr("Print a care list…"), page)
        self.care_list_action.triggered.connect(lambda: self.request_print("care-list"))
        # Keys for staff who work from the keyboard; shown in each button's tooltip.
        for action, keys in (
            (self.import_action, "Ctrl+I"),
            (self.export_action, "Ctrl+E"),
            (self.print_action, "Ctrl+P"),
            (self.care_list_action, "Ctrl+Shift+P"),
        ):
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{action.text().rstrip('…')} ({keys})")
            page.addAction(action)  # the keys work anywhere on the page
            page.toolbar.addAction(action)

    def request_print(self, key: str) -> None:
        """Ask the Print area for ``key``, covering what the ledger lists now."""
        shown = self.page.resident_filter()
        self.print_requested.emit(key, LedgerChoice(node_id=shown.node_id, tag_id=shown.tag_id))

    def start_import(
        self, path: Path | None = None, opened: Callable[[ImportDialog], None] | None = None
    ) -> BackgroundTask | None:
        """Check a sheet and open its preview (handed to ``opened``); the pages follow
        what the import writes from its broadcast."""
        return choose_and_check(self.page, self._store, self._errors, path, opened)

    def start_export(
        self, target: Path | None = None, *, full_numbers: bool | None = None
    ) -> BackgroundTask | None:
        page = self.page
        wanted: ResidentFilter = page.resident_filter()
        if full_numbers is None:
            options = ExportOptions(page.residents.rowCount(), page)
            if not options.exec():
                return None
            full_numbers = options.full_numbers.isChecked()
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                page, self.tr("Export to Excel"), "住户台账.xlsx", "*.xlsx"
            )
            if not chosen:
                return None
            target = Path(chosen)
        store, full = self._store, full_numbers

        def export(progress: Progress) -> int:
            with store.session() as session:
                return export_residents(
                    session, target, wanted, full_numbers=full, progress=progress,
                    translate=translate,
                )  # fmt: skip

        task = run_with_progress(page, self.tr("Exporting…"), export, self._errors)
        task.succeeded.connect(lambda rows: self._exported(target, rows))
        return task

    def _exported(self, target: Path, rows: int) -> None:
        QMessageBox.information(
            self.page,
            self.tr("Exported"),
            self.tr("{rows} residents were written to {path}.").format(rows=rows, path=target),
        )
