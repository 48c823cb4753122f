"""Backup files while they are written (``<name>.hdbak.part``), and what killed runs left.

A backup is written under its final name plus ``.part`` and renamed only once it is
verified (see ``writer``). The run holds its .part (see ``held``) from creation to
rename, so a killed run leaves one nobody holds: an unverified copy, in plain text
if the backup was not encrypted. ``sweep_parts`` removes those from a folder: at the
next backup to it, at every check or restore of a backup in it, and at every start
for the data folder's own backup folders. A file counts as ours only when it is
named like ours and starts like our format (or was cut off before its first bytes),
so another program's files are never touched.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import BinaryIO

from hearth_desk.services.backup.file_format import MAGIC
from hearth_desk.services.backup.held import hold, remove_unless_held
from hearth_desk.storage.private_files import create_private

log = logging.getLogger(__name__)

SUFFIX = ".hdbak"
PART_SUFFIX = ".part"
BACKUP_PREFIX = "连心台备份"
AUTO_PREFIX = "连心台自动备份"
SAFETY_PREFIX = "恢复前安全备份"
PREFIXES = (BACKUP_PREFIX, AUTO_PREFIX, SAFETY_PREFIX)
_FAMILY = MAGIC[:5]  # every format version of ours starts so


def part_of(final: Path) -> Path:
    return final.with_name(final.name + PART_SUFFIX)


def open_part(path: Path) -> BinaryIO:
    """A new .part, private from its first byte and held until closed; never one
    that exists already."""
    handle = os.fdopen(create_private(path), "wb")
    try:
        hold(handle)
    except BaseException:
        handle.close()
        raise
    return handle


def is_ours(path: Path) -> bool:
    """Named like a .part of ours, a regular file, and starting like our format."""
    name = path.name
    if not name.endswith(SUFFIX + PART_SUFFIX) or not name.startswith(
        tuple(f"{prefix}_" for prefix in PREFIXES)
    ):
        return False
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as source:
        head = source.read(len(MAGIC))
    return head.startswith(_FAMILY) or MAGIC.startswith(head)


def sweep_parts(folder: Path) -> list[Path]:
    """Remove the .part files of ours in ``folder`` that no live run holds."""
    try:
        candidates = sorted(folder.glob(f"*{SUFFIX}{PART_SUFFIX}"))
    except OSError:
        return []
    removed = []
    for path in candidates:
        try:
            if is_ours(path) and remove_unless_held(path):
                removed.append(path)
        except OSError:
            log.warning("could not remove the unfinished backup %s", path, exc_info=True)
    if removed:
        log.info("removed %d unfinished backup(s) of killed runs in %s", len(removed), folder)
    return removed
