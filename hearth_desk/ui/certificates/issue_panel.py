"""Choosing whom to issue certificates for: the year, the kind, a team and the least
hours narrow the list, which is counted on the worker; every person starts ticked and
can be unticked by hand (Space on a row). Issuing registers the ticked ones and shows
their certificates to print."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.models import CertificateKind
from hearth_desk.services.certificates.candidates import CandidateLine, candidate_lines
from hearth_desk.services.certificates.issuing import IssueChoice
from hearth_desk.services.events.hours import hours_text
from hearth_desk.services.progress import Progress
from hearth_desk.services.tree.printouts import team_options
from hearth_desk.storage.store import Store
from hearth_desk.ui.certificates.issuing import issuing, preview_issuing
from hearth_desk.ui.common.confirm import confirm
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.latest_read import LatestRead
from hearth_desk.ui.common.print_preview import PrintPreviewDialog

MEMBER = Qt.ItemDataRole.UserRole


class IssuePanel(QWidget):
    listed = Signal()  # the candidates of the current choice are shown

    NAME, HOURS, TIMES, ID, HELD = range(5)

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
        self._started = False
        self._reads = LatestRead(self, errors, self._count_call, self._show)
        self.lines: list[CandidateLine] = []
        self.preview: PrintPreviewDialog | None = None
        today = today or dt.date.today()
        self.year = QSpinBox()
        self.year.setRange(2000, today.year + 1)
        self.year.setValue(today.year)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Volunteer service record (志愿服务记录证明)"),
                          CertificateKind.RECORD.value)  # fmt: skip
        self.kind.addItem(self.tr("Honour certificate (荣誉证书)"), CertificateKind.HONOUR.value)
        self.team = QComboBox()
        self.min_hours = QDoubleSpinBox()
        self.min_hours.setRange(0, 9999)
        self.min_hours.setDecimals(1)
        self.min_hours.setSingleStep(5)
        self.min_hours.setSuffix(self.tr(" hours"))
        self.skip_without_id = QCheckBox(self.tr("Leave out those without an ID number"))
        form = QFormLayout()
        form.addRow(self.tr("Year:"), self.year)
        form.addRow(self.tr("Certificate:"), self.kind)
        form.addRow(self.tr("Service team:"), self.team)
        form.addRow(self.tr("At least:"), self.min_hours)
        form.addRow("", self.skip_without_id)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Hours"), self.tr("Times"), self.tr("ID number"),
            self.tr("Issued before"),
        ])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(lambda _item: self._count())
        self.all_button = QPushButton(self.tr("Tick all"))
        self.none_button = QPushButton(self.tr("Tick none"))
        self.all_button.clicked.connect(lambda: self.tick_all(True))
        self.none_button.clicked.connect(lambda: self.tick_all(False))
        self.summary = QLabel()
        self.issue_button = QPushButton(self.tr("Issue and preview…"))
        self.issue_button.setStyleSheet("font-weight: bold; padding: 6px 14px;")
        self.issue_button.clicked.connect(lambda: self.issue())
        below = QHBoxLayout()
        for widget in (self.all_button, self.none_button):
            below.addWidget(widget)
        below.addWidget(self.summary, 1)
        below.addWidget(self.issue_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        for signal in (self.year.valueChanged, self.kind.currentIndexChanged,
                       self.team.currentIndexChanged, self.min_hours.valueChanged):  # fmt: skip
            signal.connect(lambda *_args: self.reload())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            with self._store.session() as session:
                offered = team_options(session)
            self.team.blockSignals(True)
            self.team.addItem(self.tr("All teams"), None)
            for team in offered:
                self.team.addItem(team.name, team.id)
            self.team.blockSignals(False)
            self.reload()

    def choice(self, member_ids: frozenset[int] | None = None) -> IssueChoice:
        return IssueChoice(
            year=self.year.value(),
            kind=self.kind.currentData(),
            team_id=self.team.currentData(),
            min_hours=Decimal(str(round(self.min_hours.value(), 1))),
            skip_without_id=self.skip_without_id.isChecked(),
            member_ids=member_ids,
        )

    # --- the list, counted on the worker --------------------------------------------

    def reload(self) -> None:
        self._reads.ask()

    def _count_call(self) -> Callable[[Progress], list[CandidateLine]]:
        store, choice = self._store, self.choice()

        def count(progress: Progress) -> list[CandidateLine]:
            with store.session() as session:
                return candidate_lines(session, choice, progress)

        return count

    def _show(self, lines: list[CandidateLine]) -> None:
        self.lines = lines
        self.table.blockSignals(True)
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            held = line.held_number + (self.tr(" (void)") if line.held_voided else "")
            cells = (line.name, hours_text(line.hours), str(line.times),
                     line.id_masked or self.tr("none"), held)  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == self.NAME:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked)
                    item.setData(MEMBER, line.member_id)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self._count()
        self.listed.emit()

    def tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            self.table.item(row, self.NAME).setCheckState(state)
        self.table.blockSignals(False)
        self._count()

    def ticked(self) -> list[CandidateLine]:
        return [
            line for row, line in enumerate(self.lines)
            if self.table.item(row, self.NAME).checkState() == Qt.CheckState.Checked
        ]  # fmt: skip

    def _count(self) -> None:
        chosen = self.ticked()
        again = sum(1 for line in chosen if line.held_number and not line.held_voided)
        text = self.tr("%n ticked", "", len(chosen))
        if again:
            text += self.tr(", %n of them printed again with their number (补打)", "", again)
        missing = sum(1 for line in chosen if not line.id_masked)
        if missing and self.kind.currentData() == CertificateKind.RECORD.value:
            text += self.tr(", %n without an ID number", "", missing)
        self.summary.setText(text)
        self.issue_button.setEnabled(bool(chosen))

    # --- issuing ----------------------------------------------------------------------

    def issue(self) -> PrintPreviewDialog | None:
        chosen = self.ticked()
        if not chosen:
            return None
        question = self.tr(
            "Register and print %n certificate(s) for {year}? Each new one takes the next "
            "number; the numbers are never reused.",
            "",
            len(chosen),
        ).format(year=self.year.value())
        if not confirm(self, self.tr("Issue certificates"), question, self.tr("Issue"),
                       self.tr("Cancel")):  # fmt: skip
            return None
        choice = self.choice(frozenset(line.member_id for line in chosen))
        self.preview = preview_issuing(self._store, self._errors, self._language,
                                       self.kind.currentText(), issuing(choice), self)  # fmt: skip
        return self.preview
