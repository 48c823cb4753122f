"""Running a service call off the UI thread.

Every long operation (demo data, import, export, print, backup) goes through
``BackgroundTask``: the call runs on Qt's thread pool with a ``Progress`` wired to
signals, can be cancelled, and hands back its result or its error on the UI thread,
where the slots connected to ``succeeded``/``failed`` run.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable
from typing import Any, ClassVar

import shiboken6
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

    # Internal: the worker only ever emits these. No Python object crosses threads
    # inside a queued signal (PySide's marshalling of ``object`` arguments between
    # threads corrupted reference counts here); the outcome waits in an attribute.
    _reported = Signal(int, int, str)
    _returned = Signal()

    def __init__(self, call: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call = call
        self._cancel = threading.Event()
        self._last_report = 0.0
        self._finished_event = threading.Event()
        self._outcome: tuple[str, Any] = ("cancelled", None)
        self._reported.connect(self.progressed)
        self._returned.connect(self._deliver)
        # Deleted with its page after the call returned but before the UI thread
        # delivered the outcome, the task would never reach ``_finish``: leave the
        # running set then. (Deleted while the call still runs, ``_hand_back`` does.)
        # A weak reference: a strong one in its own slot would keep a task without a
        # parent alive for ever.
        task = weakref.ref(self)
        self.destroyed.connect(lambda _object=None: _forget_if_returned(task))

    def start(self) -> None:
        BackgroundTask._running.add(self)
        QThreadPool.globalInstance().start(_Runnable(self))

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

    def wait(self, timeout_s: float = 30.0) -> bool:
        """Block until the call returned in the worker (for tests and shutdown)."""
        return self._finished_event.wait(timeout_s)

    def _report(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_report >= PROGRESS_INTERVAL_S:
            self._last_report = now
            if shiboken6.isValid(self):  # its page may have closed meanwhile
                self._reported.emit(done, total, message)

    def _run_in_worker(self) -> None:
        progress = Progress(self._report, self._cancel.is_set)
        try:
            self._outcome = ("succeeded", self._call(progress))
            # A call that returned has finished its work, even if cancel came too late.
        except Cancelled:
            self._outcome = ("cancelled", None)
        except BaseException as error:  # handed to the UI thread, which decides
            self._outcome = ("failed", error)
        finally:
            self._finished_event.set()
            self._hand_back()

    def _hand_back(self) -> None:
        """Tell the UI thread the call returned, unless the task's parent (a page
        closed meanwhile) took the task with it: then nobody waits, and the task
        leaves the running set here instead of in ``_finish``."""
        try:
            if shiboken6.isValid(self):
                self._returned.emit()
                return
        except RuntimeError:  # deleted between the check and the emit
            pass
        BackgroundTask._running.discard(self)

    def _deliver(self) -> None:
        """On the UI thread: hand the outcome to the caller's slots, then ``finished``."""
        kind, value = self._outcome
        self._outcome = ("cancelled", None)  # drop the reference to the result
        if kind == "succeeded":
            self.succeeded.emit(value)
        elif kind == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        # Deferred, so the task stays alive until every slot has run.
        QTimer.singleShot(0, self._finish)

    def _finish(self) -> None:
        # The task's parent (a page, a dialog) may have been deleted meanwhile.
        if shiboken6.isValid(self):
            self.finished.emit()
        BackgroundTask._running.discard(self)


def _forget_if_returned(ref: weakref.ref[BackgroundTask]) -> None:
    task = ref()
    if task is not None and task._finished_event.is_set():
        BackgroundTask._running.discard(task)
