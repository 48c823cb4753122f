"""Attendance ticking on one screen, from the keyboard: the class's students down,
its session dates across. Arrow keys move, Space ticks or unticks the cell (a click
does too) and ``toggled`` asks the class panel to save it at once. Cancelled
sessions are greyed and cannot be ticked; the cell stays where it was when the
grid is filled again after the save."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from hearth_desk.services.classes.class_lines import ClassSheet

TICK = "✓"
GREY = QColor("#d0d0d0")


class AttendanceGrid(QTableWidget):
    toggled = Signal(int, int, bool)  # session id, sign-up id, now present

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sheet: ClassSheet | None = None
        self.signup_ids: list[int] = []
        self.session_ids: list[int] = []
        self.cancelled: set[int] = set()
        self.present: dict[int, set[int]] = {}
        self.cellClicked.connect(lambda row, column: self.toggle(row, column))

    def show_sheet(self, sheet: ClassSheet) -> None:
        """Fill the grid with the class's seated students and its sessions."""
        keep = (self.currentRow(), self.currentColumn()) if self.sheet and (
            self.sheet.course_id == sheet.course_id) else None  # fmt: skip
        self.sheet = sheet
        seated = [s for s in sheet.students if s.waiting_position is None]
        self.signup_ids = [student.signup_id for student in seated]
        self.session_ids = [lesson.session_id for lesson in sheet.sessions]
        self.cancelled = {lesson.session_id for lesson in sheet.sessions if lesson.cancelled}
        self.present = {key: set(value) for key, value in sheet.present.items()}
        self.clear()
        self.setRowCount(len(seated))
        self.setColumnCount(len(sheet.sessions))
        self.setVerticalHeaderLabels([student.name for student in seated])
        self.setHorizontalHeaderLabels([f"{lesson.date:%m-%d}" for lesson in sheet.sessions])
        for column, lesson in enumerate(sheet.sessions):
            header = self.horizontalHeaderItem(column)
            if lesson.cancelled or lesson.moved_from:
                header.setToolTip(lesson.reason)
            for row in range(len(self.signup_ids)):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if lesson.cancelled:
                    item.setBackground(QBrush(GREY))
                    item.setToolTip(lesson.reason)
                self.setItem(row, column, item)
                self._paint(row, column)
        self.resizeColumnsToContents()
        if keep and 0 <= keep[0] < self.rowCount() and 0 <= keep[1] < self.columnCount():
            self.setCurrentCell(*keep)

    def is_ticked(self, row: int, column: int) -> bool:
        session_id = self.session_ids[column]
        return self.signup_ids[row] in self.present.get(session_id, set())

    def toggle(self, row: int, column: int) -> None:
        if not (0 <= row < len(self.signup_ids) and 0 <= column < len(self.session_ids)):
            return
        session_id = self.session_ids[column]
        if session_id in self.cancelled:
            return
        signup_id = self.signup_ids[row]
        ticked = self.present.setdefault(session_id, set())
        now = signup_id not in ticked
        ticked.symmetric_difference_update({signup_id})
        self._paint(row, column)
        self.toggled.emit(session_id, signup_id, now)

    def untoggle(self, session_id: int, signup_id: int) -> None:
        """The save was refused: show the cell as it was."""
        self.present.setdefault(session_id, set()).symmetric_difference_update({signup_id})
        if session_id in self.session_ids and signup_id in self.signup_ids:
            self._paint(self.signup_ids.index(signup_id), self.session_ids.index(session_id))

    def _paint(self, row: int, column: int) -> None:
        item = self.item(row, column)
        if item is not None:
            item.setText(TICK if self.is_ticked(row, column) else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            self.toggle(self.currentRow(), self.currentColumn())
            return
        super().keyPressEvent(event)
