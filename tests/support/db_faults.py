"""Database faults on demand: a full disk, a store held by another program, a read-only
store, a failing disk; real where SQLite or PostgreSQL can be made to fail for real,
injected at the driver otherwise. And a snapshot of a store's contents, to show that
a failed write left nothing behind."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, make_url, select, text

from hearth_desk.domain.models import Base
from hearth_desk.storage import engine as engine_module
from hearth_desk.storage.store import Store

SHORT_WAIT_MS = 300
WRITES = ("INSERT", "UPDATE", "DELETE")


def short_lock_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stores opened after this give up on a held lock after a fraction of a second."""
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", SHORT_WAIT_MS)


def contents(store: Store) -> dict[str, list[str]]:
    """Every row of every table, comparable before and after."""
    with store.engine.connect() as connection:
        return {
            table.name: sorted(repr(tuple(row)) for row in connection.execute(select(table)))
            for table in Base.metadata.sorted_tables
        }


@contextlib.contextmanager
def on_every_connection(store: Store, *statements: str) -> Iterator[None]:
    """Run ``statements`` on each new connection (e.g. SQLite pragmas), from a fresh pool."""

    def configure(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        for statement in statements:
            cursor.execute(statement)
        cursor.close()

    event.listen(store.engine, "connect", configure)
    store.engine.dispose()
    try:
        yield
    finally:
        event.remove(store.engine, "connect", configure)
        store.engine.dispose()


def sqlite_disk_full(store: Store) -> contextlib.AbstractContextManager[None]:
    """A real SQLITE_FULL: the file may not grow by a single page."""
    with store.engine.connect() as connection:
        pages = connection.execute(text("PRAGMA page_count")).scalar()
    return on_every_connection(store, f"PRAGMA max_page_count = {pages}")


def sqlite_read_only(store: Store) -> contextlib.AbstractContextManager[None]:
    """A real SQLITE_READONLY: every write is refused as on a write-protected stick."""
    return on_every_connection(store, "PRAGMA query_only = ON")


@contextlib.contextmanager
def sqlite_held_by_another_program(path: Path) -> Iterator[None]:
    """Another program's connection holding the write lock until the block ends."""
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        yield
        other.execute("ROLLBACK")
    finally:
        other.close()


@contextlib.contextmanager
def failing_statements(
    engine: Engine, make_error: Callable[[], Exception], verbs: tuple[str, ...] = WRITES
) -> Iterator[None]:
    """The driver raises ``make_error()`` for every statement starting with ``verbs``."""

    def fail(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(verbs):
            raise make_error()

    event.listen(engine, "before_cursor_execute", fail)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", fail)


@contextlib.contextmanager
def failing_commit(engine: Engine, make_error: Callable[[], Exception]) -> Iterator[None]:
    """The driver's COMMIT raises ``make_error()``; SQLAlchemy then rolls back."""
    dialect = engine.dialect

    def fail(_dbapi_connection: Any) -> None:
        raise make_error()

    dialect.do_commit = fail  # type: ignore[method-assign]
    try:
        yield
    finally:
        del dialect.do_commit


def _libpq(store: Store) -> str:
    url = make_url(store.location.url)
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


@contextlib.contextmanager
def postgresql_read_only(store: Store) -> Iterator[None]:
    """The real thing: the database accepts only read-only transactions."""
    import psycopg

    name = make_url(store.location.url).database
    with psycopg.connect(_libpq(store), autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')
        store.engine.dispose()  # new connections take the database's setting
        try:
            yield
        finally:
            admin.execute(f'ALTER DATABASE "{name}" RESET default_transaction_read_only')
            store.engine.dispose()


@contextlib.contextmanager
def postgresql_rows_held_by_another_program(store: Store, table: str) -> Iterator[None]:
    """Another connection holding every row of ``table`` until the block ends."""
    import psycopg

    with psycopg.connect(_libpq(store)) as other:
        other.execute(f"SELECT * FROM {table} FOR UPDATE")
        yield
        other.rollback()


@contextlib.contextmanager
def postgresql_table_locked(url: str, table: str) -> Iterator[None]:
    """Another program's connection holding ``table`` so that nobody else may even read
    it, until the block ends."""
    import psycopg

    libpq = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(libpq) as other:
        other.execute(f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE")
        yield
        other.rollback()
