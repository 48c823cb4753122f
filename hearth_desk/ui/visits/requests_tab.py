"""The 诉求 tab: the requests with their filters (status, tier, category, overdue
only), overdue rows in red, the chosen request's page beside them, a new request,
and the problem ledger printed with the filters as they are.

The list is a lazy model over the ids the filters give: the ids are read on the
worker and the rows a page at a time, so a busy year's thousands show at once. The tab
keeps itself current from the change hub (Kind.REQUESTS), whoever wrote.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.visit_words import (
    REQUEST_CATEGORY_WORDS,
    REQUEST_STATUS_WORDS,
    REQUEST_TIER_WORDS,
)
from hearth_desk.services.changes import Kind
from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.services.progress import Progress
from hearth_desk.services.visits.request_list import RequestFilter, request_ids
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.edit_dialog import OpenForm
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.latest_read import LatestRead
from hearth_desk.ui.common.lazy_table import fit_columns, make_table
from hearth_desk.ui.visits.request_forms import NewRequestDialog
from hearth_desk.ui.visits.request_panel import RequestPanel
from hearth_desk.ui.visits.request_table import RequestsModel, word

PROBLEM_LEDGER = "problem-ledger"  # the catalogue's key
WIDTHS = (50, 90, 80, 70, 110, 200, 70, 90, 70)


def filter_box(kind: str, codes: dict[str, str], everything: str) -> QComboBox:
    box = QComboBox()
    box.addItem(everything, None)
    for code in codes:
        box.addItem(word(kind, code), code)
    return box


class RequestsTab(QWidget):
    loaded = Signal()  # the list shows what the filters ask for

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        print_requested: SignalInstance | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._errors = store, errors
        self._print_requested = print_requested
        self._reads = LatestRead(self, errors, self._read_call, self._show)
        self.form: OpenForm[NewRequestDialog] = OpenForm()
        every = self.tr("All")
        self.status = filter_box("status", REQUEST_STATUS_WORDS, every)
        self.tier = filter_box("tier", REQUEST_TIER_WORDS, every)
        self.category = filter_box("category", REQUEST_CATEGORY_WORDS, every)
        self.overdue = QCheckBox(self.tr("Overdue only"))
        for box in (self.status, self.tier, self.category):
            box.currentIndexChanged.connect(lambda _i: self.load())
        self.overdue.toggled.connect(lambda _on: self.load())
        self.new_button = QPushButton(self.tr("New request…"))
        self.new_button.clicked.connect(lambda: self.new_request())
        self.print_button = QPushButton(self.tr("Print the problem ledger…"))
        self.print_button.clicked.connect(lambda: self.print_ledger())
        self.count = QLabel()
        filters = QHBoxLayout()
        for label, box in (
            (self.tr("Status:"), self.status),
            (self.tr("Tier:"), self.tier),
            (self.tr("Category:"), self.category),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(box)
        filters.addWidget(self.overdue)
        filters.addStretch(1)
        filters.addWidget(self.count)
        filters.addWidget(self.new_button)
        filters.addWidget(self.print_button)
        self.model = RequestsModel(store, self)
        self.table = make_table(self.model, WIDTHS)
        # As wide as the longest word each column shows in this language: English
        # "Reported to the street" needs more than 上报街道.
        fit_columns(self.table, self._samples())
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._chosen(current.row())
        )
        self.panel = RequestPanel(store, errors, self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.subscription = operations.Subscription(self, Kind.REQUESTS, lambda _b: self.load())
        self.stale = True  # the list is read when the tab is seen, not at start

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.stale:
            self.load()

    def _samples(self) -> list[str]:
        def longest(kind: str, codes: dict[str, str]) -> str:
            return max((word(kind, code) for code in codes), key=len)

        return [
            "#99999",
            "2026-12-31",
            longest("tier", REQUEST_TIER_WORDS),
            longest("category", REQUEST_CATEGORY_WORDS),
            longest("status", REQUEST_STATUS_WORDS),
            "和平里一区10栋2单元0502",
            "欧阳建国",
            "2026-12-31",
            QCoreApplication.translate("RequestsModel", "%n days", "", 999),
        ]

    # --- the list -----------------------------------------------------------------

    def wanted(self) -> RequestFilter:
        return RequestFilter(
            tier=self.tier.currentData(),
            category=self.category.currentData(),
            status=self.status.currentData(),
            overdue_only=self.overdue.isChecked(),
        )

    def load(self) -> None:
        """Read the ids the filters give, on the worker; once more if asked meanwhile.
        A hidden tab only notes it: no read outlives a tab closed unseen."""
        if not self.isVisible():
            self.stale = True
            return
        self.stale = False
        self._reads.ask()

    def _read_call(self) -> Callable[[Progress], list[int]]:
        wanted, store, today = self.wanted(), self._store, dt.date.today()

        def read(_progress: Progress) -> list[int]:
            with store.session() as session:
                # Newest first: the desk works on what came in lately (the printed
                # problem ledger runs in the order they came).
                return request_ids(session, wanted, today)[::-1]

        return read

    def _show(self, ids: list[int]) -> None:
        chosen = self.panel.view.line.id if self.panel.view is not None else None
        self.model.set_ids(ids)
        self.count.setText(self.tr("%n requests", "", len(ids)))
        row = self.model.row_of(chosen) if chosen is not None else None
        if row is not None:
            self.table.selectRow(row)
        self.panel.show_request(chosen)
        self.loaded.emit()

    def _chosen(self, row: int) -> None:
        self.panel.show_request(self.model.id_at(row) if 0 <= row < self.model.rowCount() else None)

    def choose(self, request_id: int) -> None:
        """Show request ``request_id`` (selected in the list when it is listed)."""
        row = self.model.row_of(request_id)
        if row is not None:
            self.table.selectRow(row)
        self.panel.show_request(request_id)

    # --- actions ------------------------------------------------------------------

    def new_request(self, today: dt.date | None = None) -> NewRequestDialog:
        dialog = NewRequestDialog(self._store, self._errors, today=today, parent=self)
        return self.form.open(dialog, lambda number: self.choose(int(number)))

    def print_choice(self) -> LedgerChoice:
        """The problem ledger preset with the list's filters."""
        wanted = self.wanted()
        return LedgerChoice(
            request_tier=wanted.tier,
            request_category=wanted.category,
            request_status=wanted.status,
            overdue_only=wanted.overdue_only,
        )

    def print_ledger(self) -> None:
        if self._print_requested is not None:
            self._print_requested.emit(PROBLEM_LEDGER, self.print_choice())
