"""After the event: 报名, 签到, 未到 and 人次 by stall, and a draft of what the next
notice to the residents' group should say (thanks, the figures, the next date), for
staff to copy into the group and change as they like."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.services.events.listing import event_detail, next_like
from hearth_desk.services.events.tallies import event_totals
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.translation import window_words

BIG = "font-size: 16pt; font-weight: bold;"


def fit_rows(table: QTableWidget, rows: int, most: int = 8) -> None:
    """Tall enough for ``rows`` rows (up to ``most``; more scroll)."""
    shown = max(1, min(rows, most))
    height = table.horizontalHeader().sizeHint().height() + 4
    table.setFixedHeight(height + shown * table.verticalHeader().defaultSectionSize())


class SummaryDialog(QDialog):
    def __init__(self, store: Store, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        with store.session() as session:
            self.detail = event_detail(session, event_id)
            self.totals = event_totals(session, event_id)
            self.next_event = next_like(session, event_id)
        self.setWindowTitle(
            self.tr("#{number} {title}: after the event").format(
                number=self.detail.id, title=self.detail.title
            )
        )
        self.setMinimumWidth(560)
        totals = self.totals
        figures = QFormLayout()
        self.figures: dict[str, QLabel] = {}
        for key, label, value in (
            ("signed_up", self.tr("Signed up:"), totals.signed_up),
            ("checked_in", self.tr("Came:"), totals.checked_in),
            ("on_site", self.tr("Of them on site, without a place:"), totals.on_site),
            ("absent", self.tr("Did not come:"), totals.absent),
            ("waiting", self.tr("Still waiting:"), totals.waiting),
            ("served", self.tr("Times served, in all:"), totals.served),
        ):
            self.figures[key] = QLabel(str(value))
            self.figures[key].setStyleSheet(BIG)
            figures.addRow(label, self.figures[key])
        self.stalls = QTableWidget(len(totals.stalls), 3)
        self.stalls.setHorizontalHeaderLabels(
            [self.tr("Service"), self.tr("Unit"), self.tr("Times served")]
        )
        self.stalls.verticalHeader().hide()
        self.stalls.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, stall in enumerate(totals.stalls):
            for column, text in enumerate((stall.service, stall.unit, str(stall.served))):
                self.stalls.setItem(row, column, QTableWidgetItem(text))
        self.stalls.setVisible(bool(totals.stalls))
        fit_rows(self.stalls, len(totals.stalls))
        self.notice = QPlainTextEdit(self.next_notice())
        self.notice.setMinimumHeight(120)
        self.copy_button = QPushButton(self.tr("Copy the text"))
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.notice.toPlainText())
        )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(figures)
        layout.addWidget(self.stalls)
        layout.addWidget(QLabel(self.tr("What the next notice to the residents could say:")))
        layout.addWidget(self.notice)
        layout.addWidget(self.copy_button)
        layout.addWidget(close)

    def next_notice(self) -> str:
        """Thanks, the figures, the stalls' 人次 and the next date: the draft notice."""
        detail, totals, coming = self.detail, self.totals, self.next_event
        text = self.tr("Thank you to everyone who came to {title} on {month}/{day}!").format(
            title=detail.title, month=detail.date.month, day=detail.date.day
        )
        text += self.tr(" {signed} signed up and {came} came.").format(
            signed=totals.signed_up, came=totals.checked_in
        )
        if totals.served:
            stalls = self.tr(", ").join(
                self.tr("{service} {n}").format(service=stall.service, n=stall.served)
                for stall in totals.stalls
                if stall.served
            )
            text += self.tr(" The stalls served residents {n} times: {stalls}.").format(
                n=totals.served, stalls=stalls
            )
        if coming is None:
            return text + self.tr(" The date of the next one will be announced here.")
        place = self.tr(" at {place}").format(place=coming.place) if coming.place else ""
        return text + self.tr(
            " The next {kind} is on {month}/{day}{place}; you are welcome to sign up."
        ).format(
            kind=window_words().event_kind(coming.kind),
            month=coming.date.month,
            day=coming.date.day,
            place=place,
        )
