"""Filters narrow the resident table; the search line finds a resident as it is typed
and Enter opens the resident's household card."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from hearth_desk.domain.models import Resident, ResidentStatus
from hearth_desk.services.ledger.query import ResidentFilter, count_residents
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.column_list import COLUMNS, ColumnDelegate
from hearth_desk.ui.ledger.ledger_page import LedgerPage
from hearth_desk.ui.ledger.table_models import ResidentTableModel as Columns
from tests.support.ledger_page import column, wait_reloaded


def choose(qtbot: QtBot, page: LedgerPage, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findText(text)
    assert index >= 0, text
    wait_reloaded(qtbot, page, lambda: combo.setCurrentIndex(index))


def test_a_care_tag_shows_only_the_residents_carrying_it(qtbot: QtBot, page: LedgerPage) -> None:
    everyone = page.residents.rowCount()
    choose(qtbot, page, page.filters.tag, "独居老人")
    tags = column(page, Columns.TAGS)
    assert 0 < len(tags) < everyone
    assert all("独居老人" in text for text in tags)


def test_age_bands(qtbot: QtBot, page: LedgerPage) -> None:
    choose(qtbot, page, page.filters.age, "80 and over")
    ages = [int(age) for age in column(page, Columns.AGE)]
    assert ages and min(ages) >= 80
    choose(qtbot, page, page.filters.age, "Under 18")
    ages = [int(age) for age in column(page, Columns.AGE)]
    assert ages and max(ages) < 18
    choose(qtbot, page, page.filters.age, "All")
    assert (
        min(int(a) for a in column(page, Columns.AGE) if a)
        < 18
        < max(int(a) for a in column(page, Columns.AGE) if a)
    )


def test_status_shows_living_by_default_and_moved_out_or_everyone_on_request(
    qtbot: QtBot, page: LedgerPage, demo_store: Store
) -> None:
    assert page.filters.status.currentText() == "Living"
    assert set(column(page, Columns.STATUS)) == {"Living"}
    choose(qtbot, page, page.filters.status, "Moved out")
    statuses = column(page, Columns.STATUS)
    assert statuses and all(text.startswith("Moved out 2") for text in statuses)  # with the date
    choose(qtbot, page, page.filters.status, "All")
    with demo_store.session() as session:
        assert page.residents.rowCount() == session.query(Resident).count()
        assert page.residents.rowCount() > count_residents(session)


def test_choosing_a_building_in_the_grid_shows_its_residents(
    qtbot: QtBot, page: LedgerPage, demo_store: Store
) -> None:
    tree, model = page.grid.tree, page.grid.model
    compound = model.index(0, 0, model.root_index)
    building = model.index(1, 0, compound)  # the second building
    name = compound.data() + building.data()
    wait_reloaded(qtbot, page, lambda: tree.setCurrentIndex(building))
    addresses = column(page, Columns.ADDRESS)
    assert addresses and all(address.startswith(name) for address in addresses)
    with demo_store.session() as session:
        wanted = ResidentFilter(node_id=page.grid.current_node())
        assert len(addresses) == count_residents(session, wanted)
    # Filters combine: the building's residents aged 80 and over.
    choose(qtbot, page, page.filters.age, "80 and over")
    assert all(address.startswith(name) for address in column(page, Columns.ADDRESS))
    assert all(int(age) >= 80 for age in column(page, Columns.AGE))
    # Back to the whole community.
    wait_reloaded(qtbot, page, lambda: tree.setCurrentIndex(model.root_index))
    assert not all(a.startswith(name) for a in column(page, Columns.ADDRESS))


def test_the_grid_tree_shows_compounds_buildings_units_and_leaders(page: LedgerPage) -> None:
    model = page.grid.model
    root = model.root_index
    assert root.data() == "Whole community"
    compound = model.index(0, 0, root)
    building = model.index(0, 0, compound)
    unit = model.index(0, 0, building)
    assert compound.data().endswith(("区", "小区", "里", "院", "舍", "园"))
    assert building.data().endswith("栋") and unit.data().endswith("单元")
    assert model.rowCount(unit) == 0
    leader = model.index(0, 1, root).data()
    assert leader  # the compound's grid leader in the second column
    assert leader in model.index(0, 0, root).data(Qt.ItemDataRole.ToolTipRole)


def living_resident(store: Store) -> Resident:
    with store.session() as session:
        return (
            session.query(Resident)
            .filter(Resident.status == ResidentStatus.LIVING.value, Resident.relation != "户主")
            .order_by(Resident.id.desc())
            .first()
        )


def test_typing_pinyin_initials_finds_the_resident_and_enter_opens_the_household(
    qtbot: QtBot, page: LedgerPage, demo_store: Store
) -> None:
    resident = living_resident(demo_store)
    initials = resident.search_key.split()[-1]  # e.g. "wf" for 王芳
    with qtbot.waitSignal(page.search.searched, timeout=2000):
        qtbot.keyClicks(page.search_edit, initials)
    assert page.stack.currentIndex() == 1  # the results in place of the tables
    names = [
        page.search_results.item(i).text().split()[0] for i in range(page.search_results.count())
    ]
    assert resident.name in names
    # Down moves into the results; walk to the resident and open with Enter.
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)
    assert page.search_results.hasFocus() or not page.isActiveWindow()
    page.search_results.setCurrentRow(names.index(resident.name))
    qtbot.keyClick(page.search_results, Qt.Key.Key_Return)
    card = page.card
    assert card is not None and card.isVisible()
    assert card.household_id == resident.household_id
    assert card.current_resident() == resident.id
    assert "*" in card.cell_text(resident.id, card.ID_NUMBER) or not resident.id_number


def test_enter_in_the_search_line_opens_the_first_match(
    qtbot: QtBot, page: LedgerPage, demo_store: Store
) -> None:
    resident = living_resident(demo_store)
    page.search_edit.insert(resident.name)  # as the input method commits it
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # before the pause has ended
    assert page.card is not None
    first = page.search.current_hit()
    assert first is not None and first.name == resident.name
    assert page.card.household_id == first.household_id
    page.card.close()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)
    assert page.search_edit.text() == ""
    assert page.stack.currentIndex() == 0  # the tables are back


def test_enter_on_a_resident_row_opens_the_household_card(qtbot: QtBot, page: LedgerPage) -> None:
    view, model = page.resident_view, page.residents
    view.setCurrentIndex(model.index(5, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert page.card is not None and page.card.isVisible()
    assert page.card.household_id == model.household_at(5)
    assert page.card.current_resident() == model.id_at(5)


def test_a_new_grid_node_clears_old_hits_and_starts_at_the_top(
    qtbot: QtBot, page: LedgerPage, demo_store: Store
) -> None:
    tree, model = page.grid.tree, page.grid.model
    compound = model.index(0, 0, model.root_index)
    page.resident_view.verticalScrollBar().setValue(
        page.resident_view.verticalScrollBar().maximum()
    )
    assert page.resident_view.verticalScrollBar().value() > 0
    with qtbot.waitSignal(page.search.searched, timeout=2000):
        qtbot.keyClicks(page.search_edit, "wang")
    assert page.stack.currentIndex() == 1
    wait_reloaded(qtbot, page, lambda: tree.setCurrentIndex(model.index(1, 0, compound)))
    assert page.search_edit.text() == "" and page.stack.currentIndex() == 0  # hits gone
    assert page.resident_view.verticalScrollBar().value() == 0  # from the top


def test_a_cut_search_says_so_and_shows_all_on_request(qtbot: QtBot, page: LedgerPage) -> None:
    with qtbot.waitSignal(page.search.searched, timeout=2000):
        page.search_edit.setText("和平里")  # every address of the demo
    total = page.search.total
    assert total > page.search_results.count() == 50
    assert f"of {total}" in page.search_heading.text()
    assert page.show_all_button.isVisibleTo(page)
    with qtbot.waitSignal(page.search.searched, timeout=5000):
        page.show_all_button.click()
    assert page.search_results.count() == total
    assert not page.show_all_button.isVisibleTo(page)


def test_search_results_line_up_in_columns(qtbot: QtBot, page: LedgerPage) -> None:
    """Every result's address, ID and phone start at the same left edge, whatever the
    width of the name before them, and no field is cut short."""
    with qtbot.waitSignal(page.search.searched, timeout=2000):
        page.search_edit.setText("和平里")
    results = page.search_results
    delegate = results.itemDelegate()
    assert isinstance(delegate, ColumnDelegate)
    page.stack.setCurrentIndex(1)
    results.resize(1400, 600)
    results.grab()  # paints every visible line through the delegate
    lefts, names = set(), set()
    for row in range(results.count()):
        item = results.item(row)
        option = QStyleOptionViewItem()
        option.initFrom(results)
        option.rect = results.visualItemRect(item)
        option.font = results.font()
        option.fontMetrics = QFontMetrics(results.font())
        fields = item.data(COLUMNS)
        widths = delegate.widths(option.fontMetrics, option.font.key())
        assert all(
            option.fontMetrics.horizontalAdvance(text) < width
            for text, width in zip(fields, widths, strict=False)
            if text
        )
        lefts.add(tuple(delegate.lefts(option)))
        names.add(option.fontMetrics.horizontalAdvance(fields[0]))
    assert len(names) > 1  # names of different widths…
    assert len(lefts) == 1  # …and yet every column starts at the same place
