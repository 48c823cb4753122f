"""Writing a backup so that a file with a final name is always a whole, checked backup.

The snapshot is made on the local disk first. On the target the archive is written
under a temporary name, flushed and fsynced, read back and verified completely
(authentication, hash, SQLite's integrity check), and only then renamed to its
final name, which never replaces an existing file. Whatever goes wrong on the way
(a full stick, a stick pulled out, a cancel, a crash) leaves at most a ``.part``
file, removed when possible (after a crash, by the next backup to that folder), and
never a half backup posing as whole. Snapshots and backups are private files (0600
on POSIX): they hold every ID number.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import logging
import os
import re
import shutil
import struct
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from hearth_desk import __version__
from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, Cancelled, UserError
from hearth_desk.services.backup import container
from hearth_desk.services.backup.fault_injection import pause_for_fault
from hearth_desk.services.backup.parts import BACKUP_PREFIX, SUFFIX, open_part, part_of, sweep_parts
from hearth_desk.services.backup.reader import Manifest, verify_backup
from hearth_desk.services.backup.snapshot import describe_file, snapshot_store
from hearth_desk.services.backup.workspace import run_folder
from hearth_desk.services.progress import Progress
from hearth_desk.storage.private_files import create_private
from hearth_desk.storage.store import Store

log = logging.getLogger(__name__)

MB = 1024 * 1024
# Per-chunk framing and tags, manifest, and slack for the file system's allocation.
OVERHEAD = 256 * 1024
UNWRITABLE_TARGET = QT_TRANSLATE_NOOP(
    "UserError",
    "Nothing can be written to the folder {folder}; choose another folder or USB stick.",
)
_GONE = {errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO, errno.ESTALE, errno.EROFS}


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: Manifest


def backup_name(community: str, when: dt.datetime, prefix: str = BACKUP_PREFIX) -> str:
    """连心台备份_和平里社区_20261123-141503.hdbak: sorts by time, says whose it is."""
    safe = re.sub(r'[\\/:*?"<>|\s]+', "", community) or "社区"
    return f"{prefix}_{safe}_{when:%Y%m%d-%H%M%S}{SUFFIX}"


def write_backup(
    store: Store,
    target_dir: Path,
    *,
    passphrase: str | None,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
    prefix: str = BACKUP_PREFIX,
) -> BackupResult:
    """Snapshot ``store`` and write a verified archive into ``target_dir``."""
    progress = progress or Progress.silent()
    now = now or dt.datetime.now()
    _check_target(target_dir)
    sweep_parts(target_dir)  # what a killed backup to this folder left
    with run_folder(store.location.data_dir, "backup") as work:
        progress.report(0, 100, QT_TRANSLATE_NOOP("Progress", "Taking a snapshot of the store…"))
        snapshot = work / "snapshot.sqlite3"
        os.close(create_private(snapshot))  # SQLite fills the empty file, keeping its mode
        snapshot_store(store, snapshot)
        pause_for_fault("backup-snapshot-written")
        revision, counts, community = describe_file(snapshot)
        assert revision is not None
        manifest = Manifest(
            program_version=__version__,
            schema=revision,
            created_at=now.isoformat(timespec="seconds"),
            community=community,
            counts=counts,
            snapshot_sha256=_sha256(snapshot),
            snapshot_size=snapshot.stat().st_size,
            source=store.dialect,
            encrypted=bool(passphrase),
        )
        _check_space(target_dir, manifest.snapshot_size + OVERHEAD)
        final = _free_name(target_dir, backup_name(community, now, prefix))
        _write_verified(final, snapshot, manifest, passphrase, progress, work)
        progress.report(100, 100, QT_TRANSLATE_NOOP("Progress", "Backup verified."))
        return BackupResult(final, manifest)


def _write_verified(
    final: Path,
    snapshot: Path,
    manifest: Manifest,
    passphrase: str | None,
    progress: Progress,
    work: Path,
) -> None:
    """Write ``final`` as a .part held by this run, read it back, and only then name it."""
    target_dir, part = final.parent, part_of(final)
    try:
        out = open_part(part)
    except OSError as failure:
        raise _explain(failure, target_dir) from failure
    try:
        with out:
            _write_archive(out, snapshot, manifest, passphrase, progress)
            fsync_folder(target_dir)
            progress.report(70, 100, QT_TRANSLATE_NOOP("Progress", "Reading the backup back…"))
            verify_backup(part, passphrase, work)
            if os.name == "nt":  # Windows renames no open file; POSIX holds it to the end
                out.close()
            _rename_without_replacing(part, final)
    except BaseException as failure:
        _remove_quietly(part)
        if isinstance(failure, OSError):
            raise _explain(failure, target_dir) from failure
        raise


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while block := source.read(MB):
            digest.update(block)
    return digest.hexdigest()


def _check_target(target_dir: Path) -> None:
    """Refuse, before taking a snapshot, a folder that is missing or takes no files
    (``/proc``, a write-protected stick, a folder without permission)."""
    if not target_dir.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The folder {folder} does not exist or is not reachable."
            ),
            folder=str(target_dir),
        )
    probe = target_dir / f".hearth-desk-write-test-{uuid.uuid4().hex}"
    try:
        os.close(create_private(probe))
        probe.unlink()
    except OSError as error:
        log.info("cannot write to %s: %s", target_dir, error)
        raise UserError(UNWRITABLE_TARGET, folder=str(target_dir)) from None


def _check_space(target_dir: Path, needed: int) -> None:
    free = shutil.disk_usage(target_dir).free
    if free < needed:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "Not enough space on the drive: {needed} MB needed, {free} MB free."
            ),
            needed=_mb(needed),
            free=_mb(free),
        )


def _mb(size: int) -> str:
    return f"{size / MB:.1f}"


def _free_name(target_dir: Path, name: str) -> Path:
    """``name`` in ``target_dir``, or name-2, name-3… if taken: never replace a backup."""
    candidate = target_dir / name
    stem = name.removesuffix(SUFFIX)
    counter = 2
    while candidate.exists() or part_of(candidate).exists():
        candidate = target_dir / f"{stem}-{counter}{SUFFIX}"
        counter += 1
    return candidate


def _write_archive(
    out: BinaryIO, snapshot: Path, manifest: Manifest, passphrase: str | None, progress: Progress
) -> None:
    total = max(manifest.snapshot_size, 1)
    writer = container.ChunkWriter(out, passphrase)
    raw = manifest.to_json()
    writer.write(struct.pack(">I", len(raw)) + raw)
    done = 0
    with snapshot.open("rb") as source:
        while block := source.read(container.CHUNK_SIZE):
            writer.write(block)
            done += len(block)
            progress.report(
                10 + done * 60 // total,
                100,
                QT_TRANSLATE_NOOP("Progress", "Writing the backup…"),
            )
        pause_for_fault("backup-writing")
    writer.close()
    out.flush()
    os.fsync(out.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` survive a power cut."""
    if os.name == "nt":  # Windows has no directory fsync; the file's own flush suffices
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _rename_without_replacing(part: Path, final: Path) -> None:
    if os.name == "nt":
        os.rename(part, final)  # fails if final exists
    else:
        try:
            os.link(part, final)  # fails if final exists
        except OSError as error:
            if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
                raise
            # FAT-formatted sticks have no hard links.
            if final.exists():
                raise FileExistsError(errno.EEXIST, "exists", str(final)) from None
            os.rename(part, final)
        else:
            part.unlink()
    fsync_folder(final.parent)


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # the stick is gone: nothing with a final name was left behind


def _explain(error: OSError, target_dir: Path) -> UserError:
    if error.errno == errno.ENOSPC:
        return UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The drive {folder} became full while writing; no backup was left there.",
            ),
            folder=str(target_dir),
        )
    if error.errno in _GONE or not target_dir.exists():
        return UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The drive {folder} was removed or stopped responding while writing; "
                "no backup was left there. Plug it in again and repeat the backup.",
            ),
            folder=str(target_dir),
        )
    return UserError(
        QT_TRANSLATE_NOOP("UserError", "The backup could not be written to {folder}: {reason}."),
        folder=str(target_dir),
        reason=error.strerror or str(error),
    )


__all__ = ["BackupResult", "Cancelled", "backup_name", "write_backup"]
