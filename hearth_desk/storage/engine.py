"""Engines with the connection settings every store needs."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Engine, create_engine, event

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError

log = logging.getLogger(__name__)

# How long a write waits for another program's lock before the store reports itself
# locked (SQLite's busy timeout, PostgreSQL's lock_timeout): brief contention passes
# unnoticed, a store held for good answers within seconds instead of hanging.
BUSY_TIMEOUT_MS = 5000


def _sqlite_pragmas(wal: bool) -> Any:
    def configure(dbapi_connection: Any, _record: Any) -> None:
        # Foreign keys are off by default in SQLite; WAL lets the window read while a
        # background import writes; the busy timeout turns brief lock contention into a wait.
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            if wal:
                cursor.execute("PRAGMA journal_mode = WAL")
                cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    return configure


def make_engine(url: str, *, wal: bool = True) -> Engine:
    """An engine for ``url``; SQLite gets its pragmas on every new connection.

    ``wal=False`` leaves the file's journal mode alone: switching to WAL rewrites the
    header, and a file we have not yet recognised as ours must stay byte for byte.
    """
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas(wal))
        return engine
    try:
        return create_engine(
            url,
            pool_pre_ping=True,
            connect_args={"connect_timeout": 5, "options": f"-c lock_timeout={BUSY_TIMEOUT_MS}"},
        )
    except ImportError as error:  # SQLAlchemy loads the driver here
        # PostgreSQL is an extra: a plain install has no driver for it.
        log.warning("database driver missing: %s", error)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "This installation cannot reach PostgreSQL: its driver (psycopg) is missing. "
                'Install it with: pip install "hearth-desk[postgresql]"',
            )
        ) from None
