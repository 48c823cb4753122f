"""A word-wrapped label that is always as tall as its text.

Qt lays a word-wrapped ``QLabel`` out by its size hint, not by the height its text
needs at the width it is given, so inside a form row (or any dialog) the second
line of a long message was cut off: the inline ID-number error was the case found.
This label asks for the height its text needs at its current width, so the layouts
above it, up to the dialog itself, make room.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class WrappingLabel(QLabel):
    """A ``QLabel`` with word wrap whose minimum height follows its text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()  # a narrower label needs more lines

    def _fit(self) -> None:
        needed = self.heightForWidth(self.width()) if self.text() else 0
        if needed != self.minimumHeight():
            self.setMinimumHeight(max(needed, 0))
