"""A backup with a final name is whole and checked; every kind of damage is named."""

from __future__ import annotations

import errno
import io
import os
import stat
import zipfile
from pathlib import Path

import pytest

from hearth_desk.domain.errors import UserError
from hearth_desk.services.backup import container, writer
from hearth_desk.services.backup.reader import BackupUnreadable, verify_backup
from hearth_desk.services.backup.writer import write_backup
from hearth_desk.storage.store import Store

PASS = "和平里2026!"


def finals(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.hdbak"))


def test_a_backup_is_named_for_the_community_and_verifies(
    filled: Store, stick: Path, tmp_path: Path
) -> None:
    result = write_backup(filled, stick, passphrase=PASS)
    assert finals(stick) == [result.path]
    assert result.path.name.startswith("连心台备份_和平里社区_")
    assert not list(stick.glob("*.part"))
    manifest = verify_backup(result.path, PASS, tmp_path / "w").manifest
    assert manifest.community == "和平里社区"
    assert manifest.counts["household"] == 300
    assert manifest.counts["resident"] == result.manifest.counts["resident"] > 300
    assert manifest.encrypted and manifest.source == filled.dialect


def test_an_encrypted_backup_reveals_no_names(filled: Store, stick: Path) -> None:
    path = write_backup(filled, stick, passphrase=PASS).path
    plain = write_backup(filled, stick, passphrase=None).path
    assert "和平里".encode() not in path.read_bytes()
    assert "和平里".encode() in plain.read_bytes()


def test_an_existing_backup_is_never_replaced(filled: Store, stick: Path) -> None:
    import datetime as dt

    when = dt.datetime(2026, 11, 23, 14, 15, 3)
    first = write_backup(filled, stick, passphrase=None, now=when).path
    before = first.read_bytes()
    second = write_backup(filled, stick, passphrase=None, now=when).path
    assert first != second and first.read_bytes() == before
    assert second.name.endswith("-2.hdbak")


def _reason(path: Path, passphrase: str | None, tmp_path: Path) -> str:
    with pytest.raises(BackupUnreadable) as caught:
        verify_backup(path, passphrase, tmp_path / "w")
    return caught.value.reason


@pytest.mark.parametrize("where", ["header", "middle", "last chunk"])
@pytest.mark.parametrize("encrypted", [True, False])
def test_one_flipped_byte_anywhere_is_damage(
    filled: Store, stick: Path, tmp_path: Path, small_chunks: int, where: str, encrypted: bool
) -> None:
    path = write_backup(filled, stick, passphrase=PASS if encrypted else None).path
    data = bytearray(path.read_bytes())
    offset = {"header": 20, "middle": len(data) // 2, "last chunk": len(data) - 5}[where]
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))
    assert _reason(path, PASS if encrypted else None, tmp_path) == "damaged"


def test_a_truncated_backup_is_damage(filled: Store, stick: Path, tmp_path: Path) -> None:
    path = write_backup(filled, stick, passphrase=PASS).path
    data = path.read_bytes()
    for size in (len(data) - 1, len(data) // 2, 60):
        path.write_bytes(data[:size])
        assert _reason(path, PASS, tmp_path) == "damaged", size


def test_appended_bytes_are_damage(filled: Store, stick: Path, tmp_path: Path) -> None:
    path = write_backup(filled, stick, passphrase=None).path
    path.write_bytes(path.read_bytes() + b"\0")
    assert _reason(path, None, tmp_path) == "damaged"


def test_wrong_and_missing_passphrases_are_told_apart(
    filled: Store, stick: Path, tmp_path: Path
) -> None:
    path = write_backup(filled, stick, passphrase=PASS).path
    assert _reason(path, "和平里2025!", tmp_path) == "wrong_passphrase"
    assert _reason(path, None, tmp_path) == "needs_passphrase"


def test_a_zip_or_any_other_file_is_not_ours(stick: Path, tmp_path: Path) -> None:
    archive = stick / "台账.zip"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zipped:
        zipped.writestr("台账.xlsx", "不是备份")
    archive.write_bytes(buffer.getvalue())
    assert _reason(archive, None, tmp_path) == "not_ours"
    empty = stick / "empty.hdbak"
    empty.write_bytes(b"")
    assert _reason(empty, None, tmp_path) == "not_ours"


def test_a_backup_from_a_newer_schema_or_format_is_refused(
    filled: Store, stick: Path, tmp_path: Path
) -> None:
    good = write_backup(filled, stick, passphrase=None).path
    future = _rewrite_manifest(good, tmp_path, schema="9999")
    assert _reason(future, None, tmp_path) == "newer"
    newer_format = stick / "newer.hdbak"
    newer_format.write_bytes(b"HDBAK9\r\n" + good.read_bytes()[8:])
    assert _reason(newer_format, None, tmp_path) == "newer"


def _rewrite_manifest(path: Path, tmp_path: Path, **changes: str) -> Path:
    """Re-pack a backup with an altered manifest, validly framed, as a newer program would."""
    import dataclasses
    import struct

    from hearth_desk.services.backup.reader import read_manifest_and_snapshot

    snapshot = tmp_path / "unpacked.sqlite3"
    manifest = dataclasses.replace(read_manifest_and_snapshot(path, None, snapshot), **changes)
    target = path.with_name("future.hdbak")
    with target.open("wb") as out:
        packer = container.ChunkWriter(out, None)
        raw = manifest.to_json()
        packer.write(struct.pack(">I", len(raw)) + raw + snapshot.read_bytes())
        packer.close()
    return target


def _failing_after(monkeypatch: pytest.MonkeyPatch, chunks: int, error: OSError, then=None):  # type: ignore[no-untyped-def]
    real = container.ChunkWriter._emit
    state = {"n": 0}

    def emit(self, plain: bytes, *, last: bool) -> None:  # type: ignore[no-untyped-def]
        state["n"] += 1
        if state["n"] > chunks:
            if then is not None:
                then()
            raise error
        real(self, plain, last=last)

    monkeypatch.setattr(container.ChunkWriter, "_emit", emit)


def test_a_full_stick_leaves_no_backup_and_says_so(
    filled: Store, stick: Path, small_chunks: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _failing_after(monkeypatch, 3, OSError(errno.ENOSPC, "No space left on device"))
    with pytest.raises(UserError, match="became full"):
        write_backup(filled, stick, passphrase=PASS)
    assert list(stick.iterdir()) == []


def test_a_pulled_stick_leaves_no_backup_and_says_so(
    filled: Store, tmp_path: Path, small_chunks: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    mount = tmp_path / "media" / "KINGSTON"
    mount.mkdir(parents=True)
    _failing_after(
        monkeypatch,
        2,
        OSError(errno.EIO, "Input/output error"),
        then=lambda: shutil.rmtree(mount),
    )
    with pytest.raises(UserError, match="removed or stopped responding"):
        write_backup(filled, mount, passphrase=None)
    assert not mount.exists() or not list(mount.glob("*.hdbak"))


def test_too_little_space_is_refused_before_writing(
    filled: Store, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(10**9, 10**9 - 1000, 1000))
    with pytest.raises(UserError) as caught:
        write_backup(filled, stick, passphrase=None)
    assert "0.0 MB free" in str(caught.value) and "needed" in str(caught.value)
    assert list(stick.iterdir()) == []


def test_verification_failure_removes_the_part_file(
    filled: Store, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def corrupting_verify(path: Path, *args: object, **kwargs: object) -> None:
        raise BackupUnreadable("damaged", "{file} damaged", file=path.name, detail="")

    monkeypatch.setattr(writer, "verify_backup", corrupting_verify)
    with pytest.raises(BackupUnreadable):
        write_backup(filled, stick, passphrase=None)
    assert list(stick.iterdir()) == []


def pack_snapshot(snapshot: Path, target: Path, *, schema: str) -> Path:
    """An archive of an SQLite file, as an older program would have written it."""
    import datetime as dt
    import hashlib
    import struct

    from hearth_desk.services.backup.reader import Manifest
    from hearth_desk.services.backup.snapshot import describe_file

    revision, counts, community = describe_file(snapshot)
    data = snapshot.read_bytes()
    manifest = Manifest(
        program_version="0.0.9",
        schema=revision or schema,
        created_at=dt.datetime(2025, 6, 1, 9, 0).isoformat(),
        community=community,
        counts=counts,
        snapshot_sha256=hashlib.sha256(data).hexdigest(),
        snapshot_size=len(data),
        source="sqlite",
        encrypted=False,
    )
    with target.open("wb") as out:
        packer = container.ChunkWriter(out, None)
        raw = manifest.to_json()
        packer.write(struct.pack(">I", len(raw)) + raw + data)
        packer.close()
    return target


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_backups_are_private(filled: Store, stick: Path) -> None:
    path = write_backup(filled, stick, passphrase=None).path
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    backups = filled.location.data_dir / "backups"
    assert stat.S_IMODE(backups.stat().st_mode) == 0o700
    assert stat.S_IMODE((backups / "work").stat().st_mode) == 0o700
    assert list((backups / "work").iterdir()) == []


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
def test_a_folder_that_takes_no_files_is_named_as_such(filled: Store) -> None:
    with pytest.raises(UserError) as caught:
        write_backup(filled, Path("/proc"), passphrase=None)
    assert caught.value.message == writer.UNWRITABLE_TARGET
    assert caught.value.params == {"folder": "/proc"}


def test_a_killed_backups_part_is_removed_by_the_next_backup_there(
    filled: Store, stick: Path
) -> None:
    """Ours only: named like ours and starting like our format (or empty, cut off
    before its first bytes); another program's file with a similar name stays."""
    ours = stick / "连心台备份_和平里社区_20261123-141503.hdbak.part"
    ours.write_bytes(container.MAGIC + b"\x00" * 100 + b"SQLite format 3\x00")
    empty = stick / "恢复前安全备份_和平里社区_20261123-141503.hdbak.part"
    empty.write_bytes(b"")
    lookalike = stick / "连心台备份_别的程序.hdbak.part"
    lookalike.write_bytes(b"PK\x03\x04 a download in progress")
    unrelated = stick / "台账.xlsx.part"
    unrelated.write_bytes(container.MAGIC)
    write_backup(filled, stick, passphrase=PASS)
    assert not ours.exists() and not empty.exists()
    assert lookalike.exists() and unrelated.exists()


def test_a_part_held_by_a_live_backup_is_left_alone(stick: Path) -> None:
    from hearth_desk.services.backup.parts import open_part, sweep_parts

    part = stick / "连心台备份_和平里社区_20261123-141503.hdbak.part"
    with open_part(part) as out:
        out.write(container.MAGIC)
        out.flush()
        assert sweep_parts(stick) == [] and part.exists()
    assert sweep_parts(stick) == [part] and not part.exists()


def test_where_a_backup_is_damaged_reads_in_words() -> None:
    """'（…：chunk 0）' read as English inside a Chinese sentence; parts count from 1."""
    from pathlib import Path

    from hearth_desk.services.backup.reader import _fail, damage_detail

    words = {
        ("UserError", "part {number}"): "第 {number} 块",
        ("UserError", "its header"): "文件头",
    }

    def chinese(context: str, text: str) -> str:
        return words.get((context, text), text)

    chunk = _fail("damaged", Path("x.hdbak"), damage_detail("chunk 0"))
    assert "第 1 块" in chunk.translated(chinese) and "chunk" not in chunk.translated(chinese)
    assert "part 1" in str(chunk)
    assert "文件头" in _fail("damaged", Path("x.hdbak"), damage_detail("header")).translated(
        chinese
    )
