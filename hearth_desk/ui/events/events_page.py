"""The 活动 area: the month strip over the events list (upcoming first, then past),
and the chosen event's page beside it. New events are made here, from nothing or
as a copy of an earlier one (service days repeat)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.services.changes import Kind
from hearth_desk.services.events.listing import EventLine, event_lines, time_span
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.edit_dialog import OpenForm
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.translation import window_words
from hearth_desk.ui.events.event_form import EventDialog, as_copy, read_event
from hearth_desk.ui.events.event_view import EventView
from hearth_desk.ui.events.month_strip import MonthStrip, weekday_name

EVENT = Qt.ItemDataRole.UserRole


class EventsPage(QWidget):
    loaded = Signal()
    print_requested = Signal(str, int)  # from the event page: a printout and an event

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._errors = store, errors
        self.today = today or dt.date.today()
        self._started = False
        self.lines: list[EventLine] = []
        self.form: OpenForm[EventDialog] = OpenForm()

        self.strip = MonthStrip(self.today)
        self.strip.day_chosen.connect(self.choose_day)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setStyleSheet("QListWidget::item { padding: 4px; }")
        self.list.currentItemChanged.connect(lambda _now, _before: self._chosen())
        self.new_button = QPushButton(self.tr("New event…"))
        self.copy_button = QPushButton(self.tr("Copy as a new event…"))
        self.new_button.clicked.connect(lambda: self.new_event())
        self.copy_button.clicked.connect(lambda: self.copy_event())
        left = QWidget()
        side = QVBoxLayout(left)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.copy_button)
        side.addLayout(buttons)

        self.view = EventView(store, errors)
        self.view.print_requested.connect(self.print_requested)
        self.empty = QLabel(self.tr("No events yet. “New event…” makes the first one."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.strip)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.list)
        # Without the mouse: Enter on an event, or Ctrl+F anywhere here, goes to its
        # sign-up line; Ctrl+N makes a new event.
        self.list.itemActivated.connect(lambda _item: self.go_to_signup())
        for keys, act in (("Ctrl+F", self.go_to_signup), ("Ctrl+N", self.new_event)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda act=act: act())
        self.subscription = operations.Subscription(self, Kind.EVENTS, lambda _b: self.reload())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.reload()

    # --- the list ----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the events again, keeping the chosen one chosen."""
        self._started = True
        chosen = self.event_id()
        with self._store.session() as session:
            self.lines = event_lines(session)
        self.strip.set_dates(line.date for line in self.lines)
        coming = [line for line in self.lines if line.date >= self.today]
        past = [line for line in reversed(self.lines) if line.date < self.today]
        self.list.blockSignals(True)
        self.list.clear()
        for heading, lines in ((self.tr("Coming up"), coming), (self.tr("Past"), past)):
            if lines:
                self._add_heading(heading)
            for line in lines:
                item = QListWidgetItem(self.line_text(line))
                item.setData(EVENT, line.id)
                self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [line.id for line in self.lines]
        self.select(chosen if chosen in ids else (coming[0].id if coming else
                    (past[0].id if past else None)))  # fmt: skip
        self.loaded.emit()

    def _add_heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        self.list.addItem(item)

    def line_text(self, line: EventLine) -> str:
        words = window_words()
        weekday = weekday_name(line.date)
        first = f"{line.date.isoformat()} {weekday} {time_span(line.start_time, None)}  #{line.id}"
        if line.capacity is not None:
            counts = self.tr("{n}/{capacity} signed up").format(
                n=line.signed_up, capacity=line.capacity
            )
        else:
            counts = self.tr("{n} signed up").format(n=line.signed_up)
        if line.waiting:
            counts += self.tr(", {n} waiting").format(n=line.waiting)
        return f"{first}\n{line.title}\n{counts} · {words.event_status(line.status)}"

    def event_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(EVENT)

    def select(self, event_id: int | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(EVENT) == event_id and event_id is not None:
                self.list.setCurrentRow(row)
                break
        self._chosen()

    def choose_day(self, date: dt.date) -> None:
        first = next((line for line in self.lines if line.date == date), None)
        if first is not None:
            self.select(first.id)

    def _chosen(self) -> None:
        event_id = self.event_id()
        self.stack.setCurrentWidget(self.view if event_id is not None else self.empty)
        self.copy_button.setEnabled(event_id is not None)
        if event_id is not None:
            line = next((line for line in self.lines if line.id == event_id), None)
            if line is not None:
                self.strip.show_date(line.date)
            if event_id != self.view.event_id:
                self.view.show_event(event_id)

    def go_to_signup(self) -> None:
        if self.event_id() is not None:
            self.view.tabs.setCurrentWidget(self.view.signups)
            self.view.signups.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- new events ----------------------------------------------------------------

    def new_event(self) -> EventDialog:
        dialog = EventDialog(self._store, self._errors, today=self.today, parent=self)
        return self.form.open(dialog, self.select)

    def copy_event(self) -> EventDialog | None:
        event_id = self.event_id()
        if event_id is None:
            return None
        start = as_copy(read_event(self._store, event_id), self.today)
        dialog = EventDialog(self._store, self._errors, start, today=self.today, parent=self)
        return self.form.open(dialog, self.select)
