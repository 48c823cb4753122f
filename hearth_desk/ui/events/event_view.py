"""One event's page: its heading and counts, the sign-ups and helpers, and what the
office does with an event: change it, print for it, run the door and the stalls on
the day, finish or call it off, and read the figures afterwards.

The page reads the event once per broadcast that touches events, residents or the
tree (a resident renamed in the ledger is renamed here), in one session.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import EventStatus
from hearth_desk.services.changes import Kind
from hearth_desk.services.events.events import cancel_event, finish_event
from hearth_desk.services.events.listing import (
    EventDetail,
    event_detail,
    signup_lines,
)
from hearth_desk.services.events.tallies import EventTotals, event_totals
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.confirm import confirm
from hearth_desk.ui.common.edit_dialog import OpenForm
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.events.event_form import EventDialog, read_event
from hearth_desk.ui.events.event_heading import EventHeading
from hearth_desk.ui.events.helper_panel import HelperPanel
from hearth_desk.ui.events.signup_panel import SignupPanel
from hearth_desk.ui.events.summary_dialog import SummaryDialog

OPEN = (EventStatus.PLANNED.value, EventStatus.RUNNING.value)


class EventView(QWidget):
    print_requested = Signal(str, int)  # a printout's key and the event's number
    loaded = Signal()

    def __init__(self, store: Store, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._errors = store, errors
        self.event_id: int | None = None
        self.detail: EventDetail | None = None
        self.totals: EventTotals | None = None
        self.form: OpenForm[EventDialog] = OpenForm()
        self.day_window: QDialog | None = None  # the door's or the stalls' window

        self.heading = EventHeading()
        self.signups = SignupPanel(store, errors)
        self.helpers = HelperPanel(store, errors)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.signups, self.tr("Sign-ups"))
        self.tabs.addTab(self.helpers, self.tr("Helpers"))

        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for position, (key, text, act) in enumerate((
            ("check_in", self.tr("Check-in at the door"), self.open_check_in),
            ("stalls", self.tr("Stall counters"), self.open_stall_counters),
            ("summary", self.tr("After the event…"), self.open_summary),
            ("change", self.tr("Change event…"), self.change_event),
            ("signin", self.tr("Print sign-in sheet"), lambda: self._print("signin-sheet")),
            ("notice", self.tr("Print notice"), lambda: self._print("event-notice")),
            ("calllist", self.tr("Call list"), lambda: self._print("call-list")),
            ("finish", self.tr("Finish event…"), self.finish),
            ("cancel", self.tr("Call off event…"), self.call_off),
        )):  # fmt: skip
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, act=act: act())
            grid.addWidget(button, position // 5, position % 5)
            self.buttons[key] = button
        self.buttons["check_in"].setStyleSheet("font-weight: bold;")
        self.buttons["stalls"].setStyleSheet("font-weight: bold;")
        self.status = QLabel()

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        self.setFocusProxy(self.signups)
        self.subscription = operations.Subscription(
            self, Kind.EVENTS | Kind.RESIDENTS | Kind.TREE, lambda _b: self.reload()
        )

    # --- reading ---------------------------------------------------------------------

    def show_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.reload()

    def reload(self) -> None:
        if self.event_id is None:
            return
        with self._store.session() as session:
            try:
                detail = event_detail(session, self.event_id)
            except UserError:  # deleted meanwhile (a restore): the list moves on
                return
            totals = event_totals(session, self.event_id)
            lines = signup_lines(session, self.event_id)
        self.detail, self.totals = detail, totals
        self.heading.show_event(detail, totals)
        open_now = detail.status in OPEN
        self.signups.show_lines(detail.id, lines, open_now)
        self.helpers.reload(detail.id)
        for key in ("check_in", "stalls", "finish", "cancel"):
            self.buttons[key].setEnabled(open_now)
        self.buttons["stalls"].setEnabled(open_now and bool(detail.stalls))
        self.loaded.emit()

    # --- actions -----------------------------------------------------------------------

    def change_event(self) -> EventDialog | None:
        if self.event_id is None:
            return None
        dialog = EventDialog(
            self._store, self._errors, read_event(self._store, self.event_id),
            event_id=self.event_id, parent=self,
        )  # fmt: skip
        return self.form.open(dialog)

    def open_check_in(self) -> QDialog | None:
        from hearth_desk.ui.events.check_in_mode import CheckInDialog

        return self._day_window(CheckInDialog)

    def open_stall_counters(self) -> QDialog | None:
        from hearth_desk.ui.events.stall_counters import StallCountersDialog

        return self._day_window(StallCountersDialog)

    def _day_window(self, kind: type) -> QDialog | None:
        if self.event_id is None:
            return None
        window = kind(self._store, self._errors, self.event_id, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.day_window = window
        window.finished.connect(lambda _r: self._forget(window))
        window.showMaximized()
        return window

    def _forget(self, window: QDialog) -> None:
        if self.day_window is window:
            self.day_window = None

    def open_summary(self) -> SummaryDialog | None:
        if self.event_id is None:
            return None
        dialog = SummaryDialog(self._store, self.event_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _print(self, key: str) -> None:
        if self.event_id is not None:
            self.print_requested.emit(key, self.event_id)

    def finish(self) -> bool:
        """End the event after asking: whoever held a place and did not come is 未到."""
        detail, totals = self.detail, self.totals
        if detail is None or totals is None:
            return False
        waiting = totals.signed_up - totals.checked_in + totals.on_site - totals.absent
        question = self.tr(
            "Finish #{number} {title}? Those signed up who did not check in (%n) "
            "will be marked absent.",
            "",
            max(waiting, 0),
        ).format(number=detail.id, title=detail.title)
        if not confirm(self, self.tr("Finish event"), question, self.tr("Finish"),
                       self.tr("Not yet")):  # fmt: skip
            return False
        operations.write(self._store, lambda s: finish_event(s, detail.id), initiator=self)
        self.status.setText(self.tr("#{number} is over.").format(number=detail.id))
        return True

    def call_off(self) -> bool:
        """Call the event off after asking; the call list says whom to tell."""
        detail = self.detail
        if detail is None:
            return False
        question = self.tr(
            "Call off #{number} {title}? Sign-ups are kept; print the call list to tell them."
        ).format(number=detail.id, title=detail.title)
        if not confirm(self, self.tr("Call off event"), question, self.tr("Call off"),
                       self.tr("Keep the event")):  # fmt: skip
            return False
        operations.write(self._store, lambda s: cancel_event(s, detail.id), initiator=self)
        self.status.setText(self.tr("#{number} is called off.").format(number=detail.id))
        return True
