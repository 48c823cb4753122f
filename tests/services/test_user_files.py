"""Files the user names: inputs only when regular and within bounds, outputs private and
put in place by rename, never over a link, a folder or a device."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from hearth_desk.domain.errors import UserError
from hearth_desk.services.user_files import (
    check_output_target,
    read_small_file,
    replacing,
    require_regular_input,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes, links and FIFOs")
NOT_A_FILE = (
    "{path} is not an ordinary file (it is a folder, a link, a device or a pipe); "
    "give the name of a file."
)


def cannot_write(error: OSError) -> UserError:
    return UserError("Cannot write: {reason}", reason=error.strerror)


def refused(path: Path) -> str:
    return UserError(NOT_A_FILE, path=str(path)).english()


def odd_targets(tmp_path: Path) -> list[Path]:
    """A link to a file, a dangling link, a folder and a FIFO."""
    aimed = tmp_path / "elsewhere.txt"
    aimed.write_text("someone else's")
    link, dangling = tmp_path / "link.pdf", tmp_path / "dangling.pdf"
    link.symlink_to(aimed)
    dangling.symlink_to(tmp_path / "nowhere")
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    fifo = tmp_path / "fifo.pdf"
    os.mkfifo(fifo)
    return [link, dangling, folder, fifo]


@posix_only
def test_outputs_go_only_to_new_paths_or_regular_files(tmp_path: Path) -> None:
    check_output_target(tmp_path / "new.pdf")
    (tmp_path / "old.pdf").write_text("old")
    check_output_target(tmp_path / "old.pdf")
    for target in odd_targets(tmp_path):
        with pytest.raises(UserError) as error:
            check_output_target(target)
        assert error.value.english() == refused(target)
        with pytest.raises(UserError), replacing(target, cannot_write) as temporary:
            temporary.write_text("never")
    assert (tmp_path / "elsewhere.txt").read_text() == "someone else's"
    assert (tmp_path / "link.pdf").is_symlink() and (tmp_path / "dangling.pdf").is_symlink()
    assert stat.S_ISFIFO((tmp_path / "fifo.pdf").lstat().st_mode)
    assert not list(tmp_path.glob(".*.part"))


@posix_only
def test_a_finished_output_is_private_and_replaces_the_old_one(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "台账.xlsx"
    out.parent.mkdir()
    out.write_text("old")
    out.chmod(0o644)
    old = os.umask(0o022)
    try:
        with replacing(out, cannot_write) as temporary:
            assert stat.S_IMODE(temporary.stat().st_mode) == 0o600  # from the first byte
            temporary.write_text("new")
    finally:
        os.umask(old)
    assert out.read_text() == "new" and stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["台账.xlsx"]


def test_a_failed_output_leaves_nothing_behind(tmp_path: Path) -> None:
    out = tmp_path / "台账.xlsx"
    with pytest.raises(UserError), replacing(out, cannot_write):
        raise OSError(28, "No space left on device")
    with pytest.raises(KeyboardInterrupt), replacing(out, cannot_write):
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


@posix_only
def test_inputs_must_be_regular_files_and_small_ones_are_bounded(tmp_path: Path) -> None:
    fifo = tmp_path / "in.fifo"
    os.mkfifo(fifo)
    for odd in (fifo, Path("/dev/zero"), tmp_path):
        with pytest.raises(UserError) as error:
            read_small_file(odd, 100)
        assert error.value.english() == refused(odd)
        with pytest.raises(UserError):
            require_regular_input(odd)
    regular = tmp_path / "口令.txt"
    regular.write_bytes(b"x" * 100)
    assert read_small_file(regular, 100) == b"x" * 100
    with pytest.raises(UserError):
        read_small_file(regular, 99)
    link = tmp_path / "link.txt"
    link.symlink_to(regular)
    require_regular_input(link)  # reading through a link is harmless
    require_regular_input(tmp_path / "missing.txt")  # the caller words a missing file
    with pytest.raises(FileNotFoundError):
        read_small_file(tmp_path / "missing.txt", 100)
