"""The 走访 tab: a grid worker's due list with the overdue in red, and a visit round
walked with the keyboard (Enter opens the form, Enter saves and moves on)."""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hearth_desk.domain.models import Request, Visit
from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.services.visits.visits import NewVisit, record_visit
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.worker import BackgroundTask
from hearth_desk.ui.visits.round_tab import OVERDUE_COLOUR
from hearth_desk.ui.visits.visit_form import VisitDialog
from hearth_desk.ui.visits.visits_page import VisitsPage
from tests.support.presenters import RecordingPresenter
from tests.support.visit_factories import VisitingArea, visiting_area

TODAY = dt.date.today()


def open_page(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> tuple[VisitsPage, VisitingArea]:
    with store.transaction() as session:
        area = visiting_area(session)
        long_ago = TODAY - dt.timedelta(days=40)
        record_visit(session, NewVisit(area.households["zhang"].id, long_ago, (area.worker.id,)))
    page = VisitsPage(store, errors, "en")
    qtbot.addWidget(
        page,
        before_close_func=lambda _p: qtbot.waitUntil(
            lambda: not BackgroundTask._running, timeout=30_000
        ),
    )
    with qtbot.waitSignal(page.round_tab.loaded, timeout=20_000):
        page.show()
    return page, area


def texts(page: VisitsPage, row: int) -> list[str]:
    model = page.round_tab.model
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_the_workers_list_latest_first_with_the_overdue_red(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    page, area = open_page(qtbot, store, errors)
    tab = page.round_tab
    assert page.tabs.tabText(0) == "Visit round"
    assert tab.chooser.currentText() == "王芳"
    assert [texts(page, row)[:2] for row in range(tab.model.rowCount())] == [
        ["洪山小区3栋2单元0402", "单丽"],  # never visited
        ["洪山小区3栋2单元0401", "张三"],
    ]
    assert texts(page, 0)[5] == "never visited" and texts(page, 1)[5] == "10 days late"
    assert tab.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        tab.door_order.setChecked(True)
    assert texts(page, 0)[1] == "张三"
    printed: list[tuple[str, object]] = []
    page.print_requested.connect(lambda key, preset: printed.append((key, preset)))
    tab.print_button.click()
    assert printed == [("visits-due", LedgerChoice(staff_id=area.worker.id))]
    whole = tab.chooser.findText("The whole community")
    tab.chooser.setCurrentIndex(whole)
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        tab.chooser.activated.emit(whole)
    assert tab.model.rowCount() == 3
    assert errors.shown == []


def test_a_round_by_the_keyboard(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> None:
    page, area = open_page(qtbot, store, errors)
    tab = page.round_tab
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        tab.door_order.setChecked(True)
    tab.table.setFocus()
    tab.select_row(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.form.current
    assert isinstance(dialog, VisitDialog)
    assert dialog.visitor_ids() == (area.worker.id,)
    dialog.found.setText("老人身体尚好")
    dialog.problem.setText("楼道灯不亮")
    started = time.perf_counter()
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        qtbot.keyClick(dialog.found, Qt.Key.Key_Return)
        saved_in = time.perf_counter() - started
    assert saved_in < 1.0  # the bench times it properly; here only that it does not wait
    assert tab.form.current is None  # saved, closed and gone
    # 张三 was visited: off the list, and the cursor on the next door.
    assert [texts(page, row)[1] for row in range(tab.model.rowCount())] == ["单丽"]
    assert tab.current_row() == 0
    QApplication.processEvents()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    second = tab.form.current
    assert isinstance(second, VisitDialog) and second.household_id == area.households["shan"].id
    with store.session() as session:
        visit = session.query(Visit).order_by(Visit.id.desc()).first()
        assert visit is not None and visit.found == "老人身体尚好" and visit.date == TODAY
        request = session.query(Request).one()
        assert (request.visit_id, request.tier, request.category) == (
            visit.id,
            "small",
            "livelihood",
        )
    second.reject()
    assert errors.shown == []


def test_no_visitor_no_save(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> None:
    page, _area = open_page(qtbot, store, errors)
    tab = page.round_tab
    whole = tab.chooser.findText("The whole community")
    tab.chooser.setCurrentIndex(whole)
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        tab.chooser.activated.emit(whole)
    dialog = tab.visit_row(0)
    assert dialog is not None and dialog.visitor_ids() == ()
    assert not dialog.ok_button.isEnabled()
    dialog.reject()
