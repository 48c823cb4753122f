"""The main window: areas in the navigation, figures from the store on the home
page, and size, position and last area remembered between runs."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from hearth_desk.domain.models import GridNode, Household, Resident
from hearth_desk.services.community import set_community
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.worker import BackgroundTask
from hearth_desk.ui.shell.main_window import MainWindow
from hearth_desk.ui.shell.settings import UiSettings
from tests.support.presenters import RecordingPresenter


def _fill(store: Store) -> None:
    with store.transaction() as session:
        set_community(session, "和平里社区", "和平里街道", "北京市东城区")
        compound = GridNode(level="compound", name="洪山小区", leader_name="王喆")
        building = GridNode(level="building", name="3栋", parent=compound, leader_name="李堃")
        unit = GridNode(level="unit", name="2单元", parent=building)
        home = Household(unit=unit, door="0401")
        session.add_all(
            [
                Resident(
                    household=home,
                    name="𠮷燊",
                    gender="M",
                    relation="户主",
                    birth_date=dt.date(1938, 3, 4),
                ),
                Resident(
                    household=home,
                    name="龑",
                    gender="F",
                    relation="配偶",
                    birth_date=dt.date(1942, 5, 6),
                ),
            ]
        )


def _window(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> MainWindow:
    window = MainWindow(store, UiSettings(), errors)
    qtbot.addWidget(window)
    return window


def test_home_page_shows_the_stores_figures_and_notices(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    _fill(store)
    window = _window(qtbot, store, errors)
    with qtbot.waitSignal(window.home.loaded, timeout=5000):
        window.show()
        window.home.refresh()
    assert window.home.heading.text() == "北京市东城区和平里街道和平里社区"
    assert window.home.cards["households"].value.text() == "1"
    assert window.home.cards["residents"].value.text() == "2"
    assert window.home.cards["aged_80_plus"].value.text() == "2"
    notices = [window.home.notices.item(i).text() for i in range(window.home.notices.count())]
    assert notices == [
        "Back up to a USB stick: the last one is over 7 days old or missing.",
        "1 units have no grid leader.",
    ]
    assert "No backup has been made to a USB stick yet." in window.home.backup_status.text()
    assert errors.shown == []


def test_a_recent_usb_backup_shows_on_the_home_page_without_nagging(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    from pathlib import Path

    from hearth_desk.services.backup.auto import record_external_backup

    _fill(store)
    record_external_backup(store.location.data_dir, Path("/media/U盘/b.hdbak"))
    window = _window(qtbot, store, errors)
    with qtbot.waitSignal(window.home.loaded, timeout=5000):
        window.show()
        window.home.refresh()
    assert "(today)" in window.home.backup_status.text()  # not "0 days ago"
    notices = [window.home.notices.item(i).text() for i in range(window.home.notices.count())]
    assert notices == ["1 units have no grid leader."]


def test_navigation_lists_only_areas_that_exist(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    window = _window(qtbot, store, errors)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == [
        "Home",
        "Ledger",
        "Heart tree",
        "Events",
        "Visits",
        "Classes",
        "Volunteering",
        "Certificates",
        "Print",
        "Backup",
        "Settings",
    ]
    window.show_area("settings")
    assert window.pages.currentWidget() is window.settings_page


def test_geometry_and_last_area_are_remembered(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    window = _window(qtbot, store, errors)
    window.show()
    window.setGeometry(QRect(40, 50, 700, 500))
    window.show_area("settings")
    window.close()
    assert UiSettings().geometry == window.saveGeometry()
    again = _window(qtbot, store, errors)
    again.show()
    assert again.current_area == "settings"
    # The offscreen screen is 800 px wide, so only the vertical placement survives intact.
    assert (again.y(), again.height()) == (window.y(), window.height())


def test_settings_page_renames_the_community_and_home_follows(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    _fill(store)
    window = _window(qtbot, store, errors)
    window.show()
    form = window.settings_page.community_form
    form.community.setText("安定门社区")
    with qtbot.waitSignal(window.home.loaded, timeout=5000):
        window.settings_page.save_community.click()
    assert window.home.heading.text().endswith("安定门社区")


def test_language_choice_is_saved(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> None:
    window = _window(qtbot, store, errors)
    combo = window.settings_page.language
    combo.setCurrentIndex(combo.findData("zh_TW"))
    assert UiSettings().language == "zh_TW"
    assert window.settings_page.language_note.text()


def test_areas_and_ledger_actions_have_keys(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    window = _window(qtbot, store, errors)
    from PySide6.QtGui import QShortcut

    shortcuts = {s.key().toString(): s for s in window.findChildren(QShortcut)}
    for row, key in enumerate(
        (
            "home",
            "ledger",
            "tree",
            "events",
            "visits",
            "classes",
            "volunteering",
            "certificates",
            "print",
            "backup",
        )
    ):
        shortcuts[f"Ctrl+{(row + 1) % 10}"].activated.emit()  # what pressing the keys does
        assert window.current_area == key
        assert window.navigation.item(row).toolTip() == f"Ctrl+{(row + 1) % 10}"
    # Eleven areas: Settings, the last, has Ctrl+, (the usual key for preferences).
    shortcuts["Ctrl+,"].activated.emit()
    assert window.current_area == "settings"
    assert window.navigation.item(window.navigation.count() - 1).toolTip() == "Ctrl+,"
    keys = {a.text(): a.shortcut().toString() for a in window.ledger.toolbar.actions()}
    assert {"Ctrl+I", "Ctrl+E", "Ctrl+P", "Ctrl+Shift+P"} <= set(keys.values())


def test_the_first_start_opens_maximised_and_later_starts_as_left(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    first = _window(qtbot, store, errors)
    assert first.first_start
    first.close()  # remembers the geometry
    assert not _window(qtbot, store, errors).first_start


def test_a_page_is_built_when_first_shown(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    """Only the page the window opens on is built at start; the others (and their
    modules: Qt PDF, the keyring) wait until they are shown or asked for."""
    window = MainWindow(store, UiSettings(), errors)
    qtbot.addWidget(window)
    assert window.current_area == "home" and window.built_areas() == ["home"]
    window.show_area("print")
    assert window.built_areas() == ["home", "print"]
    assert window.pages.currentWidget() is window.print_page
    window.show_area("home")
    assert window.pages.currentWidget() is window.home
    assert window.ledger_actions is not None  # asking builds the ledger, not shown
    assert window.built_areas() == ["home", "ledger", "print"]
    assert window.current_area == "home" and window.pages.currentWidget() is window.home


def test_a_cold_start_on_the_home_page_imports_no_other_area(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from hearth_desk.cli.main import main\n"
        "main(['--data-dir', sys.argv[1], 'demo', '--households', '3'])\n"
        "main(['--data-dir', sys.argv[1]])\n"
        "print('LOADED', sorted(m for m in sys.modules if m.startswith(tuple(sys.argv[2:]))))\n"
    )
    heavy = ("PySide6.QtPdf", "keyring", "cryptography", "openpyxl", "reportlab")
    areas = ("hearth_desk.ui.ledger", "hearth_desk.ui.backup.backup_page")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HEARTH_DESK_QUIT_AFTER_FIRST_PAINT": "1",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    finished = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "data"), *heavy, *areas],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert "first-paint" in finished.stdout, finished.stderr
    assert "LOADED []" in finished.stdout


def test_an_area_chosen_from_the_keyboard_takes_the_focus(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    """Ctrl+2 and typing a name searches: the focus goes into the area shown, not
    left on the navigation list."""
    from PySide6.QtGui import QShortcut
    from PySide6.QtWidgets import QApplication

    window = _window(qtbot, store, errors)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.navigation.setFocus()
    shortcuts = {s.key().toString(): s for s in window.findChildren(QShortcut)}
    shortcuts["Ctrl+2"].activated.emit()
    assert QApplication.focusWidget() is window.ledger.search_edit
    shortcuts["Ctrl+,"].activated.emit()
    focused = QApplication.focusWidget()
    assert focused is not None and window.settings_page.isAncestorOf(focused)


def test_an_event_pages_print_buttons_open_their_printouts(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    """The event page asks the shell to print; each of its buttons names a printout the
    catalogue has, and the Print area previews it for that event."""
    from tests.support.event_printouts import printed_talk

    with store.transaction() as session:
        event_id = printed_talk(session).event_id
    window = _window(qtbot, store, errors)
    window.show()
    window.show_area("events")
    page = window.events_page
    page.select(event_id)
    assert page.view.event_id == event_id
    window.print_page.ask_event_choice = lambda _title, _options, preset: _paper(preset)
    for button in ("signin", "notice", "calllist"):
        page.view.buttons[button].click()
        preview = window.print_page.preview
        assert preview is not None
        qtbot.waitUntil(lambda p=preview: p.render_result is not None, timeout=20_000)
        preview.close()
    assert errors.shown == []


def _paper(preset: int | None):  # type: ignore[no-untyped-def]
    from hearth_desk.services.ledger.printouts import LedgerChoice
    from hearth_desk.ui.events.print_dialog import EventPrint

    return EventPrint(LedgerChoice(event_id=preset), {"size": "A4"})


def test_the_volunteering_pages_print_button_prints_its_year_without_asking(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    window = _window(qtbot, store, errors)
    window.show()
    window.show_area("volunteering")
    page = window.volunteering_page
    qtbot.waitUntil(lambda: page.figures is not None, timeout=20_000)

    def no_question(*_args: object) -> None:
        raise AssertionError("the page chose the year and team already")

    window.print_page.ask_tree_choice = no_question
    page.year.setValue(2025)
    page.print_button.click()
    preview = window.print_page.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.render_result is not None, timeout=20_000)
    preview.close()
    qtbot.waitUntil(lambda: not BackgroundTask._running, timeout=20_000)
    assert errors.shown == []
