"""A page's read on the worker thread, one at a time, always ending on what was asked
last.

Pages re-read when a write elsewhere changes what they show, when a filter changes,
when they are first shown; these often come in bursts. Starting a worker for each
would pile them up and show their answers out of order; dropping the later asks
would leave the page showing the first. So: while a read runs, an ask only notes
that another is wanted, and when the read ends one more starts, built afresh from
the page's state then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QWidget

from hearth_desk.services.progress import Progress
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.worker import BackgroundTask

T = TypeVar("T")


class LatestRead(Generic[T]):
    def __init__(
        self,
        page: QWidget,
        errors: ErrorPresenter,
        make_call: Callable[[], Callable[[Progress], T]],
        show: Callable[[T], Any],
    ) -> None:
        """``make_call`` builds the worker's call from the page's state when a read
        starts; ``show`` takes its answer on the UI thread."""
        self._page, self._errors = page, errors
        self._make_call, self._show = make_call, show
        self._task: BackgroundTask | None = None
        self._again = False

    @property
    def running(self) -> bool:
        return self._task is not None

    def ask(self) -> None:
        if self._task is not None:
            self._again = True
            return
        task = BackgroundTask(self._make_call(), self._page)
        task.succeeded.connect(self._show)
        task.failed.connect(lambda error: self._errors.show(error, self._page))
        task.finished.connect(self._done)
        self._task = task
        task.start()

    def _done(self) -> None:
        self._task = None
        if self._again:
            self._again = False
            self.ask()
