"""The 走访 area's 统计 tab: a period's figures, tables and the printed page's charts,
counted on the worker; a visit written elsewhere counts at once; the print button
hands the Print area the period."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from hearth_desk.domain.models import Visit
from hearth_desk.services.audit import set_actor
from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.worker import BackgroundTask
from hearth_desk.ui.visits.figures_tab import VisitFiguresTab
from hearth_desk.ui.visits.visits_page import VisitsPage
from tests.support.presenters import RecordingPresenter
from tests.support.visit_figures import a_quarter

TODAY = dt.date(2026, 3, 31)


@pytest.fixture(autouse=True)
def at_the_desk():  # type: ignore[no-untyped-def]
    set_actor("陈静")
    yield
    set_actor(None)


def settled(qtbot: QtBot):  # type: ignore[no-untyped-def]
    return lambda _w: qtbot.waitUntil(lambda: not BackgroundTask._running, timeout=30_000)


def open_tab(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> VisitFiguresTab:
    with store.transaction() as session:
        a_quarter(session)
    tab = VisitFiguresTab(store, errors, "en", today=TODAY)
    qtbot.addWidget(tab, before_close_func=settled(qtbot))
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        tab.show()
    return tab


def cells(table, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(row, column).text() for column in range(table.columnCount())]


def test_the_periods_figures_tables_and_charts(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    tab = open_tab(qtbot, store, errors)
    assert tab.chosen() == (dt.date(2026, 3, 1), TODAY)  # this month so far
    assert tab.summary.text().startswith("From 2026-03-01 to 2026-03-31, 1 visits")
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        tab.period.setCurrentIndex(tab.period.findData("quarter"))
    assert tab.chosen() == (dt.date(2026, 1, 1), TODAY)
    assert tab.months.rowCount() == 4  # three months and the period
    assert cells(tab.months, 1) == ["2026, month 2", "1", "2", "1", "50.0%", "1", "1",
                                    "100.0%", "100.0%"]  # fmt: skip
    assert cells(tab.quarters, 0)[:5] == ["2026 quarter 1", "3", "2", "2", "100.0%"]
    assert tab.charts.pages() >= 1
    assert not tab.start.isEnabled()

    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        tab.period.setCurrentIndex(tab.period.findData("custom"))
        tab.start.setDate(dt.date(2026, 2, 1))
    assert tab.start.isEnabled() and tab.chosen() == (dt.date(2026, 2, 1), TODAY)
    qtbot.waitUntil(lambda: tab.figures is not None and tab.figures.start == dt.date(2026, 2, 1))
    assert errors.shown == []


def test_a_visit_written_elsewhere_counts_at_once(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    tab = open_tab(qtbot, store, errors)
    assert tab.figures is not None and tab.figures.total.visits == 1

    def add(session):  # type: ignore[no-untyped-def]
        session.add(Visit(household_id=1, date=dt.date(2026, 3, 20),
                          entered_at=dt.datetime(2026, 3, 20)))  # fmt: skip

    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        operations.write(store, add, initiator=None)
    assert tab.figures.total.visits == 2


def test_printing_hands_the_period_to_the_print_area(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    page = VisitsPage(store, errors, "en")
    qtbot.addWidget(page, before_close_func=settled(qtbot))
    tab = page.findChild(VisitFiguresTab)
    assert tab is not None and page.tabs.indexOf(tab) >= 0
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Figures"
    tab.period.setCurrentIndex(tab.period.findData("custom"))
    tab.start.setDate(dt.date(2026, 1, 1))
    tab.end.setDate(dt.date(2026, 3, 31))
    with qtbot.waitSignal(page.print_requested) as asked:
        tab.print_button.click()
    quarter = LedgerChoice(date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 3, 31))
    assert asked.args == ["visit-figures", quarter]
