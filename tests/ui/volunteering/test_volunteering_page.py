"""The 志愿服务 area: the year's figures, tables and charts counted on the worker; a
service recorded in its form shows at once; a team narrows the figures; a record is
deleted after asking."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hearth_desk.domain.models import ServiceRecord
from hearth_desk.services.tree.directory import search_members
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.worker import BackgroundTask
from hearth_desk.ui.volunteering.volunteering_page import VolunteeringPage
from tests.support.message_boxes import answering
from tests.support.presenters import RecordingPresenter
from tests.support.tree_factories import small_tree

TODAY = dt.date(2026, 11, 29)


def open_page(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> VolunteeringPage:
    with store.transaction() as session:
        tree = small_tree(session)
        session.add(ServiceRecord(member_id=tree["huang"].id, date=dt.date(2026, 3, 2),
                                  hours=Decimal("2.5"), what="楼道清理", served=3,
                                  entered_at=dt.datetime(2026, 3, 2, 12)))  # fmt: skip
    page = VolunteeringPage(store, errors, "en", today=TODAY)
    qtbot.addWidget(
        page,
        before_close_func=lambda _p: qtbot.waitUntil(
            lambda: not BackgroundTask._running, timeout=30_000
        ),
    )
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
    return page


def cells(table, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(row, column).text() for column in range(table.columnCount())]


def test_the_years_figures_tables_and_charts(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    page = open_page(qtbot, store, errors)
    assert page.summary.text().startswith("In 2026, 1 volunteers served 1 times for 2.5 hours")
    assert page.months.rowCount() == 13
    assert cells(page.months, 2) == ["month 3", "1", "2.5", "3", "1"]
    assert cells(page.top, 0)[:2] == ["1", "黄瑜希"]
    assert page.top.rowCount() == page.figures.totals.people  # everyone who served, ranked
    assert page.charts.pages() >= 1  # the yearbook's own pages, charts and all
    assert page.records.model.rowCount() == 0  # read once their tab is shown
    with qtbot.waitSignal(page.records.loaded, timeout=20_000):
        page.tabs.setCurrentWidget(page.records)
    assert [page.records.model.index(0, c).data() for c in (1, 3)] == ["黄瑜希", "楼道清理"]
    assert errors.shown == []


def test_a_service_recorded_in_the_form_counts_at_once(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    page = open_page(qtbot, store, errors)
    dialog = page.records.new_record()
    dialog.member_edit.setText("王")
    dialog.member_search.run()
    qtbot.keyClick(dialog.member_edit, Qt.Key.Key_Return)
    assert dialog.member_id is not None and dialog.member_label.text().startswith("王")
    dialog.date.setDate(dt.date(2026, 6, 1))
    dialog.hours.setValue(1.5)
    dialog.what.setCurrentText("疏通下水道")
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        dialog.accept()
    assert page.figures is not None and page.figures.totals.times == 2
    assert page.figures.totals.hours == Decimal("4.0")
    assert cells(page.months, 5)[:3] == ["month 6", "1", "1.5"]


def test_a_team_narrows_the_figures_and_a_record_is_deleted_after_asking(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    page = open_page(qtbot, store, errors)
    patrol = page.team.findText("治安巡逻服务队")
    with store.session() as session:
        assert search_members(session, "黄瑜希")  # 黄瑜希 patrols too
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.team.setCurrentIndex(patrol)
    assert page.figures is not None and page.figures.team == "治安巡逻服务队"
    assert page.figures.totals.times == 1
    with qtbot.waitSignal(page.records.loaded, timeout=20_000):
        page.tabs.setCurrentWidget(page.records)
    page.records.table.selectRow(0)
    with answering("Delete"), qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.keyClick(page.records.table, Qt.Key.Key_Delete)
    assert page.figures.totals.times == 0
    qtbot.waitUntil(lambda: page.records.model.rowCount() == 0, timeout=20_000)
