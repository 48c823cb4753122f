"""The main window: navigation on the left, one page per area of the program.

Areas appear here as they are built; each is a page widget with a key under which
the window remembers that it was the last one open. Pages keep themselves current
from the change hub; the window only switches between them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from hearth_desk.storage.store import Store
from hearth_desk.ui.backup.backup_page import BackupPage
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.ledger.ledger_actions import LedgerActions
from hearth_desk.ui.ledger.ledger_page import LedgerPage
from hearth_desk.ui.shell.home_page import HomePage
from hearth_desk.ui.shell.print_page import PrintPage
from hearth_desk.ui.shell.settings import UiSettings
from hearth_desk.ui.shell.settings_page import SettingsPage

# app.run_window's loop restores and reopens the store when the window exits with it.
RESTORE_EXIT_CODE = 75
# ... and opens the window again (new language, new font size) on this one.
RESTART_EXIT_CODE = 76


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: UiSettings, errors: ErrorPresenter) -> None:
        super().__init__()
        self._settings = settings
        self.setWindowTitle(self.tr("Hearth Desk"))
        self.home = HomePage(store, errors)
        self.ledger = LedgerPage(store, errors)
        self.ledger_actions = LedgerActions(self.ledger, store, errors)
        self.print_page = PrintPage(store, settings, errors)
        self.backup_page = BackupPage(store, errors)
        self.settings_page = SettingsPage(store, settings, errors)
        # No refresh is wired here: each page hears the writes it shows on the change
        # hub (ui/common/operations.py). What remains is navigation and the restore.
        self.ledger_actions.print_requested.connect(self.print_page.open_preview)
        self.backup_page.restore_confirmed.connect(self.request_restore)
        self.settings_page.restart_requested.connect(self.request_restart)
        # A clicked notice on the home page goes to where it is put right.
        self.home.go_to.connect(self.show_area)
        # What run_window should restore after this window has closed the store.
        self.pending_restore: tuple[Path, str | None] | None = None
        self.areas: list[tuple[str, str, QWidget]] = [
            ("home", self.tr("Home"), self.home),
            ("ledger", self.tr("Ledger"), self.ledger),
            ("print", self.tr("Print"), self.print_page),
            ("backup", self.tr("Backup"), self.backup_page),
            ("settings", self.tr("Settings"), self.settings_page),
        ]

        self.navigation = QListWidget()
        self.navigation.setFixedWidth(160)
        self.navigation.setStyleSheet(
            "QListWidget { font-size: 15pt; } QListWidget::item { padding: 10px; }"
        )
        self.pages = QStackedWidget()
        for _key, title, page in self.areas:
            QListWidgetItem(title, self.navigation)
            self.pages.addWidget(page)
        self.navigation.currentRowChanged.connect(self._area_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        # Ctrl+1 … Ctrl+5 go to the areas, in the order the navigation lists them.
        for row in range(len(self.areas)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self)
            shortcut.activated.connect(lambda row=row: self.navigation.setCurrentRow(row))
            self.navigation.item(row).setToolTip(f"Ctrl+{row + 1}")

        geometry = settings.geometry
        # On first start the window opens maximised: at 1100×720 the ledger's address,
        # relation, care-tag and status columns were off screen. Later the size and
        # place the user left it in are used.
        self.first_start = geometry is None or not self.restoreGeometry(geometry)
        if self.first_start:
            self.resize(QSize(1100, 720))
        keys = [key for key, _title, _page in self.areas]
        last = settings.last_area
        self.navigation.setCurrentRow(keys.index(last) if last in keys else 0)

    @property
    def current_area(self) -> str:
        return self.areas[self.navigation.currentRow()][0]

    def show_area(self, key: str) -> None:
        keys = [area_key for area_key, _title, _page in self.areas]
        self.navigation.setCurrentRow(keys.index(key))

    def _area_changed(self, row: int) -> None:
        self.pages.setCurrentIndex(row)

    def request_restore(self, path: Path, passphrase: str | None) -> None:
        """Leave the event loop so that the store is restored with no page using it."""
        self.pending_restore = (path, passphrase)
        self._remember_layout()
        # Not close(): closing the last window posts a Quit event that would end the
        # event loop run_window uses for the restore itself.
        QCoreApplication.exit(RESTORE_EXIT_CODE)

    def request_restart(self) -> None:
        """Leave the event loop; run_window opens the window again in the new language
        and font size, on the same store."""
        self._remember_layout()
        QCoreApplication.exit(RESTART_EXIT_CODE)

    def _remember_layout(self) -> None:
        self._settings.geometry = self.saveGeometry()
        self._settings.last_area = self.current_area
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._remember_layout()
        super().closeEvent(event)
