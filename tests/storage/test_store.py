"""Opening a store: settings on every connection, one program per folder, and bad
stores refused with one clear message while the file stays exactly as it was."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from hearth_desk.domain.errors import UserError
from hearth_desk.storage.location import SQLITE_FILE_NAME, resolve_location
from hearth_desk.storage.store import Store, open_store


def test_sqlite_connections_enforce_foreign_keys_with_wal_and_a_busy_timeout(
    sqlite_store: Store,
) -> None:
    with sqlite_store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_store_file_lives_in_the_chosen_data_folder(tmp_path: Path) -> None:
    with open_store(resolve_location(tmp_path / "elsewhere")) as store:
        assert store.location.sqlite_path == tmp_path / "elsewhere" / SQLITE_FILE_NAME
    assert (tmp_path / "elsewhere" / SQLITE_FILE_NAME).exists()


def test_environment_chooses_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEARTH_DESK_DATA_DIR", str(tmp_path / "from-env"))
    assert resolve_location().data_dir == tmp_path / "from-env"
    assert resolve_location(tmp_path / "flag").data_dir == tmp_path / "flag"


def test_plain_postgresql_urls_use_psycopg_3(tmp_path: Path) -> None:
    location = resolve_location(tmp_path, "postgresql://office:secret@db.local/hearth")
    assert location.url.startswith("postgresql+psycopg://")
    assert "secret" not in location.display_url


def test_a_second_program_on_the_same_folder_is_refused(store: Store) -> None:
    with pytest.raises(UserError) as refused:
        open_store(store.location)
    assert "already running" in str(refused.value)


def test_the_folder_is_free_again_after_close(store: Store) -> None:
    store.close()
    open_store(store.location).close()


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path: Path) -> None:
    location = resolve_location(tmp_path)
    tmp_path.mkdir(exist_ok=True)
    content = "姓名,身份证号\n张三,110101195003041234\n".encode()
    assert location.sqlite_path is not None
    location.sqlite_path.write_bytes(content)
    with pytest.raises(UserError) as refused:
        open_store(location)
    assert "not an SQLite file" in str(refused.value)
    assert location.sqlite_path.read_bytes() == content


def test_a_foreign_sqlite_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    import sqlite3

    location = resolve_location(tmp_path)
    assert location.sqlite_path is not None
    connection = sqlite3.connect(location.sqlite_path)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()
    before = location.sqlite_path.read_bytes()
    with pytest.raises(UserError) as refused:
        open_store(location)
    assert "not a Hearth Desk store" in str(refused.value)
    assert location.sqlite_path.read_bytes() == before


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0,
    reason="root and Windows ignore folder permissions",
)
def test_a_folder_that_cannot_be_written_is_explained(tmp_path: Path) -> None:
    locked = tmp_path / "read-only"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(UserError) as refused:
            open_store(resolve_location(locked))
        assert "Cannot write to the data folder" in str(refused.value)
    finally:
        locked.chmod(stat.S_IRWXU)


def test_a_path_blocked_by_a_file_is_explained(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(UserError) as refused:
        open_store(resolve_location(blocker / "data"))
    assert "Cannot write to the data folder" in str(refused.value)


def test_an_unreachable_postgresql_server_is_explained(tmp_path: Path) -> None:
    location = resolve_location(tmp_path, "postgresql://nobody:s3cr3tpass@127.0.0.1:9/none")
    with pytest.raises(UserError) as refused:
        open_store(location)
    message = str(refused.value)
    assert "Cannot open the database" in message
    assert "s3cr3tpass" not in message


def test_a_transaction_rolls_back_on_error(store: Store) -> None:
    from hearth_desk.services.community import get_community, set_community

    with pytest.raises(RuntimeError), store.transaction() as session:
        set_community(session, "和平里社区", "和平里街道")
        raise RuntimeError("power cut")
    with store.session() as session:
        assert get_community(session) is None


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_data_folder_and_the_store_with_its_side_files_are_private(tmp_path: Path) -> None:
    """Issue 11: the folder was 0755 and the store 0644 under the usual umask."""
    old = os.umask(0o022)
    try:
        with open_store(resolve_location(tmp_path / "data")) as store:
            with store.transaction() as session:
                from hearth_desk.services.community import set_community

                set_community(session, "和平里社区", "和平里街道")
            folder = tmp_path / "data"
            files = [folder / (SQLITE_FILE_NAME + suffix) for suffix in ("", "-wal", "-shm")]
            assert all(file.exists() for file in files)  # WAL: the side files are there
            assert {file.name: stat.S_IMODE(file.stat().st_mode) for file in files} == {
                file.name: 0o600 for file in files
            }
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    finally:
        os.umask(old)
