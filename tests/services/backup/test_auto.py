"""Automatic local backups: once a day, the last ten and a year of months kept."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from hearth_desk.services.backup import auto
from hearth_desk.storage.store import Store


def fake_backups(data_dir: Path, stamps: list[dt.datetime]) -> list[Path]:
    folder = auto.auto_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for stamp in stamps:
        path = folder / f"{auto.AUTO_PREFIX}_和平里社区_{stamp:%Y%m%d-%H%M%S}.hdbak"
        path.write_bytes(b"x")
        paths.append(path)
    return paths


def test_one_automatic_backup_a_day(filled: Store) -> None:
    morning = dt.datetime(2026, 11, 23, 9, 0)
    first = auto.make_auto_backup(filled, morning)
    assert first is not None and first.exists()
    assert auto.make_auto_backup(filled, morning + dt.timedelta(hours=8)) is None
    assert auto.make_auto_backup(filled, morning + dt.timedelta(days=1)) is not None


def test_rotation_keeps_the_last_ten_and_one_per_month_for_a_year(tmp_path: Path) -> None:
    now = dt.datetime(2026, 11, 23, 18, 0)
    daily = [now - dt.timedelta(days=d) for d in range(0, 500, 3)]  # every third day, 16 months
    fake_backups(tmp_path, sorted(daily))
    removed = auto.rotate(tmp_path, now)
    kept = auto.auto_backups(tmp_path)
    assert removed and len(kept) + len(removed) == len(daily)
    newest_ten = sorted(daily)[-10:]
    assert all(any(f"{d:%Y%m%d-%H%M%S}" in p.name for p in kept) for d in newest_ten)
    months = {p.name.split("_")[-1][:6] for p in kept}
    assert len(months) == 12  # Dec 2025 … Nov 2026
    assert "202510" not in months


def test_the_home_page_nags_after_seven_days(tmp_path: Path) -> None:
    now = dt.datetime(2026, 11, 23, 9, 0)
    assert auto.external_backup_overdue(tmp_path, now)
    auto.record_external_backup(tmp_path, Path("/media/U盘/b.hdbak"), now - dt.timedelta(days=6))
    assert not auto.external_backup_overdue(tmp_path, now)
    assert auto.last_external_backup(tmp_path).path == "/media/U盘/b.hdbak"
    assert auto.external_backup_overdue(tmp_path, now + dt.timedelta(days=1))


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_automatic_backups_are_private(filled: Store) -> None:
    """They are never encrypted: only the file's permissions keep other accounts out."""
    path = auto.make_auto_backup(filled, dt.datetime(2026, 11, 23, 9, 0))
    assert path is not None
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_killed_automatic_backups_part_goes_at_the_next_start(filled: Store) -> None:
    from hearth_desk.services.backup.container import MAGIC
    from hearth_desk.services.backup.leftovers import clean_up_after_killed_runs

    folder = auto.auto_dir(filled.location.data_dir)
    folder.mkdir(parents=True)
    part = folder / f"{auto.AUTO_PREFIX}_和平里社区_20261123-090000.hdbak.part"
    part.write_bytes(MAGIC + b"SQLite format 3\x00")
    clean_up_after_killed_runs(filled.location)
    assert not part.exists()


def test_the_kept_backups_are_listed_newest_first_with_time_and_size(tmp_path: Path) -> None:
    stamps = [dt.datetime(2026, 11, d, 18, 0) for d in (20, 23, 21)]
    paths = fake_backups(tmp_path, stamps)
    paths[1].write_bytes(b"x" * 3000)
    listed = auto.listed_auto_backups(tmp_path)
    assert [b.made for b in listed] == sorted(stamps, reverse=True)
    assert listed[0].path == paths[1] and listed[0].size == 3000
    assert auto.listed_auto_backups(tmp_path / "nowhere") == []
