"""One class's page: its students in the order they enrolled and then the waiting
list (候补第k位), adding a resident (the ledger's search as you type, then Enter) or
an outsider, dropping with Delete (naming, with the full phone, who moved up), the
attendance grid, moving or cancelling a session, and printing the class's sheets.

Enrolment is the events' sign-up engine (``services.classes.enrolment``); every
write goes through ``ui.common.operations`` and the panel reads itself again, off
the UI thread, when the hub says classes or sign-ups changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.masking import mask_phone
from hearth_desk.services.changes import Kind
from hearth_desk.services.classes.attendance import set_attendance
from hearth_desk.services.classes.class_lines import ClassSheet, SessionLine, class_sheet
from hearth_desk.services.classes.enrolment import Outsider, Student, drop, enrol
from hearth_desk.services.events.signups import MovedUp, Outcome
from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.services.ledger.search import SearchHit
from hearth_desk.services.progress import Progress
from hearth_desk.storage.store import Store
from hearth_desk.ui.classes.attendance_grid import AttendanceGrid
from hearth_desk.ui.classes.class_forms import SessionChangeDialog, ask_outsider
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.confirm import confirm
from hearth_desk.ui.common.delete_key import OnDeleteKey
from hearth_desk.ui.common.edit_dialog import OpenForm
from hearth_desk.ui.common.errors import ErrorPresenter, translate
from hearth_desk.ui.common.latest_read import LatestRead
from hearth_desk.ui.ledger.search_box import ResidentSearch

CLASS_KINDS = Kind.CLASSES | Kind.EVENTS  # enrolments are the events' sign-ups


class ClassPanel(QWidget):
    loaded = Signal()
    print_requested = Signal(str, object)  # a printout's key, its LedgerChoice

    def __init__(self, store: Store, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._errors = store, errors
        self.course_id: int | None = None
        self.sheet: ClassSheet | None = None
        self.heading = QLabel(self.tr("Choose a class."))
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Enrol: type a name, pinyin, ID or phone tail, then Enter")
        )
        self.search_edit.setStyleSheet("font-size: 14pt;")
        self.search_results = QListWidget()
        self.search_results.setMaximumHeight(150)
        self.search = ResidentSearch(store, self.search_edit, self.search_results, parent=self)
        self.search.chosen.connect(self._chosen)
        self.search.show_results_only_when_searching()
        self.outsider_button = QPushButton(self.tr("Someone from another community…"))
        self.outsider_button.clicked.connect(lambda: self.enrol_outsider())

        self.students = QTableWidget(0, 4)
        self.students.setHorizontalHeaderLabels(
            [
                translate("SignupTableModel", "Name"),
                translate("SignupTableModel", "Phone"),
                self.tr("Community"),
                translate("SignupTableModel", "Status"),
            ]
        )
        self.students.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.students.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.students.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.students.horizontalHeader().setStretchLastSection(True)
        self.students.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.on_delete = OnDeleteKey(self.students, lambda: self.drop_selected())
        self.drop_button = QPushButton(self.tr("Drop from the class"))
        self.drop_button.setToolTip(translate("SignupPanel", "Delete"))
        self.drop_button.clicked.connect(lambda: self.drop_selected())

        self.attendance = AttendanceGrid()
        self.attendance.toggled.connect(self._save_tick)
        self.move_button = QPushButton(self.tr("Move session…"))
        self.move_button.clicked.connect(lambda: self.change_session(cancelling=False))
        self.cancel_button = QPushButton(self.tr("Cancel session…"))
        self.cancel_button.clicked.connect(lambda: self.change_session(cancelling=True))
        self.print_attendance = QPushButton(self.tr("Print attendance sheet…"))
        self.print_attendance.clicked.connect(lambda: self._print("attendance"))
        self.print_roster = QPushButton(self.tr("Print class roster…"))
        self.print_roster.clicked.connect(lambda: self._print("class-roster"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setStyleSheet("font-size: 13pt;")

        adding = QHBoxLayout()
        adding.addWidget(self.search_edit, 1)
        adding.addWidget(self.outsider_button)
        roster = QWidget()
        roster_layout = QVBoxLayout(roster)
        roster_layout.setContentsMargins(0, 0, 0, 0)
        roster_layout.addLayout(adding)
        roster_layout.addWidget(self.search_results)
        roster_layout.addWidget(self.students, 1)
        below = QHBoxLayout()
        below.addWidget(self.drop_button)
        below.addStretch(1)
        below.addWidget(self.print_roster)
        roster_layout.addLayout(below)
        ticking = QWidget()
        ticking_layout = QVBoxLayout(ticking)
        ticking_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Attendance: arrow keys move, Space ticks; saved at once."))
        ticking_layout.addWidget(hint)
        ticking_layout.addWidget(self.attendance, 1)
        sessions = QHBoxLayout()
        for button in (self.move_button, self.cancel_button):
            sessions.addWidget(button)
        sessions.addStretch(1)
        sessions.addWidget(self.print_attendance)
        ticking_layout.addLayout(sessions)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(roster)
        split.addWidget(ticking)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self.setFocusProxy(self.search_edit)
        self._set_enabled(False)

        self.forms: OpenForm[SessionChangeDialog] = OpenForm()
        # Asking before a drop and for an outsider; tests put fixed answers here.
        self.confirm_drop: Callable[[str], bool] = lambda question: confirm(
            self,
            self.tr("Drop from the class"),
            question,
            self.tr("Drop"),
            translate("SignupPanel", "Keep"),
        )
        self.ask_outsider: Callable[[], Outsider | None] = lambda: ask_outsider(
            self.tr("Enrol someone from another community"), self
        )
        self.reader: LatestRead[ClassSheet | None] = LatestRead(
            self, errors, self._read_call, self._show
        )
        self.subscription = operations.Subscription(self, CLASS_KINDS, lambda _b: self.refresh())

    # --- reading ---------------------------------------------------------------------

    def show_class(self, course_id: int | None) -> None:
        if course_id != self.course_id:
            self.status.clear()
        self.course_id = course_id
        self.refresh()

    def refresh(self) -> None:
        self.reader.ask()

    def _read_call(self) -> Callable[[Progress], ClassSheet | None]:
        course_id, store = self.course_id, self._store

        def read(_progress: Progress) -> ClassSheet | None:
            if course_id is None:
                return None
            with store.session() as session:
                return class_sheet(session, course_id)

        return read

    def _show(self, sheet: ClassSheet | None) -> None:
        if (sheet.course_id if sheet else None) != self.course_id:
            return  # read before another class was chosen: its own read follows
        self.sheet = sheet
        self._set_enabled(sheet is not None)
        if sheet is None:
            self.heading.setText(self.tr("Choose a class."))
            self.students.setRowCount(0)
            self.attendance.setRowCount(0)
            self.attendance.setColumnCount(0)
            self.loaded.emit()
            return
        seated = sum(1 for s in sheet.students if s.waiting_position is None)
        places = "∞" if sheet.capacity is None else str(sheet.capacity)
        self.heading.setText(f"{sheet.name} #{sheet.course_id}  {seated}/{places}")
        chosen = self.selected()
        self.students.setRowCount(len(sheet.students))
        for row, student in enumerate(sheet.students):
            for column, text in enumerate(self._columns(student)):
                self.students.setItem(row, column, QTableWidgetItem(text))
        self.students.resizeColumnsToContents()
        if chosen is not None:
            self.select(chosen.signup_id)
        self.attendance.show_sheet(sheet)
        self.loaded.emit()

    def _columns(self, student: Student) -> tuple[str, ...]:
        if student.waiting_position is not None:
            state = self.tr("waiting, no. {k}").format(k=student.waiting_position)
        else:
            state = self.tr("enrolled")
        return (student.name, mask_phone(student.phone), student.community or "", state)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.search_edit, self.outsider_button, self.drop_button,
                       self.move_button, self.cancel_button, self.print_attendance,
                       self.print_roster):  # fmt: skip
            widget.setEnabled(enabled)

    def selected(self) -> Student | None:
        rows = self.students.selectionModel().selectedRows()
        if self.sheet is None or not rows or rows[0].row() >= len(self.sheet.students):
            return None
        return self.sheet.students[rows[0].row()]

    def select(self, signup_id: int) -> None:
        if self.sheet is None:
            return
        for row, student in enumerate(self.sheet.students):
            if student.signup_id == signup_id:
                self.students.selectRow(row)
                return

    # --- enrolling and dropping ------------------------------------------------------

    def _chosen(self, hit: SearchHit) -> None:
        if self.enrol(resident_id=hit.resident_id) is not None:
            self.search_edit.clear()
        self.search_edit.setFocus()

    def enrol_outsider(self) -> Outcome | None:
        outsider = self.ask_outsider()
        return None if outsider is None else self.enrol(outsider=outsider)

    def enrol(self, **who: Any) -> Outcome | None:
        """Enrol a resident or an outsider; say 已报名 or 候补第k位."""
        course_id = self._course()
        try:
            outcome = operations.write(
                self._store, lambda s: enrol(s, course_id, **who), initiator=self
            )
        except UserError as error:
            self._say(error.translated(translate), "color: #b3261e;")
            return None
        if outcome.waiting_position is not None:
            text = self.tr("{name}: the class is full; waiting, no. {k}.").format(
                name=outcome.name, k=outcome.waiting_position
            )
        else:
            text = self.tr("{name}: enrolled.").format(name=outcome.name)
        self._say(text)
        return outcome

    def drop_selected(self) -> MovedUp | None:
        student = self.selected()
        if student is None:
            self._say(self.tr("Choose a student in the list first."))
            return None
        if not self.confirm_drop(self.tr("Drop {name} from the class?").format(name=student.name)):
            return None
        course_id = self._course()
        try:
            moved = operations.write(
                self._store, lambda s: drop(s, course_id, student.signup_id), initiator=self
            )
        except UserError as error:
            self._errors.show(error, self)
            return None
        text = self.tr("{name} is no longer in the class.").format(name=student.name)
        if moved is None:
            self._say(text)
            return None
        call = translate(
            "SignupPanel", "{name} moved up from the waiting list; please phone {phone}."
        ).format(name=moved.name, phone=moved.phone or "—")
        self._say(f"{text} {call}", "font-size: 14pt; font-weight: bold; color: #b35900;")
        return moved

    # --- attendance and sessions -----------------------------------------------------

    def _save_tick(self, session_id: int, signup_id: int, _present: bool) -> None:
        ticked = set(self.attendance.present.get(session_id, set()))
        try:
            operations.write(
                self._store, lambda s: set_attendance(s, session_id, ticked), initiator=self
            )
        except UserError as error:
            self.attendance.untoggle(session_id, signup_id)
            self._say(error.translated(translate), "color: #b3261e;")

    def current_session(self) -> SessionLine | None:
        column = self.attendance.currentColumn()
        if self.sheet is None or not 0 <= column < len(self.sheet.sessions):
            return None
        return self.sheet.sessions[column]

    def change_session(self, *, cancelling: bool) -> SessionChangeDialog | None:
        lesson = self.current_session()
        if lesson is None:
            self._say(self.tr("Choose a session's column in the attendance first."))
            return None
        dialog = SessionChangeDialog(
            self._store, self._errors, lesson, cancelling=cancelling, parent=self
        )
        return self.forms.open(dialog)

    def _print(self, key: str) -> None:
        if self.sheet is not None:
            choice = LedgerChoice(term_id=self.sheet.term_id, course_id=self.sheet.course_id)
            self.print_requested.emit(key, choice)

    # --- helpers ---------------------------------------------------------------------

    def _course(self) -> int:
        assert self.course_id is not None
        return self.course_id

    def _say(self, text: str, style: str = "") -> None:
        self.status.setStyleSheet(f"font-size: 13pt; {style}")
        self.status.setText(text)
