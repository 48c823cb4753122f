"""Ledger window figure (issue 6): opening the Ledger area on a 100,000-resident store.

Measures, offscreen, the time from creating and showing the ledger page to the
resident table holding every id of the default filter and the first visible page of
rows fetched (target < 300 ms); then a filter change, a jump to a far row and a
search as typed. Uses ``--data-dir`` if it already holds a store, else makes a
fresh demo store of ``--households`` households first (not timed).

Usage:  python bench/bench_ledger_window.py [--data-dir DIR] [--households N] [--runs R]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from hearth_desk.services.demo.ledger import fill_demo, store_has_data
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import Store, open_store
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.ledger.ledger_page import LedgerPage


def wait_for(signal, timeout_ms: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def open_once(store: Store, errors: ErrorPresenter) -> tuple[float, int]:
    started = time.perf_counter()
    page = LedgerPage(store, errors)
    page.resize(1100, 700)
    page.show()
    wait_for(page.loaded)
    QApplication.processEvents()  # the view paints and asks for its first page
    page.resident_view.repaint()
    assert page.residents.pages_fetched >= 1, "no rows were fetched"
    elapsed = time.perf_counter() - started
    rows = page.residents.rowCount()
    wait_for(page.grid.loaded)  # the tree loads next; let it finish before closing
    page.close()
    page.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return elapsed, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--households", type=int, default=40_000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as scratch:
        folder = options.data_dir or Path(scratch)
        store = open_store(resolve_location(folder), lock=False)
        with store.session() as session:
            empty = not store_has_data(session)
        if empty:
            with store.transaction() as session:
                fill_demo(session, households=options.households)
        errors = ErrorPresenter(Path(scratch) / "log.txt")
        timings, rows = [], 0
        for _run in range(options.runs):
            elapsed, rows = open_once(store, errors)
            timings.append(elapsed)
        print(
            f"ledger area open to first rows: median {statistics.median(timings) * 1000:.0f} ms, "
            f"worst {max(timings) * 1000:.0f} ms over {options.runs} runs ({rows:,} residents)"
        )

        page = LedgerPage(store, errors)
        page.resize(1100, 700)
        page.show()
        wait_for(page.loaded)
        started = time.perf_counter()
        page.filters.age.setCurrentIndex(3)  # 80 and over
        wait_for(page.loaded)
        QApplication.processEvents()
        print(
            f"filter 80+ to rows: {(time.perf_counter() - started) * 1000:.0f} ms "
            f"({page.residents.rowCount():,} residents)"
        )
        started = time.perf_counter()
        far = page.residents.index(page.residents.rowCount() - 1, 0)
        page.resident_view.scrollTo(far)
        page.residents.data(far)
        QApplication.processEvents()
        print(f"jump to the last row: {(time.perf_counter() - started) * 1000:.0f} ms")
        for query in ("wf", "王芳", "1234", "3栋2单元"):
            page.search_edit.setText(query)
            started = time.perf_counter()
            hits = page.search.run()
            print(
                f"search {query!r}: {(time.perf_counter() - started) * 1000:.0f} ms, "
                f"{len(hits)} hits"
            )
        page.close()
        store.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
