"""The Backup area: back up to a stick or folder, check a backup, confirm a restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hearth_desk.services.backup.reader import verify_backup
from hearth_desk.services.backup.writer import write_backup
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.storage.store import Store
from hearth_desk.ui.backup.backup_page import BackupPage
from tests.support.presenters import RecordingPresenter

PASS = "一句足够长的备份口令"


@pytest.fixture
def filled(sqlite_store: Store) -> Store:
    with sqlite_store.transaction() as session:
        fill_demo(session, households=40, seed=3)
    return sqlite_store


@pytest.fixture
def page(qtbot: QtBot, filled: Store, errors: RecordingPresenter) -> BackupPage:
    widget = BackupPage(filled, errors)
    qtbot.addWidget(widget)
    return widget


def test_the_backup_button_waits_for_a_place_and_a_good_passphrase(
    page: BackupPage, tmp_path: Path
) -> None:
    assert not page.backup_button.isEnabled()
    page.set_target(tmp_path)
    page.passphrase.setText("短")
    page.repeat.setText("短")
    assert not page.backup_button.isEnabled() and "at least" in page.passphrase_note.text()
    page.passphrase.setText(PASS)
    page.repeat.setText(PASS + "x")
    assert not page.backup_button.isEnabled() and "differ" in page.passphrase_note.text()
    page.repeat.setText(PASS)
    assert page.backup_button.isEnabled()
    page.encrypt.setChecked(False)
    assert page.backup_button.isEnabled() and not page.passphrase.isEnabled()


def test_backing_up_writes_a_verified_encrypted_file_and_updates_the_date(
    qtbot: QtBot, page: BackupPage, tmp_path: Path, answer_message_boxes: list[str]
) -> None:
    stick = tmp_path / "U盘"
    stick.mkdir()
    page.set_target(stick)
    page.passphrase.setText(PASS)
    page.repeat.setText(PASS)
    with qtbot.waitSignal(page.backup_written, timeout=20_000) as written:
        page.start_backup()
    path = written.args[0].path
    assert path.parent == stick
    assert verify_backup(path, PASS, tmp_path / "w").manifest.counts["household"] == 40
    assert "(today)" in page.last_backup.text()  # not "0 days ago"
    qtbot.waitUntil(lambda: bool(answer_message_boxes), timeout=5000)
    assert str(path) in answer_message_boxes[0]


def test_checking_a_damaged_backup_names_the_damage(
    qtbot: QtBot, page: BackupPage, filled: Store, errors: RecordingPresenter, tmp_path: Path
) -> None:
    path = write_backup(filled, tmp_path, passphrase=None).path
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 100])
    task = page.verify(path, None, ask=False)
    assert task is not None
    qtbot.waitUntil(lambda: bool(errors.shown), timeout=10_000)
    assert "damaged" in errors.shown[0][1]


def test_a_restore_is_confirmed_with_both_sides_counts(
    qtbot: QtBot, page: BackupPage, filled: Store, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    path = write_backup(filled, tmp_path, passphrase=None).path
    seen: list[str] = []

    def press_restore() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                restore = next(b for b in widget.buttons() if b.text() == "Restore")
                restore.click()

    timer = QTimer()
    timer.timeout.connect(press_restore)
    timer.start(30)
    with qtbot.waitSignal(page.restore_confirmed, timeout=20_000) as confirmed:
        page.prepare_restore(path, None, ask=False)
    timer.stop()
    assert confirmed.args == [path, None]
    assert "households 40" in seen[0] and seen[0].count("households 40") == 2


def test_the_window_restores_with_no_page_on_the_store_and_reopens(
    qtbot: QtBot, filled: Store, errors: RecordingPresenter, tmp_path: Path
) -> None:
    from sqlalchemy import func, select, update

    from hearth_desk.domain.models import Resident
    from hearth_desk.ui.shell.app import restore_in_window

    path = write_backup(filled, tmp_path, passphrase=None).path
    with filled.transaction() as session:
        session.execute(update(Resident).values(notes="备份之后改的"))
    reopened, message = restore_in_window(filled, filled.location, path, None, errors)
    try:
        assert reopened is not filled
        with reopened.session() as session:
            changed = session.scalar(select(func.count()).where(Resident.notes == "备份之后改的"))
        assert changed == 0
        assert message is not None and "was restored" in message and "恢复前安全备份" in message
    finally:
        reopened.close()


def test_the_last_backup_reads_today_yesterday_or_days_ago(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt
    from types import SimpleNamespace

    from hearth_desk.services.backup import auto
    from hearth_desk.ui.backup.backup_page import last_backup_text

    made = dt.datetime(2026, 11, 20, 9, 30)
    monkeypatch.setattr(auto, "last_external_backup", lambda _folder: SimpleNamespace(at=made))
    texts = {
        days: last_backup_text(tmp_path, made + dt.timedelta(days=days))[0] for days in (0, 1, 9)
    }
    assert "(today)" in texts[0] and "(yesterday)" in texts[1] and "(9 days ago)" in texts[9]
