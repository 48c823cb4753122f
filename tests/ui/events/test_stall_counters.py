"""Stall counters on the day: +1 on press or by the stall's number key (the keypad's
too), undo of this window's last +1, the running total equal to the event's totals,
counts made elsewhere followed, and an event without stalls saying how to add them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hearth_desk.domain.models import EventKind
from hearth_desk.services.events.events import EventInput, StallInput, add_event
from hearth_desk.services.events.tallies import event_totals, serve
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.events.stall_counters import FINGER, RED, StallCountersDialog
from tests.support.presenters import RecordingPresenter

DAY = dt.date(2026, 12, 5)
STALLS = [
    StallInput("社区卫生服务中心", "测血压血糖"),
    StallInput("中医院", "中医义诊"),
    StallInput("美发店", "义务理发"),
]


def a_service_day(store: Store, stalls: list[StallInput] = STALLS) -> tuple[int, list[int]]:
    with store.transaction() as session:
        event = add_event(session, EventInput("便民服务日", DAY, kind=EventKind.SERVICE_DAY,
                                              stalls=list(stalls)))  # fmt: skip
        return event.id, [stall.id for stall in event.stalls]


def open_counters(
    qtbot: QtBot, store: Store, errors: RecordingPresenter, event_id: int
) -> StallCountersDialog:
    dialog = StallCountersDialog(store, errors, event_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # number keys go to the active window
        dialog.show()
        dialog.activateWindow()
    return dialog


def counts(dialog: StallCountersDialog) -> list[str]:
    return [tile.count_label.text() for tile in dialog.tiles]


def served(store: Store, event_id: int) -> tuple[int, list[int]]:
    with store.session() as session:
        totals = event_totals(session, event_id)
    return totals.served, [stall.served for stall in totals.stalls]


def test_tiles_number_keys_and_the_running_total(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    event, stalls = a_service_day(store)
    dialog = open_counters(qtbot, store, errors, event)
    assert [t.service_label.text() for t in dialog.tiles] == ["测血压血糖", "中医义诊", "义务理发"]
    assert [t.key_label.text() for t in dialog.tiles] == ["1", "2", "3"]
    assert dialog.tiles[0].unit_label.text() == "社区卫生服务中心"
    assert counts(dialog) == ["0", "0", "0"] and dialog.total_label.text() == "0 served in all"
    assert not dialog.empty_label.isVisible() and not dialog.undo_button.isEnabled()

    with qtbot.waitSignal(dialog.counted) as counted:
        qtbot.keyClick(dialog, Qt.Key.Key_2)
    assert counted.args == [stalls[1], 1]
    qtbot.keyClick(dialog, Qt.Key.Key_2, Qt.KeyboardModifier.KeypadModifier)
    qtbot.keyClick(dialog, Qt.Key.Key_1)
    qtbot.keyClick(dialog, Qt.Key.Key_9)  # no ninth stall: nothing
    assert counts(dialog) == ["1", "2", "0"]
    assert served(store, event) == (3, [1, 2, 0])
    assert dialog.total_label.text() == "3 served in all"
    assert dialog.message_label.text() == "+1 测血压血糖: 1"
    assert errors.shown == []


def test_plus_one_acts_on_press_or_touch_and_is_a_finger_high(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    event, _stalls = a_service_day(store)
    dialog = open_counters(qtbot, store, errors, event)
    button = dialog.tiles[2].plus_button
    assert button.height() >= FINGER and button.width() >= FINGER
    middle = QPoint(button.width() // 2, button.height() // 2)
    press = QMouseEvent(QEvent.Type.MouseButtonPress, middle, button.mapToGlobal(middle),
                        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(button, press)  # a finger down, not yet lifted
    assert served(store, event) == (1, [0, 0, 1])
    assert dialog.tiles[2].count_label.text() == "1"
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton, pos=middle)
    assert served(store, event) == (1, [0, 0, 1])  # lifting it counts nothing more

    # A finger on a touch screen: Qt turns the touch into a press (no application
    # attribute needed), so it counts as the finger lands, once.
    button = dialog.tiles[1].plus_button
    point = button.mapTo(dialog, button.rect().center())
    finger = QTest.createTouchDevice()
    QTest.touchEvent(dialog, finger).press(0, point, dialog).commit()
    assert served(store, event) == (2, [0, 1, 1])
    QTest.touchEvent(dialog, finger).release(0, point, dialog).commit()
    assert served(store, event) == (2, [0, 1, 1])


def test_tiles_take_two_or_three_columns_as_the_width_holds_them(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    five = [*STALLS, StallInput("家电维修中心", "小家电维修"), StallInput("开锁服务部", "换锁芯")]
    event, _stalls = a_service_day(store, five)
    dialog = open_counters(qtbot, store, errors, event)

    def columns() -> int:
        return len({dialog.grid.getItemPosition(dialog.grid.indexOf(t))[1] for t in dialog.tiles})

    dialog.resize(1040, 800)
    qtbot.waitUntil(lambda: columns() == 3)
    dialog.resize(700, 560)  # a small touch screen: two finger-sized tiles a row
    qtbot.waitUntil(lambda: columns() == 2)
    qtbot.waitUntil(lambda: all(t.width() >= FINGER * 2 for t in dialog.tiles))


def test_undo_takes_back_this_windows_last_plus_one(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    event, stalls = a_service_day(store)
    dialog = open_counters(qtbot, store, errors, event)
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_3):
        qtbot.keyClick(dialog, key)
    with qtbot.waitSignal(dialog.undone) as undone:
        qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert undone.args == [stalls[2], 0]
    assert dialog.message_label.text() == "Took back one at 义务理发: 0 now"
    qtbot.keyClick(dialog, Qt.Key.Key_Backspace)
    assert served(store, event) == (1, [1, 0, 0])
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert served(store, event) == (0, [0, 0, 0])
    assert counts(dialog) == ["0", "0", "0"] and dialog.total_label.text() == "0 served in all"
    assert not dialog.undo_button.isEnabled()
    assert dialog.undo() is False  # nothing more of ours to take back
    assert RED in dialog.message_label.styleSheet()


def test_counts_made_elsewhere_show_and_the_total_matches_the_events_totals(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    event, stalls = a_service_day(store)
    dialog = open_counters(qtbot, store, errors, event)
    operations.write(store, lambda s: serve(s, stalls[0], count=5), initiator=None)  # the CLI
    qtbot.keyClick(dialog, Qt.Key.Key_1)
    assert counts(dialog) == ["6", "0", "0"]
    total, _ = served(store, event)
    assert dialog.total_label.text() == f"{total} served in all" == "6 served in all"


def test_an_event_without_stalls_says_how_to_add_them(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    event, _ = a_service_day(store, [])
    dialog = open_counters(qtbot, store, errors, event)
    assert dialog.tiles == [] and dialog.empty_label.isVisible()
    assert "no stalls" in dialog.empty_label.text() and "form" in dialog.empty_label.text()
    assert dialog.press(1) is None
    assert dialog.total_label.text() == "0 served in all"
