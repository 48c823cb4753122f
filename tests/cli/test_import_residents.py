"""``hearth-desk import residents``: preview, problem lines, exit codes, and a kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from hearth_desk.cli.main import main
from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store
from tests.support import messy_sheets as ms
from tests.support.store_state import table_state

ZH = load_catalogue("zh_CN").translate


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def state(data_dir: Path) -> dict[str, str]:
    """Row counts and a content hash of every table of the store in ``data_dir``."""
    with open_store(resolve_location(data_dir), lock=False, upgrade=False) as store:
        with store.engine.connect() as connection:
            return table_state(connection)


def row_prefix(row: int, column: str) -> str:
    """The start of a problem line, in the catalogue's words (第N行 列名：…)."""
    template = ZH("Finding", "Row {row} {column}: {problem}")
    return template.format(row=row, column=column, problem="")


def test_errors_exit_1_with_a_line_per_problem_and_write_nothing(
    capsys: pytest.CaptureFixture[str], isolated_user_folders: Path, tmp_path: Path
) -> None:
    run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")
    before = state(isolated_user_folders)
    code, out, err = run(capsys, "import", "residents", str(ms.messy_xlsx(tmp_path / "m.xlsx")))
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 12 + 1  # 8 errors and 4 warnings, then one summary line
    assert lines[0].startswith(row_prefix(ms.row_of(5), "身份证号码"))
    assert any(line.startswith(row_prefix(ms.row_of(8), "身份证号码")) for line in lines)
    assert any(line.startswith(row_prefix(ms.row_of(13), "人员类别")) for line in lines)
    assert "--skip-invalid" in lines[-1] and "8" in lines[-1]
    assert "Traceback" not in err and ms.WANG not in err
    assert "15" in out and "4" in out  # rows read, new households
    assert state(isolated_user_folders) == before


def test_dry_run_writes_nothing(
    capsys: pytest.CaptureFixture[str], isolated_user_folders: Path, tmp_path: Path
) -> None:
    run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")
    before = state(isolated_user_folders)
    path = ms.split_xlsx(tmp_path / "s.xlsx")
    code, out, err = run(capsys, "import", "residents", path.as_posix(), "--dry-run")
    assert code == 0 and err == "" and "s.xlsx" in out
    assert state(isolated_user_folders) == before


def test_skip_invalid_imports_the_valid_rows_and_writes_the_rejects(
    capsys: pytest.CaptureFixture[str], isolated_user_folders: Path, tmp_path: Path
) -> None:
    rejects = tmp_path / "退回.xlsx"
    path = ms.messy_xlsx(tmp_path / "m.xlsx")
    code, out, _err = run(
        capsys, "import", "residents", str(path), "--skip-invalid", "--rejects", str(rejects)
    )
    assert code == 0 and str(rejects) in out
    assert rejects.exists()
    counts = state(isolated_user_folders)
    assert counts["resident"].startswith("7:") and counts["household"].startswith("4:")
    # The second time nothing changes.
    code, _out, _err = run(capsys, "import", "residents", str(path), "--skip-invalid")
    assert code == 0 and state(isolated_user_folders) == counts


@pytest.mark.parametrize(
    "maker",
    [ms.not_a_spreadsheet, ms.encrypted_xlsx, ms.empty_xlsx, ms.no_name_column_xlsx],
)
def test_bad_files_give_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path, maker) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "import", "residents", str(maker(tmp_path / "x.xlsx")))
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_killing_the_import_midway_leaves_the_store_as_it_was(
    capsys: pytest.CaptureFixture[str], isolated_user_folders: Path, tmp_path: Path
) -> None:
    run(capsys, "import", "residents", str(ms.split_xlsx(tmp_path / "first.xlsx")))
    before = state(isolated_user_folders)
    assert before["resident"].startswith("3:")
    big = ms.big_xlsx(tmp_path / "big.xlsx", 1000)
    env = {
        **os.environ,
        "HEARTH_DESK_DATA_DIR": str(isolated_user_folders),
        "HEARTH_DESK_TEST_SLOW_IMPORT": "30",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "hearth_desk", "import", "residents", str(big)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("import-writing"):
                break  # 200 rows are in the open transaction
        else:
            pytest.fail("the import never started writing")
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert state(isolated_user_folders) == before


def test_the_summary_names_the_visible_sheet_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.support.hostile_sheets import hidden_sheet_first

    path = hidden_sheet_first(tmp_path / "x.xlsx")
    code, out, err = run(capsys, "import", "residents", str(path), "--dry-run")
    assert code == 0 and err == ""
    summary = ZH("Cli", "Sheet “{sheet}” of {file}: {rows} rows.")
    assert out.splitlines()[0] == summary.format(sheet="台账", file="x.xlsx", rows=3)


def test_control_characters_are_named_and_never_reach_the_terminal(
    capsys: pytest.CaptureFixture[str], isolated_user_folders: Path, tmp_path: Path
) -> None:
    run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")
    before = state(isolated_user_folders)
    path = tmp_path / "x.csv"
    path.write_text(
        f"姓名,身份证号码,住址,备注\n王\x1b]0;pwned\x07芳,{ms.WANG},洪山小区3栋2单元0401,\x1b[2J\n",
        encoding="utf-8",
    )
    code, _out, err = run(capsys, "import", "residents", str(path))
    assert code == 1 and state(isolated_user_folders) == before
    lines = err.splitlines()
    assert lines[0].startswith(row_prefix(2, "姓名")) and lines[1].startswith(row_prefix(2, "备注"))
    assert not any(c < " " and c != "\n" for c in err)


def test_a_warning_in_every_row_is_one_line_and_every_error_keeps_its_own(
    capsys: pytest.CaptureFixture[str], isolated_user_folders: Path, tmp_path: Path
) -> None:
    path, expected = ms.repeated_warnings_xlsx(tmp_path / "重复.xlsx", 40)
    warned = expected["warned"]
    assert len(warned) == 37 and len(expected["errors"]) == 4
    code, _out, err = run(capsys, "import", "residents", str(path))
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 4 + 1 + 1  # each error, the warning once, the summary
    prefixes = tuple(row_prefix(row, column) for row, column in expected["errors"])
    for prefix in prefixes:
        assert sum(line.startswith(prefix) for line in lines) == 1
    grouped = [line for line in lines[:-1] if not line.startswith(prefixes)]
    first_rows = str(warned[0])
    for row in warned[1:5]:
        first_rows = ZH("Finding", "{rows}, {row}").format(rows=first_rows, row=row)
    first_rows += "…"
    template = ZH("Finding", "{count} rows {column}: {problem} (rows {rows})")
    start, _problem, end = template.partition("{problem}")
    assert len(grouped) == 1 and ms.NEVER_A_DISTRICT in grouped[0]  # 37 rows, one line
    assert grouped[0].startswith(start.format(count=37, column="身份证号码"))
    assert grouped[0].endswith(end.format(rows=first_rows))  # (rows 2, 3, 4, 5, 6…)
