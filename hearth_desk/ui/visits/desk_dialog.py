"""Who is at the desk: asked when the window starts and whenever staff change over.

One office PC often has one account that every staff member shares, so change
records and new entries would all name that account. The dialog offers the active
staff (name and role), asks for the chosen person's PIN only if they have one, and
says a wrong PIN in a red line under it (no box to click away). Nothing is asked
while the staff list is empty: the operating-system account stays, as before there
was a list. The window remembers the last person and offers them first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.visit_words import STAFF_ROLE_WORDS
from hearth_desk.services.audit import current_actor, set_actor
from hearth_desk.services.visits.pins import PIN_LENGTH, pin_is_right
from hearth_desk.services.visits.staff import StaffRow, staff_list, staff_named
from hearth_desk.storage.store import Store


def role_word(role: str) -> str:
    return QCoreApplication.translate("Vocabulary", STAFF_ROLE_WORDS[role])


def desk_people(store: Store) -> list[StaffRow]:
    """The active staff, in the office's order."""
    with store.session() as session:
        return staff_list(session)


class DeskDialog(QDialog):
    """Choose a person (and give their PIN); ``chosen`` carries the name on success."""

    chosen = Signal(str)

    def __init__(
        self, store: Store, people: list[StaffRow], last: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._people = people
        self.setWindowTitle(self.tr("Who is at the desk?"))
        self.person = QComboBox()
        for row in people:
            self.person.addItem(
                self.tr("{name} ({role})").format(name=row.name, role=role_word(row.role)),
                row.id,
            )
        names = [row.name for row in people]
        self.person.setCurrentIndex(names.index(last) if last in names else 0)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PIN_LENGTH)
        self.pin_label = QLabel(self.tr("PIN:"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Staff member:"), self.person)
        form.addRow(self.pin_label, self.pin)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.person.currentIndexChanged.connect(self._person_changed)
        self._person_changed()

    def current(self) -> StaffRow:
        return self._people[self.person.currentIndex()]

    def _person_changed(self) -> None:
        needs_pin = self.current().has_pin
        self.pin.clear()
        self.pin.setVisible(needs_pin)
        self.pin_label.setVisible(needs_pin)
        self.problem.hide()
        (self.pin if needs_pin else self.person).setFocus()

    def accept(self) -> None:
        person = self.current()
        if person.has_pin:
            with self._store.session() as session:
                right = pin_is_right(session, person.id, self.pin.text())
            if not right:
                self.problem.setText(self.tr("That PIN is not right; try again."))
                self.problem.show()
                self.pin.clear()
                self.pin.setFocus()
                return
        super().accept()
        self.chosen.emit(person.name)


def take_desk_person(store: Store, name: str) -> str:
    """``hearth-desk --by NAME`` for the window: that staff member is at the desk (a
    ``UserError`` naming the staff if there is none of that name), and nothing is asked."""
    with store.session() as session:
        found = staff_named(session, name).name
    set_actor(found)
    return found


def ask_who_is_at_the_desk(
    store: Store, last: str, parent: QWidget | None, on_chosen: Callable[[str], None]
) -> DeskDialog | None:
    """Open the dialog over ``parent`` without blocking (None, and nothing asked, when
    the staff list is empty). Once a person is chosen, change records name them and
    ``on_chosen`` hears the name (the window shows and remembers it)."""
    people = desk_people(store)
    if not people:
        return None
    dialog = DeskDialog(store, people, last, parent)

    def take(name: str) -> None:
        set_actor(name)
        on_chosen(name)

    dialog.chosen.connect(take)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


class DeskBar(QWidget):
    """The status bar's part: who is at the desk, and 换人… to change over.

    The window gives it what it remembers (``remembered``, the last person) and where
    to remember a new choice (``remember``)."""

    def __init__(
        self,
        store: Store,
        remembered: Callable[[], str],
        remember: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._remembered, self._remember = store, remembered, remember
        self.label = QLabel()
        self.change_person = QPushButton(self.tr("Change person…"))
        self.change_person.clicked.connect(lambda: self.ask())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.change_person)
        self.show_person()

    def show_person(self) -> None:
        self.label.setText(self.tr("At the desk: {name}").format(name=current_actor()))

    def ask(self, *, quiet: bool = False) -> DeskDialog | None:
        """The dialog over the window; while the staff list is empty there is no one to
        choose, and unless ``quiet`` (at start) the status bar says so."""
        dialog = ask_who_is_at_the_desk(
            self._store, self._remembered(), self.window(), self._chosen
        )
        window = self.window()
        if dialog is None and not quiet and isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("There are no staff to choose from yet; add them in Settings."), 8000
            )
        return dialog

    def _chosen(self, name: str) -> None:
        self._remember(name)
        self.show_person()
