"""The sign-up list of one event as a table model: the position, name, masked phone,
status word (候补第k位, 已签到（现场）) and sign-up time, in sign-up order.

The rows are plain ``SignupLine``s read by a service; the model only words them. The
words are looked up once per status (``Words``), so 2,000 rows paint quickly.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from hearth_desk.domain.models import SignupStatus
from hearth_desk.services.events.listing import SignupLine
from hearth_desk.ui.common.translation import window_words

Index = QModelIndex | QPersistentModelIndex
GREY = QBrush(QColor("#888888"))
GREEN = QBrush(QColor("#1a7f37"))
ORANGE = QBrush(QColor("#b35900"))


class SignupTableModel(QAbstractTableModel):
    POSITION, NAME, PHONE, STATUS, TIME = range(5)

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[SignupLine] = []
        self._words = window_words()
        self._headers = (
            self.tr("No."), self.tr("Name"), self.tr("Phone"), self.tr("Status"),
            self.tr("Signed up"),
        )  # fmt: skip

    def set_lines(self, lines: list[SignupLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def row_of(self, signup_id: int) -> int | None:
        return next((row for row, line in enumerate(self.lines) if line.signup_id == signup_id),
                    None)  # fmt: skip

    def status_text(self, line: SignupLine) -> str:
        if line.waiting_position is not None:
            return self.tr("waiting, no. {k}").format(k=line.waiting_position)
        word = self._words.signup_status(line.status)
        return self.tr("{status} (on site)").format(status=word) if line.on_site else word

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.POSITION:
                return line.position
            if column == self.NAME:
                return line.name
            if column == self.PHONE:
                return line.phone_masked
            if column == self.STATUS:
                return self.status_text(line)
            if column == self.TIME:
                return line.queued_at.strftime("%m-%d %H:%M") if line.queued_at else ""
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return {
                SignupStatus.CANCELLED.value: GREY,
                SignupStatus.ABSENT.value: GREY,
                SignupStatus.CHECKED_IN.value: GREEN,
                SignupStatus.WAITING.value: ORANGE,
            }.get(line.status)
        if role == Qt.ItemDataRole.ForegroundRole and line.status == SignupStatus.CANCELLED.value:
            return GREY
        return None
