"""``hearth-desk --smoke-test`` checks the installed program in a throwaway folder: every
check passes here, a missing file is named, and the user's data folder is not touched."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hearth_desk.cli import smoke_test
from hearth_desk.cli.main import main


def test_every_check_passes_and_no_data_folder_is_made(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setenv("HEARTH_DESK_DATA_DIR", str(tmp_path / "user-data"))
    assert main(["--smoke-test"]) == 0
    out = capsys.readouterr().out
    assert out.count("✓") == 6 and "✗" not in out
    assert "已打开 11 个功能区" in out  # every area visited
    assert not (tmp_path / "user-data").exists()


def test_a_missing_font_is_named(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setattr(smoke_test, "FONT_FILES", ("wqy-microhei.ttc", "NoSuchFace.ttf"))
    assert main(["--smoke-test"]) == 1
    out = capsys.readouterr()
    assert "✗" in out.out and "NoSuchFace.ttf" in out.out
    assert out.err.strip()  # the one line that says how many checks failed
