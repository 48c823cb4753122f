"""Which file lock guards the data folder on each OS. Refusing a second program with
the default lock is tested through the store (test_store.py); here, the choice of
lock and the refusal with the other locks the choice can give."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import filelock
import pytest
from filelock import SoftFileLock, UnixFileLock, WindowsFileLock

from hearth_desk.domain.errors import UserError
from hearth_desk.storage import lock
from hearth_desk.storage.lock import DataFolderLock, lock_class


def test_windows_gets_the_msvcrt_lock() -> None:
    assert lock_class("win32") is WindowsFileLock
    assert lock_class("win32", has_fcntl=True) is WindowsFileLock


def test_other_systems_get_flock_or_a_marker_file() -> None:
    assert lock_class("linux", has_fcntl=True) is UnixFileLock
    assert lock_class("darwin", has_fcntl=True) is UnixFileLock
    assert lock_class("linux", has_fcntl=False) is SoftFileLock


def test_the_choice_is_filelocks_own_on_this_machine() -> None:
    assert lock_class() is filelock.FileLock


def refused_then_free(first: DataFolderLock, second: DataFolderLock) -> None:
    first.acquire()
    with pytest.raises(UserError) as refused:
        second.acquire()
    assert "already running" in str(refused.value)
    first.release()
    second.acquire()
    second.release()


def test_the_marker_file_fallback_refuses_a_second_program(tmp_path: Path) -> None:
    refused_then_free(
        DataFolderLock(tmp_path, SoftFileLock), DataFolderLock(tmp_path, SoftFileLock)
    )


def test_on_windows_the_folder_lock_is_built_from_the_windows_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[dict[str, Any]] = []

    class StandIn(UnixFileLock):
        """msvcrt is not here: flock, which the OS also drops with the process, stands in."""

        def __init__(self, path: Path, **options: Any) -> None:
            made.append({"path": Path(path), **options})
            super().__init__(path, **options)

    monkeypatch.setattr(lock, "WindowsFileLock", StandIn)
    with monkeypatch.context() as windows:  # only while choosing: filelock reads it too
        windows.setattr(lock.sys, "platform", "win32")
        first, second = DataFolderLock(tmp_path), DataFolderLock(tmp_path)
    refused_then_free(first, second)
    assert [(made_one["path"], made_one["thread_local"]) for made_one in made] == [
        (tmp_path / lock.LOCK_FILE_NAME, False)
    ] * 2
