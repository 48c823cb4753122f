"""Automatic local backups and the record of the last backup to a removable drive.

On close, at most once a day, the program writes an unencrypted backup into the data
folder's ``backups/auto`` (same disk: it guards against mistakes, not a dead disk)
and keeps the last 10 plus the newest of each month for a year. The home page reads
``last_external_backup`` to show when a backup last left the PC, and nags after 7 days.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from hearth_desk.services.backup.parts import AUTO_PREFIX, SUFFIX
from hearth_desk.services.backup.workspace import (
    AUTO_FOLDER,
    auto_dir,
    backups_dir,
    private_backups_dir,
)
from hearth_desk.storage.private_files import private_dir
from hearth_desk.storage.store import Store

KEEP_LAST = 10
KEEP_MONTHS = 12
NAG_AFTER_DAYS = 7
_HISTORY = "history.json"


def _stamp(path: Path) -> dt.datetime | None:
    """The time in a backup's name (…_20261123-141503.hdbak, maybe with -2)."""
    stem = path.name.removesuffix(SUFFIX)
    parts = stem.split("_")
    try:
        return dt.datetime.strptime(parts[-1][:15], "%Y%m%d-%H%M%S")
    except (ValueError, IndexError):
        return None


def auto_backups(data_dir: Path) -> list[Path]:
    folder = auto_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{AUTO_PREFIX}_*{SUFFIX}") if _stamp(p) is not None]
    return sorted(found, key=lambda p: (_stamp(p), p.name))


@dataclass(frozen=True)
class AutoBackup:
    """One automatic backup as the Backup page lists it."""

    path: Path
    made: dt.datetime  # from its name, local time
    size: int  # bytes


def listed_auto_backups(data_dir: Path) -> list[AutoBackup]:
    """The automatic backups kept, newest first, with their time and size; one removed
    meanwhile (a rotation, another program) is left out."""
    listed = []
    for path in reversed(auto_backups(data_dir)):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        listed.append(AutoBackup(path, _stamp(path), size))  # type: ignore[arg-type]
    return listed


def auto_backup_due(data_dir: Path, now: dt.datetime | None = None) -> bool:
    now = now or dt.datetime.now()
    existing = auto_backups(data_dir)
    return not existing or _stamp(existing[-1]).date() < now.date()  # type: ignore[union-attr]


def make_auto_backup(store: Store, now: dt.datetime | None = None) -> Path | None:
    """The day's automatic backup if none was made today; then rotate. None if not due."""
    data_dir = store.location.data_dir
    now = now or dt.datetime.now()
    if not auto_backup_due(data_dir, now):
        return None
    folder = private_backups_dir(data_dir, AUTO_FOLDER)
    from hearth_desk.services.backup.writer import write_backup  # its cryptography: not at start

    path = write_backup(store, folder, passphrase=None, now=now, prefix=AUTO_PREFIX).path
    rotate(data_dir, now)
    return path


def to_keep(backups: list[Path], now: dt.datetime) -> set[Path]:
    """The last ``KEEP_LAST``, and the newest of each of the last ``KEEP_MONTHS`` months."""
    keep = set(backups[-KEEP_LAST:])
    newest_of_month: dict[tuple[int, int], Path] = {}
    for path in backups:  # oldest first: later ones win
        stamp = _stamp(path)
        assert stamp is not None
        newest_of_month[(stamp.year, stamp.month)] = path
    oldest_month = (now.year * 12 + now.month - 1) - (KEEP_MONTHS - 1)
    for (year, month), path in newest_of_month.items():
        if year * 12 + month - 1 >= oldest_month:
            keep.add(path)
    return keep


def rotate(data_dir: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete automatic backups beyond what ``to_keep`` keeps; returns the deleted."""
    backups = auto_backups(data_dir)
    keep = to_keep(backups, now or dt.datetime.now())
    removed = []
    for path in backups:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


@dataclass(frozen=True)
class ExternalBackup:
    at: dt.datetime
    path: str


def record_external_backup(data_dir: Path, path: Path, at: dt.datetime | None = None) -> None:
    """Remember a backup that left the PC (to a stick or another folder)."""
    folder = private_dir(backups_dir(data_dir))
    target = folder / _HISTORY
    data = {"last_external": {"at": (at or dt.datetime.now()).isoformat(timespec="seconds"),
                              "path": str(path)}}  # fmt: skip
    temporary = target.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, target)


def last_external_backup(data_dir: Path) -> ExternalBackup | None:
    try:
        data = json.loads((backups_dir(data_dir) / _HISTORY).read_text(encoding="utf-8"))
        last = data["last_external"]
        return ExternalBackup(dt.datetime.fromisoformat(last["at"]), last["path"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def external_backup_overdue(data_dir: Path, now: dt.datetime | None = None) -> bool:
    last = last_external_backup(data_dir)
    now = now or dt.datetime.now()
    return last is None or (now - last.at).days >= NAG_AFTER_DAYS
