"""The small form a visit is recorded in: from the visit round (one household after
another, by the keyboard) or from the ledger's household card.

The date is today and the visitors are the round's grid worker unless changed; Enter
in any line saves. A problem written in the form is registered as a request (小事 by
default) in the same transaction as the visit. The write is a few rows, so it runs on
the UI thread through ``operations.write`` (well under 100 ms: ``bench/bench_visits_due.py``);
the lists that show visits reload themselves from the change hub.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.models import RequestCategory, RequestTier, VisitKind
from hearth_desk.domain.visit_words import (
    REQUEST_CATEGORY_WORDS,
    REQUEST_TIER_WORDS,
    VISIT_KIND_WORDS,
)
from hearth_desk.services.visits.visits import (
    FoundProblem,
    NewVisit,
    RecordedVisit,
    StaffChoice,
    record_visit,
)
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.edit_dialog import SavingDialog
from hearth_desk.ui.common.errors import ErrorPresenter, translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session  # annotations only: no SQL in the window

STAFF_ID = Qt.ItemDataRole.UserRole + 1


def _words_box(words: dict[str, str], chosen: str) -> QComboBox:
    """A combo box of a code list's words in the window's language, ``chosen`` current."""
    box = QComboBox()
    for code, word in words.items():
        box.addItem(translate("Vocabulary", word), code)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    return box


class VisitDialog(SavingDialog):
    """Record one visit to one household; ``saved`` carries the ``RecordedVisit``."""

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        household_id: int,
        address: str,
        staff: Sequence[StaffChoice],
        *,
        visitors: Sequence[int] = (),
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, errors, parent)
        self.household_id = household_id
        self.setWindowTitle(self.tr("Record a visit"))
        self.setMinimumWidth(520)
        heading = QLabel(address)
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.date = QDateEdit(QDate(today or dt.date.today()))
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.visitors = QListWidget()
        self.visitors.setMaximumHeight(96)
        for person in staff:
            item = QListWidgetItem(person.name)
            item.setData(STAFF_ID, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person.id in visitors
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.visitors.addItem(item)
        self.visitors.itemChanged.connect(lambda _item: self.update_ok())
        self.kind = _words_box(VISIT_KIND_WORDS, VisitKind.ROUTINE.value)
        self.found = QLineEdit()
        self.found.setPlaceholderText(self.tr("What was found at the door"))
        self.notes = QLineEdit()
        self.problem = QLineEdit()
        self.problem.setPlaceholderText(self.tr("Optional: a problem to register as a request"))
        self.category = _words_box(REQUEST_CATEGORY_WORDS, RequestCategory.LIVELIHOOD.value)
        self.tier = _words_box(REQUEST_TIER_WORDS, RequestTier.SMALL.value)
        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Visitors:"), self.visitors)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("What was found:"), self.found)
        form.addRow(self.tr("Notes:"), self.notes)
        form.addRow(self.tr("Problem:"), self.problem)
        form.addRow(self.tr("Category:"), self.category)
        form.addRow(self.tr("Tier:"), self.tier)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.ok_button.setDefault(True)  # Enter in any line saves
        self.update_ok()
        self.found.setFocus()

    def visitor_ids(self) -> tuple[int, ...]:
        return tuple(
            self.visitors.item(row).data(STAFF_ID)
            for row in range(self.visitors.count())
            if self.visitors.item(row).checkState() == Qt.CheckState.Checked
        )

    def may_save(self) -> bool:
        return bool(self.visitor_ids())

    def value(self) -> NewVisit:
        problem = self.problem.text().strip()
        return NewVisit(
            self.household_id,
            self.date.date().toPython(),
            self.visitor_ids(),
            kind=self.kind.currentData(),
            found=self.found.text(),
            notes=self.notes.text(),
            problem=FoundProblem(problem, self.category.currentData(), self.tier.currentData())
            if problem
            else None,
        )

    def save(self, session: Session) -> RecordedVisit:
        return record_visit(session, self.value())


def visit_household(
    store: Store,
    errors: ErrorPresenter,
    household_id: int,
    parent: QWidget | None,
    visitors: Sequence[int] = (),
) -> VisitDialog:
    """Open the form for a household (the household card's "record a visit"): the
    visitors preset to ``visitors``, else to the person at the desk if on the staff."""
    from hearth_desk.services.audit import current_actor
    from hearth_desk.services.ledger.query import household_rows
    from hearth_desk.services.visits.visits import visitor_choices
    from hearth_desk.ui.common.edit_dialog import open_dialog

    with store.session() as session:
        staff = visitor_choices(session)
        rows = household_rows(session, [household_id])
    if not visitors:
        visitors = [person.id for person in staff if person.name == current_actor()]
    address = rows[0].address if rows else ""
    dialog = VisitDialog(store, errors, household_id, address, staff, visitors=visitors,
                         parent=parent)  # fmt: skip
    return open_dialog(dialog)
