"""Asks what a ledger printout covers: the whole community, a compound or a building;
for the care list also the care tag; and whether to print full ID numbers and phones."""

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

from hearth_desk.services.ledger.printouts import LedgerChoice, print_choices
from hearth_desk.storage.store import Store


class LedgerPrintDialog(QDialog):
    def __init__(
        self, store: Store, title: str, *, with_tag: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        with store.session() as session:
            offered = print_choices(session)
        self._buildings = offered.buildings
        self.compound = QComboBox()
        self.compound.addItem(self.tr("Whole community"), None)
        for compound in offered.compounds:
            self.compound.addItem(compound.name, compound.id)
        self.building = QComboBox()
        self.compound.currentIndexChanged.connect(self._fill_buildings)
        self._fill_buildings()
        self.tag = QComboBox()
        for tag in offered.tags:
            self.tag.addItem(tag.name, tag.id)
        self.full_numbers = QCheckBox(self.tr("Print full ID numbers and phones"))

        form = QFormLayout()
        form.addRow(self.tr("Compound"), self.compound)
        form.addRow(self.tr("Building"), self.building)
        if with_tag:
            form.addRow(self.tr("Care tag"), self.tag)
        self._with_tag = with_tag
        form.addRow("", self.full_numbers)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if with_tag and self.tag.count() == 0:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _fill_buildings(self) -> None:
        self.building.clear()
        self.building.addItem(self.tr("All buildings"), None)
        for building in self._buildings.get(self.compound.currentData(), ()):
            self.building.addItem(building.name, building.id)
        self.building.setEnabled(self.compound.currentData() is not None)

    def choice(self) -> LedgerChoice:
        node_id = self.building.currentData() or self.compound.currentData()
        return LedgerChoice(
            node_id=node_id,
            tag_id=self.tag.currentData() if self._with_tag else None,
            full_numbers=self.full_numbers.isChecked(),
        )


def ask_ledger_choice(
    store: Store, title: str, with_tag: bool, parent: QWidget | None
) -> LedgerChoice | None:
    dialog = LedgerPrintDialog(store, title, with_tag=with_tag, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()
