"""The 志愿服务 area: a year's volunteer service at a glance.

At the top the year and, if wanted, one service team, and the year in one sentence.
Below, the charts (the yearbook's own pages, drawn by the reports layer and shown
through QtPdf, so the screen shows what will be printed), the tables by month, by
team and the top volunteers, and the year's service records to add or correct.

The figures are counted and the charts laid out on a worker thread; the page fills
itself when they are ready, and again after any write that changes service.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.kit.document import report_words
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.volunteering.yearbook import render_yearbook, summary_text
from hearth_desk.services.backup.workspace import run_folder
from hearth_desk.services.changes import Kind
from hearth_desk.services.community import community_heading
from hearth_desk.services.progress import Progress
from hearth_desk.services.tree.printouts import team_options
from hearth_desk.services.volunteering.figures import TOP, YearFigures, year_figures
from hearth_desk.services.volunteering.printouts import YearbookData
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.errors import ErrorPresenter, translate
from hearth_desk.ui.common.latest_read import LatestRead
from hearth_desk.ui.common.pdf_pane import PdfPane
from hearth_desk.ui.volunteering import figure_tables
from hearth_desk.ui.volunteering.records_panel import RecordsPanel

FIRST_YEAR = 2000
EVERYONE = 100_000  # the ranking's length in the window: every volunteer of the year
# What the worker brings back: the figures and the charts' PDF.
Counted = tuple[YearFigures, RenderResult]


class VolunteeringPage(QWidget):
    loaded = Signal()  # the figures and charts of the chosen year are shown
    print_requested = Signal(int, object)  # the year, and a team's id or None

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        language: str,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._errors, self._language = store, errors, language
        self._started = False
        self._reads = LatestRead(self, errors, self._count_call, self._show)
        self._numbers = itertools.count(1)
        self.figures: YearFigures | None = None
        # The charts' PDFs live in the data folder's private work area, gone with the page.
        self._work = contextlib.ExitStack()
        self._folder: Path = self._work.enter_context(
            run_folder(store.location.data_dir, "volunteering")
        )
        self.destroyed.connect(lambda _object=None, work=self._work: work.close())

        today = today or dt.date.today()
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, today.year + 1)
        self.year.setValue(today.year)
        self.year.setSuffix(self.tr(" (year)"))
        self.team = QComboBox()
        self.print_button = QPushButton(self.tr("Print the yearly report…"))
        self.print_button.clicked.connect(
            lambda: self.print_requested.emit(self.year.value(), self.team.currentData())
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 13pt;")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.charts = PdfPane()
        self.months = figure_tables.month_table()
        self.teams = figure_tables.team_table()
        self.top = figure_tables.top_table()
        self.records = RecordsPanel(store, errors)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.charts, self.tr("Charts"))
        self.tabs.addTab(self.months, self.tr("By month"))
        self.tabs.addTab(self.teams, self.tr("By team"))
        self.tabs.addTab(self.top, self.tr("Top volunteers"))
        self.tabs.addTab(self.records, self.tr("Service records"))

        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Year:")))
        choices.addWidget(self.year)
        choices.addWidget(QLabel(self.tr("Service team:")))
        choices.addWidget(self.team, 1)
        choices.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.year.valueChanged.connect(lambda _year: self.reload())
        self.team.currentIndexChanged.connect(lambda _index: self.reload())
        self.setFocusProxy(self.year)
        self.subscription = operations.Subscription(
            self, Kind.VOLUNTEERING | Kind.EVENTS | Kind.TREE, lambda _b: self.reload()
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self._fill_teams()
            self.reload()

    def _fill_teams(self) -> None:
        chosen = self.team.currentData()
        with self._store.session() as session:
            offered = team_options(session)
        self.team.blockSignals(True)
        self.team.clear()
        self.team.addItem(self.tr("All teams"), None)
        for team in offered:
            self.team.addItem(team.name, team.id)
        self.team.setCurrentIndex(max(0, self.team.findData(chosen)))
        self.team.blockSignals(False)

    # --- counting, off the UI thread ----------------------------------------------

    def reload(self) -> None:
        """Count the chosen year again and lay its charts out, on the worker."""
        self._reads.ask()
        self.records.show_year(self.year.value(), self.team.currentData())  # read when shown

    def _count_call(self) -> Callable[[Progress], Counted]:
        year, team_id = self.year.value(), self.team.currentData()
        store, printed = self._store, load_catalogue(self._language).translate
        target = self._folder / f"charts-{next(self._numbers)}.pdf"

        def count_and_draw(progress: Progress) -> Counted:
            with store.session() as session:
                # Every volunteer ranked for the window's table; the charts, like the
                # printed yearbook, show the top ten.
                figures = year_figures(session, year, team_id, top=EVERYONE)
                heading = community_heading(session)
            data = YearbookData(heading, replace(figures, top=figures.top[:TOP]), dt.date.today())
            return figures, render_yearbook(target, data, printed, progress)

        return count_and_draw

    def _show(self, outcome: Counted) -> None:
        figures, result = outcome
        self.figures = figures
        self.summary.setText(summary_text(report_words(translate), figures))
        figure_tables.fill_months(self.months, figures)
        figure_tables.fill_teams(self.teams, figures)
        figure_tables.fill_top(self.top, figures)
        self.charts.show_pdf(result.path)
        self.loaded.emit()
