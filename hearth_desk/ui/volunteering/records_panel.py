"""The year's service records (outside events), newest first: record one, change one
(Enter or double-click), delete one (Delete, after asking). A busy year has
thousands, so they are read on the worker, and only once their tab is shown: the
page's figures do not wait for them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.services.events.hours import hours_text
from hearth_desk.services.progress import Progress
from hearth_desk.services.volunteering.records import (
    RecordLine,
    delete_record,
    existing_record,
    record_input,
    record_lines,
)
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.confirm import confirm
from hearth_desk.ui.common.delete_key import OnDeleteKey
from hearth_desk.ui.common.edit_dialog import OpenForm
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.worker import BackgroundTask
from hearth_desk.ui.volunteering.record_form import ServiceRecordDialog

Index = QModelIndex | QPersistentModelIndex


class RecordsModel(QAbstractTableModel):
    """The records as a model: a busy year has thousands, and items for each cell were
    the slow part of showing them."""

    NUMBERS = (2, 5)

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[RecordLine] = []
        self._headers = (
            self.tr("Date"), self.tr("Member"), self.tr("Hours"), self.tr("What was done"),
            self.tr("Household"), self.tr("Times served"),
        )  # fmt: skip

    def set_lines(self, lines: list[RecordLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        line = self.lines[index.row()]
        return (line.date.isoformat(), line.member, hours_text(line.hours), line.what,
                line.household, str(line.served))[index.column()]  # fmt: skip


class RecordsPanel(QWidget):
    loaded = Signal()  # the wanted year's records are shown

    def __init__(self, store: Store, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._errors = store, errors
        self.form: OpenForm[ServiceRecordDialog] = OpenForm()
        self.wanted: tuple[int, int | None] = (dt.date.today().year, None)
        self.shown_for: tuple[int, int | None] | None = None
        self._task: BackgroundTask | None = None
        self._again = False
        self.model = RecordsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((100, 90, 60, 200, 240)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(lambda _index: self.change_selected())
        self.on_delete = OnDeleteKey(self.table, lambda: self.delete_selected())
        self.new_button = QPushButton(self.tr("Record service…"))
        self.change_button = QPushButton(self.tr("Change…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.new_button.clicked.connect(lambda: self.new_record())
        self.change_button.clicked.connect(lambda: self.change_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        buttons = QHBoxLayout()
        for button in (self.new_button, self.change_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def show_year(self, year: int, team_id: int | None) -> None:
        """Show ``year``'s records (of one team's members): now if the panel is seen,
        else when it is next shown."""
        self.wanted = (year, team_id)
        if self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.wanted != self.shown_for:
            self.load()

    def load(self) -> None:
        if self._task is not None:
            self._again = True
            return
        (year, team_id), store = self.wanted, self._store

        def read(_progress: Progress) -> list[RecordLine]:
            with store.session() as session:
                return record_lines(session, dt.date(year, 1, 1), dt.date(year, 12, 31),
                                    team_id=team_id)  # fmt: skip

        task = BackgroundTask(read, self)
        task.succeeded.connect(lambda lines, wanted=self.wanted: self._show(wanted, lines))
        task.failed.connect(lambda error: self._errors.show(error, self))
        task.finished.connect(self._done)
        self._task = task
        task.start()

    def _show(self, wanted: tuple[int, int | None], lines: list[RecordLine]) -> None:
        self.model.set_lines(lines)
        self.shown_for = wanted
        self.loaded.emit()

    def _done(self) -> None:
        self._task = None
        if self._again or self.wanted != self.shown_for:
            self._again = False
            if self.isVisible():
                self.load()

    @property
    def lines(self) -> list[RecordLine]:
        return self.model.lines

    def selected(self) -> RecordLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.lines[rows[0].row()] if rows and rows[0].row() < len(self.lines) else None

    def new_record(self) -> ServiceRecordDialog:
        return self.form.open(ServiceRecordDialog(self._store, self._errors, parent=self))

    def change_selected(self) -> ServiceRecordDialog | None:
        line = self.selected()
        if line is None:
            return None
        with self._store.session() as session:
            initial = record_input(existing_record(session, line.id))
        dialog = ServiceRecordDialog(self._store, self._errors, record_id=line.id,
                                     initial=initial, member_name=line.member,
                                     household_text=line.household, parent=self)  # fmt: skip
        return self.form.open(dialog)

    def delete_selected(self) -> bool:
        line = self.selected()
        if line is None:
            return False
        question = self.tr("Delete {member}'s service of {date} ({what})?").format(
            member=line.member, date=line.date.isoformat(), what=line.what
        )
        if not confirm(self, self.tr("Delete service"), question, self.tr("Delete"),
                       self.tr("Keep")):  # fmt: skip
            return False
        try:
            operations.write(self._store, lambda s: delete_record(s, line.id), initiator=self)
        except UserError as error:
            self._errors.show(error, self)
            return False
        return True
