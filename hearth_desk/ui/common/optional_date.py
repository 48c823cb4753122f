"""A date edit that may hold no date: its minimum stands for "not given".

QDateEdit always holds some date; forms whose date is optional (a partner unit's
"since", a birth date) show the minimum as a word instead, and read it back as None.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

NO_DATE = QDate(1890, 1, 1)  # the minimum, shown as the special text
LAST_DATE = QDate(2100, 12, 31)


class OptionalDateEdit(QDateEdit):
    """``value()`` is a ``datetime.date`` or None; ``empty_text`` shows for None."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setDateRange(NO_DATE, LAST_DATE)
        self.setSpecialValueText(empty_text)
        self.setCalendarPopup(True)
        self.setDate(NO_DATE)

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == NO_DATE else date.toPython()

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(QDate(value) if value is not None else NO_DATE)
