"""The one private place where backups, checks and restores keep their working files.

Snapshots and unpacked backups are the whole store in plain text, so they live only
in ``backups/work`` of the data folder (0700, files 0600 on POSIX; the user
profile's ACLs on Windows), never in the system's temporary folder. Each run works
in its own folder, ``<kind>-<pid>-<random>``, and holds its lock file
``<folder>.lock`` (see ``held``) from before the folder exists until after it is
gone. A run that is killed leaves its folder with a lock nobody holds, and
``sweep_work`` removes it at the next start, while folders of runs still going in
other processes (a backup from the command line beside the open window) stay.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

from hearth_desk.services.backup.held import hold, remove_unless_held
from hearth_desk.storage.private_files import create_private, private_dir
from hearth_desk.storage.store import ensure_writable_folder

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
# A lock file without its folder is a run between taking its lock and making its
# folder (a moment), or one killed in that moment: only the latter gets this old.
ORPHAN_LOCK_AGE_S = 60


def backups_dir(data_dir: Path) -> Path:
    """Where a data folder keeps its own backups (automatic, safety) and work files."""
    return data_dir / "backups"


AUTO_FOLDER = "auto"  # backups/auto: the automatic backups
SAFETY_FOLDER = "safety"  # backups/safety: the store as it was before each restore


def auto_dir(data_dir: Path) -> Path:
    return backups_dir(data_dir) / AUTO_FOLDER


def safety_dir(data_dir: Path) -> Path:
    return backups_dir(data_dir) / SAFETY_FOLDER


def incoming_path(sqlite_file: Path) -> Path:
    """Where the unpacked store waits beside the store file for the atomic rename."""
    return sqlite_file.with_name(sqlite_file.name + ".incoming")


def private_backups_dir(data_dir: Path, name: str) -> Path:
    """``backups/<name>``, made (or made again) private with ``backups`` itself."""
    private_dir(backups_dir(data_dir))
    return private_dir(backups_dir(data_dir) / name)


def work_root(data_dir: Path) -> Path:
    return backups_dir(data_dir) / "work"


@contextlib.contextmanager
def run_folder(data_dir: Path, kind: str) -> Iterator[Path]:
    """A new private folder for one run's working files, removed when the block ends
    (and at the next start if the process is killed first)."""
    try:
        root = private_backups_dir(data_dir, "work")
        folder = root / f"{kind}-{os.getpid()}-{secrets.token_hex(4)}"
        lock = folder.with_name(folder.name + LOCK_SUFFIX)
        handle = os.fdopen(create_private(lock), "wb")
    except OSError:
        ensure_writable_folder(data_dir)  # a UserError saying why, if the folder is the cause
        raise
    try:
        hold(handle)
        private_dir(folder)
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    finally:
        handle.close()  # Windows deletes no open file: close first
        lock.unlink(missing_ok=True)


def sweep_work(data_dir: Path) -> list[Path]:
    """Remove what killed runs left in the work folder; returns what was removed.

    Anything there that is not a live run's folder or lock is a leftover: of a
    killed run, or of an older version that kept its files loose in this folder.
    """
    root = work_root(data_dir)
    try:
        entries = list(root.iterdir())
    except OSError:
        return []  # no work folder yet (or no data folder): nothing to clean
    removed = []
    names = {entry.name for entry in entries}
    for entry in entries:
        try:
            if entry.name.endswith(LOCK_SUFFIX):
                if entry.name.removesuffix(LOCK_SUFFIX) in names:
                    continue  # decided with its folder
                if _age(entry) > ORPHAN_LOCK_AGE_S and remove_unless_held(entry):
                    removed.append(entry)
            elif _remove_unless_live(entry):
                removed.append(entry)
        except OSError:
            log.warning("could not remove the work file %s", entry, exc_info=True)
    return removed


def _remove_unless_live(entry: Path) -> bool:
    lock = entry.with_name(entry.name + LOCK_SUFFIX)
    if lock.exists() and not remove_unless_held(lock):
        return False  # a run in progress in another process (or this one)
    try:
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    except FileNotFoundError:
        pass  # another start cleaned it at the same moment
    return True


def _age(path: Path) -> float:
    return time.time() - path.stat().st_mtime
