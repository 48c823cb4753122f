"""The member directory: search as you type over a filtered lazy table, keyboard first
like the ledger. Enter (or a double click) opens the member's card; the buttons above
the table add a member, change the selected one or take them out of the tree."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import PoliticalStatus
from hearth_desk.services.changes import Kind
from hearth_desk.services.tree.directory import MemberFilter, member_details, member_ids
from hearth_desk.services.tree.members import delete_member, member_input
from hearth_desk.services.tree.structure import branches, teams
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.confirm import confirm
from hearth_desk.ui.common.edit_dialog import OpenForm
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.lazy_table import fit_columns, make_table
from hearth_desk.ui.common.operations import Subscription, write
from hearth_desk.ui.common.worker import BackgroundTask
from hearth_desk.ui.tree.member_card import MemberCard
from hearth_desk.ui.tree.member_form import BranchChoice, MemberDialog
from hearth_desk.ui.tree.member_search import MemberSearch
from hearth_desk.ui.tree.member_table import MemberTableModel


class DirectoryPage(QWidget):
    loaded = Signal()  # the table shows the members the filters ask for

    def __init__(self, store: Store, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._errors = store, errors
        self._generation = 0
        self._started = False
        self.card: MemberCard | None = None
        self.form: OpenForm[MemberDialog] = OpenForm()
        self._branches: list[BranchChoice] = []

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Search name, pinyin, ID, phone, work unit (Ctrl+F)")
        )
        self.search_edit.setStyleSheet("font-size: 14pt;")
        self.search_results = QListWidget()
        self.search_results.setStyleSheet("font-size: 14pt;")
        self.search = MemberSearch(store, self.search_edit, self.search_results, parent=self)
        self.search.chosen.connect(lambda hit: self.open_card(hit.member_id))
        self.search.searched.connect(lambda _n: self.stack.setCurrentIndex(1))
        self.search.cleared.connect(lambda: self.stack.setCurrentIndex(0))

        self.team, self.branch = QComboBox(), QComboBox()
        self.service, self.dual, self.status = QComboBox(), QComboBox(), QComboBox()
        for combo, choices in (
            (self.service, [(self.tr("All"), None), (self.tr("In service"), False),
                            (self.tr("Retired"), True)]),
            (self.dual, [(self.tr("All"), None), (self.tr("Dual registered"), True),
                         (self.tr("Not dual registered"), False)]),
            (self.status, [(self.tr("All"), None),
                           (self.tr("Party members"), PoliticalStatus.MEMBER),
                           (self.tr("Probationary members"), PoliticalStatus.PROBATIONARY),
                           (self.tr("Non-party volunteers"), PoliticalStatus.MASSES)]),
        ):  # fmt: skip
            for label, value in choices:
                combo.addItem(label, value)
        filters = QHBoxLayout()
        for label, combo in (
            (self.tr("Team:"), self.team),
            (self.tr("Branch:"), self.branch),
            (self.tr("Service:"), self.service),
            (self.tr("Dual registration:"), self.dual),
            (self.tr("Political status:"), self.status),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        filters.addStretch(1)
        self.count = QLabel()
        filters.addWidget(self.count)
        self.new_button = QPushButton(self.tr("New member…"))
        self.change_button = QPushButton(self.tr("Change…"))
        self.delete_button = QPushButton(self.tr("Take out of the tree…"))
        self.new_button.clicked.connect(lambda: self.new_member())
        self.change_button.clicked.connect(lambda: self.change_member(self.selected_id()))
        self.delete_button.clicked.connect(lambda: self.delete_member(self.selected_id()))
        actions = QHBoxLayout()
        for button in (self.new_button, self.change_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.members = MemberTableModel(store, self)
        self.view = make_table(self.members, ())
        # Wide enough for the header and the widest value each column shows, in the
        # window's language; the values themselves are never all measured.
        fit_columns(self.view, self.members.widest_values())
        self.view.doubleClicked.connect(
            lambda index: self.open_card(self.members.id_at(index.row()))
        )
        self.view.activated.connect(lambda index: self.open_card(self.members.id_at(index.row())))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.search_results)

        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)
        shortcut = QShortcut(QKeySequence("Ctrl+F"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(
            lambda: self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        )
        self.setFocusProxy(self.search_edit)
        self.subscription = Subscription(self, Kind.TREE | Kind.RESIDENTS, lambda _b: self.start())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.start()

    def start(self) -> None:
        """Read the teams and branches the filters offer, then the members."""
        self._started = True
        with self._store.session() as session:
            offered = ([(t.name, t.id) for t in teams(session)],
                       [(b.name, b.id) for b in branches(session)])  # fmt: skip
        self._branches = [BranchChoice(branch_id, name) for name, branch_id in offered[1]]
        for combo, names in zip((self.team, self.branch), offered, strict=True):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for name, value in names:
                combo.addItem(name, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)
        self.reload()

    def member_filter(self) -> MemberFilter:
        return MemberFilter(
            team_id=self.team.currentData(),
            branch_id=self.branch.currentData(),
            retired=self.service.currentData(),
            dual_registered=self.dual.currentData(),
            political_status=self.status.currentData(),
        )

    def reload(self) -> BackgroundTask:
        """The members the filters ask for, read off the UI thread."""
        self._generation += 1
        generation, wanted, store = self._generation, self.member_filter(), self._store

        def load(_progress: object) -> list[int]:
            with store.session() as session:
                return member_ids(session, wanted)

        def show(ids: list[int]) -> None:
            if generation == self._generation:
                self.members.set_ids(ids)
                self._update_buttons()
                self.count.setText(self.tr("%n member(s)", "", len(ids)))
                self.loaded.emit()

        task = BackgroundTask(load, self)
        task.succeeded.connect(show)
        task.failed.connect(lambda error: self._errors.show(error, self))
        task.start()
        return task

    def open_card(self, member_id: int) -> MemberCard | None:
        with self._store.session() as session:
            details = member_details(session, member_id)
        if details is None:
            return None
        self.card = MemberCard(details, self)
        self.card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.card.change_requested.connect(self.change_member)
        self.card.show()
        return self.card

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows or self.stack.currentWidget() is not self.view:
            return None
        return self.members.id_at(rows[0].row())

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.change_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def new_member(self) -> MemberDialog:
        return self._open(MemberDialog(self._store, self._errors, self._branches, parent=self))

    def change_member(self, member_id: int | None) -> MemberDialog | None:
        if member_id is None:
            return None
        try:
            with self._store.session() as session:
                initial = member_input(session, member_id)
        except UserError as error:  # taken out meanwhile
            self._errors.show(error, self)
            return None
        if self.card is not None and self.card.isVisible():
            self.card.close()
        dialog = MemberDialog(
            self._store, self._errors, self._branches, member_id=member_id, initial=initial,
            parent=self,
        )  # fmt: skip
        return self._open(dialog)

    def _open(self, dialog: MemberDialog) -> MemberDialog:
        """Open the form window-modal, without blocking the caller."""
        return self.form.open(dialog)

    @property
    def dialog(self) -> MemberDialog | None:
        return self.form.current

    def delete_member(self, member_id: int | None) -> bool:
        """Take a member out of the tree after asking; "Keep" is the default answer.
        Their record in the ledger, if they live here, stays."""
        if member_id is None:
            return False
        position = self.members.row_of(member_id)
        shown = self.members.row(position) if position is not None else None
        name = shown.name if shown is not None else ""
        if not confirm(
            self,
            self.tr("Take out of the tree"),
            self.tr("Take {name} out of the tree, with their places in the service teams?"
                    " A resident record in the ledger stays.").format(name=name),
            self.tr("Take out"),
            self.tr("Keep"),
        ):  # fmt: skip
            return False
        try:
            write(self._store, lambda session: delete_member(session, member_id), initiator=self)
        except UserError as error:
            self._errors.show(error, self)
            return False
        return True
