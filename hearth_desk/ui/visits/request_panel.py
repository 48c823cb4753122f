"""One request: every field, every step (who, when, the words that went with it), the
thanks it brought, and buttons only for the steps the flow allows next
(``domain.request_flow.next_statuses``): 开始办理, 上报街道… (asks the reference),
办结… (asks the result), 回访… (asks the satisfaction). 修改… changes who handles it
and by when; 记录锦旗/表扬信… logs thanks.

Steps are written through ``operations.write``; the tab that holds this panel hears
the change and shows the request again, so the panel never refreshes itself.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import RequestStatus
from hearth_desk.domain.request_flow import next_statuses
from hearth_desk.domain.visit_words import SATISFACTION_WORDS
from hearth_desk.services.visits.request_list import RequestView, request_view
from hearth_desk.services.visits.requests import advance_request
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.edit_dialog import OpenForm
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.wrapping_label import WrappingLabel
from hearth_desk.ui.visits.request_forms import EditRequestDialog, ThanksDialog
from hearth_desk.ui.visits.request_table import word


class RequestPanel(QWidget):
    def __init__(self, store: Store, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._errors = store, errors
        self.view: RequestView | None = None
        self.form: OpenForm[EditRequestDialog | ThanksDialog] = OpenForm()  # type: ignore[type-var]
        self.title = WrappingLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.fields = QFormLayout()
        self.steps = QTableWidget(0, 4)
        self.steps.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Step"), self.tr("By"), self.tr("Note")]
        )
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.verticalHeader().hide()
        self.steps.horizontalHeader().setStretchLastSection(True)
        self.steps.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.thanks = WrappingLabel()
        self.start_button = QPushButton(self.tr("Start handling"))
        self.escalate_button = QPushButton(self.tr("Report to the street…"))
        self.close_button = QPushButton(self.tr("Close…"))
        self.followup_button = QPushButton(self.tr("Return visit…"))
        self.edit_button = QPushButton(self.tr("Change…"))
        self.thanks_button = QPushButton(self.tr("Log a banner or letter…"))
        self.step_buttons = {
            RequestStatus.IN_PROGRESS: self.start_button,
            RequestStatus.ESCALATED: self.escalate_button,
            RequestStatus.CLOSED: self.close_button,
            RequestStatus.FOLLOWED_UP: self.followup_button,
        }
        self.start_button.clicked.connect(lambda: self.start())
        self.escalate_button.clicked.connect(lambda: self.escalate())
        self.close_button.clicked.connect(lambda: self.close_request())
        self.followup_button.clicked.connect(lambda: self.follow_up())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.thanks_button.clicked.connect(lambda: self.log_thanks())
        buttons = QHBoxLayout()
        for button in (*self.step_buttons.values(), self.edit_button, self.thanks_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.fields)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Steps")))
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.thanks)
        self.show_request(None)

    # --- showing ------------------------------------------------------------------

    def show_request(self, request_id: int | None) -> None:
        """Show request ``request_id`` as the store has it now (None: nothing chosen)."""
        view = None
        if request_id is not None:
            try:
                with self._store.session() as session:
                    view = request_view(session, request_id)
            except UserError:  # deleted meanwhile: show nothing
                view = None
        self.view = view
        self._fill()

    def _fill(self) -> None:
        while self.fields.rowCount():
            self.fields.removeRow(0)
        self.steps.setRowCount(0)
        view = self.view
        allowed = () if view is None else next_statuses(view.line.status, view.line.tier)
        for status, button in self.step_buttons.items():
            button.setVisible(status in allowed)
        self.edit_button.setVisible(view is not None)
        self.thanks_button.setVisible(view is not None)
        if view is None:
            self.title.setText(self.tr("Choose a request in the list."))
            self.thanks.setText("")
            return
        line = view.line
        self.title.setText(f"#{line.id}　{line.description}")
        late = self.tr("overdue by %n days", "", line.overdue_days) if line.overdue else ""
        for label, value in (
            (self.tr("Status:"), word("status", line.status)),
            (self.tr("Tier:"), word("tier", line.tier)),
            (self.tr("Category:"), word("category", line.category)),
            (self.tr("Source:"), word("source", line.source)),
            (self.tr("Household or place:"), line.where),
            (self.tr("Registered:"), line.registered_on.isoformat()),
            (self.tr("Handler:"), line.handler),
            (self.tr("Partner unit:"), line.partner),
            (self.tr("Due:"), " ".join(part for part in (line.due_date.isoformat(), late) if part)),
            (self.tr("Street office reference:"), line.street_ref),
            (self.tr("Result:"), line.result),
            (self.tr("Satisfaction:"), word("satisfaction", line.satisfaction)),
        ):
            if value:
                shown = QLabel(value)
                shown.setWordWrap(True)
                if late and label == self.tr("Due:"):
                    shown.setStyleSheet("color: rgb(180, 0, 0);")
                self.fields.addRow(label, shown)
        for step in view.steps:
            note = word("satisfaction", step.note) if step.note in SATISFACTION_WORDS else step.note
            row = self.steps.rowCount()
            self.steps.insertRow(row)
            for column, text in enumerate(
                (step.at.strftime("%Y-%m-%d %H:%M"), word("status", step.status), step.by, note)
            ):
                self.steps.setItem(row, column, QTableWidgetItem(text))
        self.steps.resizeColumnsToContents()
        self.thanks.setText(
            "\n".join(
                self.tr("{date} {kind} from {giver}: {words}").format(
                    date=t.date.isoformat(),
                    kind=word("thanks", t.kind),
                    giver=t.giver or "—",
                    words=t.words or "—",
                )
                for t in view.thanks
            )
        )

    # --- the steps ----------------------------------------------------------------

    def _advance(self, target: str, **words: str | None) -> bool:
        assert self.view is not None
        number = self.view.line.id
        try:
            operations.write(
                self._store,
                lambda session: advance_request(session, number, target, **words),
                initiator=self,
            )
        except UserError as error:
            self._errors.show(error, self)
            return False
        return True

    def start(self) -> bool:
        return self._advance(RequestStatus.IN_PROGRESS)

    def escalate(self) -> bool:
        reference = self.ask_reference()
        return reference is not None and self._advance(
            RequestStatus.ESCALATED, street_ref=reference
        )

    def close_request(self) -> bool:
        result = self.ask_result()
        return result is not None and self._advance(RequestStatus.CLOSED, result=result)

    def follow_up(self) -> bool:
        satisfaction = self.ask_satisfaction()
        return satisfaction is not None and self._advance(
            RequestStatus.FOLLOWED_UP, satisfaction=satisfaction
        )

    # What each step asks; tests replace these (a modal input dialog would wait).

    def ask_reference(self) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Report to the street"), self.tr("The street office's reference:")
        )
        return text if ok else None

    def ask_result(self) -> str | None:
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Close the request"), self.tr("What was done:")
        )
        return text if ok else None

    def ask_satisfaction(self) -> str | None:
        codes = list(SATISFACTION_WORDS)
        words = [word("satisfaction", code) for code in codes]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Return visit"), self.tr("The resident is:"), words, 0, False
        )
        return codes[words.index(chosen)] if ok and chosen in words else None

    # --- changes and thanks -------------------------------------------------------

    def edit(self) -> EditRequestDialog | None:
        if self.view is None:
            return None
        return self.form.open(EditRequestDialog(self._store, self._errors, self.view, parent=self))

    def log_thanks(self, today: dt.date | None = None) -> ThanksDialog | None:
        if self.view is None:
            return None
        dialog = ThanksDialog(
            self._store, self._errors, self.view.line.id, today=today, parent=self
        )
        return self.form.open(dialog)
