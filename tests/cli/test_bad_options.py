"""Options that cannot be right are one line and exit 1 before anything is created:
an empty --data-dir, a data folder that is a file, a database URL we cannot use,
PostgreSQL without its driver (issue 11, points 4 and 6)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hearth_desk.storage import location as location_module
from tests.support.cli_runs import one_problem, told

EMPTY = "{option} is empty; give a value, or leave the option out."
A_FILE = "The data folder {folder} is a file, not a folder; choose a folder with --data-dir."
UNREADABLE_URL = (
    "The database URL is not one Hearth Desk can read; give one like "
    "postgresql://user@host/db, or leave --db-url out to use SQLite in the data folder."
)
OTHER_DATABASE = (
    "Hearth Desk keeps its data in SQLite or PostgreSQL, not “{kind}”; give a "
    "URL like postgresql://user@host/db, or leave --db-url out to use SQLite."
)
NO_DRIVER = (
    "This installation cannot reach PostgreSQL: its driver (psycopg) is missing. "
    'Install it with: pip install "hearth-desk[postgresql]"'
)


@pytest.fixture
def default_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The "real" default data folder, which a refused option must not touch."""
    folder = tmp_path / "default"
    monkeypatch.setattr(location_module, "default_data_dir", lambda: folder)
    monkeypatch.delenv("HEARTH_DESK_DATA_DIR")
    return folder


@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_data_dir_is_refused_not_the_default(
    default_folder: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    line = one_problem(capsys, "--data-dir", value, "init", "--community", "和平里社区",
                       "--street", "和平里街道")  # fmt: skip
    assert line == told(EMPTY, option="--data-dir")
    assert not default_folder.exists()


def test_an_empty_db_url_is_refused(
    default_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert one_problem(capsys, "--db-url", "", "check") == told(EMPTY, option="--db-url")
    assert not default_folder.exists()


def test_a_data_dir_that_is_a_file_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "台账.xlsx"
    blocker.write_bytes(b"not a folder")
    for command in (["check"], ["find", "张三"], ["init", "--community", "和", "--street", "和"]):
        line = one_problem(capsys, "--data-dir", str(blocker), *command)
        assert line == told(A_FILE, folder=str(blocker))
    assert blocker.read_bytes() == b"not a folder"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("garbage", told(UNREADABLE_URL)),
        ("foo://", told(OTHER_DATABASE, kind="foo")),
        ("mysql://office:s3cret@db/hearth", told(OTHER_DATABASE, kind="mysql")),
    ],
)
def test_a_database_url_we_cannot_use_is_one_line(
    isolated_user_folders: Path, capsys: pytest.CaptureFixture[str], url: str, expected: str
) -> None:
    line = one_problem(capsys, "--db-url", url, "check")
    assert line == expected and "s3cret" not in line
    assert not isolated_user_folders.exists()  # nothing created, not even the log


def test_postgresql_without_its_driver_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # ``import psycopg`` now fails
    line = one_problem(capsys, "--db-url", "postgresql://office@127.0.0.1:9/hearth", "check")
    assert line == told(NO_DRIVER)
    assert 'pip install "hearth-desk[postgresql]"' in line
