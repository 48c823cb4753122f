"""Database faults the user can put right, told apart from bugs.

A full disk, a store held by another program, a read-only store file and a failing
disk reach the unit of work as the same SQLAlchemy ``OperationalError`` /
``DatabaseError`` a bug would raise, and the window would apologise for an internal
error. ``classified`` recognises them by SQLite's result code or PostgreSQL's
SQLSTATE (the message text only for errors that carry no code) and raises one
``UserError`` instead, saying what happened and what to do. The transaction has
rolled back by then, so nothing was saved. Any other database error stays a bug:
it is re-raised unchanged and the edges log it and apologise.

Messages and the log line name only the kind of fault and its code, never the
statement or its parameters, which may hold ID numbers.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import sqlite3
from collections.abc import Iterator

from sqlalchemy.exc import DBAPIError

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.storage.file_users import programs_using
from hearth_desk.storage.location import StoreLocation

log = logging.getLogger(__name__)


class Fault(enum.Enum):
    FULL = "full"
    LOCKED = "locked"
    READ_ONLY = "read-only"
    IO = "io"


# SQLite's primary result codes (the low byte of the extended code).
SQLITE_CODES = {5: Fault.LOCKED, 8: Fault.READ_ONLY, 10: Fault.IO, 13: Fault.FULL, 14: Fault.IO}
# For errors without a code (raised by hand, or by an older sqlite3 module).
SQLITE_TEXTS = (
    ("database or disk is full", Fault.FULL),
    ("database is locked", Fault.LOCKED),
    ("readonly database", Fault.READ_ONLY),
    ("disk i/o error", Fault.IO),
    ("unable to open database file", Fault.IO),
)
POSTGRESQL_STATES = {
    "53100": Fault.FULL,  # disk_full
    "55P03": Fault.LOCKED,  # lock_not_available (our lock_timeout ran out)
    "40P01": Fault.LOCKED,  # deadlock_detected
    "40001": Fault.LOCKED,  # serialization_failure
    "25006": Fault.READ_ONLY,  # read_only_sql_transaction
    "58030": Fault.IO,  # io_error
}

SQLITE_MESSAGES = {
    Fault.FULL: QT_TRANSLATE_NOOP(
        "UserError",
        "The disk holding the data folder {folder} is full; nothing was saved. "
        "Free some space on that disk, then try again.",
    ),
    Fault.LOCKED: QT_TRANSLATE_NOOP(
        "UserError",
        "The store in {folder} is held by another program (another copy of Hearth Desk, "
        "or a sync or antivirus tool); nothing was saved. Wait a moment and try again, "
        "or close that program.",
    ),
    Fault.READ_ONLY: QT_TRANSLATE_NOOP(
        "UserError",
        "The store file in {folder}, or the folder itself, is read-only; nothing was saved. "
        "Check the folder's permissions and, on a USB stick, its write-protect switch.",
    ),
    Fault.IO: QT_TRANSLATE_NOOP(
        "UserError",
        "The store in {folder} could not be read or written (a disk error); nothing was "
        "saved. The disk or USB stick may have been removed or be failing: check it, "
        "then try again.",
    ),
}
POSTGRESQL_MESSAGES = {
    Fault.FULL: QT_TRANSLATE_NOOP(
        "UserError",
        "The disk of the database server {server} is full; nothing was saved. "
        "Ask whoever looks after the server to free some space, then try again.",
    ),
    Fault.LOCKED: QT_TRANSLATE_NOOP(
        "UserError",
        "Another program using the database server {server} (another copy of Hearth Desk, "
        "say) is holding the data you changed; nothing was saved. Wait a moment and try again.",
    ),
    Fault.READ_ONLY: QT_TRANSLATE_NOOP(
        "UserError",
        "The database server {server} only allows reading at the moment; nothing was saved. "
        "Ask whoever looks after the server to make the database writable again.",
    ),
    Fault.IO: QT_TRANSLATE_NOOP(
        "UserError",
        "The database server {server} could not read or write its disk; nothing was saved. "
        "Ask whoever looks after the server to check it.",
    ),
}


def fault_of(error: DBAPIError) -> tuple[Fault, str] | None:
    """The kind of fault and its code (for the log), or ``None`` for a bug."""
    orig = error.orig
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)  # psycopg 3 / 2
    if state:
        fault = POSTGRESQL_STATES.get(state)
        return (fault, state) if fault else None
    if not isinstance(orig, sqlite3.Error):
        return None
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        fault = SQLITE_CODES.get(code & 0xFF)
        return (fault, getattr(orig, "sqlite_errorname", str(code))) if fault else None
    text = str(orig).lower()
    for needle, fault in SQLITE_TEXTS:
        if needle in text:
            return fault, needle
    return None


# A locked SQLite store when the system tells us who holds it (storage/file_users).
SQLITE_HELD_BY = QT_TRANSLATE_NOOP(
    "UserError",
    "The store in {folder} is in use by another program ({programs}); nothing was saved. "
    "Close that program, or wait until it is done, then try again.",
)


def user_error(fault: Fault, location: StoreLocation) -> UserError:
    """What the user reads: where the store is and what to do about ``fault``."""
    if location.is_sqlite:
        if fault is Fault.LOCKED and location.sqlite_path is not None:
            programs = programs_using(location.sqlite_path)
            if programs:
                return UserError(
                    SQLITE_HELD_BY, folder=str(location.data_dir), programs=", ".join(programs)
                )
        return UserError(SQLITE_MESSAGES[fault], folder=str(location.data_dir))
    return UserError(POSTGRESQL_MESSAGES[fault], server=location.display_url)


@contextlib.contextmanager
def classified(location: StoreLocation) -> Iterator[None]:
    """Turn a database fault raised in the block into a ``UserError``; let bugs through.

    Put it outside the session or transaction, so the rollback has happened (and a
    failing commit is caught) before the user is told that nothing was saved.
    """
    try:
        yield
    except DBAPIError as error:
        found = fault_of(error)
        if found is None:
            raise
        fault, code = found
        log.warning("store fault: %s (%s)", fault.value, code)
        raise user_error(fault, location) from error
