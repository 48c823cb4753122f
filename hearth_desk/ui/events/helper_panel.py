"""The members of the tree who helped at an event: type a name and Enter to add one
(the tree's member search), Delete to take one off. Volunteer hours count from here."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.services.events.helpers import (
    HelperLine,
    add_helper,
    helper_lines,
    remove_helper,
    set_helper_hours,
)
from hearth_desk.services.events.hours import hours_text
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
        self.list.currentRowChanged.connect(lambda _row: self._show_hours())
        # Hours at the event, per helper: the event's span unless set (came late, stayed on).
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.1, 24.0)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setSuffix(self.tr(" hours"))
        self.hours.lineEdit().returnPressed.connect(lambda: self.set_hours())
        self.set_hours_button = QPushButton(self.tr("Set their hours"))
        self.set_hours_button.clicked.connect(lambda: self.set_hours())
        self.span_button = QPushButton(self.tr("Back to the event's span"))
        self.span_button.clicked.connect(lambda: self.set_hours(span=True))
        hours_row = QHBoxLayout()
        hours_row.addWidget(QLabel(self.tr("Hours of the chosen helper:")))
        for widget in (self.hours, self.set_hours_button, self.span_button):
            hours_row.addWidget(widget)
        hours_row.addStretch(1)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.search_results)
        layout.addWidget(self.list, 1)
        layout.addLayout(hours_row)
        layout.addWidget(QLabel(self.tr("Delete takes the chosen helper off the list.")))
        layout.addWidget(self.status)
        self.setFocusProxy(self.search_edit)

    def reload(self, event_id: int) -> None:
        chosen = self.list.currentItem().data(MEMBER) if self.list.currentItem() else None
        self.event_id = event_id
        with self._store.session() as session:
            self.lines = helper_lines(session, event_id)
        self.list.blockSignals(True)
        self.list.clear()
        for line in self.lines:
            hours = self.tr("{hours} hours").format(hours=hours_text(line.hours))
            if not line.own_hours:
                hours += self.tr(" (the event's span)")
            item = QListWidgetItem(f"{line.name}　{line.phone_masked}　{hours}")
            item.setData(MEMBER, line.member_id)
            self.list.addItem(item)
            if line.member_id == chosen:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._show_hours()

    def _chosen_line(self) -> HelperLine | None:
        item = self.list.currentItem()
        member_id = item.data(MEMBER) if item is not None else None
        return next((line for line in self.lines if line.member_id == member_id), None)

    def _show_hours(self) -> None:
        line = self._chosen_line()
        for widget in (self.hours, self.set_hours_button, self.span_button):
            widget.setEnabled(line is not None)
        if line is not None:
            self.hours.setValue(float(line.hours))

    def set_hours(self, *, span: bool = False) -> None:
        """The chosen helper's own hours (or, ``span``, the event's again)."""
        line, event_id = self._chosen_line(), self.event_id
        if line is None or event_id is None:
            return
        hours = None if span else Decimal(str(round(self.hours.value(), 1)))
        try:
            operations.write(
                self._store,
                lambda s: set_helper_hours(s, event_id, line.member_id, hours),
                initiator=self,
            )
        except UserError as error:
            self.status.setText(error.translated(translate))

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
