"""Number boxes on a long scrolling page keep their value while the page scrolls.

Qt gives a wheel turn to whatever box is under the pointer, so scrolling down the
settings page over a spin box silently changed 14 days to 9. A box made scroll-safe
takes the wheel only once it has the focus (clicked or tabbed into); otherwise the
turn goes on to the page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QWidget


class _WheelOnlyWhenFocused(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False
        page = watched.parentWidget()
        while page is not None and not isinstance(page, QAbstractScrollArea):
            page = page.parentWidget()
        if page is not None:  # the turn scrolls the page, as over any other part of it
            QCoreApplication.sendEvent(page.verticalScrollBar(), event)
        return True


def scroll_safe(box: QAbstractSpinBox) -> QAbstractSpinBox:
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no focus from the wheel itself
    keeper = _WheelOnlyWhenFocused(box)
    box.installEventFilter(keeper)
    return box
