"""Run the built bundle as an office PC would: ``python packaging/smoke_test.py dist/hearth-desk``.

Every step runs the frozen console program (``hearth-desk``/``hearth-desk.exe``) in a
folder of its own, with the real subcommands: the version, a new store, demo data,
the health check, two printouts (whose PDFs must embed every font they use), an
unencrypted backup and its verification, an export imported into a fresh store, and
the program's own ``--smoke-test``, which opens the window offscreen and visits every
area. Each step prints its time; the script exits 1 at the first failure, with what
the program said.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WINDOWS = sys.platform == "win32"
STEP_TIMEOUT_S = 300


class StepFailed(Exception):
    pass


class Runner:
    """Runs the bundle's console program with a data folder of its own."""

    def __init__(self, bundle: Path, work: Path) -> None:
        self.program = bundle / ("hearth-desk.exe" if WINDOWS else "hearth-desk")
        if not self.program.is_file():
            raise StepFailed(f"no program at {self.program}")
        self.work = work
        self.env = dict(os.environ, HEARTH_DESK_LANG="zh_CN", QT_QPA_PLATFORM="offscreen")
        for name in ("HEARTH_DESK_DATA_DIR", "HEARTH_DESK_DB_URL", "PYTHONPATH"):
            self.env.pop(name, None)  # the bundle must not lean on the build's Python
        self.times: list[tuple[str, float]] = []

    def run(self, title: str, *args: str, data: Path | None = None) -> str:
        command = [str(self.program)]
        if data is not None:
            command += ["--data-dir", str(data)]
        command += list(args)
        started = time.monotonic()
        done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                              errors="replace", env=self.env, cwd=self.work,
                              timeout=STEP_TIMEOUT_S)  # fmt: skip
        seconds = time.monotonic() - started
        self.times.append((title, seconds))
        if done.returncode != 0:
            raise StepFailed(
                f"{title}: exit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
            )
        print(f"ok  {seconds:6.2f} s  {title}")
        return done.stdout


def fonts_embedded(pdf: Path) -> tuple[int, int]:
    """(fonts used, fonts embedded) in ``pdf``: every font resource must carry its file."""
    data = pdf.read_bytes()
    used = len(set(re.findall(rb"/BaseFont\s*/([A-Za-z0-9+_-]+)", data)))
    embedded = data.count(b"/FontFile2") + data.count(b"/FontFile3") + data.count(b"/FontFile ")
    return used, embedded


def check_pdf(path: Path) -> None:
    if not path.is_file() or path.stat().st_size == 0:
        raise StepFailed(f"no PDF at {path}")
    used, embedded = fonts_embedded(path)
    # Type0 composite fonts name the same face twice (the font and its descendant).
    if embedded == 0 or embedded < used // 2:
        raise StepFailed(f"{path.name}: {used} font names, {embedded} embedded font files")
    print(
        f"          {path.name}: {path.stat().st_size // 1024} KB, {embedded} embedded font file(s)"
    )


def smoke(bundle: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="hearth-desk-frozen-") as folder:
        work = Path(folder)
        data, fresh = work / "data", work / "fresh"
        run = Runner(bundle, work)
        out = run.run("--version", "--version")
        if not out.startswith("连心台 "):  # the catalogue is in the bundle and read
            raise StepFailed(f"--version printed {out!r}, not 连心台 and the version")
        run.run("init", "init", "--community", "和平里社区", "--street", "和平里街道",
                "--district", "北京市东城区", data=data)  # fmt: skip
        run.run("demo --households 300", "demo", "--households", "300", data=data)
        run.run("check", "check", data=data)
        for report in ("overview", "ledger"):
            pdf = work / f"{report}.pdf"
            run.run(f"print {report}", "print", report, "--out", str(pdf), data=data)
            check_pdf(pdf)
        # The demo's event #1: a barcode per row and a QR code (ReportLab imports its
        # symbologies by name, which the bundle must hold).
        for report in ("signin", "notice"):
            pdf = work / f"{report}.pdf"
            run.run(f"print {report} 1", "print", report, "1", "--out", str(pdf), data=data)
            check_pdf(pdf)
        backups = work / "backups"
        backups.mkdir()
        run.run("backup --no-encrypt", "backup", "--to", str(backups), "--no-encrypt", data=data)
        made = sorted(p for p in backups.iterdir() if p.is_file())
        if not made:
            raise StepFailed("backup wrote no file")
        run.run("verify", "verify", str(made[-1]), data=data)
        sheet = work / "residents.xlsx"
        run.run("export residents", "export", "residents", str(sheet), "--full-id", data=data)
        run.run("init (fresh folder)", "init", "--community", "和平里社区", "--street",
                "和平里街道", data=fresh)  # fmt: skip
        run.run("import residents (fresh folder)", "import", "residents", str(sheet), data=fresh)
        counted = run.run("check (fresh folder)", "check", data=fresh)
        if "居民" not in counted:
            raise StepFailed(f"the fresh store's check says: {counted[-500:]}")
        run.run("--smoke-test (the window, offscreen)", "--smoke-test")
        total = sum(seconds for _title, seconds in run.times)
        print(f"smoke test of {bundle}: {len(run.times)} steps passed in {total:.1f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description="Smoke-test a built bundle.")
    parser.add_argument("bundle", type=Path, help="the onedir folder, e.g. dist/hearth-desk")
    args = parser.parse_args()
    try:
        smoke(args.bundle.resolve())
    except (StepFailed, subprocess.TimeoutExpired) as failure:
        print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
