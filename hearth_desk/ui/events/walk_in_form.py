"""Someone who is not in the ledger (a relative visiting, a worker from next door):
a name and a phone, asked in a small form, at the event page and at the door (there
in large type). Enter goes from field to field and accepts in the last one (the
dialog's default button does not take the first Enter: a walk-in was let in without
a phone that way); ``ask_walk_in`` is None when cancelled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.services.events.signups import WalkIn


class WalkInDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None, *, large: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        if large:
            self.setStyleSheet("font-size: 20pt;")
            self.setMinimumWidth(520)
        self.name_edit, self.phone_edit = QLineEdit(), QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("so that the office can call back"))
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Phone:"), self.phone_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name_edit.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(False)
        self.form = form
        self.fields: list[QLineEdit] = []
        for edit in (self.name_edit, self.phone_edit):
            self._follow_enter(edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def add_field(self, label: str, edit: QLineEdit) -> None:
        """One more line after the phone (the classes' outsiders give their community)."""
        self.form.addRow(label, edit)
        self._follow_enter(edit)

    def _follow_enter(self, edit: QLineEdit) -> None:
        self.fields.append(edit)
        edit.returnPressed.connect(lambda: self._enter_in(edit))

    def _enter_in(self, edit: QLineEdit) -> None:
        following = self.fields[self.fields.index(edit) + 1 :]
        if following:
            following[0].setFocus()
        elif self.ok.isEnabled():
            self.accept()
        else:
            self.name_edit.setFocus()  # no name yet: that is what is missing

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # the line's returnPressed has acted; not the default button too
        super().keyPressEvent(event)

    def walk_in(self) -> WalkIn:
        return WalkIn(self.name_edit.text().strip(), self.phone_edit.text().strip())


def ask_walk_in(title: str, parent: QWidget | None = None) -> WalkIn | None:
    dialog = WalkInDialog(title, parent)
    try:
        return dialog.walk_in() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
