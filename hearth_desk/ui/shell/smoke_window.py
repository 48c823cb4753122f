"""The window part of ``hearth-desk --smoke-test``: open the main window on a store,
visit every area as a user would with Ctrl+1…9 and Ctrl+0, let each finish what it loads on the
worker thread, and close it the way the close button does.

It runs offscreen (no screen is needed on a build machine) with settings kept in a
throwaway file, so a smoke test on an office PC leaves its user's choices alone.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QSettings,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)

from hearth_desk.storage.store import Store

AREA_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class WindowVisit:
    areas: tuple[str, ...]  # the areas shown, in order
    font_families: tuple[str, ...]  # the bundled faces Qt registered
    qt_translations: tuple[str, ...]  # the Qt base catalogues that loaded
    window_font: str  # the first family of the window's font
    closed_cleanly: bool


def visit_every_area(store: Store, settings_file: Path) -> WindowVisit:
    """Show the window, go through every area, close it; what was seen on the way."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from hearth_desk.ui.common.errors import ErrorPresenter
    from hearth_desk.ui.common.fonts import register_bundled_fonts
    from hearth_desk.ui.common.worker import BackgroundTask
    from hearth_desk.ui.shell.app import make_application
    from hearth_desk.ui.shell.main_window import MainWindow
    from hearth_desk.ui.shell.settings import UiSettings

    app = make_application()
    # The offscreen platform says it cannot size windows to their hints, once per
    # dialog: true and harmless here, and not a line an IT helper should puzzle over.
    qInstallMessageHandler(_quiet_offscreen_notes)
    families = tuple(register_bundled_fonts())
    settings = UiSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    errors = ErrorPresenter(store.location.log_dir / "hearth-desk.log")
    window = MainWindow(store, settings, errors)
    window.show()
    shown: list[str] = []
    for row, key in enumerate(window.area_keys):
        window.go_to_area(row)
        _settle(app, BackgroundTask)
        if window.current_area == key and window.page(key).isVisible():
            shown.append(key)
    closed = window.close()
    _settle(app, BackgroundTask)
    BackgroundTask.shut_down()
    first = (app.font().families() or [app.font().family()])[0]
    return WindowVisit(tuple(shown), families, _qt_translations(), first, closed)


def _quiet_offscreen_notes(kind: QtMsgType, context: object, message: str) -> None:
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def _settle(app: QCoreApplication, tasks: type) -> None:
    """Process events until no worker task runs (an area's first load), within limits."""
    deadline = time.monotonic() + AREA_TIMEOUT_S
    while True:
        app.processEvents()
        if not tasks._running or time.monotonic() > deadline:  # type: ignore[attr-defined]
            break
        time.sleep(0.01)
    app.processEvents()


def _qt_translations() -> tuple[str, ...]:
    """Which of Qt's own Chinese catalogues (button texts of its dialogs) load."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = []
    for name in ("qtbase_zh_CN", "qtbase_zh_TW"):
        if QTranslator().load(name, folder):
            loaded.append(name)
    return tuple(loaded)
