"""Answering the message boxes a window test brings up, by the button's text, and
showing edit dialogs that do not ask when the test closes them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hearth_desk.ui.common.edit_dialog import EditDialog


@dataclass
class Asked:
    """What each box asked, and which button it offered as the default."""

    texts: list[str] = field(default_factory=list)
    defaults: list[str] = field(default_factory=list)


@contextmanager
def answering(button_text: str) -> Iterator[Asked]:
    """Click the button labelled ``button_text`` in every box that shows meanwhile."""
    asked = Asked()

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                asked.texts.append(widget.text())
                default = widget.defaultButton()
                asked.defaults.append(default.text() if default else "")
                next(b for b in widget.buttons() if b.text() == button_text).click()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    try:
        yield asked
    finally:
        timer.stop()


def show_edit_dialog(qtbot: Any, dialog: EditDialog) -> EditDialog:
    """Show ``dialog`` for a test; at the test's end it closes without asking, whatever
    was typed (a question then would wait for an answer for ever)."""
    qtbot.addWidget(dialog, before_close_func=lambda shown: shown.mark_clean())
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog
