"""The trunk of the tree: the 党委 or 党总支 with its secretary, and its 党支部.

The branches are a small table typed in place (name, secretary); "Add branch" adds a
row and puts the cursor in it, "Remove branch" asks first when the branch has members
(they stay in the tree without a branch). Everything is saved together in one
transaction by ``services.tree.organisation``: a refused name changes nothing and
leaves the dialog open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.models import OrganisationKind
from hearth_desk.domain.vocabulary import ORGANISATION_KIND_WORDS
from hearth_desk.services.tree.organisation import (
    BranchOutline,
    OrganisationOutline,
    save_organisation,
)
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.confirm import confirm
from hearth_desk.ui.common.edit_dialog import SavingDialog
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.translation import window_words

if TYPE_CHECKING:
    from sqlalchemy.orm import Session  # annotations only: no SQL in the window

BRANCH = Qt.ItemDataRole.UserRole  # the branch's id (None for a new one) and member count


class OrganisationDialog(SavingDialog):
    NAME, SECRETARY, MEMBERS = range(3)

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        outline: OrganisationOutline,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, errors, parent)
        self.setWindowTitle(self.tr("Party organisation"))
        self.setMinimumWidth(560)
        words = window_words()
        self.kind = QComboBox()
        for code in ORGANISATION_KIND_WORDS:
            self.kind.addItem(words.organisation_kind(code), code)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. the Heping Li community general branch"))
        self.secretary = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Secretary:"), self.secretary)

        self.branches = QTableWidget(0, 3)
        self.branches.setHorizontalHeaderLabels(
            [self.tr("Party branch"), self.tr("Secretary"), self.tr("Members")]
        )
        self.branches.verticalHeader().hide()
        self.branches.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.branches.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.branches.horizontalHeader()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.SECRETARY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.MEMBERS, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Add branch"))
        self.remove_button = QPushButton(self.tr("Remove branch…"))
        self.add_button.clicked.connect(lambda: self.add_branch())
        self.remove_button.clicked.connect(lambda: self.remove_branch())
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        branches_label = QLabel(self.tr("Party branches (double-click a cell to change it):"))
        layout.addWidget(branches_label)
        layout.addWidget(self.branches, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.buttons)

        self.kind.setCurrentIndex(max(self.kind.findData(outline.kind.value), 0))
        self.name.setText(outline.name)
        self.secretary.setText(outline.secretary)
        for branch in outline.branches:
            self._append(branch)
        self._typed_rows = self._rows()
        self.name.textChanged.connect(self.update_ok)
        self.update_ok()
        self.name.setFocus()

    def may_save(self) -> bool:
        return bool(self.name.text().strip())

    def _append(self, branch: BranchOutline) -> int:
        row = self.branches.rowCount()
        self.branches.insertRow(row)
        name = QTableWidgetItem(branch.name)
        name.setData(BRANCH, (branch.id, branch.members))
        members = QTableWidgetItem(str(branch.members))
        members.setFlags(members.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.branches.setItem(row, self.NAME, name)
        self.branches.setItem(row, self.SECRETARY, QTableWidgetItem(branch.secretary))
        self.branches.setItem(row, self.MEMBERS, members)
        return row

    def add_branch(self) -> int:
        """A new, empty branch row with the cursor in its name."""
        row = self._append(BranchOutline(None, ""))
        self.branches.setCurrentCell(row, self.NAME)
        self.branches.editItem(self.branches.item(row, self.NAME))
        return row

    def remove_branch(self) -> bool:
        row = self.branches.currentRow()
        if row < 0:
            return False
        item = self.branches.item(row, self.NAME)
        _branch_id, members = item.data(BRANCH)
        if members and not confirm(
            self,
            self.tr("Remove branch"),
            self.tr(
                "Remove {branch}? Its %n member(s) stay in the tree without a branch.",
                "",
                members,
            ).format(branch=item.text()),
            self.tr("Remove"),
            self.tr("Keep"),
        ):
            return False
        self.branches.removeRow(row)
        return True

    def _rows(self) -> list[BranchOutline]:
        rows = []
        for row in range(self.branches.rowCount()):
            name = self.branches.item(row, self.NAME)
            secretary = self.branches.item(row, self.SECRETARY)
            branch_id, members = name.data(BRANCH)
            rows.append(BranchOutline(branch_id, name.text(), secretary.text(), members))
        return rows

    def has_changes(self) -> bool:
        return super().has_changes() or self._rows() != self._typed_rows

    def outline(self) -> OrganisationOutline:
        return OrganisationOutline(
            self.name.text(),
            OrganisationKind(self.kind.currentData()),
            self.secretary.text(),
            tuple(self._rows()),
        )

    def save(self, session: Session) -> None:
        save_organisation(session, self.outline())
