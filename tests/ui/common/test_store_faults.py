"""A database fault during a write in the window is explained like any problem the
user can fix, whether the write ran on the worker or in a slot; never the apology."""

from __future__ import annotations

import sys

import pytest
from pytestqt.qtbot import QtBot

from hearth_desk.services.community import set_community
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.services.progress import Progress
from hearth_desk.storage.db_errors import SQLITE_MESSAGES, Fault
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.errors import translate
from hearth_desk.ui.common.progress_dialog import run_with_progress
from tests.support.db_faults import contents, sqlite_disk_full, sqlite_read_only
from tests.support.presenters import RecordingPresenter

CANNOT = "Cannot do that"


def expected_text(store: Store, fault: Fault) -> str:
    return translate("UserError", SQLITE_MESSAGES[fault]).format(folder=store.location.data_dir)


def test_a_full_disk_during_background_work(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    before = contents(sqlite_store)

    def fill(progress: Progress) -> None:
        with sqlite_store.transaction() as session:
            fill_demo(session, households=300, progress=progress)

    with sqlite_disk_full(sqlite_store):
        task = run_with_progress(None, "Creating demo data…", fill, errors)
        with qtbot.waitSignal(task.finished, timeout=10_000):
            pass
    assert errors.shown == [(CANNOT, expected_text(sqlite_store, Fault.FULL))]
    assert contents(sqlite_store) == before


def test_a_read_only_store_during_a_slot(
    qtbot: QtBot,
    sqlite_store: Store,
    errors: RecordingPresenter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QPushButton

    button = QPushButton()
    qtbot.addWidget(button)

    def save() -> None:  # a page writing on the UI thread, without its own try
        with sqlite_store.transaction() as session:
            set_community(session, "和平里社区", "和平里街道")

    button.clicked.connect(save)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # pytest-qt watches it too
    with sqlite_read_only(sqlite_store), qtbot.capture_exceptions():
        errors.install_excepthook()
        button.click()
    assert errors.shown == [(CANNOT, expected_text(sqlite_store, Fault.READ_ONLY))]
    assert contents(sqlite_store)["community"] == []
