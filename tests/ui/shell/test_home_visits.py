"""The home page shows the overdue requests in red and reminds of a quarter without a
joint meeting; a click leads to 走访, and a write elsewhere updates both."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hearth_desk.services.visits.meetings import NewMeeting, hold_meeting
from hearth_desk.services.visits.requests import NewRequest, register_request
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.operations import write
from hearth_desk.ui.shell.main_window import MainWindow
from hearth_desk.ui.shell.settings import UiSettings
from tests.support.presenters import RecordingPresenter

THIS_QUARTER = "No joint meeting has been held this quarter."


def _notices(window: MainWindow) -> list[str]:
    return [window.home.notices.item(i).text() for i in range(window.home.notices.count())]


def test_overdue_requests_and_a_quarter_without_a_meeting(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    today = dt.date.today()
    quarter_start = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    with store.transaction() as session:
        register_request(
            session,
            NewRequest("楼道灯不亮", place="和平里一区", registered_on=today - dt.timedelta(60)),
        )
        hold_meeting(session, NewMeeting(quarter_start - dt.timedelta(days=1)))
    window = MainWindow(store, UiSettings(), errors)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home.loaded, timeout=10_000):
        window.show()
        window.home.refresh()
    card = window.home.cards["overdue_requests"]
    assert card.value.text() == "1"
    assert "#a4161a" in card.value.styleSheet()  # red
    assert "1 requests are overdue." in _notices(window)
    assert THIS_QUARTER in _notices(window)

    # A request registered and a meeting held elsewhere: the home page follows.
    with qtbot.waitSignal(window.home.loaded, timeout=10_000):
        write(
            store,
            lambda s: register_request(
                s,
                NewRequest("围墙开裂", place="和平里一区", registered_on=today - dt.timedelta(60)),
            ),
            initiator=None,
        )
    assert card.value.text() == "2"
    with qtbot.waitSignal(window.home.loaded, timeout=10_000):
        write(store, lambda s: hold_meeting(s, NewMeeting(today)), initiator=None)
    assert THIS_QUARTER not in _notices(window)

    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.current_area == "visits"
    assert errors.shown == []
