"""Settings' visiting rules: how many days between visits for each care tag and for
everyone else, and how many days a request of each tier has before it is overdue.

The form shows the rules as they stand (the domain's defaults with the office's
changes); saving stores only what differs from the defaults
(``services.visits.settings``), so a tag left alone follows the defaults. A tag with
no default may be set to "as everyone else".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.visit_words import REQUEST_TIER_WORDS
from hearth_desk.services.changes import Kind
from hearth_desk.services.visits.settings import (
    TagInterval,
    save_tag_interval,
    save_visit_settings,
    tag_intervals,
    visiting_rules,
)
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.scroll_safe import scroll_safe

MAX_DAYS = 3650  # ten years: anything longer is a typing slip


class VisitRulesEditor(QWidget):
    def __init__(self, store: Store, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._errors = store, errors
        self.tag_days: dict[int, QSpinBox] = {}
        self.everyone_else = self._days()
        self.due_days = {tier: self._days() for tier in REQUEST_TIER_WORDS}
        self.tags_form = QFormLayout()
        due_form = QFormLayout()
        due_form.addRow(self.tr("Everyone else:"), self.everyone_else)
        for tier, box in self.due_days.items():
            word = QCoreApplication.translate("Vocabulary", REQUEST_TIER_WORDS[tier])
            due_form.addRow(self.tr("A request, {tier}:").format(tier=word), box)
        self.save_button = QPushButton(self.tr("Save rules"))
        self.save_button.clicked.connect(lambda: self.save())
        self.note = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Days between visits, by care tag:")))
        layout.addLayout(self.tags_form)
        layout.addLayout(due_form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.note)
        self.reload()
        self.subscription = operations.Subscription(
            self, Kind.VISITS | Kind.CARE_TAGS, lambda _broadcast: self.reload(), own=False
        )

    def _days(self, minimum: int = 1) -> QSpinBox:
        box = QSpinBox()
        box.setRange(minimum, MAX_DAYS)
        box.setSuffix(self.tr(" days"))
        scroll_safe(box)  # the settings page scrolls over these boxes
        return box

    def reload(self) -> None:
        with self._store.session() as session:
            tags = tag_intervals(session)
            rules = visiting_rules(session)
        while self.tags_form.rowCount():
            self.tags_form.removeRow(0)
        self.tag_days = {}
        for tag in tags:
            self.tags_form.addRow(tag.name, self._tag_box(tag))
        self.everyone_else.setValue(rules.everyone_else)
        for tier, box in self.due_days.items():
            box.setValue(rules.due_days[tier])
        self.note.clear()

    def _tag_box(self, tag: TagInterval) -> QSpinBox:
        """A tag with no default may be 0 days: "as everyone else"."""
        box = self._days(minimum=1 if tag.default_days else 0)
        if not tag.default_days:
            box.setSpecialValueText(self.tr("as everyone else"))
        box.setValue(tag.days or 0)
        self.tag_days[tag.care_tag_id] = box
        return box

    def save(self) -> bool:
        intervals = {tag_id: box.value() or None for tag_id, box in self.tag_days.items()}
        due = {tier: box.value() for tier, box in self.due_days.items()}

        def write(session) -> None:  # type: ignore[no-untyped-def]
            for tag_id, days in intervals.items():
                save_tag_interval(session, tag_id, days)
            save_visit_settings(session, self.everyone_else.value(), due)

        try:
            operations.write(self._store, write, initiator=self)
        except UserError as error:
            self._errors.show(error, self)
            return False
        self.note.setText(self.tr("Saved."))
        return True
