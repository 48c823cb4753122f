"""The windowed program (连心台.exe) has no console: what the command line would have
printed is shown in a box, and a crash is logged and answered with the apology."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from hearth_desk.cli import windowed


def test_an_error_before_the_window_is_shown_not_lost(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("")
    told: list[str] = []
    # A data folder that is a file is refused before the window opens, on stderr.
    code = windowed.run_windowed(["--data-dir", str(not_a_folder)], tell=told.append)
    assert code == 1
    assert len(told) == 1 and str(not_a_folder) in told[0]  # the command line's own message


def test_a_crash_is_logged_and_apologised_for(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(_argv: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(windowed, "main", broken)
    monkeypatch.setenv("HEARTH_DESK_DATA_DIR", str(tmp_path / "data"))
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])  # it crashed before setting up its log
    told: list[str] = []
    try:
        assert windowed.run_windowed([], tell=told.append) == 1
    finally:
        for handler in root.handlers:
            handler.close()
    log = tmp_path / "data" / "logs" / "hearth-desk.log"
    assert len(told) == 1 and str(log) in told[0]
    assert "RuntimeError: a bug" in log.read_text(encoding="utf-8")  # the traceback


def test_a_clean_run_says_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(windowed, "main", lambda _argv: 0)
    told: list[str] = []
    assert windowed.run_windowed([], tell=told.append) == 0
    assert told == []
