"""The events' print dialog: upcoming events first, then the recent past, as the office
names them; the notice's paper; opened for one event, only the paper is asked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from hearth_desk.services.events.events import EventInput, add_event, cancel_event
from hearth_desk.storage.store import Store
from hearth_desk.ui.events.print_dialog import EventPrintDialog


def test_upcoming_first_then_the_past_and_the_choice(qtbot: QtBot, store: Store) -> None:
    today = dt.date.today()
    with store.transaction() as session:
        soon = add_event(session, EventInput("便民服务日", today + dt.timedelta(days=6))).id
        later = add_event(session, EventInput("防诈骗讲座", today + dt.timedelta(days=30))).id
        past = add_event(session, EventInput("楼道清理", today - dt.timedelta(days=3))).id
        cancel_event(session, past)
    dialog = EventPrintDialog(store, "Sign-in sheet")
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [dialog.event.itemText(i) for i in range(dialog.event.count())]
    day = (today + dt.timedelta(days=6)).isoformat()
    assert texts[0] == f"#{soon} {day} 便民服务日"
    assert texts[1].startswith(f"#{later} ") and texts[2] == ""  # a separator line
    assert texts[3].startswith(f"#{past} ") and "楼道清理" in texts[3] and "cancel" in texts[3]
    assert not dialog.size.isVisible()  # the sign-in sheet is A4
    assert dialog.answer().choice.event_id == soon and dialog.answer().options == {}
    dialog.event.setCurrentIndex(3)
    assert dialog.choice().event_id == past


def test_the_notice_asks_its_paper(qtbot: QtBot, store: Store) -> None:
    with store.transaction() as session:
        event = add_event(session, EventInput("便民服务日", dt.date.today())).id
    dialog = EventPrintDialog(store, "Event notice", render_options=("size",))
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.size.itemText(i) for i in range(dialog.size.count())] == ["A4", "A3"]
    assert dialog.options() == {"size": "A4"}
    dialog.size.setCurrentIndex(dialog.size.findData("A3"))
    assert dialog.answer().options == {"size": "A3"} and dialog.choice().event_id == event


def test_opened_for_one_event_only_the_paper_is_asked(qtbot: QtBot, store: Store) -> None:
    dialog = EventPrintDialog(store, "Event notice", render_options=("size",), event_id=7)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.event.isVisible() and dialog.size.isVisible()
    assert dialog.choice().event_id == 7


def test_no_events_no_ok(qtbot: QtBot, store: Store) -> None:
    dialog = EventPrintDialog(store, "Call list")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.none_yet.isVisible()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
