"""The month calendar strip over the events list: one button per day of the month,
the days with events marked and counted, today outlined. A click on a marked day
chooses that day's first event; the arrows move a month."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

DAY_STYLE = "QToolButton { min-width: 26px; padding: 2px; }"
EVENT_DAY_STYLE = (
    "QToolButton { min-width: 26px; padding: 2px; font-weight: bold;"
    " background: #fde2e2; color: #b3261e; border-radius: 4px; }"
)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("MonthStrip", "Mon"), QT_TRANSLATE_NOOP("MonthStrip", "Tue"),
    QT_TRANSLATE_NOOP("MonthStrip", "Wed"), QT_TRANSLATE_NOOP("MonthStrip", "Thu"),
    QT_TRANSLATE_NOOP("MonthStrip", "Fri"), QT_TRANSLATE_NOOP("MonthStrip", "Sat"),
    QT_TRANSLATE_NOOP("MonthStrip", "Sun"),
)  # fmt: skip


def weekday_name(date: dt.date) -> str:
    """周六 for a Saturday, in the window's language (the strip and the events list)."""
    return QCoreApplication.translate("MonthStrip", WEEKDAYS[date.weekday()])


TODAY_STYLE = " QToolButton { border: 2px solid #1f6feb; border-radius: 4px; }"


class MonthStrip(QWidget):
    day_chosen = Signal(object)  # a datetime.date with events
    month_changed = Signal(int, int)  # year, month

    def __init__(self, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.year, self.month = self.today.year, self.today.month
        self.counts: Counter[dt.date] = Counter()
        self.previous = QToolButton()
        self.previous.setText("◀")
        self.previous.setToolTip(self.tr("Previous month"))
        self.next = QToolButton()
        self.next.setText("▶")
        self.next.setToolTip(self.tr("Next month"))
        self.previous.clicked.connect(lambda: self.move(-1))
        self.next.clicked.connect(lambda: self.move(1))
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.heading.setMinimumWidth(110)
        self.days: list[QToolButton] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(2)
        self._row.addWidget(self.previous)
        self._row.addWidget(self.heading)
        self._row.addWidget(self.next)
        for day in range(1, 32):
            button = QToolButton()
            button.setText(str(day))
            button.setAutoRaise(True)
            button.clicked.connect(lambda _checked=False, day=day: self._clicked(day))
            self.days.append(button)
            self._row.addWidget(button)
        self._row.addStretch(1)
        self.show_month(self.year, self.month)

    def set_dates(self, dates: Iterable[dt.date]) -> None:
        """The dates that have events (one entry per event)."""
        self.counts = Counter(dates)
        self.show_month(self.year, self.month)

    def show_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.heading.setText(self.tr("{year}-{month}").format(year=year, month=month))
        length = calendar.monthrange(year, month)[1]
        for day, button in enumerate(self.days, start=1):
            button.setVisible(day <= length)
            if day > length:
                continue
            date = dt.date(year, month, day)
            count = self.counts.get(date, 0)
            style = EVENT_DAY_STYLE if count else DAY_STYLE
            if date == self.today:
                style += TODAY_STYLE
            button.setStyleSheet(style)
            tip = weekday_name(date) + " " + date.isoformat()
            if count:
                tip += "\n" + self.tr("%n event(s)", "", count)
            button.setToolTip(tip)

    def move(self, months: int) -> None:
        index = self.year * 12 + self.month - 1 + months
        self.show_month(index // 12, index % 12 + 1)
        self.month_changed.emit(self.year, self.month)

    def show_date(self, date: dt.date) -> None:
        if (date.year, date.month) != (self.year, self.month):
            self.show_month(date.year, date.month)

    def _clicked(self, day: int) -> None:
        date = dt.date(self.year, self.month, day)
        if self.counts.get(date):
            self.day_chosen.emit(date)
