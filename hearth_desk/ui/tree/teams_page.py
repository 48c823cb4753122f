"""The 服务队 tab: the teams on the left; on the right the chosen team's purpose,
promise and members with their roles, and the keyboard ways to change them.

Type a name in the search line and press Enter (or Down to pick) to add that member
as a 队员; Delete removes the selected member after asking; the two buttons name the
leader or a deputy (a new leader makes the old one a 队员 again). Every change is a
write through ``ui.common.operations``, so the drawn tree and the directory hear it;
this page redraws itself from the same broadcast.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import TeamRole
from hearth_desk.services.changes import Kind
from hearth_desk.services.tree.directory import MemberHit
from hearth_desk.services.tree.rosters import (
    TeamEntry,
    TeamMemberRow,
    join_team,
    team_entries,
    team_members,
)
from hearth_desk.services.tree.structure import delete_team, place_in_team, remove_from_team
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.confirm import confirm
from hearth_desk.ui.common.delete_key import OnDeleteKey
from hearth_desk.ui.common.edit_dialog import OpenForm
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.translation import window_words
from hearth_desk.ui.tree.member_search import MemberSearch
from hearth_desk.ui.tree.team_form import TeamDialog

ID = Qt.ItemDataRole.UserRole


class TeamsPage(QWidget):
    loaded = Signal()  # the page shows the store's teams

    NAME, ROLE, WORK_UNIT, PHONE = range(4)

    def __init__(self, store: Store, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._errors = store, errors
        self._started = False
        self._words = window_words()
        self.entries: list[TeamEntry] = []
        self.form: OpenForm[TeamDialog] = OpenForm()
        self.rows: list[TeamMemberRow] = []

        self.team_list = QListWidget()
        self.team_list.currentRowChanged.connect(lambda _row: self.show_team())

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.purpose, self.promise = QLabel(), QLabel()
        for label in (self.purpose, self.promise):
            label.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Work unit"), self.tr("Phone")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (self.NAME, self.ROLE, self.PHONE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.WORK_UNIT, QHeaderView.ResizeMode.Stretch)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Add a member: type a name, pinyin or phone, then Enter")
        )
        self.search_edit.setStyleSheet("font-size: 14pt;")
        self.search_results = QListWidget()
        self.search_results.setStyleSheet("font-size: 14pt;")
        self.search_results.setMaximumHeight(160)
        self.search = MemberSearch(store, self.search_edit, self.search_results, parent=self)
        self.search.chosen.connect(self._chosen)
        self.search.show_results_only_when_searching()

        self.remove_button = QPushButton(self.tr("Remove from the team"))
        self.leader_button = QPushButton(self.tr("Make leader"))
        self.deputy_button = QPushButton(self.tr("Make deputy leader"))
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.leader_button.clicked.connect(lambda: self.set_role(TeamRole.LEADER))
        self.deputy_button.clicked.connect(lambda: self.set_role(TeamRole.DEPUTY))
        buttons = QHBoxLayout()
        for button in (self.leader_button, self.deputy_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel()

        right = QWidget()
        details = QVBoxLayout(right)
        for widget in (self.title, self.purpose, self.promise):
            details.addWidget(widget)
        details.addWidget(self.table, 1)
        details.addLayout(buttons)
        details.addWidget(self.search_edit)
        details.addWidget(self.search_results)
        details.addWidget(self.status)
        self.new_team_button = QPushButton(self.tr("New team…"))
        self.change_team_button = QPushButton(self.tr("Change team…"))
        self.delete_team_button = QPushButton(self.tr("Delete team…"))
        self.new_team_button.clicked.connect(lambda: self.new_team())
        self.change_team_button.clicked.connect(lambda: self.change_team())
        self.delete_team_button.clicked.connect(lambda: self.delete_team())
        self.team_list.itemActivated.connect(lambda _item: self.change_team())
        left = QWidget()
        team_side = QVBoxLayout(left)
        team_side.setContentsMargins(0, 0, 0, 0)
        team_side.addWidget(self.team_list, 1)
        for button in (self.new_team_button, self.change_team_button, self.delete_team_button):
            team_side.addWidget(button)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.on_delete = OnDeleteKey(self.table, lambda: self.remove_selected())
        self.setFocusProxy(self.team_list)
        self.subscription = operations.Subscription(
            self, Kind.TREE | Kind.RESIDENTS, lambda _b: self.reload()
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.reload()

    # --- reading ---------------------------------------------------------------------

    def reload(self) -> None:
        """Read the teams again, keeping the chosen team and member where they still are."""
        self._started = True
        team_id, member_id = self.team_id(), self.selected_member_id()
        with self._store.session() as session:
            self.entries = team_entries(session)
        self.team_list.blockSignals(True)
        self.team_list.clear()
        for entry in self.entries:
            item = QListWidgetItem(self._entry_text(entry))
            item.setData(ID, entry.id)
            self.team_list.addItem(item)
        ids = [entry.id for entry in self.entries]
        self.team_list.setCurrentRow(ids.index(team_id) if team_id in ids else 0)
        self.team_list.blockSignals(False)
        self.show_team(member_id)
        self.loaded.emit()

    def _entry_text(self, entry: TeamEntry) -> str:
        text = self.tr("{name} (%n member(s))", "", entry.members).format(name=entry.name)
        if entry.leader:
            text += "\n" + self.tr("Leader: {name}").format(name=entry.leader)
        return text

    def team_id(self) -> int | None:
        item = self.team_list.currentItem()
        return None if item is None else item.data(ID)

    def entry(self) -> TeamEntry | None:
        return next((e for e in self.entries if e.id == self.team_id()), None)

    def show_team(self, member_id: int | None = None) -> None:
        entry = self.entry()
        self.title.setText(entry.name if entry else self.tr("No service teams yet"))
        self.purpose.setText(
            self.tr("Purpose: {text}").format(text=entry.purpose) if entry and entry.purpose else ""
        )
        self.promise.setText(
            self.tr("Promise: {text}").format(text=entry.promise) if entry and entry.promise else ""
        )
        self.purpose.setVisible(bool(self.purpose.text()))
        self.promise.setVisible(bool(self.promise.text()))
        if entry is None:
            self.rows = []
        else:
            with self._store.session() as session:
                self.rows = team_members(session, entry.id)
        self.table.setRowCount(len(self.rows))
        for row, person in enumerate(self.rows):
            cells = (person.name, self._words.team_role(person.role), person.work_unit,
                     person.phone_masked)  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        ids = [person.member_id for person in self.rows]
        if member_id in ids:
            self.table.selectRow(ids.index(member_id))
        for widget in (self.search_edit, self.remove_button, self.leader_button,
                       self.deputy_button, self.change_team_button,
                       self.delete_team_button):  # fmt: skip
            widget.setEnabled(entry is not None)

    def selected_member_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()].member_id

    def _selected(self) -> TeamMemberRow | None:
        member_id = self.selected_member_id()
        return next((p for p in self.rows if p.member_id == member_id), None)

    # --- writing ---------------------------------------------------------------------

    def _write(self, change) -> tuple[bool, object]:  # type: ignore[no-untyped-def]
        """Run ``change`` as a write: whether it committed, and its result. The broadcast
        redraws this page and the others; a refused write is shown and changes nothing."""
        try:
            return True, operations.write(self._store, change, initiator=self)
        except UserError as error:
            self._errors.show(error, self)
            return False, None

    def _chosen(self, hit: MemberHit) -> None:
        self.add_member(hit.member_id, hit.name)

    def add_member(self, member_id: int, name: str) -> bool:
        """Add the member as a 队员; say so, and change nothing, if they are in already."""
        entry = self.entry()
        if entry is None:
            return False
        done, added = self._write(lambda session: join_team(session, member_id, entry.id))
        if not done:
            return False
        if added:
            self.search_edit.clear()
            self.status.setText(self.tr("{name} joined {team}.").format(name=name, team=entry.name))
            self._select(member_id)
        else:
            self.status.setText(
                self.tr("{name} is already in {team}.").format(name=name, team=entry.name)
            )
        return bool(added)

    def _select(self, member_id: int) -> None:
        ids = [person.member_id for person in self.rows]
        if member_id in ids:
            self.table.selectRow(ids.index(member_id))

    def remove_selected(self) -> bool:
        entry, person = self.entry(), self._selected()
        if entry is None or person is None:
            self.status.setText(self.tr("Choose a member in the table first."))
            return False
        if not self._confirm_removal(person.name, entry.name):
            return False
        done, _ = self._write(lambda session: remove_from_team(session, person.member_id, entry.id))
        if not done:
            return False
        self.status.setText(
            self.tr("{name} left {team}.").format(name=person.name, team=entry.name)
        )
        return True

    def _confirm_removal(self, name: str, team: str) -> bool:
        return confirm(
            self,
            self.tr("Remove from the team"),
            self.tr("Remove {name} from {team}?").format(name=name, team=team),
            self.tr("Remove"),
            self.tr("Cancel"),
        )

    def set_role(self, role: TeamRole) -> bool:
        """Make the selected member the leader or a deputy (an old leader becomes a 队员)."""
        entry, person = self.entry(), self._selected()
        if entry is None or person is None:
            self.status.setText(self.tr("Choose a member in the table first."))
            return False
        done, _ = self._write(
            lambda session: place_in_team(session, person.member_id, entry.id, role)
        )
        if not done:
            return False
        self.status.setText(
            self.tr("{name} is now {role} of {team}.").format(
                name=person.name, role=self._words.team_role(role.value), team=entry.name
            )
        )
        self._select(person.member_id)
        return True

    # --- the teams themselves --------------------------------------------------------

    def new_team(self) -> TeamDialog:
        used = [entry.colour for entry in self.entries]
        return self._open(TeamDialog(self._store, self._errors, used_colours=used, parent=self))

    def change_team(self) -> TeamDialog | None:
        entry = self.entry()
        if entry is None:
            return None
        return self._open(TeamDialog(self._store, self._errors, entry, parent=self))

    def _open(self, dialog: TeamDialog) -> TeamDialog:
        """Open the form window-modal; the new or changed team is chosen once saved."""
        return self.form.open(dialog, self._choose_team)

    @property
    def dialog(self) -> TeamDialog | None:
        return self.form.current

    def _choose_team(self, team_id: int) -> None:
        ids = [entry.id for entry in self.entries]
        if team_id in ids:
            self.team_list.setCurrentRow(ids.index(team_id))

    def delete_team(self) -> bool:
        """Delete the chosen team after asking; its members stay in the tree."""
        entry = self.entry()
        if entry is None:
            return False
        question = self.tr(
            "Delete {team}? Its %n member(s) stay in the tree and in their other teams.",
            "",
            entry.members,
        ).format(team=entry.name)
        if not confirm(self, self.tr("Delete team"), question, self.tr("Delete"),
                       self.tr("Keep")):  # fmt: skip
            return False
        done, _ = self._write(lambda session: delete_team(session, entry.id))
        if done:
            self.status.setText(self.tr("{team} was deleted.").format(team=entry.name))
        return done
