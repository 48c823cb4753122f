"""``hearth-desk staff`` and the person at the desk (``--by NAME``, HEARTH_DESK_ACTOR)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from hearth_desk.domain.models import ChangeRecord
from hearth_desk.services.audit import ACTOR_ENV, current_actor
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store
from tests.support.cli_runs import ZH_CN, one_problem, run, told
from tests.support.factories import small_ledger


@pytest.fixture
def office(capsys: pytest.CaptureFixture[str], isolated_user_folders: Path) -> Path:
    assert run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")[0] == 0
    with open_store(resolve_location(isolated_user_folders)) as store, store.transaction() as s:
        small_ledger(s)  # 洪山小区/3栋/2单元, 青年湖小区/1栋/1单元
    return isolated_user_folders


def _actors(folder: Path, entity: str) -> list[str]:
    with open_store(resolve_location(folder)) as store, store.session() as session:
        statement = select(ChangeRecord.actor).where(ChangeRecord.entity == entity)
        return list(session.scalars(statement.order_by(ChangeRecord.id)))


def test_staff_are_added_and_listed(capsys: pytest.CaptureFixture[str], office: Path) -> None:
    code, out, err = run(
        capsys,
        "staff", "add", "王芳", "--role", "网格员", "--phone", "189 2979 1187",
        "--grid", "洪山小区", "--grid", "青年湖小区/1栋",
    )  # fmt: skip
    assert (code, err) == (0, "")
    added = ZH_CN("Cli", "Staff member added: {name} ({role}).")
    assert out.strip() == added.format(name="王芳", role="网格员")
    assert run(capsys, "staff", "add", "李强", "--role", "director")[0] == 0
    code, out, _err = run(capsys, "staff", "list")
    assert code == 0
    assert out.splitlines() == [
        "王芳\u3000网格员\u3000189****1187\u3000洪山小区、青年湖小区/1栋",
        "李强\u3000主任\u3000—",
    ]


def test_an_empty_list_says_so(capsys: pytest.CaptureFixture[str], office: Path) -> None:
    assert run(capsys, "staff", "list")[1].strip() == ZH_CN("Cli", "The staff list is empty.")


@pytest.mark.parametrize(
    ("argv", "message", "params"),
    [
        (
            ("--role", "组长"),
            "“{role}” is not a role; the roles are {known}.",
            {"role": "组长", "known": "书记、主任、委员、网格员、社工"},
        ),
        (
            ("--role", "社工", "--grid", "洪山小区/9栋"),
            "The grid has no “{name}”.",
            {"name": "洪山小区/9栋"},
        ),
    ],
)
def test_a_wrong_role_or_grid_is_one_line(
    capsys: pytest.CaptureFixture[str],
    office: Path,
    argv: tuple[str, ...],
    message: str,
    params: dict[str, str],
) -> None:
    assert one_problem(capsys, "staff", "add", "赵六", *argv) == told(message, **params)
    assert run(capsys, "staff", "list")[1].strip() == ZH_CN("Cli", "The staff list is empty.")


def test_a_second_one_of_the_same_name_is_refused(
    capsys: pytest.CaptureFixture[str], office: Path
) -> None:
    run(capsys, "staff", "add", "王芳", "--role", "网格员")
    assert one_problem(capsys, "staff", "add", "王芳", "--role", "社工") == told(
        "There is already a staff member called {name}.", name="王芳"
    )


def test_the_global_by_names_the_person_in_change_records(
    capsys: pytest.CaptureFixture[str], office: Path
) -> None:
    run(capsys, "staff", "add", "王芳", "--role", "网格员")
    assert run(capsys, "--by", " 王芳 ", "staff", "add", "李强", "--role", "主任")[0] == 0
    assert _actors(office, "staff")[-1] == "王芳"
    assert current_actor() != "王芳"  # only while the command ran
    problem = one_problem(capsys, "--by", "赵六", "staff", "add", "孙七", "--role", "社工")
    assert problem == told(
        "There is no staff member called {name}; the staff are: {known}.",
        name="赵六",
        known="王芳、李强",
    )
    assert "孙七" not in run(capsys, "staff", "list")[1]  # the command did not run


def test_the_environment_names_staff_once_there_are_staff(
    capsys: pytest.CaptureFixture[str], office: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ACTOR_ENV, "脚本")
    assert run(capsys, "staff", "add", "王芳", "--role", "网格员")[0] == 0  # no list yet
    assert _actors(office, "staff") == ["脚本"]
    assert one_problem(capsys, "staff", "list") == told(
        "There is no staff member called {name}; the staff are: {known}.", name="脚本", known="王芳"
    )
    monkeypatch.setenv(ACTOR_ENV, "王芳")
    assert run(capsys, "staff", "add", "李强", "--role", "主任")[0] == 0
    # The global --by comes before the variable.
    assert run(capsys, "--by", "李强", "staff", "add", "孙七", "--role", "社工")[0] == 0
    assert _actors(office, "staff")[1:] == ["王芳", "李强"]


def test_the_environment_does_not_stop_init(
    capsys: pytest.CaptureFixture[str], isolated_user_folders: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ACTOR_ENV, "脚本")
    assert run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")[0] == 0
    # The global --by has no such leniency: there is no staff member to name.
    assert one_problem(capsys, "--by", "王芳", "staff", "list") == told(
        "There is no staff member called {name}: the staff list is empty (add one with staff add).",
        name="王芳",
    )


def test_the_global_by_does_not_clash_with_a_subcommands_own() -> None:
    from hearth_desk.cli.main import build_parser

    args = build_parser(ZH_CN).parse_args(["--by", "王芳", "staff", "list"])
    assert args.desk_person == "王芳" and not hasattr(args, "by")
