"""Window tests: an open store and an ErrorPresenter whose dialogs are recorded, not
shown; and pages that stop listening to the change hub when their test ends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hearth_desk.ui.shell.settings import UiSettings
from tests.support.presenters import RecordingPresenter


@pytest.fixture
def errors(tmp_path: Path) -> RecordingPresenter:
    return RecordingPresenter(tmp_path / "logs" / "hearth-desk.log")


@pytest.fixture(autouse=True)
def deaf_pages_after_the_test(qapp: object) -> Iterator[None]:
    """A test's pages are closed at its end but deleted only later; the next test's
    writes must not reach them (their store is closed by then)."""
    yield
    from PySide6.QtCore import SIGNAL

    from hearth_desk.ui.common.operations import change_hub

    hub = change_hub()
    if hub.receivers(SIGNAL("changed(PyObject)")):
        hub.changed.disconnect()


@pytest.fixture
def ui_settings() -> Iterator[UiSettings]:
    yield UiSettings()


@pytest.fixture
def answer_message_boxes(qapp: object) -> Iterator[list[str]]:
    """Accept every message box as soon as it shows (they would block the test);
    yields the texts they showed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    texts: list[str] = []

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                texts.append(widget.text())
                widget.accept()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(30)
    yield texts
    timer.stop()
