"""The 走访 tab: who is due a visit in a grid worker's area (or a part of the grid),
latest first with the overdue in red, and the visit round itself.

On a round the list is in door order: the arrow keys move from door to door, Enter
opens the visit form (today, the worker as visitor), and Enter there saves and puts
the next household under the cursor, so a whole round is entered by the keyboard.
The list is read on the worker, and reloads itself from the change hub after a visit
is saved (the visited household drops off), so saving never waits for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.services.changes import Kind
from hearth_desk.services.ledger.printouts import LedgerChoice, print_choices
from hearth_desk.services.progress import Progress
from hearth_desk.services.visits.due import (
    DueHousehold,
    DueList,
    due_for_staff,
    due_list,
    grid_workers,
)
from hearth_desk.services.visits.visits import RecordedVisit, StaffChoice, visitor_choices
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.edit_dialog import OpenForm
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.latest_read import LatestRead
from hearth_desk.ui.ledger.keys import EnterOpensRow
from hearth_desk.ui.visits.visit_form import VisitDialog

Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOUR = QColor("#c00000")
# What the list shows: the visits, the households and their tags, the grid, the staff.
ROUND_KINDS = (
    Kind.VISITS | Kind.HOUSEHOLDS | Kind.RESIDENTS | Kind.CARE_TAGS | Kind.GRID | Kind.STAFF
)
WHOLE_COMMUNITY = ("node", None)

Area = tuple[str, int | None]  # ("staff", id) or ("node", id or None for all)


@dataclass(frozen=True)
class RoundView:
    """Everything the tab shows, read in one go on the worker."""

    areas: list[tuple[str, Area]]  # the chooser's entries: label and what it means
    staff: list[StaffChoice]
    listing: DueList


def read_round(store: Store, area: Area | None, overdue_only: bool, door: bool) -> RoundView:
    with store.session() as session:
        workers = grid_workers(session)
        choices = print_choices(session)
        areas: list[tuple[str, Area]] = [(w.name, ("staff", w.id)) for w in workers]
        areas.append(("", WHOLE_COMMUNITY))  # labelled by the window
        for compound in choices.compounds:
            areas.append((compound.name, ("node", compound.id)))
            for building in choices.buildings.get(compound.id, ()):
                areas.append((f"{compound.name}{building.name}", ("node", building.id)))
        if area is None:
            area = areas[0][1]
        kind, key = area
        options = {"overdue_only": overdue_only, "in_door_order": door}
        if kind == "staff" and key is not None:
            listing = due_for_staff(session, key, **options)
        else:
            listing = due_list(session, None if key is None else [key], **options)
        return RoundView(areas, visitor_choices(session), listing)


class DueModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[DueHousehold] = []
        self._headers = (
            self.tr("Address"), self.tr("Head"), self.tr("Care tags"), self.tr("Last visit"),
            self.tr("Due"), self.tr("How late"),
        )  # fmt: skip

    def set_rows(self, rows: list[DueHousehold]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def lateness(self, item: DueHousehold) -> str:
        late = item.due.days_late
        if late is None:
            return self.tr("never visited")
        if late > 0:
            return self.tr("{days} days late").format(days=late)
        if late == 0:
            return self.tr("due today")
        return self.tr("due in {days} days").format(days=-late)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return OVERDUE_COLOUR
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        last = item.due.last_visit.isoformat() if item.due.last_visit else ""
        due_on = item.due.due_on.isoformat() if item.due.due_on else ""
        values = (item.address, item.head, "、".join(item.tags), last, due_on, self.lateness(item))
        return values[index.column()]


class RoundTab(QWidget):
    loaded = Signal()  # the list shows what was asked for

    def title(self) -> str:
        return self.tr("Visit round")

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        print_requested: Callable[[str, object], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._errors, self._print = store, errors, print_requested
        self.form: OpenForm[VisitDialog] = OpenForm()
        self.staff: list[StaffChoice] = []
        self.areas: list[Area] = []  # the chooser's entries, by their position
        self.area: Area | None = None  # None until the first read picks the first worker
        self._reads = LatestRead(self, errors, self._read_call, self._show)
        self._select_after: int | None = None  # the household to put the cursor on next
        self.shown_once = False

        self.chooser = QComboBox()
        self.chooser.setMinimumWidth(220)
        self.chooser.activated.connect(lambda _row: self._area_chosen())
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.overdue_only.toggled.connect(lambda _on: self.load())
        self.door_order = QCheckBox(self.tr("Visit round: door order"))
        self.door_order.toggled.connect(lambda _on: self.load())
        self.print_button = QPushButton(self.tr("Print the round sheet…"))
        self.print_button.clicked.connect(lambda: self.print_sheet())
        self.summary = QLabel()
        self.model = DueModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((260, 90, 160, 100, 100)):
            self.table.setColumnWidth(column, width)
        self._enter = EnterOpensRow(self.table, lambda row: self.visit_row(row))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Whose round:")))
        top.addWidget(self.chooser)
        top.addWidget(self.overdue_only)
        top.addWidget(self.door_order)
        top.addStretch(1)
        top.addWidget(self.print_button)
        hint = QLabel(
            self.tr("Arrow keys move from door to door; Enter records a visit and moves on.")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.subscription = operations.Subscription(self, ROUND_KINDS, lambda _b: self.load())

    # --- reading ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.shown_once:
            self.shown_once = True
            self.load()

    def _area_chosen(self) -> None:
        position = self.chooser.currentData()
        if isinstance(position, int) and 0 <= position < len(self.areas):
            self.area = self.areas[position]
            self.load()

    def load(self) -> None:
        self._reads.ask()

    def _read_call(self) -> Callable[[Progress], RoundView]:
        store, area = self._store, self.area
        overdue, door = self.overdue_only.isChecked(), self.door_order.isChecked()
        return lambda _progress: read_round(store, area, overdue, door)

    def _show(self, view: RoundView) -> None:
        self.staff = view.staff
        self.areas = [area for _label, area in view.areas]
        self.chooser.clear()
        for position, (label, area) in enumerate(view.areas):
            if area == WHOLE_COMMUNITY:
                if position:
                    self.chooser.insertSeparator(self.chooser.count())
                label = self.tr("The whole community")
            self.chooser.addItem(label, position)
        if self.area is None and self.areas:
            self.area = self.areas[0]
        if self.area in self.areas:
            self.chooser.setCurrentIndex(self.chooser.findData(self.areas.index(self.area)))
        rows = list(view.listing.households)
        current = self.current_row()
        self.model.set_rows(rows)
        overdue = sum(1 for row in rows if row.overdue)
        self.summary.setText(
            self.tr("{count} households due, {overdue} of them overdue.").format(
                count=len(rows), overdue=overdue
            )
        )
        ids = [row.household_id for row in rows]
        if self._select_after in ids:
            self.select_row(ids.index(self._select_after))
        elif rows:
            self.select_row(min(current if current is not None else 0, len(rows) - 1))
        self._select_after = None
        self.loaded.emit()

    # --- the round ----------------------------------------------------------------

    def current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectRow(row)

    def round_visitors(self) -> list[int]:
        kind, key = self.area or WHOLE_COMMUNITY
        return [key] if kind == "staff" and key is not None else []

    def visit_row(self, row: int) -> VisitDialog | None:
        if not 0 <= row < len(self.model.rows):
            return None
        item = self.model.rows[row]
        following = (
            self.model.rows[row + 1].household_id if row + 1 < len(self.model.rows) else None
        )
        dialog = VisitDialog(
            self._store,
            self._errors,
            item.household_id,
            item.address,
            self.staff,
            visitors=self.round_visitors(),
            parent=self,
        )
        dialog.saved.connect(lambda recorded: self._visited(recorded, following))
        dialog.finished.connect(lambda _result: self.table.setFocus())
        return self.form.open(dialog)

    def _visited(self, _recorded: RecordedVisit, following: int | None) -> None:
        """Put the cursor on the next household (once the list has reloaded)."""
        self._select_after = following
        row = self.current_row()
        if row is not None and row + 1 < len(self.model.rows):
            self.select_row(row + 1)

    def print_sheet(self) -> None:
        kind, key = self.area or WHOLE_COMMUNITY
        preset = LedgerChoice(staff_id=key) if kind == "staff" else LedgerChoice(node_id=key)
        self._print("visits-due", preset)
