"""Database faults during normal use: a full disk, a store held by another program, a
read-only store and a failing disk each end in one ``UserError`` that says what to do,
the store stays exactly as it was, and any other database error is still a bug."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.id_numbers import make_id_number
from hearth_desk.domain.models import Gender
from hearth_desk.services.community import set_community
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.services.ledger import grid
from hearth_desk.services.ledger import households as ledger
from hearth_desk.storage.db_errors import (
    POSTGRESQL_MESSAGES,
    SQLITE_MESSAGES,
    Fault,
    fault_of,
)
from hearth_desk.storage.location import StoreLocation, resolve_location
from hearth_desk.storage.store import Store, open_store
from tests.support.db_faults import (
    contents,
    failing_commit,
    failing_statements,
    postgresql_read_only,
    postgresql_rows_held_by_another_program,
    short_lock_waits,
    sqlite_disk_full,
    sqlite_held_by_another_program,
    sqlite_read_only,
)
from tests.support.factories import person, small_ledger

WANG_ID = make_id_number("110101", dt.date(1958, 6, 1), 31, Gender.MALE)


@contextlib.contextmanager
def filled_store(location: StoreLocation, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """A store with a community and a small ledger that gives up on a held lock quickly."""
    short_lock_waits(monkeypatch)
    with open_store(location) as store:
        with store.transaction() as session:
            set_community(session, "和平里社区", "和平里街道")
            small_ledger(session)
        yield store


@pytest.fixture
def filled(store_location: StoreLocation, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """On SQLite and on PostgreSQL."""
    with filled_store(store_location, monkeypatch) as store:
        yield store


@pytest.fixture
def filled_sqlite(isolated_user_folders: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    with filled_store(resolve_location(isolated_user_folders), monkeypatch) as store:
        yield store


@pytest.fixture
def filled_postgresql(
    isolated_user_folders: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Store]:
    with filled_store(resolve_location(isolated_user_folders, pg_url), monkeypatch) as store:
        yield store


def replace_the_ledger(session: Session) -> None:
    """A large write: every household replaced by a demo street's."""
    fill_demo(session, households=300, replace=True)


def add_wang(session: Session) -> None:
    """A small write that carries an ID number."""
    unit = grid.ensure_unit(session, "洪山小区", "3栋", "2单元")
    ledger.add_household(session, unit.id, "0501", person("王五", WANG_ID, "13700001111"))


def refused_write(store: Store, write: Callable[[Session], None]) -> UserError:
    """Run ``write`` as a unit of work; it must be refused, leaving the store as it was."""
    before = contents(store)
    with pytest.raises(UserError) as refused:
        with store.transaction() as session:
            write(session)
    assert contents(store) == before
    return refused.value


def expected(store: Store, fault: Fault) -> str:
    return (SQLITE_MESSAGES if store.dialect == "sqlite" else POSTGRESQL_MESSAGES)[fault]


def assert_explains(error: UserError, store: Store, fault: Fault) -> None:
    assert error.message == expected(store, fault)
    assert "nothing was saved" in str(error)
    if store.dialect == "sqlite":
        assert error.params == {"folder": str(store.location.data_dir)}
    else:
        assert error.params == {"server": store.location.display_url}


def disk_error(store: Store) -> Exception:
    if store.dialect == "sqlite":
        return sqlite3.OperationalError("disk I/O error")
    import psycopg.errors

    return psycopg.errors.IoError("could not write block 7 of relation base/1/2")


def disk_full_error(store: Store) -> Exception:
    if store.dialect == "sqlite":
        return sqlite3.OperationalError("database or disk is full")
    import psycopg.errors

    return psycopg.errors.DiskFull("could not extend file: No space left on device")


# --- a full disk --------------------------------------------------------------------


def test_a_full_disk_on_sqlite(filled_sqlite: Store) -> None:
    with sqlite_disk_full(filled_sqlite):
        error = refused_write(filled_sqlite, replace_the_ledger)
    assert_explains(error, filled_sqlite, Fault.FULL)
    assert str(filled_sqlite.location.data_dir) in str(error)


@pytest.mark.postgresql
def test_a_full_disk_on_postgresql(filled_postgresql: Store) -> None:
    with failing_statements(filled_postgresql.engine, lambda: disk_full_error(filled_postgresql)):
        error = refused_write(filled_postgresql, replace_the_ledger)
    assert_explains(error, filled_postgresql, Fault.FULL)


def test_a_commit_that_fails_is_explained_and_rolled_back(filled: Store) -> None:
    with failing_commit(filled.engine, lambda: disk_full_error(filled)):
        error = refused_write(filled, add_wang)
    assert_explains(error, filled, Fault.FULL)


# --- a store held by another program -------------------------------------------------


def test_a_store_held_by_another_program_on_sqlite(filled_sqlite: Store) -> None:
    assert filled_sqlite.location.sqlite_path is not None
    started = time.monotonic()
    with sqlite_held_by_another_program(filled_sqlite.location.sqlite_path):
        error = refused_write(filled_sqlite, add_wang)
    assert time.monotonic() - started < 5  # answers quickly instead of hanging
    assert_explains(error, filled_sqlite, Fault.LOCKED)
    assert "another program" in str(error)


@pytest.mark.postgresql
def test_rows_held_by_another_program_on_postgresql(filled_postgresql: Store) -> None:
    started = time.monotonic()
    with postgresql_rows_held_by_another_program(filled_postgresql, "community"):
        error = refused_write(
            filled_postgresql, lambda session: set_community(session, "新社区", "新街道")
        )
    assert time.monotonic() - started < 5
    assert_explains(error, filled_postgresql, Fault.LOCKED)


def test_stores_wait_a_few_seconds_for_a_lock(sqlite_store: Store) -> None:
    with sqlite_store.engine.connect() as connection:
        waits = connection.execute(text("PRAGMA busy_timeout")).scalar()
    assert 1000 <= waits <= 10_000


# --- a read-only store ---------------------------------------------------------------


def test_a_read_only_store_on_sqlite(
    filled_sqlite: Store, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with sqlite_read_only(filled_sqlite):
        error = refused_write(filled_sqlite, add_wang)
    assert_explains(error, filled_sqlite, Fault.READ_ONLY)
    assert "write-protect" in str(error)
    # Neither the message nor the log repeats the statement's ID number.
    for told in (str(error), caplog.text):
        assert WANG_ID not in told and WANG_ID[-6:] not in told
    assert "read-only" in caplog.text


@pytest.mark.postgresql
def test_a_read_only_database_on_postgresql(filled_postgresql: Store) -> None:
    with postgresql_read_only(filled_postgresql):
        error = refused_write(filled_postgresql, add_wang)
    assert_explains(error, filled_postgresql, Fault.READ_ONLY)


# --- a failing disk ------------------------------------------------------------------


def test_a_disk_error(filled: Store) -> None:
    with failing_statements(filled.engine, lambda: disk_error(filled)):
        error = refused_write(filled, replace_the_ledger)
    assert_explains(error, filled, Fault.IO)


# --- every unit of work is covered ---------------------------------------------------


def test_sessions_for_reading_are_covered(filled: Store) -> None:
    with failing_statements(filled.engine, lambda: disk_error(filled), verbs=("SELECT",)):
        with pytest.raises(UserError) as refused, filled.session() as session:
            session.execute(text("SELECT count(*) FROM resident")).scalar()
    assert_explains(refused.value, filled, Fault.IO)


def test_sessions_that_commit_themselves_are_covered(filled: Store) -> None:
    before = contents(filled)
    with failing_commit(filled.engine, lambda: disk_full_error(filled)):
        with pytest.raises(UserError) as refused, filled.session() as session:
            add_wang(session)
            session.commit()
    assert_explains(refused.value, filled, Fault.FULL)
    assert contents(filled) == before


def test_core_transactions_are_covered(filled: Store) -> None:
    before = contents(filled)
    with failing_statements(filled.engine, lambda: disk_full_error(filled)):
        with pytest.raises(UserError) as refused, filled.connection_transaction() as connection:
            connection.execute(text("DELETE FROM resident_care_tag"))
    assert_explains(refused.value, filled, Fault.FULL)
    assert contents(filled) == before


def test_a_user_error_inside_a_transaction_rolls_back(filled: Store) -> None:
    def add_then_refuse(session: Session) -> None:
        add_wang(session)
        session.flush()
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The file {path} was not found."), path="x")

    error = refused_write(filled, add_then_refuse)
    assert error.message == "The file {path} was not found."


# --- anything else is still a bug ----------------------------------------------------


def test_other_database_errors_stay_bugs(filled: Store) -> None:
    def bug() -> Exception:
        if filled.dialect == "sqlite":
            return sqlite3.OperationalError("no such table: residnet")
        import psycopg.errors

        return psycopg.errors.UndefinedTable('relation "residnet" does not exist')

    before = contents(filled)
    with failing_statements(filled.engine, bug), pytest.raises(DBAPIError) as raised:
        with filled.transaction() as session:
            add_wang(session)
    assert not isinstance(raised.value, UserError)
    assert contents(filled) == before


def test_an_integrity_error_is_not_mistaken_for_a_fault(filled: Store) -> None:
    with pytest.raises(DBAPIError), filled.transaction() as session:
        session.execute(
            text(
                "INSERT INTO community (id, name, street, district) "
                "SELECT id, name, street, district FROM community"
            )
        )


@pytest.mark.parametrize(
    ("orig", "fault"),
    [
        (sqlite3.OperationalError("database is locked"), Fault.LOCKED),
        (sqlite3.OperationalError("attempt to write a readonly database"), Fault.READ_ONLY),
        (sqlite3.OperationalError("database or disk is full"), Fault.FULL),
        (sqlite3.OperationalError("disk I/O error"), Fault.IO),
        (sqlite3.OperationalError("no such column: nmae"), None),
        (sqlite3.IntegrityError("UNIQUE constraint failed: care_tag.name"), None),
    ],
)
def test_sqlite_errors_without_a_code_are_recognised_by_their_text(
    orig: Exception, fault: Fault | None
) -> None:
    found = fault_of(OperationalError("INSERT …", {}, orig))
    assert (found[0] if found else None) is fault


@pytest.mark.parametrize(
    ("state", "fault"),
    [
        ("53100", Fault.FULL),
        ("55P03", Fault.LOCKED),
        ("40P01", Fault.LOCKED),
        ("40001", Fault.LOCKED),
        ("25006", Fault.READ_ONLY),
        ("58030", Fault.IO),
        ("23505", None),  # unique_violation: a bug, not a fault
        ("42P01", None),
    ],
)
def test_postgresql_faults_are_recognised_by_their_sqlstate(
    state: str, fault: Fault | None
) -> None:
    class PgError(Exception):
        sqlstate = state

    found = fault_of(OperationalError("UPDATE …", {}, PgError("…")))
    assert (found[0] if found else None) is fault
