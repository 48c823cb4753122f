"""``hearth-desk import members`` and ``export members``: preview with the new teams,
problem lines, exit codes (0 ok, 1 a user's problem, 2 usage), re-import changing
nothing, and an export that imports back."""

from __future__ import annotations

from pathlib import Path

import pytest

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store
from tests.support.cli_runs import ZH_CN, one_problem, run, told
from tests.support.member_sheets import bad_roster, messy_roster, sheet_row, tree_skeleton
from tests.support.store_state import table_state


@pytest.fixture
def skeleton(isolated_user_folders: Path) -> Path:
    with open_store(resolve_location(isolated_user_folders)) as store:
        with store.transaction() as session:
            tree_skeleton(session)
    return isolated_user_folders


def cli(text: str) -> str:
    return ZH_CN("Cli", text)


PREVIEW = cli(
    "New members: {new}; updated: {updated}; unchanged: {unchanged}; "
    "warnings: {warnings}; errors: {errors} (rows rejected: {rejected})."
)


def test_import_members_previews_new_teams_and_again_changes_nothing(
    capsys: pytest.CaptureFixture[str], skeleton: Path, tmp_path: Path
) -> None:
    sheet = str(messy_roster(tmp_path / "花名册.xlsx"))
    code, out, err = run(capsys, "import", "members", sheet, "--dry-run")
    assert (code, err) == (0, "")
    assert cli("New service teams: {names}").format(names="家电维修服务队") in out
    assert cli("Dry run: nothing was written.") in out
    code, out, err = run(capsys, "import", "members", sheet)
    assert (code, err) == (0, "")
    assert "家电维修服务队" in out
    code, out, err = run(capsys, "import", "members", sheet)
    assert (code, err) == (0, "")
    preview = PREVIEW.format(new=0, updated=0, unchanged=5, warnings=0, errors=0, rejected=0)
    assert preview in out.splitlines()
    assert cli("New service teams: {names}").split("{")[0] not in out
    code, out, _err = run(capsys, "tree")
    assert code == 0 and "家电维修服务队　1 人" in out.splitlines()
    assert "医疗保健服务队　2 人　队长：王建国" in out.splitlines()


def test_import_members_with_errors_writes_nothing_and_exits_1(
    capsys: pytest.CaptureFixture[str], skeleton: Path, tmp_path: Path
) -> None:
    location = resolve_location(skeleton)
    with open_store(location) as store:
        with store.engine.connect() as connection:
            before = table_state(connection)
    rejects = tmp_path / "问题行.xlsx"
    code, _out, err = run(
        capsys,
        "import",
        "members",
        str(bad_roster(tmp_path / "错.xlsx")),
        "--rejects",
        str(rejects),
    )
    assert code == 1
    lines = err.splitlines()
    row = ZH_CN("Finding", "Row {row} {column}: {problem}")
    assert lines[0].startswith(row.format(row=sheet_row(0), column="入党时间", problem=""))
    assert lines[1].startswith(row.format(row=sheet_row(1), column="入党时间", problem=""))
    assert lines[2].startswith(row.format(row=sheet_row(2), column="身份证号", problem=""))
    assert len(lines) == 4 and rejects.exists()
    with open_store(location) as store:
        with store.engine.connect() as connection:
            assert table_state(connection) == before


def test_export_members_imports_back_unchanged(
    capsys: pytest.CaptureFixture[str], skeleton: Path, tmp_path: Path
) -> None:
    assert run(capsys, "import", "members", str(messy_roster(tmp_path / "r.xlsx")))[0] == 0
    sheet = tmp_path / "导出.xlsx"
    code, out, err = run(capsys, "export", "members", str(sheet), "--full-id")
    assert (code, err) == (0, "")
    assert cli("Exported {count} members to {path}.").format(count=5, path=sheet) in out
    code, out, err = run(capsys, "import", "members", str(sheet))
    assert (code, err) == (0, "")
    assert PREVIEW.format(new=0, updated=0, unchanged=5, warnings=0, errors=0, rejected=0) in (
        out.splitlines()
    )
    masked = tmp_path / "masked.xlsx"
    code, out, _err = run(capsys, "export", "members", str(masked), "--team", "医疗保健服务队")
    assert code == 0
    assert cli("Exported {count} members to {path}.").format(count=2, path=masked) in out
    assert (
        cli(
            "ID numbers are masked: importing this file back cannot update them "
            "(export with --full-id for that)."
        )
        in out
    )


def test_export_members_problems_exit_1_and_usage_exits_2(
    capsys: pytest.CaptureFixture[str], skeleton: Path, tmp_path: Path
) -> None:
    assert one_problem(
        capsys, "export", "members", str(tmp_path / "x.xlsx"), "--team", "没有队"
    ) == told(QT_TRANSLATE_NOOP("UserError", "No service team is called “{name}”."), name="没有队")
    assert one_problem(
        capsys, "export", "members", str(tmp_path / "x.xlsx"), "--grid", "洪山小区"
    ) == told(QT_TRANSLATE_NOOP("UserError", "--grid and --tag apply to residents only."))
    assert one_problem(
        capsys, "export", "residents", str(tmp_path / "x.xlsx"), "--team", "环境整治服务队"
    ) == told(QT_TRANSLATE_NOOP("UserError", "--team applies to members only."))
    assert one_problem(capsys, "import", "members", str(tmp_path / "none.xlsx")) == told(
        QT_TRANSLATE_NOOP("UserError", "The file {path} does not exist."),
        path=str(tmp_path / "none.xlsx"),
    )
    for argv in (["import", "member", "x.xlsx"], ["export", "members"]):
        with pytest.raises(SystemExit) as exited:
            run(capsys, *argv)
        assert exited.value.code == 2
