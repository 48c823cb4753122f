"""The Ledger area (住户台账): the grid, the residents and households, search, cards.

Opening it paints at once: the ids the filter matches load on a worker thread, and
the tables fetch only the rows on screen. The search line on top finds a resident as
the name, pinyin initials, ID tail, phone or address is typed; Enter opens the
household card. The tool bar next to it is where import, export and print go.
The page, grid included, follows every write that changes what it lists, whoever
made it (the card, the grid's buttons, an import, the care tags in Settings).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.services.changes import Kind
from hearth_desk.services.ledger.care_tags import care_tags
from hearth_desk.services.ledger.grid import grid_path
from hearth_desk.services.ledger.query import ResidentFilter, household_ids, resident_ids
from hearth_desk.services.ledger.search import SearchHit
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.edit_dialog import open_dialog
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.lazy_rows import LazyRowsModel
from hearth_desk.ui.common.lazy_table import make_table
from hearth_desk.ui.common.operations import Broadcast, Subscription
from hearth_desk.ui.common.worker import BackgroundTask
from hearth_desk.ui.ledger.filters import FilterBar
from hearth_desk.ui.ledger.grid_tree import GridPanel
from hearth_desk.ui.ledger.household_card import HouseholdCard
from hearth_desk.ui.ledger.keys import EnterOpensRow
from hearth_desk.ui.ledger.resident_dialogs import NewHouseholdDialog
from hearth_desk.ui.ledger.search_box import ResidentSearch
from hearth_desk.ui.ledger.table_models import HouseholdTableModel, ResidentTableModel

RESIDENT_WIDTHS = (80, 60, 50, 180, 125, 260, 90, 150, 110)
HOUSEHOLD_WIDTHS = (360, 120, 60)
# What the page lists: the grid, the households and residents, and the tags' names.
LEDGER_KINDS = Kind.GRID | Kind.HOUSEHOLDS | Kind.RESIDENTS | Kind.CARE_TAGS


class LedgerPage(QWidget):
    loaded = Signal()  # the resident table shows the ids of the current filter
    households_loaded = Signal()
    visit_requested = Signal(int)  # a household card asks to record a visit (the shell opens it)
    thanks_requested = Signal(int)  # ... or to log a banner or letter from the household

    def __init__(self, store: Store, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._errors = errors
        self._started = False
        self._households_stale = True
        self._generation = {"residents": 0, "households": 0}
        self.tag_names: list[str] = []
        self.card: HouseholdCard | None = None

        self.grid = GridPanel(store, errors)
        self.grid.node_selected.connect(lambda _node: self._node_changed())

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Search name, pinyin, ID, phone, address (Ctrl+F)")
        )
        self.search_edit.setStyleSheet("font-size: 14pt; padding: 4px;")
        self.search_results = QListWidget()
        self.search_results.setStyleSheet("font-size: 14pt;")
        self.search = ResidentSearch(store, self.search_edit, self.search_results, parent=self)
        self.search.searched.connect(self._searched)
        self.search.cleared.connect(self._search_cleared)
        self.search.chosen.connect(self._hit_chosen)
        self.new_household_button = QPushButton(self.tr("New household…"))
        self.new_household_button.setToolTip(self.tr("Choose a unit in the grid first (Ctrl+N)."))
        self.new_household_button.clicked.connect(self.new_household)
        # Import, export and print are added here.
        self.toolbar = QToolBar()
        # Actions on one row, the search line on its own: it must stay wide enough to read.
        actions = QHBoxLayout()
        actions.addWidget(self.new_household_button)
        actions.addWidget(self.toolbar, 1)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)

        self.filters = FilterBar()
        self.filters.changed.connect(self.reload_residents)
        self.count = QLabel()
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filters, 1)
        filter_row.addWidget(self.count)

        self.residents = ResidentTableModel(store, self)
        self.households = HouseholdTableModel(store, self)
        self.resident_view = make_table(self.residents, RESIDENT_WIDTHS)
        self.household_view = make_table(self.households, HOUSEHOLD_WIDTHS)
        self._enter = (
            EnterOpensRow(self.resident_view, lambda row: self._open_row(self.residents, row)),
            EnterOpensRow(self.household_view, lambda row: self._open_row(self.households, row)),
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.resident_view, self.tr("Residents"))
        self.tabs.addTab(self.household_view, self.tr("Households"))
        self.tabs.currentChanged.connect(lambda _tab: self._tab_changed())
        self.search_heading = QLabel()
        results_page = QWidget()
        results_layout = QVBoxLayout(results_page)
        results_layout.setContentsMargins(0, 0, 0, 0)
        self.show_all_button = QPushButton()
        self.show_all_button.hide()
        self.show_all_button.clicked.connect(lambda: self.search.show_all())
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.search_heading, 1)
        heading_row.addWidget(self.show_all_button)
        results_layout.addLayout(heading_row)
        results_layout.addWidget(self.search_results, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(results_page)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(actions)
        right_layout.addLayout(top)
        right_layout.addLayout(filter_row)
        right_layout.addWidget(self.stack, 1)
        splitter = QSplitter()
        splitter.addWidget(self.grid)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 830])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        for keys, slot in (
            ("Ctrl+F", self._focus_search),
            ("Ctrl+N", self.new_household),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._update_new_household()
        self.setFocusProxy(self.search_edit)  # coming to the ledger, one starts typing a name
        self.subscription = Subscription(self, LEDGER_KINDS, self._heard)

    # --- loading ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.start()

    def start(self) -> None:
        """First opening: the residents first (what the clerk looks at), then the grid."""
        self._started = True
        self.reload_tags()
        self.loaded.connect(self._load_grid_once)
        self.reload()

    def _load_grid_once(self) -> None:
        self.loaded.disconnect(self._load_grid_once)
        self.grid.reload()

    def reload_tags(self) -> None:
        with self._store.session() as session:
            tags = [(tag.id, tag.name) for tag in care_tags(session)]
        self.tag_names = [name for _id, name in tags]
        self.filters.set_tags(tags)

    def resident_filter(self) -> ResidentFilter:
        return self.filters.resident_filter(self.grid.current_node())

    def reload(self, keep_position: bool = False) -> None:
        """Both tables again, from the store (after a change, ``keep_position``); the
        households only when their tab is shown."""
        self.reload_residents(keep_position)
        self._households_stale = True
        if self.tabs.currentWidget() is self.household_view:
            self.reload_households(keep_position)

    def reload_residents(self, keep_position: bool = False) -> BackgroundTask:
        wanted = self.resident_filter()
        store = self._store

        def load(_progress: object) -> list[int]:
            with store.session() as session:
                return resident_ids(session, wanted)

        return self._load("residents", load, self.residents, self.resident_view, keep_position)

    def reload_households(self, keep_position: bool = False) -> BackgroundTask:
        self._households_stale = False
        node_id = self.grid.current_node()
        store = self._store

        def load(_progress: object) -> list[int]:
            with store.session() as session:
                return household_ids(session, node_id)

        return self._load("households", load, self.households, self.household_view, keep_position)

    def _load(self, which, load, model, view, keep_position) -> BackgroundTask:  # type: ignore[no-untyped-def]
        # Loads can overlap (filters changed quickly); only the newest may show.
        self._generation[which] += 1
        generation = self._generation[which]
        task = BackgroundTask(load, self)

        def show(ids: list[int]) -> None:
            if generation == self._generation[which]:
                self._show_ids(which, ids, model, view, keep_position)

        task.succeeded.connect(show)
        task.failed.connect(lambda error: self._errors.show(error, self))
        task.start()
        return task

    def _show_ids(self, which, ids, model, view, keep_position) -> None:  # type: ignore[no-untyped-def]
        scroll = view.verticalScrollBar().value()
        current = view.currentIndex()
        current_id = model.id_at(current.row()) if current.isValid() else None
        model.set_ids(ids)
        if keep_position:
            row = model.row_of(current_id) if current_id is not None else None
            if row is not None:
                view.setCurrentIndex(model.index(row, 0))
            view.verticalScrollBar().setValue(scroll)
        else:
            view.scrollToTop()
        self._show_count()
        (self.loaded if which == "residents" else self.households_loaded).emit()

    def _show_count(self) -> None:
        if self.tabs.currentWidget() is self.household_view:
            self.count.setText(self.tr("%n household(s)", "", self.households.rowCount()))
        else:
            self.count.setText(self.tr("%n resident(s)", "", self.residents.rowCount()))

    def _node_changed(self) -> None:
        # A new place: the old search hits and scroll position belong to the old one.
        self.search_edit.clear()
        self._search_cleared()
        self._update_new_household()
        self.reload()

    def _tab_changed(self) -> None:
        # Households are listed by place only; the person filters do not apply there.
        self.filters.setEnabled(self.tabs.currentWidget() is self.resident_view)
        if self.tabs.currentWidget() is self.household_view and self._households_stale:
            self.reload_households()
        self._show_count()

    def _heard(self, broadcast: Broadcast) -> None:
        """A write changed what the page lists: read it again, keeping the place."""
        if not self._started:
            return  # the first showing reads everything anyway
        if broadcast.touches(Kind.CARE_TAGS):
            self.reload_tags()
        if broadcast.touches(Kind.GRID):
            self.grid.reload()
        self.residents.forget_rows()
        self.households.forget_rows()
        self.reload(keep_position=True)

    # --- search -------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _searched(self, count: int) -> None:
        self.stack.setCurrentIndex(1)
        total = self.search.total
        self.show_all_button.setVisible(total > count)
        if total > count:  # the list was cut: say so, and offer the rest
            self.search_heading.setText(
                self.tr(
                    "The first {shown} of {total} matches; Down to choose, "
                    "Enter to open the household"
                ).format(shown=count, total=total)
            )
            self.show_all_button.setText(self.tr("Show all {total}").format(total=total))
        elif count:
            self.search_heading.setText(
                self.tr("%n match(es); Down to choose, Enter to open the household", "", count)
            )
        else:
            self.search_heading.setText(self.tr("Nothing found."))

    def _search_cleared(self) -> None:
        self.stack.setCurrentIndex(0)

    def _hit_chosen(self, hit: SearchHit) -> None:
        self.open_household(hit.household_id, hit.resident_id)

    # --- cards and forms ----------------------------------------------------------

    def _open_row(self, model: LazyRowsModel, row: int) -> None:
        household_id = model.household_at(row)  # type: ignore[attr-defined]
        if household_id is None:
            return
        resident_id = model.id_at(row) if model is self.residents else None
        self.open_household(household_id, resident_id)

    def open_household(self, household_id: int, resident_id: int | None = None) -> HouseholdCard:
        card = HouseholdCard(self._store, self._errors, household_id, self.tag_names, self)
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        card.visit_requested.connect(self.visit_requested)
        card.thanks_requested.connect(self.thanks_requested)
        if resident_id is not None:
            card.select_resident(resident_id)
        self.card = card
        card.open()
        return card

    def _selected_unit(self) -> int | None:
        return self.grid.current_node() if self.grid.current_level() == "unit" else None

    def _update_new_household(self) -> None:
        self.new_household_button.setEnabled(self._selected_unit() is not None)

    def new_household(self) -> NewHouseholdDialog | None:
        unit_id = self._selected_unit()
        if unit_id is None:
            return None
        with self._store.session() as session:
            address = "".join(node.name for node in grid_path(session, unit_id))
        dialog = NewHouseholdDialog(
            self._store,
            self._errors,
            self.tag_names,
            unit_id=unit_id,
            unit_address=address,
            parent=self,
        )

        # The tables follow from the broadcast; on to the other members.
        open_dialog(dialog, self.open_household)
        return dialog
