"""The 统计 tab of the 走访 area: a period's visits and problems at a glance.

At the top the period (this month, this quarter or this year so far, or any two days),
the period in sentences and a button to print it. Below, the charts (the printed
figures page itself, drawn by the reports layer and shown through QtPdf, so the
screen shows what will be printed) and the tables by month and by quarter.

Counted and laid out on a worker thread; the tab fills itself when they are ready, and
again after any visit or request is written.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.kit.document import report_words
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.visits.figures_page import (
    MONTH as MONTH_WORD,
)
from hearth_desk.reports.visits.figures_page import (
    PERIOD,
    month_label,
    quarter_label,
    render_figures_page,
    span_cells,
    span_columns,
    summary_text,
)
from hearth_desk.reports.visits.figures_page import (
    QUARTER as QUARTER_WORD,
)
from hearth_desk.services.backup.workspace import run_folder
from hearth_desk.services.changes import Kind
from hearth_desk.services.community import community_heading
from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.services.progress import Progress
from hearth_desk.services.visits.figures import SpanFigures, VisitFigures, visit_figures
from hearth_desk.services.visits.figures_printout import FiguresPageData
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.errors import ErrorPresenter, translate
from hearth_desk.ui.common.latest_read import LatestRead
from hearth_desk.ui.common.pdf_pane import PdfPane
from hearth_desk.ui.volunteering.figure_tables import fill, new_table

PRINTOUT = "visit-figures"  # the catalogue's key
MONTH, QUARTER, YEAR, CUSTOM = "month", "quarter", "year", "custom"
NUMBERS = set(range(1, 9))  # every column but the first is a number
# What the worker brings back: the figures and the charts' PDF.
Counted = tuple[VisitFigures, RenderResult]


def period_of(kind: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """This month, quarter or year so far."""
    if kind == MONTH:
        return today.replace(day=1), today
    if kind == QUARTER:
        return dt.date(today.year, (today.month - 1) // 3 * 3 + 1, 1), today
    return dt.date(today.year, 1, 1), today


class VisitFiguresTab(QWidget):
    loaded = Signal()  # the chosen period's figures and charts are shown

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        language: str,
        print_to: SignalInstance | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._errors, self._language = store, errors, language
        self._today = today or dt.date.today()
        self._started = False
        self._reads = LatestRead(self, errors, self._count_call, self._show)
        self._numbers = itertools.count(1)
        self.figures: VisitFigures | None = None
        # The charts' PDFs live in the data folder's private work area, gone with the tab.
        self._work = contextlib.ExitStack()
        self._folder: Path = self._work.enter_context(
            run_folder(store.location.data_dir, "visit-figures")
        )
        self.destroyed.connect(lambda _object=None, work=self._work: work.close())

        self.period = QComboBox()
        self.period.addItem(self.tr("This month"), MONTH)
        self.period.addItem(self.tr("This quarter"), QUARTER)
        self.period.addItem(self.tr("This year"), YEAR)
        self.period.addItem(self.tr("Other period"), CUSTOM)
        self.start, self.end = QDateEdit(), QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.print_button = QPushButton(self.tr("Print the figures…"))
        self._print_to = print_to
        self.print_button.clicked.connect(self._print)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 13pt;")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        words = report_words(translate)
        self.charts = PdfPane()
        self.months = self._table([c.title for c in span_columns(words, words(MONTH_WORD))])
        self.quarters = self._table([c.title for c in span_columns(words, words(QUARTER_WORD))])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.charts, self.tr("Charts"))
        self.tabs.addTab(self.months, self.tr("By month"))
        self.tabs.addTab(self.quarters, self.tr("By quarter"))

        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Period:")))
        choices.addWidget(self.period)
        choices.addWidget(self.start)
        choices.addWidget(QLabel("—"))
        choices.addWidget(self.end)
        choices.addStretch(1)
        choices.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self._choose(MONTH)
        self.period.currentIndexChanged.connect(lambda _i: self._choose(self.period.currentData()))
        self.start.dateChanged.connect(lambda _d: self._dates_changed())
        self.end.dateChanged.connect(lambda _d: self._dates_changed())
        self.setFocusProxy(self.period)
        self.subscription = operations.Subscription(
            self, Kind.VISITS | Kind.REQUESTS, lambda _b: self.reload()
        )

    @staticmethod
    def _table(titles: list[str]) -> QTableWidget:
        table = new_table(titles)
        table.setHorizontalHeaderLabels(titles)  # already in the window's language
        return table

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.reload()

    # --- the period -----------------------------------------------------------------

    def chosen(self) -> tuple[dt.date, dt.date]:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        return (start, end) if start <= end else (end, start)

    def _choose(self, kind: str) -> None:
        custom = kind == CUSTOM
        for edit in (self.start, self.end):
            edit.setEnabled(custom)
        if not custom:
            start, end = period_of(kind, self._today)
            for edit, day in ((self.start, start), (self.end, end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
            if self._started:
                self.reload()

    def _dates_changed(self) -> None:
        if self.period.currentData() == CUSTOM and self._started:
            self.reload()

    def _print(self) -> None:
        start, end = self.chosen()
        if self._print_to is not None:
            self._print_to.emit(PRINTOUT, LedgerChoice(date_from=start, date_to=end))

    # --- counting, off the UI thread --------------------------------------------------

    def reload(self) -> None:
        """Count the chosen period again and lay its charts out, on the worker."""
        self._reads.ask()

    def _count_call(self) -> Callable[[Progress], Counted]:
        start, end = self.chosen()
        store, printed = self._store, load_catalogue(self._language).translate
        target = self._folder / f"charts-{next(self._numbers)}.pdf"

        def count_and_draw(progress: Progress) -> Counted:
            with store.session() as session:
                figures = visit_figures(session, start, end)
                heading = community_heading(session)
            data = FiguresPageData(heading, figures, dt.date.today())
            return figures, render_figures_page(target, data, printed, progress)

        return count_and_draw

    def _show(self, outcome: Counted) -> None:
        figures, result = outcome
        self.figures = figures
        words = report_words(translate)
        self.summary.setText(summary_text(words, figures))
        rows = self._rows(figures.months, lambda row: month_label(words, row))
        fill(self.months, [*rows, span_cells(words(PERIOD), figures.total)], NUMBERS)
        fill(self.quarters, self._rows(figures.quarters, lambda r: quarter_label(words, r)),
             NUMBERS)  # fmt: skip
        self.charts.show_pdf(result.path)
        self.loaded.emit()

    @staticmethod
    def _rows(
        spans: tuple[SpanFigures, ...], label: Callable[[SpanFigures], str]
    ) -> list[list[str]]:
        return [span_cells(label(row), row) for row in spans]
