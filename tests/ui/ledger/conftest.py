"""Ledger window tests: a demo community of a few hundred households, and the
Ledger page open on it with its tables and grid loaded."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from hearth_desk.services.demo import fill_demo
from hearth_desk.storage.store import Store
from hearth_desk.ui.ledger.ledger_page import LedgerPage
from tests.ui.conftest import RecordingPresenter

DEMO_HOUSEHOLDS = 300


@pytest.fixture
def demo_store(sqlite_store: Store) -> Iterator[Store]:
    with sqlite_store.transaction() as session:
        fill_demo(session, households=DEMO_HOUSEHOLDS)
    yield sqlite_store


def open_page(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> LedgerPage:
    page = LedgerPage(store, errors)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        with qtbot.waitSignal(page.grid.loaded, timeout=10_000):
            page.show()
    return page


@pytest.fixture
def page(qtbot: QtBot, demo_store: Store, errors: RecordingPresenter) -> LedgerPage:
    return open_page(qtbot, demo_store, errors)


def wait_reloaded(qtbot: QtBot, page: LedgerPage, change) -> None:  # type: ignore[no-untyped-def]
    """Do ``change`` and wait until the resident table shows the new ids."""
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        change()


def column(page: LedgerPage, column_index: int) -> list[str]:
    model = page.residents
    return [model.index(row, column_index).data() for row in range(model.rowCount())]
