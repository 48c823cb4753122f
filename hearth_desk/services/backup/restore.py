"""Putting a backup back: compare, keep a safety copy, restore whole or not at all.

A restore first verifies the backup completely and unpacks it into the data
folder, migrating a backup from an older schema (a newer one is refused by the
check). Then it takes a safety backup of the current store, kept in
``backups/safety`` and named in the result, and only then swaps the store:

- SQLite: the store's write-ahead log is checkpointed and removed, and the unpacked
  file replaces the store file with one atomic rename. A crash at any moment leaves
  either the old store or the new one, never a mix.
- PostgreSQL: every table's rows are replaced in one transaction.

The caller must have closed every other connection to the store (the window
closes its store, restores, and reopens).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.services.backup.fault_injection import pause_for_fault
from hearth_desk.services.backup.reader import Manifest, verify_backup
from hearth_desk.services.backup.snapshot import describe, import_from_sqlite, sqlite_url
from hearth_desk.services.backup.writer import backups_dir, fsync_folder, work_dir, write_backup
from hearth_desk.services.progress import Progress
from hearth_desk.storage import migrate
from hearth_desk.storage.engine import make_engine
from hearth_desk.storage.store import Store

SAFETY_PREFIX = "恢复前安全备份"


@dataclass(frozen=True)
class RestorePreview:
    """What the user confirms: the backup's date and counts beside the store's."""

    manifest: Manifest
    current_counts: dict[str, int]
    current_community: str


@dataclass(frozen=True)
class RestoreResult:
    manifest: Manifest
    safety_backup: Path
    migrated_from: str | None  # the backup's schema when it was older than ours


def preview_restore(store: Store, backup: Path, passphrase: str | None) -> RestorePreview:
    """Verify ``backup`` fully and describe both sides; changes nothing."""
    verified = verify_backup(backup, passphrase, work_dir(store.location.data_dir))
    with store.engine.connect() as connection:
        _revision, counts, community = describe(connection)
    return RestorePreview(verified.manifest, counts, community)


def restore_backup(
    store: Store,
    backup: Path,
    passphrase: str | None,
    progress: Progress | None = None,
) -> RestoreResult:
    """Replace the store's contents with ``backup``'s. ``store`` is closed afterwards
    for SQLite (its file was swapped): open the store again to use it."""
    progress = progress or Progress.silent()
    work = Path(tempfile.mkdtemp(prefix="restore-", dir=work_dir(store.location.data_dir)))
    try:
        progress.report(0, 100, QT_TRANSLATE_NOOP("Progress", "Checking the backup…"))
        verified = verify_backup(backup, passphrase, work, keep_snapshot=True)
        assert verified.snapshot is not None
        manifest = verified.manifest
        migrated_from = None
        if manifest.schema != migrate.head_revision():
            progress.report(30, 100, QT_TRANSLATE_NOOP("Progress", "Upgrading the backup's data…"))
            engine = make_engine(sqlite_url(verified.snapshot), wal=False)
            try:
                migrated_from = migrate.upgrade(engine)
            finally:
                engine.dispose()
        progress.report(40, 100, QT_TRANSLATE_NOOP("Progress", "Keeping a safety copy…"))
        safety_dir = backups_dir(store.location.data_dir) / "safety"
        safety_dir.mkdir(parents=True, exist_ok=True)
        safety = write_backup(store, safety_dir, passphrase=None, prefix=SAFETY_PREFIX).path
        pause_for_fault("restore-safety-written")
        progress.report(70, 100, QT_TRANSLATE_NOOP("Progress", "Restoring…"))
        sqlite_file = store.location.sqlite_path
        if sqlite_file is not None:
            _swap_sqlite(store, verified.snapshot, sqlite_file)
        else:
            with store.connection_transaction() as connection:
                import_from_sqlite(verified.snapshot, connection)
        progress.report(100, 100, QT_TRANSLATE_NOOP("Progress", "Restored."))
        return RestoreResult(manifest, safety, migrated_from)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _swap_sqlite(store: Store, snapshot: Path, sqlite_file: Path) -> None:
    # The unpacked file must sit on the store's file system for the rename to be atomic.
    incoming = sqlite_file.with_name(sqlite_file.name + ".incoming")
    shutil.copyfile(snapshot, incoming)
    _fsync(incoming)
    store.engine.dispose()  # our connections go; the caller has closed any others
    connection = sqlite3.connect(sqlite_file)
    try:
        busy, _log, _moved = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The store is still in use by another program; close it and try again.",
                )
            )
        connection.execute("PRAGMA journal_mode = DELETE")  # the WAL is folded in and gone
    finally:
        connection.close()
    for leftover in ("-wal", "-shm"):
        Path(f"{sqlite_file}{leftover}").unlink(missing_ok=True)
    pause_for_fault("restore-before-swap")
    os.replace(incoming, sqlite_file)  # the one moment the store changes
    fsync_folder(sqlite_file.parent)
    pause_for_fault("restore-after-swap")


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
