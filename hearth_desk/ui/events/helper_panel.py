"""The members of the tree who helped at an event: type a name and Enter to add one
(the tree's member search), Delete to take one off. Volunteer hours count from here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.services.events.helpers import (
    HelperLine,
    add_helper,
    helper_lines,
    remove_helper,
)
from hearth_desk.services.tree.directory import MemberHit
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.delete_key import OnDeleteKey
from hearth_desk.ui.common.errors import ErrorPresenter, translate
from hearth_desk.ui.tree.member_search import MemberSearch

MEMBER = Qt.ItemDataRole.UserRole


class HelperPanel(QWidget):
    def __init__(self, store: Store, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._errors = store, errors
        self.event_id: int | None = None
        self.lines: list[HelperLine] = []
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Add a helper from the tree: type a name, then Enter")
        )
        self.search_results = QListWidget()
        self.search_results.setMaximumHeight(140)
        self.search = MemberSearch(store, self.search_edit, self.search_results, parent=self)
        self.search.chosen.connect(lambda hit: self.add(hit))
        self.search.show_results_only_when_searching()
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.on_delete = OnDeleteKey(self.list, lambda: self.remove_selected())
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.search_results)
        layout.addWidget(self.list, 1)
        layout.addWidget(QLabel(self.tr("Delete takes the chosen helper off the list.")))
        layout.addWidget(self.status)
        self.setFocusProxy(self.search_edit)

    def reload(self, event_id: int) -> None:
        self.event_id = event_id
        with self._store.session() as session:
            self.lines = helper_lines(session, event_id)
        self.list.clear()
        for line in self.lines:
            item = QListWidgetItem(f"{line.name}　{line.phone_masked}".strip())
            item.setData(MEMBER, line.member_id)
            self.list.addItem(item)

    def add(self, hit: MemberHit) -> bool:
        event_id = self.event_id
        if event_id is None:
            return False
        try:
            added = operations.write(
                self._store, lambda s: add_helper(s, event_id, hit.member_id), initiator=self
            )
        except UserError as error:
            self.status.setText(error.translated(translate))
            return False
        self.search_edit.clear()
        text = self.tr("{name} helped at this event.") if added else self.tr(
            "{name} is on the list already.")  # fmt: skip
        self.status.setText(text.format(name=hit.name))
        return bool(added)

    def remove_selected(self) -> None:
        item, event_id = self.list.currentItem(), self.event_id
        if item is None or event_id is None:
            return
        member_id = item.data(MEMBER)
        operations.write(
            self._store, lambda s: remove_helper(s, event_id, member_id), initiator=self
        )
