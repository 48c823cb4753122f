"""The request forms: a new request (诉求), a change to who handles it and by when,
and thanks received. Each writes through ``SavingDialog`` (one transaction, then the
change hub), and stays open with what was typed when the write is refused."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.request_flow import due_date
from hearth_desk.domain.visit_words import (
    REQUEST_CATEGORY_WORDS,
    REQUEST_SOURCE_WORDS,
    REQUEST_TIER_WORDS,
    THANKS_KIND_WORDS,
)
from hearth_desk.services.ledger.search import SearchHit
from hearth_desk.services.visits.request_edits import RequestEdits, edit_request, may_change_tier
from hearth_desk.services.visits.request_list import RequestChoices, RequestView, request_choices
from hearth_desk.services.visits.requests import NewRequest, register_request
from hearth_desk.services.visits.thanks import NewThanks, log_thanks
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.edit_dialog import SavingDialog
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.ledger.search_box import household_search
from hearth_desk.ui.visits.request_table import word

if TYPE_CHECKING:
    from sqlalchemy.orm import Session  # annotations only: no SQL in the window


def code_box(kind: str, codes: dict[str, str], current: str | None = None) -> QComboBox:
    """A choice of codes shown in the window's words."""
    box = QComboBox()
    for code in codes:
        box.addItem(word(kind, code), code)
    if current is not None:
        box.setCurrentIndex(max(0, box.findData(current)))
    return box


def date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


def handler_box(choices: RequestChoices, current: str) -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.addItems(list(choices.handlers))
    box.setCurrentText(current)
    return box


def _choices(store: Store) -> RequestChoices:
    with store.session() as session:
        return request_choices(session)


class NewRequestDialog(SavingDialog):
    """A new request at 登记; ``saved`` carries its number. The due date follows the
    tier (its days from the settings) until it is changed by hand."""

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, errors, parent)
        self.setWindowTitle(self.tr("New request"))
        self.setMinimumWidth(560)
        self.choices = _choices(store)
        self.household_id: int | None = None
        today = today or dt.date.today()
        self.source = code_box("source", REQUEST_SOURCE_WORDS)
        self.household_search = household_search(
            store, self.tr("Type a resident's name or an address"), self
        )
        self.household_edit = self.household_search.edit
        self.household_results = self.household_search.results
        self.household_search.chosen.connect(self.choose_household)
        self.household_label = QLabel()
        self.household_label.setStyleSheet("font-weight: bold;")
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Or a place, e.g. the north gate"))
        self.category = code_box("category", REQUEST_CATEGORY_WORDS)
        self.tier = code_box("tier", REQUEST_TIER_WORDS)
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(90)
        self.handler = handler_box(self.choices, "")
        self.registered = date_edit(today)
        self.due = date_edit(self._due_by_tier())
        form = QFormLayout()
        form.addRow(self.tr("Source:"), self.source)
        form.addRow(self.tr("Household:"), self.household_edit)
        form.addRow("", self.household_results)
        form.addRow("", self.household_label)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Category:"), self.category)
        form.addRow(self.tr("Tier:"), self.tier)
        form.addRow(self.tr("Problem:"), self.description)
        form.addRow(self.tr("Handler:"), self.handler)
        form.addRow(self.tr("Registered:"), self.registered)
        form.addRow(self.tr("Due:"), self.due)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.tier.currentIndexChanged.connect(lambda _i: self._follow_tier())
        self.registered.dateChanged.connect(lambda _d: self._follow_tier())
        self.description.textChanged.connect(self.update_ok)
        self.place.textChanged.connect(lambda _t: self.update_ok())
        self.update_ok()
        self.household_edit.setFocus()

    def _due_by_tier(self) -> dt.date:
        registered = self.registered.date().toPython()
        return due_date(registered, self.tier.currentData(), self.choices.due_days)

    def _follow_tier(self) -> None:
        self.due.setDate(QDate(self._due_by_tier()))

    def choose_household(self, hit: SearchHit) -> None:
        self.household_id = hit.household_id
        self.household_label.setText(hit.address)
        self.household_edit.clear()
        self.category.setFocus()
        self.update_ok()

    def may_save(self) -> bool:
        somewhere = self.household_id is not None or bool(self.place.text().strip())
        return somewhere and bool(self.description.toPlainText().strip())

    def value(self) -> NewRequest:
        return NewRequest(
            description=self.description.toPlainText(),
            category=self.category.currentData(),
            tier=self.tier.currentData(),
            source=self.source.currentData(),
            household_id=self.household_id,
            place=None if self.household_id is not None else self.place.text(),
            handler=self.handler.currentText(),
            registered_on=self.registered.date().toPython(),
            due_date=self.due.date().toPython(),
        )

    def save(self, session: Session) -> int:
        return register_request(session, self.value()).id


class EditRequestDialog(SavingDialog):
    """Who handles a request, with which partner unit (大事), by when; and its tier
    while the street does not hold it."""

    def __init__(
        self, store: Store, errors: ErrorPresenter, view: RequestView, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, errors, parent)
        line = view.line
        self.request_id = line.id
        self.setWindowTitle(self.tr("Change request #{number}").format(number=line.id))
        choices = _choices(store)
        self.handler = handler_box(choices, line.handler)
        self.partner = QComboBox()
        self.partner.addItem(self.tr("(none)"), None)
        for partner_id, name in choices.partners:
            self.partner.addItem(name, partner_id)
        self.partner.setCurrentIndex(max(0, self.partner.findData(view.partner_id)))
        self.due = date_edit(line.due_date)
        self.tier = code_box("tier", REQUEST_TIER_WORDS, line.tier)
        self.tier.setEnabled(may_change_tier(line.status, view.escalated_on))
        form = QFormLayout()
        form.addRow(self.tr("Handler:"), self.handler)
        form.addRow(self.tr("Partner unit:"), self.partner)
        form.addRow(self.tr("Due:"), self.due)
        form.addRow(self.tr("Tier:"), self.tier)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def value(self) -> RequestEdits:
        return RequestEdits(
            handler=self.handler.currentText(),
            partner_id=self.partner.currentData(),
            due_date=self.due.date().toPython(),
            tier=self.tier.currentData(),
        )

    def save(self, session: Session) -> int:
        edit_request(session, self.request_id, self.value())
        return self.request_id


class ThanksDialog(SavingDialog):
    """A silk banner or a letter of praise for a request, or from a household for
    what the office did for it (the household card's 收到锦旗/表扬信…)."""

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        request_id: int | None,
        *,
        household: tuple[int, str] | None = None,  # (id, address) when not for a request
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, errors, parent)
        self.request_id = request_id
        self.household_id = household[0] if household else None
        if request_id is not None:
            title = self.tr("Thanks for request #{number}").format(number=request_id)
        else:
            title = self.tr("Thanks from {address}").format(
                address=household[1] if household else ""
            )
        self.setWindowTitle(title)
        self.kind = code_box("thanks", THANKS_KIND_WORDS)
        self.date = date_edit(today or dt.date.today())
        self.giver = QLineEdit()
        self.words = QPlainTextEdit()
        self.words.setMaximumHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Given by:"), self.giver)
        form.addRow(self.tr("Words:"), self.words)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def value(self) -> NewThanks:
        return NewThanks(
            kind=self.kind.currentData(),
            date=self.date.date().toPython(),
            request_id=self.request_id,
            household_id=self.household_id,
            giver=self.giver.text(),
            words=self.words.toPlainText(),
        )

    def save(self, session: Session) -> int:
        return log_thanks(session, self.value()).id


def thank_household(
    store: Store, errors: ErrorPresenter, household_id: int, parent: QWidget | None
) -> ThanksDialog:
    """Open the thanks form for a household (from its card in the ledger)."""
    from hearth_desk.services.ledger.query import household_rows
    from hearth_desk.ui.common.edit_dialog import open_dialog

    with store.session() as session:
        rows = household_rows(session, [household_id])
    address = rows[0].address if rows else ""
    dialog = ThanksDialog(store, errors, None, household=(household_id, address), parent=parent)
    return open_dialog(dialog)
