"""Fuzzing ``hearth-desk import residents``: hostile workbooks and CSVs never give an
internal error, a traceback or a changed store.

``FUZZ_CASES`` files are made from a seed by ``tests/support/hostile_sheets.fuzz_cases``:
bit flips in the zip or the compound file, truncation, random cell values (control
characters, huge strings, odd types, formulas, merged cells, hidden sheets), edits of
the sheet XML, CSVs in random encodings with quotes left open, good files under the
wrong suffix, and the damaged sheets of the other tests. Each goes through the
command line's ``main()`` in this process (a subprocess each would take minutes),
with random options (--dry-run, --skip-invalid, --rejects); a few go through a real
subprocess too, to see exactly what reaches stderr.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hearth_desk.cli.main import main
from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import Store, open_store
from tests.support import hostile_sheets as hs
from tests.support import messy_sheets as ms
from tests.support.store_state import table_state

FUZZ_CASES = 250
SEED = 20_111
APOLOGY = "Sorry, something went wrong inside Hearth Desk. The details are in {log}."
APOLOGIES = (APOLOGY.split("{")[0], load_catalogue("zh_CN").translate("Cli", APOLOGY).split("{")[0])


def stderr_problems(err: str) -> list[str]:
    """What must never reach stderr: a traceback, the apology for an internal error."""
    problems = []
    if "Traceback" in err or "Exception ignored" in err:
        problems.append("traceback")
    if any(apology in err for apology in APOLOGIES):
        problems.append("internal error")
    return problems


@pytest.fixture
def store_view(isolated_user_folders: Path) -> Iterator[Store]:
    """The test's store, opened to look at (no lock, no migration) beside the commands."""
    assert main(["init", "--community", "和平里社区", "--street", "和平里街道"]) == 0
    with open_store(resolve_location(isolated_user_folders), lock=False, upgrade=False) as view:
        yield view


def state(view: Store) -> dict[str, str]:
    with view.engine.connect() as connection:
        return table_state(connection)


def test_hostile_files_give_a_clear_line_and_leave_the_store_alone(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    store_view: Store,
    tmp_path: Path,
) -> None:
    unraisable: list[Any] = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    capsys.readouterr()
    current = state(store_view)
    outcomes: Counter[int] = Counter()
    failures = []
    gc.collect()
    gc.freeze()  # what exists now is never collected: each case's gc.collect() stays quick
    try:
        for case in hs.fuzz_cases(tmp_path / "cases", FUZZ_CASES, SEED):
            try:
                code = main(case.argv(tmp_path / "rejects.xlsx"))
            except SystemExit as exit_:  # argparse
                code = exit_.code  # type: ignore[assignment]
            gc.collect()  # a generator a library left open complains when collected
            err = capsys.readouterr().err
            problems = stderr_problems(err)
            if code not in (0, 1, 2):
                problems.append(f"exit {code}")
            if unraisable:
                problems.append(f"exception ignored: {unraisable[0].exc_value!r}")
                unraisable.clear()
            after = state(store_view)
            if (code != 0 or "--dry-run" in case.options) and after != current:
                problems.append("the store changed")
            current = after
            outcomes[code] += 1
            if problems:
                failures.append(f"{case.path.name} ({case.name}): {problems} {err[-300:]!r}")
    finally:
        gc.unfreeze()
    assert failures == [], f"{len(failures)} of {FUZZ_CASES} failed:\n" + "\n".join(failures)
    assert sum(outcomes.values()) == FUZZ_CASES
    assert outcomes[1] > FUZZ_CASES // 3 and outcomes[0] > 0  # the corpus tests both ways


@pytest.mark.parametrize(
    ("maker", "suffix"),
    [
        (hs.with_control_reference, ".xlsx"),
        (hs.with_entity_bomb, ".xlsx"),
        (lambda path: hs.flipped_xls(path, 1), ".xls"),
        (hs.csv_with_huge_field, ".csv"),
    ],
    ids=["control-reference", "entity-bomb", "flipped-xls", "huge-csv-field"],
)
def test_a_damaged_file_in_a_subprocess_gives_one_line(
    isolated_user_folders: Path, tmp_path: Path, maker: Any, suffix: str
) -> None:
    done = _import(isolated_user_folders, maker(tmp_path / f"x{suffix}"))
    assert done.returncode == 1
    assert len(done.stderr.splitlines()) == 1 and stderr_problems(done.stderr) == [], done.stderr


@pytest.mark.parametrize("target", ["/proc/x.xlsx", "{folder}"])
def test_rejects_that_cannot_be_written_in_a_subprocess(
    isolated_user_folders: Path, tmp_path: Path, target: str
) -> None:
    """Before, the message came with "Exception ignored … I/O operation on closed file"."""
    rejects = target.replace("{folder}", str(tmp_path))
    done = _import(isolated_user_folders, ms.messy_xlsx(tmp_path / "m.xlsx"), "--rejects", rejects)
    assert done.returncode == 1 and stderr_problems(done.stderr) == [], done.stderr
    assert rejects in done.stderr.splitlines()[-1]


def _import(data_dir: Path, sheet: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hearth_desk", "import", "residents", str(sheet), *options],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "HEARTH_DESK_DATA_DIR": str(data_dir)},
        check=False,
    )
