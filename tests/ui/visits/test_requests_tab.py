"""The 诉求 tab: a request made in the window and taken through every status with only
the allowed buttons shown, overdue rows in red, changes and thanks, the filters, and
the problem ledger asked for with the filters as they are."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from hearth_desk.domain.models import PartnerUnit
from hearth_desk.services.audit import set_actor
from hearth_desk.services.visits.request_list import request_view
from hearth_desk.storage.store import Store
from hearth_desk.ui.visits.request_table import OVERDUE
from hearth_desk.ui.visits.requests_tab import PROBLEM_LEDGER, RequestsTab
from hearth_desk.ui.visits.visits_page import VisitsPage
from tests.support.factories import small_ledger
from tests.support.message_boxes import show_edit_dialog
from tests.support.presenters import RecordingPresenter
from tests.support.request_factories import some_requests


@pytest.fixture(autouse=True)
def at_the_desk():  # type: ignore[no-untyped-def]
    set_actor("王网格")
    yield
    set_actor(None)


def open_tab(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> RequestsTab:
    tab = RequestsTab(store, errors)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.show()
    return tab


def reloaded(qtbot: QtBot, tab: RequestsTab, action) -> object:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        result = action()
    return result


def shown_buttons(tab: RequestsTab) -> list[str]:
    panel = tab.panel
    named = {
        "start": panel.start_button,
        "escalate": panel.escalate_button,
        "close": panel.close_button,
        "followup": panel.followup_button,
    }
    return [name for name, button in named.items() if not button.isHidden()]


def test_a_request_through_every_status(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    with store.transaction() as session:
        small_ledger(session)
    tab = open_tab(qtbot, store, errors)
    assert tab.model.rowCount() == 0 and shown_buttons(tab) == []
    # 新建诉求: the household found as you type, a 大事 due by its tier's 15 days.
    dialog = tab.new_request(today=dt.date(2026, 11, 2))
    qtbot.waitExposed(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.household_edit.setText("单丽")
    dialog.household_search.run()
    dialog.household_search.choose()
    assert dialog.household_label.text() == "洪山小区3栋2单元0402"
    dialog.tier.setCurrentIndex(dialog.tier.findData("large"))
    assert dialog.due.date().toPython() == dt.date(2026, 11, 17)
    dialog.category.setCurrentIndex(dialog.category.findData("works"))
    dialog.description.setPlainText("下水管漏水")
    dialog.handler.setCurrentText("李主任")
    reloaded(qtbot, tab, dialog.accept)
    assert tab.model.rowCount() == 1 and not errors.shown
    panel = tab.panel
    assert panel.view is not None and panel.view.line.description == "下水管漏水"
    number = panel.view.line.id
    assert shown_buttons(tab) == ["start"]

    reloaded(qtbot, tab, panel.start)
    assert panel.view.line.status == "in_progress"
    assert shown_buttons(tab) == ["escalate", "close"]
    # A step refused (closed without saying what was done) is shown; nothing changes.
    panel.ask_result = lambda: "  "  # type: ignore[method-assign]
    assert not panel.close_request()
    assert len(errors.shown) == 1 and panel.view.line.status == "in_progress"
    errors.shown.clear()
    panel.ask_reference = lambda: "街〔2026〕8号"  # type: ignore[method-assign]
    reloaded(qtbot, tab, panel.escalate)
    assert (panel.view.line.status, panel.view.line.tier) == ("escalated", "special")
    assert shown_buttons(tab) == ["close"]
    panel.ask_result = lambda: "街道协调更换管道"  # type: ignore[method-assign]
    reloaded(qtbot, tab, panel.close_request)
    assert shown_buttons(tab) == ["followup"]
    # 不满意 reopens it: back to the street, which still holds it.
    panel.ask_satisfaction = lambda: "dissatisfied"  # type: ignore[method-assign]
    reloaded(qtbot, tab, panel.follow_up)
    assert panel.view.line.status == "escalated" and shown_buttons(tab) == ["close"]
    reloaded(qtbot, tab, panel.close_request)
    panel.ask_satisfaction = lambda: "satisfied"  # type: ignore[method-assign]
    reloaded(qtbot, tab, panel.follow_up)
    assert panel.view.line.status == "followed_up" and shown_buttons(tab) == []
    steps = [(step.status, step.by) for step in panel.view.steps]
    assert [status for status, _ in steps] == [
        "registered", "in_progress", "escalated", "closed", "followed_up", "closed",
        "followed_up",
    ]  # fmt: skip
    assert {by for _, by in steps} == {"王网格"}
    assert panel.steps.rowCount() == 7 and not errors.shown

    # Thanks for it, shown on its page.
    thanks = panel.log_thanks(today=dt.date(2026, 12, 1))
    assert thanks is not None
    thanks.giver.setText("单丽")
    thanks.words.setPlainText("为民解忧")
    thanks.accept()
    qtbot.waitUntil(lambda: "为民解忧" in panel.thanks.text())
    with store.session() as session:
        assert [t.giver for t in request_view(session, number).thanks] == ["单丽"]


def test_overdue_red_filters_edits_and_print(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    with store.transaction() as session:
        made = some_requests(session)
        session.add(PartnerUnit(name="和平里物业"))
    tab = open_tab(qtbot, store, errors)
    assert tab.model.rowCount() == 4
    lamp_row = tab.model.row_of(made["lamp"].id)
    pipe_row = tab.model.row_of(made["pipe"].id)
    assert lamp_row is not None and pipe_row is not None
    color = tab.model.index(lamp_row, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(color, QBrush) and color.color() == OVERDUE
    assert tab.model.index(pipe_row, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert tab.model.index(lamp_row, tab.model.WHERE).data() == "洪山小区3栋2单元0401"

    reloaded(qtbot, tab, lambda: tab.tier.setCurrentIndex(tab.tier.findData("special")))
    assert [tab.model.id_at(r) for r in range(tab.model.rowCount())] == [made["wall"].id]
    reloaded(qtbot, tab, lambda: tab.tier.setCurrentIndex(0))
    reloaded(qtbot, tab, lambda: tab.overdue.setChecked(True))
    assert made["pipe"].id not in [tab.model.id_at(r) for r in range(tab.model.rowCount())]

    # 修改…: handler, partner unit, due date; the tier while the street does not hold it.
    tab.choose(made["lamp"].id)
    dialog = tab.panel.edit()
    assert dialog is not None and dialog.tier.isEnabled()
    show_edit_dialog(qtbot, dialog)
    dialog.handler.setCurrentText("张社工")
    dialog.partner.setCurrentIndex(1)
    dialog.due.setDate(dt.date(2027, 1, 1))
    reloaded(qtbot, tab, dialog.accept)
    line = tab.panel.view.line  # type: ignore[union-attr]
    assert (line.handler, line.partner, line.due_date) == (
        "张社工",
        "和平里物业",
        dt.date(2027, 1, 1),
    )
    tab.choose(made["wall"].id)
    wall_dialog = tab.panel.edit()
    assert wall_dialog is not None and not wall_dialog.tier.isEnabled()
    show_edit_dialog(qtbot, wall_dialog)
    wall_dialog.reject()

    # The problem ledger, preset with the filters shown.
    page = VisitsPage(store, errors, "zh_CN")
    qtbot.addWidget(page)
    tabs = [page.tabs.widget(index) for index in range(page.tabs.count())]
    requests_tab = next(tab for tab in tabs if isinstance(tab, RequestsTab))
    requests_tab.status.setCurrentIndex(requests_tab.status.findData("closed"))
    with qtbot.waitSignal(page.print_requested) as asked:
        requests_tab.print_button.click()
    key, choice = asked.args
    assert key == PROBLEM_LEDGER
    assert (choice.request_status, choice.request_tier, choice.overdue_only) == (
        "closed",
        None,
        False,
    )
