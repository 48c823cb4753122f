"""Putting a backup back: compare, keep a safety copy, restore whole or not at all.

A restore first verifies the backup completely and unpacks it into a run folder of
the data folder's private work area (``workspace``), migrating a backup from an
older schema (a newer one is refused by the check). For SQLite it then makes sure
that no other program has the store open, not even to read it (``export`` or
``check`` beside it): it waits briefly, then refuses, before anything is written.
Then it takes a safety backup of the current store, kept in ``backups/safety`` and
named in the result, and only then swaps the store:

- SQLite: the store's write-ahead log is checkpointed and removed, and the unpacked
  file replaces the store file with one atomic rename. A crash at any moment leaves
  either the old store or the new one, never a mix.
- PostgreSQL: every table's rows are replaced in one transaction.

A restore that fails before the store changed leaves nothing behind: no unpacked
copy, no ``.incoming`` beside the store and no safety backup, which would only be
one more plain-text copy of a store that is still there. Once the store may have
changed, the safety backup stays whatever follows: it is the way back. A killed
restore's ``.incoming`` is removed at the next start (``leftovers``).

The caller must hold the data folder's lock (the window closes its store, restores,
and reopens).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.services.backup.fault_injection import pause_for_fault
from hearth_desk.services.backup.parts import SAFETY_PREFIX, sweep_parts
from hearth_desk.services.backup.reader import Manifest, verify_backup, verify_in_data_folder
from hearth_desk.services.backup.snapshot import describe, import_from_sqlite, sqlite_url
from hearth_desk.services.backup.workspace import (
    SAFETY_FOLDER,
    incoming_path,
    private_backups_dir,
    run_folder,
)
from hearth_desk.services.backup.writer import fsync_folder, write_backup
from hearth_desk.services.progress import Progress
from hearth_desk.storage import migrate
from hearth_desk.storage.engine import make_engine
from hearth_desk.storage.private_files import create_private
from hearth_desk.storage.store import Store

# How long a restore waits for another program to let go of the store before it
# refuses: a ``check`` or a short export ends within it, an open program does not.
CLAIM_TIMEOUT_S = 3.0


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
    manifest = verify_in_data_folder(backup, passphrase, store.location.data_dir)
    with store.engine.connect() as connection:
        _revision, counts, community = describe(connection)
    return RestorePreview(manifest, counts, community)


def restore_backup(
    store: Store,
    backup: Path,
    passphrase: str | None,
    progress: Progress | None = None,
) -> RestoreResult:
    """Replace the store's contents with ``backup``'s. ``store`` is closed afterwards
    for SQLite (its file was swapped): open the store again to use it."""
    progress = progress or Progress.silent()
    data_dir = store.location.data_dir
    sweep_parts(backup.parent)
    with run_folder(data_dir, "restore") as work:
        progress.report(0, 100, QT_TRANSLATE_NOOP("Progress", "Checking the backup…"))
        verified = verify_backup(backup, passphrase, work, keep_snapshot=True)
        assert verified.snapshot is not None
        pause_for_fault("restore-unpacked")
        manifest = verified.manifest
        migrated_from = None
        if manifest.schema != migrate.head_revision():
            progress.report(30, 100, QT_TRANSLATE_NOOP("Progress", "Upgrading the backup's data…"))
            engine = make_engine(sqlite_url(verified.snapshot), wal=False)
            try:
                migrated_from = migrate.upgrade(engine)
            finally:
                engine.dispose()
        if store.location.sqlite_path is not None:
            _claim_sqlite_store(store, store.location.sqlite_path)  # before writing anything
        progress.report(40, 100, QT_TRANSLATE_NOOP("Progress", "Keeping a safety copy…"))
        safety = write_backup(
            store,
            private_backups_dir(data_dir, SAFETY_FOLDER),
            passphrase=None,
            prefix=SAFETY_PREFIX,
        ).path
        pause_for_fault("restore-safety-written")
        _replace_contents(store, verified.snapshot, safety, progress)
        progress.report(100, 100, QT_TRANSLATE_NOOP("Progress", "Restored."))
        return RestoreResult(manifest, safety, migrated_from)


@contextlib.contextmanager
def _discarded_on_failure(safety: Path) -> Iterator[None]:
    """Remove the safety backup if the block fails: the store did not change."""
    try:
        yield
    except BaseException:
        safety.unlink(missing_ok=True)
        raise


def _replace_contents(store: Store, snapshot: Path, safety: Path, progress: Progress) -> None:
    sqlite_file = store.location.sqlite_path
    with _discarded_on_failure(safety):
        progress.report(70, 100, QT_TRANSLATE_NOOP("Progress", "Restoring…"))
        if sqlite_file is not None:
            _swap_in(store, snapshot, sqlite_file)
    if sqlite_file is not None:
        fsync_folder(sqlite_file.parent)
        pause_for_fault("restore-after-swap")
        return
    # A failed commit may yet have committed: only a failure before it discards.
    with store.connection_transaction() as connection, _discarded_on_failure(safety):
        import_from_sqlite(snapshot, connection)


def _in_use() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "The store is still in use by another program; close it and try again.",
        )
    )


def _claim_sqlite_store(store: Store, sqlite_file: Path) -> None:
    """Fold the write-ahead log into the store and leave it in rollback-journal mode,
    which needs every other connection gone; or refuse, saying the store is in use."""
    store.engine.dispose()  # our connections go; the caller has closed any others
    try:
        connection = sqlite3.connect(sqlite_file, timeout=CLAIM_TIMEOUT_S)
        try:
            busy, _log, _moved = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy:
                raise _in_use()
            mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.OperationalError as error:  # "database is locked": a reader holds it
        raise _in_use() from error
    if str(mode).lower() != "delete":  # SQLite keeps WAL while another connection has it
        raise _in_use()
    for leftover in ("-wal", "-shm"):
        Path(f"{sqlite_file}{leftover}").unlink(missing_ok=True)


def _swap_in(store: Store, snapshot: Path, sqlite_file: Path) -> None:
    """Put the unpacked store beside the store file (a rename must not cross file
    systems), private and on disk, and rename it over the store while the store is
    still ours alone. Until that rename the store is untouched, and a failure leaves
    no ``.incoming``."""
    incoming = incoming_path(sqlite_file)
    incoming.unlink(missing_ok=True)  # a killed restore's (we hold the folder lock)
    try:
        with os.fdopen(create_private(incoming), "wb") as out, snapshot.open("rb") as source:
            shutil.copyfileobj(source, out)
            out.flush()
            os.fsync(out.fileno())
        _claim_sqlite_store(store, sqlite_file)  # someone may have opened it meanwhile
        pause_for_fault("restore-before-swap")
        try:
            os.replace(incoming, sqlite_file)  # the one moment the store changes
        except PermissionError as error:  # Windows: another program has the file open
            raise _in_use() from error
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
