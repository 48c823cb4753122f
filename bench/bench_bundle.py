"""Figures of the frozen bundle (issue 14): run after ``python packaging/build.py``.

    python bench/bench_bundle.py [dist/hearth-desk] [--runs 7] [--no-installer-estimate]

Prints:
- the bundle's size unpacked (budget 220 MB);
- an estimate of the Windows installer's size (budget 90 MB): the bundle in one
  solid LZMA2 stream at the strongest preset, as Inno Setup's lzma2/ultra64 with
  SolidCompression packs it (the real installer adds about 1 MB of its own);
- the cold start of the frozen window program to its first painted window (target
  1.5 s), offscreen and, when DISPLAY is set, on the X server: median and worst of N;
- the smoke test's total time (packaging/smoke_test.py).
"""

from __future__ import annotations

import argparse
import lzma
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

from bench_foundation import cold_start as foundation_cold_start  # noqa: E402
from build import folder_size  # noqa: E402

WINDOWS = sys.platform == "win32"


def installer_estimate(bundle: Path) -> int:
    """Bytes of the bundle as one solid LZMA2 stream (preset 9 extreme)."""
    compressor = lzma.LZMACompressor(format=lzma.FORMAT_XZ, preset=9 | lzma.PRESET_EXTREME)

    class Sink:
        size = 0

        def write(self, data: bytes) -> int:
            self.size += len(compressor.compress(data))
            return len(data)

    sink = Sink()
    with tarfile.open(fileobj=sink, mode="w|") as archive:  # type: ignore[call-overload]
        archive.add(bundle, arcname=bundle.name)
    return sink.size + len(compressor.flush())


def cold_start(program: Path, data: Path, env: dict[str, str]) -> float:
    """Seconds from starting the window program to its first paint."""
    return foundation_cold_start({**env, "HEARTH_DESK_DATA_DIR": str(data)}, [str(program)])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "hearth-desk")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-installer-estimate", action="store_true")
    args = parser.parse_args()
    bundle = args.bundle.resolve()
    console = bundle / ("hearth-desk.exe" if WINDOWS else "hearth-desk")
    window = bundle / ("连心台.exe" if WINDOWS else "hearth-desk-window")
    print(f"bundle unpacked: {folder_size(bundle) / 1e6:.1f} MB (budget 220 MB)")
    if not args.no_installer_estimate:
        started = time.monotonic()
        estimate = installer_estimate(bundle) / 1e6
        print(f"installer estimate (solid LZMA2, preset 9e): {estimate:.1f} MB (budget 90 MB;"
              f" {time.monotonic() - started:.0f} s to compress)")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="hearth-desk-bench-") as folder:
        data = Path(folder) / "data"
        base = dict(os.environ)
        base.pop("HEARTH_DESK_DATA_DIR", None)
        base["XDG_CONFIG_HOME"] = str(Path(folder) / "config")  # no first-start dialogs
        for step in (["init", "--community", "和平里社区", "--street", "和平里街道"],
                     ["demo", "--households", "600"]):  # fmt: skip
            subprocess.run([str(console), "--data-dir", str(data), *step], check=True,
                           env=base, stdout=subprocess.DEVNULL)  # fmt: skip
        screens = [("offscreen", {**base, "QT_QPA_PLATFORM": "offscreen"})]
        if os.environ.get("DISPLAY"):
            screens.append((f"X server {os.environ['DISPLAY']}",
                            {**base, "QT_QPA_PLATFORM": "xcb"}))  # fmt: skip
        for name, env in screens:
            cold_start(window, data, env)  # the first run fills the OS file cache
            times = [cold_start(window, data, env) for _ in range(args.runs)]
            print(
                f"cold start to first paint, {name}: median {statistics.median(times):.2f} s,"
                f" worst {max(times):.2f} s over {args.runs} runs (target < 1.5 s)"
            )
    started = time.monotonic()
    subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke_test.py"), str(bundle)],
                   check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    print(f"smoke test, total: {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
