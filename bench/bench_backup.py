"""Backup figures (issue: USB backups), on the 100,000-resident demo store:

- backup + verify (snapshot, write, fsync, read back, full check) without
  encryption: target < 3 s; with encryption (scrypt + AES-256-GCM): < 5 s;
- restore (verify, safety backup of the current store, swap): target < 5 s.

Each figure is the median of ``--runs`` runs through the same service calls the
window and ``hearth-desk backup`` use. Usage:

    python bench/bench_backup.py [--households 40000] [--runs 3] [--data-dir D]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--households", type=int, default=40_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data-dir", type=Path, help="reuse (or create) the demo store here")
    options = parser.parse_args()

    from hearth_desk.services.backup.restore import restore_backup
    from hearth_desk.services.backup.writer import write_backup
    from hearth_desk.storage.location import resolve_location
    from hearth_desk.storage.store import open_store

    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as temporary:
        data_dir = options.data_dir or Path(temporary) / "data"
        if not (data_dir / "hearth-desk.sqlite3").exists():
            subprocess.run(
                [sys.executable, "-m", "hearth_desk", "--data-dir", str(data_dir), "demo",
                 "--households", str(options.households)],
                check=True, capture_output=True,
            )  # fmt: skip
        stick = Path(temporary) / "stick"
        stick.mkdir()
        store = open_store(resolve_location(data_dir))
        size = (data_dir / "hearth-desk.sqlite3").stat().st_size
        with store.engine.connect() as connection:
            residents = connection.exec_driver_sql("SELECT count(*) FROM resident").scalar()
        print(f"store: {residents:,} residents, {size / 2**20:.1f} MB")
        results: dict[str, list[float]] = {"plain": [], "encrypted": [], "restore": []}
        last = None
        for _ in range(options.runs):
            for kind, passphrase in (("plain", None), ("encrypted", "一句足够长的备份口令")):
                started = time.perf_counter()
                last = write_backup(store, stick, passphrase=passphrase)
                results[kind].append(time.perf_counter() - started)
        assert last is not None
        for _ in range(options.runs):
            started = time.perf_counter()
            restore_backup(store, last.path, "一句足够长的备份口令")
            results["restore"].append(time.perf_counter() - started)
            store.close()
            store = open_store(resolve_location(data_dir))
        store.close()
        archive = last.path.stat().st_size
        targets = {"plain": 3.0, "encrypted": 5.0, "restore": 5.0}
        labels = {
            "plain": "backup + verify, no encryption",
            "encrypted": "backup + verify, encrypted",
            "restore": "restore (verify, safety backup, swap)",
        }
        for kind, times in results.items():
            median = statistics.median(times)
            verdict = "ok" if median < targets[kind] else "MISSED"
            print(f"{labels[kind]:<40} median {median:.2f} s (runs: "
                  f"{', '.join(f'{t:.2f}' for t in times)})  target < {targets[kind]:.0f} s  "
                  f"{verdict}")  # fmt: skip
        print(f"archive: {archive / 2**20:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
