"""Telling a file of a live run from one a killed run left behind.

A run that must not lose a file to another process's clean-up holds it open, and on
POSIX also takes an advisory ``flock`` on it. The operating system drops both when
the process ends, however it ends, so whatever is no longer held belongs to a dead
run: no process ids to outlive their owners and be reused. On Windows a file held
open cannot be deleted, which is the same test.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import BinaryIO

_POSIX = os.name == "posix"
if _POSIX:
    import fcntl


def hold(handle: BinaryIO) -> None:
    """Mark the open ``handle``'s file as in use until the handle is closed.

    A file system without locks (some network shares) leaves it unmarked: its files
    are then as removable by a clean-up as the files of a dead run.
    """
    if not _POSIX:
        return  # the open handle itself keeps the file from being deleted
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno in (errno.EAGAIN, errno.EWOULDBLOCK):
            raise  # never happens to a file we have just created: a bug if it does
        # ENOLCK, EOPNOTSUPP…: no locks here


def remove_unless_held(path: Path) -> bool:
    """Delete ``path`` if no live process holds it; True when it is gone."""
    if not _POSIX:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            return False  # open in a live process (or not ours to delete)
        return True
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno in (errno.EAGAIN, errno.EWOULDBLOCK):
                return False  # a live run holds it
        path.unlink(missing_ok=True)  # while we hold it, no run can take it over
        return True
    except OSError:
        return False
    finally:
        os.close(descriptor)
