"""The elderly university's printouts (issue 18): the attendance sheet of a 40-student
class across 20 dates, target < 1 s; and the term's timetable.

A SQLite store with a term of 13 classes is made in a temporary data folder
(tests/support/class_printouts: the big class has the students, two more waiting,
20 session dates besides a cancelled one, a moved one, and attendance for the first
half). Timed, in one process, each as the window's preview does it on its worker
thread: gathering the data in a session of its own and laying it out as a PDF. Then,
for comparison, ``hearth-desk print attendance CLASS`` as a fresh process (start-up,
store, gather, layout, write). A first print fills the parsed-font cache (as the first
print after installing does) and is not counted.

Printed: the median and best wall seconds of each, and the pages.

    python bench/bench_class_printouts.py [--students 40] [--dates 20] [--runs 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_print_ledger import pages, timed

from as_installed import installed_env

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def fill(data_dir: Path, students: int, dates: int) -> tuple[int, int]:
    """The store; the term's and the big class's numbers."""
    from hearth_desk.storage.location import resolve_location
    from hearth_desk.storage.store import open_store
    from tests.support.class_printouts import class_term

    store = open_store(resolve_location(data_dir))
    with store.transaction() as session:
        made = class_term(session, students=students, dates=dates)
    store.close()
    return made.term_id, made.big_class


def gather_and_render(data_dir: Path, key: str, choice: object, out: Path, **options: str) -> float:
    """Wall seconds of one gather (in its own session) and layout of printout ``key``."""
    from hearth_desk.i18n.catalogue import load_catalogue
    from hearth_desk.reports.catalogue import printout
    from hearth_desk.services.progress import Progress
    from hearth_desk.storage.location import resolve_location
    from hearth_desk.storage.store import open_store

    entry = printout(key)
    translate = load_catalogue("zh_CN").translate
    store = open_store(resolve_location(data_dir))
    try:
        began = time.perf_counter()
        with store.session() as session:
            data = entry.gather(session, choice, Progress.silent())  # type: ignore[arg-type]
        entry.render(out, data, translate, Progress.silent(), **options)
        return time.perf_counter() - began
    finally:
        store.close()


def line(name: str, runs: list[float], pdf: Path, target: float | None) -> str:
    median = statistics.median(runs)
    verdict = (
        ""
        if target is None
        else f"; target < {target:g} s  " + ("ok" if median < target else "MISSED")
    )
    return f"{name}: median {median:.3f} s (best {min(runs):.3f} s), {pages(pdf)} pages{verdict}"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--dates", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="keep the store and the PDFs here")
    options = parser.parse_args()
    from hearth_desk.services.ledger.printouts import LedgerChoice

    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as temporary:
        folder = options.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        os.environ["HEARTH_DESK_CACHE_DIR"] = str(Path(temporary) / "cache")
        env = installed_env(dict(os.environ))
        data_dir = folder / "data"
        term_id, class_id = fill(data_dir, options.students, options.dates)
        sheet, table = folder / "考勤表.pdf", folder / "课程表.pdf"
        by_class, by_term = LedgerChoice(course_id=class_id), LedgerChoice(term_id=term_id)
        gather_and_render(data_dir, "attendance", by_class, sheet)  # fills the font cache
        attendance = [
            gather_and_render(data_dir, "attendance", by_class, sheet) for _ in range(options.runs)
        ]
        a4 = [gather_and_render(data_dir, "timetable", by_term, table) for _ in range(options.runs)]
        a3 = [
            gather_and_render(data_dir, "timetable", by_term, table, size="A3")
            for _ in range(options.runs)
        ]
        program = [sys.executable, "-m", "hearth_desk", "--data-dir", str(data_dir)]
        command = [*program, "print", "attendance", f"#{class_id}", "--out", str(sheet)]
        whole = [timed(command, env)[0] for _ in range(options.runs)]
        size = f"{options.students} students across {options.dates} dates"
        print(line(f"Attendance sheet, {size}, gather and layout", attendance, sheet, 1.0))
        print(line("The same as a whole command", whole, sheet, None))
        print(line("Timetable of 13 classes, A4, gather and layout", a4, table, None))
        print(line("Timetable of 13 classes, A3, gather and layout", a3, table, None))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
