"""Members as you type (name, pinyin, initials, ID tail, phone digits, work unit)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit, QListWidget

from hearth_desk.services.tree.directory import MemberHit, search_members
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.search_as_you_type import SearchAsYouType


class MemberSearch(SearchAsYouType):
    """``chosen`` carries the picked ``MemberHit``."""

    def __init__(
        self,
        store: Store,
        edit: QLineEdit,
        results: QListWidget,
        *,
        limit: int = 50,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(edit, results, limit=limit, parent=parent)
        self._store = store

    def find(self, text: str, limit: int) -> tuple[list[MemberHit], int]:
        with self._store.session() as session:
            hits = search_members(session, text, limit=limit + 1)
        # One more than asked says whether the list was cut, without counting them all.
        return hits[:limit], len(hits)

    def hit_columns(self, hit: MemberHit) -> tuple[str, ...]:
        return (hit.name, hit.work_unit, hit.phone_masked)
