"""The ledger's toolbar: export what is listed, import a sheet, ask for a printout."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from hearth_desk.services.ledger.grid import grid_nodes
from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.storage.store import Store
from hearth_desk.ui.ledger.ledger_actions import LedgerActions
from hearth_desk.ui.ledger.ledger_page import LedgerPage
from tests.support.presenters import RecordingPresenter


def test_export_writes_the_residents_the_page_lists_masked(
    qtbot: QtBot,
    page: LedgerPage,
    demo_store: Store,
    errors: RecordingPresenter,
    tmp_path: Path,
    answer_message_boxes: list[str],
) -> None:
    actions = LedgerActions(page, demo_store, errors)
    page.filters.age.setCurrentIndex(page.filters.age.findText("80 and over"))
    qtbot.waitUntil(lambda: page.residents.rowCount() < 200, timeout=10_000)
    listed = page.residents.rowCount()
    target = tmp_path / "高龄.xlsx"
    task = actions.start_export(target, full_numbers=False)
    assert task is not None
    qtbot.waitUntil(lambda: bool(answer_message_boxes), timeout=20_000)
    sheet = load_workbook(target, read_only=True).active
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == listed > 0
    assert all("*" in (row[7] or "*") for row in rows)  # 公民身份号码 masked
    assert errors.shown == []


def test_the_print_actions_ask_the_print_area(
    qtbot: QtBot, page: LedgerPage, demo_store: Store, errors: RecordingPresenter
) -> None:
    actions = LedgerActions(page, demo_store, errors)
    with qtbot.waitSignal(actions.print_requested) as requested:
        actions.care_list_action.trigger()
    assert requested.args == ["care-list", LedgerChoice()]
    assert [a.text() for a in page.toolbar.actions()][:2] == [
        "Import from Excel…",
        "Export to Excel…",
    ]


def test_printing_from_the_ledger_starts_from_its_node_and_care_tag(
    qtbot: QtBot, page: LedgerPage, demo_store: Store, errors: RecordingPresenter
) -> None:
    actions = LedgerActions(page, demo_store, errors)
    with demo_store.session() as session:
        building = next(n for n in grid_nodes(session) if n.level == "building")
    page.grid.select_node(building.id)
    page.filters.tag.setCurrentIndex(page.filters.tag.findText("独居老人"))
    tag_id = page.filters.tag.currentData()
    assert tag_id is not None
    for action, key in (
        (actions.print_action, "building-ledger"),
        (actions.care_list_action, "care-list"),
    ):
        with qtbot.waitSignal(actions.print_requested) as requested:
            action.trigger()
        assert requested.args == [key, LedgerChoice(node_id=building.id, tag_id=tag_id)]
