"""A table model for 100,000 rows: it holds only the rows' ids and fetches the rows
themselves a page at a time, when the view first asks for one of them.

The ids are loaded off the UI thread by the page that owns the model; a page of 200
rows by id takes a few milliseconds, so it is fetched right in ``data()``, and a few
recent pages are kept. Any feature's long list (residents, members, sign-ups)
subclasses ``LazyRowsModel`` with its headers and cells.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

PAGE_SIZE = 200
CACHED_PAGES = 40  # 8,000 rows: a few screens up and down, and the page a search jumped to

AnyIndex = QModelIndex | QPersistentModelIndex


class LazyRowsModel(QAbstractTableModel):
    """Rows identified by id, fetched in pages through ``fetch(ids) -> rows``."""

    def __init__(self, fetch: Callable[[Sequence[int]], Sequence[Any]], parent=None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, Any]] = OrderedDict()
        self.pages_fetched = 0  # how many fetches ran; for tests and the benchmark

    # --- ids ----------------------------------------------------------------------

    def set_ids(self, ids: list[int]) -> None:
        """Show these rows, in this order; every cached page is dropped."""
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def forget_rows(self) -> None:
        """Rows changed in the store: fetch them again when next shown."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1)
            )

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, row_id: int) -> int | None:
        try:
            return self._ids.index(row_id)
        except ValueError:
            return None

    def row(self, row: int) -> Any | None:
        """The fetched row at ``row`` (None if it has left the store since the ids were read)."""
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            rows = {item.id: item for item in self._fetch(ids)}
            self.pages_fetched += 1
            self._pages[page] = rows
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows.get(self._ids[row])

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    # --- Qt -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return str(section + 1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.row(index.row())
        if item is None:
            return ""
        return self.cell(item, index.column())

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, item: Any, column: int) -> str:
        raise NotImplementedError
