"""The ledger's search as you type: residents (or, picking a household, households)
found by ``services.ledger.search``, on the shared line-and-list of
``ui/common/search_as_you_type.py``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLineEdit, QListWidget

from hearth_desk.domain.vocabulary import status_label
from hearth_desk.services.ledger.search import SearchHit, search
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.search_as_you_type import HIT, SHOW_ALL_LIMIT, SearchAsYouType

__all__ = [
    "HIT",
    "SHOW_ALL_LIMIT",
    "ResidentSearch",
    "describe_hit",
    "hit_columns",
    "household_search",
]


def hit_columns(hit: SearchHit) -> tuple[str, ...]:
    """A resident's result line: name, address, masked ID, masked phone, and the status
    when not living here; each in its own column."""
    status = "" if hit.status == "living" else status_label(hit.status, QCoreApplication.translate)
    return (hit.name, hit.address, hit.id_masked, hit.phone_masked, status)


def household_columns(hit: SearchHit) -> tuple[str, ...]:
    """A household's result line: its address and the resident who matched."""
    return (hit.address, hit.name)


def describe_hit(hit: SearchHit) -> str:
    return "    ".join(part for part in hit_columns(hit) if part)


class ResidentSearch(SearchAsYouType):
    """Residents as you type; ``chosen`` carries the picked ``SearchHit``."""

    def __init__(
        self,
        store: Store,
        edit: QLineEdit,
        results: QListWidget,
        *,
        households: bool = False,
        limit: int = 50,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(edit, results, limit=limit, parent=parent)
        self._store = store
        self._households = households  # one row per household: picking a household
        self.include_inactive = False
        self.exclude_household: int | None = None

    def find(self, text: str, limit: int) -> tuple[list[SearchHit], int]:
        with self._store.session() as session:
            found = search(session, text, limit=limit, include_inactive=self.include_inactive)
        hits = found.hits
        if self._households:
            unique: dict[int, SearchHit] = {}
            for hit in hits:
                if hit.household_id != self.exclude_household:
                    unique.setdefault(hit.household_id, hit)
            hits = list(unique.values())
        return hits, found.total

    def hit_columns(self, hit: SearchHit) -> tuple[str, ...]:
        return household_columns(hit) if self._households else hit_columns(hit)


def household_search(store: Store, placeholder: str, parent: QObject) -> ResidentSearch:
    """A form's household field: a line to type a resident's name or an address in,
    and the households found, listed only while searching (``edit``, ``results``)."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    results = QListWidget()
    results.setMaximumHeight(110)
    search = ResidentSearch(store, edit, results, households=True, parent=parent)
    search.show_results_only_when_searching()
    return search
