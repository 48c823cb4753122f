"""The office's list of care tags (人员类别): add, rename, remove.

Tags drive the care lists and the ledger's filters, and offices name their groups
their own way (失独家庭, 计生特殊家庭…). A tag still carried by residents cannot be
removed; the service says how many carry it. The list follows every write that
changes the tags, wherever it comes from (an import adds the tags a sheet names).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.services.changes import Kind
from hearth_desk.services.ledger import care_tags
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.errors import ErrorPresenter

SHOWN_ROWS = 12  # the eight standard tags and a few of the office's own


class CareTagsEditor(QWidget):
    changed = Signal()  # this editor changed the list (and shows it already)

    def __init__(self, store: Store, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._errors = errors
        self.tags = QListWidget()
        self.add_button = QPushButton(self.tr("Add…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(lambda: self.add())
        self.rename_button.clicked.connect(lambda: self.rename())
        self.remove_button.clicked.connect(self.remove)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.tags, 1)
        layout.addLayout(buttons)
        self.reload()
        self.subscription = operations.Subscription(
            self, Kind.CARE_TAGS, lambda _broadcast: self.reload(), own=False
        )

    def reload(self) -> None:
        self.tags.clear()
        with self._store.session() as session:
            for tag in care_tags.care_tags(session):
                item = QListWidgetItem(tag.name)
                item.setData(Qt.ItemDataRole.UserRole, tag.id)
                self.tags.addItem(item)
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for the whole list (a short list needs no scrollbar), up to
        SHOWN_ROWS rows at whatever font size the user chose."""
        rows = max(1, min(self.tags.count(), SHOWN_ROWS))
        row_height = self.tags.sizeHintForRow(0) if self.tags.count() else 24
        self.tags.setFixedHeight(rows * row_height + 2 * self.tags.frameWidth() + 4)

    def _current_id(self) -> int | None:
        item = self.tags.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _run(self, change) -> bool:  # type: ignore[no-untyped-def]
        try:
            operations.write(self._store, change, initiator=self)
        except UserError as error:
            self._errors.show(error, self)
            return False
        self.reload()
        self.changed.emit()
        return True

    def add(self, name: str | None = None) -> bool:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New care tag"), self.tr("Name:"))
            if not ok:
                return False
        return self._run(lambda session: care_tags.add_care_tag(session, name))

    def rename(self, name: str | None = None) -> bool:
        tag_id = self._current_id()
        if tag_id is None:
            return False
        if name is None:
            current = self.tags.currentItem().text()
            name, ok = QInputDialog.getText(
                self, self.tr("Rename care tag"), self.tr("New name:"), text=current
            )
            if not ok:
                return False
        return self._run(lambda session: care_tags.rename_care_tag(session, tag_id, name))

    def remove(self) -> bool:
        tag_id = self._current_id()
        if tag_id is None:
            return False
        return self._run(lambda session: care_tags.remove_care_tag(session, tag_id))
