"""The household card (户卡): one household's address and all its members.

From here a member is changed, added, moved to another household or marked moved
out or deceased; every change goes through ``services.ledger`` and is broadcast, so
the ledger's tables follow, and so does the card whatever changed its household.
ID numbers and phones are masked until the clerk asks for one member's on purpose;
that viewing is recorded, and the numbers stay shown until the card is closed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import ResidentStatus
from hearth_desk.domain.visit_words import VISIT_KIND_WORDS
from hearth_desk.services import audit
from hearth_desk.services.changes import Kind
from hearth_desk.services.ledger.households import (
    FIELD_LABELS,
    household_members,
    input_for_editing,
    set_status,
)
from hearth_desk.services.ledger.query import ResidentRow, household_rows, resident_rows, reveal
from hearth_desk.services.ledger.tree_links import TreePlace, tree_places
from hearth_desk.services.visits.visits import VisitLine, household_visits
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.edit_dialog import open_dialog
from hearth_desk.ui.common.errors import ErrorPresenter, translate
from hearth_desk.ui.common.translation import window_words
from hearth_desk.ui.ledger.keys import EnterOpensRow
from hearth_desk.ui.ledger.member_dialogs import MoveDialog, StatusDialog
from hearth_desk.ui.ledger.resident_dialogs import ResidentDialog

RESIDENT_ID = Qt.ItemDataRole.UserRole + 1
# The members, their tags, the address (grid names) and the list of changes.
CARD_KINDS = (
    Kind.GRID
    | Kind.HOUSEHOLDS
    | Kind.RESIDENTS
    | Kind.CARE_TAGS
    | Kind.HISTORY
    | Kind.TREE
    | Kind.VISITS
)


class HouseholdCard(QDialog):
    changed = Signal()  # a member was changed, added, moved or marked
    # "Record a visit" was asked for this household: the shell opens the visits' form
    # (the ledger does not reach into the visits feature above it).
    visit_requested = Signal(int)
    thanks_requested = Signal(int)  # a banner or letter from this household, likewise

    NAME, GENDER, AGE, ID_NUMBER, PHONE, RELATION, TAGS, STATUS, TREE = range(9)

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        household_id: int,
        tag_names: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._errors = errors
        self._tag_names = tag_names
        self.household_id = household_id
        self.revealed: dict[int, tuple[str, str]] = {}  # resident id → (ID number, phone)
        self.rows: list[ResidentRow] = []
        self.address = ""
        self.setMinimumSize(900, 480)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.members = QTableWidget(0, 9)
        self.members.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Gender"),
                self.tr("Age"),
                self.tr("ID number"),
                self.tr("Phone"),
                self.tr("Relation to head"),
                self.tr("Care tags"),
                self.tr("Status"),
                self.tr("Connected-heart tree"),
            ]
        )
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.verticalHeader().hide()
        self.members.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.members.horizontalHeader().setStretchLastSection(True)
        self._enter = EnterOpensRow(self.members, lambda _row: self.edit_member())
        self.members.currentCellChanged.connect(lambda *_: self._update_buttons())

        self.edit_button = QPushButton(self.tr("Change…"))
        self.add_button = QPushButton(self.tr("Add member…"))
        self.move_button = QPushButton(self.tr("Move to another household…"))
        self.moved_out_button = QPushButton(self.tr("Moved out…"))
        self.deceased_button = QPushButton(self.tr("Deceased…"))
        self.reveal_button = QPushButton(self.tr("Show full ID and phone"))
        # Undoes a wrong 迁出/死亡 mark (the change record keeps both).
        self.living_button = QPushButton(self.tr("Living here again"))
        self.living_button.clicked.connect(self.mark_living)
        self.visit_button = QPushButton(self.tr("Record a visit…"))
        self.visit_button.clicked.connect(lambda: self.visit_requested.emit(self.household_id))
        self.thanks_button = QPushButton(self.tr("Thanks received…"))
        self.thanks_button.clicked.connect(lambda: self.thanks_requested.emit(self.household_id))
        self.close_button = QPushButton(self.tr("Close"))
        self.edit_button.clicked.connect(self.edit_member)
        self.add_button.clicked.connect(self.add_member)
        self.move_button.clicked.connect(self.move_member)
        self.moved_out_button.clicked.connect(lambda: self.mark(ResidentStatus.MOVED_OUT))
        self.deceased_button.clicked.connect(lambda: self.mark(ResidentStatus.DECEASED))
        self.reveal_button.clicked.connect(self.reveal_member)
        self.close_button.clicked.connect(self.accept)
        for button in (self.edit_button, self.add_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QGridLayout()
        for position, button in enumerate(
            (
                self.edit_button,
                self.add_button,
                self.move_button,
                self.moved_out_button,
                self.deceased_button,
                self.reveal_button,
                self.living_button,
                self.visit_button,
                self.thanks_button,
            )
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button, position // 3, position % 3)
        buttons.addWidget(self.close_button, 3, 2)

        hint = QLabel(
            self.tr("Enter on a member changes it. ID numbers and phones are shown masked.")
        )
        hint.setWordWrap(True)
        # Who changed what and when, newest first: the office's answer to "who did this?".
        self.history = QListWidget()
        self.history.setMaximumHeight(110)
        # The household's visits, latest first, with who went and any request raised.
        self.visits = QListWidget()
        self.visits.setMaximumHeight(90)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.members, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Changes")))
        layout.addWidget(self.history)
        layout.addWidget(QLabel(self.tr("Visits")))
        layout.addWidget(self.visits)
        self.refresh()
        # The card shows its own writes itself (with the member it concerns chosen).
        self.subscription = operations.Subscription(
            self, CARD_KINDS, lambda _broadcast: self.refresh(), own=False
        )

    # --- showing ------------------------------------------------------------------

    def refresh(self, select_resident: int | None = None) -> None:
        keep = select_resident or self.current_resident()
        with self._store.session() as session:
            found = household_rows(session, [self.household_id])
            ids = [r.id for r in household_members(session, self.household_id)]
            self.rows = resident_rows(session, ids)
            places = tree_places(session, ids)
            changes = audit.history(session, "resident", ids, limit=50)
            visits = household_visits(session, self.household_id, limit=20)
        names = {r.id: r.name for r in self.rows}
        self.history.clear()
        for change in changes:
            self.history.addItem(self.change_line(change, names.get(change.entity_id, "")))
        self.visits.clear()
        for visit in visits:
            self.visits.addItem(self.visit_line(visit))
        self.address = found[0].address if found else ""
        self.heading.setText(self.address)
        self.setWindowTitle(self.tr("Household {address}").format(address=self.address))
        self.members.setRowCount(len(self.rows))
        words = window_words()
        for row, member in enumerate(self.rows):
            id_number, phone = self.revealed.get(member.id, (member.id_masked, member.phone_masked))
            status = words.status(member.status)
            if member.status_date:
                status += f" {member.status_date.isoformat()}"
            values = (
                member.name,
                words.gender(member.gender),
                "" if member.age is None else str(member.age),
                id_number,
                phone,
                words.relation(member.relation),
                member.tags,
                status,
                self._tree_text(places.get(member.id)),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(RESIDENT_ID, member.id)
                if member.status != ResidentStatus.LIVING.value:
                    item.setForeground(Qt.GlobalColor.gray)
                self.members.setItem(row, column, item)
        rows = [r.id for r in self.rows]
        self.members.setCurrentCell(rows.index(keep) if keep in rows else 0, 0)
        self.members.setFocus()
        self._update_buttons()

    def _tree_text(self, place: TreePlace | None) -> str:
        """中共党员：环境整治服务队（队长）: a member's place in the tree, "" for others."""
        if place is None:
            return ""
        words = window_words()
        status = words.political_status(place.political_status)
        teams = "、".join(f"{team}（{words.team_role(role)}）" for team, role in place.teams)
        return f"{status}：{teams}" if teams else status

    def change_line(self, change: audit.ChangeView, name: str) -> str:
        actions = {
            "create": self.tr("added"),
            "update": self.tr("changed"),
            "move": self.tr("moved"),
            "status": self.tr("status changed"),
            "import": self.tr("imported"),
            "reveal": self.tr("full numbers viewed"),
        }
        fields = "、".join(
            translate("UserError", FIELD_LABELS[field]) if field in FIELD_LABELS else field
            for field in change.changes
        )
        action = actions.get(change.action, change.action)
        text = f"{change.at:%Y-%m-%d %H:%M}  {change.actor}  {name} {action}"
        return f"{text}：{fields}" if fields and change.action == "update" else text

    def visit_line(self, visit: VisitLine) -> str:
        """2026-10-03  Care  王芳、李强：身体尚好 #12"""
        kind = translate("Vocabulary", VISIT_KIND_WORDS.get(visit.kind, visit.kind))
        text = f"{visit.date.isoformat()}  {kind}  {'、'.join(visit.visitors)}"
        if visit.found:
            text += f"：{visit.found}"
        return " ".join([text, *(f"#{number}" for number in visit.request_ids)])

    def current_resident(self) -> int | None:
        row = self.members.currentRow()
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def select_resident(self, resident_id: int) -> None:
        rows = [r.id for r in self.rows]
        if resident_id in rows:
            self.members.setCurrentCell(rows.index(resident_id), 0)

    def cell_text(self, resident_id: int, column: int) -> str:
        row = [r.id for r in self.rows].index(resident_id)
        return self.members.item(row, column).text()

    def _current_row(self) -> ResidentRow | None:
        row = self.members.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _update_buttons(self) -> None:
        member = self._current_row()
        living = member is not None and member.status == ResidentStatus.LIVING.value
        for button in (self.edit_button, self.move_button, self.reveal_button):
            button.setEnabled(member is not None)
        self.moved_out_button.setEnabled(living)
        self.deceased_button.setEnabled(living)
        self.living_button.setEnabled(member is not None and not living)
        self.reveal_button.setEnabled(member is not None and member.id not in self.revealed)

    # --- changes ------------------------------------------------------------------

    def _after_change(self, resident_id: int) -> None:
        """A dialog of the card saved: the broadcast has refreshed the card already."""
        self.select_resident(resident_id)
        self.changed.emit()

    def reveal_member(self) -> None:
        resident_id = self.current_resident()
        if resident_id is None:
            return
        self.revealed[resident_id] = operations.write(
            self._store, lambda session: reveal(session, resident_id), initiator=self
        )
        self.refresh(resident_id)

    def edit_member(self) -> ResidentDialog | None:
        member = self._current_row()
        if member is None:
            return None
        # Changing a member needs the stored numbers, so the form shows them (recorded).
        initial = operations.write(
            self._store, lambda session: input_for_editing(session, member.id), initiator=self
        )
        return self._open_resident_dialog(resident_id=member.id, initial=initial)

    def add_member(self) -> ResidentDialog:
        return self._open_resident_dialog()

    def _open_resident_dialog(self, **editing: Any) -> ResidentDialog:
        dialog = ResidentDialog(
            self._store,
            self._errors,
            self._tag_names,
            household_id=self.household_id,
            address=self.address,
            parent=self,
            **editing,
        )
        open_dialog(dialog, self._after_change)
        return dialog

    def move_member(self) -> MoveDialog | None:
        member = self._current_row()
        if member is None:
            return None
        dialog = MoveDialog(
            self._store, self._errors, member.id, member.name, self.household_id, self
        )
        open_dialog(dialog, self._after_change)
        return dialog

    def mark_living(self) -> bool:
        member = self._current_row()
        if member is None or member.status == ResidentStatus.LIVING.value:
            return False
        try:
            operations.write(
                self._store,
                lambda session: set_status(session, member.id, ResidentStatus.LIVING, None),
                initiator=self,
            )
        except UserError as error:
            self._errors.show(error, self)
            return False
        self.refresh(member.id)
        self.changed.emit()
        return True

    def mark(self, status: ResidentStatus) -> StatusDialog | None:
        member = self._current_row()
        if member is None:
            return None
        dialog = StatusDialog(self._store, self._errors, member.id, member.name, status, self)
        open_dialog(dialog, self._after_change)
        return dialog
