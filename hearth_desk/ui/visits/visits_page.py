"""The 走访 area: one tab each for the visit round and due lists, the requests
(诉求) and their flow, the joint meetings (联席会议), and the figures.

Each tab is its own page that keeps itself current from the change hub; this page
only holds them, and passes on their wish to print (the Print area previews it).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from hearth_desk.storage.store import Store
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.visits.requests_tab import RequestsTab


class VisitsPage(QWidget):
    # A printout's key in the catalogue and the LedgerChoice that presets it.
    print_requested = Signal(str, object)

    def __init__(self, store: Store, errors: ErrorPresenter, language: str) -> None:
        super().__init__()
        self._store, self._errors, self._language = store, errors, language
        self.tabs = QTabWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.addTab(RequestsTab(store, errors, self.print_requested), self.tr("Requests"))
