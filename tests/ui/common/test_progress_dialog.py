"""The progress dialog steps aside before the caller hears the outcome.

The caller's success slot often shows a message box; with the progress dialog still
standing in front of it, the box's OK could not be clicked (seen after a backup).
"""

from __future__ import annotations

import time

from PySide6.QtWidgets import QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from hearth_desk.services.progress import Progress
from hearth_desk.ui.common.progress_dialog import run_with_progress
from tests.support.presenters import RecordingPresenter


def test_the_dialog_is_hidden_when_the_success_slot_runs(
    qtbot: QtBot, errors: RecordingPresenter
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def slow(progress: Progress) -> str:
        for step in range(30):  # past the dialog's minimum duration, so it shows
            progress.report(step, 30, "")
            time.sleep(0.03)
        return "done"

    seen: list[bool] = []
    task = run_with_progress(parent, "Working…", slow, errors)
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None
    shown: list[bool] = []
    task.progressed.connect(lambda *_: shown.append(dialog.isVisible()))
    task.succeeded.connect(lambda _result: seen.append(dialog.isVisible()))
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert any(shown)  # it did stand in front while working
    assert seen == [False]


def test_a_quick_call_never_shows_the_dialog_behind_its_message(
    qtbot: QtBot, errors: RecordingPresenter
) -> None:
    """A call done before the dialog's minimum duration: the dialog's own timer must
    not pop it up in front of the message the success slot shows."""
    from PySide6.QtCore import QEventLoop, QTimer

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def quick(progress: Progress) -> str:
        progress.report(0, 10, "")
        progress.report(10, 10, "")
        return "done"

    visible_later: list[bool] = []
    task = run_with_progress(parent, "Working…", quick, errors)
    dialog = parent.findChild(QProgressDialog)

    def like_a_message_box(_result: str) -> None:
        loop = QEventLoop()  # what QMessageBox.exec() does
        QTimer.singleShot(800, loop.quit)  # past the dialog's 300 ms timer
        loop.exec()
        visible_later.append(dialog.isVisible())

    task.succeeded.connect(like_a_message_box)
    qtbot.waitUntil(lambda: bool(visible_later), timeout=10_000)
    assert visible_later == [False]
