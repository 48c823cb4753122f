"""Removable drives the office may back up to, with their label and free space.

Windows: drives whose type is DRIVE_REMOVABLE (USB sticks, card readers).
Linux: mounted block devices that the kernel marks removable, or that the desktop
mounted under /media or /run/media. Any folder can always be chosen besides these.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DRIVE_REMOVABLE = 2  # GetDriveTypeW: USB sticks and card readers, not fixed or network disks
DiskUsage = Callable[[Path], Any]  # shutil.disk_usage's shape: .free and .total


@dataclass(frozen=True)
class Drive:
    path: Path
    label: str
    free: int
    total: int


def removable_drives() -> list[Drive]:
    try:
        if sys.platform == "win32":
            return windows_drives()
        return linux_drives(Path("/proc/mounts"), Path("/sys/block"), Path("/dev/disk/by-label"))
    except OSError:
        return []


def _usage(path: Path, label: str, disk_usage: DiskUsage = shutil.disk_usage) -> Drive | None:
    try:
        usage = disk_usage(path)
    except OSError:
        return None
    return Drive(path, label, usage.free, usage.total)


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces and tabs in paths as octal escapes (\\040)."""
    out, index = [], 0
    while index < len(field):
        if field[index] == "\\" and field[index + 1 : index + 4].isdigit():
            out.append(chr(int(field[index + 1 : index + 4], 8)))
            index += 4
        else:
            out.append(field[index])
            index += 1
    return "".join(out)


def _disk_of(device: str) -> str:
    """sdb1 → sdb, mmcblk0p1 → mmcblk0, nvme0n1p2 → nvme0n1."""
    name = device.rsplit("/", 1)[-1]
    if name.startswith(("mmcblk", "nvme")) and "p" in name[4:]:
        return name[: name.rindex("p")]
    return name.rstrip("0123456789")


def linux_drives(mounts: Path, sys_block: Path, by_label: Path) -> list[Drive]:
    labels: dict[str, str] = {}
    if by_label.is_dir():
        for link in by_label.iterdir():
            try:
                labels[os.path.realpath(link)] = _unescape(link.name.replace("\\x20", " "))
            except OSError:
                continue
    drives = []
    for line in mounts.read_text().splitlines():
        fields = line.split()
        if len(fields) < 3 or not fields[0].startswith("/dev/"):
            continue
        device, mount_point = fields[0], Path(_unescape(fields[1]))
        removable_flag = sys_block / _disk_of(device) / "removable"
        try:
            removable = removable_flag.read_text().strip() == "1"
        except OSError:
            removable = False
        if removable or str(mount_point).startswith(("/media/", "/run/media/")):
            drive = _usage(mount_point, labels.get(os.path.realpath(device), mount_point.name))
            if drive is not None:
                drives.append(drive)
    return drives


def windows_drives(kernel32: Any = None, disk_usage: DiskUsage = shutil.disk_usage) -> list[Drive]:
    """Removable drives by asking Windows directly, so a stick shows with its label.

    ``kernel32`` is ctypes' ``windll.kernel32`` unless a test passes a stand-in that
    fills the same ctypes buffers; only the three calls below are used."""
    import ctypes

    kernel = kernel32 if kernel32 is not None else _kernel32()
    buffer = ctypes.create_unicode_buffer(512)  # 26 roots of "X:\\" and a NUL fit easily
    kernel.GetLogicalDriveStringsW(len(buffer), buffer)
    roots = [root for root in buffer[:].split("\0") if root]
    drives = []
    for root in roots:
        if kernel.GetDriveTypeW(root) != DRIVE_REMOVABLE:
            continue
        name = ctypes.create_unicode_buffer(261)  # MAX_PATH + 1, as the API asks
        if not kernel.GetVolumeInformationW(root, name, len(name), None, None, None, None, 0):
            continue  # a card reader with no card
        drive = _usage(Path(root), name.value or root, disk_usage)
        if drive is not None:
            drives.append(drive)
    return drives


def _kernel32() -> Any:  # pragma: no cover - windll exists on Windows only
    """The real kernel32, loaded on first use so importing this module stays portable."""
    import ctypes

    return ctypes.windll.kernel32  # type: ignore[attr-defined]
