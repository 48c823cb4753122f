"""Fixtures every test shares: an isolated data folder and settings, and stores on
SQLite and on a throwaway PostgreSQL cluster.

PostgreSQL tests skip with a visible reason when no server binaries are found,
unless ``HEARTH_DESK_REQUIRE_PG=1`` (set by CI) turns that into a failure.
``HEARTH_DESK_TEST_PG_URL`` points the tests at an existing server instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy.engine import make_url

from hearth_desk.storage.location import StoreLocation, resolve_location
from hearth_desk.storage.store import Store, open_store
from tests.support.pg_cluster import PgCluster, PgUnavailable, start_cluster

REQUIRE_PG_ENV = "HEARTH_DESK_REQUIRE_PG"
PG_URL_ENV = "HEARTH_DESK_TEST_PG_URL"


@pytest.fixture(scope="session")
def font_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One parsed-font cache for the whole run, as on a PC that has printed before."""
    return tmp_path_factory.mktemp("font-cache")


@pytest.fixture(autouse=True)
def isolated_user_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, font_cache_dir: Path
) -> Path:
    """No test reads or writes the real user's data folder, settings or cache."""
    data_dir = tmp_path / "data"
    monkeypatch.setenv("HEARTH_DESK_CACHE_DIR", str(font_cache_dir))
    monkeypatch.setenv("HEARTH_DESK_DATA_DIR", str(data_dir))
    monkeypatch.delenv("HEARTH_DESK_DB_URL", raising=False)
    monkeypatch.delenv("HEARTH_DESK_LANG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    try:
        from PySide6.QtCore import QSettings

        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config")
        )
    except ImportError:  # pragma: no cover - Qt is a dependency
        pass
    return data_dir


class _ExistingServer:
    """An already running server named by HEARTH_DESK_TEST_PG_URL."""

    def __init__(self, url: str) -> None:
        self.url = url

    def create_database(self, name: str) -> str:
        import psycopg

        base = make_url(self.url)
        with psycopg.connect(_libpq(base), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return base.set(database=name).render_as_string(hide_password=False)

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(_libpq(make_url(self.url)), autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        pass


def _libpq(url) -> str:  # type: ignore[no-untyped-def]
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PgCluster | _ExistingServer]:
    if os.environ.get(PG_URL_ENV):
        yield _ExistingServer(os.environ[PG_URL_ENV])
        return
    try:
        cluster = start_cluster(tmp_path_factory.mktemp("pg"))
    except PgUnavailable as reason:
        if os.environ.get(REQUIRE_PG_ENV) == "1":
            pytest.fail(f"PostgreSQL is required ({REQUIRE_PG_ENV}=1) but unavailable: {reason}")
        pytest.skip(f"PostgreSQL tests skipped: {reason}")
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_server: PgCluster | _ExistingServer) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    name = f"hd_test_{uuid.uuid4().hex[:12]}"
    url = pg_server.create_database(name)
    yield url
    pg_server.drop_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def store_location(request: pytest.FixtureRequest, isolated_user_folders: Path) -> StoreLocation:
    """Where a test's store lives: an SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return resolve_location(isolated_user_folders)
    return resolve_location(isolated_user_folders, request.getfixturevalue("pg_url"))


@pytest.fixture
def store(store_location: StoreLocation) -> Iterator[Store]:
    """A migrated, empty store, on SQLite and on PostgreSQL."""
    opened = open_store(store_location)
    yield opened
    opened.close()


@pytest.fixture
def sqlite_store(isolated_user_folders: Path) -> Iterator[Store]:
    """A migrated, empty SQLite store, for tests about SQLite files themselves."""
    opened = open_store(resolve_location(isolated_user_folders))
    yield opened
    opened.close()


@pytest.fixture
def session(store: Store):  # type: ignore[no-untyped-def]
    """A session on a migrated store; the test decides when to commit."""
    with store.session() as opened:
        yield opened
