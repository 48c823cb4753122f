"""Background work: results and errors come back on the UI thread, progress is
reported, and a cancelled call stops and rolls back."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.services.community import get_community, set_community
from hearth_desk.services.progress import Progress
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.worker import BackgroundTask


def test_result_arrives_on_the_ui_thread(qtbot: QtBot) -> None:
    worker_threads: list[threading.Thread] = []

    def call(progress: Progress) -> int:
        worker_threads.append(threading.current_thread())
        return 42

    task = BackgroundTask(call)
    received: list[tuple[int, bool]] = []
    task.succeeded.connect(
        lambda value: received.append(
            (value, QThread.currentThread() is QApplication.instance().thread())
        )
    )
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert received == [(42, True)]
    assert worker_threads and worker_threads[0] is not threading.main_thread()


def test_progress_is_reported(qtbot: QtBot) -> None:
    def call(progress: Progress) -> None:
        for step in range(1, 4):
            progress.report(step, 3, "正在处理")

    task = BackgroundTask(call)
    seen: list[tuple[int, int, str]] = []
    task.progressed.connect(lambda done, total, text: seen.append((done, total, text)))
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert seen[-1] == (3, 3, "正在处理")


def test_errors_are_handed_back(qtbot: QtBot) -> None:
    def call(progress: Progress) -> None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The file {path} was not found."), path="住户.xlsx"
        )

    task = BackgroundTask(call)
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        task.start()
    assert isinstance(failed.args[0], UserError)
    assert failed.args[0].params == {"path": "住户.xlsx"}


def test_cancel_stops_the_call_and_its_transaction_rolls_back(qtbot: QtBot, store: Store) -> None:
    started = threading.Event()
    release = threading.Event()

    def call(progress: Progress) -> None:
        with store.transaction() as session:
            set_community(session, "和平里社区", "和平里街道")
            started.set()
            release.wait(5)
            for step in range(100):
                progress.report(step, 100)

    task = BackgroundTask(call)
    succeeded: list[object] = []
    task.succeeded.connect(succeeded.append)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.start()
        assert started.wait(5)
        task.cancel()
        release.set()
    assert succeeded == []
    with store.session() as session:
        assert get_community(session) is None


@pytest.mark.parametrize("count", [3])
def test_tasks_need_no_reference_kept_by_the_caller(qtbot: QtBot, count: int) -> None:
    results: list[int] = []
    for number in range(count):
        task = BackgroundTask(lambda _p, n=number: n)
        task.succeeded.connect(results.append)
        task.start()
        del task
    qtbot.waitUntil(lambda: len(results) == count, timeout=5000)
    assert sorted(results) == list(range(count))


def test_a_task_whose_page_closed_meanwhile_ends_quietly(qtbot: QtBot) -> None:
    """A page closed (and deleted) while its load runs takes the task with it; the
    worker must neither raise on the deleted task nor leave it counted as running."""
    page = QWidget()
    release = threading.Event()
    task = BackgroundTask(lambda _progress: release.wait(5) and 42, page)
    task.start()
    page.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(task), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: task not in BackgroundTask._running, timeout=5000)
