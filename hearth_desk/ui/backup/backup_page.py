"""The Backup area: back up to a USB stick or any folder, check a backup, restore one.

Every step that touches files runs off the UI thread behind a progress dialog. A
restore is only confirmed here (after the backup is verified and its date and
counts are shown beside the store's); the window then closes the store, restores
and reopens (``restore_confirmed``), so no page can touch the store mid-swap. A backup
written is broadcast, so the date of the last one and the list of automatic backups
follow wherever they are shown. While the page is shown, a stick plugged in appears
by itself (``DriveWatcher``). A wrong passphrase asks again, saying so, rather than
ending the check: the office should not have to find the file again for a typo.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.services.backup import auto, container, secrets
from hearth_desk.services.backup.drives import Drive
from hearth_desk.services.backup.reader import (
    BackupUnreadable,
    Manifest,
    counts_text,
    verify_in_data_folder,
)
from hearth_desk.services.backup.restore import RestorePreview, preview_restore
from hearth_desk.services.backup.writer import BackupResult, write_backup
from hearth_desk.services.changes import Changes, Kind
from hearth_desk.services.community import get_community
from hearth_desk.services.progress import Progress
from hearth_desk.storage.store import Store
from hearth_desk.ui.backup.auto_list import AutoBackupList
from hearth_desk.ui.backup.drive_watcher import DriveWatcher
from hearth_desk.ui.backup.last_backup import last_backup_text
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.errors import ErrorPresenter, translate
from hearth_desk.ui.common.progress_dialog import run_with_progress
from hearth_desk.ui.common.worker import BackgroundTask

MIN_PASSPHRASE = 8
# The reasons a check fails that another passphrase may mend: ask again for these.
ASK_AGAIN = frozenset({"wrong_passphrase", "needs_passphrase"})


class _Refused:
    """What a check hands back when the passphrase was refused (not a failure: the
    user is asked again)."""

    def __init__(self, error: BackupUnreadable) -> None:
        self.error = error


class BackupPage(QWidget):
    backup_written = Signal(object)  # BackupResult, once this page has written one
    restore_confirmed = Signal(object, object)  # the backup's Path, its passphrase or None

    def __init__(self, store: Store, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._errors = errors
        self.target: Path | None = None

        heading = QLabel(self.tr("Backups"))
        heading.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.last_backup = QLabel()
        self.last_backup.setWordWrap(True)

        self.drive_list = QListWidget()
        self.drive_list.setMaximumHeight(120)
        self.drive_list.currentItemChanged.connect(self._drive_chosen)
        self.drive_watcher = DriveWatcher(self)
        self.drive_watcher.changed.connect(self.show_drives)
        refresh = QPushButton(self.tr("Look for USB sticks again"))
        refresh.clicked.connect(self.refresh_drives)
        choose = QPushButton(self.tr("Choose a folder…"))
        choose.clicked.connect(self._choose_folder)
        self.target_label = QLabel(self.tr("No place chosen yet."))
        self.target_label.setWordWrap(True)
        drive_buttons = QHBoxLayout()
        drive_buttons.addWidget(refresh)
        drive_buttons.addWidget(choose)
        drive_buttons.addStretch(1)

        self.encrypt = QCheckBox(self.tr("Encrypt with a passphrase (recommended for USB sticks)"))
        self.encrypt.setChecked(True)
        self.encrypt.toggled.connect(self._update_state)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.textChanged.connect(self._update_state)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.textChanged.connect(self._update_state)
        self.remember = QCheckBox(self.tr("Remember the passphrase on this PC"))
        self.remember.setEnabled(secrets.can_remember())
        if not secrets.can_remember():
            self.remember.setToolTip(self.tr("This PC has no secure place to keep it."))
        self.passphrase_note = QLabel()
        self.forget_warning = QLabel(
            self.tr(
                "Remember the passphrase: if it is forgotten, the encrypted backups can "
                "never be opened again, and nobody can recover it."
            )
        )
        self.forget_warning.setWordWrap(True)
        self.forget_warning.setStyleSheet("color: #a4161a; font-weight: bold;")
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setStyleSheet("font-size: 14pt; padding: 8px;")
        self.backup_button.clicked.connect(self.start_backup)

        backup_box = QGroupBox(self.tr("Back up to a USB stick or a folder"))
        form = QFormLayout(backup_box)
        form.addRow(self.tr("USB sticks:"), self.drive_list)
        form.addRow(drive_buttons)
        form.addRow(self.tr("Back up to:"), self.target_label)
        form.addRow(self.encrypt)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Passphrase again:"), self.repeat)
        form.addRow(self.forget_warning)
        form.addRow(self.remember)
        form.addRow(self.passphrase_note)
        form.addRow(self.backup_button)

        self.verify_button = QPushButton(self.tr("Check a backup…"))
        self.verify_button.clicked.connect(self.choose_and_verify)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        self.restore_button.clicked.connect(self.choose_and_restore)
        other_box = QGroupBox(self.tr("Check or restore"))
        other_buttons = QHBoxLayout()
        other_buttons.addWidget(self.verify_button)
        other_buttons.addWidget(self.restore_button)
        other_buttons.addStretch(1)
        self.auto_backups = AutoBackupList(store.location.data_dir)
        self.auto_backups.restore_requested.connect(self.prepare_restore)
        other = QVBoxLayout(other_box)
        other.addLayout(other_buttons)
        other.addWidget(QLabel(self.tr("Automatic backups on this PC:")))
        other.addWidget(self.auto_backups)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.last_backup)
        layout.addWidget(backup_box)
        layout.addWidget(other_box)
        layout.addStretch(1)

        self._recall_passphrase()
        self.show_drives([])  # until the first look when shown (on the worker) answers
        self.refresh_last_backup()
        self.subscription = operations.Subscription(
            self, Kind.BACKUPS, lambda _broadcast: self.refresh_backups(), own=False
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.drive_watcher.look()
        self.drive_watcher.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.drive_watcher.stop()  # no looking at drives for a page nobody sees
        super().hideEvent(event)

    # --- where to -----------------------------------------------------------------

    def refresh_drives(self) -> None:
        """Look for sticks now, off the UI thread; the list follows when they are found."""
        self.drive_watcher.look()

    def show_drives(self, found: list[Drive]) -> None:
        """List ``found``, keeping the chosen stick chosen if it is still there."""
        self.drive_list.blockSignals(True)  # rebuilding the list chooses nothing
        self.drive_list.clear()
        for drive in found:
            text = self.tr("{label} ({path}) — {free} MB free").format(
                label=drive.label, path=drive.path, free=drive.free // (1024 * 1024)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(drive.path))
            self.drive_list.addItem(item)
            if drive.path == self.target:
                self.drive_list.setCurrentItem(item)
        if self.drive_list.count() == 0:
            item = QListWidgetItem(self.tr("No USB stick found; choose a folder instead."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.drive_list.addItem(item)
        self.drive_list.blockSignals(False)
        self._update_state()

    def _drive_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.set_target(Path(item.data(Qt.ItemDataRole.UserRole)))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up into which folder?"))
        if folder:
            self.set_target(Path(folder))

    def set_target(self, folder: Path) -> None:
        self.target = folder
        self.target_label.setText(str(folder))
        self._update_state()

    # --- passphrase ---------------------------------------------------------------

    def _community(self) -> str:
        with self._store.session() as session:
            info = get_community(session)
        return info.name if info else ""

    def _recall_passphrase(self) -> None:
        remembered = secrets.recall(self._community()) if secrets.can_remember() else None
        if remembered:
            self.passphrase.setText(remembered)
            self.repeat.setText(remembered)
            self.remember.setChecked(True)

    def passphrase_problem(self) -> str | None:
        if not self.encrypt.isChecked():
            return None
        text = self.passphrase.text()
        if len(text) < MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least {n} characters.").format(n=MIN_PASSPHRASE)
        if text != self.repeat.text():
            return self.tr("The two passphrases differ.")
        return None

    def _update_state(self) -> None:
        self.forget_warning.setVisible(self.encrypt.isChecked())
        for field in (self.passphrase, self.repeat, self.remember):
            field.setEnabled(
                self.encrypt.isChecked() and (field is not self.remember or secrets.can_remember())
            )
        problem = self.passphrase_problem()
        typed = bool(self.passphrase.text() or self.repeat.text())
        self.passphrase_note.setText(problem if problem and typed else "")
        self.passphrase_note.setStyleSheet("color: #a4161a;")
        self.backup_button.setEnabled(self.target is not None and problem is None)

    # --- backing up ---------------------------------------------------------------

    def start_backup(self) -> BackgroundTask | None:
        if self.target is None or self.passphrase_problem() is not None:
            return None
        store, target = self._store, self.target
        passphrase = self.passphrase.text() if self.encrypt.isChecked() else None

        def call(progress: Progress) -> BackupResult:
            result = write_backup(store, target, passphrase=passphrase, progress=progress)
            data_dir = store.location.data_dir
            if data_dir not in result.path.parents:  # the date the home page nags about
                auto.record_external_backup(data_dir, result.path)
            return result

        task = operations.start_job(
            self, self.tr("Backing up…"), call, self._errors, changes=Changes.of(Kind.BACKUPS)
        )
        task.succeeded.connect(lambda result: self._backed_up(result, passphrase))
        return task

    def _backed_up(self, result: BackupResult, passphrase: str | None) -> None:
        if passphrase and self.remember.isChecked():
            secrets.remember(self._community(), passphrase)
        elif not self.remember.isChecked():
            secrets.forget(self._community())
        self.refresh_backups()
        self.backup_written.emit(result)
        QMessageBox.information(
            self,
            self.tr("Backup written"),
            self.tr("The backup was written and checked:\n{path}").format(path=result.path),
        )

    def refresh_backups(self) -> None:
        """After a backup was written (here or anywhere): its date and the automatic ones."""
        self.refresh_last_backup()
        self.auto_backups.refresh()

    def refresh_last_backup(self) -> None:
        text, overdue = last_backup_text(self._store.location.data_dir)
        self.last_backup.setText(text)
        self.last_backup.setStyleSheet(
            "font-size: 13pt; color: #a4161a;" if overdue else "font-size: 13pt;"
        )

    # --- checking and restoring ---------------------------------------------------

    def _choose_backup(self, title: str) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(
            self, title, str(self.target or ""), self.tr("Hearth Desk backups (*.hdbak)")
        )
        return Path(path) if path else None

    def passphrase_for(self, path: Path, refused: str | None = None) -> tuple[bool, str | None]:
        """(go on?, passphrase): asks only when the backup is encrypted. ``refused`` is
        why the last passphrase was refused: it heads the question, and the remembered
        passphrase (which may be the one refused) is not offered again."""
        try:
            with path.open("rb") as source:
                encrypted = container.read_header(source).encrypted
        except Exception:  # damaged or foreign: the check will say so precisely
            return True, None
        if not encrypted:
            return True, None
        remembered = None
        if refused is None and secrets.can_remember():
            remembered = secrets.recall(self._community())
        question = self.tr("The backup {file} is encrypted. Passphrase:").format(file=path.name)
        text, ok = QInputDialog.getText(
            self,
            self.tr("Passphrase"),
            f"{refused}\n\n{question}" if refused else question,
            QLineEdit.EchoMode.Password,
            remembered or "",
        )
        return ok, text or None

    def choose_and_verify(self) -> None:
        path = self._choose_backup(self.tr("Check which backup?"))
        if path is not None:
            self.verify(path)

    def _check_backup(
        self,
        path: Path,
        passphrase: str | None,
        ask: bool,
        check: Callable[[str | None, Progress], Any],
        then: Callable[[str | None, Any], object],
        refused: str | None = None,
    ) -> BackgroundTask | None:
        """Ask for the backup's passphrase (unless given), read the backup behind a
        progress dialog, then hand what was read on: verifying and restoring both start so.
        A passphrase asked for and refused is asked for again, with the reason, until
        it is accepted or the user cancels."""
        if ask:
            ok, passphrase = self.passphrase_for(path, refused)
            if not ok:
                return None

        def read(progress: Progress) -> Any:
            try:
                return check(passphrase, progress)
            except BackupUnreadable as error:
                if ask and error.reason in ASK_AGAIN:
                    return _Refused(error)
                raise

        def read_back(result: Any) -> None:
            if isinstance(result, _Refused):
                why = result.error.translated(translate)
                # Once this task has finished delivering, not inside it.
                QTimer.singleShot(
                    0, lambda: self._check_backup(path, None, True, check, then, refused=why)
                )
            else:
                then(passphrase, result)

        task = run_with_progress(self, self.tr("Checking the backup…"), read, self._errors)
        task.succeeded.connect(read_back)
        return task

    def verify(
        self, path: Path, passphrase: str | None = None, *, ask: bool = True
    ) -> BackgroundTask | None:
        data_dir = self._store.location.data_dir
        return self._check_backup(
            path,
            passphrase,
            ask,
            lambda key, progress: verify_in_data_folder(path, key, data_dir, progress),
            lambda _key, manifest: self._verified(path, manifest),
        )

    def _verified(self, path: Path, manifest: Manifest) -> None:
        QMessageBox.information(
            self,
            self.tr("Backup is whole"),
            self.tr(
                "The backup {file} is complete and intact.\n\nCommunity: {community}\n"
                "Made: {time}\nContents: {counts}"
            ).format(
                file=path.name,
                community=manifest.community,
                time=manifest.created_at.replace("T", " "),
                counts=counts_text(manifest.counts, translate),
            ),
        )

    def choose_and_restore(self) -> None:
        path = self._choose_backup(self.tr("Restore which backup?"))
        if path is not None:
            self.prepare_restore(path)

    def prepare_restore(
        self, path: Path, passphrase: str | None = None, *, ask: bool = True
    ) -> BackgroundTask | None:
        store = self._store
        return self._check_backup(
            path,
            passphrase,
            ask,
            lambda key, _progress: preview_restore(store, path, key),
            lambda key, preview: self.confirm_restore(path, key, preview),
        )

    def confirm_restore(self, path: Path, passphrase: str | None, preview: RestorePreview) -> bool:
        question = QMessageBox(self)
        question.setIcon(QMessageBox.Icon.Warning)
        question.setWindowTitle(self.tr("Restore from a backup"))
        question.setText(
            self.tr(
                "Replace everything in the program with this backup?\n\n"
                "Backup of {time}: {backup}\nNow in the program: {current}\n\n"
                "A safety copy of the present data is kept first."
            ).format(
                time=preview.manifest.created_at.replace("T", " "),
                backup=counts_text(preview.manifest.counts, translate),
                current=counts_text(preview.current_counts, translate),
            )
        )
        restore = question.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        question.addButton(QMessageBox.StandardButton.Cancel)
        question.setDefaultButton(QMessageBox.StandardButton.Cancel)
        question.exec()
        if question.clickedButton() is not restore:
            return False
        self.restore_confirmed.emit(path, passphrase)
        return True
