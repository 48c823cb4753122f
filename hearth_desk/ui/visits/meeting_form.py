"""The forms of the 联席会议 tab: a new meeting (day, place, convenor, who came for
each of the five parties, the open requests to bring to the table and new matters),
and one matter's decision, owner and due date."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.visit_words import MEETING_PARTY_WORDS, REQUEST_STATUS_WORDS
from hearth_desk.services.visits.meetings import (
    PARTIES,
    MatterLine,
    NewMeeting,
    OpenRequest,
    decide_matter,
    hold_meeting,
)
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.edit_dialog import SavingDialog
from hearth_desk.ui.common.errors import ErrorPresenter, translate
from hearth_desk.ui.common.optional_date import OptionalDateEdit

if TYPE_CHECKING:
    from sqlalchemy.orm import Session  # annotations only: no SQL in the window

OVERDUE_RED = QColor("#a4161a")
REQUEST_ID = Qt.ItemDataRole.UserRole
NAME_SEPARATORS = re.compile(r"[、,，;；\s]+")


def names_in(text: str) -> list[str]:
    """张三、李四 (or commas, spaces): the people typed for one party."""
    return [name for name in NAME_SEPARATORS.split(text) if name]


def request_text(request: OpenRequest) -> str:
    status = translate("Vocabulary", REQUEST_STATUS_WORDS[request.status])
    return f"#{request.id}　{request.description}（{status}）"


class NewMeetingDialog(SavingDialog):
    """A new joint meeting; ``saved`` carries its number. What the last meeting left
    open comes onto the agenda by itself: the form says so, and lists only the rest."""

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        requests: list[OpenRequest],
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, errors, parent)
        self.setWindowTitle(self.tr("New joint meeting"))
        self.setMinimumWidth(620)
        self.date = QDateEdit(QDate(today or dt.date.today()))
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.place = QLineEdit()
        self.convenor = QLineEdit()
        self.recorder = QLineEdit()
        self.parties: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Convenor:"), self.convenor)
        form.addRow(self.tr("Recorder:"), self.recorder)
        for party in PARTIES:
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("Who came, e.g. 张三、李四"))
            self.parties[party] = edit
            form.addRow(translate("Vocabulary", MEETING_PARTY_WORDS[party]) + "：", edit)
        self.requests = QListWidget()
        self.requests.setMinimumHeight(140)
        for request in requests:
            item = QListWidgetItem(request_text(request), self.requests)
            item.setData(REQUEST_ID, request.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if request.overdue:
                item.setForeground(QBrush(OVERDUE_RED))
                item.setToolTip(self.tr("Overdue"))
        self.new_matters = QPlainTextEdit()
        self.new_matters.setPlaceholderText(self.tr("One matter a line"))
        self.new_matters.setMaximumHeight(90)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        carried = QLabel(
            self.tr("Matters the last meeting did not settle come onto this agenda by themselves.")
        )
        carried.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Requests to bring to the table:")))
        layout.addWidget(self.requests)
        layout.addWidget(QLabel(self.tr("New matters:")))
        layout.addWidget(self.new_matters)
        layout.addWidget(QLabel(self.tr("Notes:")))
        layout.addWidget(self.notes)
        layout.addWidget(carried)
        layout.addWidget(self.buttons)
        self.place.setFocus()

    def chosen_requests(self) -> list[int]:
        return [
            int(self.requests.item(row).data(REQUEST_ID))
            for row in range(self.requests.count())
            if self.requests.item(row).checkState() == Qt.CheckState.Checked
        ]

    def value(self) -> NewMeeting:
        return NewMeeting(
            self.date.date().toPython(),
            place=self.place.text(),
            convenor=self.convenor.text(),
            recorder=self.recorder.text(),
            notes=self.notes.toPlainText(),
            attendees=[
                (party, name)
                for party, edit in self.parties.items()
                for name in names_in(edit.text())
            ],
            request_ids=self.chosen_requests(),
            new_matters=[
                line for line in self.new_matters.toPlainText().splitlines() if line.strip()
            ],
        )

    def save(self, session: Session) -> int:
        return hold_meeting(session, self.value()).id


class MatterDialog(SavingDialog):
    """What the meeting decided on one matter, who owns it and by when."""

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        matter: MatterLine,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, errors, parent)
        self.matter_id = matter.id
        self.setWindowTitle(
            self.tr("Decision on matter {position}").format(position=matter.position)
        )
        self.setMinimumWidth(520)
        title = QLabel(matter.title)
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold;")
        self.decision = QPlainTextEdit(matter.decision)
        self.decision.setMaximumHeight(110)
        self.owner = QLineEdit(matter.owner)
        self.due = OptionalDateEdit(self.tr("No due date"))
        self.due.set_value(matter.due_date)
        form = QFormLayout()
        form.addRow(self.tr("Decision:"), self.decision)
        form.addRow(self.tr("Owner:"), self.owner)
        form.addRow(self.tr("Due by:"), self.due)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.decision.setFocus()

    def save(self, session: Session) -> int:
        return decide_matter(
            session,
            self.matter_id,
            self.decision.toPlainText(),
            self.owner.text(),
            self.due.value(),
        ).id
