"""Starting the window: a bad store ends in one clear dialog, and ``--demo`` fills an
empty store behind a progress dialog."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.translation import install_translators
from hearth_desk.ui.shell import app as app_module
from hearth_desk.ui.shell.main_window import MainWindow
from hearth_desk.ui.shell.settings import UiSettings
from tests.support.backup_kills import Office, copy_office, make_office, run_until_paused
from tests.support.presenters import RecordingPresenter


@pytest.fixture
def restore_english(qapp: QApplication) -> Iterator[None]:
    """run_window installs the user's language (Chinese by default); later tests read English."""
    yield
    install_translators(qapp, "en")


def test_a_store_that_is_not_ours_ends_in_a_chinese_dialog(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, restore_english: None
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        ErrorPresenter, "_dialog", lambda self, parent, icon, title, text: shown.append(text)
    )
    monkeypatch.setattr("sys.excepthook", __import__("sys").excepthook)
    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "hearth-desk.sqlite3").write_bytes(b"PK\x03\x04 not a database")
    assert app_module.run_window(resolve_location(folder)) == 1
    assert shown and "不是连心台数据库" in shown[0]
    assert (folder / "hearth-desk.sqlite3").read_bytes() == b"PK\x03\x04 not a database"


def test_demo_fills_an_empty_store_and_the_home_page_follows(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    window = MainWindow(store, UiSettings(), errors)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(
        window.home.loaded, timeout=20_000, check_params_cb=lambda overview: overview.residents > 0
    ):
        app_module.start_demo_if_empty(window, store, errors)
    assert int(window.home.cards["households"].value.text().replace(",", "")) == 600
    assert errors.shown == []


def test_after_demo_settings_shows_the_demo_communitys_names(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    """``hearth-desk --demo`` on an empty store: the Settings page was built before the
    demo data existed, and shows the names as soon as it is opened."""
    from hearth_desk.services.community import get_community

    window = app_module.open_window(
        store, UiSettings(), errors, demo=True, message=None, quitting_at_paint=False
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(
        window.home.loaded, timeout=20_000, check_params_cb=lambda overview: overview.residents > 0
    ):
        pass  # the demo data is written behind a progress dialog
    with store.session() as session:
        stored = get_community(session)
    assert stored is not None and stored.name and stored.street
    window.show_area("settings")
    form = window.settings_page.community_form
    assert (form.community.text(), form.street.text(), form.district.text()) == (
        stored.name,
        stored.street,
        stored.district,
    )
    assert errors.shown == []


def test_a_confirmed_restore_closes_the_window_restores_and_reopens(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, restore_english: None
) -> None:
    """The whole loop of run_window: restore with no page on the store, then a new
    window on the restored store that says where the safety copy is; on close, the
    day's automatic backup."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy import func, select, update

    from hearth_desk.domain.models import Resident
    from hearth_desk.services.backup.writer import write_backup
    from hearth_desk.services.demo.ledger import fill_demo
    from hearth_desk.storage.store import open_store

    monkeypatch.setattr("sys.excepthook", __import__("sys").excepthook)
    location = resolve_location(tmp_path / "data")
    with open_store(location) as store:
        with store.transaction() as session:
            fill_demo(session, households=50, seed=8)
        backup = write_backup(store, tmp_path, passphrase=None).path
        with store.transaction() as session:
            session.execute(update(Resident).values(notes="备份之后改的"))
    windows: list[MainWindow] = []
    messages: list[str] = []

    def drive() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        for box in boxes:
            if box.isVisible():
                messages.append(box.text())
                box.accept()
                return  # quit only from the main loop, not from the box's own
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible() and widget not in windows:
                windows.append(widget)
                if len(windows) == 1:
                    widget.request_restore(backup, None)
                    return
        if len(windows) == 2 and messages and windows[1].isVisible():
            # As the user would. The Quit event this posts must end run_window's own
            # loop: left pending, it would end every event loop of the later tests.
            windows[1].close()

    timer = QTimer()
    timer.timeout.connect(drive)
    timer.start(50)
    assert app_module.run_window(location) == 0
    timer.stop()
    assert len(windows) == 2 and "恢复前安全备份" in messages[0]
    with open_store(location) as store, store.session() as session:
        assert session.scalar(select(func.count()).where(Resident.notes == "备份之后改的")) == 0
    assert len(list((tmp_path / "data" / "backups" / "auto").glob("*.hdbak"))) == 1


@pytest.fixture(scope="module")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return make_office(tmp_path_factory.mktemp("office"), households=30)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize(
    ("command", "step"),
    [
        ("backup", "backup-writing"),
        ("verify", "verify-unpacked"),
        ("restore", "backup-writing"),  # its safety backup, in the data folder
        ("restore", "restore-before-swap"),  # the unpacked store beside the store file
    ],
)
def test_the_window_start_leaves_no_plaintext_of_a_killed_command(
    qtbot: QtBot,
    office_template: Office,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    restore_english: None,
    command: str,
    step: str,
) -> None:
    """What a killed backup, verify or restore left in the data folder is gone once the
    window has started (a stick's unfinished backup goes at the next backup there)."""
    from PySide6.QtCore import QTimer

    office = copy_office(office_template, tmp_path / "office")
    monkeypatch.setattr("sys.excepthook", sys.excepthook)
    monkeypatch.setattr(tempfile, "tempdir", str(office.system_temp))
    monkeypatch.setattr(app_module, "back_up_on_close", lambda store: None)  # not this test's
    run_until_paused(step, *office.argv(command), env=office.env)
    assert office.plaintext_left(stick=False)
    left_at_start: list[list[Path]] = []

    def close_once_shown() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                left_at_start.append(office.plaintext_left(stick=False))
                widget.close()  # as the user would: this ends run_window's own loop

    timer = QTimer()
    timer.timeout.connect(close_once_shown)
    timer.start(50)
    assert app_module.run_window(resolve_location(office.data_dir)) == 0
    timer.stop()
    assert left_at_start == [[]]
    assert office.work_files() == []
