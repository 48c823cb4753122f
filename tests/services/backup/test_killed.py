"""A program killed mid-backup or mid-restore leaves the store whole and no false backup."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from hearth_desk.domain.models import Base
from hearth_desk.services.backup.writer import write_backup
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store
from tests.support.backup_kills import run_until_paused

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def make_store(folder: Path, households: int, seed: int) -> dict[str, list[tuple]]:
    with open_store(resolve_location(folder)) as store:
        with store.transaction() as session:
            fill_demo(session, households=households, seed=seed)
        return rows_of(folder)


def rows_of(folder: Path) -> dict[str, list[tuple]]:
    with open_store(resolve_location(folder), lock=False) as store:
        with store.engine.connect() as connection:
            return {
                t.name: [tuple(r) for r in connection.execute(select(t).order_by(*t.primary_key))]
                for t in Base.metadata.sorted_tables
            }


def test_killed_mid_backup_leaves_no_backup_and_the_store_as_it_was(tmp_path: Path) -> None:
    data, stick = tmp_path / "data", tmp_path / "U盘"
    stick.mkdir()
    before = make_store(data, 150, 3)
    run_until_paused("backup-writing", "--data-dir", str(data), "backup", "--to", str(stick),
                     "--no-encrypt")  # fmt: skip
    assert list(stick.glob("*.hdbak")) == []
    assert [p.suffix for p in stick.iterdir()] in ([], [".part"])
    assert rows_of(data) == before


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        ("restore-safety-written", "old"),
        ("restore-before-swap", "old"),
        ("restore-after-swap", "new"),
    ],
)
def test_killed_mid_restore_leaves_the_old_store_or_the_new_one(
    tmp_path: Path, step: str, expected: str
) -> None:
    old = make_store(tmp_path / "office", 120, 1)
    new = make_store(tmp_path / "other", 80, 2)
    with open_store(resolve_location(tmp_path / "other")) as other:
        backup = write_backup(other, tmp_path, passphrase=None).path
    run_until_paused(step, "--data-dir", str(tmp_path / "office"), "restore", str(backup), "--yes")
    after = rows_of(tmp_path / "office")
    assert after == {"old": old, "new": new}[expected]
