"""The 联建单位 tab: the partner units in a table, and a form to add or change one.

Every write goes through ``ui/common/operations`` so that the tree's other pages hear
of it (Kind.TREE); the table itself refreshes the same way, whoever wrote. A partner's
phone is an office's number, not a resident's, so it is shown as stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import PartnerKind, PartnerUnit
from hearth_desk.domain.vocabulary import PARTNER_KIND_WORDS
from hearth_desk.services.changes import Kind
from hearth_desk.services.tree.structure import (
    add_partner,
    delete_partner,
    partners,
    update_partner,
)
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.confirm import confirm
from hearth_desk.ui.common.edit_dialog import OpenForm, SavingDialog
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.optional_date import OptionalDateEdit
from hearth_desk.ui.common.translation import window_words

if TYPE_CHECKING:
    from sqlalchemy.orm import Session  # annotations only: no SQL in the window


@dataclass(frozen=True)
class PartnerRow:
    """One partner unit as the table and the form show it."""

    id: int | None
    name: str = ""
    kind: str = PartnerKind.OTHER.value
    contact_name: str = ""
    contact_phone: str = ""
    offers: str = ""
    since: dt.date | None = None

    @classmethod
    def of(cls, partner: PartnerUnit) -> PartnerRow:
        return cls(
            partner.id,
            partner.name,
            partner.kind,
            partner.contact_name or "",
            partner.contact_phone or "",
            partner.offers or "",
            partner.since,
        )


def read_partners(store: Store) -> list[PartnerRow]:
    with store.session() as session:
        return [PartnerRow.of(partner) for partner in partners(session)]


class PartnerDialog(SavingDialog):
    """A new partner unit, or changes to one; a refused name leaves the dialog open.
    Closing it with typed changes asks first (``EditDialog``)."""

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        initial: PartnerRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, errors, parent)
        self.partner_id = initial.id if initial is not None else None
        if self.partner_id is None:
            self.setWindowTitle(self.tr("New partner unit"))
        else:
            assert initial is not None
            self.setWindowTitle(self.tr("Change {name}").format(name=initial.name))
        self.setMinimumWidth(520)
        self.name = QLineEdit()
        self.kind = QComboBox()
        words = window_words()
        for code in PARTNER_KIND_WORDS:
            self.kind.addItem(words.partner_kind(code), code)
        self.contact_name = QLineEdit()
        self.contact_phone = QLineEdit()
        self.offers = QLineEdit()
        self.offers.setPlaceholderText(self.tr("e.g. free health checks, legal advice"))
        self.since = OptionalDateEdit(self.tr("not given"))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Contact person:"), self.contact_name)
        form.addRow(self.tr("Contact phone:"), self.contact_phone)
        form.addRow(self.tr("Services offered:"), self.offers)
        form.addRow(self.tr("Partner since:"), self.since)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.set_values(initial or PartnerRow(None))  # a new one: 其他 until chosen
        self.name.textChanged.connect(self.update_ok)
        self.update_ok()
        self.name.setFocus()

    def set_values(self, row: PartnerRow) -> None:
        self.name.setText(row.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind)))
        self.contact_name.setText(row.contact_name)
        self.contact_phone.setText(row.contact_phone)
        self.offers.setText(row.offers)
        self.since.set_value(row.since)

    def may_save(self) -> bool:
        return bool(self.name.text().strip())

    def save(self, session: Session) -> None:
        name, partner_id = self.name.text(), self.partner_id
        kind = PartnerKind(self.kind.currentData())
        contact, phone = self.contact_name.text(), self.contact_phone.text()
        offers, since = self.offers.text(), self.since.value()
        if partner_id is None:
            add_partner(session, name, kind=kind, contact_name=contact, contact_phone=phone,
                        offers=offers, since=since)  # fmt: skip
        else:
            update_partner(session, partner_id, name, kind=kind, contact_name=contact,
                           contact_phone=phone, offers=offers, since=since)  # fmt: skip


class PartnersPage(QWidget):
    loaded = Signal()  # the table shows the store's partner units

    COLUMNS = 6

    def __init__(self, store: Store, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._errors = store, errors
        self._started = False
        self.rows: list[PartnerRow] = []
        self.form: OpenForm[PartnerDialog] = OpenForm()
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Contact person"),
                self.tr("Contact phone"),
                self.tr("Services offered"),
                self.tr("Partner since"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.change())
        self.table.doubleClicked.connect(lambda _index: self.change())
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.new_button = QPushButton(self.tr("New…"))
        self.change_button = QPushButton(self.tr("Change…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(lambda: self.new())
        self.change_button.clicked.connect(lambda: self.change())
        self.delete_button.clicked.connect(lambda: self.delete())
        buttons = QHBoxLayout()
        for button in (self.new_button, self.change_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.installEventFilter(self)  # the Delete key deletes (after asking)
        self.setFocusProxy(self.table)
        self._update_buttons()
        self.subscription = operations.Subscription(self, Kind.TREE, lambda _b: self.reload())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.delete()
            return True
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        """Show the store's partner units, keeping the selected one selected."""
        self._started = True
        selected = self.current()
        self.rows = read_partners(self._store)
        words = window_words()
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            cells = (
                row.name,
                words.partner_kind(row.kind),
                row.contact_name,
                row.contact_phone,
                row.offers,
                row.since.isoformat() if row.since else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setToolTip(text)  # the column is cut to the window's width
                self.table.setItem(number, column, item)
        ids = [row.id for row in self.rows]
        if selected is not None and selected.id in ids:
            self.table.selectRow(ids.index(selected.id))
        self._update_buttons()
        self.loaded.emit()

    def current(self) -> PartnerRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.change_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def new(self) -> PartnerDialog:
        return self._open(PartnerDialog(self._store, self._errors, parent=self))

    def change(self) -> PartnerDialog | None:
        row = self.current()
        if row is None:
            return None
        return self._open(PartnerDialog(self._store, self._errors, row, parent=self))

    def _open(self, dialog: PartnerDialog) -> PartnerDialog:
        """Open the form window-modal, without blocking the caller."""
        return self.form.open(dialog)

    @property
    def dialog(self) -> PartnerDialog | None:
        return self.form.current

    def delete(self) -> bool:
        """Delete the selected partner unit after asking; "Keep" is the default answer."""
        row = self.current()
        if row is None or not self._confirm_delete(row.name):
            return False
        assert row.id is not None
        partner_id = row.id
        try:
            operations.write(
                self._store, lambda session: delete_partner(session, partner_id), initiator=self
            )
        except UserError as error:
            self._errors.show(error, self)
            return False
        return True

    def _confirm_delete(self, name: str) -> bool:
        return confirm(
            self,
            self.tr("Delete partner unit"),
            self.tr("Delete the partner unit {name}?").format(name=name),
            self.tr("Delete"),
            self.tr("Keep"),
        )
