"""The grid on the left of the ledger: the whole community, its compounds, buildings, units.

Selecting a node narrows the tables to the households under it. Buttons under the
tree (and the same actions in its context menu) add a level below, rename a node and
set its grid leader (网格长), each through ``services.ledger`` in one transaction;
the ledger page reloads the tree when a write changes the grid.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.services.ledger import grid
from hearth_desk.services.ledger.grid import GridNodeRow, grid_nodes
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.edit_dialog import EditDialog
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.worker import BackgroundTask

NODE_ID = Qt.ItemDataRole.UserRole + 1  # None for the whole community
LEVEL = Qt.ItemDataRole.UserRole + 2
LEADER = Qt.ItemDataRole.UserRole + 3
ROOT = 0  # internal key of "whole community" (node ids start at 1)
INVISIBLE = -1  # the model's invisible root, parent of ROOT
AnyIndex = QModelIndex | QPersistentModelIndex
CHILD_LEVEL = {"": "compound", "compound": "building", "building": "unit"}


class GridTreeModel(QAbstractItemModel):
    """The grid as a tree, from one list of rows: "whole community" on top, then
    compounds, buildings and units; two columns, the name and the grid leader.

    A plain Python model rather than one ``QStandardItem`` per node: 3,000 nodes
    build in a blink, and no Qt setter runs per node (see ``qt_fixes``).
    """

    NAME, LEADER_COLUMN = range(2)

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._nodes: dict[int, GridNodeRow] = {}
        self._children: dict[int, list[int]] = {INVISIBLE: [ROOT], ROOT: []}
        self._parent: dict[int, int] = {ROOT: INVISIBLE}
        self._row: dict[int, int] = {ROOT: 0}

    def set_nodes(self, nodes: list[GridNodeRow]) -> None:
        self.beginResetModel()
        self._nodes = {node.id: node for node in nodes}
        self._children = {INVISIBLE: [ROOT], ROOT: []}
        self._parent = {ROOT: INVISIBLE}
        self._row = {ROOT: 0}
        for node in nodes:  # siblings come in the office's order
            parent = node.parent_id if node.parent_id in self._nodes else ROOT
            siblings = self._children.setdefault(parent, [])
            self._row[node.id] = len(siblings)
            siblings.append(node.id)
            self._parent[node.id] = parent
        self.endResetModel()

    # --- Qt -----------------------------------------------------------------------

    def _key(self, index: AnyIndex) -> int:
        return index.internalId() if index.isValid() else INVISIBLE

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = self._children.get(self._key(parent), [])
        if not (0 <= row < len(children)) or not (0 <= column < 2):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._parent.get(index.internalId(), INVISIBLE)
        if parent == INVISIBLE:
            return QModelIndex()
        return self.createIndex(self._row[parent], 0, parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self._key(parent), []))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Grid"), self.tr("Grid leader"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = index.internalId()
        node = self._nodes.get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            if node is None:
                return self.tr("Whole community") if index.column() == self.NAME else ""
            return node.name if index.column() == self.NAME else node.leader_name
        if node is None:
            return "" if role == LEVEL else None
        if role == Qt.ItemDataRole.ToolTipRole and node.leader_name:
            return self.tr("Grid leader: {name} {phone}").format(
                name=node.leader_name, phone=node.leader_phone_masked
            )
        if role == NODE_ID:
            return node.id
        if role == LEVEL:
            return node.level
        if role == LEADER:
            return node.leader_name
        return None

    def index_of(self, node_id: int | None) -> QModelIndex:
        key = ROOT if node_id is None else node_id
        if key not in self._row:
            return QModelIndex()
        return self.createIndex(self._row[key], 0, key)

    @property
    def root_index(self) -> QModelIndex:
        return self.createIndex(0, 0, ROOT)


class LeaderDialog(EditDialog):
    """The grid leader's name and phone; closing with typed changes asks first."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Grid leader of {node}").format(node=name))
        self.leader = QLineEdit()
        self.phone = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Grid leader:"), self.leader)
        form.addRow(self.tr("Phone:"), self.phone)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.leader.returnPressed.connect(self.phone.setFocus)
        self.phone.returnPressed.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class GridPanel(QWidget):
    """The tree and its buttons; ``node_selected`` carries the node id (None: everything)."""

    node_selected = Signal(object)
    loaded = Signal()

    def __init__(self, store: Store, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._errors = errors
        self.model = GridTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.header().resizeSection(0, 180)
        self.tree.expand(self.model.root_index)
        self.tree.setCurrentIndex(self.model.root_index)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.add_button = QPushButton(self.tr("Add…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.leader_button = QPushButton(self.tr("Grid leader…"))
        self.add_button.clicked.connect(self.add_child)
        self.rename_button.clicked.connect(self.rename_node)
        self.leader_button.clicked.connect(self.set_leader)
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0, 1, 2)
        buttons.addWidget(self.rename_button, 1, 0)
        buttons.addWidget(self.leader_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- loading ------------------------------------------------------------------

    def reload(self) -> BackgroundTask:
        store = self._store

        def load(_progress: object) -> list[GridNodeRow]:
            with store.session() as session:
                return grid_nodes(session)

        task = BackgroundTask(load, self)
        task.succeeded.connect(self._show_nodes)
        task.failed.connect(lambda error: self._errors.show(error, self))
        task.start()
        return task

    def _show_nodes(self, nodes: list[GridNodeRow]) -> None:
        current = self.current_node()
        self.tree.selectionModel().blockSignals(True)
        self.model.set_nodes(nodes)
        index = self.model.index_of(current)
        self.tree.setCurrentIndex(index if index.isValid() else self.model.root_index)
        self.tree.selectionModel().blockSignals(False)
        self.tree.expand(self.model.root_index)
        self._update_buttons()
        if self.current_node() != current:
            self.node_selected.emit(self.current_node())
        self.loaded.emit()

    # --- selection ----------------------------------------------------------------

    def current_node(self) -> int | None:
        index = self.tree.currentIndex().siblingAtColumn(0)
        return index.data(NODE_ID) if index.isValid() else None

    def current_level(self) -> str:
        index = self.tree.currentIndex().siblingAtColumn(0)
        return (index.data(LEVEL) or "") if index.isValid() else ""

    def current_name(self) -> str:
        index = self.tree.currentIndex().siblingAtColumn(0)
        return index.data() if index.isValid() else ""

    def select_node(self, node_id: int | None) -> None:
        index = self.model.index_of(node_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_buttons()
        if current.siblingAtColumn(0) != previous.siblingAtColumn(0):
            self.node_selected.emit(self.current_node())

    def _update_buttons(self) -> None:
        level = self.current_level()
        child = CHILD_LEVEL.get(level)
        self.add_button.setEnabled(child is not None)
        self.add_button.setText(self._add_text(child))
        is_node = self.current_node() is not None
        self.rename_button.setEnabled(is_node)
        self.leader_button.setEnabled(is_node)

    def _add_text(self, child: str | None) -> str:
        return {
            "compound": self.tr("Add compound…"),
            "building": self.tr("Add building…"),
            "unit": self.tr("Add unit…"),
        }.get(child or "", self.tr("Add…"))

    def _context_menu(self, position: QPoint) -> None:
        index = self.tree.indexAt(position)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        for button in (self.add_button, self.rename_button, self.leader_button):
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        menu.exec(self.tree.viewport().mapToGlobal(position))

    # --- changes ------------------------------------------------------------------

    def add_child(self) -> None:
        child = CHILD_LEVEL.get(self.current_level())
        if child is None:
            return
        name, ok = QInputDialog.getText(self, self._add_text(child).rstrip("…"), self.tr("Name:"))
        if ok and name.strip():
            parent_id = self.current_node()
            self._change(lambda session: grid.add_grid_node(session, parent_id, name))

    def rename_node(self) -> None:
        node_id = self.current_node()
        if node_id is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename"), self.tr("New name:"), text=self.current_name()
        )
        if ok and name.strip():
            self._change(lambda session: grid.rename_grid_node(session, node_id, name))

    def set_leader(self) -> None:
        node_id = self.current_node()
        if node_id is None:
            return
        dialog = LeaderDialog(self.current_name(), self)
        dialog.leader.setText(self.tree.currentIndex().siblingAtColumn(0).data(LEADER) or "")
        if dialog.exec():
            leader, phone = dialog.leader.text(), dialog.phone.text()
            self._change(lambda session: grid.set_grid_leader(session, node_id, leader, phone))

    def _change(self, call) -> bool:  # type: ignore[no-untyped-def]
        try:
            operations.write(self._store, call, initiator=self)
        except UserError as error:
            self._errors.show(error, self)
            return False
        return True
