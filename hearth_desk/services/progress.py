"""How a long service call reports progress and learns that the user cancelled it.

Services take a ``Progress`` and call ``report`` now and then; the window passes one
wired to a progress dialog, the command line and tests pass ``Progress.silent()``.
Messages are English source strings marked with ``QT_TRANSLATE_NOOP("Progress", …)``;
whoever shows them translates them in the "Progress" context.
Cancellation is cooperative: ``report`` raises ``Cancelled`` and the service's
transaction rolls back, so a cancelled operation leaves the store as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from hearth_desk.domain.errors import Cancelled

ReportCallback = Callable[[int, int, str], None]


class Progress:
    """Progress sink for one operation: ``done`` of ``total`` steps and what is going on."""

    def __init__(
        self,
        on_report: ReportCallback | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self._on_report = on_report
        self._is_cancelled = is_cancelled or (lambda: False)

    @classmethod
    def silent(cls) -> Progress:
        return cls()

    @property
    def cancelled(self) -> bool:
        return self._is_cancelled()

    def check(self) -> None:
        """Raise ``Cancelled`` if the user asked to stop."""
        if self._is_cancelled():
            raise Cancelled()

    def report(self, done: int, total: int, message: str = "") -> None:
        """Tell the watcher how far we are; raises ``Cancelled`` when asked to stop."""
        self.check()
        if self._on_report is not None:
            self._on_report(done, total, message)
