"""Opening a store: the data folder, its lock, the engine and the migrations, in order.

Every check that can fail does so before anything is written, so a folder that
cannot be written, a file that is not SQLite, a store from a newer program or an
unreachable server each end in one ``UserError`` with the existing file untouched;
so does a store another program holds locked while it is being opened or migrated.

The data folder is the user's alone (0700 on POSIX) and so is the SQLite file (0600;
SQLite gives its -journal, -wal and -shm files the database's mode).
"""

from __future__ import annotations

import contextlib
import logging
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.storage import migrate
from hearth_desk.storage.db_errors import classified
from hearth_desk.storage.engine import make_engine
from hearth_desk.storage.location import StoreLocation
from hearth_desk.storage.lock import DataFolderLock
from hearth_desk.storage.private_files import create_private, restrict

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
SQLITE_FILE_SUFFIXES = ("", "-journal", "-wal", "-shm")


class Store:
    """An open store: hands out sessions and releases the folder lock on close."""

    def __init__(
        self, location: StoreLocation, engine: Engine, lock: DataFolderLock | None
    ) -> None:
        self.location = location
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading (or writing with its own commit), closed when the block
        ends; a full disk, a locked or read-only store becomes a ``UserError``."""
        with classified(self.location), self._sessions() as session:
            try:
                yield session
            except BaseException:
                # Closing alone would hand a connection whose commit failed back to the
                # pool mid-transaction, its changes visible to the next user.
                session.rollback()
                raise

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A unit of work: commits when the block ends, rolls back on any exception.

        A full disk, a locked or read-only store (also when the commit itself fails)
        becomes a ``UserError`` once the rollback is done.
        """
        with classified(self.location), self._sessions.begin() as session:
            yield session

    @contextlib.contextmanager
    def connection_transaction(self) -> Iterator[Connection]:
        """``transaction`` on a Core connection, for bulk copies."""
        with classified(self.location), self.engine.begin() as connection:
            yield connection

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def ensure_writable_folder(folder: Path) -> None:
    """Create ``folder`` if needed and prove we can write there, or explain why not."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        restrict(folder)
        probe = folder / f".write-test-{uuid.uuid4().hex}"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Cannot write to the data folder {folder} ({reason}); choose another "
                "folder with --data-dir or ask for write permission.",
            ),
            folder=str(folder),
            reason=error.strerror or str(error),
        ) from error


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database before SQLite touches it."""
    if not path.exists():
        return
    if path.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The store {path} is a folder, not a database file."),
            path=str(path),
        )
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header and header != SQLITE_MAGIC:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The file {path} is not a Hearth Desk database (not an SQLite file); "
                "it was left untouched.",
            ),
            path=str(path),
        )


def make_private_store_file(path: Path) -> None:
    """Create a missing SQLite file empty and private (SQLite would create it with the
    umask's 0644), and make an existing one and its side files private."""
    try:
        os.close(create_private(path))
    except FileExistsError:
        pass
    except OSError:
        return  # SQLite itself will say why the file cannot be made
    restrict(*(path.with_name(path.name + suffix) for suffix in SQLITE_FILE_SUFFIXES))


def connect_engine(location: StoreLocation, *, wal: bool = True) -> Engine:
    """An engine that has proved it can reach the database."""
    engine = make_engine(location.url, wal=wal)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except (OperationalError, DatabaseError) as error:
        engine.dispose()
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Cannot open the database {url}: {reason}",
            ),
            url=location.display_url,
            reason=str(error.orig).strip().splitlines()[0] if error.orig else str(error),
        ) from error
    return engine


def open_store(location: StoreLocation, *, lock: bool = True, upgrade: bool = True) -> Store:
    """Open the store at ``location``: lock the folder, check, connect and migrate.

    ``lock=False`` and ``upgrade=False`` give the read-only view that ``check`` needs
    while the window may have the store open.
    """
    ensure_writable_folder(location.data_dir)
    folder_lock = DataFolderLock(location.data_dir) if lock else None
    if folder_lock is not None:
        folder_lock.acquire()
    try:
        with classified(location):  # another program may hold the file's lock already
            engine = _checked_engine(location, upgrade)
    except Exception:
        if folder_lock is not None:
            folder_lock.release()
        raise
    return Store(location, engine, folder_lock)


def _checked_engine(location: StoreLocation, upgrade: bool) -> Engine:
    """Check the store is ours, migrate it when ``upgrade``, and return its engine."""
    sqlite_file = location.sqlite_path
    if sqlite_file is not None:
        check_sqlite_file(sqlite_file)
        if upgrade:
            make_private_store_file(sqlite_file)
    probe = connect_engine(location, wal=False)
    try:
        with probe.connect() as connection:
            migrate.check_is_ours(connection, migrate.current_revision(connection))
    finally:
        probe.dispose()
    # A read-only look (``check``) leaves even the journal mode as it found it.
    engine = make_engine(location.url, wal=upgrade)
    if upgrade:
        try:
            before = migrate.upgrade(engine, sqlite_file)
        except Exception:
            engine.dispose()
            raise
        if before != migrate.head_revision():
            log.info("migrated store from %s to %s", before, migrate.head_revision())
    return engine
