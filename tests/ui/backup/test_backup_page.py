"""The Backup area: back up to a stick or folder, check a backup, confirm a restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
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
    from hearth_desk.ui.backup.last_backup import last_backup_text

    made = dt.datetime(2026, 11, 20, 9, 30)
    monkeypatch.setattr(auto, "last_external_backup", lambda _folder: SimpleNamespace(at=made))
    texts = {
        days: last_backup_text(tmp_path, made + dt.timedelta(days=days))[0] for days in (0, 1, 9)
    }
    assert "(today)" in texts[0] and "(yesterday)" in texts[1] and "(9 days ago)" in texts[9]


# --- issue 12: what a new user trips over on the Backup page ---------------------------


def press_restore_when_asked(seen: list[str]) -> QTimer:
    """Press "Restore" in the confirmation as soon as it shows; ``seen`` gets its text."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    def press() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                next(b for b in widget.buttons() if b.text() == "Restore").click()

    timer = QTimer()
    timer.timeout.connect(press)
    timer.start(30)
    return timer


def answer_passphrase_questions(answers: list[str | None], asked: list[str]) -> QTimer:
    """Answer each passphrase question in turn (None: Cancel); ``asked`` gets its text."""
    from PySide6.QtWidgets import QApplication, QInputDialog

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QInputDialog) and widget.isVisible():
                asked.append(widget.labelText())
                reply = answers.pop(0) if answers else None
                if reply is None:
                    widget.reject()
                else:
                    widget.setTextValue(reply)
                    widget.accept()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(30)
    return timer


def test_the_page_warns_that_a_forgotten_passphrase_cannot_be_recovered(
    qtbot: QtBot, page: BackupPage
) -> None:
    from PySide6.QtWidgets import QLabel

    def warnings() -> list[QLabel]:
        return [
            label
            for label in page.findChildren(QLabel)
            if "forgotten" in label.text() and "never" in label.text() and label.isVisible()
        ]

    page.show()
    qtbot.waitExposed(page)
    assert len(warnings()) == 1
    page.encrypt.setChecked(False)  # no passphrase: nothing to forget
    assert warnings() == []


def test_the_automatic_backups_are_listed_newest_first_and_one_can_be_restored(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    import datetime as dt

    from hearth_desk.services.backup import auto

    with sqlite_store.transaction() as session:
        fill_demo(session, households=5, seed=3)
    older = auto.make_auto_backup(sqlite_store, dt.datetime(2026, 11, 20, 18, 5))
    newer = auto.make_auto_backup(sqlite_store, dt.datetime(2026, 11, 23, 17, 45))
    page = BackupPage(sqlite_store, errors)
    qtbot.addWidget(page)
    listed = page.auto_backups
    assert listed.backups() == [newer, older]
    texts = [listed.list.item(row).text() for row in range(listed.list.count())]
    assert texts[0].startswith("2026-11-23 17:45") and texts[1].startswith("2026-11-20 18:05")
    assert all("MB" in text for text in texts)

    assert not listed.restore_button.isEnabled()  # nothing chosen yet
    listed.list.setCurrentRow(0)
    seen: list[str] = []
    timer = press_restore_when_asked(seen)
    with qtbot.waitSignal(page.restore_confirmed, timeout=20_000) as confirmed:
        listed.restore_button.click()
    timer.stop()
    assert confirmed.args == [newer, None]
    assert "households 5" in seen[0] and errors.shown == []


def test_the_automatic_backups_list_follows_a_backup_made_while_the_page_is_open(
    qtbot: QtBot, page: BackupPage, filled: Store
) -> None:
    import datetime as dt

    from hearth_desk.services.backup import auto
    from hearth_desk.services.changes import Changes, Kind
    from hearth_desk.ui.common.operations import change_hub

    page.show()
    qtbot.waitExposed(page)
    assert page.auto_backups.backups() == []
    made = auto.make_auto_backup(filled, dt.datetime(2026, 11, 23, 9, 0))
    change_hub().broadcast(Changes.of(Kind.BACKUPS), None)  # as every backup made is
    assert page.auto_backups.backups() == [made]


def test_a_stick_plugged_in_while_the_page_is_open_appears_by_itself(
    qtbot: QtBot,
    filled: Store,
    errors: RecordingPresenter,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No button press; the drives are looked for off the UI thread."""
    import threading

    from hearth_desk.services.backup import drives
    from hearth_desk.services.backup.drives import Drive
    from hearth_desk.ui.backup import drive_watcher

    plugged: list[Drive] = []
    looked_on: list[threading.Thread] = []

    def removable_drives() -> list[Drive]:
        looked_on.append(threading.current_thread())
        return list(plugged)

    monkeypatch.setattr(drives, "removable_drives", removable_drives)
    monkeypatch.setattr(drive_watcher, "POLL_MS", 50)
    page = BackupPage(filled, errors)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: len(looked_on) >= 2, timeout=5000)

    def listed() -> str:
        return " | ".join(page.drive_list.item(r).text() for r in range(page.drive_list.count()))

    assert "No USB stick found" in listed()
    first = Drive(tmp_path / "KINGSTON", "KINGSTON", 8 << 30, 16 << 30)
    plugged.append(first)
    qtbot.waitUntil(lambda: "KINGSTON" in listed(), timeout=5000)
    page.drive_list.setCurrentRow(0)
    assert page.target == first.path
    plugged.append(Drive(tmp_path / "SANDISK", "SANDISK", 1 << 30, 4 << 30))
    qtbot.waitUntil(lambda: "SANDISK" in listed(), timeout=5000)
    assert page.target == first.path and page.drive_list.currentItem().text().startswith("KING")
    assert threading.main_thread() not in looked_on

    page.hide()  # a page nobody sees does not look
    assert not page.drive_watcher.running
    qtbot.waitUntil(lambda: not page.drive_watcher.looking, timeout=5000)
    before = len(looked_on)
    qtbot.wait(300)
    assert len(looked_on) == before


@pytest.fixture
def encrypted(filled: Store, tmp_path: Path) -> Path:
    return write_backup(filled, tmp_path, passphrase=PASS).path


@pytest.fixture
def picked(encrypted: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The file picker answers the encrypted backup; the list records each opening."""
    from PySide6.QtWidgets import QFileDialog

    openings: list[str] = []

    def pick(*_args: object) -> tuple[str, str]:
        openings.append("asked")
        return str(encrypted), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    return openings


def assert_asked_again_saying_why(path: Path, asked: list[str]) -> None:
    assert len(asked) == 3
    assert "wrong" not in asked[0]
    assert asked[1].startswith(f"The passphrase for the backup {path.name} is wrong.")
    assert "a passphrase is needed" in asked[2]  # nothing typed the second time
    assert all(f"The backup {path.name} is encrypted. Passphrase:" in text for text in asked)


def test_a_wrong_passphrase_when_checking_asks_again_without_the_file_picker(
    qtbot: QtBot,
    page: BackupPage,
    encrypted: Path,
    picked: list[str],
    errors: RecordingPresenter,
    answer_message_boxes: list[str],
) -> None:
    asked: list[str] = []
    timer = answer_passphrase_questions(["不对的口令一二三", "", PASS], asked)
    page.choose_and_verify()
    qtbot.waitUntil(lambda: bool(answer_message_boxes), timeout=30_000)
    timer.stop()
    assert "complete and intact" in answer_message_boxes[0]
    assert picked == ["asked"] and errors.shown == []
    assert_asked_again_saying_why(encrypted, asked)


def test_a_wrong_passphrase_when_restoring_asks_again_without_the_file_picker(
    qtbot: QtBot, page: BackupPage, encrypted: Path, picked: list[str], errors: RecordingPresenter
) -> None:
    """No message-box answerer here: it would dismiss the confirmation to be pressed."""
    asked: list[str] = []
    timer = answer_passphrase_questions(["不对的口令一二三", "", PASS], asked)
    seen: list[str] = []
    presser = press_restore_when_asked(seen)
    with qtbot.waitSignal(page.restore_confirmed, timeout=30_000) as confirmed:
        page.choose_and_restore()
    presser.stop()
    timer.stop()
    assert confirmed.args == [encrypted, PASS]
    assert picked == ["asked"] and errors.shown == []
    assert_asked_again_saying_why(encrypted, asked)


def test_cancel_after_a_wrong_passphrase_still_cancels(
    qtbot: QtBot, page: BackupPage, encrypted: Path, errors: RecordingPresenter
) -> None:
    asked: list[str] = []
    timer = answer_passphrase_questions(["不对的口令一二三", None], asked)
    confirmed: list[object] = []
    page.restore_confirmed.connect(lambda *args: confirmed.append(args))
    page.prepare_restore(encrypted)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=30_000)
    qtbot.wait(300)
    timer.stop()
    assert len(asked) == 2 and confirmed == [] and errors.shown == []


def test_the_restore_confirmation_counts_in_words_a_user_knows(
    qtbot: QtBot, page: BackupPage, filled: Store, tmp_path: Path
) -> None:
    import re

    from hearth_desk.domain.models import Base

    path = write_backup(filled, tmp_path, passphrase=None).path
    seen: list[str] = []
    timer = press_restore_when_asked(seen)
    with qtbot.waitSignal(page.restore_confirmed, timeout=20_000):
        page.prepare_restore(path, None, ask=False)
    timer.stop()
    text = seen[0]
    assert text.count("residents") >= 2 and "every record" in text
    assert text.count("care tags given to residents") == 2 and "tag assignments" not in text
    tables = [table.name for table in Base.metadata.sorted_tables]
    assert [table for table in tables if re.search(rf"\b{table}\b", text)] == []
