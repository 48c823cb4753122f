"""Memory of the window around a large print preview (issue 12, item 2).

Fills a demo store, prints the whole community's building ledger, then opens it in
the window's print preview (offscreen), pages through every page as a user holding
Page Down would, closes the preview and lets Qt delete it. Prints the process's RSS
before, during (the highest seen) and after, twice in a row, since a second preview
used to pile on top of the first.

Usage:  python bench/bench_preview_memory.py [--households 40000] [--step 1]
The aim: after closing, RSS within 50 MB of where it was before the first preview.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=40_000)
    parser.add_argument("--step", type=int, default=1, help="pages to move per Page Down")
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-preview-"))
    command = [sys.executable, "-m", "hearth_desk", "--data-dir", str(work / "data")]
    subprocess.run(
        [*command, "demo", "--households", str(options.households)], check=True, capture_output=True
    )
    pdf = work / "ledger.pdf"
    started = time.perf_counter()
    subprocess.run(
        [*command, "print", "ledger", "--out", str(pdf)], check=True, capture_output=True
    )
    seconds = time.perf_counter() - started
    print(f"ledger of {options.households} households printed in {seconds:.1f} s")

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from hearth_desk.reports.kit.result import RenderResult
    from hearth_desk.ui.common.errors import ErrorPresenter
    from hearth_desk.ui.common.print_preview import PrintPreviewDialog

    app = QApplication([])

    def spin(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.005)

    def render(_progress: object, target: Path) -> RenderResult:
        shutil.copy(pdf, target)
        return RenderResult(target, 0)

    spin(0.5)
    before = rss_mb()
    print(f"before the first preview: {before:.0f} MB")
    for round_number in (1, 2):
        dialog = PrintPreviewDialog("楼栋台账", render, ErrorPresenter(work / "log"))
        dialog.resize(1000, 740)
        dialog.show()
        while dialog.render_result is None:
            spin(0.1)
        pages = dialog.document.pageCount()
        highest = rss_mb()
        for page in range(0, pages, options.step):
            dialog.go_to_page(page)
            spin(0.002)
            highest = max(highest, rss_mb())
        dialog.reject()
        dialog.deleteLater()
        spin(0.2)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        spin(1.0)
        after = rss_mb()
        print(
            f"preview {round_number}: {pages} pages, highest {highest:.0f} MB while paging, "
            f"{after:.0f} MB after closing ({after - before:+.0f} MB against before)"
        )
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
