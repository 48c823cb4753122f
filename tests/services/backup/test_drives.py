"""Removable drives are found from the kernel's view of mounts (Linux) and from
kernel32's drive calls (Windows, driven here by a stand-in kernel32)."""

from __future__ import annotations

import ctypes
from pathlib import Path
from typing import NamedTuple

from hearth_desk.services.backup.drives import DRIVE_REMOVABLE, Drive, linux_drives, windows_drives


def test_removable_and_desktop_mounted_drives_are_listed(tmp_path: Path) -> None:
    stick, card, disk = tmp_path / "KINGSTON", tmp_path / "media-card", tmp_path / "home"
    for folder in (stick, card, disk):
        folder.mkdir()
    sys_block = tmp_path / "sys"
    for device, flag in (("sdb", "1"), ("mmcblk0", "0"), ("sda", "0")):
        (sys_block / device).mkdir(parents=True)
        (sys_block / device / "removable").write_text(flag + "\n")
    escaped_stick = str(stick).replace(" ", "\\040")
    mounts = tmp_path / "mounts"
    mounts.write_text(
        f"/dev/sda2 {disk} ext4 rw 0 0\n"
        f"/dev/sdb1 {escaped_stick} vfat rw 0 0\n"
        f"/dev/mmcblk0p1 {card} vfat rw 0 0\n"
        "proc /proc proc rw 0 0\n"
    )
    labels = tmp_path / "by-label"
    labels.mkdir()
    found = linux_drives(mounts, sys_block, labels)
    assert [d.path for d in found] == [stick]
    assert found[0].free > 0 and found[0].label == "KINGSTON"


class FakeKernel32:
    """kernel32's three drive calls, filling the caller's ctypes buffers as Windows does.

    ``volumes`` maps a root to (GetDriveTypeW's answer, volume label or None when
    GetVolumeInformationW fails, as it does for a card reader without a card)."""

    def __init__(self, volumes: dict[str, tuple[int, str | None]]) -> None:
        self.volumes = volumes
        self.asked_labels: list[str] = []

    def GetLogicalDriveStringsW(self, size: int, buffer: ctypes.Array[ctypes.c_wchar]) -> int:
        text = "".join(root + "\0" for root in self.volumes) + "\0"
        assert size == len(buffer)
        if len(text) > size:
            return len(text)  # the real call asks for a bigger buffer and writes nothing
        buffer[: len(text)] = text
        return len(text) - 1

    def GetDriveTypeW(self, root: str) -> int:
        return self.volumes[root][0]

    def GetVolumeInformationW(
        self, root: str, name: ctypes.Array[ctypes.c_wchar], size: int, *rest: object
    ) -> int:
        assert size == len(name) and len(rest) == 5
        self.asked_labels.append(root)
        label = self.volumes[root][1]
        if label is None:
            return 0
        name.value = label[: size - 1]
        return 1


class Usage(NamedTuple):
    total: int
    used: int
    free: int


def fake_usage(path: Path) -> Usage:
    assert str(path) == "E:\\", f"disk usage asked of {path}"
    return Usage(total=16_000_000_000, used=6_000_000_000, free=10_000_000_000)


def test_windows_lists_only_removable_drives_with_a_medium() -> None:
    kernel = FakeKernel32(
        {"C:\\": (3, "系统"), "E:\\": (DRIVE_REMOVABLE, "KINGSTON 16G"), "F:\\": (2, None)}
    )
    found = windows_drives(kernel, fake_usage)
    assert found == [Drive(Path("E:\\"), "KINGSTON 16G", 10_000_000_000, 16_000_000_000)]
    assert kernel.asked_labels == ["E:\\", "F:\\"]  # the fixed disk is never queried


def test_a_stick_without_a_label_is_named_by_its_root() -> None:
    found = windows_drives(FakeKernel32({"E:\\": (2, "")}), fake_usage)
    assert [(str(d.path), d.label) for d in found] == [("E:\\", "E:\\")]


def test_a_stick_pulled_out_while_listing_is_left_out() -> None:
    def gone(path: Path) -> Usage:
        raise FileNotFoundError(path)

    assert windows_drives(FakeKernel32({"E:\\": (2, "KINGSTON")}), gone) == []
