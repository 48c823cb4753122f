"""The lazy tables: every id of the filter at once, rows only a page at a time,
ID numbers and phones masked."""

from __future__ import annotations

import re

from hearth_desk.domain.models import Resident
from hearth_desk.services.ledger.query import count_residents, household_ids
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.lazy_rows import PAGE_SIZE
from hearth_desk.ui.ledger.ledger_page import LedgerPage
from hearth_desk.ui.ledger.table_models import ResidentTableModel

MASKED_ID = re.compile(r"^\d{6}\*{10}\d[\dX]$")
MASKED_MOBILE = re.compile(r"^1\d{2}\*{4}\d{4}$|^\d{3,4}-\*+\d{4}$")


def test_the_resident_table_has_a_row_per_living_resident(
    page: LedgerPage, demo_store: Store
) -> None:
    with demo_store.session() as session:
        living = count_residents(session)
    assert living > 3 * PAGE_SIZE  # enough rows for several pages
    assert page.residents.rowCount() == living
    assert page.count.text() == f"{living} resident(s)"


def test_a_far_row_fetches_only_its_own_page(demo_store: Store) -> None:
    with demo_store.session() as session:
        ids = [r.id for r in session.query(Resident).order_by(Resident.id)]
    model = ResidentTableModel(demo_store)
    model.set_ids(ids)
    assert model.pages_fetched == 0  # setting the ids reads no rows

    far = len(ids) - 1
    assert model.index(far, ResidentTableModel.NAME).data()
    assert model.pages_fetched == 1
    assert model.cached_pages() == [far // PAGE_SIZE]

    # The same page again, and any row on it, comes from the cache.
    model.index(far - 1, ResidentTableModel.ADDRESS).data()
    model.index((far // PAGE_SIZE) * PAGE_SIZE, ResidentTableModel.AGE).data()
    assert model.pages_fetched == 1
    model.index(0, 0).data()
    assert model.pages_fetched == 2
    assert model.cached_pages() == [far // PAGE_SIZE, 0]


def test_id_numbers_and_phones_are_masked(page: LedgerPage, demo_store: Store) -> None:
    model = page.residents
    shown_ids = [model.index(row, model.ID_NUMBER).data() for row in range(PAGE_SIZE)]
    shown_phones = [model.index(row, model.PHONE).data() for row in range(PAGE_SIZE)]
    assert sum(1 for text in shown_ids if text) > PAGE_SIZE // 2
    assert all(MASKED_ID.match(text) for text in shown_ids if text)
    assert all(MASKED_MOBILE.match(text) for text in shown_phones if text), shown_phones[:5]
    with demo_store.session() as session:
        full = {r.id_number for r in session.query(Resident) if r.id_number}
    assert not full & set(shown_ids)


def test_columns_read_like_the_paper_ledger(page: LedgerPage) -> None:
    model = page.residents
    headers = [
        model.headerData(c, page.resident_view.horizontalHeader().orientation())
        for c in range(model.columnCount())
    ]
    assert headers == [
        "Name", "Gender", "Age", "ID number", "Phone", "Address", "Relation to head",
        "Care tags", "Status",
    ]  # fmt: skip
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[model.GENDER] in ("Male", "Female")
    assert first[model.RELATION] == "Head of household"  # the ledger's order: head first
    assert first[model.STATUS] == "Living"


def test_the_households_tab_lists_every_household(
    page: LedgerPage, demo_store: Store, qtbot
) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.households_loaded, timeout=10_000):
        page.tabs.setCurrentWidget(page.household_view)
    with demo_store.session() as session:
        assert page.households.rowCount() == len(household_ids(session))
    address, head, members = (page.households.index(0, c).data() for c in range(3))
    assert address and head and int(members) >= 1
    assert page.count.text() == f"{page.households.rowCount()} household(s)"
    assert not page.filters.isEnabled()  # person filters do not apply to households
