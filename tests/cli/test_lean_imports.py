"""A read-only command on a store at the program's revision imports neither Alembic
nor cryptography: together they cost every ``print`` and ``find`` a fifth of a second
(issue 12, point 14)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HEAVY = ("alembic", "cryptography", "openpyxl", "PySide6")

PROGRAM = (
    "import sys\n"
    "from hearth_desk.cli.main import main\n"
    "code = main(sys.argv[1:])\n"
    f"loaded = sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))\n"
    "print('LOADED', loaded)\n"
    "sys.exit(code)\n"
)


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    """The command in a fresh process; finding no one (exit 1) is an answer too."""
    finished = subprocess.run(
        [sys.executable, "-c", PROGRAM, *argv], capture_output=True, text=True
    )
    assert finished.returncode in (0, 1) and "LOADED" in finished.stdout, finished.stderr
    return finished


def test_print_and_find_load_nothing_they_do_not_need(tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    run(*data, "demo", "--households", "5")  # makes the store: Alembic runs here
    for argv in (["print", "ledger", "--out", str(tmp_path / "台账.pdf")], ["find", "王"]):
        finished = run(*data, *argv)
        assert "LOADED []" in finished.stdout, (argv, finished.stdout)
