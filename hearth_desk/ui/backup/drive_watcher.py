"""Noticing a USB stick plugged in while the Backup page is open, with no button press.

Every ``POLL_MS`` while started, the removable drives are listed again
(``services.backup.drives``) on the worker thread: a card reader without a card or
a slow stick can keep the system busy for seconds, and the window must not freeze
meanwhile. Only one look runs at a time; ``changed`` is emitted when the drives
found differ from the last look (free space alone does not count: it moves during
every backup).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from hearth_desk.services.backup import drives
from hearth_desk.services.backup.drives import Drive
from hearth_desk.ui.common.worker import BackgroundTask

POLL_MS = 2000


def _removable_drives() -> list[Drive]:
    return drives.removable_drives()  # looked up at each call, so tests can stand in


class DriveWatcher(QObject):
    """Looks for removable drives now (``look``) and, while started, every ``POLL_MS``."""

    changed = Signal(object)  # list[Drive], after the first look and whenever they differ

    def __init__(
        self, parent: QObject | None = None, find: Callable[[], list[Drive]] = _removable_drives
    ) -> None:
        super().__init__(parent)
        self._find = find
        self._looking = False
        self._seen: tuple[tuple[str, str], ...] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.look)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def running(self) -> bool:
        """Whether it looks every ``POLL_MS``."""
        return self._timer.isActive()

    @property
    def looking(self) -> bool:
        """Whether a look is under way on the worker."""
        return self._looking

    def look(self) -> None:
        """List the drives on the worker; a look still running is not doubled."""
        if self._looking:
            return
        self._looking = True
        find = self._find
        task = BackgroundTask(lambda _progress: find())  # no parent: it may outlive us
        task.succeeded.connect(self._found)
        task.finished.connect(self._done)
        task.start()

    def _done(self) -> None:
        self._looking = False

    def _found(self, found: list[Drive]) -> None:
        seen = tuple((str(drive.path), drive.label) for drive in found)
        if seen != self._seen:
            self._seen = seen
            self.changed.emit(found)
