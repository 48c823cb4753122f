"""Which other programs have the store file open, where the system tells us.

When SQLite says the store is locked, the office wants to know what to close. Linux
lists every process's open files under ``/proc``; we look only there, only at the
user's own processes (others' are not readable), and only on that error path. Other
systems answer with an empty list and the message stays general.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PROC = Path("/proc")
# SQLite's side files: a program in the middle of a write may hold only these.
SIDE_SUFFIXES = ("", "-journal", "-wal", "-shm")


def programs_using(path: Path, *, limit: int = 3) -> list[str]:
    """Up to ``limit`` other processes with ``path`` (or its side files) open, as
    ``name (PID n)``; empty when none can be seen or the system does not say."""
    if not sys.platform.startswith("linux") or not PROC.is_dir():
        return []
    try:
        resolved = str(path.resolve())
    except OSError:
        return []
    wanted = {resolved + suffix for suffix in SIDE_SUFFIXES}
    found: list[str] = []
    own = os.getpid()
    try:
        processes = sorted(int(e.name) for e in os.scandir(PROC) if e.name.isdigit())
    except OSError:
        return []
    for pid in processes:
        if pid == own or len(found) >= limit:
            continue
        if _has_open(pid, wanted):
            found.append(f"{_name(pid)} (PID {pid})")
    return found


def _has_open(pid: int, wanted: set[str]) -> bool:
    try:
        with os.scandir(PROC / str(pid) / "fd") as descriptors:
            for descriptor in descriptors:
                try:
                    if os.readlink(descriptor.path) in wanted:
                        return True
                except OSError:
                    continue
    except OSError:  # gone meanwhile, or another user's
        return False
    return False


def _name(pid: int) -> str:
    try:
        return (PROC / str(pid) / "comm").read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return "?"
