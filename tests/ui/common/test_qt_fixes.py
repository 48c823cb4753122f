"""PySide6 6.12.0 loses a reference to True on every Signal.emit()/disconnect();
after a few thousand emits CPython aborts. The window must survive a busy day."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

import hearth_desk.ui  # noqa: F401 - installs the workaround


class _Emitter(QObject):
    changed = Signal(int)
    done = Signal()


def test_emitting_and_disconnecting_keep_true_alive() -> None:
    emitter = _Emitter()
    received: list[int] = []

    def slot(value: int) -> None:
        received.append(value)

    before = sys.getrefcount(True)
    for number in range(20_000):
        emitter.changed.connect(slot)
        emitter.changed.emit(number)
        emitter.done.emit()
        emitter.changed.disconnect(slot)
    assert len(received) == 20_000
    assert sys.getrefcount(True) >= before


def test_calling_qt_setters_all_day_keeps_none_alive(qapp: object) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    for number in range(100_000):  # about a busy day of table edits and redraws
        label.setText(str(number))
        label.setToolTip("")
    assert sys.getrefcount(None) > 1_000_000
