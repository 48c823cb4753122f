"""The 联席会议 tab: the joint meetings, newest first, and the chosen meeting's page.

The page shows who came for each of the five parties and the matters, the ones
carried over from an earlier meeting marked; a matter's decision, owner and due date
are edited in a small form, and a matter is settled with one button. The minutes and
the sign-in sheet print from here (the Print area previews them). Meetings are few
(four a year), so the tab reads them on the UI thread; it refreshes itself from the
change hub when meetings or requests change.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.request_flow import DONE_STATUSES
from hearth_desk.domain.visit_words import MEETING_PARTY_WORDS, REQUEST_STATUS_WORDS
from hearth_desk.services.changes import Kind
from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.services.visits.meetings import (
    MatterLine,
    MeetingDetail,
    meeting_detail,
    meeting_lines,
    open_requests,
    settle_matter,
)
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.edit_dialog import OpenForm
from hearth_desk.ui.common.errors import ErrorPresenter, translate
from hearth_desk.ui.common.operations import Subscription
from hearth_desk.ui.visits.meeting_form import OVERDUE_RED, MatterDialog, NewMeetingDialog

MEETING_ID = Qt.ItemDataRole.UserRole
MEETING_KINDS = Kind.MEETINGS | Kind.REQUESTS


class MeetingsTab(QWidget):
    loaded = Signal()  # the list (and the chosen meeting) shown afresh
    print_requested = Signal(str, object)  # a printout's key and its LedgerChoice

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._errors, self._today = store, errors, today
        self.title = self.tr("Joint meetings")  # the tab's label on the 走访 area
        self.detail: MeetingDetail | None = None
        self.form: OpenForm[NewMeetingDialog | MatterDialog] = OpenForm()
        self.meetings = QListWidget()
        self.meetings.currentItemChanged.connect(lambda *_: self.show_meeting())
        self.new_button = QPushButton(self.tr("New meeting…"))
        self.new_button.clicked.connect(self.new_meeting)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.meetings, 1)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.people = QLabel()
        self.people.setWordWrap(True)
        self.people.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.matters = QTableWidget(0, 7)
        self.matters.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Matter"),
                self.tr("Request"),
                self.tr("Decision"),
                self.tr("Owner"),
                self.tr("Due by"),
                self.tr("Status"),
            ]
        )
        self.matters.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matters.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matters.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matters.verticalHeader().hide()
        header = self.matters.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.matters.itemSelectionChanged.connect(self._update_buttons)
        self.matters.itemDoubleClicked.connect(lambda _item: self.edit_matter())
        self.decide_button = QPushButton(self.tr("Decision, owner, due date…"))
        self.decide_button.clicked.connect(self.edit_matter)
        self.settle_button = QPushButton(self.tr("Mark settled"))
        self.settle_button.clicked.connect(self.toggle_settled)
        self.minutes_button = QPushButton(self.tr("Print the minutes…"))
        self.minutes_button.clicked.connect(lambda: self._print("minutes"))
        self.signin_button = QPushButton(self.tr("Print the sign-in sheet…"))
        self.signin_button.clicked.connect(lambda: self._print("meeting-signin"))
        buttons = QHBoxLayout()
        for button in (self.decide_button, self.settle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.minutes_button, self.signin_button):
            buttons.addWidget(button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.people)
        right_layout.addWidget(self.matters, 1)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.subscription = Subscription(self, MEETING_KINDS, lambda _b: self.refresh())
        self.refresh()

    # --- reading ----------------------------------------------------------------

    def refresh(self) -> None:
        """The list afresh, keeping the meeting that was chosen (or the newest)."""
        chosen = self.current_meeting_id()
        with self._store.session() as session:
            lines = meeting_lines(session)
        self.meetings.blockSignals(True)
        self.meetings.clear()
        for line in lines:
            text = "　".join(
                part for part in (f"#{line.id}", line.date.isoformat(), line.place) if part
            )
            counts = self.tr("{count} matters, {open} not settled").format(
                count=line.matters, open=line.open_matters
            )
            item = QListWidgetItem(f"{text}\n{counts}", self.meetings)
            item.setData(MEETING_ID, line.id)
            if line.id == chosen:
                self.meetings.setCurrentItem(item)
        if self.meetings.currentItem() is None and self.meetings.count():
            self.meetings.setCurrentRow(0)
        self.meetings.blockSignals(False)
        self.show_meeting()
        self.loaded.emit()

    def current_meeting_id(self) -> int | None:
        item = self.meetings.currentItem()
        return int(item.data(MEETING_ID)) if item is not None else None

    def select_meeting(self, meeting_id: int) -> None:
        for row in range(self.meetings.count()):
            if self.meetings.item(row).data(MEETING_ID) == meeting_id:
                self.meetings.setCurrentRow(row)

    def show_meeting(self) -> None:
        """The chosen meeting read afresh, the chosen matter kept when it is the same."""
        meeting_id = self.current_meeting_id()
        matter = self.current_matter()
        same = self.detail is not None and self.detail.id == meeting_id
        if meeting_id is None:
            self.detail = None
        else:
            with self._store.session() as session:
                self.detail = meeting_detail(session, meeting_id)
        self._show_detail(matter.id if matter is not None and same else None)

    def _show_detail(self, chosen: int | None) -> None:
        detail = self.detail
        self.matters.clearSelection()
        self.matters.setRowCount(0)
        if detail is None:
            self.heading.setText(
                self.tr("No joint meetings yet: hold the first with “New meeting…”.")
            )
            self.people.clear()
            self._update_buttons()
            return
        self.heading.setText(
            "　".join(p for p in (f"#{detail.id}", detail.date.isoformat(), detail.place) if p)
        )
        lines = [
            self.tr("Convenor: {name}　Recorder: {recorder}").format(
                name=detail.convenor or "—", recorder=detail.recorder or "—"
            )
        ]
        for party, names in detail.attendees.items():
            word = translate("Vocabulary", MEETING_PARTY_WORDS[party])
            lines.append(f"{word}：{'、'.join(names) or '—'}")
        self.people.setText("\n".join(lines))
        for matter in detail.matters:
            self._add_row(matter)
        if chosen is not None:
            self.select_matter(chosen)
        self._update_buttons()

    def _add_row(self, matter: MatterLine) -> None:
        row = self.matters.rowCount()
        self.matters.insertRow(row)
        title = matter.title
        if matter.carried_from_meeting is not None:
            title += "　" + self.tr("(carried over from #{number})").format(
                number=matter.carried_from_meeting
            )
        request = ""
        if matter.request_id is not None and matter.request_status is not None:
            status = translate("Vocabulary", REQUEST_STATUS_WORDS[matter.request_status])
            request = f"#{matter.request_id}（{status}）"
        cells = [
            str(matter.position),
            title,
            request,
            matter.decision,
            matter.owner,
            matter.due_date.isoformat() if matter.due_date else "",
            self.tr("Settled") if matter.settled else self.tr("Not settled"),
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(MEETING_ID, matter.id)
            self.matters.setItem(row, column, item)
        if not matter.settled and matter.due_date is not None and matter.due_date < self.today():
            self.matters.item(row, 5).setForeground(QBrush(OVERDUE_RED))

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def current_matter(self) -> MatterLine | None:
        rows = self.matters.selectionModel().selectedRows() if self.matters.selectionModel() else []
        if not rows or self.detail is None or rows[0].row() >= len(self.detail.matters):
            return None
        return self.detail.matters[rows[0].row()]

    def select_matter(self, matter_id: int) -> None:
        assert self.detail is not None
        for row, matter in enumerate(self.detail.matters):
            if matter.id == matter_id:
                self.matters.selectRow(row)

    def _update_buttons(self) -> None:
        matter = self.current_matter()
        self.decide_button.setEnabled(matter is not None)
        # Settled because its request is closed: the request's flow says so, not this button.
        by_request = matter is not None and matter.request_status in DONE_STATUSES
        self.settle_button.setEnabled(matter is not None and not by_request)
        settled = matter is not None and matter.settled
        self.settle_button.setText(
            self.tr("Not settled after all") if settled else self.tr("Mark settled")
        )
        for button in (self.minutes_button, self.signin_button):
            button.setEnabled(self.detail is not None)

    # --- writing ----------------------------------------------------------------

    def new_meeting(self) -> NewMeetingDialog:
        with self._store.session() as session:
            requests = open_requests(session, self.today())
        dialog = NewMeetingDialog(
            self._store, self._errors, requests, today=self.today(), parent=self
        )
        return self.form.open(dialog, self._held)

    def _held(self, meeting_id: int) -> None:
        self.refresh()
        self.select_meeting(meeting_id)

    def edit_matter(self) -> MatterDialog | None:
        matter = self.current_matter()
        if matter is None:
            return None
        dialog = MatterDialog(self._store, self._errors, matter, parent=self)
        return self.form.open(dialog)

    def toggle_settled(self) -> None:
        matter = self.current_matter()
        if matter is None:
            return
        settled = not matter.settled
        try:
            operations.write(
                self._store, lambda s: settle_matter(s, matter.id, settled), initiator=self
            )
        except UserError as error:  # shown; nothing changed
            self._errors.show(error, self)

    def _print(self, key: str) -> None:
        if self.detail is not None:
            self.print_requested.emit(key, LedgerChoice(meeting_id=self.detail.id))
