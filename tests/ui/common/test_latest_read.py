"""Asked three times while a read runs, a page reads once more, with what it wants then."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hearth_desk.ui.common.latest_read import LatestRead
from tests.support.presenters import RecordingPresenter


def test_asks_during_a_read_make_one_more_with_the_latest_state(
    qtbot: QtBot, errors: RecordingPresenter
) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    gate = threading.Event()
    state = {"wanted": 1}
    started: list[int] = []
    shown: list[int] = []

    def make_call():  # type: ignore[no-untyped-def]
        wanted = state["wanted"]
        started.append(wanted)

        def read(_progress: object) -> int:
            gate.wait(5)
            return wanted

        return read

    reads = LatestRead(page, errors, make_call, shown.append)
    reads.ask()
    for wanted in (2, 3, 4):
        state["wanted"] = wanted
        reads.ask()
    assert reads.running and started == [1]
    gate.set()
    qtbot.waitUntil(lambda: shown == [1, 4] and not reads.running, timeout=5000)
    assert started == [1, 4]


def test_a_failed_read_is_shown_and_the_next_ask_reads_again(
    qtbot: QtBot, errors: RecordingPresenter
) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    outcomes = iter([ValueError("磁盘坏了"), 7])
    shown: list[int] = []

    def make_call():  # type: ignore[no-untyped-def]
        outcome = next(outcomes)

        def read(_progress: object) -> int:
            if isinstance(outcome, Exception):
                raise outcome
            return outcome

        return read

    reads = LatestRead(page, errors, make_call, shown.append)
    reads.ask()
    qtbot.waitUntil(lambda: not reads.running and len(errors.shown) == 1, timeout=5000)
    reads.ask()
    qtbot.waitUntil(lambda: shown == [7], timeout=5000)
