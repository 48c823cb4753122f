"""Asks what a tree printout covers: every member or one service team, and for the
roster whether to print full ID numbers and phones (the command line's ``--team`` and
``--full-id``). Choosing members by name stays on the command line (``--member``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.services.tree.printouts import team_options
from hearth_desk.storage.store import Store


class TreePrintDialog(QDialog):
    def __init__(
        self,
        store: Store,
        title: str,
        *,
        with_full_numbers: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        with store.session() as session:
            offered = team_options(session)
        self.team = QComboBox()
        self.team.addItem(self.tr("All members"), None)
        for team in offered:
            self.team.addItem(team.name, team.id)
        self.full_numbers = QCheckBox(self.tr("Print full ID numbers and phones"))
        self._with_full_numbers = with_full_numbers  # the cards print full phones anyway
        form = QFormLayout()
        form.addRow(self.tr("Service team:"), self.team)
        if with_full_numbers:
            form.addRow("", self.full_numbers)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> LedgerChoice:
        return LedgerChoice(
            team_id=self.team.currentData(),
            full_numbers=self._with_full_numbers and self.full_numbers.isChecked(),
        )


def ask_tree_choice(
    store: Store, title: str, with_full_numbers: bool, parent: QWidget | None
) -> LedgerChoice | None:
    dialog = TreePrintDialog(store, title, with_full_numbers=with_full_numbers, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()
