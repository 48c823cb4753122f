"""The building ledger against LibreOffice, as whole processes in one run (issue 12).

An 800-household demo community (about 2,000 residents, some 100 pages) is made in a
temporary data folder. Then, alternating so both see the same machine:

- ours: ``hearth-desk print ledger --out F.pdf``, a fresh process each time, with the
  store opened, the residents gathered, the pages laid out and the PDF written;
- LibreOffice: ``soffice --headless --convert-to pdf`` of the same residents as
  ``hearth-desk export residents`` writes them (the sheet an office would print
  today). Its profile is made by a warm-up conversion first, which is not counted,
  as our parsed-font cache is filled by a first print that is not counted either.

Printed per tool: the median and best wall seconds and the median CPU seconds (user +
system of the child; steadier than wall time on a busy machine), the pages, and the
ratio of the medians. Target: LibreOffice / ours >= 3.

    python bench/bench_print_ledger.py [--households 800] [--runs 7] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from as_installed import installed_env


def timed(command: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def pages(path: Path) -> str:
    if not shutil.which("pdfinfo"):
        return "?"
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return next((line.split()[1] for line in info.splitlines() if line.startswith("Pages:")), "?")


def summary(name: str, runs: list[tuple[float, float]], pdf: Path) -> float:
    walls = [wall for wall, _cpu in runs]
    median = statistics.median(walls)
    cpu = statistics.median(cpu for _wall, cpu in runs)
    print(
        f"{name}: median {median:.2f} s wall (best {min(walls):.2f} s), "
        f"median {cpu:.2f} s CPU, {pages(pdf)} pages"
    )
    return median


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--households", type=int, default=800)
    parser.add_argument("--runs", type=int, default=7, help="runs of each tool, alternating")
    parser.add_argument("--keep", type=Path, help="keep the store, sheet and PDFs here")
    options = parser.parse_args()
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        print("LibreOffice is not installed (no soffice on PATH): nothing to compare with")
        return 1
    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as temporary:
        folder = options.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        env = installed_env(dict(os.environ, HEARTH_DESK_CACHE_DIR=str(Path(temporary) / "cache")))
        program = [sys.executable, "-m", "hearth_desk", "--data-dir", str(folder / "data")]
        subprocess.run(
            [*program, "demo", "--households", str(options.households)], check=True, env=env
        )
        sheet = folder / "住户台账.xlsx"
        subprocess.run([*program, "export", "residents", str(sheet)], check=True, env=env)
        ours_pdf = folder / "楼栋台账.pdf"
        ours = [*program, "print", "ledger", "--out", str(ours_pdf)]
        profile = (Path(temporary) / "lo-profile").as_uri()
        theirs = [
            office, f"-env:UserInstallation={profile}", "--headless",
            "--convert-to", "pdf", "--outdir", str(folder / "lo"), str(sheet),
        ]  # fmt: skip
        timed(ours, env)  # fills the parsed-font cache: the first print after installing
        timed(theirs, env)  # makes LibreOffice's profile
        ours_runs, theirs_runs = [], []
        for _ in range(options.runs):
            ours_runs.append(timed(ours, env))
            theirs_runs.append(timed(theirs, env))
        mine = summary("ours: hearth-desk print ledger", ours_runs, ours_pdf)
        lo = summary(
            "LibreOffice: the residents' export .xlsx -> PDF",
            theirs_runs,
            folder / "lo" / sheet.with_suffix(".pdf").name,
        )
        ratio = lo / mine
        verdict = "ok" if ratio >= 3 else "MISSED"
        print(f"ratio LibreOffice / ours: {ratio:.2f}x  target >= 3x  {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
