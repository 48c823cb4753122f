"""The 走访 area: one tab each for the visit round and due lists, the requests
(诉求) and their flow, the joint meetings (联席会议), and the figures.

Each tab is its own page that keeps itself current from the change hub; this page
only holds them, and passes on their wish to print (the Print area previews it).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from hearth_desk.storage.store import Store
from hearth_desk.ui.common.errors import ErrorPresenter, translate
from hearth_desk.ui.visits.figures_tab import VisitFiguresTab
from hearth_desk.ui.visits.meetings_tab import MeetingsTab
from hearth_desk.ui.visits.requests_tab import RequestsTab
from hearth_desk.ui.visits.round_tab import RoundTab


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
        # In the order of the work: walk the round, follow up what it found, bring what
        # is stuck to the joint meeting, then count it all.
        self.round_tab = RoundTab(store, errors, self.print_requested.emit)
        self.requests_tab = RequestsTab(store, errors, self.print_requested)
        self.meetings_tab = MeetingsTab(store, errors)
        self.meetings_tab.print_requested.connect(self.print_requested)
        self.figures_tab = VisitFiguresTab(store, errors, language, self.print_requested)
        self.tabs.addTab(self.round_tab, self.round_tab.title())
        self.tabs.addTab(self.requests_tab, self.tr("Requests"))
        self.tabs.addTab(self.meetings_tab, self.meetings_tab.title)
        self.tabs.addTab(self.figures_tab, translate("VisitFiguresTab", "Figures"))
