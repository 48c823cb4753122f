"""Check-in mode at the door: a typed name and Enter, a scanned code checked in at
once (no search, no pause), wrong codes refused in red with nobody checked in, a full
event asking before letting someone in as 现场, walk-ins, and the running count
following check-ins made elsewhere."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hearth_desk.domain.models import EventKind
from hearth_desk.domain.signin_codes import signin_code
from hearth_desk.services.events.door import standing
from hearth_desk.services.events.events import EventInput, add_event, cancel_event, signups_of
from hearth_desk.services.events.signups import check_in, sign_up
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.events.check_in_mode import GREEN, RED, CheckInDialog
from hearth_desk.ui.events.walk_in_form import WalkInDialog
from tests.support.factories import small_ledger
from tests.support.message_boxes import answering
from tests.support.presenters import RecordingPresenter

DAY = dt.date(2026, 12, 5)
NOW = dt.datetime(2026, 11, 29, 9, 0)


@dataclass
class Door:
    event_id: int
    zhang: int  # 张三, signed up
    shan: int  # 单丽, signed up (or not, at a full event)
    zeng: int  # 曾国藩, never signed up
    codes: dict[str, str]


def a_talk(store: Store, capacity: int | None = 5, *, shan_signs_up: bool = True) -> Door:
    with store.transaction() as session:
        homes = small_ledger(session)
        heads = {"zhang": "张三", "shan": "单丽", "zeng": "曾国藩"}
        ids = {key: next(r.id for r in homes[key].members if r.name == name)
               for key, name in heads.items()}  # fmt: skip
        event = add_event(session, EventInput("防诈骗讲座", DAY, kind=EventKind.TALK,
                                              capacity=capacity)).id  # fmt: skip
        codes = {"zhang": signin_code(event, sign_up(session, event, resident_id=ids["zhang"],
                                                     now=NOW).signup_id)}  # fmt: skip
        if shan_signs_up:
            codes["shan"] = signin_code(
                event, sign_up(session, event, resident_id=ids["shan"], now=NOW).signup_id
            )
    return Door(event, ids["zhang"], ids["shan"], ids["zeng"], codes)


def open_door(qtbot: QtBot, store: Store, errors: RecordingPresenter, door: Door) -> CheckInDialog:
    dialog = CheckInDialog(store, errors, door.event_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # keys go to the active window, as at the door
        dialog.show()
        dialog.activateWindow()
    return dialog


def status_of(store: Store, door: Door, resident_id: int) -> str | None:
    with store.session() as session:
        return standing(session, door.event_id, resident_id).status


def press_enter(qtbot: QtBot, dialog: CheckInDialog) -> None:
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)


def test_a_typed_name_shows_large_with_its_standing_and_enter_checks_in(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    door = a_talk(store)
    dialog = open_door(qtbot, store, errors, door)
    assert dialog.count_label.text() == "Checked in 0 of 2"
    assert "防诈骗讲座" in dialog.title.text()
    with qtbot.waitSignal(dialog.search.searched, timeout=5_000):
        dialog.search_edit.setText("张三")
    assert (dialog.name_label.text(), dialog.standing_label.text()) == ("张三", "signed up")

    with qtbot.waitSignal(dialog.checked_in) as arrived:
        press_enter(qtbot, dialog)
    assert arrived.args[0].name == "张三" and not arrived.args[0].already
    assert status_of(store, door, door.zhang) == "checked_in"
    assert status_of(store, door, door.shan) == "signed_up"
    assert dialog.outcome_label.text() == "✓ 张三 checked in"
    assert GREEN in dialog.outcome_label.styleSheet()
    assert dialog.count_label.text() == "Checked in 1 of 2"
    assert dialog.search_edit.text() == "" and dialog.name_label.text() == ""
    assert QApplication.focusWidget() is dialog.search_edit

    # The same person again: nothing changes, and the door is told so.
    with qtbot.waitSignal(dialog.search.searched, timeout=5_000):
        dialog.search_edit.setText("张三")
    assert dialog.standing_label.text() == "checked in"
    press_enter(qtbot, dialog)
    assert dialog.outcome_label.text() == "张三 is already checked in"
    assert dialog.count_label.text() == "Checked in 1 of 2"
    assert errors.shown == []


def test_a_scanned_code_checks_in_at_once_without_searching(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    door = a_talk(store)
    dialog = open_door(qtbot, store, errors, door)
    searched: list[str] = []
    real_find = dialog.search.find
    dialog.search.find = lambda text, limit: (searched.append(text), real_find(text, limit))[1]  # type: ignore[method-assign]

    dialog.search_edit.setText(door.codes["shan"])  # the scanner's digits, then Enter
    assert dialog.search.timer.isActive()  # the search's pause has not passed
    press_enter(qtbot, dialog)
    assert status_of(store, door, door.shan) == "checked_in"
    assert dialog.outcome_label.text() == "✓ 单丽 checked in"
    assert dialog.count_label.text() == "Checked in 1 of 2"
    assert dialog.search_edit.text() == ""
    qtbot.wait(250)  # past the pause: no search was made for the code, then or since
    assert searched == []
    assert QApplication.focusWidget() is dialog.search_edit


def test_a_wrong_code_checks_no_one_in_and_says_why_in_red(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    door = a_talk(store)
    dialog = open_door(qtbot, store, errors, door)
    code = door.codes["zhang"]
    other_event = signin_code(door.event_id + 1, 1)
    mistyped = code[:-1] + str((int(code[-1]) + 1) % 10)

    for text, said in [
        (other_event, f"That code is from the sign-in sheet of #{door.event_id + 1}."),
        (mistyped, f"“{mistyped}” is not a code from a sign-in sheet."),
    ]:
        dialog.search_edit.setText(text)
        with qtbot.waitSignal(dialog.refused) as refused:
            press_enter(qtbot, dialog)
        assert refused.args == [said]
        assert dialog.outcome_label.text() == said and RED in dialog.outcome_label.styleSheet()
        assert dialog.search_edit.selectedText() == text  # the next scan replaces it
    assert status_of(store, door, door.zhang) == "signed_up"
    assert dialog.count_label.text() == "Checked in 0 of 2"
    assert errors.shown == []  # no box: the queue keeps moving


def test_a_full_event_asks_and_lets_someone_in_as_on_site(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    door = a_talk(store, capacity=1, shan_signs_up=False)
    dialog = open_door(qtbot, store, errors, door)
    with qtbot.waitSignal(dialog.search.searched, timeout=5_000):
        dialog.search_edit.setText("单丽")
    assert dialog.standing_label.text() == "Not signed up"

    with answering("Not now") as asked:
        press_enter(qtbot, dialog)
    assert "full" in asked.texts[0] and asked.defaults == ["Not now"]
    assert status_of(store, door, door.shan) is None  # the refused try left nothing
    assert dialog.outcome_label.text() == "Not checked in."

    assert dialog.search.current_hit().name == "单丽"  # Enter again asks again
    with answering("&Let in (on site)") as asked:
        press_enter(qtbot, dialog)
    assert len(asked.texts) == 1
    with store.session() as session:
        assert standing(session, door.event_id, door.shan).on_site
    assert dialog.outcome_label.text() == "✓ 单丽 checked in (on site)"
    assert dialog.count_label.text() == "Checked in 1 of 1"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.search_edit)


def test_walk_ins_not_in_the_ledger_through_f2(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    door = a_talk(store, capacity=None)
    dialog = open_door(qtbot, store, errors, door)

    def fill() -> None:
        form = next(w for w in QApplication.topLevelWidgets()
                    if isinstance(w, WalkInDialog) and w.isVisible())  # fmt: skip
        form.name_edit.setText("路人甲")
        form.phone_edit.setText("13700000000")
        form.accept()

    QTimer.singleShot(100, fill)
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: dialog.outcome_label.text() == "✓ 路人甲 checked in")
    with store.session() as session:
        walk_ins = [s for s in signups_of(session, door.event_id) if s.walk_in_name]
        assert [(s.walk_in_name, s.walk_in_phone, s.status) for s in walk_ins] == [
            ("路人甲", "13700000000", "checked_in")
        ]
    assert dialog.check_in_walk_in("  ") is None  # an empty name is refused in red
    assert dialog.outcome_label.text() == "The name is empty."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.search_edit)


def test_the_count_follows_check_ins_from_elsewhere_and_a_cancelled_event_refuses(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    door = a_talk(store)
    dialog = open_door(qtbot, store, errors, door)
    operations.write(store, lambda s: check_in(s, door.event_id, resident_id=door.shan),
                     initiator=None)  # another window  # fmt: skip
    assert dialog.count_label.text() == "Checked in 1 of 2"
    operations.write(store, lambda s: cancel_event(s, door.event_id), initiator=None)
    dialog.search_edit.setText(door.codes["zhang"])
    press_enter(qtbot, dialog)
    assert dialog.outcome_label.text() == f"#{door.event_id} 防诈骗讲座 is cancelled."
    assert status_of(store, door, door.zhang) == "signed_up"
