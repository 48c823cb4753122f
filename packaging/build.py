"""Build the bundle on this OS: ``python packaging/build.py`` → ``dist/hearth-desk/``.

Runs PyInstaller on ``packaging/hearth_desk.spec`` (two programs over one onedir
bundle), then checks what came out: both programs are there, the files the smoke
test needs are inside, and the bundle keeps to its size budget. It prints the
figures and exits 1 when a check fails, so CI notices a bundle that grew or lost a
file. The installer is built from this folder on Windows (``packaging/windows``).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "hearth_desk.spec"
DIST = ROOT / "dist"
BUNDLE = DIST / "hearth-desk"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE_BUDGET_MB = 220  # unpacked onedir (the spec's comment says why it holds)
WINDOWS = sys.platform == "win32"
PROGRAMS = ("hearth-desk.exe", "连心台.exe") if WINDOWS else ("hearth-desk", "hearth-desk-window")
# A bundle without these starts but fails on first use: checked here, not on a user's PC.
REQUIRED = (
    "hearth_desk/resources/fonts/wqy-microhei.ttc",
    "hearth_desk/resources/i18n/hearth_desk_zh_CN.qm",
    "hearth_desk/resources/i18n/hearth_desk_zh_TW.qm",
    "hearth_desk/resources/i18n/hearth_desk_zh_CN.ts",  # the command line's catalogue
    "hearth_desk/storage/migrations/env.py",
    "hearth_desk/storage/migrations/versions",
)


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def write_version_info(path: Path, number: str) -> None:
    """The version resource of the Windows programs (Explorer's Details tab)."""
    parts = [int(p) for p in number.split(".")[:3] if p.isdigit()]
    numbers = ", ".join(str(p) for p in [*parts, 0, 0, 0, 0][:4])
    strings = {
        "CompanyName": "Hearth Desk",
        "FileDescription": "连心台",
        "FileVersion": number,
        "ProductName": "连心台 Hearth Desk",
        "ProductVersion": number,
        "LegalCopyright": "Hearth Desk",
    }
    entries = ",\n".join(f"          StringStruct('{k}', '{v}')" for k, v in strings.items())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers})),
  kids=[
    StringFileInfo([StringTable('080404B0', [
{entries}
    ])]),
    VarFileInfo([VarStruct('Translation', [2052, 1200])])
  ]
)
""",
        encoding="utf-8",
    )


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def internal_dir() -> Path:
    inner = BUNDLE / "_internal"
    return inner if inner.is_dir() else BUNDLE


def check_bundle() -> list[str]:
    """What is wrong with ``dist/hearth-desk`` (nothing: an empty list)."""
    problems = [f"missing program {name}" for name in PROGRAMS if not (BUNDLE / name).is_file()]
    inner = internal_dir()
    problems += [f"missing {item}" for item in REQUIRED if not (inner / item).exists()]
    size_mb = folder_size(BUNDLE) / 1e6
    if size_mb > BUNDLE_BUDGET_MB:
        problems.append(f"bundle is {size_mb:.0f} MB, over its {BUNDLE_BUDGET_MB} MB budget")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description="Build dist/hearth-desk with PyInstaller.")
    parser.add_argument("--check-only", action="store_true", help="check an existing bundle")
    args = parser.parse_args()
    started = time.monotonic()
    if not args.check_only:
        if WINDOWS:
            write_version_info(ROOT / "build" / "version_info.txt", version())
        command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                   "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]  # fmt: skip
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="")  # let it compile our modules
        subprocess.run(command, cwd=ROOT, check=True, env=env)
    problems = check_bundle()
    size_mb = folder_size(BUNDLE) / 1e6 if BUNDLE.exists() else 0.0
    print(f"bundle: {BUNDLE}")
    print(f"version: {version()}")
    print(f"size unpacked: {size_mb:.1f} MB (budget {BUNDLE_BUDGET_MB} MB)")
    print(f"programs: {', '.join(PROGRAMS)}")
    print(f"build time: {time.monotonic() - started:.0f} s")
    for problem in problems:
        print(f"PROBLEM: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
