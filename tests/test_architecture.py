"""The layer and feature contracts in pyproject.toml hold, and each one would catch
the import it exists to forbid.

A contract that cannot fail protects nothing, so every contract is broken once on
purpose: a copy of the package gets one forbidden import and ``lint-imports`` must
name that contract as broken.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

# contract id → (module that gets the bad import, the import)
VIOLATIONS = {
    "layers": ("hearth_desk/domain/masking.py", "import hearth_desk.services.audit"),
    "no-qt-below-ui": ("hearth_desk/services/progress.py", "import PySide6.QtCore"),
    "reports-take-plain-data": ("hearth_desk/reports/kit/table.py", "import sqlalchemy"),
    "no-sql-in-ui": ("hearth_desk/ui/common/worker.py", "import sqlalchemy.orm"),
    "services-features": (
        "hearth_desk/services/backup/drives.py",
        "import hearth_desk.services.ledger.search",
    ),
    "reports-features": (
        "hearth_desk/reports/kit/text.py",
        "import hearth_desk.reports.ledger.care_list",
    ),
    "cli-features": (
        "hearth_desk/cli/backup_commands.py",
        "import hearth_desk.cli.ledger_commands",
    ),
    "ui-features": ("hearth_desk/ui/backup/backup_page.py", "import hearth_desk.ui.ledger.keys"),
}


def _lint(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(folder)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", *args],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
    )


def test_every_contract_is_kept() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout[-3000:]


def test_every_contract_is_tested_here() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    ids = {contract["id"] for contract in config["tool"]["importlinter"]["contracts"]}
    assert ids == set(VIOLATIONS)


@pytest.mark.parametrize("contract", sorted(VIOLATIONS))
def test_a_forbidden_import_breaks_the_contract(contract: str, tmp_path: Path) -> None:
    shutil.copytree(
        ROOT / "hearth_desk", tmp_path / "hearth_desk", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    module, bad_import = VIOLATIONS[contract]
    target = tmp_path / module
    target.write_text(
        target.read_text(encoding="utf-8") + f"\n{bad_import}  # noqa\n", encoding="utf-8"
    )
    result = _lint(tmp_path, "--contract", contract)
    assert result.returncode == 1, result.stdout[-3000:]
    assert "BROKEN" in result.stdout
    # Broken by this import, not by something else already wrong.
    source = module.removesuffix(".py").replace("/", ".")
    imported = bad_import.split()[1]
    if not imported.startswith("hearth_desk."):
        imported = imported.split(".")[0]  # external packages are reported by their top name
    assert f"{source} -> {imported}" in " ".join(result.stdout.split())
