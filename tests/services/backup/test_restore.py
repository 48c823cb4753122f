"""A restore brings back exactly what was backed up, after a safety copy, or nothing."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import Base, Resident
from hearth_desk.services.backup import restore as restore_module
from hearth_desk.services.backup.reader import BackupUnreadable
from hearth_desk.services.backup.restore import preview_restore, restore_backup
from hearth_desk.services.backup.writer import write_backup
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import Store, open_store

PASS = "口令 with spaces"


def contents(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table, ordered: what "identical contents" means."""
    with store.engine.connect() as connection:
        return {
            table.name: [
                tuple(row)
                for row in connection.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
        }


def reopen(store: Store) -> Store:
    store.close()
    return open_store(store.location)


def test_restore_brings_back_the_backed_up_contents(filled: Store, stick: Path) -> None:
    before = contents(filled)
    backup = write_backup(filled, stick, passphrase=PASS).path
    with filled.transaction() as session:  # the office keeps working, then regrets it
        session.execute(update(Resident).values(notes="改错了"))
    preview = preview_restore(filled, backup, PASS)
    assert preview.manifest.counts == preview.current_counts
    result = restore_backup(filled, backup, PASS)
    restored = reopen(filled)
    try:
        assert contents(restored) == before
        assert result.safety_backup.exists()
        assert result.safety_backup.parent.name == "safety"
    finally:
        restored.close()


def test_the_safety_copy_holds_the_store_as_it_was(
    filled: Store, stick: Path, tmp_path: Path
) -> None:
    backup = write_backup(filled, stick, passphrase=None).path
    with filled.transaction() as session:
        session.execute(update(Resident).values(notes="恢复前的版本"))
    before_restore = contents(filled)
    result = restore_backup(filled, backup, None)
    restored = reopen(filled)
    try:
        restore_backup(restored, result.safety_backup, None)  # undo the restore
        again = reopen(restored)
        assert contents(again) == before_restore
        again.close()
    finally:
        restored.close()


def test_a_wrong_passphrase_changes_nothing(filled: Store, stick: Path) -> None:
    before = contents(filled)
    backup = write_backup(filled, stick, passphrase=PASS).path
    with pytest.raises(BackupUnreadable, match="wrong"):
        restore_backup(filled, backup, "别的口令")
    assert contents(filled) == before
    assert not list((filled.location.data_dir / "backups" / "safety").glob("*.hdbak"))


def test_a_backup_moves_from_sqlite_to_a_postgresql_server(
    isolated_user_folders: Path, pg_url: str, stick: Path
) -> None:
    with open_store(resolve_location(isolated_user_folders / "pc")) as pc:
        with pc.transaction() as session:
            fill_demo(session, households=120, seed=9)
        backup = write_backup(pc, stick, passphrase=PASS).path
        on_pc = contents(pc)
    server = open_store(resolve_location(isolated_user_folders / "server", pg_url))
    try:
        restore_backup(server, backup, PASS)
        assert contents(server) == on_pc
        with server.transaction() as session:  # ids continue past the restored ones
            from hearth_desk.services.ledger import care_tags

            tag = care_tags.add_care_tag(session, "新类别")
            assert tag.id > max(row[0] for row in on_pc["care_tag"])
        back = write_backup(server, stick, passphrase=None, now=dt.datetime(2030, 1, 1)).path
    finally:
        server.close()
    with open_store(resolve_location(isolated_user_folders / "pc2")) as pc2:
        restore_backup(pc2, back, None)
    with open_store(resolve_location(isolated_user_folders / "pc2")) as pc2:
        restored = contents(pc2)
    assert restored["resident"] == on_pc["resident"]
    assert len(restored["care_tag"]) == len(on_pc["care_tag"]) + 1


def test_a_backup_from_an_older_schema_is_migrated(
    isolated_user_folders: Path, stick: Path, tmp_path: Path
) -> None:
    """A backup made at revision 0002 (before care tags) restores and gains them."""
    import sqlite3

    from alembic import command

    from hearth_desk.storage import migrate
    from hearth_desk.storage.engine import make_engine

    old_dir = isolated_user_folders / "old"
    old_dir.mkdir(parents=True)
    old_file = old_dir / "hearth-desk.sqlite3"
    engine = make_engine(f"sqlite:///{old_file}")
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0002")
        connection.exec_driver_sql(
            "INSERT INTO community (id, name, street, district) VALUES (1, '旧社区', '旧街道', '')"
        )
    engine.dispose()
    # Write the old store's archive by hand: the program itself only backs up at head.
    from tests.services.backup.test_backup_and_verify import pack_snapshot

    backup = pack_snapshot(old_file, stick / "old.hdbak", schema="0002")
    sqlite3.connect(old_file).close()
    with open_store(resolve_location(isolated_user_folders / "new")) as store:
        result = restore_backup(store, backup, None)
    assert result.migrated_from == "0002"
    with open_store(resolve_location(isolated_user_folders / "new")) as store:
        rows = contents(store)
    assert rows["community"][0][1] == "旧社区"
    assert len(rows["care_tag"]) == 8


@contextlib.contextmanager
def read_by_another_program(store: Store) -> Iterator[None]:
    """Another connection in the middle of a read transaction (an export, say)."""
    if store.location.sqlite_path is not None:
        other = sqlite3.connect(store.location.sqlite_path, isolation_level=None)
        try:
            other.execute("BEGIN")
            other.execute("SELECT count(*) FROM resident").fetchone()
            yield
        finally:
            other.close()
        return
    import psycopg
    from sqlalchemy import make_url

    url = make_url(store.location.url).set(drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False)) as other:
        other.execute("SELECT count(*) FROM resident").fetchone()  # opens the transaction
        yield
        other.rollback()


def leftovers(store: Store) -> list[Path]:
    """Whatever a restore that did not happen might have left: a safety backup, the
    unpacked store beside the store file, work files."""
    data_dir = store.location.data_dir
    found = [p for p in data_dir.glob("*.incoming")]
    found += list((data_dir / "backups" / "safety").glob("*"))
    found += list((data_dir / "backups" / "work").glob("*"))
    return found


def test_a_restore_while_another_program_reads_the_store(
    filled: Store, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite: refused before anything is written, with nothing left behind. PostgreSQL:
    a reader sees its own snapshot, so the restore goes ahead."""
    monkeypatch.setattr(restore_module, "CLAIM_TIMEOUT_S", 0.2)
    backup = write_backup(filled, stick, passphrase=PASS).path
    with filled.transaction() as session:
        session.execute(update(Resident).values(notes="备份之后改的"))
    before = contents(filled)
    with read_by_another_program(filled):
        if filled.dialect == "sqlite":
            with pytest.raises(UserError, match="in use by another program"):
                restore_backup(filled, backup, PASS)
        else:
            restore_backup(filled, backup, PASS)
    if filled.dialect == "sqlite":
        assert contents(filled) == before
        assert leftovers(filled) == []
    else:
        assert contents(filled) != before
        assert len(list((filled.location.data_dir / "backups" / "safety").glob("*.hdbak"))) == 1


def test_a_restore_that_fails_just_before_the_swap_keeps_no_safety_backup(
    sqlite_store: Store, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program opened the store after the safety backup was written: the store
    did not change, so the safety backup (a plain-text copy) goes too."""
    backup = write_backup(sqlite_store, stick, passphrase=None).path
    real = restore_module._claim_sqlite_store
    calls: list[int] = []

    def claimed_once(store: Store, sqlite_file: Path) -> None:
        calls.append(1)
        if len(calls) > 1:
            raise UserError("The store is still in use by another program; close it and try again.")
        real(store, sqlite_file)

    monkeypatch.setattr(restore_module, "_claim_sqlite_store", claimed_once)
    with pytest.raises(UserError):
        restore_backup(sqlite_store, backup, None)
    assert len(calls) == 2 and leftovers(sqlite_store) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_safety_backup_and_the_restored_store_are_private(
    sqlite_store: Store, stick: Path
) -> None:
    backup = write_backup(sqlite_store, stick, passphrase=None).path
    result = restore_backup(sqlite_store, backup, None)
    assert stat.S_IMODE(result.safety_backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(result.safety_backup.parent.stat().st_mode) == 0o700
    assert sqlite_store.location.sqlite_path is not None
    assert stat.S_IMODE(sqlite_store.location.sqlite_path.stat().st_mode) == 0o600


@pytest.mark.postgresql
def test_a_sqlite_backup_with_a_value_too_long_for_postgresql_is_refused_saying_why(
    isolated_user_folders: Path, pg_url: str, stick: Path
) -> None:
    """SQLite keeps a 150-character work unit that an old version let in; PostgreSQL
    enforces the column's 100. The restore must say which value, and change nothing."""
    from sqlalchemy import text

    from hearth_desk.domain.errors import UserError

    with open_store(resolve_location(isolated_user_folders / "pc")) as pc:
        with pc.transaction() as session:
            fill_demo(session, households=10, seed=9)
            session.execute(
                text("UPDATE resident SET work_unit = :long WHERE id = 3"), {"long": "单" * 150}
            )
        backup = write_backup(pc, stick, passphrase=PASS).path
    server = open_store(resolve_location(isolated_user_folders / "server", pg_url))
    try:
        before = contents(server)
        with pytest.raises(UserError) as refused:
            restore_backup(server, backup, PASS)
        message = str(refused.value)
        assert "resident" in message and "work_unit" in message and "150" in message, message
        assert "110101" not in message  # no ID number in the message
        assert contents(server) == before
    finally:
        server.close()
