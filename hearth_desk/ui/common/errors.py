"""How the window shows problems.

A ``UserError`` becomes a dialog that says what is wrong and where. Anything else
is a bug: logged with its traceback (redacted by the log formatter) and shown as a
short apology naming the log file. ``install_excepthook`` routes exceptions raised
in Qt slots here too, since PySide hands them to ``sys.excepthook``, where they
would otherwise only be printed to a console the office never sees.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hearth_desk.domain.errors import Cancelled, UserError

log = logging.getLogger(__name__)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ErrorPresenter:
    """Shows errors to the user; one per application, knows where the log is."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self._showing = False

    def show(self, error: BaseException, parent: QWidget | None = None) -> None:
        if isinstance(error, Cancelled):
            return
        if isinstance(error, UserError):
            self._dialog(
                parent,
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("Errors", "Cannot do that"),
                error.translated(translate),
            )
            return
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
        self._apologise(parent)

    def _apologise(self, parent: QWidget | None) -> None:
        self._dialog(
            parent,
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Errors", "Sorry"),
            QCoreApplication.translate(
                "Errors",
                "Something went wrong inside Hearth Desk. Your data is safe; "
                "the details were written to {log}.",
            ).format(log=self.log_path),
        )

    def _dialog(
        self, parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
    ) -> None:
        if self._showing:  # an error while showing an error must not stack dialogs
            return
        self._showing = True
        try:
            box = QMessageBox(
                icon,
                title,
                text,
                QMessageBox.StandardButton.Ok,
                parent or QApplication.activeWindow(),
            )
            box.exec()
        finally:
            self._showing = False

    def excepthook(
        self, kind: type[BaseException], error: BaseException, traceback: TracebackType | None
    ) -> None:
        if isinstance(error, UserError | Cancelled):
            self.show(error)
            return
        log.error("uncaught exception in the window", exc_info=(kind, error, traceback))
        self._apologise(None)

    def install_excepthook(self) -> None:
        sys.excepthook = self.excepthook
