"""Settings' staff list: who the office's staff are, their role, phone and the grid
nodes each looks after, and their PIN for the desk dialog. Add, edit, deactivate.

A person who leaves is deactivated, not deleted: visits and requests keep naming them.
The PIN is typed here and kept only as a hash (``services.visits.pins``); the form
never shows one, it only says whether there is one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.visit_words import STAFF_ROLE_WORDS
from hearth_desk.services.changes import Kind
from hearth_desk.services.ledger.grid import GridNodeRow, grid_nodes
from hearth_desk.services.visits import pins
from hearth_desk.services.visits.staff import (
    StaffEntry,
    StaffRow,
    add_staff,
    set_staff_active,
    staff_list,
    update_staff,
)
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.edit_dialog import OpenForm, SavingDialog
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.visits.desk_dialog import role_word

if TYPE_CHECKING:
    from sqlalchemy.orm import Session  # annotations only: no SQL in the window

ID_ROLE = Qt.ItemDataRole.UserRole


class StaffDialog(SavingDialog):
    """A new staff member (``person`` None) or one to change."""

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        person: StaffRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, errors, parent)
        self._person = person
        self.setWindowTitle(self.tr("Staff member") if person else self.tr("New staff member"))
        self.name = QLineEdit(person.name if person else "")
        self.role = QComboBox()
        for code in STAFF_ROLE_WORDS:
            self.role.addItem(role_word(code), code)
        self.role.setCurrentIndex(max(self.role.findData(person.role if person else ""), 0))
        self.phone = QLineEdit(person.phone if person else "")
        self.grids = QTreeWidget()
        self.grids.setHeaderHidden(True)
        with store.session() as session:
            nodes = grid_nodes(session)
        self._fill_grids(nodes, set(person.grid_ids) if person else set())
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(pins.PIN_LENGTH)
        self.pin.setPlaceholderText(
            self.tr("unchanged") if person and person.has_pin else self.tr("none")
        )
        self.clear_pin = QCheckBox(self.tr("No PIN"))
        self.clear_pin.setVisible(bool(person and person.has_pin))
        self.clear_pin.toggled.connect(lambda on: self.pin.setEnabled(not on))
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin, 1)
        pin_row.addWidget(self.clear_pin)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("Grid nodes looked after:"), self.grids)
        form.addRow(self.tr("PIN (4 digits):"), pin_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _fill_grids(self, nodes: list[GridNodeRow], checked: set[int]) -> None:
        """The grid as a checkable tree; ``nodes`` come siblings in order, so each
        level is placed in turn (a parent is always there before its children)."""
        items: dict[int, QTreeWidgetItem] = {}
        for level in ("compound", "building", "unit"):
            for node in nodes:
                if node.level != level:
                    continue
                parent = items.get(node.parent_id) if node.parent_id is not None else None
                item = QTreeWidgetItem([node.name])
                item.setData(0, ID_ROLE, node.id)
                item.setCheckState(
                    0, Qt.CheckState.Checked if node.id in checked else Qt.CheckState.Unchecked
                )
                if parent is None:
                    self.grids.addTopLevelItem(item)
                else:
                    parent.addChild(item)
                items[node.id] = item
        self.grid_items = items
        for node_id in checked:  # the checked ones in view
            item = items.get(node_id)
            while item is not None and item.parent() is not None:
                item = item.parent()
                item.setExpanded(True)

    def checked_grid_ids(self) -> tuple[int, ...]:
        return tuple(
            node_id
            for node_id, item in self.grid_items.items()
            if item.checkState(0) == Qt.CheckState.Checked
        )

    def save(self, session: Session) -> Any:
        entry = StaffEntry(
            self.name.text(), self.role.currentData(), self.phone.text(), self.checked_grid_ids()
        )
        pin = self.pin.text()
        if pin:
            pins.checked_pin(pin)  # before anything is written
        if self._person is None:
            staff = add_staff(session, entry)
        else:
            staff = update_staff(session, self._person.id, entry)
        if pin:
            pins.set_pin(session, staff.id, pin)
        elif self.clear_pin.isChecked():
            pins.set_pin(session, staff.id, None)
        return staff.id


class StaffEditor(QWidget):
    """The list with Add, Edit and Deactivate; it follows every change to the staff."""

    def __init__(self, store: Store, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._errors = store, errors
        self.people: list[StaffRow] = []
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Phone"), self.tr("Grid"), self.tr("PIN")]
        )
        self.table.itemDoubleClicked.connect(lambda _item, _column: self.edit())
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.deactivate_button.clicked.connect(lambda: self.deactivate())
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.deactivate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.form: OpenForm[StaffDialog] = OpenForm()
        self.reload()
        self.subscription = operations.Subscription(
            self, Kind.STAFF | Kind.GRID, lambda _broadcast: self.reload()
        )

    def reload(self) -> None:
        with self._store.session() as session:
            self.people = staff_list(session)
        self.table.clear()
        for row in self.people:
            item = QTreeWidgetItem(
                [
                    row.name,
                    role_word(row.role),
                    row.phone_masked,
                    "、".join(row.grids),
                    self.tr("yes") if row.has_pin else "",
                ]
            )
            item.setData(0, ID_ROLE, row.id)
            self.table.addTopLevelItem(item)
        for column in range(self.table.columnCount() - 1):
            self.table.resizeColumnToContents(column)

    def current(self) -> StaffRow | None:
        item = self.table.currentItem()
        if item is None:
            return None
        staff_id = item.data(0, ID_ROLE)
        return next((row for row in self.people if row.id == staff_id), None)

    def add(self) -> StaffDialog:
        return self.form.open(StaffDialog(self._store, self._errors, None, self))

    def edit(self) -> StaffDialog | None:
        person = self.current()
        if person is None:
            return None
        return self.form.open(StaffDialog(self._store, self._errors, person, self))

    def deactivate(self) -> bool:
        """The chosen person leaves the list (and the desk dialog); history keeps them."""
        person = self.current()
        if person is None:
            return False
        try:
            operations.write(
                self._store,
                lambda session: set_staff_active(session, person.id, False),
                initiator=self,
            )
        except UserError as error:
            self._errors.show(error, self)
            return False
        return True
