"""The read-only table every lazy list is shown in (residents, households, members).

Fixed row heights and column widths, so that nothing ever measures every row; the
widths are given, or fitted to the header and to the widest value a column can hold
(``fitted_widths``), never to the rows themselves.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from hearth_desk.ui.common.lazy_rows import LazyRowsModel

PADDING = 24  # pixels around a cell's or header's text


def make_table(model: LazyRowsModel, widths: tuple[int, ...]) -> QTableView:
    """A read-only table for a lazy model: fixed row heights and column widths, so
    that nothing ever measures every row."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    rows.hide()
    columns = view.horizontalHeader()
    columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate(widths):
        columns.resizeSection(column, width)
    columns.setStretchLastSection(True)
    return view


def fitted_widths(view: QTableView, samples: Sequence[str]) -> tuple[int, ...]:
    """Each column as wide as its header or its sample (the widest value it shows:
    a full work unit, a masked phone), whichever is wider."""
    model = view.model()
    metrics = view.fontMetrics()
    header = view.horizontalHeader().fontMetrics()
    widths = []
    for column, sample in enumerate(samples):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        widths.append(max(header.horizontalAdvance(title), metrics.horizontalAdvance(sample)))
    return tuple(width + PADDING for width in widths)


def fit_columns(view: QTableView, samples: Sequence[str]) -> None:
    columns = view.horizontalHeader()
    for column, width in enumerate(fitted_widths(view, samples)):
        columns.resizeSection(column, width)
