"""The 活动 area: the events list with its month strip, new and copied events, and an
event's page: signing people up from the keyboard, the waiting list, cancelling with
the one to phone named, a late sign-up asking first, helpers, finishing, calling off,
and the figures after the event."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hearth_desk.domain.models import EventKind
from hearth_desk.services.events.events import EventInput, StallInput, add_event
from hearth_desk.services.events.signups import check_in, sign_up
from hearth_desk.services.events.tallies import serve
from hearth_desk.storage.store import Store
from hearth_desk.ui.events.event_form import as_copy
from hearth_desk.ui.events.events_page import EventsPage
from tests.support.factories import small_ledger
from tests.support.message_boxes import answering, show_edit_dialog
from tests.support.presenters import RecordingPresenter
from tests.support.tree_factories import small_tree

TODAY = dt.date(2026, 11, 29)
DAY = dt.date(2026, 12, 5)


def open_page(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> EventsPage:
    page = EventsPage(store, errors, today=TODAY)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def talk(store: Store, capacity: int | None = 2, **more: object) -> int:
    with store.transaction() as session:
        small_ledger(session)
        data = EventInput("防诈骗讲座", DAY, EventKind.TALK, dt.time(14, 0), dt.time(15, 30),
                          place="社区会议室", capacity=capacity, **more)  # type: ignore[arg-type]  # fmt: skip
        return add_event(session, data).id


def sign_up_by_typing(qtbot: QtBot, page: EventsPage, text: str) -> None:
    panel = page.view.signups
    panel.search_edit.setFocus()
    panel.search_edit.setText(text)  # keyClicks cannot type Chinese
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)


def rows(page: EventsPage) -> list[tuple[str, str]]:
    model = page.view.signups.model
    return [
        (model.index(r, model.NAME).data(), model.index(r, model.STATUS).data())
        for r in range(model.rowCount())
    ]


def test_the_list_puts_coming_events_first_and_marks_their_days(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    event = talk(store)
    with store.transaction() as session:
        add_event(session, EventInput("重阳节文艺演出", dt.date(2026, 10, 29), EventKind.CULTURE))
        add_event(session, EventInput("便民服务日", dt.date(2026, 12, 19), EventKind.SERVICE_DAY))
    page = open_page(qtbot, store, errors)
    texts = [page.list.item(r).text().splitlines()[1:2] for r in range(page.list.count())]
    assert texts == [[], ["防诈骗讲座"], ["便民服务日"], [], ["重阳节文艺演出"]]
    assert page.event_id() == event  # the next one is open
    assert page.view.heading.title.text().startswith(f"#{event}　防诈骗讲座")
    assert page.view.heading.counts.text() == "Signed up 0 / places 2, waiting 0, checked in 0"
    assert (page.strip.year, page.strip.month) == (2026, 12)
    assert page.strip.days[4].styleSheet() != page.strip.days[3].styleSheet()  # the 5th
    page.strip.days[18].click()  # the 19th
    assert "便民服务日" in page.view.heading.title.text()


def test_signing_up_from_the_keyboard_fills_the_seats_then_the_waiting_list(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    talk(store, capacity=2)
    page = open_page(qtbot, store, errors)
    for name in ("张三", "单丽", "曾国藩"):
        sign_up_by_typing(qtbot, page, name)
    assert rows(page) == [
        ("张三", "signed up"),
        ("单丽", "signed up"),
        ("曾国藩", "waiting, no. 1"),
    ]
    panel = page.view.signups
    assert panel.status.text() == "曾国藩: the event is full; waiting, no. 1."
    assert panel.selected() is not None and panel.selected().name == "曾国藩"
    assert panel.search_edit.text() == "" and page.focusWidget() is panel.search_edit
    assert page.view.heading.counts.text() == "Signed up 2 / places 2, waiting 1, checked in 0"
    # The phone is masked in the list.
    assert panel.model.index(0, panel.model.PHONE).data() == "138****5678"

    sign_up_by_typing(qtbot, page, "张三")  # a second time: refused, with the first status
    assert "already signed up" in panel.status.text()
    assert len(rows(page)) == 3


def test_cancelling_names_the_one_who_moved_up_with_the_full_number(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    talk(store, capacity=1)
    page = open_page(qtbot, store, errors)
    for name in ("单丽", "曾国藩"):
        sign_up_by_typing(qtbot, page, name)
    panel = page.view.signups
    panel.select(panel.model.lines[0].signup_id)
    panel.table.setFocus()
    with answering("Cancel sign-up") as asked:
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert asked.texts == ["Cancel 单丽's sign-up?"] and asked.defaults == ["Keep"]
    assert rows(page) == [("单丽", "cancelled"), ("曾国藩", "signed up")]
    assert "曾国藩 moved up from the waiting list; please phone 13900001111." in (
        panel.status.text()
    )


def test_after_the_deadline_signing_up_asks_first(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    talk(store, capacity=None, signup_deadline=dt.date(2020, 1, 1))
    page = open_page(qtbot, store, errors)
    asked: list[str] = []
    page.view.signups.confirm_late = lambda question: asked.append(question) or False
    sign_up_by_typing(qtbot, page, "张三")
    assert rows(page) == [] and "2020-01-01" in asked[0]
    page.view.signups.confirm_late = lambda question: True
    sign_up_by_typing(qtbot, page, "张三")
    assert rows(page) == [("张三", "signed up")]


def test_a_walk_in_signs_up_by_name_and_phone(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    from hearth_desk.services.events.signups import WalkIn

    talk(store, capacity=None)
    page = open_page(qtbot, store, errors)
    page.view.signups.ask_walk_in = lambda: WalkIn("路人甲", "13700000000")
    page.view.signups.walk_in_button.click()
    assert rows(page) == [("路人甲", "signed up")]
    assert page.view.signups.model.index(0, 2).data() == "137****0000"


def test_a_new_event_from_the_form_is_listed_and_opened(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    with store.transaction() as session:
        small_tree(session)
    page = open_page(qtbot, store, errors)
    assert page.stack.currentWidget() is page.empty
    dialog = page.new_event()
    assert dialog.date.date().toPython() == TODAY + dt.timedelta(days=7)
    dialog.title.setText("便民服务日")
    dialog.capacity.setValue(30)
    dialog.team.setCurrentIndex(dialog.team.findText("环境整治服务队"))
    dialog.add_stall("社区卫生服务中心", "测血压血糖")
    dialog.add_stall("", "")  # an empty row is left out
    dialog.accept()
    assert page.event_id() is not None
    assert page.view.detail is not None
    assert (page.view.detail.title, page.view.detail.team, page.view.detail.capacity) == (
        "便民服务日", "环境整治服务队", 30)  # fmt: skip
    assert [s.service for s in page.view.detail.stalls] == ["测血压血糖"]
    assert page.view.buttons["stalls"].isEnabled()


def test_a_half_filled_stall_is_refused_and_the_form_stays_open(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    page = open_page(qtbot, store, errors)
    dialog = page.new_event()
    show_edit_dialog(qtbot, dialog)
    dialog.title.setText("便民服务日")
    dialog.add_stall("社区卫生服务中心", "")
    dialog.accept()
    assert errors.shown and "单位:服务" in errors.shown[-1][1]
    assert dialog.isVisible() and page.lines == []


def test_copying_an_event_starts_a_week_ahead_with_its_stalls_and_no_counts(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    with store.transaction() as session:
        data = EventInput("便民服务日", dt.date(2026, 11, 14), EventKind.SERVICE_DAY,
                          dt.time(14, 0), dt.time(17, 0), place="社区广场",
                          signup_deadline=dt.date(2026, 11, 12),
                          stalls=[StallInput("社区卫生服务中心", "测血压血糖")])  # fmt: skip
        old = add_event(session, data)
        serve(session, old.stalls[0].id, count=12)
        old_id = old.id
    page = open_page(qtbot, store, errors)
    page.select(old_id)
    dialog = page.copy_event()
    assert dialog is not None
    assert dialog.windowTitle() == "New event, copied from an earlier one"
    assert dialog.date.date().toPython() == dt.date(2026, 12, 6)
    assert dialog.deadline.value() == dt.date(2026, 12, 4)  # two days before, as before
    assert dialog.place.text() == "社区广场"
    dialog.accept()
    new = page.view.detail
    assert new is not None and new.id != old_id and new.date == dt.date(2026, 12, 6)
    assert page.view.totals is not None and page.view.totals.served == 0
    assert [s.service for s in new.stalls] == ["测血压血糖"]


def test_as_copy_keeps_no_stall_ids() -> None:
    data = EventInput("x", dt.date(2026, 1, 1), stalls=[StallInput("a", "b", 7)])
    assert [s.id for s in as_copy(data, TODAY).stalls] == [None]


def test_finishing_marks_the_absent_and_calling_off_closes_sign_up(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    event = talk(store, capacity=None)
    with store.transaction() as session:
        for name_id in _residents(session, ("张三", "单丽")):
            sign_up(session, event, resident_id=name_id)
        check_in(session, event, resident_id=_residents(session, ("张三",))[0])
    page = open_page(qtbot, store, errors)
    with answering("Finish") as asked:
        assert page.view.finish()
    assert asked.texts == [
        f"Finish #{event} 防诈骗讲座? Those signed up who did not check in (1) will be marked "
        "absent."
    ]
    assert rows(page) == [("张三", "checked in"), ("单丽", "absent")]
    assert not page.view.signups.search_edit.isEnabled()
    assert not page.view.buttons["check_in"].isEnabled()

    second = talk_again(store)
    page.select(second)
    with answering("Call off"):
        assert page.view.call_off()
    assert "Cancelled" in page.view.heading.title.text()
    assert not page.view.signups.search_edit.isEnabled()


def talk_again(store: Store) -> int:
    with store.transaction() as session:
        return add_event(session, EventInput("重阳节文艺演出", DAY, EventKind.CULTURE)).id


def _residents(session, names):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from hearth_desk.domain.models import Resident

    return [session.scalar(select(Resident.id).where(Resident.name == n)) for n in names]


def test_helpers_from_the_tree_are_added_with_enter(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    with store.transaction() as session:
        small_tree(session)
    event = talk(store, capacity=None)
    page = open_page(qtbot, store, errors)
    page.select(event)
    helpers = page.view.helpers
    page.view.tabs.setCurrentWidget(helpers)
    helpers.search_edit.setFocus()
    helpers.search_edit.setText("李四")
    qtbot.keyClick(helpers.search_edit, Qt.Key.Key_Return)
    assert [helpers.list.item(r).text().split("　")[0] for r in range(helpers.list.count())] == [
        "李四"
    ]
    assert helpers.list.item(0).text().endswith("1.5 hours (the event's span)")  # 14:00–15:30
    helpers.list.setCurrentRow(0)
    helpers.hours.setValue(3.0)  # stayed on to tidy up
    helpers.set_hours_button.click()
    assert helpers.list.item(0).text().endswith("　3 hours")
    assert helpers.list.currentRow() == 0  # still the chosen one
    helpers.span_button.click()
    assert helpers.list.item(0).text().endswith("1.5 hours (the event's span)")
    qtbot.keyClick(helpers.list, Qt.Key.Key_Delete)
    assert helpers.list.count() == 0


@pytest.mark.parametrize("with_next", [True, False])
def test_after_the_event_the_figures_and_the_next_notice(
    qtbot: QtBot, store: Store, errors: RecordingPresenter, with_next: bool
) -> None:
    from hearth_desk.ui.events.summary_dialog import SummaryDialog

    with store.transaction() as session:
        small_ledger(session)
        data = EventInput("便民服务日", DAY, EventKind.SERVICE_DAY, place="社区广场",
                          stalls=[StallInput("社区卫生服务中心", "测血压"),
                                  StallInput("阳光理发店", "理发")])  # fmt: skip
        event = add_event(session, data)
        serve(session, event.stalls[0].id, count=30)
        serve(session, event.stalls[1].id, count=12)
        for rid in _residents(session, ("张三", "单丽")):
            sign_up(session, event.id, resident_id=rid)
        check_in(session, event.id, resident_id=_residents(session, ("张三",))[0])
        if with_next:
            later = EventInput("便民服务日", dt.date(2027, 1, 9), EventKind.SERVICE_DAY,
                               place="社区广场")  # fmt: skip
            add_event(session, later)
        event_id = event.id
    dialog = SummaryDialog(store, event_id)
    qtbot.addWidget(dialog)
    figures = {key: label.text() for key, label in dialog.figures.items()}
    assert figures == {"signed_up": "2", "checked_in": "1", "on_site": "0", "absent": "0",
                       "waiting": "0", "served": "42"}  # fmt: skip
    text = dialog.notice.toPlainText()
    assert "served residents 42 times: 测血压 30, 理发 12." in text
    if with_next:
        assert "The next Service day is on 1/9 at 社区广场" in text
    else:
        assert text.endswith("The date of the next one will be announced here.")


def test_enter_on_an_event_goes_to_its_sign_up_line(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    talk(store)
    page = open_page(qtbot, store, errors)
    page.list.setFocus()
    page.view.tabs.setCurrentWidget(page.view.helpers)
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert page.view.tabs.currentWidget() is page.view.signups
    assert page.focusWidget() is page.view.signups.search_edit


def test_enter_walks_the_event_form_and_saves_on_the_last_field(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    page = open_page(qtbot, store, errors)
    dialog = page.new_event()  # deletes itself once saved
    dialog.title.setText("防诈骗讲座")
    dialog.title.setFocus()
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.kind
    assert page.lines == []  # not saved yet
    dialog.contact_phone.setFocus()
    qtbot.keyClick(dialog.contact_phone, Qt.Key.Key_Return)
    assert [line.title for line in page.lines] == ["防诈骗讲座"]
