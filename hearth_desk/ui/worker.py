"""Running a service call off the UI thread.

Every long operation (demo data, import, export, print, backup) goes through
``BackgroundTask``: the call runs on Qt's thread pool with a ``Progress`` wired to
signals, can be cancelled, and hands back its result or its error on the UI thread,
where the slots connected to ``succeeded``/``failed`` run.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from hearth_desk.domain.errors import Cancelled
from hearth_desk.services.progress import Progress

PROGRESS_INTERVAL_S = 0.05  # no need to repaint a progress bar more often than this


class _Runnable(QRunnable):
    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task

    def run(self) -> None:
        self._task._run_in_worker()


class BackgroundTask(QObject):
    """One service call on the thread pool. Create, connect the signals, ``start()``."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception, UserError or a bug
    cancelled = Signal()
    finished = Signal()  # after exactly one of succeeded / failed / cancelled

    # Tasks keep themselves alive until they finish, so callers need not hold them.
    _running: ClassVar[set[BackgroundTask]] = set()

    def __init__(self, call: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call = call
        self._cancel = threading.Event()
        self._last_report = 0.0
        self._finished_event = threading.Event()
        self._result: tuple[str, Any] | None = None
        self.succeeded.connect(self._on_done)
        self.failed.connect(self._on_done)
        self.cancelled.connect(self._on_done)

    def start(self, pool: QThreadPool | None = None) -> None:
        BackgroundTask._running.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))

    @classmethod
    def shut_down(cls, timeout_ms: int = 10_000) -> bool:
        """At exit: cancel every running task and wait for the workers to return,
        so that no call outlives the store it uses."""
        for task in list(cls._running):
            task.cancel()
        return QThreadPool.globalInstance().waitForDone(timeout_ms)

    def cancel(self) -> None:
        """Ask the call to stop at its next progress report; it rolls back, then ``cancelled``."""
        self._cancel.set()

    @property
    def is_cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout_s: float = 30.0) -> bool:
        """Block until the call returned in the worker (for tests and shutdown)."""
        return self._finished_event.wait(timeout_s)

    def _report(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_report >= PROGRESS_INTERVAL_S:
            self._last_report = now
            self.progressed.emit(done, total, message)

    def _run_in_worker(self) -> None:
        progress = Progress(self._report, self._cancel.is_set)
        try:
            result = self._call(progress)
        except Cancelled:
            self.cancelled.emit()
        except BaseException as error:  # handed to the UI thread, which decides
            self.failed.emit(error)
        else:
            # A call that returned has finished its work, even if cancel came too late.
            self.succeeded.emit(result)
        finally:
            self._finished_event.set()

    def _on_done(self, *_args: object) -> None:
        # Connected first, so it runs before the caller's slots: defer, so that
        # ``finished`` comes after them and the task stays alive until they ran.
        QTimer.singleShot(0, self._finish)

    def _finish(self) -> None:
        self.finished.emit()
        BackgroundTask._running.discard(self)
