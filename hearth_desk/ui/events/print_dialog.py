"""Asks which event a sign-in sheet, notice or call list is of, and the notice's paper
(the command line's ``N`` and ``--size``).

The events come upcoming first, soonest at the top (what one prints for), then the
recent past, latest first (a sheet printed again); each as the office names it,
``#12 2026-12-05 便民服务日``. Opened for one event (from its page), it asks only
what is left: the paper size.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.reports.events.notice import SIZES
from hearth_desk.services.events.printouts import EventOption, event_options
from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.storage.store import Store

DEFAULT_SIZE = "A4"  # the office printer's paper


@dataclass(frozen=True)
class EventPrint:
    """What to print: the event, and the layout options the printout takes."""

    choice: LedgerChoice
    options: dict[str, str | None] = field(default_factory=dict)


class EventPrintDialog(QDialog):
    def __init__(
        self,
        store: Store,
        title: str,
        *,
        render_options: tuple[str, ...] = (),
        event_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._options = render_options
        self._event_id = event_id  # set: the event is already chosen
        self._upcoming_so_far = False
        self.event = QComboBox()
        if event_id is None:
            with store.session() as session:
                offered = event_options(session)
            self._fill(offered)
        self.size = QComboBox()
        for size in SIZES:
            self.size.addItem(size, size)
        self.size.setCurrentIndex(self.size.findData(DEFAULT_SIZE))
        self.none_yet = QLabel(self.tr("There are no events to print yet."))
        form = QFormLayout()
        if event_id is None:
            form.addRow(self.tr("Event:"), self.event)
            if self.event.count() == 0:
                form.addRow("", self.none_yet)
        if "size" in render_options:
            form.addRow(self.tr("Paper size:"), self.size)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.choice().event_id is not None
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _fill(self, offered: list[EventOption]) -> None:
        """Upcoming, then a separator line, then the past (``event_options``' order)."""
        for option in offered:
            if not option.upcoming and self.event.count() and self._upcoming_so_far:
                self.event.insertSeparator(self.event.count())
            self._upcoming_so_far = option.upcoming
            text = f"#{option.id} {option.date.isoformat()} {option.title}"
            if option.cancelled:
                text = self.tr("{event} (cancelled)").format(event=text)
            self.event.addItem(text, option.id)

    def choice(self) -> LedgerChoice:
        chosen = self._event_id if self._event_id is not None else self.event.currentData()
        return LedgerChoice(event_id=chosen)

    def options(self) -> dict[str, str | None]:
        """The layout options the printout takes, as ``Printout.render`` takes them."""
        chosen = {"size": self.size.currentData()}
        return {name: chosen[name] for name in self._options if name in chosen}

    def answer(self) -> EventPrint:
        return EventPrint(self.choice(), self.options())


def ask_event_choice(
    store: Store,
    title: str,
    render_options: tuple[str, ...],
    event_id: int | None,
    parent: QWidget | None,
) -> EventPrint | None:
    """The event and paper chosen, or None when the user changed their mind."""
    dialog = EventPrintDialog(
        store, title, render_options=render_options, event_id=event_id, parent=parent
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.answer()
