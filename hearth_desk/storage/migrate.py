"""Bring a store's schema up to the program's, safely.

Alembic is configured in code from the package's own folder, so the installed program
migrates without a repository-level ``alembic.ini``. A SQLite store that needs
upgrading is first copied aside to ``<file>.before-<revision>`` with SQLite's online
backup, so a failed or unwanted migration can always be undone by hand.

A store already at ``HEAD_REVISION`` (every start but the first after an update) is
recognised by reading ``alembic_version`` directly; Alembic is imported only to
migrate or to tell an older revision from a newer program's.
"""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.storage.migrations import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache
def _scripts() -> ScriptDirectory:
    """The shipped revisions, read once: they cannot change while the program runs."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> set[str]:
    return {script.revision for script in _scripts().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The store's revision as Alembic records it; None for a database without one."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def check_is_ours(connection: Connection, revision: str | None) -> None:
    """Refuse stores made by a newer program, and databases that are not ours at all."""
    if revision == HEAD_REVISION:
        return
    if revision is None:
        if inspect(connection).get_table_names():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The database {where} holds tables but is not a Hearth Desk store; "
                    "it was left untouched.",
                ),
                where=_describe(connection),
            )
        return
    if revision not in known_revisions():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The store {where} was made by a newer version of Hearth Desk "
                "(schema {revision}); install the newer version to open it. "
                "The store was left untouched.",
            ),
            where=_describe(connection),
            revision=revision,
        )


def upgrade(engine: Engine, sqlite_file: Path | None = None) -> str:
    """Migrate to head; returns the revision the store was at (``"empty"`` if new)."""
    head = head_revision()
    with engine.connect() as connection:
        before = current_revision(connection)
        check_is_ours(connection, before)
    if before == head:
        return head
    if before is not None and sqlite_file is not None:
        copy_aside(sqlite_file, f"before-{head}")
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    return before or "empty"


def copy_aside(sqlite_file: Path, suffix: str) -> Path:
    """A consistent single-file copy of a live SQLite store, next to it."""
    target = sqlite_file.with_name(f"{sqlite_file.name}.{suffix}")
    copy_sqlite_file(sqlite_file, target)
    return target


def copy_sqlite_file(source_file: Path, target: Path) -> None:
    """Copy a live SQLite store with SQLite's online backup API: one read transaction,
    so one moment in time, into one self-contained file (journal mode DELETE)."""
    source = sqlite3.connect(source_file)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
    finally:
        source.close()


def _describe(connection: Connection) -> str:
    return connection.engine.url.render_as_string(hide_password=True)
