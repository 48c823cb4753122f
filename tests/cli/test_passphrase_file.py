"""``--passphrase-file`` reads what Windows editors save, and only regular files
(issue 11, points 4 and 6): a BOM, the line ending and the spaces around the line are
not part of the passphrase; UTF-8, UTF-16 with BOM and GB18030 (GBK) are read; a pipe,
a device or a huge file is refused without being read. The backup file given to
``verify`` and ``restore`` must be a regular file too."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hearth_desk.cli.backup_commands import PASSPHRASE_FILE_LIMIT, read_passphrase_file
from hearth_desk.domain.errors import UserError
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store
from tests.support.cli_runs import one_problem, run, told

PASSPHRASE = "一句长长的口令 2026"
NOT_A_FILE = (
    "{path} is not an ordinary file (it is a folder, a link, a device or a pipe); "
    "give the name of a file."
)
NOT_TEXT = (
    "The passphrase file {file} is not text in UTF-8, UTF-16 or GB18030; "
    "save it again as UTF-8 text."
)
TOO_LARGE = "{path} is larger than {limit} KB; it cannot be the file meant here."
EMPTY = "The passphrase file {file} is empty."
posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev")


@pytest.mark.parametrize(
    "content",
    [
        PASSPHRASE.encode("utf-8"),
        (PASSPHRASE + "\n").encode("utf-8"),
        codecs.BOM_UTF8 + (PASSPHRASE + "\r\n").encode("utf-8"),  # Notepad's UTF-8
        ("  " + PASSPHRASE + " \t\r\n第二行\r\n").encode("utf-8"),
        ("\u3000" + PASSPHRASE + "\u3000\n").encode("utf-8"),  # full-width spaces
        (PASSPHRASE + "\r\n").encode("gbk"),  # Notepad's "ANSI" on Chinese Windows
        (PASSPHRASE + "\r\n").encode("gb18030"),
        codecs.BOM_UTF16_LE + (PASSPHRASE + "\r\n").encode("utf-16-le"),  # Notepad's "Unicode"
        codecs.BOM_UTF16_BE + (PASSPHRASE + "\r\n").encode("utf-16-be"),
    ],
)
def test_what_an_editor_saved_is_the_passphrase_typed(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "口令.txt"
    path.write_bytes(content)
    assert read_passphrase_file(str(path)) == PASSPHRASE


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", EMPTY),
        (b"\r\n", EMPTY),
        (codecs.BOM_UTF8 + b"   \n", EMPTY),
        (b"\xff\xff\xff\xff", NOT_TEXT),  # neither UTF-8 nor GB18030
        (codecs.BOM_UTF16_LE + b"\x00\xd8", NOT_TEXT),  # a lone surrogate
        (b"pass\x00word", NOT_TEXT),
    ],
)
def test_a_file_without_a_passphrase_is_one_clear_message(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "口令.txt"
    path.write_bytes(content)
    with pytest.raises(UserError) as refused:
        read_passphrase_file(str(path))
    assert refused.value.english() == UserError(message, file=str(path)).english()


def test_a_file_larger_than_a_passphrase_is_not_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "口令.txt"
    path.write_bytes(b"x" * (PASSPHRASE_FILE_LIMIT + 1))
    with pytest.raises(UserError) as refused:
        read_passphrase_file(str(path))
    assert refused.value.english() == UserError(TOO_LARGE, path=str(path), limit=64).english()


@pytest.fixture
def office(isolated_user_folders: Path) -> Path:
    with open_store(resolve_location(isolated_user_folders)) as store:
        with store.transaction() as session:
            fill_demo(session, households=10, seed=4)
    return isolated_user_folders


def test_a_backup_made_from_one_editor_verifies_with_another(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 11: the passphrase Notepad saved did not match the same one typed."""
    typed = tmp_path / "typed.txt"
    typed.write_bytes(PASSPHRASE.encode("utf-8"))
    notepad = tmp_path / "notepad.txt"
    notepad.write_bytes(codecs.BOM_UTF16_LE + (f" {PASSPHRASE}\r\n").encode("utf-16-le"))
    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, err = run(capsys, "backup", "--to", str(stick), "--passphrase-file", str(typed))
    assert code == 0, err
    code, _out, err = run(capsys, "verify", out.strip(), "--passphrase-file", str(notepad))
    assert code == 0, err


def hearth_desk(*args: str) -> subprocess.CompletedProcess[str]:
    """In a child process: a pipe read by mistake would block for ever, so the timeout
    turns that into a failure instead of a hung test run."""
    return subprocess.run(
        [sys.executable, "-m", "hearth_desk", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "HEARTH_DESK_LANG": "zh_CN"},
    )


def assert_one_line(result: subprocess.CompletedProcess[str], expected: str) -> None:
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines() == [expected]


@posix_only
def test_a_pipe_or_a_device_as_the_passphrase_file_is_refused(office: Path, tmp_path: Path) -> None:
    pipe = tmp_path / "口令.fifo"
    os.mkfifo(pipe)
    backup = tmp_path / "x.hdbak"
    backup.write_bytes(b"whatever")
    for source in (str(pipe), "/dev/zero", str(tmp_path)):
        expected = told(NOT_A_FILE, path=source)
        assert_one_line(hearth_desk("verify", str(backup), "--passphrase-file", source), expected)
        assert_one_line(
            hearth_desk("backup", "--to", str(tmp_path), "--passphrase-file", source), expected
        )
    assert list(tmp_path.glob("*.hdbak")) == [backup]


@posix_only
def test_verify_and_restore_read_only_a_regular_backup_file(office: Path, tmp_path: Path) -> None:
    pipe = tmp_path / "备份.hdbak"
    os.mkfifo(pipe)
    before = (office / "hearth-desk.sqlite3").read_bytes()
    for source in (str(pipe), "/dev/zero"):
        expected = told(NOT_A_FILE, path=source)
        assert_one_line(hearth_desk("verify", source), expected)
        assert_one_line(hearth_desk("restore", source, "--yes"), expected)
    assert (office / "hearth-desk.sqlite3").read_bytes() == before
    assert not (office / "backups" / "safety").exists()


def test_a_folder_as_the_backup_file_is_refused(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = told(NOT_A_FILE, path=str(tmp_path))
    assert one_problem(capsys, "verify", str(tmp_path)) == expected
    assert one_problem(capsys, "restore", str(tmp_path), "--yes") == expected
