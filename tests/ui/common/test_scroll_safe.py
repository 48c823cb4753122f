"""A wheel turn over an unfocused number box scrolls the page, not the number."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QSpinBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from hearth_desk.ui.common.scroll_safe import scroll_safe


def _turn_down(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(QPoint(0, 0))) + centre,
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_page_scrolls_until_the_box_is_chosen(qtbot: QtBot) -> None:
    page = QScrollArea()
    qtbot.addWidget(page)
    inside = QWidget()
    layout = QVBoxLayout(inside)
    box = scroll_safe(QSpinBox())
    assert isinstance(box, QSpinBox)
    box.setValue(14)
    layout.addWidget(box)
    for _ in range(40):
        layout.addWidget(QSpinBox())
    page.setWidget(inside)
    page.resize(200, 150)
    page.show()
    _turn_down(box)
    assert box.value() == 14
    assert page.verticalScrollBar().value() > 0
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    _turn_down(box)
    assert box.value() == 13
