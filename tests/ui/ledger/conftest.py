"""Ledger window tests: a demo community of a few hundred households, and the
Ledger page open on it with its tables and grid loaded."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.storage.store import Store
from hearth_desk.ui.ledger.ledger_page import LedgerPage
from tests.support.ledger_page import open_page
from tests.support.presenters import RecordingPresenter

DEMO_HOUSEHOLDS = 300


@pytest.fixture
def demo_store(sqlite_store: Store) -> Iterator[Store]:
    with sqlite_store.transaction() as session:
        fill_demo(session, households=DEMO_HOUSEHOLDS)
    yield sqlite_store


@pytest.fixture
def page(qtbot: QtBot, demo_store: Store, errors: RecordingPresenter) -> LedgerPage:
    return open_page(qtbot, demo_store, errors)
