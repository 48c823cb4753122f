"""A database fault during a command is a problem the user can fix: exit 1 and one
line in the user's language, not the apology for an internal error."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from hearth_desk.cli.main import main
from hearth_desk.domain.errors import UserError
from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.services.community import get_community
from hearth_desk.storage.db_errors import SQLITE_MESSAGES, Fault
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store
from tests.support.db_faults import short_lock_waits, sqlite_held_by_another_program


def test_init_on_a_store_held_by_another_program(
    isolated_user_folders: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    location = resolve_location(isolated_user_folders)
    open_store(location).close()
    assert location.sqlite_path is not None
    short_lock_waits(monkeypatch)
    started = time.monotonic()
    with sqlite_held_by_another_program(location.sqlite_path):
        code = main(["init", "--community", "和平里社区", "--street", "和平里街道"])
    assert time.monotonic() - started < 5
    captured = capsys.readouterr()
    assert code == 1 and captured.out == ""
    told = UserError(SQLITE_MESSAGES[Fault.LOCKED], folder=str(isolated_user_folders))
    assert captured.err.splitlines() == [told.translated(load_catalogue("zh_CN").translate)]
    assert "Traceback" not in captured.err
    with open_store(location) as store, store.session() as session:
        assert get_community(session) is None
