"""Removable drives are found from the kernel's view of mounts (Linux)."""

from __future__ import annotations

from pathlib import Path

from hearth_desk.services.backup.drives import linux_drives


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
