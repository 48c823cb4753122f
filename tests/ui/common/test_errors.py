"""Problems in the window: a UserError is explained, a bug is logged and apologised
for, including exceptions raised in Qt slots."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, Cancelled, UserError
from hearth_desk.logs import configure_logging
from tests.support.presenters import RecordingPresenter


def test_a_user_error_is_shown_with_its_message(qtbot: QtBot, errors: RecordingPresenter) -> None:
    errors.show(
        UserError(
            QT_TRANSLATE_NOOP("UserError", "The file {path} was not found."), path="住户.xlsx"
        )
    )
    assert errors.shown and "住户.xlsx" in errors.shown[0][1]


def test_cancelling_is_not_an_error(qtbot: QtBot, errors: RecordingPresenter) -> None:
    errors.show(Cancelled())
    assert errors.shown == []


def test_a_bug_is_logged_and_apologised_for(qtbot: QtBot, tmp_path: Path) -> None:
    log_path = configure_logging(tmp_path / "logs")
    presenter = RecordingPresenter(log_path)
    try:
        raise KeyError("resident 110101195003041234")
    except KeyError as error:
        presenter.show(error)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert str(log_path) in presenter.shown[0][1]
    content = log_path.read_text(encoding="utf-8")
    assert "KeyError" in content and "110101195003041234" not in content


class _Emitter(QObject):
    fire = Signal()


def test_exceptions_in_slots_reach_the_presenter(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    presenter = RecordingPresenter(configure_logging(tmp_path / "logs"))
    emitter = _Emitter()

    def broken_slot() -> None:
        raise RuntimeError("slot failed")

    emitter.fire.connect(broken_slot)
    # pytest-qt watches sys.excepthook during tests; put ours in its place, as the app does.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    with qtbot.capture_exceptions():
        presenter.install_excepthook()
        emitter.fire.emit()
    assert presenter.shown and presenter.shown[0][0] == "Sorry"
    assert str(presenter.log_path) in presenter.shown[0][1]
