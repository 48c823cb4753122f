"""The main window: navigation on the left, one page per area of the program.

Areas appear here as they are built; each is a page widget with a key under which
the window remembers that it was the last one open. Pages keep themselves current
from the change hub; the window only switches between them.

A page is built (and its modules imported) when it is first shown or asked for, not
at start: the print preview alone brings in Qt PDF, the Backup page the keyring. The
window opens on one page, so a cold start pays for that page only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from hearth_desk.storage.store import Store
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.shell.home_page import HomePage
from hearth_desk.ui.shell.settings import UiSettings
from hearth_desk.ui.visits.desk_dialog import DeskBar, DeskDialog

if TYPE_CHECKING:
    from hearth_desk.ui.backup.backup_page import BackupPage
    from hearth_desk.ui.certificates.certificates_page import CertificatesPage
    from hearth_desk.ui.classes.classes_page import ClassesPage
    from hearth_desk.ui.events.events_page import EventsPage
    from hearth_desk.ui.ledger.ledger_actions import LedgerActions
    from hearth_desk.ui.ledger.ledger_page import LedgerPage
    from hearth_desk.ui.shell.print_page import PrintPage
    from hearth_desk.ui.shell.settings_page import SettingsPage
    from hearth_desk.ui.tree.tree_page import TreePage
    from hearth_desk.ui.visits.visits_page import VisitsPage
    from hearth_desk.ui.volunteering.volunteering_page import VolunteeringPage

# app.run_window's loop restores and reopens the store when the window exits with it.
RESTORE_EXIT_CODE = 75
# ... and opens the window again (new language, new font size) on this one.
RESTART_EXIT_CODE = 76
AREA_DIGITS = "1234567890"
SETTINGS_KEY = "Ctrl+,"


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: UiSettings, errors: ErrorPresenter) -> None:
        super().__init__()
        self._store, self._settings, self._errors = store, settings, errors
        self.setWindowTitle(self.tr("Hearth Desk"))
        # What run_window should restore after this window has closed the store.
        self.pending_restore: tuple[Path, str | None] | None = None
        self._ledger_actions: LedgerActions | None = None
        # Each area's key, title and the function that builds its page.
        self.areas: list[tuple[str, str, Callable[[], QWidget]]] = [
            ("home", self.tr("Home"), self._build_home),
            ("ledger", self.tr("Ledger"), self._build_ledger),
            ("tree", self.tr("Heart tree"), self._build_tree),  # fits the navigation
            ("events", self.tr("Events"), self._build_events),
            ("visits", self.tr("Visits"), self._build_visits),
            ("classes", self.tr("Classes"), self._build_classes),  # 老年大学; fits the navigation
            ("volunteering", self.tr("Volunteering"), self._build_volunteering),
            ("certificates", self.tr("Certificates"), self._build_certificates),
            ("print", self.tr("Print"), self._build_print),
            ("backup", self.tr("Backup"), self._build_backup),
            ("settings", self.tr("Settings"), self._build_settings),
        ]
        self._built: dict[str, QWidget] = {}

        self.navigation = QListWidget()
        self.navigation.setFixedWidth(160)
        self.navigation.setStyleSheet(
            "QListWidget { font-size: 15pt; } QListWidget::item { padding: 10px; }"
        )
        self.pages = QStackedWidget()
        for _key, title, _build in self.areas:
            QListWidgetItem(title, self.navigation)
            self.pages.addWidget(QWidget())  # stands in until the page is first shown
        self.navigation.currentRowChanged.connect(self._area_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        # Ctrl+1 … Ctrl+9 and Ctrl+0 go to the first ten areas, in the order the
        # navigation lists them: the keys along the top row of the keyboard. Settings,
        # always last, has the usual key for preferences, Ctrl+, .
        shortcut_keys = [f"Ctrl+{digit}" for digit in AREA_DIGITS[: len(self.areas) - 1]]
        shortcut_keys.append(SETTINGS_KEY)
        for row, key in enumerate(shortcut_keys):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda row=row: self.go_to_area(row))
            self.navigation.item(row).setToolTip(key)

        # Who change records name: shown in the status bar, changed over with 换人….
        self.desk = DeskBar(store, lambda: settings.desk_person, self._remember_desk_person)
        self.statusBar().addPermanentWidget(self.desk)

        geometry = settings.geometry
        # On first start the window opens maximised: at 1100×720 the ledger's address,
        # relation, care-tag and status columns were off screen. Later the size and
        # place the user left it in are used.
        self.first_start = geometry is None or not self.restoreGeometry(geometry)
        if self.first_start:
            self.resize(QSize(1100, 720))
        keys = self.area_keys
        last = settings.last_area
        self.navigation.setCurrentRow(keys.index(last) if last in keys else 0)

    # --- the pages, built when first wanted -------------------------------------------

    @property
    def area_keys(self) -> list[str]:
        return [key for key, _title, _build in self.areas]

    def page(self, key: str) -> QWidget:
        """The page of area ``key``, built now if it has not been yet."""
        page = self._built.get(key)
        if page is None:
            row = self.area_keys.index(key)
            page = self._built[key] = self.areas[row][2]()
            stand_in = self.pages.widget(row)
            current = self.pages.currentIndex()
            self.pages.insertWidget(row, page)
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
            self.pages.setCurrentIndex(current)
        return page

    def built_areas(self) -> list[str]:
        return [key for key in self.area_keys if key in self._built]

    @property
    def home(self) -> HomePage:
        return self.page("home")  # type: ignore[return-value]

    @property
    def ledger(self) -> LedgerPage:
        return self.page("ledger")  # type: ignore[return-value]

    @property
    def ledger_actions(self) -> LedgerActions:
        self.page("ledger")
        assert self._ledger_actions is not None
        return self._ledger_actions

    @property
    def tree_page(self) -> TreePage:
        return self.page("tree")  # type: ignore[return-value]

    @property
    def events_page(self) -> EventsPage:
        return self.page("events")  # type: ignore[return-value]

    @property
    def visits_page(self) -> VisitsPage:
        return self.page("visits")  # type: ignore[return-value]

    @property
    def classes_page(self) -> ClassesPage:
        return self.page("classes")  # type: ignore[return-value]

    @property
    def volunteering_page(self) -> VolunteeringPage:
        return self.page("volunteering")  # type: ignore[return-value]

    @property
    def certificates_page(self) -> CertificatesPage:
        return self.page("certificates")  # type: ignore[return-value]

    @property
    def print_page(self) -> PrintPage:
        return self.page("print")  # type: ignore[return-value]

    @property
    def backup_page(self) -> BackupPage:
        return self.page("backup")  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        return self.page("settings")  # type: ignore[return-value]

    def _build_home(self) -> QWidget:
        page = HomePage(self._store, self._errors)
        # A clicked notice on the home page goes to where it is put right.
        page.go_to.connect(self.show_area)
        return page

    def _build_ledger(self) -> QWidget:
        from hearth_desk.ui.ledger.ledger_actions import LedgerActions
        from hearth_desk.ui.ledger.ledger_page import LedgerPage

        page = LedgerPage(self._store, self._errors)
        self._ledger_actions = LedgerActions(page, self._store, self._errors)
        self._ledger_actions.print_requested.connect(
            lambda key, preset: self.print_page.open_preview(key, preset)
        )
        # A household card's "record a visit" opens the visits' form over the card.
        page.visit_requested.connect(self.record_visit)
        page.thanks_requested.connect(self.log_household_thanks)
        return page

    def record_visit(self, household_id: int) -> None:
        from hearth_desk.ui.visits.visit_form import visit_household

        parent = QApplication.activeModalWidget() or self
        visit_household(self._store, self._errors, household_id, parent)

    def log_household_thanks(self, household_id: int) -> None:
        from hearth_desk.ui.visits.request_forms import thank_household

        parent = QApplication.activeModalWidget() or self
        thank_household(self._store, self._errors, household_id, parent)

    def _build_tree(self) -> QWidget:
        from hearth_desk.ui.tree.tree_page import TreePage

        return TreePage(self._store, self._errors)

    def _build_events(self) -> QWidget:
        from hearth_desk.ui.events.events_page import EventsPage

        page = EventsPage(self._store, self._errors)
        # The event page prints its sign-in sheet, notice and call list in the Print area.
        page.print_requested.connect(
            lambda key, event_id: self.print_page.open_event_printout(key, event_id)
        )
        return page

    def _build_visits(self) -> QWidget:
        from hearth_desk.ui.visits.visits_page import VisitsPage

        page = VisitsPage(self._store, self._errors, self._settings.language)
        # Its round sheets, problem ledger, minutes and sign-in sheets print from the
        # Print area, preset to what the tab shows.
        page.print_requested.connect(lambda key, preset: self.print_page.open_preview(key, preset))
        return page

    def _build_classes(self) -> QWidget:
        from hearth_desk.ui.classes.classes_page import ClassesPage

        page = ClassesPage(self._store, self._errors)
        # Its timetable, attendance sheets and class rosters print from the Print area,
        # preset to the term and class shown.
        page.print_requested.connect(lambda key, preset: self.print_page.open_preview(key, preset))
        return page

    def _build_volunteering(self) -> QWidget:
        from hearth_desk.services.ledger.printouts import LedgerChoice
        from hearth_desk.ui.volunteering.volunteering_page import VolunteeringPage

        page = VolunteeringPage(self._store, self._errors, self._settings.language)
        # Its yearly report prints from the Print area, for the year and team shown.
        page.print_requested.connect(
            lambda year, team_id: self.print_page.open_preview(
                "yearbook", LedgerChoice(year=year, team_id=team_id)
            )
        )
        return page

    def _build_certificates(self) -> QWidget:
        from hearth_desk.services.ledger.printouts import LedgerChoice
        from hearth_desk.ui.certificates.certificates_page import CertificatesPage

        page = CertificatesPage(self._store, self._errors, self._settings.language)
        # The register and the public notice print from the Print area, for that year.
        page.print_requested.connect(
            lambda key, year: self.print_page.open_preview(key, LedgerChoice(year=year))
        )
        return page

    def _build_print(self) -> QWidget:
        from hearth_desk.ui.shell.print_page import PrintPage

        return PrintPage(self._store, self._settings, self._errors)

    def _build_backup(self) -> QWidget:
        from hearth_desk.ui.backup.backup_page import BackupPage

        page = BackupPage(self._store, self._errors)
        page.restore_confirmed.connect(self.request_restore)
        return page

    def _build_settings(self) -> QWidget:
        from hearth_desk.ui.shell.settings_page import SettingsPage

        page = SettingsPage(self._store, self._settings, self._errors)
        page.restart_requested.connect(self.request_restart)
        return page

    @property
    def current_area(self) -> str:
        return self.areas[self.navigation.currentRow()][0]

    def go_to_area(self, row: int) -> None:
        """From the keyboard: show the area and put the focus in it (its focus proxy,
        such as the ledger's search line, or its first field), so typing goes on there."""
        self.navigation.setCurrentRow(row)
        page = self.pages.currentWidget()
        if page.focusProxy() is not None:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        widget = page.nextInFocusChain()
        while widget is not page and widget is not None:
            if (
                page.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()

    def show_area(self, key: str) -> None:
        self.navigation.setCurrentRow(self.area_keys.index(key))

    def _area_changed(self, row: int) -> None:
        self.page(self.area_keys[row])
        self.pages.setCurrentIndex(row)

    # --- the person at the desk --------------------------------------------------------

    def ask_who_is_at_the_desk(self, *, quiet: bool = False) -> DeskDialog | None:
        """The desk dialog over the window (run_window opens it at start, ``quiet``)."""
        return self.desk.ask(quiet=quiet)

    def _remember_desk_person(self, name: str) -> None:
        self._settings.desk_person = name
        self._settings.sync()

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
