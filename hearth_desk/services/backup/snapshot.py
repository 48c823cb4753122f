"""A consistent single-file SQLite copy of the store, whatever the store runs on.

SQLite stores are copied with SQLite's online backup API while the program runs
(one read transaction, so the copy is one moment), and the copy's journal mode is
set to DELETE so it is one self-contained file. A PostgreSQL store is exported
logically into a new SQLite file of the same schema, table by table: the archive is
then the same kind whatever the store, and a community can move between a PC and a
server through a backup.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    String,
    Table,
    delete,
    func,
    insert,
    inspect,
    select,
    text,
)

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import Base, Community
from hearth_desk.storage import migrate
from hearth_desk.storage.engine import make_engine
from hearth_desk.storage.store import Store

COPY_BATCH = 5000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def snapshot_store(store: Store, target: Path) -> None:
    """Write a consistent copy of ``store`` to the new file ``target``."""
    sqlite_file = store.location.sqlite_path
    if sqlite_file is not None:
        migrate.copy_sqlite_file(sqlite_file, target)
    else:
        export_to_sqlite(store.engine, target)


def _tables() -> list:
    return list(Base.metadata.sorted_tables)  # parents before children


def export_to_sqlite(engine: Engine, target: Path) -> None:
    """Copy every table of a (PostgreSQL) store into a new SQLite store file."""
    copy = make_engine(sqlite_url(target), wal=False)
    try:
        migrate.upgrade(copy)
        with engine.connect() as source, copy.begin() as destination:
            source_revision = migrate.current_revision(source)
            if source_revision != migrate.head_revision():
                raise RuntimeError(f"store at {source_revision}, not head")
            _copy_rows(source, destination)
    finally:
        copy.dispose()


def import_from_sqlite(snapshot: Path, destination: Connection) -> None:
    """Replace every row of the (PostgreSQL) store with the snapshot's, in the caller's
    transaction; then move the id sequences past the copied ids."""
    source_engine = make_engine(sqlite_url(snapshot), wal=False)
    try:
        with source_engine.connect() as source:
            _copy_rows(source, destination)
    finally:
        source_engine.dispose()
    if destination.dialect.name == "postgresql":
        for table in _tables():
            if "id" in table.c and table.c.id.primary_key:
                destination.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                    )
                )


def _copy_rows(source: Connection, destination: Connection) -> None:
    tables = _tables()
    for table in reversed(tables):  # children first
        destination.execute(delete(table))
    for table in tables:
        limits = _length_limits(table)
        batch: list[dict] = []
        ordered = select(table).order_by(*table.primary_key.columns)  # parents first
        for row in source.execute(ordered).mappings():
            _check_lengths(table.name, row, limits)
            batch.append(dict(row))
            if len(batch) >= COPY_BATCH:
                destination.execute(insert(table), batch)
                batch = []
        if batch:
            destination.execute(insert(table), batch)


def _length_limits(table: Table) -> dict[str, int]:
    """The declared lengths of a table's text columns, which PostgreSQL enforces and
    SQLite does not (an older version let longer values into a SQLite store)."""
    return {
        column.name: column.type.length
        for column in table.columns
        if isinstance(column.type, String) and column.type.length
    }


def _check_lengths(table: str, row: Any, limits: dict[str, int]) -> None:
    """Refuse, before anything is written, a value the server would refuse mid-copy
    (with a database error that names nothing a user can find)."""
    for column, limit in limits.items():
        value = row[column]
        if isinstance(value, str) and len(value) > limit:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "This backup cannot go onto the database server: in {table}, row {row}, "
                    "{column} holds {length} characters where the server allows {limit}. "
                    "Shorten it on the PC the backup came from, then back up again.",
                ),
                table=table,
                row=row.get("id", "?"),
                column=column,
                length=len(value),
                limit=limit,
            )


def describe(connection: Connection) -> tuple[str | None, dict[str, int], str]:
    """Schema revision, rows per table, and the community's name of a store."""
    revision = migrate.current_revision(connection)
    names = set(inspect(connection).get_table_names())
    counts = {
        table.name: connection.scalar(select(func.count()).select_from(table)) or 0
        for table in _tables()
        if table.name in names
    }
    community = ""
    if "community" in names:
        community = connection.scalar(select(Community.name).order_by(Community.id).limit(1)) or ""
    return revision, counts, community


def describe_file(path: Path) -> tuple[str | None, dict[str, int], str]:
    engine = make_engine(sqlite_url(path), wal=False)
    try:
        with engine.connect() as connection:
            return describe(connection)
    finally:
        engine.dispose()
