"""A service team's own fields: its name, what it does, its promise and its colour.

The colour paints the team's branch on the poster and in the drawn tree, so the
choice offers the poster palette first (each distinct on the wall and in grey print)
and any other colour through Qt's colour dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.services.tree.rosters import TeamEntry
from hearth_desk.services.tree.structure import (
    TEAM_COLOURS,
    add_team,
    unused_colour,
    update_team,
)
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.edit_dialog import SavingDialog
from hearth_desk.ui.common.errors import ErrorPresenter

if TYPE_CHECKING:
    from sqlalchemy.orm import Session  # annotations only: no SQL in the window


# The palette's colours by name (``TEAM_COLOURS``' order); any other shows its code.
COLOUR_NAMES = dict(
    zip(
        TEAM_COLOURS,
        (
            QT_TRANSLATE_NOOP("ColourChoice", "Red"),
            QT_TRANSLATE_NOOP("ColourChoice", "Green"),
            QT_TRANSLATE_NOOP("ColourChoice", "Blue"),
            QT_TRANSLATE_NOOP("ColourChoice", "Orange"),
            QT_TRANSLATE_NOOP("ColourChoice", "Rose"),
            QT_TRANSLATE_NOOP("ColourChoice", "Purple"),
            QT_TRANSLATE_NOOP("ColourChoice", "Slate grey"),
            QT_TRANSLATE_NOOP("ColourChoice", "Teal"),
            QT_TRANSLATE_NOOP("ColourChoice", "Golden yellow"),
            QT_TRANSLATE_NOOP("ColourChoice", "Grass green"),
            QT_TRANSLATE_NOOP("ColourChoice", "Indigo"),
            QT_TRANSLATE_NOOP("ColourChoice", "Brown"),
        ),
        strict=True,
    )
)


def colour_name(colour: str) -> str:
    name = COLOUR_NAMES.get(colour.upper())
    return QCoreApplication.translate("ColourChoice", name) if name else colour.upper()


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(28, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class ColourChoice(QWidget):
    """The poster palette in a list, and a button for any other colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        for colour in TEAM_COLOURS:
            self.combo.addItem(swatch(colour), colour_name(colour), colour)
        self.other = QPushButton(self.tr("Other colour…"))
        self.other.clicked.connect(self.choose_other)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(self.other)
        self.setFocusProxy(self.combo)

    def value(self) -> str:
        return str(self.combo.currentData())

    def set_value(self, colour: str) -> None:
        colour = colour.upper()
        if self.combo.findData(colour) < 0:
            self.combo.addItem(swatch(colour), colour_name(colour), colour)
        self.combo.setCurrentIndex(self.combo.findData(colour))

    def choose_other(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.value()), self, self.tr("Team colour"))
        if chosen.isValid():
            self.set_value(chosen.name())


class TeamDialog(SavingDialog):
    """A new service team, or changes to one; a refused name leaves the dialog open.
    ``saved`` carries the team's id."""

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        initial: TeamEntry | None = None,
        *,
        used_colours: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, errors, parent)
        self.team_id = initial.id if initial is not None else None
        if initial is None:
            self.setWindowTitle(self.tr("New service team"))
        else:
            self.setWindowTitle(self.tr("Change {name}").format(name=initial.name))
        self.setMinimumWidth(520)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. the hairdressing service team"))
        self.purpose = QPlainTextEdit()
        self.purpose.setTabChangesFocus(True)
        self.purpose.setMaximumHeight(80)
        self.promise = QLineEdit()
        self.promise.setPlaceholderText(self.tr("A short sentence for the poster and the cards"))
        self.colour = ColourChoice()
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("What the team does:"), self.purpose)
        form.addRow(self.tr("Service promise:"), self.promise)
        form.addRow(self.tr("Colour on the poster:"), self.colour)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if initial is not None:
            self.name.setText(initial.name)
            self.purpose.setPlainText(initial.purpose)
            self.promise.setText(initial.promise)
        self.colour.set_value(
            initial.colour if initial is not None else unused_colour(used_colours or [])
        )
        self.name.textChanged.connect(self.update_ok)
        self.update_ok()
        self.name.setFocus()

    def may_save(self) -> bool:
        return bool(self.name.text().strip())

    def save(self, session: Session) -> int:
        fields = {"purpose": self.purpose.toPlainText(), "promise": self.promise.text(),
                  "colour": self.colour.value()}  # fmt: skip
        if self.team_id is None:
            return add_team(session, self.name.text(), **fields).id
        return update_team(session, self.team_id, self.name.text(), **fields).id
