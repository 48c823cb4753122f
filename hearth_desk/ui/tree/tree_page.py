"""The 连心树 area: the member directory first (the drawn tree joins it as a tab)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from hearth_desk.storage.store import Store
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.tree.directory_page import DirectoryPage


class TreePage(QWidget):
    def __init__(self, store: Store, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = DirectoryPage(store, errors)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.directory, self.tr("Member directory"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.directory)
