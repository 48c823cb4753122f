"""Memory figure (issue 11): the peak resident memory of ``hearth-desk import residents``
on a 200,000-row workbook, into a fresh SQLite store.

The import runs in a child process (the command line, as an office runs it) and its
peak RSS is read with ``resource.getrusage(RUSAGE_CHILDREN)`` once it has exited, so
the figure is the whole program's: Python, SQLAlchemy, openpyxl and the plan. Also
prints the time, the exit code and how many lines went to stderr. POSIX only.

Usage:  python bench/bench_import_memory.py [--rows N] [--sheet FILE] [--keep FOLDER] [--dry-run]
(``--sheet`` imports an existing workbook instead of writing one; ``--keep`` writes
the generated workbook there so that later runs can reuse it; ``--dry-run`` measures
reading and checking alone).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.messy_sheets import big_xlsx  # noqa: E402


def peak_rss_mib_of(command: list[str], env: dict[str, str]) -> tuple[float, float, int, int]:
    """Run ``command``; its peak RSS in MiB, seconds taken, exit code and stderr lines."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if peak <= before:  # ru_maxrss is the largest child so far: run one import per process
        print("warning: an earlier child used more memory; figures are an upper bound")
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return peak * scale / 2**20, seconds, done.returncode, len(done.stderr.splitlines())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--sheet", type=Path, help="an existing workbook to import")
    parser.add_argument("--keep", type=Path, help="folder to keep the generated workbook in")
    parser.add_argument("--dry-run", action="store_true", help="plan only, write nothing")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as folder:
        sheet = options.sheet
        if sheet is None:
            target = options.keep or Path(folder)
            target.mkdir(parents=True, exist_ok=True)
            sheet = target / f"台账-{options.rows}.xlsx"
            if not sheet.exists():
                started = time.perf_counter()
                big_xlsx(sheet, options.rows)
                print(f"wrote {sheet} in {time.perf_counter() - started:.0f} s")
        env = {**os.environ, "HEARTH_DESK_DATA_DIR": str(Path(folder) / "data")}
        env.pop("HEARTH_DESK_DB_URL", None)
        command = [sys.executable, "-m", "hearth_desk", "import", "residents", str(sheet)]
        command += ["--dry-run"] if options.dry_run else []
        peak, seconds, code, lines = peak_rss_mib_of(command, env)
        what = "dry run" if options.dry_run else "import"
        print(
            f"{what} of {sheet.name} ({sheet.stat().st_size / 2**20:.1f} MiB): exit {code}, "
            f"{seconds:.0f} s, peak RSS {peak:.0f} MiB, {lines} stderr lines"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
