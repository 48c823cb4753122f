"""A database fault during a command is a problem the user can fix: exit 1 and one
line in the user's language, not the apology for an internal error."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hearth_desk.cli.main import main
from hearth_desk.domain.errors import UserError
from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.services.community import get_community
from hearth_desk.storage.db_errors import (
    POSTGRESQL_MESSAGES,
    SQLITE_HELD_BY,
    SQLITE_MESSAGES,
    Fault,
)
from hearth_desk.storage.location import StoreLocation, resolve_location
from hearth_desk.storage.store import open_store
from tests.support.cli_runs import one_problem, told
from tests.support.db_faults import (
    contents,
    postgresql_table_locked,
    short_lock_waits,
    sqlite_held_by_another_program,
)

INIT = ("init", "--community", "和平里社区", "--street", "和平里街道")
SHEET = "姓名,性别,小区,楼栋,单元,门牌\n王五,男,洪山小区,1栋,1单元,0101\n"


def test_init_on_a_store_held_by_another_program(
    isolated_user_folders: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    location = resolve_location(isolated_user_folders)
    open_store(location).close()
    assert location.sqlite_path is not None
    short_lock_waits(monkeypatch)
    started = time.monotonic()
    with sqlite_held_by_another_program(location.sqlite_path):
        code = main(["init", "--community", "和平里社区", "--street", "和平里街道"])
    assert time.monotonic() - started < 5
    captured = capsys.readouterr()
    assert code == 1 and captured.out == ""
    told = UserError(SQLITE_MESSAGES[Fault.LOCKED], folder=str(isolated_user_folders))
    assert captured.err.splitlines() == [told.translated(load_catalogue("zh_CN").translate)]
    assert "Traceback" not in captured.err
    with open_store(location) as store, store.session() as session:
        assert get_community(session) is None


def _commands(tmp_path: Path) -> dict[str, tuple[str, ...]]:
    sheet = tmp_path / "台账.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    return {"init": INIT, "import": ("import", "residents", str(sheet))}


def _store_contents(location: StoreLocation) -> dict[str, list[str]]:
    with open_store(location, lock=False, upgrade=False) as store:
        return contents(store)


@pytest.mark.parametrize("journal", ["wal", "delete"])
@pytest.mark.parametrize("command", ["init", "import"])
def test_a_store_another_connection_holds_is_busy_not_an_internal_error(
    isolated_user_folders: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
    journal: str,
) -> None:
    """Issue 11: init and import gave an internal error after 5 s. In rollback-journal
    mode (a store another tool switched, or one on a share without WAL) the lock is hit
    already while the store is opened and its schema read."""
    location = resolve_location(isolated_user_folders)
    open_store(location).close()
    assert location.sqlite_path is not None
    if journal == "delete":
        with contextlib.closing(sqlite3.connect(location.sqlite_path)) as connection:
            connection.execute("PRAGMA journal_mode = DELETE")
    before = _store_contents(location)
    short_lock_waits(monkeypatch)
    args = _commands(tmp_path)[command]
    with sqlite_held_by_another_program(location.sqlite_path):
        line = one_problem(capsys, *args)
    assert line == told(SQLITE_MESSAGES[Fault.LOCKED], folder=str(isolated_user_folders))
    assert _store_contents(location) == before


@pytest.mark.postgresql
@pytest.mark.parametrize(("command", "table"), [("init", "community"), ("import", "household")])
def test_a_postgresql_table_another_program_holds_is_busy(
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
    table: str,
) -> None:
    location = resolve_location(tmp_path / "data", pg_url)
    open_store(location).close()
    before = _store_contents(location)
    short_lock_waits(monkeypatch)
    args = _commands(tmp_path)[command]
    with postgresql_table_locked(pg_url, table):
        line = one_problem(capsys, "--db-url", pg_url, *args)
    assert line == told(POSTGRESQL_MESSAGES[Fault.LOCKED], server=location.display_url)
    assert _store_contents(location) == before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc tells who holds a file")
def test_the_program_holding_the_store_is_named(
    isolated_user_folders: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    location = resolve_location(isolated_user_folders)
    open_store(location).close()
    short_lock_waits(monkeypatch)
    hold = (
        "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
        "c.execute('BEGIN EXCLUSIVE'); print('held', flush=True); time.sleep(60)"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", hold, str(location.sqlite_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        name = Path(f"/proc/{holder.pid}/comm").read_text().strip()
        for command in _commands(tmp_path).values():
            line = one_problem(capsys, *command)
            assert line == told(
                SQLITE_HELD_BY,
                folder=str(isolated_user_folders),
                programs=f"{name} (PID {holder.pid})",
            )
    finally:
        holder.kill()
        holder.wait()
