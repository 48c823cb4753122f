"""Asks what a ledger printout covers: the whole community, a compound, a building or
a unit; a care tag (the care list needs one, the building ledger may be narrowed to
one); and whether to print full ID numbers and phones.

Opened from the ledger's toolbar it starts at what the ledger shows (the grid node and
care-tag filter), so the paper matches the screen; the user sees it and may change it.
"""

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

from hearth_desk.services.ledger.printouts import LedgerChoice, NamedChoice, print_choices
from hearth_desk.storage.store import Store


def _select(combo: QComboBox, data: int | None) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


class LedgerPrintDialog(QDialog):
    def __init__(
        self,
        store: Store,
        title: str,
        *,
        with_tag: bool,
        preset: LedgerChoice | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        with store.session() as session:
            offered = print_choices(session)
        self._offered = offered
        self.compound = QComboBox()
        self.compound.addItem(self.tr("Whole community"), None)
        for compound in offered.compounds:
            self.compound.addItem(compound.name, compound.id)
        self.building = QComboBox()
        self.unit = QComboBox()
        self.compound.currentIndexChanged.connect(self._fill_buildings)
        self.building.currentIndexChanged.connect(self._fill_units)
        self._fill_buildings()
        self.tag = QComboBox()
        if not with_tag:
            # The building ledger lists everyone unless the ledger was filtered.
            self.tag.addItem(self.tr("All residents"), None)
        for tag in offered.tags:
            self.tag.addItem(tag.name, tag.id)
        self.full_numbers = QCheckBox(self.tr("Print full ID numbers and phones"))

        form = QFormLayout()
        form.addRow(self.tr("Compound:"), self.compound)
        form.addRow(self.tr("Building:"), self.building)
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow(self.tr("Care tag:"), self.tag)
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
        if preset is not None:
            self._show(preset)

    def _fill(self, combo: QComboBox, everything: str, names: tuple[NamedChoice, ...]) -> None:
        combo.clear()
        combo.addItem(everything, None)
        for named in names:
            combo.addItem(named.name, named.id)

    def _fill_buildings(self) -> None:
        compound = self.compound.currentData()
        self._fill(
            self.building, self.tr("All buildings"), self._offered.buildings.get(compound, ())
        )
        self.building.setEnabled(compound is not None)
        self._fill_units()

    def _fill_units(self) -> None:
        building = self.building.currentData()
        self._fill(self.unit, self.tr("All units"), self._offered.units.get(building, ()))
        self.unit.setEnabled(building is not None)

    def _show(self, preset: LedgerChoice) -> None:
        """Select ``preset``'s node with its ancestors, its tag and its numbers."""
        chain: list[int] = []
        node = preset.node_id
        while node is not None:
            chain.insert(0, node)
            node = self._offered.parents.get(node)
        levels = (self.compound, self.building, self.unit)
        for combo, node_id in zip(levels, chain, strict=False):  # a unit has all three
            _select(combo, node_id)
        _select(self.tag, preset.tag_id)
        self.full_numbers.setChecked(preset.full_numbers)

    def choice(self) -> LedgerChoice:
        node_id = (
            self.unit.currentData() or self.building.currentData() or self.compound.currentData()
        )
        return LedgerChoice(
            node_id=node_id,
            tag_id=self.tag.currentData(),
            full_numbers=self.full_numbers.isChecked(),
        )


def ask_ledger_choice(
    store: Store,
    title: str,
    with_tag: bool,
    preset: LedgerChoice | None,
    parent: QWidget | None,
) -> LedgerChoice | None:
    dialog = LedgerPrintDialog(store, title, with_tag=with_tag, preset=preset, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()
