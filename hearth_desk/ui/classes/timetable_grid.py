"""A term's timetable as the board shows it: a week grid, 周一 to 周日 across, one
row per time of day a class meets, and in each cell the classes then with their
room, teacher and seats. A class is a button: clicking it opens its page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.class_slots import WEEKDAY_NAMES
from hearth_desk.services.classes.class_lines import ClassLine
from hearth_desk.ui.common.errors import translate


def seats_text(line: ClassLine) -> str:
    """报名 x/名额 y，候补 z, as the desk says it (the timetable and the class list)."""
    if line.capacity is None:
        return translate("TimetableGrid", "Enrolled {n}, no limit").format(n=line.enrolled)
    return translate("TimetableGrid", "Enrolled {n}/places {cap}, waiting {w}").format(
        n=line.enrolled, cap=line.capacity, w=line.waiting
    )


class TimetableGrid(QTableWidget):
    class_clicked = Signal(int)  # the course id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(WEEKDAY_NAMES), parent)
        self.setHorizontalHeaderLabels(list(WEEKDAY_NAMES))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.buttons: dict[int, list[QPushButton]] = {}  # course id → its buttons

    def show_lines(self, lines: list[ClassLine]) -> None:
        cells: dict[tuple[dt.time, dt.time], dict[int, list[ClassLine]]] = {}
        for line in lines:
            for slot in line.slots:
                cells.setdefault((slot.start, slot.end), {}).setdefault(slot.weekday, []).append(
                    line
                )
        times = sorted(cells)
        self.clearContents()
        self.buttons = {}
        self.setRowCount(len(times))
        self.setVerticalHeaderLabels([f"{start:%H:%M}–{end:%H:%M}" for start, end in times])
        for row, when in enumerate(times):
            for weekday, here in cells[when].items():
                self.setCellWidget(row, weekday, self._cell(here))

    def _cell(self, lines: list[ClassLine]) -> QWidget:
        cell = QWidget()
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        for line in lines:
            seats = seats_text(line)
            # A day's column is narrow: the waiting list goes on a line of its own.
            parts = [f"{line.name} #{line.course_id}", line.room, line.teacher,
                     seats.replace("，", "\n").replace(", ", "\n")]  # fmt: skip
            button = QPushButton("\n".join(part for part in parts if part))
            button.setToolTip(seats)
            button.setStyleSheet("text-align: left; padding: 4px;")
            full = line.capacity is not None and line.enrolled >= line.capacity
            if full:
                button.setStyleSheet("text-align: left; padding: 4px; color: #b35900;")
            button.clicked.connect(
                lambda _c=False, cid=line.course_id: self.class_clicked.emit(cid)
            )
            layout.addWidget(button)
            self.buttons.setdefault(line.course_id, []).append(button)
        return cell
