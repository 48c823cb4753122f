"""The wheel carries the whole program: every subpackage, the migrations, the fonts
and the catalogues. Packages are discovered (setup.py), so a new feature's folder
ships without anyone remembering to list it; this test is what proves it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SKIP = shutil.ignore_patterns(
    ".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", "bench"
)


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    work = tmp_path_factory.mktemp("wheel")
    # A copy, so that no build/ folder is left in (or read from) the checkout.
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=SKIP)
    out = work / "out"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(source)],
        check=True,
        capture_output=True,
    )
    (wheel,) = (work / "out").glob("hearth_desk-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_every_subpackage_is_in_the_wheel(wheel_names: set[str]) -> None:
    packages = sorted(
        init.parent.relative_to(ROOT).as_posix()
        for init in (ROOT / "hearth_desk").rglob("__init__.py")
    )
    assert len(packages) > 15
    missing = [p for p in packages if f"{p}/__init__.py" not in wheel_names]
    assert missing == []
    modules = [p.relative_to(ROOT).as_posix() for p in (ROOT / "hearth_desk").rglob("*.py")]
    assert [m for m in modules if m not in wheel_names] == []


def test_migrations_fonts_and_catalogues_are_in_the_wheel(wheel_names: set[str]) -> None:
    migrations = ROOT / "hearth_desk" / "storage" / "migrations"
    needed = [
        p.relative_to(ROOT).as_posix()
        for p in [*migrations.glob("versions/0*.py"), migrations / "script.py.mako"]
    ]
    resources = ROOT / "resources"
    for pattern in ("fonts/*.tt?", "i18n/*.qm", "i18n/*.ts"):
        needed += [
            f"hearth_desk/resources/{p.relative_to(resources).as_posix()}"
            for p in resources.glob(pattern)
        ]
    assert len(needed) >= 3 + 3 + 6
    assert [name for name in needed if name not in wheel_names] == []
    # Nothing lands at the top level beside the package (resources/ used to).
    top_level = {name.split("/")[0] for name in wheel_names}
    assert {name for name in top_level if not name.endswith(".dist-info")} == {"hearth_desk"}
