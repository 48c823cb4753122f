"""How the window writes, and how every page hears of it.

Every write in the window goes through here: quick ones run on the UI thread
(``write``), long ones on the worker behind a progress dialog (``start_write``,
``start_job``). Once a write has committed, what it changed (``services.changes``)
is broadcast on the one app-wide ``ChangeHub`` together with who asked for it; a
write that rolled back, failed or was cancelled broadcasts nothing.

Pages never refresh one another. Each one subscribes (``Subscription``) to the kinds
it shows and refreshes itself; a page that is hidden only notes what changed and
refreshes when it is shown again, so a write never waits for pages nobody looks at.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from hearth_desk.services.changes import NOTHING, Changes, Kind, commit_tracked
from hearth_desk.services.progress import Progress
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.progress_dialog import run_with_progress
from hearth_desk.ui.common.worker import BackgroundTask

if TYPE_CHECKING:
    from sqlalchemy.orm import Session  # annotations only: no SQL in the window

T = TypeVar("T")


@dataclass(frozen=True)
class Broadcast:
    """One committed write as the pages hear it: what changed and who asked for it
    (the widget that ran the write, so that it may skip refreshing itself twice)."""

    changes: Changes
    initiator: object | None = None

    def touches(self, kinds: Kind) -> bool:
        return self.changes.touches(kinds)


class ChangeHub(QObject):
    """The one place writes are announced; see ``change_hub``."""

    changed = Signal(object)  # a Broadcast

    def broadcast(self, changes: Changes, initiator: object | None = None) -> None:
        if changes:
            self.changed.emit(Broadcast(changes, initiator))


_hub: ChangeHub | None = None


def change_hub() -> ChangeHub:
    """The application's hub, made on first use and living as long as the application."""
    global _hub
    if _hub is None or not shiboken6.isValid(_hub):
        _hub = ChangeHub(QCoreApplication.instance())
    return _hub


# --- running writes ---------------------------------------------------------------


def write(store: Store, call: Callable[[Session], T], *, initiator: object | None) -> T:
    """A quick write on the UI thread, in one transaction; after it commits, what it
    changed is broadcast. Exceptions (a ``UserError``) reach the caller, who shows
    them; nothing is broadcast then."""
    result, changes = commit_tracked(store, call)
    change_hub().broadcast(changes, initiator)
    return result


def start_write(
    parent: QWidget | None,
    title: str,
    store: Store,
    call: Callable[[Session, Progress], Any],
    errors: ErrorPresenter,
    *,
    initiator: object | None = None,
) -> BackgroundTask:
    """A long write in one transaction on the worker, behind a progress dialog.

    What it changed is broadcast before the task's ``succeeded`` reaches the slots the
    caller connects, so pages are current when the caller reports success.
    ``initiator`` defaults to ``parent``.
    """
    committed: list[Changes] = []  # filled on the worker, read after it has finished

    def work(progress: Progress) -> Any:
        result, changes = commit_tracked(store, lambda session: call(session, progress))
        committed.append(changes)
        return result

    task = run_with_progress(parent, title, work, errors)
    who = parent if initiator is None else initiator
    task.succeeded.connect(lambda _result: change_hub().broadcast(committed[0], who))
    return task


def start_job(
    parent: QWidget | None,
    title: str,
    call: Callable[[Progress], Any],
    errors: ErrorPresenter,
    *,
    changes: Changes,
    initiator: object | None = None,
) -> BackgroundTask:
    """A long write that is not rows of one session (a backup file, a restore that
    replaces the store), behind a progress dialog; ``changes`` is broadcast once it
    has succeeded. ``initiator`` defaults to ``parent``."""
    task = run_with_progress(parent, title, call, errors)
    who = parent if initiator is None else initiator
    task.succeeded.connect(lambda _result: change_hub().broadcast(changes, who))
    return task


# --- hearing them -----------------------------------------------------------------


class Subscription(QObject):
    """A widget's ear on the hub: ``refresh`` runs when a broadcast touches ``kinds``.

    While the widget is visible it runs at once; while hidden, the kinds are noted and
    ``refresh`` runs when the widget is next shown, once for all that changed meanwhile
    (with no initiator). ``own=False`` skips broadcasts the widget itself initiated,
    for a widget that shows its own writes itself. ``every_show`` refreshes on every
    showing, changed or not (the home page's "days since the last backup" moves on).
    The subscription ends with the widget.
    """

    def __init__(
        self,
        widget: QWidget,
        kinds: Kind,
        refresh: Callable[[Broadcast], None],
        *,
        own: bool = True,
        every_show: bool = False,
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self.kinds = kinds
        self._refresh = refresh
        self._own = own
        self._every_show = every_show
        self.pending: Kind = NOTHING
        widget.installEventFilter(self)
        change_hub().changed.connect(self._heard)

    def _heard(self, broadcast: Broadcast) -> None:
        if not broadcast.touches(self.kinds):
            return
        if not self._own and broadcast.initiator is self._widget:
            return
        if self._widget.isVisible():
            self._refresh(broadcast)
        else:
            self.pending |= broadcast.changes.kinds & self.kinds

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Spontaneous Show events repeat, for the window system, a showing already seen.
        if watched is self._widget and event.type() == QEvent.Type.Show and not event.spontaneous():
            if self.pending or self._every_show:
                changes = Changes(self.pending or self.kinds)
                self.pending = NOTHING
                self._refresh(Broadcast(changes))
        return False
