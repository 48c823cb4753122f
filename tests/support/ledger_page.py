"""The Ledger page opened on a store, and helpers to read its resident table."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hearth_desk.storage.store import Store
from hearth_desk.ui.ledger.ledger_page import LedgerPage
from tests.support.presenters import RecordingPresenter


def open_page(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> LedgerPage:
    page = LedgerPage(store, errors)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        with qtbot.waitSignal(page.grid.loaded, timeout=10_000):
            page.show()
    return page


def wait_reloaded(qtbot: QtBot, page: LedgerPage, change) -> None:  # type: ignore[no-untyped-def]
    """Do ``change`` and wait until the resident table shows the new ids."""
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        change()


def column(page: LedgerPage, column_index: int) -> list[str]:
    model = page.residents
    return [model.index(row, column_index).data() for row in range(model.rowCount())]
