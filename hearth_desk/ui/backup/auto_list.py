"""The automatic backups kept on this PC (``backups/auto``), newest first, to restore from.

Listing them reads one small folder of the data folder (at most about twenty files,
see ``services.backup.auto``), which is quick enough for the UI thread. Restoring is
the page's own flow (check, confirm with both sides' counts, restore): this list only
says which file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.services.backup import auto

MIB = 1024 * 1024


class AutoBackupList(QWidget):
    restore_requested = Signal(object)  # the chosen backup's Path

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        about = QLabel(
            self.tr(
                "Once a day, when Hearth Desk closes, a backup is kept on this PC "
                "(not encrypted). It helps after a mistake, not if the PC breaks."
            )
        )
        about.setWordWrap(True)
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.list.currentItemChanged.connect(lambda *_items: self._update_state())
        self.list.itemDoubleClicked.connect(lambda _item: self.request_restore())
        self.restore_button = QPushButton(self.tr("Restore from the chosen one…"))
        self.restore_button.clicked.connect(self.request_restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(about)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        """List the folder again, keeping the chosen backup chosen if it is still there."""
        chosen = self.chosen()
        self.list.clear()
        for backup in auto.listed_auto_backups(self._data_dir):
            text = self.tr("{date}  ({size} MB)").format(
                date=backup.made.strftime("%Y-%m-%d %H:%M"),
                size=f"{max(backup.size / MIB, 0.1):.1f}",
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
            if chosen == backup.path:
                self.list.setCurrentItem(item)
        if self.list.count() == 0:
            item = QListWidgetItem(self.tr("None yet: the first is made when Hearth Desk closes."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self._update_state()

    def backups(self) -> list[Path]:
        """The listed backups, in the order shown (newest first)."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return [Path(data) for item in items if (data := item.data(Qt.ItemDataRole.UserRole))]

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return Path(data) if data else None

    def request_restore(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.restore_requested.emit(chosen)

    def _update_state(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)
