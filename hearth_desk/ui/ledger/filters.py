"""The filter row above the ledger's tables: care tag, age band and status.

Together with the node chosen in the grid they make the ``ResidentFilter`` the
resident table shows; the defaults (any tag, any age, living) show everyone living.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from hearth_desk.domain.models import ResidentStatus
from hearth_desk.services.ledger.query import ResidentFilter


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag = QComboBox()
        self.tag.addItem(self.tr("All"), None)
        self.age = QComboBox()
        for label, band in (
            (self.tr("All"), (None, None)),
            (self.tr("60 and over"), (60, None)),
            (self.tr("70 and over"), (70, None)),
            (self.tr("80 and over"), (80, None)),
            (self.tr("90 and over"), (90, None)),
            (self.tr("Under 18"), (None, 17)),
        ):
            self.age.addItem(label, band)
        self.status = QComboBox()
        for label, status in (
            (self.tr("Living"), ResidentStatus.LIVING),
            (self.tr("Moved out"), ResidentStatus.MOVED_OUT),
            (self.tr("Deceased"), ResidentStatus.DECEASED),
            (self.tr("All"), None),
        ):
            self.status.addItem(label, status.value if status else None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for caption, combo in (
            (self.tr("Care tag:"), self.tag),
            (self.tr("Age:"), self.age),
            (self.tr("Status:"), self.status),
        ):
            label = QLabel(caption)
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo)
            combo.currentIndexChanged.connect(self.changed)
        layout.addStretch(1)

    def set_tags(self, tags: list[tuple[int, str]]) -> None:
        """The office's care tags, (id, name), keeping the chosen one if it is still there."""
        chosen = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All"), None)
        for tag_id, name in tags:
            self.tag.addItem(name, tag_id)
        self.tag.setCurrentIndex(max(self.tag.findData(chosen), 0))
        self.tag.blockSignals(False)
        if self.tag.currentData() != chosen:
            self.changed.emit()

    def resident_filter(self, node_id: int | None) -> ResidentFilter:
        min_age, max_age = self.age.currentData()
        return ResidentFilter(
            node_id=node_id,
            tag_id=self.tag.currentData(),
            min_age=min_age,
            max_age=max_age,
            status=ResidentStatus(status) if (status := self.status.currentData()) else None,
        )
