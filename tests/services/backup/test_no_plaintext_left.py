"""No plain text outlives a killed run: ``backup``, ``verify`` and ``restore`` are killed
(SIGKILL, in a subprocess) at each of their steps, and the next command's start leaves
no unencrypted SQLite data in the data folder's work area, the system's temporary
folder or the target, and no unfinished backup or unpacked store; while runs still
going in another process keep their files."""

from __future__ import annotations

import stat
import sys
import tempfile
from pathlib import Path

import pytest

from hearth_desk.cli.main import main
from hearth_desk.services.backup.leftovers import clean_up_after_killed_runs
from hearth_desk.storage.location import resolve_location
from tests.support.backup_kills import (
    KILL_CASES,
    Office,
    copy_office,
    holds_plaintext,
    kill,
    make_office,
    run_until_paused,
    start_paused,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return make_office(tmp_path_factory.mktemp("office"))


@pytest.fixture
def office(template: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Office:
    copied = copy_office(template, tmp_path / "office")
    monkeypatch.setattr(tempfile, "tempdir", str(copied.system_temp))  # as TMPDIR for children
    return copied


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


@pytest.mark.parametrize(("command", "step"), KILL_CASES)
def test_the_next_command_leaves_no_plaintext_after_a_kill(
    office: Office, capsys: pytest.CaptureFixture[str], command: str, step: str
) -> None:
    run_until_paused(step, *office.argv(command), env=office.env)
    assert office.plaintext_left(), "the kill left nothing: the step does not test anything"
    if command == "backup":  # the target's unfinished backup goes at the next backup there
        code, err = run(capsys, *office.argv("backup"))
        assert code == 0, err
        assert len(list(office.stick.glob("*.hdbak"))) == 2  # the office's, and this one
    else:
        code, err = run(capsys, "--data-dir", str(office.data_dir), "check")
        assert code == 0, err
    assert office.plaintext_left() == []
    assert office.work_files() == []
    assert list(office.system_temp.iterdir()) == []


def test_verifying_a_backup_on_the_stick_removes_a_killed_backups_part(
    office: Office, capsys: pytest.CaptureFixture[str]
) -> None:
    run_until_paused("backup-writing", *office.argv("backup"), env=office.env)
    (part,) = office.stick.glob("*.part")
    code, err = run(capsys, *office.argv("verify"))
    assert code == 0, err
    assert not part.exists() and office.plaintext_left() == []


def test_a_run_still_going_in_another_process_keeps_its_files(
    office: Office, capsys: pytest.CaptureFixture[str]
) -> None:
    """A backup from the command line beside another start: its work folder and its
    unfinished backup are held, so neither the other start nor a verify takes them."""
    process = start_paused("verify-unpacked", *office.argv("backup"), env=office.env)
    try:
        live = office.work_files()
        (part,) = office.stick.glob("*.part")
        assert live and all(holds_plaintext(path) for path in live if path.suffix == ".sqlite3")
        code, err = run(capsys, *office.argv("verify"))  # sweeps the stick and the work area
        assert code == 0, err
        assert all(path.exists() for path in live) and part.exists()
    finally:
        kill(process)
    clean_up_after_killed_runs(resolve_location(office.data_dir))
    assert office.work_files() == []


def test_work_files_are_private(office: Office) -> None:
    process = start_paused("verify-unpacked", *office.argv("restore"), env=office.env)
    try:
        work = office.data_dir / "backups" / "work"
        folders = [work.parent, work, *(path for path in work.iterdir() if path.is_dir())]
        files = office.work_files()
        assert files and len(folders) == 3
        assert {stat.S_IMODE(path.stat().st_mode) for path in folders} == {0o700}
        assert {stat.S_IMODE(path.stat().st_mode) for path in files} == {0o600}
    finally:
        kill(process)


def test_old_versions_verify_folders_in_the_temporary_folder_are_removed(office: Office) -> None:
    old = office.system_temp / "hearth-verify-k2j4"
    old.mkdir()
    (old / "x.hdbak.verify.sqlite3").write_bytes(b"SQLite format 3\x00")
    other = office.system_temp / "someone-else"
    other.mkdir()
    clean_up_after_killed_runs(resolve_location(office.data_dir))
    assert not old.exists() and other.exists()
