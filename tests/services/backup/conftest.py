"""A store with real data to back up, and small chunks so faults land mid-file."""

from __future__ import annotations

from pathlib import Path

import pytest

from hearth_desk.services.backup import container
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.storage.store import Store


@pytest.fixture
def filled(store: Store) -> Store:
    with store.transaction() as session:
        fill_demo(session, households=300, seed=5)
    return store


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(container, "CHUNK_SIZE", 16 * 1024)
    return 16 * 1024


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "U盘"
    folder.mkdir()
    return folder
