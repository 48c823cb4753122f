"""Starting the window: application, language, store, first-start questions, main window."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from hearth_desk.bundle import resource_dir
from hearth_desk.domain.errors import UserError
from hearth_desk.logs import LOG_FILE_NAME
from hearth_desk.services.backup.leftovers import clean_up_after_killed_runs
from hearth_desk.services.changes import Changes
from hearth_desk.services.community import get_community
from hearth_desk.services.progress import Progress
from hearth_desk.storage.location import StoreLocation
from hearth_desk.storage.store import Store, open_store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.fonts import install_font_fallbacks
from hearth_desk.ui.common.settled_heap import settle_heap
from hearth_desk.ui.common.translation import install_translators
from hearth_desk.ui.common.worker import BackgroundTask
from hearth_desk.ui.shell.community_dialog import CommunityDialog
from hearth_desk.ui.shell.main_window import RESTART_EXIT_CODE, RESTORE_EXIT_CODE, MainWindow
from hearth_desk.ui.shell.settings import APPLICATION, DEFAULT_FONT_POINTS, ORGANISATION, UiSettings
from hearth_desk.ui.visits.desk_dialog import take_desk_person

log = logging.getLogger(__name__)

# Set by bench/ to measure cold start: the window quits at its first paint.
QUIT_AFTER_PAINT_ENV = "HEARTH_DESK_QUIT_AFTER_FIRST_PAINT"


class _QuitOnFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(f"first-paint {time.perf_counter():.3f}", flush=True)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def make_application(font_points: float = DEFAULT_FONT_POINTS) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    # The taskbar's and title bar's icon; the installer gives the shortcuts the same.
    app.setWindowIcon(QIcon(str(resource_dir("icons") / "hearth-desk.png")))
    install_font_fallbacks(app)
    apply_font_size(app, font_points)
    return app


def apply_font_size(app: QApplication, points: float) -> None:
    """The base font size chosen in Settings (12 points unless changed)."""
    font = app.font()
    font.setPointSizeF(points)
    app.setFont(font)


def start_demo_if_empty(
    window: MainWindow, store: Store, errors: ErrorPresenter
) -> BackgroundTask | None:
    """Fill an empty store with demo data; every page follows from the broadcast."""
    from hearth_desk.services.demo.ledger import fill_demo, store_has_data  # only for --demo

    with store.session() as session:
        if store_has_data(session):
            return None
    return operations.start_write(
        window,
        QCoreApplication.translate("App", "Creating demo data…"),
        store,
        lambda session, progress: fill_demo(session, progress=progress),
        errors,
    )


def ask_for_community_if_missing(window: MainWindow, store: Store) -> None:
    with store.session() as session:
        if get_community(session) is not None:
            return
    CommunityDialog(store, window).exec()  # its save is broadcast: the pages follow


def restore_in_window(
    store: Store,
    location: StoreLocation,
    path: Path,
    passphrase: str | None,
    errors: ErrorPresenter,
) -> tuple[Store, str | None]:
    """Restore ``path`` with no window open on the store; returns the store to go on
    with (reopened after a restore) and the message to show in the new window."""
    from hearth_desk.services.backup.restore import restore_backup

    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def call(progress: Progress) -> object:
        return restore_backup(store, path, passphrase, progress)

    # Everything is replaced; no page is open now, but any still alive must not trust
    # what it showed.
    task = operations.start_job(
        None,
        QCoreApplication.translate("App", "Restoring…"),
        call,
        errors,
        changes=Changes.everything(),
    )
    task.succeeded.connect(lambda result: outcome.setdefault("result", result))
    task.finished.connect(loop.quit)
    loop.exec()
    result = outcome.get("result")
    if result is None:  # failed (already shown) or cancelled: the store is as it was
        return store, None
    store.close()
    reopened = open_store(location)
    message = QCoreApplication.translate(
        "App", "The backup of {time} was restored. The data as it was before is kept in {file}."
    ).format(
        time=result.manifest.created_at.replace("T", " "),  # type: ignore[attr-defined]
        file=result.safety_backup,  # type: ignore[attr-defined]
    )
    return reopened, message


def back_up_on_close(store: Store) -> None:
    """The day's automatic local backup, once the window is gone (it takes about a
    second on a large store); a failure is logged, never in the way of closing."""
    from hearth_desk.services.backup.auto import make_auto_backup

    try:
        make_auto_backup(store)
    except Exception:
        log.warning("automatic backup failed", exc_info=True)


def open_window(
    store: Store,
    settings: UiSettings,
    errors: ErrorPresenter,
    demo: bool,
    message: str | None,
    quitting_at_paint: bool,
    ask_desk: bool = False,
) -> MainWindow:
    """The main window on ``store``; ``ask_desk`` (the first window of a run, not one
    reopened in a new language) asks who is at the desk once it is up."""
    window = MainWindow(store, settings, errors)
    if quitting_at_paint:
        window.installEventFilter(paint_watcher := _QuitOnFirstPaint(window))
        del paint_watcher
    if window.first_start and not quitting_at_paint:
        window.showMaximized()
    else:
        window.show()
    # Once the first page is up: start-up's objects out of the collector's way.
    QTimer.singleShot(0, settle_heap)
    if message:
        QTimer.singleShot(0, lambda: QMessageBox.information(window, window.windowTitle(), message))
    if demo:
        QTimer.singleShot(0, lambda: start_demo_if_empty(window, store, errors))
    elif not quitting_at_paint:
        QTimer.singleShot(0, lambda: ask_for_community_if_missing(window, store))
    if ask_desk and not quitting_at_paint:
        QTimer.singleShot(0, lambda: window.ask_who_is_at_the_desk(quiet=True))
    return window


def run_window(
    location: StoreLocation, *, demo: bool = False, desk_person: str | None = None
) -> int:
    """The window on the store at ``location`` until it closes; ``desk_person`` (the
    global ``--by``) names who is at the desk, so the desk dialog does not ask."""
    settings = UiSettings()
    app = make_application(settings.font_points)
    install_translators(app, settings.language)
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Hearth Desk"))
    errors = ErrorPresenter(location.log_dir / LOG_FILE_NAME)
    errors.install_excepthook()
    clean_up_after_killed_runs(location)  # before the store opens: it takes the lock
    try:
        store = open_store(location)
    except UserError as error:
        errors.show(error)
        return 1
    if desk_person:
        try:
            take_desk_person(store, desk_person)
        except UserError as error:
            store.close()
            errors.show(error)
            return 1
    quitting_at_paint = bool(os.environ.get(QUIT_AFTER_PAINT_ENV))
    message: str | None = None
    ask_desk = not desk_person
    try:
        while True:
            window = open_window(
                store, settings, errors, demo, message, quitting_at_paint, ask_desk
            )
            ask_desk = False
            code = app.exec()
            BackgroundTask.shut_down()
            if code == RESTART_EXIT_CODE:  # a new language or font size, chosen in Settings
                window.hide()
                window.deleteLater()
                install_translators(app, settings.language)
                apply_font_size(app, settings.font_points)
                app.setApplicationDisplayName(QCoreApplication.translate("App", "Hearth Desk"))
                message, demo = None, False
                continue
            if code != RESTORE_EXIT_CODE or window.pending_restore is None:
                break
            path, passphrase = window.pending_restore
            window.hide()
            window.deleteLater()
            store, message = restore_in_window(store, location, path, passphrase, errors)
            demo = False
        if not quitting_at_paint:
            back_up_on_close(store)
        return code
    finally:
        BackgroundTask.shut_down()
        store.close()
