"""The year's figures as tables in the window: by month, by service team, the top
volunteers. The same rows the yearbook prints, laid out by Qt for copying into a
report."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from hearth_desk.services.events.hours import hours_text
from hearth_desk.services.volunteering.figures import Counts, YearFigures

CONTEXT = "FigureTables"
TIMES = QT_TRANSLATE_NOOP("FigureTables", "Times")
HOURS = QT_TRANSLATE_NOOP("FigureTables", "Hours")
SERVED = QT_TRANSLATE_NOOP("FigureTables", "Residents served")
PEOPLE = QT_TRANSLATE_NOOP("FigureTables", "Volunteers")
MONTH = QT_TRANSLATE_NOOP("FigureTables", "Month")
MONTH_N = QT_TRANSLATE_NOOP("FigureTables", "month {n}")
YEAR = QT_TRANSLATE_NOOP("FigureTables", "Year")
TEAM = QT_TRANSLATE_NOOP("FigureTables", "Service team")
MEMBERS = QT_TRANSLATE_NOOP("FigureTables", "Members")
HOURS_EACH = QT_TRANSLATE_NOOP("FigureTables", "Hours each")
RANK = QT_TRANSLATE_NOOP("FigureTables", "Rank")
NAME = QT_TRANSLATE_NOOP("FigureTables", "Name")
TEAMS = QT_TRANSLATE_NOOP("FigureTables", "Service teams")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def words(*texts: str) -> list[str]:
    return [QCoreApplication.translate(CONTEXT, text) for text in texts]


def new_table(headers: Sequence[str], widths: Sequence[int] = ()) -> QTableWidget:
    """A read-only table; columns fit their contents, or take ``widths`` (a long
    table: fitting measures every row each time it is filled)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(words(*headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    if widths:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[str]], numbers: set[int]) -> None:
    """Rows of texts; the columns in ``numbers`` are set right."""
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column in numbers:
                item.setTextAlignment(RIGHT)
            table.setItem(row, column, item)


def counts(row: Counts) -> list[str]:
    return [str(row.times), hours_text(row.hours), str(row.served), str(row.people)]


def month_table() -> QTableWidget:
    return new_table([MONTH, TIMES, HOURS, SERVED, PEOPLE])


def team_table() -> QTableWidget:
    return new_table([TEAM, MEMBERS, TIMES, HOURS, SERVED, PEOPLE, HOURS_EACH])


def top_table() -> QTableWidget:
    """Every volunteer of the year, ranked: hundreds of rows."""
    return new_table([RANK, NAME, TEAMS, TIMES, HOURS, SERVED], (60, 100, 260, 80, 110))


def fill_months(table: QTableWidget, figures: YearFigures) -> None:
    month, year = words(MONTH_N, YEAR)
    rows = [[month.format(n=row.month), *counts(row)] for row in figures.months]
    fill(table, [*rows, [year, *counts(figures.totals)]], {1, 2, 3, 4})


def fill_teams(table: QTableWidget, figures: YearFigures) -> None:
    rows = [[row.team, str(row.members), *counts(row), hours_text(row.average_hours)]
            for row in figures.teams]  # fmt: skip
    fill(table, rows, {1, 2, 3, 4, 5, 6})


def fill_top(table: QTableWidget, figures: YearFigures) -> None:
    rows = [
        [str(p.rank), p.name, "、".join(p.teams), str(p.times), hours_text(p.hours), str(p.served)]
        for p in figures.top
    ]
    fill(table, rows, {0, 3, 4, 5})
