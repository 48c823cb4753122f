"""Someone who is not in the ledger (a relative visiting, a worker from next door):
a name and a phone, asked in a small form. ``ask_walk_in`` is None when cancelled."""

from __future__ import annotations

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
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name, self.phone = QLineEdit(), QLineEdit()
        self.phone.setPlaceholderText(self.tr("so that the office can call back"))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Phone:"), self.phone)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> WalkIn:
        return WalkIn(self.name.text().strip(), self.phone.text().strip())


def ask_walk_in(title: str, parent: QWidget | None = None) -> WalkIn | None:
    dialog = WalkInDialog(title, parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
