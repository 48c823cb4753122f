"""Asks what a ledger printout covers: the whole community, a compound or a building;
for the care list also the care tag; and whether to print full ID numbers and phones."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from hearth_desk.domain.models import CareTag, GridLevel, GridNode
from hearth_desk.storage.store import Store


@dataclass(frozen=True)
class LedgerChoice:
    node_id: int | None  # None: the whole community
    tag_id: int | None  # the care list's tag; None for the building ledger
    full_numbers: bool


class LedgerPrintDialog(QDialog):
    def __init__(
        self, store: Store, title: str, *, with_tag: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        with store.session() as session:
            nodes = session.execute(
                select(GridNode.id, GridNode.parent_id, GridNode.name)
                .where(GridNode.level != GridLevel.UNIT.value)
                .order_by(GridNode.sort_order, GridNode.id)
            ).all()
            tags = session.execute(
                select(CareTag.id, CareTag.name).order_by(CareTag.sort_order, CareTag.id)
            ).all()
        self._buildings: dict[int, list[tuple[int, str]]] = {}
        self.compound = QComboBox()
        self.compound.addItem(self.tr("Whole community"), None)
        for node_id, parent_id, name in nodes:
            if parent_id is None:
                self.compound.addItem(name, node_id)
            else:
                self._buildings.setdefault(parent_id, []).append((node_id, name))
        self.building = QComboBox()
        self.compound.currentIndexChanged.connect(self._fill_buildings)
        self._fill_buildings()
        self.tag = QComboBox()
        for tag_id, name in tags:
            self.tag.addItem(name, tag_id)
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
        for node_id, name in self._buildings.get(self.compound.currentData(), []):
            self.building.addItem(name, node_id)
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
