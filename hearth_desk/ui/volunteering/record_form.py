"""A piece of volunteer service outside events: who, when, how long, what was done
and, when a household was served, which. The member and the household are found by
typing (the tree's and the ledger's search as you type); hours go in half hours by
the arrows and to a tenth by typing, as offices write them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.services.ledger.search import SearchHit
from hearth_desk.services.tree.directory import MemberHit
from hearth_desk.services.volunteering.records import RecordInput, add_record, update_record
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.edit_dialog import SavingDialog
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.ledger.search_box import household_search
from hearth_desk.ui.tree.member_search import MemberSearch

if TYPE_CHECKING:
    from sqlalchemy.orm import Session  # annotations only: no SQL in the window

# What offices record most, offered first; anything else may be typed.
COMMON_SERVICES = ("疏通下水道", "家电维修", "看望独居老人", "楼道清理", "夜间巡逻", "义务理发",
                   "代购代办", "陪同就医", "矛盾调解", "政策宣传")  # fmt: skip


class ServiceRecordDialog(SavingDialog):
    """New service (``record_id`` None) or a change to one; ``saved`` carries its id."""

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        *,
        record_id: int | None = None,
        initial: RecordInput | None = None,
        member_name: str = "",
        household_text: str = "",
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, errors, parent)
        self.record_id = record_id
        self.setWindowTitle(self.tr("Change service") if record_id else self.tr("Record service"))
        self.setMinimumWidth(560)
        self.member_id: int | None = initial.member_id if initial else None
        self.household_id: int | None = initial.household_id if initial else None

        self.member_edit = QLineEdit()
        self.member_edit.setPlaceholderText(self.tr("Type a member's name or pinyin"))
        self.member_results = QListWidget()
        self.member_results.setMaximumHeight(110)
        self.member_search = MemberSearch(store, self.member_edit, self.member_results, parent=self)
        self.member_search.show_results_only_when_searching()
        self.member_search.chosen.connect(self.choose_member)
        self.member_label = QLabel(member_name)
        self.member_label.setStyleSheet("font-weight: bold;")

        self.date = QDateEdit(QDate(today or dt.date.today()))
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.1, 24.0)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(1.0)
        self.hours.setSuffix(self.tr(" hours"))
        self.what = QComboBox()
        self.what.setEditable(True)
        self.what.addItems(COMMON_SERVICES)
        self.what.setCurrentText("")
        self.served = QSpinBox()
        self.served.setRange(0, 999)
        self.served.setValue(1)

        self.household_search = household_search(
            store, self.tr("Optional: a resident of the household"), self
        )
        self.household_edit = self.household_search.edit
        self.household_results = self.household_search.results
        self.household_search.chosen.connect(self.choose_household)
        self.household_label = QLabel(household_text)

        form = QFormLayout()
        form.addRow(self.tr("Member:"), self.member_edit)
        form.addRow("", self.member_results)
        form.addRow("", self.member_label)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Hours:"), self.hours)
        form.addRow(self.tr("What was done:"), self.what)
        form.addRow(self.tr("Household served:"), self.household_edit)
        form.addRow("", self.household_results)
        form.addRow("", self.household_label)
        form.addRow(self.tr("Times served:"), self.served)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if initial is not None:
            self.date.setDate(QDate(initial.date))
            self.hours.setValue(float(initial.hours))
            self.what.setCurrentText(initial.what)
            self.served.setValue(initial.served)
        self.what.currentTextChanged.connect(lambda _text: self.update_ok())
        self.update_ok()
        self.member_edit.setFocus()

    def choose_member(self, hit: MemberHit) -> None:
        self.member_id = hit.member_id
        self.member_label.setText(hit.name)
        self.member_edit.clear()
        self.date.setFocus()
        self.update_ok()

    def choose_household(self, hit: SearchHit) -> None:
        self.household_id = hit.household_id
        self.household_label.setText(hit.address)
        self.household_edit.clear()
        self.served.setFocus()

    def may_save(self) -> bool:
        return self.member_id is not None and bool(self.what.currentText().strip())

    def value(self) -> RecordInput:
        assert self.member_id is not None
        return RecordInput(
            member_id=self.member_id,
            date=self.date.date().toPython(),
            hours=Decimal(str(round(self.hours.value(), 1))),
            what=self.what.currentText(),
            household_id=self.household_id,
            served=self.served.value(),
        )

    def save(self, session: Session) -> int:
        if self.record_id is None:
            return add_record(session, self.value()).id
        return update_record(session, self.record_id, self.value()).id
