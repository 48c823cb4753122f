"""What the command line writes is the user's alone, and only where a file may be
(issue 11, point 6): the data folder 0700; the store, its log, exports (masked too:
names and addresses), printouts and the rejected rows 0600 on POSIX; and an export,
printout or rejects workbook never replaces a link, a folder or a device."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import messy_sheets as ms
from tests.support.cli_runs import one_problem, run, told

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes, links and devices")
NOT_A_FILE = (
    "{path} is not an ordinary file (it is a folder, a link, a device or a pipe); "
    "give the name of a file."
)


@pytest.fixture
def usual_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def demo(
    isolated_user_folders: Path, usual_umask: None, capsys: pytest.CaptureFixture[str]
) -> Path:
    code, _out, err = run(capsys, "demo", "--households", "10")
    assert code == 0, err
    return isolated_user_folders


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_everything_with_personal_data_is_the_users_alone(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    commands = [
        ("export", "residents", str(out / "masked.xlsx")),
        ("export", "residents", str(out / "full.xlsx"), "--full-id"),
        ("print", "overview", "--out", str(out / "overview.pdf")),
        ("print", "ledger", "--out", str(out / "ledger.pdf")),
    ]
    for command in commands:
        code, _out, err = run(capsys, *command)
        assert code == 0, err
    sheet = ms.messy_xlsx(tmp_path / "messy.xlsx")
    run(capsys, "import", "residents", str(sheet), "--rejects", str(out / "rejects.xlsx"))
    written = sorted(p.name for p in out.iterdir())
    assert written == ["full.xlsx", "ledger.pdf", "masked.xlsx", "overview.pdf", "rejects.xlsx"]
    assert {name: mode(out / name) for name in written} == dict.fromkeys(written, 0o600)
    assert mode(demo) == 0o700
    assert mode(demo / "hearth-desk.sqlite3") == 0o600
    assert mode(demo / "logs") == 0o700
    assert mode(demo / "logs" / "hearth-desk.log") == 0o600


@posix_only
def test_an_older_data_folder_is_made_private_on_the_next_start(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path, old in (
        (demo, 0o755),
        (demo / "hearth-desk.sqlite3", 0o644),
        (demo / "logs", 0o755),
        (demo / "logs" / "hearth-desk.log", 0o644),
    ):
        path.chmod(old)
    code, _out, err = run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")
    assert code == 0, err
    assert mode(demo) == 0o700 and mode(demo / "logs") == 0o700
    assert mode(demo / "hearth-desk.sqlite3") == mode(demo / "logs" / "hearth-desk.log") == 0o600


def odd_targets(tmp_path: Path) -> list[Path]:
    """A link to someone's file, a folder, a FIFO and (as root) a device like /dev/full."""
    aimed = tmp_path / "someone-elses.txt"
    aimed.write_text("keep me")
    link = tmp_path / "link.xlsx"
    link.symlink_to(aimed)
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    fifo = tmp_path / "fifo.xlsx"
    os.mkfifo(fifo)
    targets = [link, folder, fifo]
    if os.geteuid() == 0:
        device = tmp_path / "full.xlsx"
        os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(1, 7))  # what /dev/full is
        targets.append(device)
    return targets


@posix_only
def test_outputs_never_replace_a_link_a_folder_or_a_device(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 11: export and print renamed over the target, so run as root an export
    replaced /dev/full with a regular file, and a link with a copy."""
    targets = odd_targets(tmp_path)
    kinds = {target: stat.S_IFMT(target.lstat().st_mode) for target in targets}
    sheet = ms.messy_xlsx(tmp_path / "messy.xlsx")
    for target in targets:
        expected = told(NOT_A_FILE, path=str(target))
        assert one_problem(capsys, "export", "residents", str(target)) == expected
        assert one_problem(capsys, "print", "overview", "--out", str(target)) == expected
        code, _out, err = run(capsys, "import", "residents", str(sheet), "--rejects", str(target))
        assert code == 1 and "Traceback" not in err
        assert err.splitlines().count(expected) == 1
    assert {target: stat.S_IFMT(target.lstat().st_mode) for target in targets} == kinds
    assert (tmp_path / "someone-elses.txt").read_text() == "keep me"
    assert not list(tmp_path.glob(".*.part"))


def test_a_new_output_in_a_new_folder_still_works(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "新文件夹" / "台账.xlsx"
    code, _out, err = run(capsys, "export", "residents", str(out))
    assert code == 0, err
    assert out.stat().st_size > 0 and [p.name for p in out.parent.iterdir()] == ["台账.xlsx"]
