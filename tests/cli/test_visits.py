"""``hearth-desk visit add`` and ``visit due``: a visit recorded by address, ID number
or name, a problem registered as a request, and the due list read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hearth_desk.domain.models import Request, Visit
from hearth_desk.services.audit import current_actor, set_actor
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store
from tests.reports.pdf_reading import pdftotext
from tests.support.cli_runs import ZH_CN, one_problem, run, told
from tests.support.factories import ZHANG_SAN_ID
from tests.support.visit_factories import visiting_area

TODAY = dt.date.today()


@pytest.fixture
def office(capsys: pytest.CaptureFixture[str], isolated_user_folders: Path):  # type: ignore[no-untyped-def]
    run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")
    with open_store(resolve_location(isolated_user_folders)) as store, store.transaction() as s:
        visiting_area(s)  # 王芳 looks after 洪山小区; 李强 after nothing
    yield isolated_user_folders
    set_actor(None)


def _said(text: str, **params: object) -> str:
    return ZH_CN("Cli", text).format(**params)


def test_a_visit_with_a_problem(capsys: pytest.CaptureFixture[str], office: Path) -> None:
    day = (TODAY - dt.timedelta(days=3)).isoformat()
    code, out, err = run(
        capsys,
        "visit", "add", "--household", "洪山小区3栋2单元0401", "--date", day,
        "--by", "王芳", "--by", "李强", "--kind", "关爱", "--found", "老人身体尚好",
        "--problem", "楼道灯不亮", "--category", "安全", "--tier", "小事",
    )  # fmt: skip
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == _said(
        "Visit recorded: {address} ({date})", address="洪山小区3栋2单元0401", date=day
    )
    assert lines[1] == _said("Request #{number} registered", number=1)
    assert current_actor() != "王芳"  # the command's person is not left behind
    with open_store(resolve_location(office)) as store, store.session() as s:
        visit = s.query(Visit).one()
        assert ([v.name for v in visit.visitors], visit.kind, visit.entered_by) == (
            ["王芳", "李强"],
            "care",
            "王芳",
        )
        request = s.query(Request).one()
        assert (request.category, request.tier, request.source) == ("safety", "small", "visit")


def test_visit_due_lists_latest_first(capsys: pytest.CaptureFixture[str], office: Path) -> None:
    long_ago = (TODAY - dt.timedelta(days=40)).isoformat()
    run(capsys, "visit", "add", "--household", ZHANG_SAN_ID, "--date", long_ago, "--by", "王芳")
    code, out, _ = run(capsys, "visit", "due", "--by", "王芳")
    assert code == 0
    assert out.splitlines() == [
        "\u3000".join(("洪山小区3栋2单元0402", "单丽", _said("never visited"))),
        "\u3000".join(
            ("洪山小区3栋2单元0401", "张三", "高龄", long_ago, _said("{days} days late", days=10))
        ),
    ]
    code, out, _ = run(capsys, "visit", "due", "--grid", "青年湖小区", "--overdue")
    assert out.splitlines() == [
        "\u3000".join(("青年湖小区1栋1单元0101", "曾国藩", _said("never visited")))
    ]
    code, out, _ = run(capsys, "visit", "due")
    assert len(out.splitlines()) == 3


def test_what_is_refused(capsys: pytest.CaptureFixture[str], office: Path) -> None:
    day = TODAY.isoformat()
    assert one_problem(
        capsys, "visit", "add", "--household", "王五", "--date", day, "--by", "王芳"
    ) == told("No resident matches {query}.", query="王五")
    assert "张三" in one_problem(
        capsys, "visit", "add", "--household", "洪山小区3栋2单元", "--date", day, "--by", "王芳"
    )
    assert "王芳、李强" in one_problem(
        capsys, "visit", "add", "--household", "张三", "--date", day, "--by", "赵六"
    )
    assert one_problem(
        capsys,
        "visit",
        "add",
        "--household",
        "张三",
        "--date",
        day,
        "--by",
        "王芳",
        "--tier",
        "大事",
    ) == told("--category and --tier go with --problem.")
    assert one_problem(capsys, "visit", "due", "--by", "李强") == told(
        "{name} looks after no part of the grid yet.", name="李强"
    )
    with pytest.raises(SystemExit) as usage:
        run(capsys, "visit", "due", "--by", "王芳", "--grid", "洪山小区")
    assert usage.value.code == 2


def test_print_the_round_sheet(
    capsys: pytest.CaptureFixture[str], office: Path, tmp_path: Path
) -> None:
    out = tmp_path / "round.pdf"
    code, _, err = run(capsys, "print", "visits-due", "--by", "王芳", "--out", str(out))
    assert code == 0, err
    text = pdftotext(out)
    assert "洪山小区3栋" in text and "单丽" in text and "张三" in text
    assert "曾国藩" not in text and ZHANG_SAN_ID not in text
    code, _, err = run(capsys, "print", "visits-due", "--grid", "青年湖小区", "--out", str(out))
    assert code == 0, err
    assert "曾国藩" in pdftotext(out)
    assert "--by" in one_problem(capsys, "print", "overview", "--by", "王芳", "--out", str(out))
