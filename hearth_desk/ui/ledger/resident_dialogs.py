"""Dialogs around the resident form: a new household with its head, a new member,
changes to a member. Each saves through ``services.ledger`` in one transaction, which
is broadcast so that the card and the ledger follow; a ``UserError`` (an ID number
someone else has, say) is shown and the dialog stays open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.services.ledger import households as ledger
from hearth_desk.services.ledger.residents import ResidentInput
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.checked_form import ERROR_STYLE
from hearth_desk.ui.common.edit_dialog import SavingDialog
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.wrapping_label import WrappingLabel
from hearth_desk.ui.ledger.resident_form import ResidentForm

if TYPE_CHECKING:
    from sqlalchemy.orm import Session  # annotations only: no SQL in the window


class FormDialog(SavingDialog):
    """A dialog whose OK is pressed from the last field, or with the mouse, once valid;
    closing it with typed changes asks first (``EditDialog``). ``saved`` carries the id
    of what was written (a resident or a household)."""

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        form: ResidentForm,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, errors, parent)
        self.form = form
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.layout_ = QVBoxLayout(self)
        self.form.checked.connect(lambda _ok: self.update_ok())
        self.form.submitted.connect(self.accept)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter moves between fields (the form handles it); QDialog would press OK.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)

    def may_save(self) -> bool:
        return self.form.ok


class ResidentDialog(FormDialog):
    """A new member of a household, or changes to one (``resident_id``)."""

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        tag_names: list[str],
        *,
        household_id: int,
        address: str,
        resident_id: int | None = None,
        initial: ResidentInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        form = ResidentForm(tag_names)
        if resident_id is None:
            title = self.tr("New member of {address}").format(address=address)
        else:
            title = self.tr("Change {name}").format(name=initial.name if initial else "")
        super().__init__(store, errors, form, title, parent)
        self.household_id = household_id
        self.resident_id = resident_id
        heading = QLabel(address)
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.layout_.addWidget(heading)
        if resident_id is not None:
            note = QLabel(self.tr("The full ID number and phone are shown to change them."))
            note.setWordWrap(True)
            self.layout_.addWidget(note)
        self.layout_.addWidget(form)
        self.layout_.addWidget(self.buttons)
        if initial is not None:
            form.set_values(initial)
        self.update_ok()
        form.name.setFocus()

    def save(self, session: Session) -> int:
        data = self.form.values()
        if self.resident_id is None:
            return ledger.add_member(session, self.household_id, data).id
        return ledger.update_resident(session, self.resident_id, data).id


class NewHouseholdDialog(FormDialog):
    """A new household at a door of the selected unit, with its head, in one form."""

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        tag_names: list[str],
        *,
        unit_id: int,
        unit_address: str,
        parent: QWidget | None = None,
    ) -> None:
        form = ResidentForm(tag_names, with_relation=False)
        super().__init__(
            store,
            errors,
            form,
            self.tr("New household in {unit}").format(unit=unit_address),
            parent,
        )
        self.unit_id = unit_id
        heading = QLabel(unit_address)
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.door = QLineEdit()
        self.door.setPlaceholderText(self.tr("e.g. 0401"))
        self.door_finding = WrappingLabel()
        self.door_finding.setStyleSheet(ERROR_STYLE)
        self.door_finding.hide()
        door_row = QFormLayout()
        door_row.addRow(self.tr("Door number:"), self.door)
        door_row.addRow("", self.door_finding)
        head = QLabel(self.tr("Head of the household (户主)"))
        head.setStyleSheet("font-weight: bold;")
        self.layout_.addWidget(heading)
        self.layout_.addLayout(door_row)
        self.layout_.addWidget(head)
        self.layout_.addWidget(form)
        self.layout_.addWidget(self.buttons)
        self.door.returnPressed.connect(lambda: form.name.setFocus())
        self.door.textChanged.connect(self._door_changed)
        form.checked.connect(lambda _ok: self._door_changed())
        self.update_ok()
        self.door.setFocus()

    def _door_changed(self) -> None:
        empty = not "".join(self.door.text().split())
        touched = self.form.name.text().strip() != ""
        self.door_finding.setText(self.tr("The door number is empty.") if empty else "")
        self.door_finding.setVisible(empty and touched)
        self.update_ok()

    def may_save(self) -> bool:
        return bool("".join(self.door.text().split())) and self.form.ok

    def save(self, session: Session) -> int:
        return ledger.add_household(session, self.unit_id, self.door.text(), self.form.values()).id
