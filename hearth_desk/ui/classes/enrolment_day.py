"""Enrolment-day mode (报名日模式), for the crowded desk of the elderly university.

Modelled on the door's check-in mode (``ui/events/check_in_mode.py``): a queue is
waiting, so everything stays on the keyboard and in this window. Type a name, pinyin
or phone tail and the highlighted resident shows large with the classes they are
already in (and where they wait); Enter or Tab holds them and moves to the term's
classes, shown as large tiles with their seats left; arrows, a class's number or a
click pick one, and Enter enrols (``services.classes.enrolment.enrol``). The outcome,
已报名 or 候补第k位, shows at once in large type, every tile's seats are read again
(one grouped query), and the line is cleared for the next person. F2 enrols someone
from another community. Refusals show in red, never in a box. Esc goes back from the
classes to the line, and from an empty line closes; the area hears of the writes
from the change hub.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import SignupStatus
from hearth_desk.services.changes import Kind
from hearth_desk.services.classes.desk import Place, places, term_name
from hearth_desk.services.classes.enrolment import Outsider, Seats, enrol, seats
from hearth_desk.services.events.signups import Outcome
from hearth_desk.services.ledger.search import SearchHit
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.errors import ErrorPresenter, translate
from hearth_desk.ui.events.check_in_mode import AMBER, GREEN, GREY, RED, EventDayDialog
from hearth_desk.ui.events.walk_in_form import WalkInDialog
from hearth_desk.ui.ledger.search_box import ResidentSearch

COURSE = Qt.ItemDataRole.UserRole + 2  # a tile's class id
TILE = QSize(236, 84)  # "#10 智能手机班" over "已满，候补 12 人" in 17pt; five a row at 1366
NUMBER_PAUSE_MS = 900  # "1" then "3" within this picks #13


@dataclass(frozen=True)
class Person:
    """Whom Enter enrols: a resident of the ledger or someone from outside."""

    name: str
    resident_id: int | None = None
    outsider: Outsider | None = None


class OutsiderDialog(WalkInDialog):
    """The walk-in form with the community they come from (F2); Enter goes from the
    name to the phone to the community, and accepts there."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent, large=True)
        self.community_edit = QLineEdit()
        self.community_edit.setPlaceholderText(self.tr("e.g. 青年湖社区"))
        self.add_field(self.tr("Community:"), self.community_edit)

    def outsider(self) -> Outsider:
        walk_in = self.walk_in()
        return Outsider(walk_in.name, walk_in.phone, self.community_edit.text().strip())


class EnrolmentDayMode(QDialog):
    """The desk's window for one term. ``enrolled`` carries each ``Outcome``,
    ``refused`` the red text shown when nobody was enrolled."""

    enrolled = Signal(object)
    refused = Signal(str)

    def __init__(
        self, store: Store, errors: ErrorPresenter, term_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store, self._errors, self.term_id = store, errors, term_id
        self._held: Person | None = None  # chosen with Enter or Tab, or by F2
        self._number = ""  # digits typed on the tiles
        self.last_enrol_ms = 0.0  # the write and the seats read again, on the UI thread
        self.setWindowState(Qt.WindowState.WindowFullScreen)
        self.resize(1200, 820)

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.figure = QLabel()
        self.figure.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.search_edit = QLineEdit()
        self.search_edit.setStyleSheet("font-size: 28pt; padding: 6px;")
        self.search_edit.setPlaceholderText(
            self.tr("Name, pinyin or phone; Enter, then pick the class")
        )
        self.results = QListWidget()
        self.results.setStyleSheet("font-size: 16pt;")
        self.results.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.results.setMaximumHeight(110)  # a few hits: the tiles need the room
        self.search = ResidentSearch(store, self.search_edit, self.results, limit=20, parent=self)
        self.search.chosen.connect(self._hold_hit)
        self.results.currentItemChanged.connect(lambda *_: self._show_person())
        self.search.cleared.connect(self._show_person)
        self.search_edit.textChanged.connect(self._typing)
        self.search_edit.installEventFilter(self)  # after the search's: Tab

        self.name_label = QLabel()
        self.name_label.setStyleSheet("font-size: 36pt; font-weight: bold;")
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.places_label = QLabel()
        self.places_label.setStyleSheet("font-size: 18pt;")
        self.places_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.places_label.setWordWrap(True)

        self.classes = QListWidget()
        self.classes.setViewMode(QListView.ViewMode.IconMode)
        self.classes.setFlow(QListView.Flow.LeftToRight)
        self.classes.setWrapping(True)
        self.classes.setResizeMode(QListView.ResizeMode.Adjust)
        self.classes.setMovement(QListView.Movement.Static)
        self.classes.setGridSize(TILE + QSize(16, 14))
        self.classes.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.classes.setStyleSheet(
            "QListWidget { font-size: 17pt; }"
            " QListWidget::item { border: 1px solid #c0c0c0; border-radius: 6px; }"
            # the chosen tile in white on blue, whatever its seats' colour
            " QListWidget::item:selected { border: 3px solid #0b3d91; background: #1a5fb4;"
            " color: white; font-weight: bold; }"
        )
        self.classes.itemDoubleClicked.connect(lambda _item: self.enrol_held())
        self.classes.installEventFilter(self)

        self.outcome_label = QLabel()
        self.outcome_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setMinimumHeight(64)

        self.outsider_button = QPushButton(self.tr("From another community… (F2)"))
        self.outsider_button.clicked.connect(self.ask_outsider)
        self.close_button = QPushButton(QCoreApplication.translate("EventDayDialog", "Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.outsider_button, self.close_button):
            EventDayDialog.quiet(button, "font-size: 16pt; padding: 10px 24px;")
        self._key(QKeySequence(Qt.Key.Key_F2), self.ask_outsider)
        self._number_timer = QTimer(self)
        self._number_timer.setSingleShot(True)
        self._number_timer.setInterval(NUMBER_PAUSE_MS)
        self._number_timer.timeout.connect(self._forget_number)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.figure)
        bottom = QHBoxLayout()
        bottom.addWidget(self.outsider_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results)
        layout.addWidget(self.name_label)
        layout.addWidget(self.places_label)
        layout.addWidget(self.classes, 1)
        layout.addWidget(self.outcome_label)
        layout.addLayout(bottom)

        operations.Subscription(
            self, Kind.EVENTS | Kind.CLASSES, lambda _broadcast: self.refresh(), own=False
        )
        self.refresh()
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- what the window shows -------------------------------------------------------

    def refresh(self) -> None:
        """The term's name, every class's seats, and the person's classes."""
        try:
            with self._store.session() as session:
                name = term_name(session, self.term_id)
                desk = seats(session, self.term_id)
        except UserError as error:  # the term was deleted meanwhile
            self._say(error.translated(translate), RED)
            return
        self.title.setText(self.tr("Enrolment day: {term}").format(term=name))
        self.setWindowTitle(self.title.text())
        self._show_seats(desk)
        self._show_person()

    def _show_seats(self, desk: list[Seats]) -> None:
        chosen = self.chosen_course()
        self.classes.clear()
        for row in desk:
            item = QListWidgetItem(f"#{row.course_id} {row.name}\n{self._seats_words(row)}")
            item.setData(COURSE, row.course_id)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setSizeHint(TILE)
            full = row.left == 0
            item.setForeground(QBrush(QColor(AMBER if full else GREEN)))
            self.classes.addItem(item)
            if row.course_id == chosen:
                self.classes.setCurrentItem(item)
        if self.classes.currentRow() < 0 and self.classes.count():
            self.classes.setCurrentRow(0)
        self.figure.setText(
            self.tr("Enrolled {enrolled} · waiting {waiting}").format(
                enrolled=sum(row.enrolled for row in desk),
                waiting=sum(row.waiting for row in desk),
            )
        )

    def _seats_words(self, row: Seats) -> str:
        if row.left is None:
            return self.tr("No limit, {n} enrolled").format(n=row.enrolled)
        if row.left:
            return self.tr("%n seat(s) left", "", row.left)
        return self.tr("Full, {z} waiting").format(z=row.waiting)

    def tile(self, course_id: int) -> tuple[str, str]:
        """A class's tile: ``#N 班名`` and its seats (余 k 个名额 / 已满，候补 z 人)."""
        for index in range(self.classes.count()):
            item = self.classes.item(index)
            if item.data(COURSE) == course_id:
                course, words = item.text().split("\n", 1)
                return course, words
        return "", ""

    def chosen_course(self) -> int | None:
        item = self.classes.currentItem()
        return item.data(COURSE) if item is not None else None

    def person(self) -> Person | None:
        """Whom Enter enrols: the held person, else the highlighted resident."""
        if self._held is not None:
            return self._held
        hit = self.search.current_hit() if self.search_edit.text().strip() else None
        return Person(hit.name, resident_id=hit.resident_id) if hit is not None else None

    def _show_person(self) -> None:
        person = self.person()
        if person is None:
            self.name_label.clear()
            self.places_label.clear()
            return
        if person.outsider is not None:
            community = person.outsider.community or "—"
            self.name_label.setText(f"{person.name}（{community}）")
            self.places_label.setText(self.tr("From another community"))
            self.places_label.setStyleSheet(f"font-size: 18pt; color: {GREY};")
            return
        assert person.resident_id is not None
        with self._store.session() as session:
            held = places(session, self.term_id, person.resident_id)
        self.name_label.setText(person.name)
        self.places_label.setText(self._places_words(held))
        self.places_label.setStyleSheet(f"font-size: 18pt; color: {GREY};")

    def _places_words(self, held: list[Place]) -> str:
        if not held:
            return self.tr("Not in any class of the term yet")
        parts = [
            self.tr("#{number} {name} (waiting list, number {k})").format(
                number=place.course_id, name=place.name, k=place.waiting_position
            )
            if place.status == SignupStatus.WAITING.value
            else f"#{place.course_id} {place.name}"
            for place in held
        ]
        return self.tr("Already in: {classes}").format(classes="、".join(parts))

    def _say(self, text: str, colour: str) -> None:
        self.outcome_label.setText(text)
        self.outcome_label.setStyleSheet(f"font-size: 32pt; font-weight: bold; color: {colour};")

    def _typing(self, text: str) -> None:
        self._held = None  # typing again: the highlighted resident, not the held one
        if text.strip():  # the next person: the last outcome is done with
            self.outcome_label.clear()

    # --- the keyboard ------------------------------------------------------------------

    def _key(self, keys: QKeySequence, act: Callable[[], object]) -> None:
        """``keys`` run ``act`` wherever the focus is in this window (see
        ``EventDayDialog.key`` for why a QAction)."""
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: act())
        self.addAction(action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_edit and key == Qt.Key.Key_Tab:
            self.search.choose()  # holds the highlighted resident, as Enter does
            return True
        if watched is self.classes:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.enrol_held()
                return True
            if key in (Qt.Key.Key_Escape, Qt.Key.Key_Backtab):
                self._back_to_the_line()
                return True
            if event.text().isdigit():
                self._pick_number(event.text())
                return True
        return super().eventFilter(watched, event)

    def _hold_hit(self, hit: SearchHit) -> None:
        self._hold(Person(hit.name, resident_id=hit.resident_id))

    def _hold(self, person: Person) -> None:
        self._held = person
        self._number = ""
        self._show_person()
        self.classes.setFocus(Qt.FocusReason.OtherFocusReason)

    def _pick_number(self, digit: str) -> None:
        """Digits on the tiles pick the class of that number (#N): "1", "3" is #13."""
        self._number_timer.start()
        for typed in (self._number + digit, digit):  # no class "131": "1" starts again
            for index in range(self.classes.count()):
                if str(self.classes.item(index).data(COURSE)) == typed:
                    self._number = typed
                    self.classes.setCurrentRow(index)
                    return
        self._number = digit

    def _forget_number(self) -> None:
        self._number = ""

    # --- enrolling ---------------------------------------------------------------------

    def enrol_held(self) -> Outcome | None:
        """Enter on the classes: enrol the person in the chosen class."""
        person, course_id = self.person(), self.chosen_course()
        if person is None:
            self._refuse(self.tr("Type a name first, or F2 for someone from another community."))
            self._back_to_the_line()
            return None
        if course_id is None:
            return None
        return self.enrol(person, course_id)

    def enrol(self, person: Person, course_id: int) -> Outcome | None:
        """Enrol ``person`` in ``course_id``, show the outcome and the seats again."""
        started = time.perf_counter()
        try:
            outcome = operations.write(
                self._store,
                lambda s: enrol(
                    s, course_id, resident_id=person.resident_id, outsider=person.outsider
                ),
                initiator=self,
            )
        except UserError as error:
            self._refuse(error.translated(translate))  # the person stays, for another class
            return None
        with self._store.session() as session:
            self._show_seats(seats(session, self.term_id))
        self.last_enrol_ms = (time.perf_counter() - started) * 1000
        self._done(outcome, course_id)
        return outcome

    def _done(self, outcome: Outcome, course_id: int) -> None:
        course = self.tile(course_id)[0]
        if outcome.status == SignupStatus.WAITING.value:
            self._say(
                self.tr("{name}: {course}, waiting list, number {k}").format(
                    name=outcome.name, course=course, k=outcome.waiting_position
                ),
                AMBER,
            )
        else:
            self._say(
                self.tr("✓ {name} enrolled in {course}").format(name=outcome.name, course=course),
                GREEN,
            )
        self._held = None
        self.search_edit.clear()
        self._back_to_the_line()
        self.enrolled.emit(outcome)

    def _refuse(self, text: str) -> None:
        self._say(text, RED)
        self.refused.emit(text)

    def ask_outsider(self) -> Person | None:
        """F2: someone from another community: name, phone and community, then the
        classes as for a resident."""
        form = OutsiderDialog(self.tr("From another community"), self)
        try:
            if form.exec() != QDialog.DialogCode.Accepted:
                self._back_to_the_line()
                return None
            outsider = form.outsider()
        finally:
            form.deleteLater()
        self.outcome_label.clear()
        self.search_edit.clear()  # the last resident typed is not the one enrolled now
        person = Person(outsider.name, outsider=outsider)
        self._hold(person)
        self.activateWindow()
        return person

    def _back_to_the_line(self) -> None:
        self.activateWindow()
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
