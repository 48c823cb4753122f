"""Check-in mode, for the door: one big search line, the matched name large, Enter.

A queue is waiting, so everything stays on the keyboard and in this window: type a
name, pinyin or phone tail and the highlighted resident is shown large with where
they stand at this event (已报名, 候补第k位, 已签到, not signed up); Enter checks them
in. A USB scanner types the fourteen digits of a sign-in sheet's row code and Enter
within a few milliseconds: a line that looks like a code is checked in by code at
once, without waiting for the search's pause and without searching. F2 checks in a
walk-in who is not in the ledger. At a full event letting someone in (现场) needs a
yes. Outcomes and refusals show in large green or red text in the window, never in
a box, and the focus always goes back to the line for the next person. The running
count follows every check-in, this window's and any other's (the change broadcast).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import SignupStatus
from hearth_desk.domain.signin_codes import looks_like_code
from hearth_desk.services.changes import Kind
from hearth_desk.services.events.door import Arrival, Standing, arrive, door_count, standing
from hearth_desk.services.events.signups import EventFull, WalkIn
from hearth_desk.services.ledger.search import SearchHit
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.confirm import confirm
from hearth_desk.ui.common.errors import ErrorPresenter, translate
from hearth_desk.ui.common.translation import window_words
from hearth_desk.ui.events.walk_in_form import WalkInDialog
from hearth_desk.ui.ledger.search_box import ResidentSearch

GREEN, RED, GREY, AMBER = "#1b7a1b", "#b3261e", "#5f6368", "#a15c00"

Attempt = Callable[[bool], Arrival]  # on_site → the arrival (raises EventFull when full)


class DoorSearch(ResidentSearch):
    """The ledger's search, except that a sign-in sheet's code is not searched for."""

    def find(self, text: str, limit: int) -> tuple[list[SearchHit], int]:
        return ([], 0) if looks_like_code(text) else super().find(text, limit)


class EventDayDialog(QDialog):
    """What the day's two windows (this one and the stall counters) share: one event,
    its heading with a big figure on the right, Close, buttons that never take the
    focus from where the keys go, and keys that work wherever the focus is."""

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        event_id: int,
        parent: QWidget | None,
        figure_style: str,
    ) -> None:
        super().__init__(parent)
        self._store, self._errors, self.event_id = store, errors, event_id
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.figure = QLabel()
        self.figure.setStyleSheet(figure_style)
        self.figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.close_button = QPushButton(QCoreApplication.translate("EventDayDialog", "Close"))
        self.close_button.clicked.connect(self.reject)

    def heading(self) -> QHBoxLayout:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.figure)
        return top

    @staticmethod
    def quiet(button: QPushButton, style: str) -> None:
        """No focus and no default: Enter or a digit must not press it by accident."""
        button.setStyleSheet(style)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)

    def key(self, keys: QKeySequence, act: Callable[[], object]) -> None:
        """``keys`` run ``act`` wherever the focus is in this window. A QAction, not a
        QShortcut: one made before the window is shown never fires under PySide6 6.12."""
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: act())  # not the checked flag
        self.addAction(action)


class CheckInDialog(EventDayDialog):
    """The door's window for one event. ``checked_in`` carries each ``Arrival`` (also a
    repeated one), ``refused`` the red text shown when nobody was checked in."""

    checked_in = Signal(object)
    refused = Signal(str)

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        event_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, errors, event_id, parent, "font-size: 28pt; font-weight: bold;")
        self._words = window_words()
        self.resize(1100, 760)
        self.count_label = self.figure  # 已签到 x / 报名 y

        self.search_edit = QLineEdit()
        self.search_edit.setStyleSheet("font-size: 28pt; padding: 6px;")
        self.search_edit.setPlaceholderText(
            self.tr("Name, pinyin or phone, or scan the sign-in sheet; then Enter")
        )
        self.results = QListWidget()
        self.results.setStyleSheet("font-size: 16pt;")
        self.results.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.results.setMaximumHeight(220)
        self.search = DoorSearch(store, self.search_edit, self.results, limit=20, parent=self)
        self.search.chosen.connect(self._chosen)
        self.results.currentItemChanged.connect(lambda *_: self._show_highlighted())
        self.search.cleared.connect(self._show_highlighted)
        self.search_edit.textChanged.connect(self._typing)
        # Installed after the search's own filter, so it sees Enter first: a scanned code
        # is checked in at once, without the search's pause.
        self.search_edit.installEventFilter(self)

        self.name_label = QLabel()
        self.name_label.setStyleSheet("font-size: 48pt; font-weight: bold;")
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.standing_label = QLabel()
        self.standing_label.setStyleSheet("font-size: 24pt;")
        self.standing_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.outcome_label = QLabel()
        self.outcome_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setMinimumHeight(90)

        self.walk_in_button = QPushButton(self.tr("Walk-in… (F2)"))
        self.walk_in_button.clicked.connect(self.ask_walk_in)
        for button in (self.walk_in_button, self.close_button):
            # The line keeps the focus; Enter in the result list must not press a button.
            self.quiet(button, "font-size: 16pt; padding: 10px 24px;")
        self.key(QKeySequence(Qt.Key.Key_F2), self.ask_walk_in)

        bottom = QHBoxLayout()
        bottom.addWidget(self.walk_in_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.heading())
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results)
        layout.addStretch(1)
        layout.addWidget(self.name_label)
        layout.addWidget(self.standing_label)
        layout.addWidget(self.outcome_label)
        layout.addStretch(1)
        layout.addLayout(bottom)

        operations.Subscription(self, Kind.EVENTS, lambda _broadcast: self.refresh())
        self.refresh()
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- what the window shows -------------------------------------------------------

    def refresh(self) -> None:
        """The event's name and the running count, and the highlighted hit's standing."""
        try:
            with self._store.session() as session:
                count = door_count(session, self.event_id)
        except UserError as error:  # the event was deleted meanwhile
            self._say(error.translated(translate), RED)
            return
        status = self._words.event_status(count.status)
        self.title.setText(f"#{count.event_id} {count.title}  ·  {status}")
        self.setWindowTitle(self.tr("Check-in: {title}").format(title=count.title))
        self.count_label.setText(
            self.tr("Checked in {came} of {signed}").format(came=count.came, signed=count.signed)
        )
        self._show_highlighted()

    def _show_highlighted(self) -> None:
        hit = self.search.current_hit() if self.search_edit.text().strip() else None
        if hit is None:
            self.name_label.clear()
            self.standing_label.clear()
            return
        with self._store.session() as session:
            where = standing(session, self.event_id, hit.resident_id)
        text, colour = self._standing_words(where)
        self.name_label.setText(hit.name)
        self.standing_label.setText(text)
        self.standing_label.setStyleSheet(f"font-size: 24pt; color: {colour};")

    def _standing_words(self, where: Standing) -> tuple[str, str]:
        if where.status is None:
            return self.tr("Not signed up"), GREY
        if where.status == SignupStatus.WAITING.value:
            return self.tr("Waiting list, number {k}").format(k=where.waiting_position), AMBER
        word = self._words.signup_status(where.status)
        if where.status == SignupStatus.CHECKED_IN.value:
            return (self.tr("{status} (on site)").format(status=word) if where.on_site
                    else word), GREEN  # fmt: skip
        return word, "black"

    def _say(self, text: str, colour: str) -> None:
        self.outcome_label.setText(text)
        self.outcome_label.setStyleSheet(f"font-size: 32pt; font-weight: bold; color: {colour};")

    def _typing(self, text: str) -> None:
        if text.strip():  # the next person: the last outcome is done with
            self.outcome_label.clear()

    # --- the keyboard ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and looks_like_code(self.search_edit.text())
        ):
            self.check_in_code(self.search_edit.text())
            return True
        return super().eventFilter(watched, event)

    def _chosen(self, hit: SearchHit) -> None:
        self.check_in_resident(hit.resident_id, hit.name)

    # --- checking in -------------------------------------------------------------------

    def check_in_resident(self, resident_id: int, name: str) -> Arrival | None:
        """Check in a resident from the ledger (asking first at a full event)."""
        return self._attempt(
            name,
            lambda on_site: self._write(
                lambda s: arrive(s, self.event_id, resident_id=resident_id, on_site=on_site)
            ),
        )

    def check_in_code(self, text: str) -> Arrival | None:
        """Check in the row a sign-in sheet's code names, as a scanner types it."""
        return self._attempt(
            "",
            lambda on_site: self._write(
                lambda s: arrive(s, self.event_id, code=text, on_site=on_site)
            ),
        )

    def check_in_walk_in(self, name: str, phone: str = "") -> Arrival | None:
        """Check in someone who is not in the ledger."""
        walk_in = WalkIn(name, phone)
        return self._attempt(
            name,
            lambda on_site: self._write(
                lambda s: arrive(s, self.event_id, walk_in=walk_in, on_site=on_site)
            ),
        )

    def ask_walk_in(self) -> Arrival | None:
        """F2: the walk-in's name and phone in a small form, then check them in."""
        form = WalkInDialog(self.tr("Walk-in"), self, large=True)
        try:
            if form.exec() != QDialog.DialogCode.Accepted:
                return None
            walk_in = form.walk_in()
        finally:
            form.deleteLater()
            self._back_to_the_line()
        return self.check_in_walk_in(walk_in.name, walk_in.phone)

    def _write(self, call: Callable[..., Arrival]) -> Arrival:
        return operations.write(self._store, call, initiator=self)

    def _attempt(self, name: str, attempt: Attempt) -> Arrival | None:
        """Run ``attempt``; at a full event ask, and on yes run it again as 现场."""
        try:
            try:
                arrival = attempt(False)
            except EventFull as full:
                if not self._let_in(name or str(full.params.get("name", "")), full):
                    self._refuse(self.tr("Not checked in."))
                    return None
                arrival = attempt(True)
        except UserError as error:
            self._refuse(error.translated(translate))
            return None
        finally:
            self._back_to_the_line()
        self._done(arrival)
        return arrival

    def _let_in(self, name: str, full: EventFull) -> bool:
        return confirm(
            self,
            self.tr("Let {name} in?").format(name=name),
            full.translated(translate),
            self.tr("&Let in (on site)"),  # the key L answers, as does a click
            self.tr("Not now"),
        )

    def _done(self, arrival: Arrival) -> None:
        if arrival.already:
            self._say(self.tr("{name} is already checked in").format(name=arrival.name), AMBER)
        elif arrival.on_site:
            self._say(self.tr("✓ {name} checked in (on site)").format(name=arrival.name), GREEN)
        else:
            self._say(self.tr("✓ {name} checked in").format(name=arrival.name), GREEN)
        self.search_edit.clear()
        self.checked_in.emit(arrival)

    def _refuse(self, text: str) -> None:
        self._say(text, RED)
        self.search_edit.selectAll()  # the next scan or name replaces it
        self.refused.emit(text)

    def _back_to_the_line(self) -> None:
        self.activateWindow()
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
