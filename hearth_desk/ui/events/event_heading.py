"""The head of an event's page: title, when and where, who organises it, and the
counts the office reads first (报名 x / 名额 y，候补 z，签到 w)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hearth_desk.services.events.listing import EventDetail, time_span
from hearth_desk.services.events.tallies import EventTotals
from hearth_desk.ui.common.translation import window_words


class EventHeading(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.when = QLabel()
        self.when.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setStyleSheet("font-size: 14pt;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.title, self.when, self.counts):
            layout.addWidget(label)

    def show_event(self, detail: EventDetail, totals: EventTotals) -> None:
        words = window_words()
        self.title.setText(
            f"#{detail.id}　{detail.title}　"
            f"<span style='font-size: 12pt; font-weight: normal; color: #555;'>"
            f"{words.event_kind(detail.kind)} · {words.event_status(detail.status)}</span>"
        )
        parts = [f"{detail.date.isoformat()} {time_span(detail.start_time, detail.end_time)}"]
        if detail.place:
            parts.append(detail.place)
        if detail.team:
            parts.append(self.tr("organised by {team}").format(team=detail.team))
        if detail.signup_deadline:
            parts.append(
                self.tr("sign up by {date}").format(date=detail.signup_deadline.isoformat())
            )
        self.when.setText(" · ".join(part.strip() for part in parts if part.strip()))
        self.counts.setText(self.counts_text(totals))

    def counts_text(self, totals: EventTotals) -> str:
        if totals.capacity is not None:
            text = self.tr("Signed up {n} / places {capacity}").format(
                n=totals.signed_up, capacity=totals.capacity
            )
        else:
            text = self.tr("Signed up {n}").format(n=totals.signed_up)
        text += self.tr(", waiting {n}").format(n=totals.waiting)
        text += self.tr(", checked in {n}").format(n=totals.checked_in)
        if totals.stalls:
            text += self.tr(", times served {n}").format(n=totals.served)
        return text
