"""Asks for the community's names at first start; they head every printout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.services.community import CommunityInfo, set_community
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.errors import translate


class CommunityForm(QWidget):
    """The three names, with OK allowed only once the required two are filled in."""

    def __init__(self, info: CommunityInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.community = QLineEdit()
        self.community.setPlaceholderText(self.tr("e.g. 和平里社区"))
        self.street = QLineEdit()
        self.street.setPlaceholderText(self.tr("e.g. 和平里街道"))
        self.district = QLineEdit()
        self.district.setPlaceholderText(self.tr("e.g. 北京市东城区 (optional)"))
        layout = QFormLayout(self)
        layout.addRow(self.tr("Community (社区):"), self.community)
        layout.addRow(self.tr("Street (街道):"), self.street)
        layout.addRow(self.tr("District:"), self.district)
        # Enter moves on to the next field, as staff expect from paper forms.
        self.community.returnPressed.connect(self.street.setFocus)
        self.street.returnPressed.connect(self.district.setFocus)
        self.show_info(info)

    def is_complete(self) -> bool:
        return bool(self.community.text().strip() and self.street.text().strip())

    def show_info(self, info: CommunityInfo | None) -> None:
        for field, value in (
            (self.community, info.name if info else ""),
            (self.street, info.street if info else ""),
            (self.district, info.district if info else ""),
        ):
            field.setText(value)

    def save(self, store: Store, initiator: object | None = None) -> CommunityInfo:
        """Store the names; ``initiator`` is who the change is broadcast as coming from."""
        community, street, district = (
            self.community.text(),
            self.street.text(),
            self.district.text(),
        )
        return operations.write(
            store,
            lambda session: set_community(session, community, street, district),
            initiator=initiator if initiator is not None else self,
        )


class CommunityDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(self.tr("Welcome to Hearth Desk"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "Which community does this desk serve? "
                "The names head every printout and can be changed later."
            )
        )
        intro.setWordWrap(True)
        self.form = CommunityForm()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for field in (self.form.community, self.form.street):
            field.textChanged.connect(self._update_ok)
        self.form.district.returnPressed.connect(self.accept)
        self._update_ok()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter moves to the next field (the fields handle it); QDialog would instead
        # press OK half-way through the form.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.form.is_complete())

    def accept(self) -> None:
        if not self.form.is_complete():
            return
        try:
            self.form.save(self._store)
        except UserError as error:
            self.problem.setText(error.translated(translate))
            return
        super().accept()

    def reject(self) -> None:
        # The names are needed for every printout; the dialog stays until they are given.
        self.problem.setText(self.tr("Please fill in the community and the street."))
