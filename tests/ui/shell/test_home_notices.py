"""Home page notices take the user where each is put right, through the main
window's navigation; the figures say what they count."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem
from pytestqt.qtbot import QtBot

from hearth_desk.domain.models import ResidentStatus
from hearth_desk.services.community import set_community
from hearth_desk.services.ledger import households as ledger
from hearth_desk.services.ledger.households import household_members
from hearth_desk.storage.store import Store
from hearth_desk.ui.shell.main_window import MainWindow
from hearth_desk.ui.shell.settings import UiSettings
from tests.support.factories import small_ledger
from tests.support.presenters import RecordingPresenter


def _window(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> MainWindow:
    window = MainWindow(store, UiSettings(), errors)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home.loaded, timeout=10_000):
        window.show()
        window.home.refresh()
    return window


def _notice(window: MainWindow, words: str) -> QListWidgetItem:
    items = [window.home.notices.item(i) for i in range(window.home.notices.count())]
    found = [item for item in items if words in item.text()]
    assert len(found) == 1, [item.text() for item in items]
    return found[0]


def _click(qtbot: QtBot, window: MainWindow, item: QListWidgetItem) -> None:
    notices = window.home.notices
    rect = notices.visualItemRect(item)
    qtbot.mouseClick(notices.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_a_notice_goes_to_the_area_that_puts_it_right(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    with store.transaction() as session:
        small_ledger(session)  # no community name, units without grid leaders
    window = _window(qtbot, store, errors)
    assert window.current_area == "home"

    _click(qtbot, window, _notice(window, "community's name"))
    assert window.current_area == "settings"

    window.show_area("home")
    _click(qtbot, window, _notice(window, "grid leader"))
    assert window.current_area == "ledger"

    window.show_area("home")
    _click(qtbot, window, _notice(window, "Back up to a USB stick"))
    assert window.current_area == "backup"

    # From the keyboard too: Enter on a chosen notice.
    window.show_area("home")
    notices = window.home.notices
    notices.setCurrentItem(_notice(window, "community's name"))
    notices.setFocus()
    qtbot.keyClick(notices, Qt.Key.Key_Return)
    assert window.current_area == "settings"
    assert errors.shown == []


def test_the_figures_say_what_they_count(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    with store.transaction() as session:
        set_community(session, "和平里社区", "和平里街道")
        homes = small_ledger(session)  # 3 households, 5 residents
        for member in household_members(session, homes["shan"].id):
            ledger.set_status(session, member.id, ResidentStatus.MOVED_OUT, dt.date(2026, 1, 5))
    window = _window(qtbot, store, errors)
    cards = window.home.cards
    assert cards["residents"].caption.text() == "Residents living here"
    assert cards["residents"].value.text() == "4"
    # Every household is counted; the one the building ledger leaves out is said.
    assert cards["households"].value.text() == "3"
    assert cards["households"].detail.text() == "of which 1 with no one living there"
    assert cards["households"].detail.isVisible()
    _click(qtbot, window, _notice(window, "1 households have no residents living there."))
    assert window.current_area == "ledger"
