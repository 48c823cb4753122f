"""The 联席会议 tab: a new meeting with who came and a request brought to the table,
a decision recorded, a matter settled, and the next meeting carrying the rest over;
the minutes and sign-in sheet asked for with the meeting chosen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.services.visits.requests import NewRequest, register_request
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.operations import write
from hearth_desk.ui.visits.meetings_tab import MeetingsTab
from hearth_desk.ui.visits.visits_page import VisitsPage
from tests.support.presenters import RecordingPresenter

TODAY = dt.date(2026, 6, 18)


def open_tab(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> MeetingsTab:
    tab = MeetingsTab(store, errors, today=TODAY)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def hold(tab: MeetingsTab, day: dt.date, *, request: bool = False, matters: str = "") -> None:
    dialog = tab.new_meeting()
    dialog.date.setDate(day)
    dialog.place.setText("社区会议室")
    dialog.convenor.setText("李书记")
    dialog.parties["residents_committee"].setText("张三、李四")
    dialog.parties["property_company"].setText("赵经理")
    if request:
        dialog.requests.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.new_matters.setPlainText(matters)
    dialog.accept()


def cells(tab: MeetingsTab, column: int) -> list[str]:
    return [tab.matters.item(row, column).text() for row in range(tab.matters.rowCount())]


def test_a_meeting_and_the_next_that_carries_a_matter_over(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    with store.transaction() as session:
        register_request(
            session, NewRequest("楼道灯不亮", place="和平里一区", registered_on=dt.date(2026, 3, 1))
        )
    tab = open_tab(qtbot, store, errors)
    assert tab.meetings.count() == 0 and not tab.minutes_button.isEnabled()
    dialog = tab.new_meeting()
    # The open request is offered, red: it is overdue.
    assert dialog.requests.count() == 1 and "#1" in dialog.requests.item(0).text()
    assert dialog.requests.item(0).foreground().color().name() == "#a4161a"
    dialog.reject()
    hold(tab, dt.date(2026, 3, 20), request=True, matters="小区停车难\n绿化补种\n")
    assert errors.shown == []
    assert tab.meetings.count() == 1 and tab.detail is not None
    assert "张三、李四" in tab.people.text() and "赵经理" in tab.people.text()
    assert cells(tab, 1) == ["楼道灯不亮", "小区停车难", "绿化补种"]
    assert cells(tab, 2)[0].startswith("#1")

    tab.matters.selectRow(1)
    form = tab.edit_matter()
    assert form is not None
    form.decision.setPlainText("物业划线增加车位")
    form.owner.setText("物业公司")
    form.due.set_value(dt.date(2026, 4, 30))
    form.accept()
    assert cells(tab, 3)[1] == "物业划线增加车位" and cells(tab, 5)[1] == "2026-04-30"
    tab.matters.selectRow(2)
    tab.toggle_settled()
    assert cells(tab, 6)[2] == tab.tr("Settled")

    hold(tab, TODAY)
    assert tab.meetings.count() == 2
    assert tab.current_meeting_id() == 2  # the new one is shown
    carried = tab.tr("(carried over from #{number})").format(number=1)
    assert cells(tab, 1) == [f"楼道灯不亮　{carried}", f"小区停车难　{carried}"]
    assert cells(tab, 4)[1] == "物业公司"  # the owner carries over with it
    assert tab.meetings.item(0).data(Qt.ItemDataRole.UserRole) == 2  # newest first

    with qtbot.waitSignal(tab.print_requested) as printed:
        tab.minutes_button.click()
    assert printed.args == ["minutes", LedgerChoice(meeting_id=2)]


def test_the_tab_follows_writes_elsewhere_and_sits_on_the_visits_area(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    page = VisitsPage(store, errors, "zh_CN")
    qtbot.addWidget(page)
    page.show()
    tab = page.meetings_tab
    assert isinstance(tab, MeetingsTab)
    page.tabs.setCurrentWidget(tab)
    from hearth_desk.services.visits.meetings import NewMeeting, hold_meeting

    write(store, lambda s: hold_meeting(s, NewMeeting(TODAY, new_matters=["电梯"])), initiator=None)
    assert tab.meetings.count() == 1
    with qtbot.waitSignal(page.print_requested) as printed:
        tab.signin_button.click()
    assert printed.args == ["meeting-signin", LedgerChoice(meeting_id=1)]
