"""Files with personal data are the user's alone.

On POSIX, every folder we make that holds ID numbers, phones or health notes is
0700 and every such file 0600, whatever the umask says: an office PC is often
shared, and a Linux street-office server more so. On Windows the user profile's
ACLs already keep other accounts out, so these are no-ops there.

``restrict`` is the gentle form for what already exists (a data folder or store
made by an older version, or someone else's file): a file system that has no modes
(a FAT USB stick) or a file we do not own must not stop the office from working, so
it tries and says whether it could.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
_POSIX = os.name == "posix"


def private_dir(path: Path) -> Path:
    """Make ``path`` (and missing parents) and keep it to its owner."""
    path.mkdir(parents=True, exist_ok=True)
    if _POSIX:
        os.chmod(path, PRIVATE_DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Keep an existing file to its owner."""
    if _POSIX:
        os.chmod(path, PRIVATE_FILE_MODE)
    return path


def create_private(path: Path, *, exclusive: bool = True) -> int:
    """Open a new file for writing that is private from its first byte (no window in
    which another account could open it); returns the descriptor."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC)
    flags |= getattr(os, "O_BINARY", 0)
    return os.open(path, flags, PRIVATE_FILE_MODE)


def restrict(*paths: Path) -> bool:
    """Best effort: each existing folder 0700, each existing file 0600 (links are left
    alone); missing paths are skipped. False when the file system refused one."""
    if not _POSIX:
        return True
    done = True
    for path in paths:
        try:
            status = path.lstat()
            if stat.S_ISDIR(status.st_mode):
                wanted = PRIVATE_DIR_MODE
            elif stat.S_ISREG(status.st_mode):
                wanted = PRIVATE_FILE_MODE
            else:
                continue
            if stat.S_IMODE(status.st_mode) != wanted:
                os.chmod(path, wanted)
        except FileNotFoundError:
            continue
        except OSError as error:
            log.warning("cannot make %s private: %s", path.name, error.strerror or error)
            done = False
    return done
