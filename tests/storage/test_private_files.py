"""Private folders and files: 0700 and 0600 on POSIX whatever the umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from hearth_desk.storage.private_files import create_private, private_dir, private_file, restrict

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


@posix_only
def test_folders_and_files_are_the_owners_alone(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        folder = private_dir(tmp_path / "a" / "b")
        descriptor = create_private(folder / "x.bin")
        os.write(descriptor, b"data")
        os.close(descriptor)
        plain = folder / "y.txt"
        plain.write_text("y")
        private_file(plain)
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "x.bin").stat().st_mode) == 0o600
    assert stat.S_IMODE(plain.stat().st_mode) == 0o600


def test_create_private_refuses_an_existing_file(tmp_path: Path) -> None:
    (tmp_path / "x").write_text("old")
    with pytest.raises(FileExistsError):
        create_private(tmp_path / "x")


@posix_only
def test_restrict_makes_what_exists_private_and_never_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    store = folder / "store.sqlite3"
    store.write_text("x")
    store.chmod(0o644)
    link = folder / "link"
    link.symlink_to(store)
    assert restrict(folder, store, link, folder / "missing-wal")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(store.stat().st_mode) == 0o600

    def refuse(*_args: object) -> None:
        raise PermissionError(1, "Operation not permitted")  # a FAT stick, another's file

    store.chmod(0o644)
    monkeypatch.setattr(os, "chmod", refuse)
    assert restrict(store) is False
