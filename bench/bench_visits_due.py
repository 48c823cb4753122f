"""Visit figures (issue 17), on a 100,000-resident demo store in SQLite:

- the due list of one grid worker (``services.visits.due.due_for_staff``): target
  < 200 ms; the worker timed is the one with the largest area;
- recording one visit as the window does (``operations.write``: the write and its
  commit with the change tracking; the list reloads on the worker afterwards):
  target < 100 ms; with a problem registered as a request too.

The store is made by ``hearth-desk demo`` (40,000 households) unless ``--data-dir``
holds one; staff and a year of visits are added when the store has none: 24 grid
workers each looking after a share of the buildings, every household visited as
often as its care tags ask over the year (some skipped, so some are overdue).

    python bench/bench_visits_due.py [--households 40000] [--data-dir D]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WORKERS = 24
RUNS = 25


def make_store(data_dir: Path, households: int) -> None:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "hearth_desk", "--data-dir", str(data_dir), "demo",
         "--households", str(households)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    print(f"demo store: {households:,} households in {time.perf_counter() - started:.1f} s")


def add_staff_and_a_year_of_visits(store, today: dt.date) -> None:  # type: ignore[no-untyped-def]
    """Grid workers over shares of the buildings, and a year of visits by them."""
    from sqlalchemy import func, insert, select

    from hearth_desk.domain.models import (
        GridLevel,
        GridNode,
        Household,
        Staff,
        StaffGrid,
        Visit,
        VisitVisitor,
    )
    from hearth_desk.services.ledger.grid import WholeGrid
    from hearth_desk.services.visits.due import due_list, units_below

    rng = random.Random(17)
    with store.transaction() as session:
        if session.scalar(select(func.count()).select_from(Staff)):
            return
        started = time.perf_counter()
        buildings = list(
            session.scalars(
                select(GridNode.id).where(GridNode.level == GridLevel.BUILDING.value)
                .order_by(GridNode.id)
            )
        )  # fmt: skip
        staff = [Staff(name=f"网格员{n + 1:02d}", role="grid_worker", sort_order=n)
                 for n in range(WORKERS)]  # fmt: skip
        session.add_all(staff)
        session.flush()
        share = -(-len(buildings) // WORKERS)
        areas: dict[int, int] = {}  # unit id → staff id
        grid = WholeGrid.load(session)
        for index, worker in enumerate(staff):
            mine = buildings[index * share : (index + 1) * share]
            session.execute(
                insert(StaffGrid), [{"staff_id": worker.id, "node_id": node} for node in mine]
            )
            for unit in units_below(grid, mine):
                areas[unit] = worker.id
        # Every household's interval as the rules say, then visits a year back.
        listing = due_list(session, None, today=today, every_household=True)
        units = dict(session.execute(select(Household.id, Household.unit_id)).all())
        visits, visitors = [], []
        now = dt.datetime.now().replace(microsecond=0)
        visit_id = 0
        for item in listing.households:
            interval = item.due.interval_days
            day = today - dt.timedelta(days=rng.randint(0, min(interval, 365)))
            if rng.random() < 0.08:  # some were missed lately: overdue
                day -= dt.timedelta(days=interval + rng.randint(1, 30))
            while day > today - dt.timedelta(days=365):
                visit_id += 1
                visits.append({"id": visit_id, "household_id": item.household_id, "date": day,
                               "kind": "care" if item.interval_tags else "routine",
                               "entered_by": "bench", "entered_at": now})  # fmt: skip
                visitors.append({"visit_id": visit_id, "staff_id": areas[units[item.household_id]]})
                day -= dt.timedelta(days=interval + rng.randint(-2, 3))
        session.execute(insert(Visit), visits)
        session.execute(insert(VisitVisitor), visitors)
        took = time.perf_counter() - started
        print(f"added {WORKERS} grid workers and {len(visits):,} visits in {took:.1f} s")


def timed(call) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--households", type=int, default=40_000)
    parser.add_argument("--data-dir", type=Path, help="reuse (or create) the demo store here")
    options = parser.parse_args()

    from sqlalchemy import func, select

    from hearth_desk.domain.models import Resident, StaffGrid, Visit
    from hearth_desk.services.changes import commit_tracked
    from hearth_desk.services.ledger.grid import WholeGrid
    from hearth_desk.services.visits.due import due_for_staff, due_list, units_below
    from hearth_desk.services.visits.visits import FoundProblem, NewVisit, record_visit
    from hearth_desk.storage.location import resolve_location
    from hearth_desk.storage.store import open_store
    from hearth_desk.ui.visits.round_tab import read_round

    today = dt.date.today()
    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as temporary:
        data_dir = options.data_dir or Path(temporary)
        if not (data_dir / "hearth-desk.sqlite3").exists():
            make_store(data_dir, options.households)
        store = open_store(resolve_location(data_dir), lock=False, upgrade=False)
        add_staff_and_a_year_of_visits(store, today)
        all_ok = True
        with store.session() as session:
            residents = session.scalar(select(func.count()).select_from(Resident))
            visits = session.scalar(select(func.count()).select_from(Visit))
            grid = WholeGrid.load(session)
            nodes: dict[int, list[int]] = {}
            for staff_id, node_id in session.execute(select(StaffGrid.staff_id, StaffGrid.node_id)):
                nodes.setdefault(staff_id, []).append(node_id)
            sizes = {staff: len(units_below(grid, mine)) for staff, mine in nodes.items()}
            worker = max(sizes, key=lambda staff: sizes[staff])
            listing = due_for_staff(session, worker, today=today)  # warm
            every = due_for_staff(session, worker, today=today, every_household=True)
            times = [timed(lambda: due_for_staff(session, worker, today=today))
                     for _ in range(RUNS)]  # fmt: skip
        print(f"{residents:,} residents, {visits:,} visits; the worker timed looks after "
              f"{len(every.households):,} households, {len(listing.households):,} due "
              f"({sum(h.overdue for h in listing.households):,} overdue)")  # fmt: skip
        p95 = sorted(times)[int(len(times) * 0.95) - 1]
        ok = p95 < 200
        all_ok &= ok
        print(f"due list of one grid worker: median {statistics.median(times):.0f} ms, "
              f"p95 {p95:.0f} ms (target < 200 ms) {'ok' if ok else 'MISSED'}")  # fmt: skip

        with store.session() as session:
            whole = timed(lambda: due_list(session, None, today=today))
        tab = statistics.median(
            timed(lambda: read_round(store, ("staff", worker), False, True)) for _ in range(5)
        )
        print(f"  (the whole community's due list: {whole:.0f} ms; the round tab's whole read "
              f"on the worker, chooser included: {tab:.0f} ms)")  # fmt: skip

        households = [item.household_id for item in listing.households]
        for problem in (None, FoundProblem("楼道灯不亮", "safety", "small")):
            times = []
            for household_id in households[:RUNS]:
                new = NewVisit(household_id, today, (worker,), found="身体尚好", problem=problem)
                times.append(timed(lambda new=new: commit_tracked(
                    store, lambda session: record_visit(session, new))))  # fmt: skip
            p95 = sorted(times)[int(len(times) * 0.95) - 1]
            ok = p95 < 100
            all_ok &= ok
            what = "recording a visit" + (" with a problem" if problem else "")
            print(f"{what}, as the window does: median {statistics.median(times):.0f} ms, "
                  f"p95 {p95:.0f} ms (target < 100 ms) {'ok' if ok else 'MISSED'}")  # fmt: skip
        store.close()
        return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
