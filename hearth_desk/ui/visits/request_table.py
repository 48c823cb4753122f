"""The requests as a lazy table (a busy year has thousands): #N, registered, tier,
category, status, household or place, handler, due date; overdue rows in red."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from hearth_desk.domain.visit_words import (
    REQUEST_CATEGORY_WORDS,
    REQUEST_SOURCE_WORDS,
    REQUEST_STATUS_WORDS,
    REQUEST_TIER_WORDS,
    SATISFACTION_WORDS,
    THANKS_KIND_WORDS,
)
from hearth_desk.services.visits.request_list import RequestLine, lines_for
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.lazy_rows import AnyIndex, LazyRowsModel

OVERDUE = QColor(180, 0, 0)  # the home page's red for what is late
WORDS = {
    "status": REQUEST_STATUS_WORDS,
    "tier": REQUEST_TIER_WORDS,
    "category": REQUEST_CATEGORY_WORDS,
    "source": REQUEST_SOURCE_WORDS,
    "satisfaction": SATISFACTION_WORDS,
    "thanks": THANKS_KIND_WORDS,
}


def word(kind: str, code: str | None) -> str:
    """A code's word in the window's language (办结, 特事…); "" for none."""
    if not code:
        return ""
    return QCoreApplication.translate("Vocabulary", WORDS[kind].get(code, code))


class RequestsModel(LazyRowsModel):
    NUMBER, REGISTERED, TIER, CATEGORY, STATUS, WHERE, HANDLER, DUE, LATE = range(9)

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(self._read, parent)
        self._store = store
        self._headers = [
            "#", self.tr("Registered"), self.tr("Tier"), self.tr("Category"), self.tr("Status"),
            self.tr("Household or place"), self.tr("Handler"), self.tr("Due"), self.tr("Overdue"),
        ]  # fmt: skip

    def _read(self, ids: Sequence[int]) -> list[RequestLine]:
        with self._store.session() as session:
            return lines_for(session, ids)

    def headers(self) -> list[str]:
        return self._headers

    def cell(self, item: RequestLine, column: int) -> str:
        late = self.tr("%n days", "", item.overdue_days) if item.overdue else ""
        return (
            f"#{item.id}", item.registered_on.isoformat(), word("tier", item.tier),
            word("category", item.category), word("status", item.status), item.where,
            item.handler, item.due_date.isoformat(), late,
        )[column]  # fmt: skip

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            item = self.row(index.row())
            return QBrush(OVERDUE) if item is not None and item.overdue else None
        return super().data(index, role)
