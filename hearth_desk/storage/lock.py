"""One program at a time per data folder.

Two programs writing the same SQLite file through WAL would not corrupt it, but two
windows editing the same ledger would overwrite each other's work; so a second
start on the same folder is refused. The operating system drops the lock when the
process dies, so a crash never leaves the folder locked.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError

LOCK_FILE_NAME = "hearth-desk.lock"


class DataFolderLock:
    def __init__(self, data_dir: Path) -> None:
        self._path = data_dir / LOCK_FILE_NAME
        self._lock = FileLock(self._path, thread_local=False)

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
