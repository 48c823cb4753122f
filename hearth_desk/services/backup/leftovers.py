"""What killed runs left behind, removed at every start of the window and of each command.

A backup, check or restore killed midway (the PC switched off, the task manager)
leaves plain-text copies of the store: its run folder in the work area, an
unfinished backup in the data folder's own ``backups/auto`` or ``backups/safety``,
a restore's ``.incoming`` beside the store file. ``clean_up_after_killed_runs``
removes them all, except what a run still going in another process holds: run
folders and unfinished backups are held by their run (``held``), and an
``.incoming`` exists only while a restore holds the data folder's lock, so it is
removed only when that lock is free. Unfinished backups on a USB stick or another
folder are removed at the next backup to it, and at every check or restore of a
backup there (``parts``).

It also removes the ``hearth-verify-*`` folders that the first version's ``verify``
left in the system's temporary folder when it was killed.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from hearth_desk.domain.errors import UserError
from hearth_desk.services.backup.parts import sweep_parts
from hearth_desk.services.backup.workspace import auto_dir, incoming_path, safety_dir, sweep_work
from hearth_desk.storage.location import StoreLocation
from hearth_desk.storage.lock import DataFolderLock

log = logging.getLogger(__name__)

OLD_VERIFY_PREFIX = "hearth-verify-"


def clean_up_after_killed_runs(location: StoreLocation) -> None:
    """Remove every leftover of a killed run that no live run holds. Never raises: a
    clean-up that fails is logged and must not keep the program from starting."""
    data_dir = location.data_dir
    try:
        if data_dir.is_dir():
            sweep_work(data_dir)
            for folder in (auto_dir(data_dir), safety_dir(data_dir)):
                sweep_parts(folder)
            _remove_incoming(location)
        _remove_old_verify_folders()
    except Exception:
        log.warning("could not clean up after a killed run", exc_info=True)


def _remove_incoming(location: StoreLocation) -> None:
    sqlite_file = location.sqlite_path
    if sqlite_file is None or not incoming_path(sqlite_file).exists():
        return
    lock = DataFolderLock(location.data_dir)
    try:
        lock.acquire()
    except UserError:
        return  # a window or a restore is at work: its own start cleaned up
    try:
        incoming_path(sqlite_file).unlink(missing_ok=True)
    finally:
        lock.release()


def _remove_old_verify_folders() -> None:
    # The one use of the system's temporary folder: to clean what was once put there.
    for folder in Path(tempfile.gettempdir()).glob(f"{OLD_VERIFY_PREFIX}*"):
        if folder.is_dir() and not folder.is_symlink() and _ours(folder):
            shutil.rmtree(folder, ignore_errors=True)


def _ours(path: Path) -> bool:
    """On POSIX the temporary folder is shared: only our own user's folders."""
    return os.name != "posix" or path.stat().st_uid == os.getuid()
