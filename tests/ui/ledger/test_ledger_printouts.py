"""The Print area's building ledger and care list: a small dialog picks the grid node
and tag, and the preview shows the real PDF rendered off the UI thread."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.services.ledger.care_tags import tags_named
from hearth_desk.services.ledger.grid import find_child, grid_nodes
from hearth_desk.storage.store import Store
from hearth_desk.ui.ledger.print_dialog import LedgerChoice, LedgerPrintDialog
from hearth_desk.ui.shell.print_page import PrintPage
from hearth_desk.ui.shell.settings import UiSettings
from tests.support.presenters import RecordingPresenter


def test_the_dialog_offers_compounds_buildings_and_tags(qtbot: QtBot, store: Store) -> None:
    with store.transaction() as session:
        fill_demo(session, households=60)
    dialog = LedgerPrintDialog(store, "楼栋台账", with_tag=True)
    qtbot.addWidget(dialog)
    assert dialog.choice() == LedgerChoice(None, dialog.tag.currentData(), False)
    assert not dialog.building.isEnabled()
    dialog.compound.setCurrentIndex(1)
    assert dialog.building.isEnabled() and dialog.building.count() > 1
    dialog.building.setCurrentIndex(1)
    dialog.tag.setCurrentIndex(dialog.tag.findText("高龄"))
    dialog.full_numbers.setChecked(True)
    with store.session() as session:
        compound = find_child(session, None, dialog.compound.currentText())
        assert compound is not None
        building = find_child(session, compound.id, dialog.building.currentText())
        tag = tags_named(session, ["高龄"])[0]
    assert building is not None
    assert dialog.choice() == LedgerChoice(building.id, tag.id, True)


def test_building_ledger_and_care_list_previews(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    with store.transaction() as session:
        fill_demo(session, households=40)
        tag_id = tags_named(session, ["空巢老人"])[0].id
    page = PrintPage(store, UiSettings(), errors)
    qtbot.addWidget(page)
    assert {"building-ledger", "care-list"} <= set(page.buttons)
    asked: list[tuple[str, bool]] = []

    def answer(title: str, with_tag: bool, _preset: LedgerChoice | None) -> LedgerChoice:
        asked.append((title, with_tag))
        return LedgerChoice(None, tag_id if with_tag else None, False)

    page.ask_ledger_choice = answer
    for key in ("building-ledger", "care-list"):
        preview = page.open_preview(key)
        assert preview is not None
        qtbot.waitUntil(lambda p=preview: p.render_result is not None, timeout=30_000)
        assert preview.document.pageCount() == preview.render_result.pages >= 1
        preview.close()
    assert [with_tag for _title, with_tag in asked] == [False, True]
    assert errors.shown == []


def test_cancelling_the_dialog_opens_no_preview(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    page = PrintPage(store, UiSettings(), errors)
    qtbot.addWidget(page)
    page.ask_ledger_choice = lambda _title, _with_tag, _preset: None
    assert page.open_preview("care-list") is None
    assert page.preview is None


def test_the_dialog_starts_from_the_ledgers_node_and_tag(qtbot: QtBot, store: Store) -> None:
    """From the ledger's toolbar the dialog shows what the ledger lists: a unit with its
    building and compound, and the care-tag filter; the building ledger may also be
    printed for everyone."""
    with store.transaction() as session:
        fill_demo(session, households=60)
        unit = next(n for n in grid_nodes(session) if n.level == "unit")
        tag = tags_named(session, ["高龄"])[0]
    preset = LedgerChoice(node_id=unit.id, tag_id=tag.id)
    dialog = LedgerPrintDialog(store, "楼栋台账", with_tag=False, preset=preset)
    qtbot.addWidget(dialog)
    assert dialog.unit.currentText() == unit.name and dialog.unit.isEnabled()
    assert dialog.tag.currentText() == "高龄"
    assert dialog.choice() == preset
    dialog.tag.setCurrentIndex(0)
    dialog.building.setCurrentIndex(0)
    assert dialog.choice() == LedgerChoice(node_id=dialog.compound.currentData())


def test_a_preview_from_the_ledger_prints_its_node_and_tag(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    with store.transaction() as session:
        fill_demo(session, households=40)
        building = next(n for n in grid_nodes(session) if n.level == "building")
        tag_id = tags_named(session, ["高龄"])[0].id
    page = PrintPage(store, UiSettings(), errors)
    qtbot.addWidget(page)
    presets: list[LedgerChoice | None] = []

    def answer(_title: str, _with_tag: bool, preset: LedgerChoice | None) -> LedgerChoice:
        presets.append(preset)
        assert preset is not None
        return preset

    page.ask_ledger_choice = answer
    preview = page.open_preview("building-ledger", LedgerChoice(building.id, tag_id))
    assert preview is not None
    qtbot.waitUntil(lambda: preview.render_result is not None, timeout=30_000)
    assert presets == [LedgerChoice(building.id, tag_id)]
    preview.close()
    assert errors.shown == []
