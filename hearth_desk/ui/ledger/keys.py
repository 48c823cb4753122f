"""Enter on a row of a table opens it, on every platform and inside dialogs (where
the dialog would otherwise take Enter for its default button)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView


class EnterOpensRow(QObject):
    def __init__(self, view: QAbstractItemView, open_row: Callable[[int], object]) -> None:
        super().__init__(view)
        self._view = view
        self._open_row = open_row
        view.installEventFilter(self)
        view.doubleClicked.connect(lambda index: open_row(index.row()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            index = self._view.currentIndex()
            if index.isValid():
                self._open_row(index.row())
            return True
        return False
