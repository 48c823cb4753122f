"""The 活动 area's figures (issue 15), offscreen, on a demo community in SQLite:

- an event page with 2,000 sign-ups: from choosing the event to its page shown (the
  heading, counts and the whole sign-up list read and laid out); target < 300 ms;
- signing up: from Enter on a search hit to the new row shown with its status, on
  that same page of 2,000 (the write, its broadcast, the page reading itself again);
  target < 100 ms;
- checking in by a scanned sign-in sheet code at the door: from the scanner's Enter
  to the name shown checked in; target < 50 ms.

    python bench/bench_events.py [--signups 2000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from hearth_desk.domain.models import EventKind, Resident
from hearth_desk.domain.signin_codes import signin_code
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.services.events.events import EventInput, add_event
from hearth_desk.services.events.signups import sign_up
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import Store, open_store
from hearth_desk.ui.common.settled_heap import settle_heap
from hearth_desk.ui.events.event_view import EventView
from tests.support.presenters import RecordingPresenter

DAY = dt.date.today() + dt.timedelta(days=7)


def prepare(store: Store, signups: int) -> tuple[int, list[tuple[int, str]]]:
    """An event whose ``signups`` residents fill all but 100 of them into seats; and
    residents not signed up, with their names, to sign up in the timing."""
    with store.transaction() as session:
        fill_demo(session, households=max(600, signups // 2 + 200))
    with store.transaction() as session:
        data = EventInput("防范电信诈骗讲座", DAY, EventKind.TALK, dt.time(14, 30),
                          dt.time(16, 0), place="社区党群服务中心二楼活动室",
                          capacity=signups - 100)  # fmt: skip
        event = add_event(session, data).id
        living = Resident.status == "living"  # the search offers those who live here
        people = list(
            session.execute(select(Resident.id, Resident.name).where(living).order_by(Resident.id))
        )
        for resident_id, _name in people[:signups]:
            sign_up(session, event, resident_id=resident_id)
    once = Counter(name for _rid, name in people)  # a name that finds one resident
    return event, [(rid, name) for rid, name in people[signups:] if once[name] == 1]


def page_opening(app: QApplication, view: EventView, event: int) -> list[float]:
    times = []
    for _ in range(7):
        view.event_id = None
        started = time.perf_counter()
        view.show_event(event)
        app.processEvents()  # laid out and painted
        times.append((time.perf_counter() - started) * 1000)
    return times


def signing_up(app: QApplication, view: EventView, people: list[tuple[int, str]]) -> list[float]:
    panel = view.signups
    times = []
    for _resident_id, name in people[:40]:
        panel.search_edit.setText(name)
        panel.search.run()  # the hits are shown: the user now presses Enter
        app.processEvents()
        started = time.perf_counter()
        QTest.keyClick(panel.search_edit, Qt.Key.Key_Return)
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
        line = panel.selected()
        assert line is not None and line.name == name, (name, line)
    return times


def checking_in(app: QApplication, store: Store, view: EventView, event: int) -> list[float]:
    from hearth_desk.ui.events.check_in_mode import CheckInDialog

    dialog = CheckInDialog(store, RecordingPresenter(Path(tempfile.gettempdir()) / "b.log"),
                           event, view)  # fmt: skip
    dialog.show()
    app.processEvents()
    line = dialog.search_edit
    times = []
    for row in view.signups.model.lines[200:230]:
        line.setText(signin_code(event, row.signup_id))  # a scanner types fast
        started = time.perf_counter()
        QTest.keyClick(line, Qt.Key.Key_Return)
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    dialog.close()
    return times


def report(label: str, times: list[float], target: float) -> None:
    p95 = statistics.quantiles(times, n=20, method="inclusive")[-1]
    print(f"{label}: median {statistics.median(times):.0f} ms, p95 {p95:.0f} ms, "
          f"slowest {max(times):.0f} ms of {len(times)} (target < {target:.0f} ms)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--signups", type=int, default=2000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        with open_store(resolve_location(Path(folder) / "store")) as store:
            event, people = prepare(store, args.signups)
            view = EventView(store, RecordingPresenter(Path(folder) / "log.txt"))
            view.resize(1280, 800)
            view.show()
            view.show_event(event)  # warm: fonts, the first query
            app.processEvents()
            settle_heap()  # as the window does once it is up
            report(f"Event page with {args.signups} sign-ups", page_opening(app, view, event),
                   300)  # fmt: skip
            report("Sign-up, Enter to the row shown", signing_up(app, view, people), 100)
            report("Check-in by scanned code", checking_in(app, store, view, event), 50)
            view.close()


if __name__ == "__main__":
    main()
