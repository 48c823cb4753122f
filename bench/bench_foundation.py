"""Foundation figures (issue 3), on a fresh 100,000-resident demo store:

- ``demo --households 40000`` wall time (target < 20 s);
- cold start to the first painted window (target < 1.5 s), a fresh process each run;
- ``check`` wall time (target < 3 s).

Everything runs as a user would run it: the installed ``hearth-desk`` command in a
new process. Usage:  python bench/bench_foundation.py [--households N] [--runs R]
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

from as_installed import installed_env

COMMAND = [sys.executable, "-m", "hearth_desk"]


def timed(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(COMMAND + args, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def cold_start(env: dict[str, str]) -> float:
    """Seconds from spawning the process to its first paint event."""
    env = {**env, "HEARTH_DESK_QUIT_AFTER_FIRST_PAINT": "1"}
    started = time.perf_counter()
    process = subprocess.Popen(COMMAND, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("first-paint"):
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError("the window never painted")
    process.wait(timeout=30)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--households", type=int, default=40_000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as folder:
        env = {
            **installed_env(),
            "HEARTH_DESK_DATA_DIR": folder,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        }
        demo = timed(["demo", "--households", str(options.households)], env)
        size_mb = (Path(folder) / "hearth-desk.sqlite3").stat().st_size / 1e6
        print(
            f"demo --households {options.households}: {demo:.2f} s "
            f"(store {size_mb:.1f} MB)  target < 20 s"
        )
        starts = [cold_start(env) for _ in range(options.runs)]
        print(
            f"cold start to first paint: median {statistics.median(starts):.3f} s, "
            f"max {max(starts):.3f} s over {options.runs} runs  target < 1.5 s"
        )
        checks = [timed(["check"], env) for _ in range(3)]
        print(f"check: median {statistics.median(checks):.3f} s  target < 3 s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
