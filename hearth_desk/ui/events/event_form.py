"""An event's own fields: what, when, where, who organises it, its seats, its
contact and notice, and the partner units' stalls.

One form makes a new event, changes one, or starts from an earlier one: service days
repeat, so "copy" fills everything in again with the date a week ahead (the office
fixes dates a week before) and no counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.models import EventKind
from hearth_desk.domain.vocabulary import EVENT_KIND_WORDS
from hearth_desk.services.events.events import (
    EventInput,
    StallInput,
    add_event,
    event_input,
    existing_event,
    update_event,
)
from hearth_desk.services.events.form_choices import FormChoices, form_choices
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.checked_form import EnterMovesOn
from hearth_desk.ui.common.edit_dialog import SavingDialog
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.optional_date import OptionalDateEdit
from hearth_desk.ui.common.translation import window_words

if TYPE_CHECKING:
    from sqlalchemy.orm import Session  # annotations only: no SQL in the window

NO_TIME = QTime(0, 0)  # a time edit's minimum stands for "no time given"
STALL_ID = Qt.ItemDataRole.UserRole
COPY_AHEAD = dt.timedelta(days=7)


def read_event(store: Store, event_id: int) -> EventInput:
    with store.session() as session:
        return event_input(existing_event(session, event_id))


def as_copy(data: EventInput, today: dt.date) -> EventInput:
    """An earlier event as the start of a new one: a week from today, the deadline
    as many days before it as it was, and new stalls (counts stay with the old)."""
    day = today + COPY_AHEAD
    deadline = None
    if data.signup_deadline is not None:
        deadline = day - max(data.date - data.signup_deadline, dt.timedelta(0))
    stalls = [StallInput(stall.unit, stall.service) for stall in data.stalls]
    return replace(data, date=day, signup_deadline=deadline, stalls=stalls)


class TimeEdit(QTimeEdit):
    """A time that may be left out (shown as "—")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.setMinimumTime(NO_TIME)
        self.setSpecialValueText("—")

    def value(self) -> dt.time | None:
        time = self.time()
        return None if time == NO_TIME else time.toPython()

    def set_value(self, value: dt.time | None) -> None:
        self.setTime(QTime(value.hour, value.minute) if value is not None else NO_TIME)


class EventDialog(SavingDialog):
    """A new event, a changed one (``event_id``), or a copy (``initial`` from
    ``as_copy``). ``saved`` carries the event's number."""

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        initial: EventInput | None = None,
        *,
        event_id: int | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, errors, parent)
        self.event_id = event_id
        today = today or dt.date.today()
        if event_id is not None:
            self.setWindowTitle(self.tr("Change event #{number}").format(number=event_id))
        elif initial is not None:
            self.setWindowTitle(self.tr("New event, copied from an earlier one"))
        else:
            self.setWindowTitle(self.tr("New event"))
        self.setMinimumWidth(640)
        with store.session() as session:
            self.choices: FormChoices = form_choices(session)
        words = window_words()

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. 便民服务日, 防诈骗讲座"))
        self.kind = QComboBox()
        for code in EVENT_KIND_WORDS:
            self.kind.addItem(words.event_kind(code), code)
        self.date = QDateEdit()
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.start, self.end = TimeEdit(), TimeEdit()
        self.place = QLineEdit()
        self.team = QComboBox()
        self.team.addItem(self.tr("None"), None)
        for team in self.choices.teams:
            self.team.addItem(team.name, team.id)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 9999)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.capacity.setSuffix(self.tr(" people"))
        self.deadline = OptionalDateEdit(self.tr("No deadline"))
        self.contact_name, self.contact_phone = QLineEdit(), QLineEdit()
        self.notice = QPlainTextEdit()
        self.notice.setTabChangesFocus(True)
        self.notice.setMaximumHeight(90)
        self.notice.setPlaceholderText(self.tr("What residents should know: bring, wear, note…"))

        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(self.end)
        times.addStretch(1)
        contact = QHBoxLayout()
        self.contact_name.setPlaceholderText(self.tr("Name"))
        self.contact_phone.setPlaceholderText(self.tr("Phone"))
        contact.addWidget(self.contact_name)
        contact.addWidget(self.contact_phone)
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("From – to:"), times)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Organising team:"), self.team)
        form.addRow(self.tr("Places:"), self.capacity)
        form.addRow(self.tr("Sign up by:"), self.deadline)
        form.addRow(self.tr("Contact:"), contact)
        form.addRow(self.tr("Notice:"), self.notice)

        self.stalls = QTableWidget(0, 2)
        self.stalls.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Service")])
        self.stalls.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.stalls.verticalHeader().hide()
        self.stalls.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stalls.setMinimumHeight(180)
        self.partner = QComboBox()
        for partner in self.choices.partners:
            self.partner.addItem(partner.name, partner.offers)
        self.add_partner_button = QPushButton(self.tr("Add its stall"))
        self.add_partner_button.clicked.connect(lambda: self.add_partner_stall())
        self.add_stall_button = QPushButton(self.tr("Add another stall"))
        self.add_stall_button.clicked.connect(lambda: self.add_stall("", ""))
        self.remove_stall_button = QPushButton(self.tr("Remove stall"))
        self.remove_stall_button.clicked.connect(lambda: self.remove_stall())
        stall_buttons = QHBoxLayout()
        stall_buttons.addWidget(self.partner, 1)
        for button in (self.add_partner_button, self.add_stall_button, self.remove_stall_button):
            stall_buttons.addWidget(button)
        self.partner.setVisible(bool(self.choices.partners))
        self.add_partner_button.setVisible(bool(self.choices.partners))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._heading(self.tr("Stalls (partner units and what they offer)")))
        layout.addWidget(self.stalls)
        layout.addLayout(stall_buttons)
        layout.addWidget(self.buttons)

        self.fill(initial or EventInput("", today + COPY_AHEAD, EventKind.SERVICE_DAY,
                                        dt.time(14, 0), dt.time(16, 0)))  # fmt: skip
        self.title.textChanged.connect(self.update_ok)
        self.update_ok()
        # Enter moves field to field (Tab also walks a date's year, month and day) and
        # saves on the contact phone, as the ledger's forms do; the notice takes Enter.
        fields: list[QWidget] = [self.title, self.kind, self.date, self.start, self.end,
                                 self.place, self.team, self.capacity, self.deadline,
                                 self.contact_name, self.contact_phone]  # fmt: skip
        self._enter = EnterMovesOn(fields, self.accept, self)
        self.title.setFocus()

    @staticmethod
    def _heading(text: str) -> QWidget:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold;")
        return label

    # --- filling and reading ----------------------------------------------------------

    def fill(self, data: EventInput) -> None:
        self.title.setText(data.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(EventKind(data.kind).value)))
        self.date.setDate(QDate(data.date))
        self.start.set_value(data.start_time)
        self.end.set_value(data.end_time)
        self.place.setText(data.place)
        self.team.setCurrentIndex(max(0, self.team.findData(data.team_id)))
        self.capacity.setValue(data.capacity or 0)
        self.deadline.set_value(data.signup_deadline)
        self.contact_name.setText(data.contact_name)
        self.contact_phone.setText(data.contact_phone)
        self.notice.setPlainText(data.notice)
        self.stalls.setRowCount(0)
        for stall in data.stalls:
            self.add_stall(stall.unit, stall.service, stall.id)

    def value(self) -> EventInput:
        return EventInput(
            title=self.title.text(),
            date=self.date.date().toPython(),
            kind=EventKind(self.kind.currentData()),
            start_time=self.start.value(),
            end_time=self.end.value(),
            place=self.place.text(),
            team_id=self.team.currentData(),
            capacity=self.capacity.value() or None,
            signup_deadline=self.deadline.value(),
            notice=self.notice.toPlainText(),
            contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(),
            stalls=self.stall_values(),
        )

    def stall_values(self) -> list[StallInput]:
        """The stall rows, an empty row skipped (a half-filled one is refused on save)."""
        stalls = []
        for row in range(self.stalls.rowCount()):
            unit, service = (self._cell(row, column) for column in (0, 1))
            if unit.strip() or service.strip():
                stall_id = self.stalls.item(row, 0).data(STALL_ID)
                stalls.append(StallInput(unit, service, stall_id))
        return stalls

    def _cell(self, row: int, column: int) -> str:
        item = self.stalls.item(row, column)
        return item.text() if item is not None else ""

    # --- the stalls -------------------------------------------------------------------

    def add_stall(self, unit: str, service: str, stall_id: int | None = None) -> int:
        row = self.stalls.rowCount()
        self.stalls.insertRow(row)
        unit_item = QTableWidgetItem(unit)
        unit_item.setData(STALL_ID, stall_id)
        self.stalls.setItem(row, 0, unit_item)
        self.stalls.setItem(row, 1, QTableWidgetItem(service))
        self.stalls.setCurrentCell(row, 0 if not unit else 1)
        return row

    def add_partner_stall(self) -> int:
        """The chosen partner unit's stall, its service the first thing it offers."""
        offers = str(self.partner.currentData() or "")
        service = offers.replace("，", "、").replace(",", "、").split("、")[0].strip()
        return self.add_stall(self.partner.currentText(), service)

    def remove_stall(self) -> None:
        row = self.stalls.currentRow()
        if row >= 0:
            self.stalls.removeRow(row)

    # --- saving ------------------------------------------------------------------------

    def may_save(self) -> bool:
        return bool(self.title.text().strip())

    def save(self, session: Session) -> int:
        if self.event_id is None:
            return add_event(session, self.value()).id
        return update_event(session, self.event_id, self.value()).id
