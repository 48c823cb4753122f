"""The 老年大学 area: a term chooser (the current term first) over two tabs, the
timetable as a week grid and the term's classes with their figures beside the
chosen class's page; new terms and classes, enrolment-day mode, and the timetable
printout.

The page reads off the UI thread (``LatestRead``) and again whenever the hub says
classes or sign-ups changed; writes go through the forms and the class panel. Its
wish to print goes to the Print area through ``print_requested``, as the other areas'.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.services.classes.class_lines import (
    ClassLine,
    TermChoice,
    class_lines,
    term_choices,
)
from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.services.progress import Progress
from hearth_desk.storage.store import Store
from hearth_desk.ui.classes.class_forms import NewClassDialog, NewTermDialog
from hearth_desk.ui.classes.class_panel import CLASS_KINDS, ClassPanel
from hearth_desk.ui.classes.timetable_grid import TimetableGrid, seats_text
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.edit_dialog import OpenForm, SavingDialog
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.latest_read import LatestRead


@dataclass(frozen=True)
class TermView:
    """One read of the page: the terms to choose from, and the chosen one's classes."""

    terms: list[TermChoice]
    term_id: int | None
    lines: list[ClassLine]


class ClassesPage(QWidget):
    loaded = Signal()
    # A printout's key in the catalogue and the LedgerChoice that presets it.
    print_requested = Signal(str, object)

    def __init__(self, store: Store, errors: ErrorPresenter) -> None:
        super().__init__()
        self._store, self._errors = store, errors
        self.view: TermView | None = None
        self.wanted_term: int | None = None  # None: the current term

        self.term_box = QComboBox()
        self.term_box.setMinimumWidth(320)  # the name and both dates
        self.term_box.activated.connect(self._term_chosen)
        self.new_term_button = QPushButton(self.tr("New term…"))
        self.new_term_button.clicked.connect(lambda: self.new_term())
        self.new_class_button = QPushButton(self.tr("New class…"))
        self.new_class_button.clicked.connect(lambda: self.new_class())
        self.enrolment_day_button = QPushButton(self.tr("Enrolment day…"))
        self.enrolment_day_button.clicked.connect(lambda: self.open_enrolment_day())
        self.print_timetable = QPushButton(self.tr("Print timetable…"))
        self.print_timetable.clicked.connect(lambda: self._print("timetable"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Term:")))
        top.addWidget(self.term_box)
        for button in (self.new_term_button, self.new_class_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.enrolment_day_button)
        top.addWidget(self.print_timetable)

        self.timetable = TimetableGrid()
        self.timetable.class_clicked.connect(self.open_class)
        self.class_list = QTableWidget(0, 8)
        self.class_list.setHorizontalHeaderLabels(
            [self.tr("Class"), self.tr("Enrolled"), self.tr("Waiting"),
             self.tr("Sessions held"), self.tr("Attendance"), self.tr("When"),
             self.tr("Teacher"), self.tr("Room")]
        )  # fmt: skip
        self.class_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.class_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.class_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.class_list.verticalHeader().hide()
        self.class_list.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.class_list.itemSelectionChanged.connect(self._class_selected)
        self.panel = ClassPanel(store, errors)
        self.panel.print_requested.connect(self.print_requested)
        split = QSplitter()
        split.addWidget(self.class_list)
        split.addWidget(self.panel)
        split.setStretchFactor(1, 2)
        split.setSizes([420, 840])  # the list's figures readable beside the class
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timetable, self.tr("Timetable"))
        self.tabs.addTab(split, self.tr("Classes"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.forms: OpenForm[SavingDialog] = OpenForm()
        self.enrolment_day: QWidget | None = None
        self.reader: LatestRead[TermView] = LatestRead(self, errors, self._read_call, self._show)
        self.subscription = operations.Subscription(self, CLASS_KINDS, lambda _b: self.refresh())
        self.refresh()

    # --- reading ---------------------------------------------------------------------

    def refresh(self) -> None:
        self.reader.ask()

    def _read_call(self) -> Callable[[Progress], TermView]:
        wanted, store = self.wanted_term, self._store

        def read(_progress: Progress) -> TermView:
            with store.session() as session:
                terms = term_choices(session)
                ids = [term.term_id for term in terms]
                term_id = wanted if wanted in ids else (ids[0] if ids else None)
                lines = [] if term_id is None else class_lines(session, term_id)
                return TermView(terms, term_id, lines)

        return read

    def _show(self, view: TermView) -> None:
        self.view = view
        self.term_box.clear()
        for term in view.terms:
            self.term_box.addItem(
                f"{term.name}（{term.start:%m-%d}–{term.end:%m-%d}）", term.term_id
            )
        if view.term_id is not None:
            self.term_box.setCurrentIndex(self.term_box.findData(view.term_id))
        for button in (self.new_class_button, self.enrolment_day_button, self.print_timetable):
            button.setEnabled(view.term_id is not None)
        self.timetable.show_lines(view.lines)
        chosen = self.panel.course_id
        self.class_list.blockSignals(True)
        self.class_list.setRowCount(len(view.lines))
        for row, line in enumerate(view.lines):
            # The figures first: beside the class page only the first columns show.
            cells = (f"{line.name} #{line.course_id}", seats_text(line), str(line.waiting),
                     str(line.sessions_held), str(line.attendance), line.slots_text,
                     line.teacher, line.room)  # fmt: skip
            for column, text in enumerate(cells):
                self.class_list.setItem(row, column, QTableWidgetItem(text))
            if line.course_id == chosen:
                self.class_list.selectRow(row)
        self.class_list.blockSignals(False)
        self.loaded.emit()

    def _term_chosen(self, index: int) -> None:
        self.wanted_term = self.term_box.itemData(index)
        self.panel.show_class(None)
        self.refresh()

    @property
    def term_id(self) -> int | None:
        return None if self.view is None else self.view.term_id

    # --- classes ---------------------------------------------------------------------

    def open_class(self, course_id: int) -> None:
        """Show the class's page (from the timetable or the list)."""
        self.panel.show_class(course_id)
        lines = [] if self.view is None else self.view.lines
        self.class_list.blockSignals(True)  # the panel is told already
        for row, line in enumerate(lines):
            if line.course_id == course_id:
                self.class_list.selectRow(row)
        self.class_list.blockSignals(False)
        self.tabs.setCurrentIndex(1)

    def _class_selected(self) -> None:
        rows = self.class_list.selectionModel().selectedRows()
        if self.view is not None and rows and rows[0].row() < len(self.view.lines):
            self.panel.show_class(self.view.lines[rows[0].row()].course_id)

    # --- forms and modes -------------------------------------------------------------

    def new_term(self) -> NewTermDialog:
        dialog = NewTermDialog(self._store, self._errors, self)
        return self.forms.open(dialog, self._term_added)  # type: ignore[return-value]

    def _term_added(self, term_id: int) -> None:
        self.wanted_term = term_id
        self.refresh()

    def new_class(self) -> NewClassDialog | None:
        if self.term_id is None:
            return None
        dialog = NewClassDialog(self._store, self._errors, self.term_id, self)
        return self.forms.open(dialog, self.open_class)  # type: ignore[return-value]

    def open_enrolment_day(self) -> QWidget | None:
        """Enrolment-day mode for the chosen term, full screen (its module is loaded
        when first wanted, like the areas)."""
        if self.term_id is None:
            return None
        from hearth_desk.ui.classes.enrolment_day import EnrolmentDayMode

        mode = EnrolmentDayMode(self._store, self._errors, self.term_id, self)
        mode.showFullScreen()
        self.enrolment_day = mode
        return mode

    def _print(self, key: str) -> None:
        if self.term_id is not None:
            self.print_requested.emit(key, LedgerChoice(term_id=self.term_id))
