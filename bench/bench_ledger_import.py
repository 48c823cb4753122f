"""Import figure (issue 7): a 10,000-row messy workbook validated and imported in
under 10 s, into a fresh SQLite store.

The workbook has title rows, one-column addresses in two spellings, birth dates in
every text form and as Excel dates, tags with every separator and padded names
(``tests/support/messy_sheets.big_xlsx``). Prints the time to plan (read and check
against the store) and to apply and commit, then re-plans the same file, which must
find nothing to change.  Usage:  python bench/bench_ledger_import.py [--rows N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hearth_desk.services.ledger.importing import apply_import, plan_import
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store
from tests.support.messy_sheets import big_xlsx


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as folder:
        sheet = big_xlsx(Path(folder) / "台账.xlsx", options.rows)
        with open_store(resolve_location(Path(folder) / "data")) as store:
            started = time.perf_counter()
            with store.transaction() as session:
                plan = plan_import(session, sheet)
                planned = time.perf_counter()
                apply_import(session, plan)
            applied = time.perf_counter()
            assert plan.error_count == 0, plan.problems[:3]
            print(
                f"plan {options.rows} rows: {planned - started:.2f} s; "
                f"apply + commit ({plan.new_households} households, "
                f"{plan.new_residents} residents): {applied - planned:.2f} s; "
                f"total {applied - started:.2f} s  target < 10 s"
            )
            started = time.perf_counter()
            with store.transaction() as session:
                again = plan_import(session, sheet)
            assert again.new_residents == again.updated_residents == 0
            print(
                f"re-plan of the same file (all {again.unchanged_residents} unchanged): "
                f"{time.perf_counter() - started:.2f} s"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
