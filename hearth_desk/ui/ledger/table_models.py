"""Lazy table models for the ledger: 100,000 rows open at once.

A model holds only the ids of the rows its filter matches (loaded off the UI thread
by the page) and fetches the rows themselves a page at a time, when the view first
asks for one of them; a few recent pages are kept. A page of 200 rows by id takes a
few milliseconds, so it is fetched right in ``data()``.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hearth_desk.services.ledger.query import (
    HouseholdRow,
    ResidentRow,
    household_rows,
    resident_rows,
)
from hearth_desk.storage.store import Store

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


def status_label(status: str) -> str:
    return {
        "living": QCoreApplication.translate("Ledger", "Living"),
        "moved_out": QCoreApplication.translate("Ledger", "Moved out"),
        "deceased": QCoreApplication.translate("Ledger", "Deceased"),
    }.get(status, status)


def gender_label(gender: str) -> str:
    """The rows carry 男/女; the window says them in its own language."""
    return {
        "男": QCoreApplication.translate("Ledger", "Male"),
        "女": QCoreApplication.translate("Ledger", "Female"),
    }.get(gender, gender)


class ResidentTableModel(LazyRowsModel):
    """姓名, 性别, 年龄, 身份证号 (masked), 联系电话 (masked), 住址, 与户主关系, 人员类别, 状态."""

    NAME, GENDER, AGE, ID_NUMBER, PHONE, ADDRESS, RELATION, TAGS, STATUS = range(9)

    def __init__(self, store: Store, parent=None) -> None:
        def fetch(ids: Sequence[int]) -> list[ResidentRow]:
            with store.session() as session:
                return resident_rows(session, ids)

        super().__init__(fetch, parent)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Gender"),
            self.tr("Age"),
            self.tr("ID number"),
            self.tr("Phone"),
            self.tr("Address"),
            self.tr("Relation to head"),
            self.tr("Care tags"),
            self.tr("Status"),
        ]

    def cell(self, item: ResidentRow, column: int) -> str:
        if column == self.STATUS:
            label = status_label(item.status)
            if item.status_date is not None:
                label += f" {item.status_date.isoformat()}"
            return label
        values = (
            item.name,
            gender_label(item.gender),
            "" if item.age is None else str(item.age),
            item.id_masked,
            item.phone_masked,
            item.address,
            item.relation,
            item.tags,
        )
        return values[column]

    def household_at(self, row: int) -> int | None:
        item = self.row(row)
        return item.household_id if item is not None else None


class HouseholdTableModel(LazyRowsModel):
    """住址, 户主, 人数 (living members)."""

    ADDRESS, HEAD, MEMBERS = range(3)

    def __init__(self, store: Store, parent=None) -> None:
        def fetch(ids: Sequence[int]) -> list[HouseholdRow]:
            with store.session() as session:
                return household_rows(session, ids)

        super().__init__(fetch, parent)

    def headers(self) -> list[str]:
        return [self.tr("Address"), self.tr("Head"), self.tr("Members")]

    def cell(self, item: HouseholdRow, column: int) -> str:
        return (item.address, item.head, str(item.members))[column]

    def household_at(self, row: int) -> int | None:
        return self.id_at(row)
