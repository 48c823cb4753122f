"""An event's sign-ups: the list in order, and adding, cancelling and calling people,
all from the keyboard.

Type a name, pinyin, ID tail or phone tail (the ledger's search as you type) and
press Enter: the person is signed up and their row chosen, showing 已报名 or
候补第k位. Delete cancels the chosen row after asking; if that freed a place, the
one who moved up is named with their full phone, to be called. After the deadline,
signing up asks first. Every write goes through ``ui.common.operations``; the panel
reads itself again from the broadcast like every other page.
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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.services.events.listing import SignupLine
from hearth_desk.services.events.signups import (
    LateSignup,
    MovedUp,
    Outcome,
    WalkIn,
    cancel,
    sign_up,
)
from hearth_desk.services.ledger.search import SearchHit
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.confirm import confirm
from hearth_desk.ui.common.delete_key import OnDeleteKey
from hearth_desk.ui.common.errors import ErrorPresenter, translate
from hearth_desk.ui.events.signup_table import SignupTableModel
from hearth_desk.ui.events.walk_in_form import ask_walk_in
from hearth_desk.ui.ledger.search_box import ResidentSearch


class SignupPanel(QWidget):
    signed_up = Signal(object)  # the Outcome, once its row is shown

    def __init__(self, store: Store, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._errors = store, errors
        self.event_id: int | None = None
        self.model = SignupTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((56, 120, 130, 150)):
            self.table.setColumnWidth(column, width)
        self.on_delete = OnDeleteKey(self.table, lambda: self.cancel_selected())

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Sign up: type a name, pinyin, ID or phone tail, then Enter")
        )
        self.search_edit.setStyleSheet("font-size: 14pt;")
        self.search_results = QListWidget()
        self.search_results.setStyleSheet("font-size: 13pt;")
        self.search_results.setMaximumHeight(150)
        self.search = ResidentSearch(store, self.search_edit, self.search_results, parent=self)
        self.search.chosen.connect(self._chosen)
        self.search.show_results_only_when_searching()

        self.walk_in_button = QPushButton(self.tr("Someone not in the ledger…"))
        self.walk_in_button.clicked.connect(lambda: self.sign_up_walk_in())
        self.cancel_button = QPushButton(self.tr("Cancel sign-up"))
        self.cancel_button.setToolTip(self.tr("Delete"))
        self.cancel_button.clicked.connect(lambda: self.cancel_selected())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setStyleSheet("font-size: 13pt;")

        adding = QHBoxLayout()
        adding.addWidget(self.search_edit, 1)
        adding.addWidget(self.walk_in_button)
        below = QHBoxLayout()
        below.addWidget(self.cancel_button)
        below.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(adding)
        layout.addWidget(self.search_results)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        layout.addWidget(self.status)
        self.setFocusProxy(self.search_edit)
        # Asking before a late sign-up; tests replace it with a fixed answer.
        self.confirm_late: Callable[[str], bool] = lambda question: confirm(
            self, self.tr("Sign-up has closed"), question, self.tr("Sign up"), self.tr("Cancel")
        )
        self.ask_walk_in: Callable[[], WalkIn | None] = lambda: ask_walk_in(
            self.tr("Sign up someone not in the ledger"), self
        )

    def show_lines(self, event_id: int, lines: list[SignupLine], open_for_signup: bool) -> None:
        """Show the event's sign-ups (read by the page), keeping the chosen row."""
        chosen = self.selected() if event_id == self.event_id else None
        self.event_id = event_id
        self.model.set_lines(lines)
        if chosen is not None:
            self.select(chosen.signup_id)
        for widget in (self.search_edit, self.walk_in_button):
            widget.setEnabled(open_for_signup)

    def selected(self) -> SignupLine | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.lines):
            return None
        return self.model.lines[rows[0].row()]

    def select(self, signup_id: int) -> None:
        row = self.model.row_of(signup_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # --- signing up --------------------------------------------------------------------

    def _chosen(self, hit: SearchHit) -> None:
        self.sign_up_resident(hit.resident_id)

    def sign_up_resident(self, resident_id: int) -> Outcome | None:
        outcome = self._sign_up(resident_id=resident_id)
        if outcome is not None:
            self.search_edit.clear()
        self.search_edit.setFocus()
        return outcome

    def sign_up_walk_in(self) -> Outcome | None:
        walk_in = self.ask_walk_in()
        if walk_in is None:
            return None
        return self._sign_up(walk_in=walk_in)

    def _sign_up(self, **who: Any) -> Outcome | None:
        """Sign ``who`` up (a resident or a walk-in); after the deadline ask first and
        sign up late if the user says so."""
        event = self._event()

        def attempt(late: bool) -> Outcome:
            return operations.write(
                self._store, lambda s: sign_up(s, event, late=late, **who), initiator=self
            )

        try:
            try:
                outcome = attempt(late=False)
            except LateSignup as late:
                if not self.confirm_late(late.translated(translate)):
                    return None
                outcome = attempt(late=True)
        except UserError as error:
            self.status.setText(error.translated(translate))
            self.status.setStyleSheet("font-size: 13pt; color: #b3261e;")
            return None
        self.select(outcome.signup_id)
        self._say(self.outcome_text(outcome))
        self.signed_up.emit(outcome)
        return outcome

    def outcome_text(self, outcome: Outcome) -> str:
        if outcome.waiting_position is not None:
            return self.tr("{name}: the event is full; waiting, no. {k}.").format(
                name=outcome.name, k=outcome.waiting_position
            )
        return self.tr("{name}: signed up.").format(name=outcome.name)

    # --- cancelling --------------------------------------------------------------------

    def cancel_selected(self) -> MovedUp | None:
        line = self.selected()
        if line is None:
            self._say(self.tr("Choose a sign-up in the list first."))
            return None
        question = self.tr("Cancel {name}'s sign-up?").format(name=line.name)
        if not confirm(self, self.tr("Cancel sign-up"), question, self.tr("Cancel sign-up"),
                       self.tr("Keep")):  # fmt: skip
            return None
        try:
            moved = operations.write(
                self._store, lambda s: cancel(s, self._event(), line.signup_id), initiator=self
            )
        except UserError as error:
            self._errors.show(error, self)
            return None
        text = self.tr("{name}'s sign-up is cancelled.").format(name=line.name)
        if moved is not None:
            call = self.tr("{name} moved up from the waiting list; please phone {phone}.").format(
                name=moved.name, phone=moved.phone or "—"
            )
            self.select(moved.signup_id)
            # Said where the staff look, in bold, not in a box: the phone is picked up
            # while the list stays in view.
            self.status.setStyleSheet("font-size: 14pt; font-weight: bold; color: #b35900;")
            self.status.setText(f"{text} {call}")
            return moved
        self._say(text)
        return moved

    # --- helpers -----------------------------------------------------------------------

    def _event(self) -> int:
        assert self.event_id is not None
        return self.event_id

    def _say(self, text: str) -> None:
        self.status.setStyleSheet("font-size: 13pt;")
        self.status.setText(text)
