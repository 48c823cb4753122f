"""The register (出具登记簿) in the window: a year's certificates by number, found by
name or number as typed; a chosen one can be printed again (same number, 补打) or
voided with a reason; the register exports to Excel and prints, and so does the
public notice (公示)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.kit.document import REPORT_CONTEXT
from hearth_desk.services.certificates.register import (
    KIND_NAMES,
    RegisterRow,
    export_register,
    period_text,
    register_rows,
    void_certificate,
)
from hearth_desk.services.events.hours import hours_text
from hearth_desk.storage.store import Store
from hearth_desk.ui.certificates.issuing import preview_issuing, reprinting
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.errors import ErrorPresenter, translate
from hearth_desk.ui.common.print_preview import PrintPreviewDialog

SEARCH_PAUSE_MS = 200


class RegisterPanel(QWidget):
    print_requested = Signal(str, int)  # a printout's key (register, publicity) and the year

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        language: str,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._errors, self._language = store, errors, language
        self.rows: list[RegisterRow] = []
        self.preview: PrintPreviewDialog | None = None
        # Asking for a void's reason; tests replace it with a fixed answer.
        self.ask_reason: Callable[[str], str | None] = self._ask_reason
        self.ask_export_path: Callable[[], Path | None] = self._ask_export_path
        today = today or dt.date.today()
        self.year = QSpinBox()
        self.year.setRange(2000, today.year + 1)
        self.year.setValue(today.year)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find by name or number"))
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._pause.start())
        self.year.valueChanged.connect(lambda _year: self.reload())
        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels([
            self.tr("Number"), self.tr("Kind"), self.tr("Name"), self.tr("ID number"),
            self.tr("Service period"), self.tr("Hours"), self.tr("Issued on"),
            self.tr("Reprints"), self.tr("Status"),
        ])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.reprint_button = QPushButton(self.tr("Print again (补打)…"))
        self.void_button = QPushButton(self.tr("Void…"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.print_register_button = QPushButton(self.tr("Print the register"))
        self.publicity_button = QPushButton(self.tr("Print the public notice"))
        self.reprint_button.clicked.connect(lambda: self.reprint_selected())
        self.void_button.clicked.connect(lambda: self.void_selected())
        self.export_button.clicked.connect(lambda: self.export())
        self.print_register_button.clicked.connect(
            lambda: self.print_requested.emit("certificate-register", self.year.value())
        )
        self.publicity_button.clicked.connect(
            lambda: self.print_requested.emit("publicity", self.year.value())
        )
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        top.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        for button in (self.reprint_button, self.void_button, self.export_button,
                       self.print_register_button, self.publicity_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    def reload(self) -> None:
        self._pause.stop()
        with self._store.session() as session:
            self.rows = register_rows(session, self.year.value(), self.search.text())
        words = partial(translate, REPORT_CONTEXT)
        self.table.setRowCount(len(self.rows))
        for row, line in enumerate(self.rows):
            status = self.tr("Valid") if not line.voided else self.tr("Voided: {reason}").format(
                reason=line.void_reason)  # fmt: skip
            cells = (line.number, words(KIND_NAMES[line.kind]), line.person_name, line.id_number,
                     period_text(line.period_start, line.period_end), hours_text(line.hours),
                     line.issued_on.isoformat(), str(line.reprints), status)  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def selected(self) -> RegisterRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def reprint_selected(self) -> PrintPreviewDialog | None:
        row = self.selected()
        if row is None:
            self.status.setText(self.tr("Choose a certificate in the register first."))
            return None
        self.preview = preview_issuing(self._store, self._errors, self._language, row.number,
                                       reprinting(row.number), self)  # fmt: skip
        return self.preview

    def void_selected(self) -> bool:
        row = self.selected()
        if row is None:
            self.status.setText(self.tr("Choose a certificate in the register first."))
            return False
        reason = self.ask_reason(row.number)
        if not reason:
            return False
        try:
            operations.write(
                self._store, lambda s: void_certificate(s, row.number, reason), initiator=self
            )
        except UserError as error:
            self._errors.show(error, self)
            return False
        self.status.setText(self.tr("{number} is void; its number is not used again.").format(
            number=row.number))  # fmt: skip
        return True

    def _ask_reason(self, number: str) -> str | None:
        reason, accepted = QInputDialog.getText(
            self, self.tr("Void a certificate"),
            self.tr("Why is {number} void (lost, misprinted…)?").format(number=number),
        )  # fmt: skip
        return reason.strip() if accepted and reason.strip() else None

    def export(self) -> Path | None:
        path = self.ask_export_path()
        if path is None:
            return None
        words = partial(load_catalogue(self._language).translate, REPORT_CONTEXT)
        year = self.year.value()
        try:
            with self._store.session() as session:
                written = export_register(session, path, words, year)
        except UserError as error:
            self._errors.show(error, self)
            return None
        self.status.setText(self.tr("%n certificate(s) written to {path}.", "", written).format(
            path=path))  # fmt: skip
        return path

    def _ask_export_path(self) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the register"),
            self.tr("certificate register {year}.xlsx").format(year=self.year.value()),
            self.tr("Excel workbook (*.xlsx)"),
        )  # fmt: skip
        return Path(name) if name else None
