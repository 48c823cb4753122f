"""Migrations: the revisions build exactly the models' schema, upgrade old stores with
their data intact, keep a copy of a SQLite store before upgrading it, and refuse a
store made by a newer program."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import Base
from hearth_desk.storage import migrate
from hearth_desk.storage.engine import make_engine
from hearth_desk.storage.location import StoreLocation
from hearth_desk.storage.store import Store, open_store


def test_upgrade_from_empty_yields_exactly_the_models_schema(store: Store) -> None:
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_store_is_at_the_programs_head_revision(store: Store) -> None:
    with store.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()


def _store_at_first_revision(location: StoreLocation) -> None:
    location.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(location.url)
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0001")
        connection.execute(
            text(
                "INSERT INTO community (id, name, street, district) "
                "VALUES (1, '和平里社区', '和平里街道', '北京市东城区')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO grid_node (id, parent_id, level, name, sort_order, leader_name) "
                "VALUES (1, NULL, 'compound', '𠮷祥小区', 0, '王喆')"
            )
        )
    engine.dispose()


def test_a_store_made_by_the_first_revision_upgrades_with_its_data_intact(
    store_location: StoreLocation,
) -> None:
    _store_at_first_revision(store_location)
    with open_store(store_location) as store, store.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        assert connection.execute(text("SELECT name, street, district FROM community")).one() == (
            "和平里社区",
            "和平里街道",
            "北京市东城区",
        )
        assert connection.execute(text("SELECT name, leader_name FROM grid_node")).one() == (
            "𠮷祥小区",
            "王喆",
        )
        assert connection.execute(text("SELECT count(*) FROM resident")).scalar() == 0


def test_a_sqlite_store_is_copied_aside_before_it_is_upgraded(tmp_path: Path) -> None:
    from hearth_desk.storage.location import resolve_location

    location = resolve_location(tmp_path)
    _store_at_first_revision(location)
    open_store(location).close()
    assert location.sqlite_path is not None
    copy = location.sqlite_path.with_name(
        f"{location.sqlite_path.name}.before-{migrate.head_revision()}"
    )
    engine = make_engine(f"sqlite:///{copy}")
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == "0001"
        assert connection.execute(text("SELECT name FROM community")).scalar() == "和平里社区"
    engine.dispose()


def test_a_store_from_a_newer_program_is_refused_and_left_untouched(
    store_location: StoreLocation,
) -> None:
    open_store(store_location).close()
    engine = make_engine(store_location.url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    before = store_location.sqlite_path.read_bytes() if store_location.sqlite_path else None
    with pytest.raises(UserError) as refused:
        open_store(store_location)
    assert "newer version" in str(refused.value)
    if before is not None:
        assert store_location.sqlite_path.read_bytes() == before


def test_the_head_constant_is_alembics_head() -> None:
    """``HEAD_REVISION`` saves importing Alembic on every start; a new revision must
    move it too, or stores would be thought newer than the program."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.head_revision() in migrate.known_revisions()


def test_opening_a_store_at_head_does_not_import_alembic(store_location: StoreLocation) -> None:
    with open_store(store_location):
        pass  # made at head
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from hearth_desk.services.ledger.query import ResidentFilter, count_residents\n"
        "from hearth_desk.storage.location import StoreLocation\n"
        "from hearth_desk.storage.store import open_store\n"
        "location = StoreLocation(Path(sys.argv[1]), sys.argv[2])\n"
        "with open_store(location) as store, store.session() as session:\n"
        "    count_residents(session, ResidentFilter())\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    finished = subprocess.run(
        [sys.executable, "-c", code, str(store_location.data_dir), store_location.url],
        capture_output=True,
        text=True,
        check=True,
    )
    assert finished.stdout.strip() == "[]"
