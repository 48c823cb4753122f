"""One program at a time per data folder.

Two programs writing the same SQLite file through WAL would not corrupt it, but two
windows editing the same ledger would overwrite each other's work; so a second
start on the same folder is refused. The operating system drops the lock when the
process dies, so a crash never leaves the folder locked.
"""

from __future__ import annotations

import sys
from pathlib import Path

import filelock
from filelock import BaseFileLock, SoftFileLock, Timeout, UnixFileLock, WindowsFileLock

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError

LOCK_FILE_NAME = "hearth-desk.lock"


def lock_class(platform: str | None = None, has_fcntl: bool | None = None) -> type[BaseFileLock]:
    """The lock filelock's ``FileLock`` would pick, chosen here so a test can ask for
    Windows': msvcrt's byte-range lock there (dropped by Windows when the process
    dies), flock elsewhere, and a plain marker file only where neither exists."""
    if (platform or sys.platform) == "win32":
        return WindowsFileLock
    if filelock.has_fcntl if has_fcntl is None else has_fcntl:
        return UnixFileLock
    return SoftFileLock


class DataFolderLock:
    def __init__(self, data_dir: Path, kind: type[BaseFileLock] | None = None) -> None:
        self._path = data_dir / LOCK_FILE_NAME
        self._lock = (kind or lock_class())(self._path, thread_local=False)

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Hearth Desk is already running on the data folder {folder}; "
                    "close it first, or choose another folder with --data-dir.",
                ),
                folder=str(self._path.parent),
            ) from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()
