"""Ledger export and printing figures (issue points 8 and 9), on a fresh demo store of
40,000 households (about 100,000 residents):

- ``export residents`` of every resident to .xlsx (target < 20 s);
- ``print ledger --grid 和平里一区`` (the building ledger of one compound);
- ``print ledger --tag 独居老人`` (the care list of the elderly living alone, whole
  community).

Each runs as a user would run it: the ``hearth-desk`` command in a new process, so
imports, opening the store and writing the file count. The exported sheet is read
back once to check its row count. Usage:

    python bench/bench_ledger_export.py [--households N] [--runs R] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMMAND = [sys.executable, "-m", "hearth_desk"]
EXPORT_TARGET_S = 20.0


def timed(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(COMMAND + args, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--households", type=int, default=40_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="write the files here and keep them")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hd-bench-export-") as temporary:
        folder = options.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "HEARTH_DESK_DATA_DIR": str(Path(temporary) / "data")}
        env.setdefault("HEARTH_DESK_CACHE_DIR", str(Path(temporary) / "cache"))
        demo = timed(["demo", "--households", str(options.households)], env)
        print(f"demo store: {options.households:,} households in {demo:.1f} s")
        sheet, ledger, care = (
            folder / "居民台账.xlsx",
            folder / "楼栋台账.pdf",
            folder / "独居老人.pdf",
        )
        exports = [timed(["export", "residents", str(sheet)], env) for _ in range(options.runs)]

        from openpyxl import load_workbook

        rows = sum(1 for _ in load_workbook(sheet, read_only=True).active.iter_rows()) - 1
        figure = statistics.median(exports)
        verdict = "ok" if figure < EXPORT_TARGET_S else "TOO SLOW"
        print(
            f"export residents: {rows:,} rows, median {figure:.1f} s "
            f"({rows / figure:,.0f} rows/s)  target < {EXPORT_TARGET_S:.0f} s  {verdict}"
        )
        ledgers = [
            timed(["print", "ledger", "--grid", "和平里一区", "--out", str(ledger)], env)
            for _ in range(options.runs)
        ]
        pages = _pages(ledger)
        print(
            f"print ledger --grid 和平里一区: {pages} pages, "
            f"median {statistics.median(ledgers):.1f} s"
        )
        cares = [
            timed(["print", "ledger", "--tag", "独居老人", "--out", str(care)], env)
            for _ in range(options.runs)
        ]
        print(
            f"print ledger --tag 独居老人: {_pages(care)} pages, "
            f"median {statistics.median(cares):.1f} s"
        )
        if options.keep:
            print(f"files kept in {folder}")
    return 0 if figure < EXPORT_TARGET_S else 1


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


if __name__ == "__main__":
    started = time.perf_counter()
    code = main()
    print(f"(bench took {time.perf_counter() - started:.0f} s)")
    sys.exit(code)
