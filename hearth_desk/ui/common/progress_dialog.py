"""A progress dialog in front of a ``BackgroundTask``, with a working Cancel button."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from hearth_desk.services.progress import Progress
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.worker import BackgroundTask


def run_with_progress(
    parent: QWidget | None, title: str, call: Callable[[Progress], Any], errors: ErrorPresenter
) -> BackgroundTask:
    """Start ``call`` off the UI thread behind a modal progress dialog.

    Connect to the returned task's ``succeeded`` for the result; failures are shown
    through ``errors``, and a cancelled call has already rolled back.
    """
    dialog = QProgressDialog(title, QProgressDialog.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick calls finish without a flash of dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = BackgroundTask(call, parent)

    def show_progress(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        if message:
            dialog.setLabelText(QCoreApplication.translate("Progress", message))

    def step_aside(*_outcome: object) -> None:
        # Before the caller's slots run: a success message shown in front of a dialog
        # that was still up (or that its own timer showed a moment later, after a
        # quick call) could not be clicked. reset() stops that timer.
        task.progressed.disconnect(show_progress)
        dialog.reset()
        dialog.hide()

    for outcome in (task.succeeded, task.failed, task.cancelled):
        outcome.connect(step_aside)
    task.progressed.connect(show_progress)
    dialog.canceled.connect(task.cancel)
    task.failed.connect(lambda error: errors.show(error, parent))
    task.finished.connect(dialog.deleteLater)
    task.finished.connect(dialog.hide)
    task.start()
    return task
