"""Search as you type: a line to type in and a list of what it finds.

Typing waits for a short pause (150 ms) and then asks the feature for the best
matches (its search runs in well under 50 ms, so it runs right on the UI thread). All
from the keyboard: Down moves into the list, Up from its first row back to the line,
Enter opens the chosen (or first) match, Escape clears. A feature says how to find
(``find``) and how a hit reads in lined-up columns (``columns``); the ledger's
residents and the tree's members share the rest.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

from hearth_desk.ui.common.column_list import column_item, use_columns

DEBOUNCE_MS = 150
SHOW_ALL_LIMIT = 2000  # "show all" lists at most this many; a longer list is not read
HIT = Qt.ItemDataRole.UserRole + 1


class SearchAsYouType(QObject):
    """Wires ``edit`` and ``results`` together; ``chosen`` carries the picked hit."""

    chosen = Signal(object)
    searched = Signal(int)  # the number of results shown, after each search
    cleared = Signal()

    def __init__(
        self,
        edit: QLineEdit,
        results: QListWidget,
        *,
        limit: int = 50,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or edit)
        self.edit = edit
        self.results = results
        self._limit = self.default_limit = limit
        self.total = 0  # all matches of the last search; more than shown when cut
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        edit.setClearButtonEnabled(True)
        edit.textChanged.connect(self._typed)
        edit.installEventFilter(self)
        results.installEventFilter(self)
        results.itemActivated.connect(self._activated)
        self.columns = use_columns(results)

    def show_results_only_when_searching(self) -> None:
        """Keep the result list out of the way until something is typed (a page that
        adds people with this line has its own table below)."""
        self.results.hide()
        self.searched.connect(lambda _n: self.results.show())
        self.cleared.connect(self.results.hide)

    # --- what a feature provides ----------------------------------------------------------

    def find(self, text: str, limit: int) -> tuple[list[Any], int]:
        """The best ``limit`` hits for ``text`` and how many match in all."""
        raise NotImplementedError

    def hit_columns(self, hit: Any) -> tuple[str, ...]:
        """How one hit reads, a field per column."""
        raise NotImplementedError

    # --- the rest is shared ----------------------------------------------------------------

    def _typed(self, text: str) -> None:
        if text.strip():
            self.timer.start()
        else:
            self.timer.stop()
            self.results.clear()
            self.cleared.emit()

    def run(self) -> list[Any]:
        """Search now for what is typed and list the results."""
        self.timer.stop()
        text = self.edit.text()
        hits: list[Any] = []
        self.total = 0
        if text.strip():
            hits, self.total = self.find(text, self._limit)
        self.results.clear()
        for hit in hits:
            column_item(self.hit_columns(hit), self.results).setData(HIT, hit)
        self.columns.fit()
        if hits:
            self.results.setCurrentRow(0)
        self.searched.emit(len(hits))
        return hits

    def show_all(self) -> list[Any]:
        """List every match of the current query (up to ``SHOW_ALL_LIMIT``)."""
        self._limit = min(max(self.total, self.default_limit), SHOW_ALL_LIMIT)
        try:
            return self.run()
        finally:
            self._limit = self.default_limit

    def current_hit(self) -> Any:
        item = self.results.currentItem()
        return item.data(HIT) if item is not None else None

    def _activated(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(HIT))

    def choose(self) -> None:
        """Enter in the line: the highlighted result, else the first."""
        if self.timer.isActive() or (self.edit.text().strip() and not self.results.count()):
            self.run()
        hit = self.current_hit()
        if hit is not None:
            self.chosen.emit(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.edit:
            if key == Qt.Key.Key_Down:
                if self.timer.isActive():
                    self.run()
                if self.results.count():
                    self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                    if self.results.currentRow() < 0:
                        self.results.setCurrentRow(0)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose()
                return True
            if key == Qt.Key.Key_Escape and self.edit.text():
                self.edit.clear()
                return True
        elif watched is self.results:
            if (key == Qt.Key.Key_Up and self.results.currentRow() <= 0) or (
                key == Qt.Key.Key_Escape
            ):
                self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if event.text().isprintable() and event.text() and key != Qt.Key.Key_Space:
                # Typing in the list goes on typing in the line.
                self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
                self.edit.insert(event.text())
                return True
        return False
