"""The 连心树 area's figures (issue 13), offscreen:

- the drawn tree opening with 400 leaves: from asking for it to the scene shown
  (the layout on the worker thread, then the scene built on the UI thread); target
  < 300 ms, and the part on the UI thread is printed apart;
- zooming and panning: the slowest of 40 frames (20 zoom steps in and out, 20 pans),
  each a full repaint of the view; target: no frame over 50 ms;
- the member directory's search: p95 over 300 queries (names, pinyin initials, phone
  and ID tails, work units) on the demo community's tree; target < 50 ms.

    python bench/bench_tree_window.py [--leaves 400]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from hearth_desk.services.community import set_community
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.services.tree.directory import search_members
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store
from hearth_desk.ui.tree.tree_page import TreePage
from tests.support.poster_trees import plant, poster_of
from tests.support.presenters import RecordingPresenter


def wait_for(signal, timeout_ms: int = 30_000) -> None:  # type: ignore[no-untyped-def]
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def tree_view(app: QApplication, folder: Path, leaves: int) -> None:
    with open_store(resolve_location(folder / "tree")) as store:
        with store.transaction() as session:
            set_community(session, "和平里社区", "和平里街道", "北京市东城区")
            plant(session, poster_of(leaves, 9))
        page = TreePage(store, RecordingPresenter(folder / "log.txt"))
        page.resize(1280, 800)
        page.show()
        wait_for(page.drawn)  # the first drawing warms fonts and caches
        opens, builds = [], []
        for _ in range(5):
            started = time.perf_counter()
            page.redraw()
            original = page.view.show_layout

            def timed_show(layout, original=original):  # type: ignore[no-untyped-def]
                built = time.perf_counter()
                scene = original(layout)
                builds.append(time.perf_counter() - built)
                return scene

            page.view.show_layout = timed_show  # type: ignore[method-assign]
            wait_for(page.drawn)
            app.processEvents()
            opens.append(time.perf_counter() - started)
            page.view.show_layout = original  # type: ignore[method-assign]
        print(
            f"tree view opening with {len(page.view.scene().leaves)} leaves: median "
            f"{statistics.median(opens) * 1000:.0f} ms (scene built on the UI thread: "
            f"{statistics.median(builds) * 1000:.0f} ms)  target < 300 ms"
        )
        frames = []
        view = page.view
        for step in range(40):
            if step < 20:
                view.zoom(1.25 if step < 10 else 0.8)
            else:
                bar = view.horizontalScrollBar() if step % 2 else view.verticalScrollBar()
                bar.setValue(bar.value() + 120)
            started = time.perf_counter()
            view.viewport().repaint()
            frames.append(time.perf_counter() - started)
        print(
            f"zooming and panning: slowest of {len(frames)} frames "
            f"{max(frames) * 1000:.1f} ms, median {statistics.median(frames) * 1000:.1f} ms  "
            f"target: no frame over 50 ms"
        )
        page.close()


def directory_search(folder: Path) -> None:
    with open_store(resolve_location(folder / "demo")) as store:
        with store.transaction() as session:
            fill_demo(session, households=3000)
        with store.session() as session:
            from sqlalchemy import select

            from hearth_desk.domain.models import Member

            members = session.scalars(select(Member).limit(60)).all()
            queries = []
            for m in members:
                queries += [m.name, m.search_key.split()[-1], (m.phone or "")[-4:],
                            (m.id_number or "")[-6:], (m.work_unit or "")[:3]]  # fmt: skip
            times = []
            for query in queries:
                started = time.perf_counter()
                search_members(session, query)
                times.append(time.perf_counter() - started)
        times.sort()
        p95 = times[int(len(times) * 0.95)]
        print(
            f"directory search over {len(queries)} queries: p95 {p95 * 1000:.1f} ms, "
            f"median {statistics.median(times) * 1000:.1f} ms  target p95 < 50 ms"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leaves", type=int, default=400)
    options = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as temporary:
        folder = Path(temporary)
        tree_view(app, folder, options.leaves)
        directory_search(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
