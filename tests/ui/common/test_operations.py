"""The window's writes: broadcast on the hub once committed, with who asked for them;
never when they roll back, fail or are cancelled. Pages hear the kinds they show, at
once while visible, when next shown while hidden. Every write under ui/ goes here."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

import hearth_desk.ui
from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import CareTag
from hearth_desk.services.changes import Changes, Kind
from hearth_desk.services.community import get_community, set_community
from hearth_desk.services.progress import Progress
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.operations import Broadcast, Subscription, change_hub
from tests.support.presenters import RecordingPresenter


@pytest.fixture
def heard(qapp: object) -> list[Broadcast]:
    broadcasts: list[Broadcast] = []
    change_hub().changed.connect(broadcasts.append)
    return broadcasts


def tag_names(store: Store) -> list[str]:
    with store.session() as session:
        return list(session.scalars(select(CareTag.name)))


def test_a_committed_write_is_broadcast_with_its_initiator(
    sqlite_store: Store, heard: list[Broadcast]
) -> None:
    asker = object()
    info = operations.write(
        sqlite_store, lambda s: set_community(s, "和平里社区", "和平里街道"), initiator=asker
    )
    assert info.name == "和平里社区"
    assert heard == [Broadcast(Changes(Kind.COMMUNITY), asker)]


def test_a_write_that_fails_is_rolled_back_and_not_broadcast(
    sqlite_store: Store, heard: list[Broadcast]
) -> None:
    def half_then_fail(session: Session) -> None:
        session.add(CareTag(name="失独家庭"))
        session.flush()
        set_community(session, "", "和平里街道")  # empty name: UserError

    with pytest.raises(UserError):
        operations.write(sqlite_store, half_then_fail, initiator=None)
    assert heard == []
    assert "失独家庭" not in tag_names(sqlite_store)
    with sqlite_store.session() as session:
        assert get_community(session) is None


def test_a_long_write_is_broadcast_before_the_caller_hears_it_succeeded(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter, heard: list[Broadcast]
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    order: list[str] = []
    change_hub().changed.connect(lambda _b: order.append("broadcast"))

    def add_tag(session: Session, progress: Progress) -> str:
        progress.report(1, 1)
        session.add(CareTag(name="失独家庭"))
        return "done"

    task = operations.start_write(parent, "…", sqlite_store, add_tag, errors)
    task.succeeded.connect(lambda result: order.append(result))
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert order == ["broadcast", "done"]
    assert heard == [Broadcast(Changes(Kind.CARE_TAGS), parent)]
    assert errors.shown == []


def test_a_long_write_that_fails_or_is_cancelled_broadcasts_nothing(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter, heard: list[Broadcast]
) -> None:
    def fails(session: Session, _progress: Progress) -> None:
        session.add(CareTag(name="失独家庭"))
        session.flush()
        raise UserError("The {field} name is empty; please fill it in.", field="x")

    task = operations.start_write(None, "…", sqlite_store, fails, errors)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert len(errors.shown) == 1

    gate = threading.Event()

    def cancelled(session: Session, progress: Progress) -> None:
        session.add(CareTag(name="失独家庭"))
        session.flush()
        gate.wait(5)
        progress.report(1, 2)  # raises Cancelled: the transaction rolls back

    task = operations.start_write(None, "…", sqlite_store, cancelled, errors)
    task.cancel()
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        gate.set()
    assert heard == []
    assert "失独家庭" not in tag_names(sqlite_store)


def test_a_job_broadcasts_what_it_says_it_changed(
    qtbot: QtBot, errors: RecordingPresenter, heard: list[Broadcast]
) -> None:
    task = operations.start_job(
        None, "…", lambda _progress: None, errors, changes=Changes.of(Kind.BACKUPS)
    )
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert heard == [Broadcast(Changes(Kind.BACKUPS), None)]


def test_a_visible_widget_refreshes_at_once_a_hidden_one_when_shown(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    refreshed: list[Broadcast] = []
    Subscription(widget, Kind.GRID | Kind.RESIDENTS, refreshed.append)
    hub = change_hub()

    hub.broadcast(Changes.of(Kind.BACKUPS), None)  # not what it shows
    hub.broadcast(Changes.of(Kind.GRID), "import")
    hub.broadcast(Changes.of(Kind.RESIDENTS, Kind.HISTORY), "card")
    assert refreshed == []  # hidden: noted only
    widget.show()
    assert refreshed == [Broadcast(Changes(Kind.GRID | Kind.RESIDENTS))]  # once, for both
    hub.broadcast(Changes.of(Kind.RESIDENTS), "card")
    assert refreshed[-1] == Broadcast(Changes(Kind.RESIDENTS), "card")
    widget.hide()
    widget.show()
    assert len(refreshed) == 2  # nothing changed meanwhile


def test_a_widget_may_skip_its_own_writes(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    refreshed: list[Broadcast] = []
    Subscription(widget, Kind.CARE_TAGS, refreshed.append, own=False)
    change_hub().broadcast(Changes.of(Kind.CARE_TAGS), widget)
    assert refreshed == []
    change_hub().broadcast(Changes.of(Kind.CARE_TAGS), "someone else")
    assert len(refreshed) == 1


def test_no_write_under_ui_bypasses_the_operations() -> None:
    """A transaction opened or committed anywhere in the window would write without
    telling the pages: every write goes through ui/common/operations.py."""
    offenders = []
    for path in Path(hearth_desk.ui.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"transaction", "commit"}
            ):
                offenders.append(f"{path.name}:{node.lineno} .{node.func.attr}(")
    assert offenders == []
